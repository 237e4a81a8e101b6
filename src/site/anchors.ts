/**
 * The `#fragment`s a page answers to: for Markdown, each heading's GitHub-style slug
 * (github-slugger, duplicates numbered `-1`, `-2` as GitHub does) or its explicit id
 * (`{#id}`, kramdown `{: #id}`), plus the `id`/`name` attributes of raw HTML; for HTML, the
 * element ids (and `<a name>`) the parser collected. Explicit ids replace the slug, as Hugo,
 * Docusaurus and kramdown do.
 */
import GithubSlugger from 'github-slugger';
import type { Document } from '../document/model.js';
import { isSpace, trimEndWhile } from '../text/trim-end.js';

/** Trailing attribute list of a heading: `{#id}`, `{#id .class}`, `{: #id}`, MDX `{/* #id *\/}`. */
const EXPLICIT_ID_OPEN = /\{(?::\s*)?(?:\/\*\s*)?#([^\s}*]+)/y;

/**
 * Where the trailing attribute list of `line` starts (its leading spaces included) and its id,
 * or null. Same as /\s*\{(?::\s*)?(?:\/\*\s*)?#([^\s}*]+)[^}]*\}\s*$/ but linear: that regex
 * retries every space of a long run of spaces, and every "{" of a long run of braces.
 */
function explicitIdAt(line: string): { start: number; id: string } | null {
  const body = trimEndWhile(line, isSpace);
  if (!body.endsWith('}')) return null;
  // The list holds no "}" before its closing one: candidates are the "{" after the previous "}".
  const from = body.lastIndexOf('}', body.length - 2) + 1;
  for (let open = body.indexOf('{', from); open !== -1 && open < body.length - 1; open = body.indexOf('{', open + 1)) {
    EXPLICIT_ID_OPEN.lastIndex = open;
    const match = EXPLICIT_ID_OPEN.exec(body);
    if (match !== null && match.index + match[0].length < body.length) {
      return { start: trimEndWhile(body.slice(0, open), isSpace).length, id: match[1]! };
    }
  }
  return null;
}

function withoutExplicitId(line: string): string {
  const at = explicitIdAt(line);
  return at === null ? line : line.slice(0, at.start);
}
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** An ATX heading's text without its closing sequence (/\s+#+\s*$/, by a loop: that regex is quadratic on long space runs). */
function withoutClosingHashes(text: string): string {
  const body = trimEndWhile(text, isSpace);
  const hashes = trimEndWhile(body, (char) => char === '#');
  if (hashes.length === body.length || hashes.length === 0 || !isSpace(hashes[hashes.length - 1]!)) return text;
  return trimEndWhile(hashes, isSpace);
}

/** The explicit id of a heading written in source, or null. */
export function explicitHeadingId(headingSource: string): string | null {
  return explicitIdAt(headingSource.split('\n')[0] ?? '')?.id ?? null;
}

/** Characters of a heading's text that its slug is made from (see headingSourceText). */
const HEADING_TEXT_LIMIT = 2048;

/** A character that one of headingSourceText's replacements starts from. */
const INLINE_MARKUP = /[[<`_&\uE000]/;

/**
 * A Markdown heading's source reduced to the text GitHub renders for it: markers, images, link
 * targets, HTML tags, emphasis and escapes removed; inline code kept (GitHub's slug includes it).
 */
export function headingSourceText(headingSource: string): string {
  const lines = headingSource.replace(/\r\n?/g, '\n').split('\n');
  let text: string;
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(lines[0] ?? '')) {
    text = withoutClosingHashes(lines[0]!.replace(/^ {0,3}#{1,6}\s*/, '')).replace(/^#+$/, '');
  } else {
    // Setext: every line but the underline.
    text = lines.filter((line) => !/^ {0,3}(?:=+|-+)\s*$/.test(line)).join(' ');
  }
  text = withoutExplicitId(text.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `\uE000${c.codePointAt(0)}\uE001`));
  // The replacements below are lazy-free but still rescan from every unclosed "[", "<" or "_"
  // run, so a giant heading is cut first: no one links to the slug of a 100 KB heading, and the
  // cost per heading stays bounded (linear in the article).
  if (text.length > HEADING_TEXT_LIMIT) text = text.slice(0, HEADING_TEXT_LIMIT);
  // Most headings are plain words: without any of these characters no replacement below applies.
  if (!INLINE_MARKUP.test(text)) return text.trim();
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/`+/g, '')
    .replace(/(^|[^\p{L}\p{N}_])_+|_+(?=[^\p{L}\p{N}_]|$)/gu, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

/** `id`/`name` attribute values in a piece of raw HTML. */
export function htmlIds(html: string): string[] {
  const out: string[] = [];
  HTML_ID.lastIndex = 0;
  for (let match = HTML_ID.exec(html); match !== null; match = HTML_ID.exec(html)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    if (value !== '') out.push(value);
  }
  return out;
}

/** Every anchor id of the document, sorted and unique. */
export function documentAnchors(document: Document): string[] {
  const ids = new Set<string>(document.ids ?? []);
  if (document.format === 'markdown') {
    const slugger = new GithubSlugger();
    for (const heading of document.headings) {
      const block = document.blocks[heading.block];
      if (block === undefined) continue;
      const source = document.source.slice(block.start, block.end);
      const explicit = heading.id ?? explicitHeadingId(source);
      if (explicit !== null && explicit !== undefined) {
        ids.add(explicit);
        continue;
      }
      ids.add(slugger.slug(headingSourceText(source)));
    }
  }
  return [...ids].sort();
}
