/**
 * Pixel widths of text in Arial, for the HTML report's search-result preview: Google cuts a
 * result's title and description by rendered width, not by characters. Widths come from a
 * per-character table (arial-widths.ts: Arial's advance widths, read from the metric-compatible
 * Liberation Sans); kerning is ignored (Arial's kerning pairs move a title by a pixel or two).
 *
 * The limits are the ones SEO tools' SERP previews use for Google's desktop results (Google
 * publishes none): a title of about 580 px in 20 px Arial, a description of about 920 px in
 * 14 px Arial (two lines of the ~460 px snippet column).
 */
import { ARIAL_WIDTH_RUNS, UNITS_PER_EM } from './arial-widths.js';

export const TITLE_LIMIT = { maxPx: 580, fontPx: 20 } as const;
export const DESCRIPTION_LIMIT = { maxPx: 920, fontPx: 14 } as const;
/** What Google appends to a cut title or description. */
export const ELLIPSIS = ' …';

const WIDTHS = new Map<number, number>();
for (const [first, widths] of ARIAL_WIDTH_RUNS) {
  widths.forEach((width, i) => {
    if (width > 0) WIDTHS.set(first + i, width);
  });
}
/** Arial's lower-case "n"/digit width: the stand-in for a character the table lacks. */
const FALLBACK = 1139;
const MARK = /\p{M}/u;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
/** East Asian wide characters (CJK, kana, Hangul, full-width forms) are one em wide in any font. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Advance width of one code point, in font units (UNITS_PER_EM per em). */
export function charUnits(codePoint: number): number {
  const known = WIDTHS.get(codePoint);
  if (known !== undefined) return known;
  const char = String.fromCodePoint(codePoint);
  if (MARK.test(char) || INVISIBLE.test(char)) return 0;
  if (WIDE.test(char)) return UNITS_PER_EM;
  // A letter with diacritics outside the table (e.g. ǎ): its base letter's width.
  const base = char.normalize('NFD').codePointAt(0)!;
  if (base !== codePoint) return WIDTHS.get(base) ?? FALLBACK;
  return FALLBACK;
}

/** Width in CSS pixels of `text` set in Arial at `fontPx`. */
export function textWidth(text: string, fontPx: number): number {
  let units = 0;
  for (const char of text) units += charUnits(char.codePointAt(0)!);
  return (units * fontPx) / UNITS_PER_EM;
}

export interface Truncated {
  /** The text as shown: unchanged when it fits, else cut and ending in ELLIPSIS. */
  text: string;
  truncated: boolean;
  /** Width of the shown text in pixels. */
  width: number;
  /** Width of the whole (whitespace-collapsed) text in pixels. */
  fullWidth: number;
}

/**
 * Cuts `text` where a result line of `maxPx` pixels at `fontPx` ends, the way Google does:
 * whitespace collapsed, then the longest run of whole words that fits together with the
 * ellipsis; a first word too long on its own is cut between characters.
 */
export function truncateToWidth(text: string, maxPx: number, fontPx: number): Truncated {
  const clean = text.replace(/\s+/g, ' ').trim();
  const fullWidth = textWidth(clean, fontPx);
  if (fullWidth <= maxPx) return { text: clean, truncated: false, width: fullWidth, fullWidth };
  const budget = maxPx - textWidth(ELLIPSIS, fontPx);
  const chars = Array.from(clean);
  let width = 0;
  let fits = 0; // code points that fit
  let lastBreak = -1; // code points before the last space that fits
  for (const char of chars) {
    if (char === ' ') lastBreak = fits; // cutting here drops the space, so it need not fit
    const next = width + (charUnits(char.codePointAt(0)!) * fontPx) / UNITS_PER_EM;
    if (next > budget) break;
    width = next;
    fits++;
  }
  const cut = lastBreak > 0 ? lastBreak : fits;
  const shown = chars.slice(0, cut).join('').trimEnd() + ELLIPSIS;
  return { text: shown, truncated: true, width: textWidth(shown, fontPx), fullWidth };
}
