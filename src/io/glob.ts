/**
 * Globs that cannot backtrack catastrophically. picomatch turns a glob into a JavaScript
 * regular expression; a repetition inside a repetition (`+(+(a|aa))`, `*(*a)`) becomes a nested
 * quantifier such as `(?:(?:a|aa)+)+`, which takes exponential time on a name that almost
 * matches (the config `ignore: ["+(+(a|aa))b.md"]` took 47 s on one 22-character file name).
 * Such globs are refused with a reason instead (a config error, or a usage error on the command
 * line); every other glob, extglobs included, compiles to a pattern without nested quantifiers.
 */

/** Why `pattern` could backtrack catastrophically, or null when it is safe to compile. */
export function globHazard(pattern: string): string | null {
  // Open groups, innermost last: true when that group repeats (`*(…)` or `+(…)`).
  const open: boolean[] = [];
  const insideRepetition = () => open.includes(true);
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      // A bracket expression is one character: skip to its closing "]".
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) i = close;
      continue;
    }
    const extglob = '*+@!?'.includes(char) && pattern[i + 1] === '(';
    if (extglob) {
      if (insideRepetition()) return `"${char}(…)" inside a repeating "*(…)" or "+(…)" group can take exponential time to match`;
      open.push(char === '*' || char === '+');
      i++;
      continue;
    }
    if (char === '(') {
      open.push(false);
      continue;
    }
    if (char === ')') {
      open.pop();
      continue;
    }
    if (char === '*' && insideRepetition()) return 'a "*" wildcard inside a repeating "*(…)" or "+(…)" group can take exponential time to match';
  }
  return null;
}
