/**
 * Where a large Markdown source can be cut so that each piece parses to the
 * same blocks as it would inside the whole. A cut goes before a line that
 * starts at column 1 with a non-space character right after a blank line:
 * such a line ends every open list item, blockquote, paragraph, table and
 * indented code block. It does not end fenced code, HTML blocks of CommonMark
 * types 1–5 (which run to their end marker across blank lines) or front
 * matter, so the scan tracks those and never cuts inside them.
 */
import type { Root } from 'mdast';
import { isSpace, trimEndWhile } from '../../text/trim-end.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const HTML_START: { open: RegExp; close: RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
];

/**
 * Chunk boundaries: [0, …cut offsets…, source.length]; each chunk is at least
 * `size` long (the last may be shorter). One pass over the lines.
 */
export function chunkBoundaries(source: string, size: number): number[] {
  const bounds = [0];
  if (source.length <= size) {
    bounds.push(source.length);
    return bounds;
  }
  let fence: { char: string; length: number } | null = null;
  let html: RegExp | null = null;
  // Front matter runs to its closing `---`; without one, remark reads no front matter.
  let frontMatter = /^---[ \t]*\r?\n/.test(source) && /\n---[ \t]*(?:\r?\n|$)/.test(source);
  let previousBlank = false;
  let chunkStart = 0;
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    let line = source.slice(lineStart, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const blank = /^[ \t]*$/.test(line);

    if (frontMatter) {
      if (lineStart > 0 && /^---[ \t]*$/.test(line)) frontMatter = false;
    } else if (fence !== null) {
      const match = FENCE.exec(line);
      if (match && match[1]![0] === fence.char && match[1]!.length >= fence.length && /^[ \t]*$/.test(match[2]!)) fence = null;
    } else if (html !== null) {
      if (html.test(line)) html = null;
    } else {
      const first = line.charCodeAt(0);
      if (
        previousBlank &&
        lineStart - chunkStart >= size &&
        first !== 0x20 && first !== 0x09 && !blank &&
        !line.startsWith('---') && // would open front matter in the new chunk
        // A list item after a blank line continues the same (loose) list: cutting there made two
        // lists, and different paragraph and sentence counts (issue 16, found by npm run fuzz).
        !LIST_ITEM.test(line)
      ) {
        bounds.push(lineStart);
        chunkStart = lineStart;
      }
      const trimmed = line.trimStart();
      const lead = trimmed.charCodeAt(0);
      if ((lead === 0x60 || lead === 0x7e) && line.length - trimmed.length <= 3) {
        const match = FENCE.exec(line);
        // A backtick fence's info string cannot contain a backtick (else it is inline code).
        if (match && !(match[1]![0] === '`' && match[2]!.includes('`'))) fence = { char: match[1]![0]!, length: match[1]!.length };
      } else if (lead === 0x3c) {
        for (const kind of HTML_START) {
          const match = kind.open.exec(line);
          if (match) {
            if (!kind.close.test(line.slice(match[0].length))) html = kind.close;
            break;
          }
        }
      }
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  bounds.push(source.length);
  return bounds;
}

/**
 * False when the chunk's last top-level node is a fenced code block or an
 * HTML block left open by the cut (the line scan above misjudged a fence or
 * HTML block inside a container); the caller then extends the chunk.
 */
export function closesOpenBlock(tree: Root, text: string): boolean {
  let last = null;
  for (let i = tree.children.length - 1; i >= 0; i--) {
    const child = tree.children[i]!;
    if ((child.position?.start.offset ?? 0) < text.length) {
      last = child;
      break;
    }
  }
  if (last === null || last.position === undefined) return true;
  // A loop, not .replace(/\s+$/, ''): that regex is quadratic on a long run of spaces before text.
  const rawText = text.slice(last.position.start.offset ?? 0, last.position.end.offset ?? text.length);
  const raw = trimEndWhile(rawText, isSpace);
  if (last.type === 'code') {
    const open = FENCE.exec(raw.slice(0, raw.indexOf('\n') === -1 ? raw.length : raw.indexOf('\n')));
    if (open === null) return true; // indented code
    const lines = raw.split(/\r?\n/);
    if (lines.length < 2) return false;
    const close = FENCE.exec(lines[lines.length - 1]!);
    return close !== null && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length && /^[ \t]*$/.test(close[2]!);
  }
  if (last.type === 'html') {
    for (const kind of HTML_START) {
      const match = kind.open.exec(raw);
      if (match) return kind.close.test(raw.slice(match[0].length));
    }
  }
  return true;
}

/** CommonMark label matching: case-folded, inner whitespace collapsed. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

const DEFINITION_LINE = /^ {0,3}\[((?:[^\\\[\]\n]|\\.){1,999})\]:[^\n]*/gm;
const BRACKETED = /\[((?:[^\\\[\]\n]|\\.){1,999})\]/g;

/**
 * Link reference and footnote definitions of the whole source, by label
 * (first wins, as in CommonMark): `[label]: …` lines. Only one-line
 * definitions are seen; a destination on the next line is the rare exception.
 */
export function scanDefinitions(source: string): Map<string, string> {
  const found = new Map<string, string>();
  DEFINITION_LINE.lastIndex = 0;
  for (const match of source.matchAll(DEFINITION_LINE)) {
    const label = normalizeLabel(match[1]!);
    if (!found.has(label)) found.set(label, match[0].trim().replace(/\r$/, ''));
  }
  return found;
}

/**
 * Definitions for the references in `text`, to append after it: a reference
 * only parses as a link (or footnote) when its definition is in the same
 * parse. Appended text starts after the chunk, so nothing in it is prose.
 */
export function referencedDefinitions(text: string, definitions: ReadonlyMap<string, string>): string {
  if (definitions.size === 0) return '';
  const wanted = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const definition = definitions.get(normalizeLabel(match[1]!));
    if (definition !== undefined) wanted.add(definition);
  }
  if (wanted.size === 0) return '';
  return '\n\n' + [...wanted].join('\n\n') + '\n';
}
