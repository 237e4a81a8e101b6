/**
 * Trailing-run removal in linear time. A regex such as /[\s.]+$/ is retried by the engine from
 * every character of a long run that is *not* at the end ("a.....b"), which is quadratic in the
 * run's length; these loops walk back from the end once.
 */

/** `text` without its trailing characters that `isTrailing` accepts (by code point). */
export function trimEndWhile(text: string, isTrailing: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!isTrailing(text.slice(end - width, end))) break;
    end -= width;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** A code-point test from a one-character class, e.g. charClass(/[\s\p{P}]/u). */
export function charClass(pattern: RegExp): (char: string) => boolean {
  const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
  return (char) => anchored.test(char);
}

const SPACE = /^\s$/;
export const isSpace = (char: string): boolean => SPACE.test(char);
