/**
 * The site checks across files, all on indexes built once per run (SPEC §9: never all pairs):
 * route → page for links, canonical and hreflang; text → pages for duplicates; primary
 * keyword → pages for link suggestions; a union-find of translations (hreflang pairs and
 * locale paths) so that a page and its translation are never duplicates of each other.
 * Every function is pure over the per-file summaries, so `merge` recomputes the same findings.
 */
import { stemKey } from '../rules/keyword-cannibalization.js';
import { isLocaleSegment, languageTagProblem } from './language-tags.js';
import { routeWithoutLocale } from './routes.js';
import type { Position, SiteSummary } from './summary.js';

export interface SitePage {
  path: string;
  format: 'markdown' | 'html' | null;
  title: string | null;
  metaDescription: string | null;
  /** The primary keyword as written, or null. */
  primary: string | null;
  site: SiteSummary;
}

export interface SiteLocation {
  path: string;
  line?: number;
  column?: number;
}

export interface SiteFinding {
  message: string;
  locations: SiteLocation[];
  /** What the finding is about (for its fingerprint): never a line or a count. */
  subject: string;
}

function at(page: SitePage, position: Position | null): SiteLocation {
  return position === null ? { path: page.path } : { path: page.path, line: position.line, column: position.column };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indexes over one run's pages, shared by the site rules (built on first use). */
export class SiteIndex {
  readonly pages: readonly SitePage[];
  private readonly byRoute = new Map<string, number>();
  private translationParent: Int32Array | null = null;
  private inbound: (number[] | undefined)[] | null = null;
  private idSets: (Set<string> | undefined)[] = [];

  constructor(pages: readonly SitePage[]) {
    this.pages = [...pages].sort((a, b) => compare(a.path, b.path));
    // First by path wins a route two files claim (`post.md` and `post/index.md`).
    this.pages.forEach((page, i) => {
      for (const route of page.site.routes) if (!this.byRoute.has(route)) this.byRoute.set(route, i);
    });
  }

  /** The audited page a link's routes lead to, or -1. */
  resolve(routes: readonly string[] | null): number {
    if (routes === null) return -1;
    for (const route of routes) {
      const i = this.byRoute.get(route);
      if (i !== undefined) return i;
    }
    return -1;
  }

  ids(i: number): Set<string> {
    let set = this.idSets[i];
    if (set === undefined) {
      set = new Set(this.pages[i]!.site.ids);
      this.idSets[i] = set;
    }
    return set;
  }

  /** For each page, the other pages that link to it (each once, in path order). */
  linkedFrom(i: number): readonly number[] {
    if (this.inbound === null) {
      const inbound: (number[] | undefined)[] = new Array(this.pages.length);
      this.pages.forEach((page, from) => {
        for (const link of page.site.links) {
          const to = this.resolve(link.routes);
          if (to === -1 || to === from) continue;
          const list = (inbound[to] ??= []);
          if (list[list.length - 1] !== from) list.push(from);
        }
      });
      this.inbound = inbound;
    }
    return this.inbound[i] ?? [];
  }

  /** True when `from` links to `to`. */
  linksTo(from: number, to: number): boolean {
    const list = this.linkedFrom(to);
    // Sorted ascending: binary search.
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = list[mid]!;
      if (value === from) return true;
      if (value < from) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The translation group of a page: pages joined by hreflang alternates or by the same route under another locale. */
  translationGroup(i: number): number {
    if (this.translationParent === null) {
      const parent = new Int32Array(this.pages.length);
      for (let p = 0; p < parent.length; p++) parent[p] = p;
      const find = (x: number): number => {
        while (parent[x] !== x) {
          parent[x] = parent[parent[x]!]!;
          x = parent[x]!;
        }
        return x;
      };
      const union = (a: number, b: number): void => {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      };
      const byUnlocalized = new Map<string, number>();
      this.pages.forEach((page, p) => {
        for (const alternate of page.site.alternates) {
          const q = this.resolve(alternate.routes);
          if (q !== -1) union(p, q);
        }
        const route = page.site.routes[0];
        const unlocalized = route === undefined ? null : routeWithoutLocale(route, isLocaleSegment);
        // The unlocalized route itself may be a page (the default language at the root).
        const key = unlocalized ?? route;
        if (key === undefined) return;
        const seen = byUnlocalized.get(key);
        if (seen === undefined) byUnlocalized.set(key, p);
        else if (unlocalized !== null || this.pages[seen]!.site.routes[0] !== route) union(p, seen);
      });
      for (let p = 0; p < parent.length; p++) parent[p] = find(p);
      this.translationParent = parent;
    }
    return this.translationParent[i]!;
  }
}

const indexes = new WeakMap<readonly object[], SiteIndex>();

/** One index per run: the rules of a run are called with the same summaries array. */
export function siteIndex<T extends object>(files: readonly T[], toPage: (file: T) => SitePage | null): SiteIndex {
  let index = indexes.get(files);
  if (index === undefined) {
    const pages: SitePage[] = [];
    for (const file of files) {
      const page = toPage(file);
      if (page !== null) pages.push(page);
    }
    index = new SiteIndex(pages);
    indexes.set(files, index);
  }
  return index;
}

/** link-broken across files: links to no audited page and no file, and `#anchors` a target page lacks. */
export function brokenLinks(index: SiteIndex): SiteFinding[] {
  const out: SiteFinding[] = [];
  index.pages.forEach((page, from) => {
    for (const link of page.site.links) {
      const to = index.resolve(link.routes);
      if (to === -1) {
        if (!link.exists) {
          out.push({
            message: `link "${link.href}" leads to no page: no audited file and no file under the site root answers to ${link.routes[0]}`,
            locations: [at(page, link)],
            subject: link.href,
          });
        }
        continue;
      }
      if (link.fragment !== null && !index.ids(to).has(link.fragment)) {
        const target = index.pages[to]!;
        out.push({
          message: `link "${link.href}": ${target.path} has no heading or element with the id "${link.fragment}"`,
          locations: [at(page, link), { path: target.path }],
          subject: link.href,
        });
      }
    }
    void from;
  });
  return out;
}

function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Pages sharing one text (title, meta description, H1), compared case- and space-insensitively.
 * A group whose pages are all translations of one another is not reported.
 */
export function duplicates(
  index: SiteIndex,
  label: string,
  textsOf: (page: SitePage) => { text: string; position: Position | null }[],
): SiteFinding[] {
  const groups = new Map<string, { text: string; members: { page: number; position: Position | null }[] }>();
  index.pages.forEach((page, p) => {
    for (const { text, position } of textsOf(page)) {
      const key = normalizeText(text);
      if (key === '') continue;
      let group = groups.get(key);
      if (group === undefined) {
        group = { text: text.replace(/\s+/g, ' ').trim(), members: [] };
        groups.set(key, group);
      }
      if (group.members[group.members.length - 1]?.page !== p) group.members.push({ page: p, position });
    }
  });
  const out: SiteFinding[] = [];
  for (const group of groups.values()) {
    if (group.members.length < 2) continue;
    const translations = new Set(group.members.map((m) => index.translationGroup(m.page)));
    if (translations.size < 2) continue;
    const shown = group.text.length > 80 ? `${group.text.slice(0, 79)}…` : group.text;
    out.push({
      message: `${group.members.length} pages share the ${label} "${shown}"`,
      locations: group.members.map((m) => at(index.pages[m.page]!, m.position)),
      subject: group.text,
    });
  }
  return out.sort((a, b) => compare(a.locations[0]!.path, b.locations[0]!.path) || compare(a.message, b.message));
}

/** orphan-page: no other audited page links to it (entry pages excepted; a run of one page has none). */
export function orphanPages(index: SiteIndex): SiteFinding[] {
  if (index.pages.length < 2) return [];
  const out: SiteFinding[] = [];
  index.pages.forEach((page, p) => {
    if (page.site.entry || index.linkedFrom(p).length > 0) return;
    out.push({ message: `${page.path} is an orphan: no other audited page links to it`, locations: [{ path: page.path }], subject: '' });
  });
  return out;
}

/**
 * internal-link-suggestion: page A mentions page B's primary keyword among its prominent phrases
 * but does not link to B. Once per pair, at A's first mention; only when exactly one page has
 * that primary keyword (several are keyword cannibalization, not a link to suggest).
 */
export function linkSuggestions(index: SiteIndex): SiteFinding[] {
  const byPrimary = new Map<string, number[]>();
  const primaryKeys: (string | null)[] = index.pages.map((page, p) => {
    const key = page.primary === null ? '' : stemKey(page.primary);
    if (key === '') return null;
    const list = byPrimary.get(key);
    if (list === undefined) byPrimary.set(key, [p]);
    else list.push(p);
    return key;
  });
  const out: SiteFinding[] = [];
  index.pages.forEach((page, a) => {
    const suggested = new Set<number>();
    for (const mention of page.site.mentions) {
      const targets = byPrimary.get(mention.key);
      if (targets === undefined || targets.length !== 1) continue;
      const b = targets[0]!;
      if (b === a || suggested.has(b) || primaryKeys[a] === mention.key) continue;
      if (index.linksTo(a, b) || index.translationGroup(a) === index.translationGroup(b)) continue;
      suggested.add(b);
      const target = index.pages[b]!;
      out.push({
        message: `${page.path} mentions "${mention.text}" (line ${mention.line}), the primary keyword of ${target.path}, without linking to it`,
        locations: [at(page, mention), { path: target.path }],
        subject: mention.key,
      });
    }
  });
  return out;
}

/** hreflang: invalid language codes, and alternates that the other audited page does not list back. */
export function hreflangProblems(index: SiteIndex): SiteFinding[] {
  const out: SiteFinding[] = [];
  index.pages.forEach((page, p) => {
    for (const alternate of page.site.alternates) {
      const code = alternate.hreflang.trim();
      if (code.toLowerCase() !== 'x-default') {
        const problem = languageTagProblem(code);
        if (problem !== null) {
          out.push({
            message: `hreflang "${code}" is not a valid BCP 47 language code (${problem})`,
            locations: [at(page, alternate)],
            subject: `invalid ${code} ${alternate.href}`,
          });
          continue;
        }
      }
      const q = index.resolve(alternate.routes);
      if (q === -1 || q === p) continue;
      const other = index.pages[q]!;
      const back = other.site.alternates.some((a) => index.resolve(a.routes) === p);
      if (!back) {
        out.push({
          message: `${page.path} lists ${other.path} as its "${code}" alternate, but ${other.path} does not list ${page.path} back (hreflang must be reciprocal)`,
          locations: [at(page, alternate), { path: other.path }],
          subject: `reciprocal ${code} ${alternate.href}`,
        });
      }
    }
  });
  return out;
}

/**
 * canonical (HTML pages): missing, relative, more than one, or naming another audited page
 * while audited pages still link to this one (the links should go to the canonical URL).
 */
export function canonicalProblems(index: SiteIndex): SiteFinding[] {
  const out: SiteFinding[] = [];
  index.pages.forEach((page, p) => {
    if (page.format !== 'html') return;
    const canonical = page.site.canonical;
    if (canonical === null) {
      out.push({ message: `${page.path} has no <link rel="canonical">`, locations: [{ path: page.path }], subject: 'missing' });
      return;
    }
    if (page.site.canonicals > 1) {
      out.push({
        message: `${page.path} has ${page.site.canonicals} <link rel="canonical"> tags; search engines ignore conflicting ones`,
        locations: [at(page, canonical)],
        subject: 'multiple',
      });
    }
    if (!/^https?:\/\//i.test(canonical.href.trim())) {
      out.push({
        message: `canonical URL "${canonical.href}" is not absolute (write the full https:// URL)`,
        locations: [at(page, canonical)],
        subject: `relative ${canonical.href}`,
      });
    }
    const q = index.resolve(canonical.routes);
    if (q === -1 || q === p) return;
    const linking = index.linkedFrom(p).filter((from) => from !== q);
    if (linking.length === 0) return;
    const other = index.pages[q]!;
    out.push({
      message:
        `${page.path} names ${other.path} as canonical, yet ${linking.length === 1 ? '1 audited page links' : `${linking.length} audited pages link`} ` +
        `to it (${index.pages[linking[0]!]!.path}${linking.length > 1 ? ', …' : ''}): link to the canonical page instead`,
      locations: [at(page, canonical), { path: other.path }, ...linking.map((from) => ({ path: index.pages[from]!.path }))],
      subject: `linked ${canonical.href}`,
    });
  });
  return out;
}
