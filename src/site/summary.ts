/**
 * A file's part in the site checks, reduced to what the cross-file rules need (SPEC §9: memory
 * does not grow beyond small per-file summaries). It is a plain JSON value carried in the
 * FileReport (`site`), so `merge` recomputes the site findings of sharded runs exactly.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Document } from '../document/model.js';
import { en } from '../language/registry.js';
import { documentAnchors } from './anchors.js';
import { GroupedMemo } from './memo.js';
import { classifyLink, pageLocation, routeOfPath } from './routes.js';
import type { LinkKind, PageLocation } from './routes.js';
import type { SiteSettings } from './settings.js';

export interface Position {
  line: number;
  column: number;
}

/** An internal link to a page: the routes it may mean (most likely first). */
export interface SiteLink extends Position {
  href: string;
  routes: string[];
  fragment: string | null;
  /** A file for one of the routes existed when the article was audited (audited or not). */
  exists: boolean;
}

export interface SiteAlternate extends Position {
  hreflang: string;
  href: string;
  /** Routes of the alternate page when the href is on this site, else null. */
  routes: string[] | null;
}

export interface SiteSummary {
  /** The page's route (`/blog/post`) and every other route it answers to (front-matter permalink, slug, aliases). */
  routes: string[];
  /** Needs no inbound link (`site.entryPages`, default: index pages). */
  entry: boolean;
  title: Position | null;
  metaDescription: Position | null;
  /** Body H1s (and the front-matter title where it is the H1), visible text. */
  h1: (Position & { text: string })[];
  /** `#fragment` targets: heading slugs and explicit ids, element ids. */
  ids: string[];
  /** Internal links to pages (`#anchor`s on the page itself are checked per file). */
  links: SiteLink[];
  /** HTML `<link rel="alternate" hreflang>`. */
  alternates: SiteAlternate[];
  /** HTML `<link rel="canonical">` (the first), and how many the page has. */
  canonical: (Position & { href: string; routes: string[] | null }) | null;
  canonicals: number;
  /** Prominent phrases of the body (stem keys), each at its first occurrence. */
  mentions: (Position & { key: string; text: string })[];
}

/** How many prominent phrases a summary keeps (Yoast ranks "prominent words" the same way). */
export const MENTION_LIMIT = 64;
/** Longest phrase, in words, that a mention can be. */
export const MENTION_WORDS = 4;
/** Only the first this many body words are scanned for mentions (a 10 MB article has ~1.7 M). */
const MENTION_TOKEN_LIMIT = 20_000;

/** Whether a route has a file on disk: one readdir per folder per process. */
export type RouteExists = (root: string, route: string) => boolean;

const folders = new Map<string, Set<string> | null>();
const CANDIDATE_EXTENSIONS = ['.md', '.markdown', '.mdx', '.html', '.htm'];
const INDEX_FILES = ['index', '_index', 'README', 'readme'];

function entriesOf(folder: string): Set<string> | null {
  let entries = folders.get(folder);
  if (entries === undefined) {
    // Most folders a link names do not exist: stat says so without the error (and its stack) a failing readdir throws.
    try {
      entries = statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true ? new Set(readdirSync(folder)) : null;
    } catch {
      entries = null;
    }
    if (folders.size > 100_000) folders.clear();
    folders.set(folder, entries);
  }
  return entries;
}

/** A route exists when `<root><route>.md` (or .markdown, .mdx, .html, .htm) or `<root><route>/index.*` does. */
export const routeExistsOnDisk: RouteExists = (root, route) => {
  // Pages link to the same few routes (nav, siblings): each answered once per run, like the folders.
  return routes.get(root, route, () => routeFileExists(root, route));
};

const routes = new GroupedMemo<string, string, boolean>(100_000);

function routeFileExists(root: string, route: string): boolean {
  const path = join(root, ...route.split('/').filter(Boolean));
  const parent = entriesOf(dirname(path));
  const name = path.slice(dirname(path).length + 1);
  if (parent !== null && route !== '/') {
    if (CANDIDATE_EXTENSIONS.some((ext) => parent.has(name + ext))) return true;
  }
  const own = entriesOf(path);
  if (own === null) return false;
  return INDEX_FILES.some((index) => CANDIDATE_EXTENSIONS.some((ext) => own.has(index + ext)));
}

export interface SummaryInput {
  document: Document;
  /** Absolute path of the file (null for stdin: placed at its name under the working directory). */
  absolutePath: string;
  settings: SiteSettings;
  exists?: RouteExists;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The page's location under the site root. */
export function locate(absolutePath: string, settings: SiteSettings): PageLocation {
  return pageLocation(toPosix(relative(settings.root, absolutePath)));
}

export interface ClassifiedLink {
  offset: number;
  text: string;
  href: string;
  link: LinkKind;
}

/** Every link of the document with what it points at. */
export function classifyLinks(document: Document, page: PageLocation, settings: SiteSettings): ClassifiedLink[] {
  const out: ClassifiedLink[] = [];
  for (const link of document.links) {
    if (link.href === null) continue;
    out.push({ offset: link.offset, text: link.text, href: link.href, link: classifyLink(link.href, page, settings) });
  }
  return out;
}

/** Internal and outbound link counts (SPEC §7 `links`); self-anchors count as internal, mailto: and the like as neither. */
export function linkCounts(links: readonly ClassifiedLink[]): { internal: number; outbound: number } {
  let internal = 0;
  let outbound = 0;
  for (const { link } of links) {
    if (link.kind === 'outbound') outbound++;
    else if (link.kind === 'internal' || link.kind === 'asset' || link.kind === 'self') internal++;
  }
  return { internal, outbound };
}

const entryMatchers = new Map<string, (path: string) => boolean>();

function isEntry(file: string, globs: readonly string[] | null): boolean {
  if (globs === null) {
    const name = file.split('/').pop() ?? '';
    return /^(?:index|_index|readme)\.[A-Za-z]+$/i.test(name);
  }
  const key = globs.join('\0');
  let matcher = entryMatchers.get(key);
  if (matcher === undefined) {
    matcher = picomatch([...globs], { dot: true });
    entryMatchers.set(key, matcher);
  }
  return matcher(file);
}

/** Extra routes named by front matter: `permalink`/`url` (site-root paths), Hugo `aliases`, `slug` (replaces the last segment). */
function frontMatterRoutes(document: Document, route: string): string[] {
  const out: string[] = [];
  const fm = document.frontMatter;
  if (fm === null) return out;
  const add = (path: unknown): void => {
    if (typeof path !== 'string' || !path.startsWith('/')) return;
    const r = routeOfPath(path.slice(1));
    if (r !== null && !out.includes(r)) out.push(r);
  };
  add(fm['permalink']);
  add(fm['url']);
  if (Array.isArray(fm['aliases'])) for (const alias of fm['aliases']) add(alias);
  const slug = fm['slug'];
  if (typeof slug === 'string' && slug.trim() !== '' && !slug.includes('/')) {
    const parent = route.slice(0, Math.max(0, route.lastIndexOf('/')));
    add(`${parent}/${slug.trim()}`);
  }
  return out;
}

/**
 * The n-grams a document's scan met, as a trie of word-form ids: node `i` is the phrase of its
 * parent's words plus `stem[i]`; `count` and `first` (token) are set when the phrase is counted
 * (its last word is not a function word), `words` is its length. Column arrays, not an object
 * and a joined string key per phrase occurrence (~80,000 per 20,000 words).
 */
class PhraseTrie {
  count: number[] = [0];
  first: number[] = [-1];
  words: number[] = [0];
  parent: number[] = [-1];
  stem: number[] = [-1];
  private readonly children: (Map<number, number> | undefined)[] = [undefined];

  child(node: number, stem: number): number {
    let map = this.children[node];
    if (map === undefined) {
      map = new Map();
      this.children[node] = map;
    }
    let id = map.get(stem);
    if (id === undefined) {
      id = this.count.length;
      map.set(stem, id);
      this.count.push(0);
      this.first.push(-1);
      this.words.push(this.words[node]! + 1);
      this.parent.push(node);
      this.stem.push(stem);
      this.children.push(undefined);
    }
    return id;
  }

  /** The phrase's key: its word forms joined by spaces. */
  key(node: number, stems: readonly string[]): string {
    let key = stems[this.stem[node]!]!;
    for (let up = this.parent[node]!; up > 0; up = this.parent[up]!) key = `${stems[this.stem[up]!]!} ${key}`;
    return key;
  }
}

/** The prominent 1–4-word phrases of the body (not starting or ending with a function word), most frequent first. */
export function prominentPhrases(document: Document, limit = MENTION_LIMIT): SiteSummary['mentions'] {
  const { tokens, vocabulary, blocks } = document;
  // Keys use English word forms, as stemKey does for primary keywords (a cross-file key must not
  // depend on one file's language); function words are the article's language's.
  const functionWords = document.lang.functionWords;
  // Per vocabulary word, looked up once: its English word form (as an id into `stems`) and
  // whether it is a function word. An English article's vocabulary holds those forms already
  // (`normStem`, made with the same en.wordForm).
  const english = vocabulary.language.wordForm === en.wordForm;
  const stemOf = new Int32Array(vocabulary.norms.length).fill(-1);
  const isFunction = new Uint8Array(vocabulary.norms.length);
  const stemIds = new Map<string, number>();
  const stems: string[] = english ? vocabulary.stems : [];
  const wordOf = (norm: number): number => {
    let stem = stemOf[norm]!;
    if (stem === -1) {
      const text = vocabulary.norms[norm]!;
      if (english) stem = vocabulary.normStem[norm]!;
      else {
        const form = en.wordForm(text);
        stem = stemIds.get(form) ?? -1;
        if (stem === -1) {
          stem = stems.length;
          stems.push(form);
          stemIds.set(form, stem);
        }
      }
      stemOf[norm] = stem;
      isFunction[norm] = functionWords.has(text) ? 1 : 0;
    }
    return stem;
  };
  const trie = new PhraseTrie();
  let scanned = 0;
  for (let b = 0; b < blocks.length && scanned < MENTION_TOKEN_LIMIT; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') continue;
    for (let t = block.tokenStart; t < block.tokenEnd && scanned < MENTION_TOKEN_LIMIT; t++, scanned++) {
      const firstNorm = tokens.norm[t]!;
      wordOf(firstNorm);
      if (isFunction[firstNorm] === 1) continue;
      let node = 0;
      for (let n = 0; n < MENTION_WORDS && t + n < block.tokenEnd; n++) {
        const u = t + n;
        if (tokens.sentence[u] !== tokens.sentence[t]) break;
        const norm = tokens.norm[u]!;
        node = trie.child(node, wordOf(norm));
        if (isFunction[norm] === 1) continue;
        if (trie.count[node] === 0) trie.first[node] = t;
        trie.count[node]!++;
      }
    }
  }
  return rankedMentions(document, trie, stems, limit);
}

/**
 * The `limit` most frequent phrases (then earliest, then by key) with their text and position.
 * Two phrases first counted at one token are one the other's start, so among them the shorter
 * key sorts first: (count, first, words) orders them as their keys would, unless a word form
 * holds a space (then two word sequences may share a key, and keys are compared as strings).
 */
function rankedMentions(document: Document, trie: PhraseTrie, stems: readonly string[], limit: number): SiteSummary['mentions'] {
  const { count, first, words } = trie;
  let ranked: { key: string; first: number; words: number }[];
  if (stems.some((stem) => stem.includes(' '))) {
    // Phrases with one key are one entry: counts summed, the earliest first occurrence kept.
    const byKey = new Map<string, { count: number; first: number; words: number }>();
    for (let node = 1; node < count.length; node++) {
      if (count[node] === 0) continue;
      const key = trie.key(node, stems);
      const entry = byKey.get(key);
      if (entry === undefined) byKey.set(key, { count: count[node]!, first: first[node]!, words: words[node]! });
      else {
        entry.count += count[node]!;
        if (first[node]! < entry.first) {
          entry.first = first[node]!;
          entry.words = words[node]!;
        }
      }
    }
    ranked = [...byKey.entries()]
      .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([key, entry]) => ({ key, first: entry.first, words: entry.words }));
  } else {
    const before = (a: number, b: number): boolean =>
      count[a]! > count[b]! || (count[a] === count[b] && (first[a]! < first[b]! || (first[a] === first[b] && words[a]! < words[b]!)));
    // The best `limit` nodes, best first, kept by insertion: most phrases occur once and are
    // turned away by one comparison with the last kept.
    const best: number[] = [];
    for (let node = 1; node < count.length; node++) {
      if (count[node] === 0) continue;
      if (best.length === limit && !before(node, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(node, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = node;
    }
    ranked = best.map((node) => ({ key: trie.key(node, stems), first: first[node]!, words: words[node]! }));
  }
  const { tokens } = document;
  return ranked.map(({ key, first: token, words: length }) => {
    const startOffset = tokens.start[token]!;
    const endOffset = tokens.end[token + length - 1]!;
    const point = document.point(startOffset);
    return { key, text: document.source.slice(startOffset, endOffset).replace(/\s+/g, ' '), line: point.line, column: point.column };
  });
}

function position(document: Document, offset: number | null): Position | null {
  if (offset === null) return null;
  const point = document.point(offset);
  return { line: point.line, column: point.column };
}

/** The file's site summary and its link counts. */
export function siteSummary(input: SummaryInput): { summary: SiteSummary; links: { internal: number; outbound: number } } {
  const { document, settings } = input;
  const exists = input.exists ?? routeExistsOnDisk;
  const page = locate(input.absolutePath, settings);
  const classified = classifyLinks(document, page, settings);
  const routes = [page.route, ...frontMatterRoutes(document, page.route).filter((r) => r !== page.route)];

  const links: SiteLink[] = [];
  for (const { offset, href, link } of classified) {
    if (link.kind !== 'internal' && link.kind !== 'self') continue;
    const point = document.point(offset);
    if (link.kind === 'self') {
      // `#anchor` on the page itself: checked like any other anchor, never an inbound link.
      links.push({ line: point.line, column: point.column, href, routes: [page.route], fragment: link.fragment, exists: true });
      continue;
    }
    links.push({
      line: point.line,
      column: point.column,
      href,
      routes: link.routes,
      fragment: link.fragment,
      exists: link.routes.some((route) => exists(settings.root, route)),
    });
  }

  const h1: SiteSummary['h1'] = [];
  for (const heading of document.headings) {
    if (heading.level === 1 && heading.text !== '') h1.push({ text: heading.text, line: heading.line, column: heading.column });
  }

  const meta = document.page ?? null;
  const alternates: SiteAlternate[] = [];
  let canonical: SiteSummary['canonical'] = null;
  if (meta !== null) {
    for (const alternate of meta.alternates) {
      const kind = classifyLink(alternate.href, page, settings);
      const point = document.point(alternate.offset);
      alternates.push({
        hreflang: alternate.hreflang,
        href: alternate.href,
        routes: kind.kind === 'internal' ? kind.routes : kind.kind === 'self' ? [page.route] : null,
        line: point.line,
        column: point.column,
      });
    }
    const first = meta.canonicals[0];
    if (first !== undefined) {
      const kind = classifyLink(first.value, page, settings);
      const point = document.point(first.offset);
      canonical = {
        href: first.value,
        routes: kind.kind === 'internal' ? kind.routes : null,
        line: point.line,
        column: point.column,
      };
    }
  }

  return {
    summary: {
      routes,
      entry: isEntry(page.file, settings.entryPages),
      title: document.title === null ? null : position(document, document.title.offset),
      metaDescription: document.metaDescription === null ? null : position(document, document.metaDescription.offset),
      h1,
      ids: documentAnchors(document),
      links,
      alternates,
      canonical,
      canonicals: meta?.canonicals.length ?? 0,
      mentions: prominentPhrases(document),
    },
    links: linkCounts(classified),
  };
}

