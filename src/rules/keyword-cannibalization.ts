/**
 * Keyword cannibalization: articles of one run competing for the same search
 * query. Two signals: the same primary keyword (compared by stems, so
 * "Leg Cramps" = "leg cramp"), or heavily overlapping top keywords (Jaccard).
 * A cross-file rule: it sees every audited file's FileSummary.
 */
import { compareStrings } from '../compare.js';
import { words } from '../text/tokenize.js';
import { en } from '../language/en.js';
import type { CrossFileFinding, CrossFileRule } from './types.js';

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
  /** The primary keyword as written, or null when the file has none. */
  primary: string | null;
  /** Stem keys (see stemKey) of the file's most frequent keywords. */
  topKeywords: string[];
}

export interface CannibalizationOptions {
  /** Jaccard similarity of top-keyword sets at or above which two files compete (default 0.6). */
  overlap?: number;
}

/** Stems of the phrase's words joined by spaces: "Leg-Cramps" → "leg cramp". */
export function stemKey(phrase: string): string {
  // English word forms: a cross-file key must not depend on one file's language.
  return words(phrase).map(en.wordForm).join(' ');
}

/** Keyword results as found in Analysis.keywords and in a JSON report's keywords. */
export interface CountedKeyword {
  phrase: string;
  primary: boolean;
  count: number;
}

/**
 * The cannibalization entry of one audited file: its primary keyword and the
 * stem keys of its `top` most frequent keywords that occur at all (ties by
 * phrase). Takes `analysis.keywords` or a FileReport's `keywords`, so `merge`
 * can recompute cross-file findings from JSON reports.
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
  for (const keyword of found) {
    if (topKeywords.length >= top) break;
    const key = stemKey(keyword.phrase);
    if (key && !topKeywords.includes(key)) topKeywords.push(key);
  }
  return { path, primary, topKeywords };
}

/**
 * Cross-file findings of a run from its file reports alone (errored files take no
 * part), so `merge` recomputes from sharded JSON reports exactly what one
 * unsharded run reports.
 */
export function crossFileFindingsFromReports(
  files: readonly { path: string; status: 'passed' | 'failed' | 'error' | 'skipped'; keywords: readonly CountedKeyword[] }[],
  options: CannibalizationOptions = {},
): CannibalizationFinding[] {
  const entries = files.filter((f) => f.status !== 'error').map((f) => cannibalizationEntry(f.path, f.keywords));
  return findCannibalization(entries, options);
}

const compare = compareStrings;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface Prepared {
  path: string;
  primaryKey: string | null;
  primaryText: string | null;
  keys: Set<string>;
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
  const byPath = new Map<string, Prepared>();
  for (const file of files) {
    const primaryKey = file.primary === null ? '' : stemKey(file.primary);
    byPath.set(file.path, {
      path: file.path,
      primaryKey: primaryKey || null,
      primaryText: primaryKey ? words(file.primary!).join(' ') : null,
      keys: new Set(file.topKeywords.filter(Boolean)),
    });
  }
  const prepared = [...byPath.values()].sort((a, b) => compare(a.path, b.path));

  const findings: CannibalizationFinding[] = [];
  const samePrimary = new Map<string, Prepared[]>();
  for (const file of prepared) {
    if (file.primaryKey === null) continue;
    const group = samePrimary.get(file.primaryKey);
    if (group) group.push(file);
    else samePrimary.set(file.primaryKey, [file]);
  }
  const primaryFindings: CannibalizationFinding[] = [];
  for (const group of samePrimary.values()) {
    if (group.length < 2) continue;
    const paths = group.map((f) => f.path);
    primaryFindings.push({
      ruleId: CANNIBALIZATION_RULE_ID,
      severity: 'warning',
      message:
        `${group.length} files target the same primary keyword "${group[0]!.primaryText}": ` +
        `${paths.join(', ')} — they compete for one query; merge them or give each its own primary keyword`,
      files: paths,
      subject: group[0]!.primaryKey!,
    });
  }
  primaryFindings.sort((a, b) => compare(a.message, b.message));
  findings.push(...primaryFindings);

  for (const [a, b] of overlappingPairs(prepared, threshold)) {
    // Already reported as sharing a primary keyword.
    if (a.primaryKey !== null && a.primaryKey === b.primaryKey) continue;
    const shared = [...a.keys].filter((k) => b.keys.has(k)).sort(compare);
    const percent = Math.round(jaccard(a.keys, b.keys) * 100);
    findings.push({
      ruleId: CANNIBALIZATION_RULE_ID,
      severity: 'warning',
      message:
        `${a.path} and ${b.path} share ${percent}% of their top keywords (${shared.map((k) => `"${k}"`).join(', ')}) — ` +
        `they compete for the same queries`,
      files: [a.path, b.path],
      subject: 'overlap',
    });
  }
  return findings;
}

/**
 * Pairs (in path order) whose keyword sets have Jaccard >= threshold. Prefix
 * filtering keeps this far from quadratic on a large blog: with keys ordered
 * rarest first, two sets reaching the threshold must share a key within the
 * first |s| − ceil(t·|s|) + 1 keys of each, so only those are indexed.
 */
function overlappingPairs(files: readonly Prepared[], threshold: number): [Prepared, Prepared][] {
  const frequency = new Map<string, number>();
  for (const file of files) for (const key of file.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  files.forEach((file, i) => {
    if (file.keys.size === 0) return;
    const ordered = [...file.keys].sort((x, y) => frequency.get(x)! - frequency.get(y)! || compare(x, y));
    // The epsilon keeps float error (0.07 * 100 = 7.000000000000001) from shortening the prefix.
    const prefix = ordered.length - Math.ceil(threshold * ordered.length - 1e-9) + 1;
    seen.clear();
    for (let p = 0; p < prefix; p++) {
      const postings = index.get(ordered[p]!);
      if (postings) {
        for (const j of postings) {
          if (seen.has(j)) continue;
          seen.add(j);
          if (jaccard(files[j]!.keys, file.keys) >= threshold) pairs.push([j, i]);
        }
        postings.push(i);
      } else {
        index.set(ordered[p]!, [i]);
      }
    }
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return pairs.map(([j, i]) => [files[j]!, files[i]!]);
}

export interface KeywordCannibalizationOptions {
  overlap: number;
  topKeywords: number;
}

export const keywordCannibalization: CrossFileRule<KeywordCannibalizationOptions> = {
  kind: 'cross-file',
  id: CANNIBALIZATION_RULE_ID,
  description:
    'No two files of a run target the same primary keyword (compared by stems), and no two share ' +
    '`overlap` or more of their `topKeywords` most frequent keywords (Jaccard similarity).',
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
    const entries = files.map((file) => cannibalizationEntry(file.path, file.keywords, options.topKeywords));
    return findCannibalization(entries, { overlap: options.overlap }).map((finding) => ({
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
          { path: 'a.md', source: 'Leg cramps at night hurt.\n', keywords: ['leg cramps', 'night'] },
          { path: 'b.md', source: 'Bread rises with yeast.\n', keywords: ['bread', 'yeast'] },
        ],
      },
    ],
    invalid: [
      {
        name: 'one primary keyword, written differently',
        files: [
          { path: 'a.md', source: 'Leg cramps hurt.\n', keywords: ['Leg Cramps'] },
          { path: 'b.md', source: 'A leg cramp hurts.\n', keywords: ['leg cramp'] },
        ],
        messages: [{ message: '2 files target the same primary keyword "leg cramps": a.md, b.md', files: ['a.md', 'b.md'] }],
      },
      {
        name: 'overlapping top keywords',
        files: [
          { path: 'a.md', source: 'Magnesium, potassium and water.\n', keywords: ['cramps', 'magnesium', 'potassium', 'water'] },
          { path: 'b.md', source: 'Magnesium, potassium and water.\n', keywords: ['spasms', 'magnesium', 'potassium', 'water'] },
        ],
        messages: [{ message: 'a.md and b.md share 100% of their top keywords ("magnesium", "potassium", "water")', files: ['a.md', 'b.md'] }],
      },
    ],
  },
};
