/**
 * Template syntax is not text (SPEC §5): Hugo shortcodes, Liquid/Nunjucks tags and output,
 * KumaScript macros, kramdown attribute lists and explicit heading ids. They are masked out of
 * the source before it is parsed: each masked character becomes a space (line breaks are kept),
 * so every offset and line of the remaining text stays exact. Where a masked run starts a line
 * (or follows only container markers: `> `, `- `, `1. `) and text follows it on that line, the
 * run becomes MASK characters instead of spaces, so the
 * text after it is not turned into an indented code block; parsers drop MASK characters from the
 * text they collect (stripMask). A paired shortcode's inner text stays; `highlight`, `raw` and
 * `comment` bodies are masked with their tags.
 *
 * The scanner is a single forward pass with bounded look-ahead: no pattern is built from user
 * text and no input makes it superlinear.
 */

export type TemplateFamily = 'hugo' | 'liquid' | 'kumascript' | 'kramdown';
export const TEMPLATE_FAMILIES: readonly TemplateFamily[] = ['hugo', 'liquid', 'kumascript', 'kramdown'];

/** Config `templates`: `auto` (detected per file), `none`, or the families to recognise. */
export type TemplatesSetting = 'auto' | 'none' | readonly TemplateFamily[];

/** Stands for masked characters that start a line before text (U+2060 WORD JOINER: no space, no letter). */
export const MASK = '\u2060';

/** An explicit heading id (`{#id}`, `{/* #id *\/}`) and where it was written. */
export interface HeadingId {
  id: string;
  offset: number;
}

/** Where a link destination that is template syntax points (Hugo `ref`/`relref`, Liquid `link`). */
export interface LinkTarget {
  /** Offset of the tag (right after `](`). */
  offset: number;
  href: string;
}

export interface Masked {
  text: string;
  headingIds: HeadingId[];
  /** Link destinations written as `ref`/`relref` shortcodes or `{% link %}` tags, in order. */
  linkTargets: LinkTarget[];
  /** Families that were applied (detected or configured). */
  families: TemplateFamily[];
}

/** Longest tag or macro looked at; an opener without a closer within it is left as text. */
const MAX_TAG = 4000;
/** Bodies whose content is code or hidden, not text. */
const LIQUID_BODY_TAGS = new Set(['raw', 'highlight', 'comment']);
const HUGO_BODY_SHORTCODES = new Set(['highlight']);

/** Families present in `source` (what `templates: auto` applies to that file). */
export function detectFamilies(source: string, mdx: boolean): TemplateFamily[] {
  if (mdx) return []; // MDX braces are JavaScript; heading ids are still recognised
  const out: TemplateFamily[] = [];
  if (source.includes('{{<') || source.includes('{{%')) out.push('hugo');
  // Liquid/Nunjucks tags, or a Nunjucks comment `{# … #}` (Eleventy) on its own.
  if (/\{%-?\s*[A-Za-z]/.test(source) || /\{#-?\s[^{}\n]{0,200}#\}/.test(source)) out.push('liquid');
  if (/\{\{-?\s*[A-Za-z_$.][^{}\n]{0,200}\}\}/.test(source)) out.push('kumascript');
  if (source.includes('{:')) out.push('kramdown');
  return out;
}

export function resolveFamilies(setting: TemplatesSetting, source: string, mdx: boolean): TemplateFamily[] | null {
  if (setting === 'none') return null;
  if (setting === 'auto') return detectFamilies(source, mdx);
  return [...setting];
}

/**
 * Masks the template syntax of `families` (plus heading ids) in `source`. `families === null`
 * (`templates: none`) masks nothing.
 */
export function maskTemplates(source: string, families: TemplateFamily[] | null): Masked {
  if (families === null) return { text: source, headingIds: [], linkTargets: [], families: [] };
  const hugo = families.includes('hugo');
  const liquid = families.includes('liquid');
  const output = liquid || families.includes('kumascript');
  const kramdown = families.includes('kramdown');
  const ranges: [number, number][] = [];
  const headingIds: HeadingId[] = [];
  const linkTargets: LinkTarget[] = [];
  // Body tags whose closing tag is known to be absent from some offset on (keeps the scan linear).
  const unclosed = new Map<string, number>();
  const body = (from: number, name: string, isClose: (tag: string) => boolean, open: string, close: string): number => {
    if ((unclosed.get(name) ?? Infinity) <= from) return from;
    const end = bodyEnd(source, from, isClose, open, close);
    if (end === from) unclosed.set(name, from);
    return end;
  };
  const n = source.length;
  let i = source.indexOf('{');
  while (i !== -1 && i < n) {
    const next = source.charCodeAt(i + 1);
    let end = -1;
    // An escaped shortcode (Hugo `{{</* x */>}}`, `{{%/* x */%}}`; Zola `{{/* x() */}}`,
    // `{%/* x() */%}`) is printed literally without its comment markers: only `/*` and `*/` go.
    const escaped = next === 0x7b /* { */ ? escapedTag(source, i, hugo, output) : next === 0x25 /* % */ && liquid ? escapedAt(source, i + 2, '%}') : null;
    if (escaped !== null) {
      ranges.push([escaped.open, escaped.open + 2], [escaped.close, escaped.close + 2]);
      i = source.indexOf('{', escaped.end);
      continue;
    }
    if (next === 0x7b /* { */) {
      const third = source.charCodeAt(i + 2);
      if (hugo && (third === 0x3c /* < */ || third === 0x25 /* % */)) {
        const close = third === 0x3c ? '>}}' : '%}}';
        end = closing(source, i + 3, close);
        if (end !== -1) {
          const name = shortcodeName(source.slice(i + 3, end - 3));
          if (name !== null && HUGO_BODY_SHORTCODES.has(name)) {
            end = body(end, `hugo:${name}`, (tag) => shortcodeName(tag.slice(3, -3)) === `/${name}`, third === 0x3c ? '{{<' : '{{%', close);
          }
        }
      } else if (output) {
        end = closing(source, i + 2, '}}');
      }
    } else if (next === 0x25 /* % */ && liquid) {
      end = closing(source, i + 2, '%}');
      if (end !== -1) {
        const name = liquidTagName(source.slice(i + 2, end - 2));
        if (name !== null && LIQUID_BODY_TAGS.has(name)) {
          end = body(end, `liquid:${name}`, (tag) => liquidTagName(tag.slice(2, -2)) === `end${name}`, '{%', '%}');
        }
      }
    } else if (next === 0x23 /* # */) {
      if (liquid && source.charCodeAt(i + 2) !== 0x7d) {
        // Nunjucks comment {# … #}, unless it is a heading id handled below.
        const idEnd = headingIdEnd(source, i);
        if (idEnd !== -1) end = recordHeadingId(source, i, idEnd, headingIds);
        else end = closing(source, i + 2, '#}');
      } else {
        const idEnd = headingIdEnd(source, i);
        if (idEnd !== -1) end = recordHeadingId(source, i, idEnd, headingIds);
      }
    } else if (next === 0x2f /* / */ && source.charCodeAt(i + 2) === 0x2a /* * */) {
      const idEnd = headingIdEnd(source, i);
      if (idEnd !== -1) end = recordHeadingId(source, i, idEnd, headingIds);
    } else if (next === 0x3a /* : */ && kramdown) {
      end = closing(source, i + 2, '}', true);
      if (end !== -1 && source.charCodeAt(i + 2) === 0x3a /* : */ && kramdownExtension(source.slice(i + 3, end - 1)) === 'comment') {
        // {::comment}…{:/comment} (or {:/}): kramdown prints nothing of the body.
        end = body(end, 'kramdown:comment', (tag) => tag === '{:/}' || tag === '{:/comment}', '{:/', '}');
      } else if (end !== -1 && source.slice(i + 2, end - 1).trim() === 'toc') {
        // `* TOC` + `{:toc}`: kramdown replaces that list with the generated table of contents.
        const list = tocListLine(source, i);
        if (list !== null && (ranges.length === 0 || ranges[ranges.length - 1]![1] <= list[0])) ranges.push(list);
      }
    }
    if (end !== -1) {
      if ((hugo || liquid) && source[i - 1] === '(' && source[i - 2] === ']') {
        const href = linkTargetOf(source.slice(i, end));
        if (href !== null) linkTargets.push({ offset: i, href });
      }
      ranges.push([i, end]);
      i = source.indexOf('{', end);
    } else {
      i = source.indexOf('{', i + 1);
    }
  }
  return { text: applyMask(source, ranges), headingIds, linkTargets, families: [...families] };
}

interface Escaped {
  /** Offset of `/*`. */
  open: number;
  /** Offset of `*\/`. */
  close: number;
  /** Offset past the tag's closer. */
  end: number;
}

/** `{{</* … *\/>}}` / `{{%/* … *\/%}}` (Hugo) or `{{/* … *\/}}` (Zola) at `at`, else null. */
function escapedTag(source: string, at: number, hugo: boolean, output: boolean): Escaped | null {
  const third = source.charCodeAt(at + 2);
  if (hugo && third === 0x3c /* < */) return escapedAt(source, at + 3, '>}}');
  if (hugo && third === 0x25 /* % */) return escapedAt(source, at + 3, '%}}');
  return output ? escapedAt(source, at + 2, '}}') : null;
}

/** A `/* … *\/` comment starting at `from` (after blanks) and followed (after blanks) by `close`. */
function escapedAt(source: string, from: number, close: string): Escaped | null {
  let open = from;
  while (source[open] === ' ' || source[open] === '\t') open++;
  if (!source.startsWith('/*', open)) return null;
  const found = source.slice(open + 2, open + 2 + MAX_TAG).indexOf('*/');
  if (found === -1) return null;
  const commentEnd = open + 2 + found;
  let after = commentEnd + 2;
  while (source[after] === ' ' || source[after] === '\t') after++;
  if (!source.startsWith(close, after)) return null;
  return { open, close: commentEnd, end: after + close.length };
}

/**
 * The page a link-destination tag names: Hugo `{{< ref "path" >}}` / `{{< relref path="path" >}}`
 * (the content path, as written) and Liquid `{% link path %}` (a path from the site root).
 * Anything else (`{% post_url %}`, a variable) names no page seo-audit can know: null.
 */
function linkTargetOf(tag: string): string | null {
  const hugo = /^\{\{[<%]\s*(?:ref|relref)\s+(?:path\s*=\s*)?(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"'>%]+))\s*[>%]\}\}$/.exec(tag);
  if (hugo !== null) return hugo[1] ?? hugo[2] ?? hugo[3]!;
  const link = /^\{%-?\s*link\s+([^\s%{}"']+)\s*-?%\}$/.exec(tag);
  if (link !== null) return link[1]!.startsWith('/') ? link[1]! : `/${link[1]!}`;
  return null;
}

/** `comment` from ` comment `, `options` from `options x="y" /`; null for anything else. */
function kramdownExtension(inner: string): string | null {
  if (inner.trimEnd().endsWith('/')) return null; // self-closing: nothing to hide
  const match = /^\s*([a-z]+)/.exec(inner);
  return match === null ? null : match[1]!;
}

/** The list-item line right above a `{:toc}` that starts its own line: [start, end) of its text, or null. */
function tocListLine(source: string, at: number): [number, number] | null {
  // Looks back at most 300 characters per line, so `{:toc}` repeated on one long line stays linear.
  const lineStart = lineStartWithin(source, at, 300);
  if (lineStart === -1 || lineStart === 0 || source.slice(lineStart, at).trim() !== '') return null;
  const prevEnd = lineStart - 1;
  const prevStart = lineStartWithin(source, prevEnd, 300);
  if (prevStart === -1) return null;
  const line = source.slice(prevStart, prevEnd).replace(/\r$/, '');
  const match = /^(\s*)(?:[*+-]|\d{1,9}[.)])\s+\S/.exec(line);
  if (match === null) return null;
  return [prevStart + match[1]!.length, prevStart + line.length];
}

/** Start of the line holding offset `at` when it is at most `limit` characters back, else -1. */
function lineStartWithin(source: string, at: number, limit: number): number {
  for (let i = at - 1; i >= 0 && at - i <= limit; i--) if (source[i] === '\n') return i + 1;
  return at <= limit ? 0 : -1;
}

/** Offset just past `close`, searched from `from` within MAX_TAG characters; -1 when absent. */
function closing(source: string, from: number, close: string, sameLine = false): number {
  // Searched in a bounded window, so openers without closers cost O(MAX_TAG) each, not O(n).
  const found = source.slice(from, from + MAX_TAG).indexOf(close);
  if (found === -1) return -1;
  const at = from + found;
  if (sameLine && source.slice(from, at).includes('\n')) return -1;
  return at + close.length;
}

/** End of the closing tag of a body (first tag after `from` that `isClose` accepts), or `from` when none. */
function bodyEnd(source: string, from: number, isClose: (tag: string) => boolean, open: string, close: string): number {
  let at = source.indexOf(open, from);
  while (at !== -1) {
    const end = closing(source, at + open.length, close);
    if (end === -1) return from;
    if (isClose(source.slice(at, end))) return end;
    at = source.indexOf(open, end);
  }
  return from;
}

/** `highlight` from ` highlight go `; `/highlight` from ` /highlight `; null for `/* … *\/` escapes. */
function shortcodeName(inner: string): string | null {
  const match = /^\s*(\/?\s*[A-Za-z0-9_./-]+)/.exec(inner);
  return match === null ? null : match[1]!.replace(/\s+/g, '');
}

function liquidTagName(inner: string): string | null {
  const match = /^-?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(inner);
  return match === null ? null : match[1]!;
}

/**
 * A heading id ends a heading line: `{#id}`, `{#id .class}` or `{/* #id *\/}` followed only by
 * spaces up to the end of the line, on a line that starts with `#` (an ATX heading). Returns the
 * offset past `}`, or -1.
 */
function headingIdEnd(source: string, at: number): number {
  // Bounded look-ahead: many `{#` on one long line must not each scan to its end.
  const window = source.slice(at, at + 301);
  const nl = window.indexOf('\n');
  if (nl === -1 && at + 301 <= source.length) return -1;
  const rest = (nl === -1 ? window : window.slice(0, nl)).replace(/\r$/, '');
  const match = /^\{(?:#[^\s{}]+(?:\s+[^{}]*)?|\/\*\s*#?[^{}*]*\*\/)\}[ \t]*$/.exec(rest);
  if (match === null) return -1;
  // The line starts with `#` (after spaces): scan back over the heading line, never past a `\n`.
  let lineStart = at;
  while (lineStart > 0 && source[lineStart - 1] !== '\n') lineStart--;
  while (source[lineStart] === ' ' && lineStart < at) lineStart++;
  if (source[lineStart] !== '#') return -1;
  return at + rest.trimEnd().length;
}

function recordHeadingId(source: string, start: number, end: number, out: HeadingId[]): number {
  const inner = source.slice(start + 1, end - 1);
  const match = inner.startsWith('#') ? /^#([^\s{}]+)/.exec(inner) : /^\/\*\s*#?([^\s*]+)\s*\*\/$/.exec(inner);
  if (match !== null) out.push({ id: match[1]!, offset: start });
  return end;
}

/** Blanks `ranges` (sorted, disjoint). */
function applyMask(source: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return source;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(source.slice(at, start));
    parts.push(maskRun(source, start, end));
    at = end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** One masked run: spaces, except pieces that start a line and are followed by text on it (MASK). */
function maskRun(source: string, start: number, end: number): string {
  let out = '';
  let pieceStart = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? source[i] : undefined;
    if (c === '\n' || c === '\r' || i === end) {
      const length = i - pieceStart;
      if (length > 0) {
        const startsLine = onlyBlanksBefore(source, pieceStart);
        const textAfter = i === end && /^[ \t]*[^\s]/.test(lineRest(source, end));
        out += (startsLine && textAfter ? MASK : ' ').repeat(length);
      }
      if (c !== undefined) out += c;
      pieceStart = i + 1;
    }
  }
  return out;
}

/**
 * Whether only blanks and Markdown container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) stand
 * between the start of the line and `at`: a masked run there is where a block's text would start,
 * so spaces would turn the text after it into an indented code block. Stops at the first other
 * character.
 */
function onlyBlanksBefore(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && source[i] !== '\n') {
    const c = source[i]!;
    if (c !== ' ' && c !== '\t' && c !== '>' && c !== '-' && c !== '*' && c !== '+' && c !== '.' && c !== ')' && !(c >= '0' && c <= '9')) return false;
    i--;
  }
  return /^(?:[ \t]*(?:>|[*+-]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*$/.test(source.slice(i + 1, at));
}

/** Up to 200 characters of the line from `at` (bounded: never scans to a far line end). */
function lineRest(source: string, at: number): string {
  const window = source.slice(at, at + 200);
  const nl = window.indexOf('\n');
  return nl === -1 ? window : window.slice(0, nl);
}

/** Removes MASK characters from collected text (links, alts, headings). */
export function withoutMask(text: string): string {
  return text.includes(MASK) ? text.split(MASK).join('') : text;
}
