/**
 * Site routes: which URL paths an audited file answers to, and which routes a link may mean.
 *
 * A route is a site-root path without extension, trailing slash or index file name:
 * `content/blog/post.md`, `content/blog/post/index.md`, `blog/post.html` (under the content
 * root `content`) all answer to `/blog/post`; `index.md` at the root answers to `/`. Links are
 * reduced the same way, so the generator conventions follow without a table per generator:
 * `post/` finds `post/index.md` or `post.md`, and `x.html` finds `x.md` on a Markdown site.
 *
 * Everything here is pure string work on POSIX paths (no file system, no URL fetching), so the
 * per-file summaries that carry routes can cross worker and shard boundaries.
 */

/** Extensions of files that are pages (the audited formats); a link to another extension is an asset. */
const PAGE_EXTENSION = /\.(?:md|markdown|mdx|html?)$/i;
/** Any extension on the last path segment (a dotted name such as `v1.2` counts too: it is not a page). */
const ANY_EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
/** File names that stand for their folder. */
const INDEX_NAMES = new Set(['index', '_index', 'readme']);
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** What the `site` config says about URLs (SPEC §3 `site`). */
export interface SiteUrls {
  /** `https://example.com` or `https://example.com/docs/`; absolute links under it are internal. */
  baseUrl: string | null;
}

/** `a/./b/../c` → `a/c`; leading `..` beyond the root are dropped (a browser does the same). */
function normalizeSegments(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The route of a root-relative POSIX path (`blog/post.md` → `/blog/post`), or null when the
 * last segment is an asset (`img/x.png`). `index`, `_index` and `README` stand for their folder.
 */
export function routeOfPath(path: string): string | null {
  const segments = normalizeSegments(path.split('/').map(decode));
  const last = segments[segments.length - 1];
  if (last !== undefined) {
    if (PAGE_EXTENSION.test(last)) segments[segments.length - 1] = last.replace(PAGE_EXTENSION, '');
    else if (ANY_EXTENSION.test(last)) return null;
    if (INDEX_NAMES.has(segments[segments.length - 1]!.toLowerCase())) segments.pop();
  }
  return `/${segments.join('/')}`;
}

/** The folder a route's page is in, for resolving relative links: `/blog/post` → `/blog`. */
function parentRoute(route: string): string {
  const i = route.lastIndexOf('/');
  return i <= 0 ? '/' : route.slice(0, i);
}

function joinRoute(base: string, relativePath: string): string {
  return base === '/' ? `/${relativePath}` : `${base}/${relativePath}`;
}

/** The page a file is: its root-relative path (POSIX) and the folder that relative links start from. */
export interface PageLocation {
  /** Root-relative POSIX path of the file, e.g. `blog/post.md`. */
  file: string;
  /** The file's route, e.g. `/blog/post`. */
  route: string;
}

export function pageLocation(rootRelativeFile: string): PageLocation {
  const file = rootRelativeFile.split('\\').join('/');
  return { file, route: routeOfPath(file) ?? `/${file}` };
}

export type LinkKind =
  /** `#anchor` on the same page. */
  | { kind: 'self'; fragment: string }
  /** A page of this site: the routes it may mean, most likely first. */
  | { kind: 'internal'; routes: string[]; fragment: string | null }
  /** A file of this site that is not a page (image, PDF, feed): counted, not checked. */
  | { kind: 'asset' }
  /** Another site. */
  | { kind: 'outbound' }
  /** mailto:, tel:, javascript:, data: and the like: no page at all. */
  | { kind: 'other' };

function splitFragment(href: string): { path: string; fragment: string | null } {
  const hash = href.indexOf('#');
  const withoutHash = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? null : decode(href.slice(hash + 1));
  const query = withoutHash.indexOf('?');
  return { path: query === -1 ? withoutHash : withoutHash.slice(0, query), fragment: fragment === '' ? null : fragment };
}

interface Base {
  host: string;
  /** Path prefix without trailing slash ('' for the host root). */
  path: string;
}

const baseCache = new Map<string, Base | null>();

function parseBase(baseUrl: string): Base | null {
  let base = baseCache.get(baseUrl);
  if (base !== undefined) return base;
  try {
    const url = new URL(baseUrl);
    base = { host: url.host.toLowerCase(), path: url.pathname.replace(/\/+$/, '') };
  } catch {
    base = null;
  }
  baseCache.set(baseUrl, base);
  return base;
}

/**
 * What a link's `href` points at, seen from `page`. Relative links resolve against the file's
 * folder (how Markdown is written on GitHub and Docusaurus) and, when that differs, against the
 * page's own URL as a folder (how a generator with pretty URLs serves `post.md` at `/post/`).
 */
export function classifyLink(href: string, page: PageLocation, site: SiteUrls): LinkKind {
  const trimmed = href.trim();
  if (trimmed === '') return { kind: 'other' };
  if (trimmed.startsWith('#')) {
    const fragment = decode(trimmed.slice(1));
    return fragment === '' ? { kind: 'other' } : { kind: 'self', fragment };
  }
  if (trimmed.startsWith('//') || SCHEME.test(trimmed)) {
    // Another site or no page (most absolute links): known from the href and the base URL
    // alone, so parsed once per run (an article and its HTML rendering, every page's nav).
    let known = elsewhere.get(site.baseUrl);
    if (known === undefined) {
      known = new Map();
      elsewhere.set(site.baseUrl, known);
    }
    const verdict = known.get(trimmed);
    if (verdict !== undefined) return { kind: verdict };
    const kind = classifyAbsolute(trimmed, site);
    if (kind.kind === 'outbound' || kind.kind === 'other') {
      if (known.size >= ELSEWHERE_LIMIT) known.clear();
      known.set(trimmed, kind.kind);
    }
    return kind;
  }
  const { path, fragment } = splitFragment(trimmed);
  if (path === '') return fragment === null ? { kind: 'other' } : { kind: 'self', fragment };
  if (path.startsWith('/')) return internal([path], fragment);
  const fileFolder = parentRoute(`/${page.file}`);
  const candidates = [joinRoute(fileFolder, path)];
  const pageFolder = page.route;
  if (pageFolder !== fileFolder) candidates.push(joinRoute(pageFolder, path));
  return internal(candidates, fragment);
}

/** Per base URL (null: none), the absolute hrefs known to lead off the site or to no page. */
const elsewhere = new Map<string | null, Map<string, 'outbound' | 'other'>>();
const ELSEWHERE_LIMIT = 50_000;

function classifyAbsolute(trimmed: string, site: SiteUrls): LinkKind {
  let url: URL;
  try {
    url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
  } catch {
    return { kind: 'other' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other' };
  const base = site.baseUrl === null ? null : parseBase(site.baseUrl);
  if (base === null || url.host.toLowerCase() !== base.host) return { kind: 'outbound' };
  const path = url.pathname;
  if (base.path !== '' && path !== base.path && !path.startsWith(`${base.path}/`)) return { kind: 'outbound' };
  const rootPath = path.slice(base.path.length);
  const fragment = url.hash === '' ? null : decode(url.hash.slice(1)) || null;
  return internal([rootPath === '' ? '/' : rootPath], fragment);
}

function internal(paths: readonly string[], fragment: string | null): LinkKind {
  const routes: string[] = [];
  for (const path of paths) {
    const route = routeOfPath(path.replace(/^\/+/, ''));
    if (route === null) return { kind: 'asset' };
    if (!routes.includes(route)) routes.push(route);
  }
  return { kind: 'internal', routes, fragment };
}

/**
 * The route with a leading locale segment removed (`/fr/blog/post` → `/blog/post`), or null
 * when the route has none. Translations of one page share it (SPEC §5: a path segment naming a
 * locale). `isLocale` decides what a locale segment is.
 */
export function routeWithoutLocale(route: string, isLocale: (segment: string) => boolean): string | null {
  const segments = route.split('/').filter(Boolean);
  const i = segments.findIndex((segment) => isLocale(segment));
  if (i === -1) return null;
  segments.splice(i, 1);
  return `/${segments.join('/')}`;
}
