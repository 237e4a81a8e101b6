import type { TextSegment } from './model.js';

/**
 * Characters in Markdown text whose parsed value differs from the source:
 * line endings with the indentation / `>` markers that follow them, trailing
 * spaces before a line ending, backslash escapes and character references.
 */
export const MARKDOWN_SPECIALS = /[ \t]*(?:\r\n?|\n)[ \t>]*|\\[!-/:-@[-`{-~]|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

/** HTML text: CR/CRLF (normalised to LF by the parser) and character references, with or without `;`. */
export const HTML_SPECIALS = /\r\n?|&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;

/**
 * Splits a parsed text node into segments so that most of its text maps to
 * the source one-to-one. `value` is what the parser produced for
 * source[start, end); everything outside the `specials` pattern must appear
 * in both unchanged. A run of specials becomes one non-verbatim segment whose
 * text is whatever the parser turned it into (found by anchoring on the next
 * literal run). If the two do not line up, the whole node is one
 * non-verbatim segment, which buildDocument still locates word by word.
 */
export function alignText(value: string, source: string, start: number, end: number, specials: RegExp): TextSegment[] {
  const raw = source.slice(start, end);
  if (raw === value) return value.length > 0 ? [{ text: value, start, end, verbatim: true }] : [];
  const out: TextSegment[] = [];
  let i = 0; // position in value
  let j = 0; // position in raw
  specials.lastIndex = 0;
  let match = specials.exec(raw);
  while (j < raw.length) {
    if (match === null || match.index > j) {
      const literalEnd = match === null ? raw.length : match.index;
      const literal = raw.slice(j, literalEnd);
      if (!value.startsWith(literal, i)) return fallback(value, start, end);
      push(out, { text: literal, start: start + j, end: start + literalEnd, verbatim: true });
      i += literal.length;
      j = literalEnd;
      continue;
    }
    // Consume a run of adjacent specials, then find where the next literal resumes in value.
    let runEnd = match.index + match[0].length;
    match = specials.exec(raw);
    while (match !== null && match.index === runEnd) {
      runEnd = match.index + match[0].length;
      match = specials.exec(raw);
    }
    let resume: number;
    if (runEnd >= raw.length) {
      resume = value.length;
    } else {
      const nextLiteral = raw.slice(runEnd, match === null ? raw.length : match.index);
      resume = value.indexOf(nextLiteral, i);
      if (resume === -1) return fallback(value, start, end);
    }
    const text = value.slice(i, resume);
    const sourceText = raw.slice(j, runEnd);
    if (text.length > 0) push(out, { text, start: start + j, end: start + runEnd, verbatim: text === sourceText });
    i = resume;
    j = runEnd;
  }
  if (i !== value.length) return fallback(value, start, end);
  return out;
}

function push(out: TextSegment[], segment: TextSegment): void {
  const last = out[out.length - 1];
  if (last !== undefined && last.verbatim && segment.verbatim && last.end === segment.start) {
    last.text += segment.text;
    last.end = segment.end;
  } else {
    out.push(segment);
  }
}

function fallback(value: string, start: number, end: number): TextSegment[] {
  return value.length > 0 ? [{ text: value, start, end, verbatim: false }] : [];
}

/** Stands where excluded inline content (code, images, markup) sat, so the words around it stay apart. */
export function separator(offset: number): TextSegment {
  return { text: ' ', start: offset, end: offset, verbatim: false };
}

/** Stands where inline code sat: apart from the words around it, and a place a sentence may start. */
export function codeSeparator(offset: number): TextSegment {
  return { text: ' ', start: offset, end: offset, verbatim: false, code: true };
}

export function lineBreak(start: number, end: number): TextSegment {
  return { text: '\n', start, end, verbatim: false };
}
