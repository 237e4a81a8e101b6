/**
 * The `#fragment`s a page answers to: for Markdown, each heading's GitHub-style slug
 * (github-slugger, duplicates numbered `-1`, `-2` as GitHub does) or its explicit id
 * (`{#id}`, kramdown `{: #id}`), plus the `id`/`name` attributes of raw HTML; for HTML, the
 * element ids (and `<a name>`) the parser collected. Explicit ids replace the slug, as Hugo,
 * Docusaurus and kramdown do.
 */
import GithubSlugger from 'github-slugger';
import type { Document } from '../document/model.js';

/** Trailing attribute list of a heading: `{#id}`, `{#id .class}`, `{: #id}`, MDX `{/* #id *\/}`. */
const EXPLICIT_ID = /\s*\{(?::\s*)?(?:\/\*\s*)?#([^\s}*]+)[^}]*\}\s*$/;
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** The explicit id of a heading written in source, or null. */
export function explicitHeadingId(headingSource: string): string | null {
  const match = EXPLICIT_ID.exec(headingSource.split('\n')[0] ?? '');
  return match === null ? null : match[1]!;
}

/**
 * A Markdown heading's source reduced to the text GitHub renders for it: markers, images, link
 * targets, HTML tags, emphasis and escapes removed; inline code kept (GitHub's slug includes it).
 */
export function headingSourceText(headingSource: string): string {
  const lines = headingSource.replace(/\r\n?/g, '\n').split('\n');
  let text: string;
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(lines[0] ?? '')) {
    text = lines[0]!.replace(/^ {0,3}#{1,6}\s*/, '').replace(/\s+#+\s*$/, '').replace(/^#+$/, '');
  } else {
    // Setext: every line but the underline.
    text = lines.filter((line) => !/^ {0,3}(?:=+|-+)\s*$/.test(line)).join(' ');
  }
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `\uE000${c.codePointAt(0)}\uE001`)
    .replace(EXPLICIT_ID, '')
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
