/**
 * Keyword cannibalization: articles of one run competing for the same search query. Two
 * signals, both about keywords an article chose itself (its front matter): the same primary
 * keyword (compared by stems, so "Leg Cramps" = "leg cramp"), or heavily overlapping top
 * keywords (Jaccard, and at least MIN_SHARED of them). A site-wide keyword set (config,
 * override, -k) or --keyword gives every article the same keywords by design, so it signals
 * nothing. A cross-file rule: it sees every audited file's FileSummary.
 */
import { compareStrings } from '../compare.js';
import { words } from '../text/tokenize.js';
import { en } from '../language/en.js';
import type { CrossFileFinding, CrossFileRule, FileSummary } from './types.js';

/** A cannibalization finding before the runner adds fingerprint and locations. */
export type CannibalizationFinding = Pick<CrossFileFinding, 'ruleId' | 'severity' | 'message' | 'files'> & {
  /** The shared primary keyword's stems, or "overlap": what the finding is about, for its fingerprint. */
  subject: string;
};

export const CANNIBALIZATION_RULE_ID = 'keyword-cannibalization';
export const DEFAULT_OVERLAP = 0.6;
/** How many of a file's most frequent keywords take part in the overlap test. */
export const DEFAULT_TOP_KEYWORDS = 5;

export interface CannibalizationEntry {
  path: string;
  /** The primary keyword as written, or null when the file has none (or it is not the article's own). */
  primary: string | null;
  /** Stem keys (see stemKey) of the file's most frequent keywords. */
  topKeywords: string[];
  /** Stem key → the phrase as written in this file (messages use these, never stems). */
  surface?: Record<string, string>;
}

export interface CannibalizationOptions {
  /** Jaccard similarity of top-keyword sets at or above which two files compete (default 0.6). */
  overlap?: number;
}

/** Stems of the phrase's words joined by spaces: "Leg-Cramps" → "leg cramp". */
export function stemKey(phrase: string): string {
  // English word forms: a cross-file key must not depend on one file's language.
  return words(phrase).map((w) => en.wordForm(w)).join(' ');
}

/** Keyword results as found in Analysis.keywords and in a JSON report's keywords. */
export interface CountedKeyword {
  phrase: string;
  primary: boolean;
  count: number;
}

/**
 * The cannibalization entry of one audited file: its primary keyword and the stem keys of its
 * `top` most frequent keywords that occur at all (ties by phrase).
 */
export function cannibalizationEntry(
  path: string,
  keywords: readonly CountedKeyword[],
  top: number = DEFAULT_TOP_KEYWORDS,
): CannibalizationEntry {
  const primary = keywords.find((k) => k.primary)?.phrase ?? null;
  const found = keywords
    .filter((k) => k.count > 0)
    .sort((a, b) => b.count - a.count || compare(a.phrase, b.phrase));
  const topKeywords: string[] = [];
  const surface: Record<string, string> = {};
  for (const keyword of found) {
    if (topKeywords.length >= top) break;
    const key = stemKey(keyword.phrase);
    if (key && !topKeywords.includes(key)) {
      topKeywords.push(key);
      surface[key] = words(keyword.phrase).join(' ');
    }
  }
  return { path, primary, topKeywords, surface };
}

/**
 * Cross-file findings from file reports alone (errored files and files whose keywords are not
 * their own take no part), so `merge` recomputes from JSON reports what one run reports.
 */
export function crossFileFindingsFromReports(
  files: readonly { path: string; status: 'passed' | 'failed' | 'error' | 'skipped'; keywordSource?: FileSummary['keywordSource']; keywords: readonly CountedKeyword[] }[],
  options: CannibalizationOptions = {},
): CannibalizationFinding[] {
  const own = files.filter((file) => file.status !== 'error' && file.status !== 'skipped' && file.keywordSource === 'front-matter');
  return findCannibalization(own.map((file) => cannibalizationEntry(file.path, file.keywords)), options);
}

/** Entries of the files whose keywords are their own (front matter); the others take no part. */
export function cannibalizationEntries(files: readonly FileSummary[], top: number = DEFAULT_TOP_KEYWORDS): CannibalizationEntry[] {
  return files
    .filter((file) => file.keywordSource === 'front-matter')
    .map((file) => cannibalizationEntry(file.path, file.keywords, top));
}

export const POSTINGS_CAP = 64;
/** Paths a message names before "and N more". */
export const MAX_LISTED = 10;
/** Overlap needs at least this many shared keywords, whatever the Jaccard ratio. */
export const MIN_SHARED = 3;


/** "a, b, c and 7 more". */
export function listPaths(paths: readonly string[], max: number = MAX_LISTED): string {
  if (paths.length <= max) return paths.join(', ');
  return `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`;
}

export interface OverlapFile {
  path: string;
  /** Stem keys of the top keywords. */
  keys: readonly string[];
}

export interface OverlapClass {
  /** Sorted stem keys shared by every file of the class. */
  keys: string[];
  /** Paths, sorted. */
  paths: string[];
}

export interface OverlapPair {
  a: OverlapClass;
  b: OverlapClass;
  shared: string[];
  jaccard: number;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: string[]; ratio: number } {
  const shared: string[] = [];
  for (const key of a) if (b.has(key)) shared.push(key);
  const union = a.size + b.size - shared.length;
  return { shared: shared.sort(compare), ratio: union === 0 ? 0 : shared.length / union };
}

/** Classes of identical key sets (at least MIN_SHARED keys), and the pairs of different classes that overlap. */
export function overlaps(files: readonly OverlapFile[], threshold: number): { classes: OverlapClass[]; pairs: OverlapPair[] } {
  const byKeys = new Map<string, OverlapClass>();
  for (const file of files) {
    const keys = [...new Set(file.keys)].filter(Boolean).sort(compare);
    if (keys.length < MIN_SHARED) continue;
    const id = keys.join('\u0000');
    const found = byKeys.get(id);
    if (found) found.paths.push(file.path);
    else byKeys.set(id, { keys, paths: [file.path] });
  }
  const classes = [...byKeys.values()];
  for (const c of classes) c.paths.sort(compare);
  classes.sort((x, y) => compare(x.paths[0]!, y.paths[0]!));

  const frequency = new Map<string, number>();
  for (const c of classes) for (const key of c.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const sets = classes.map((c) => new Set(c.keys));
  const index = new Map<string, number[]>();
  const pairs: OverlapPair[] = [];
  const seen = new Set<number>();
  classes.forEach((c, i) => {
    const ordered = [...c.keys].sort((x, y) => frequency.get(x)! - frequency.get(y)! || compare(x, y));
    // Prefix filtering: two sets reaching the threshold share a key within the first
    // |s| − ceil(t·|s|) + 1 keys of each (rarest first). The epsilon guards float error.
    const prefix = ordered.length - Math.ceil(threshold * ordered.length - 1e-9) + 1;
    seen.clear();
    for (let p = 0; p < prefix && p < ordered.length; p++) {
      const key = ordered[p]!;
      let postings = index.get(key);
      if (postings === undefined) index.set(key, (postings = []));
      if (postings.length >= POSTINGS_CAP) continue;
      for (const j of postings) {
        if (seen.has(j)) continue;
        seen.add(j);
        const { shared, ratio } = jaccard(sets[j]!, sets[i]!);
        if (ratio >= threshold && shared.length >= MIN_SHARED) pairs.push({ a: classes[j]!, b: c, shared, jaccard: ratio });
      }
      postings.push(i);
    }
  });
  pairs.sort((x, y) => compare(x.a.paths[0]!, y.a.paths[0]!) || compare(x.b.paths[0]!, y.b.paths[0]!));
  return { classes, pairs };
}

const compare = compareStrings;

function quoted(keys: readonly string[], surface: (key: string) => string): string {
  return keys.map((key) => `"${surface(key)}"`).join(', ');
}

export function findCannibalization(
  files: readonly CannibalizationEntry[],
  options: CannibalizationOptions = {},
): CannibalizationFinding[] {
  const threshold = options.overlap ?? DEFAULT_OVERLAP;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`cannibalization overlap must be in (0, 1], got ${String(threshold)}`);
  }
  // One entry per path, in path order, so every message and file list is sorted.
  const byPath = new Map<string, CannibalizationEntry>();
  for (const file of files) byPath.set(file.path, file);
  const entries = [...byPath.values()].sort((a, b) => compare(a.path, b.path));
  const primaryKeyOf = new Map<string, string | null>();
  const surfaceOf = (path: string, key: string): string => byPath.get(path)?.surface?.[key] ?? key;

  // Same primary keyword: one index bucket per stem key.
  const samePrimary = new Map<string, { text: string; paths: string[] }>();
  for (const file of entries) {
    const key = file.primary === null ? '' : stemKey(file.primary);
    primaryKeyOf.set(file.path, key || null);
    if (!key) continue;
    const bucket = samePrimary.get(key);
    if (bucket) bucket.paths.push(file.path);
    else samePrimary.set(key, { text: words(file.primary!).join(' '), paths: [file.path] });
  }
  const findings: CannibalizationFinding[] = [];
  for (const [key, { text, paths }] of samePrimary) {
    if (paths.length < 2) continue;
    findings.push({
      ruleId: CANNIBALIZATION_RULE_ID,
      severity: 'warning',
      message:
        `${paths.length} files target the same primary keyword "${text}": ` +
        `${listPaths(paths)} — they compete for one query; merge them or give each its own primary keyword`,
      files: paths,
      subject: key,
    });
  }
  findings.sort((a, b) => compare(a.message, b.message));

  // Already reported when every file involved shares one primary keyword.
  const onePrimary = (paths: readonly string[]): boolean => {
    const first = primaryKeyOf.get(paths[0]!) ?? null;
    return first !== null && paths.every((path) => primaryKeyOf.get(path) === first);
  };
  const { classes, pairs } = overlaps(entries.map((file) => ({ path: file.path, keys: file.topKeywords })), threshold);
  for (const group of classes) {
    if (group.paths.length < 2 || onePrimary(group.paths)) continue;
    findings.push({
      ruleId: CANNIBALIZATION_RULE_ID,
      severity: 'warning',
      message:
        `${group.paths.length} files share all of their top keywords (${quoted(group.keys, (key) => surfaceOf(group.paths[0]!, key))}): ` +
        `${listPaths(group.paths)} — they compete for the same queries`,
      files: group.paths,
      subject: 'overlap',
    });
  }
  for (const { a, b, shared, jaccard: ratio } of pairs) {
    const paths = [...a.paths, ...b.paths].sort(compare);
    if (onePrimary(paths)) continue;
    const names = a.paths.length === 1 && b.paths.length === 1 ? `${a.paths[0]} and ${b.paths[0]}` : listPaths(paths);
    findings.push({
      ruleId: CANNIBALIZATION_RULE_ID,
      severity: 'warning',
      message:
        `${names} share ${Math.round(ratio * 100)}% of their top keywords (${quoted(shared, (key) => surfaceOf(a.paths[0]!, key))}) — ` +
        `they compete for the same queries`,
      files: paths,
      subject: 'overlap',
    });
  }
  return findings;
}

export interface KeywordCannibalizationOptions {
  overlap: number;
  topKeywords: number;
}

export const keywordCannibalization: CrossFileRule<KeywordCannibalizationOptions> = {
  kind: 'cross-file',
  id: CANNIBALIZATION_RULE_ID,
  description:
    'No two files of a run target the same primary keyword of their own front matter (compared by word ' +
    'forms), and no two share `overlap` or more (and at least 3) of their `topKeywords` most frequent ' +
    'keywords (Jaccard similarity). Site-wide keyword sets and --keyword take no part.',
  defaultSeverity: 'warning',
  rationale:
    'Keyword cannibalization (Moz, Ahrefs, Semrush site audits): pages of one site competing for one ' +
    'query split its clicks and links, and search engines pick one of them, often not the best. A 60 % ' +
    'overlap of the five most frequent keywords means the articles cover the same queries.',
  options: {
    overlap: { type: 'number', description: 'Jaccard similarity of top-keyword sets at or above which two files compete (0–1)', min: 0.01, max: 1 },
    topKeywords: { type: 'integer', description: "how many of a file's most frequent keywords take part in the overlap test", min: 1 },
  },
  defaults: { overlap: DEFAULT_OVERLAP, topKeywords: DEFAULT_TOP_KEYWORDS },
  check({ files, options }) {
    return findCannibalization(cannibalizationEntries(files, options.topKeywords), { overlap: options.overlap }).map((finding) => ({
      message: finding.message,
      subject: finding.subject,
      locations: finding.files.map((path) => ({ path })),
    }));
  },
  examples: {
    valid: [
      {
        name: 'different primary keywords, different vocabularies',
        files: [
          { path: 'a.md', source: '---\nkeyword: leg cramps\nkeywords: [night]\n---\nLeg cramps at night hurt.\n' },
          { path: 'b.md', source: '---\nkeyword: bread\nkeywords: [yeast]\n---\nBread rises with yeast.\n' },
        ],
      },
      {
        name: 'one primary keyword from a site-wide keyword set: every article has it by design',
        files: [
          { path: 'a.md', source: 'Leg cramps hurt.\n', keywordSet: 'primary: leg cramps\nkeywords: [leg cramps]\n' },
          { path: 'b.md', source: 'A leg cramp hurts.\n', keywordSet: 'primary: leg cramps\nkeywords: [leg cramps]\n' },
        ],
      },
      {
        name: 'one primary keyword from --keyword',
        files: [
          { path: 'a.md', source: 'Leg cramps hurt.\n', keywords: ['leg cramps'] },
          { path: 'b.md', source: 'A leg cramp hurts.\n', keywords: ['leg cramps'] },
        ],
      },
      {
        name: 'the same top keywords, but only two of them',
        files: [
          { path: 'a.md', source: '---\nkeyword: cramps\nkeywords: [magnesium, water]\n---\nMagnesium and water.\n' },
          { path: 'b.md', source: '---\nkeyword: spasms\nkeywords: [magnesium, water]\n---\nMagnesium and water.\n' },
        ],
      },
    ],
    invalid: [
      {
        name: 'one primary keyword, written differently',
        files: [
          { path: 'a.md', source: '---\nkeyword: Leg Cramps\n---\nLeg cramps hurt.\n' },
          { path: 'b.md', source: '---\nkeyword: leg cramp\n---\nA leg cramp hurts.\n' },
        ],
        messages: [{ message: '2 files target the same primary keyword "leg cramps": a.md, b.md', files: ['a.md', 'b.md'] }],
      },
      {
        name: 'the same top keywords (surface forms in the message, not stems)',
        files: [
          { path: 'a.md', source: '---\nkeyword: cramps\nkeywords: [magnesium, potassium, waters]\n---\nMagnesium, potassium and waters.\n' },
          { path: 'b.md', source: '---\nkeyword: spasms\nkeywords: [magnesium, potassium, waters]\n---\nMagnesium, potassium and waters.\n' },
        ],
        messages: [{ message: '2 files share all of their top keywords ("magnesium", "potassium", "waters"): a.md, b.md', files: ['a.md', 'b.md'] }],
      },
      {
        name: 'overlapping top keywords',
        files: [
          { path: 'a.md', source: '---\nkeyword: cramps\nkeywords: [magnesium, potassium, water, salt]\n---\nMagnesium, potassium, water and salt.\n' },
          { path: 'b.md', source: '---\nkeyword: spasms\nkeywords: [magnesium, potassium, water]\n---\nMagnesium, potassium and water.\n' },
        ],
        messages: [{ message: 'a.md and b.md share 75% of their top keywords ("magnesium", "potassium", "water")', files: ['a.md', 'b.md'] }],
      },
      {
        name: 'a long list of paths is cut short',
        files: [
          { path: 'p01.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p02.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p03.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p04.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p05.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p06.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p07.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p08.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p09.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p10.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p11.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
          { path: 'p12.md', source: '---\nkeyword: leg cramps\n---\nLeg cramps.\n' },
        ],
        messages: [
          {
            message: '12 files target the same primary keyword "leg cramps": p01.md, p02.md, p03.md, p04.md, p05.md, p06.md, p07.md, p08.md, p09.md, p10.md and 2 more',
            files: ['p01.md', 'p02.md', 'p03.md', 'p04.md', 'p05.md', 'p06.md', 'p07.md', 'p08.md', 'p09.md', 'p10.md', 'p11.md', 'p12.md'],
          },
        ],
      },
    ],
  },
};
