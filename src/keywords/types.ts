/** Keyword sets (README: Keyword sets) and the analysis the matcher produces (README: Matching). */

export type MatchMode = 'exact' | 'forms' | 'sentence';
export const MATCH_MODES: readonly MatchMode[] = ['exact', 'forms', 'sentence'];

export interface Keyword {
  phrase: string;
  /** Group name, or null for ungrouped keywords (ad-hoc --keyword, TXT sets). */
  group: string | null;
  primary: boolean;
  match: MatchMode;
  /** Occurrence range; the keyword is covered when count >= min. */
  min: number;
  max: number | null;
  weight: number;
  /** Written in double quotes: always matched exact, even under a CLI --match override. */
  quoted: boolean;
}

export interface KeywordGroup {
  name: string;
  /** Heading text (matched by words, case-insensitive) the group's keywords belong under. */
  section: string | null;
  keywords: Keyword[];
}

export interface KeywordSet {
  name: string;
  /** The set's `language` (BCP 47), or null when it names none (language resolution then looks further; README: Matching). */
  language: string | null;
  /** The primary keyword's phrase, or null when the set has none. */
  primary: string | null;
  /** Density band (percent) for the primary keyword. */
  density: { min: number; max: number };
  groups: KeywordGroup[];
  /** Every keyword in set order (groups flattened, ungrouped last). */
  keywords: Keyword[];
  /** Where the set came from: a file path, 'front matter', or 'command line'. */
  source: string;
  /** Non-fatal problems (e.g. a phrase made only of function words). */
  warnings: string[];
}

export interface Occurrence {
  line: number;
  column: number;
  offset: number;
  /** The matched text as written in the source. */
  text: string;
  /** The strictest mode this occurrence satisfies. */
  mode: MatchMode;
  /** Index of the first matched token in Document.tokens. */
  token: number;
  /** One past the last matched token (token + 1 for a sentence-mode occurrence). */
  tokenEnd: number;
  sentence: number;
}

export interface Placements {
  title: boolean;
  metaDescription: boolean;
  h1: boolean;
  subheadings: { with: number; of: number };
  intro: boolean;
  slug: boolean;
  imageAlt: boolean;
  /** For grouped keywords whose group names a section: found inside it (null otherwise, or no such section). */
  section: boolean | null;
}

export interface KeywordResult {
  phrase: string;
  group: string | null;
  primary: boolean;
  match: MatchMode;
  min: number;
  max: number | null;
  weight: number;
  /** Occurrences in the keyword's own mode. */
  count: number;
  counts: Record<MatchMode, number>;
  /** count / words × 100, rounded to 2 decimals. */
  density: number;
  /** count >= min. */
  found: boolean;
  placements: Placements;
  /** Own-mode occurrences in document order. */
  occurrences: Occurrence[];
}

export interface CoverageGroup {
  name: string;
  ratio: number;
  covered: number;
  total: number;
}

export interface Coverage {
  /** Weighted share of keywords found, 0–1 (1 when the set is empty). */
  ratio: number;
  covered: number;
  total: number;
  groups: CoverageGroup[];
}

/** Own-mode keyword counts per section (rows) and keyword group (columns). */
export interface SectionMatrix {
  sections: { section: number; heading: string | null; level: number; line: number }[];
  groups: string[];
  counts: number[][];
}

export interface Analysis {
  words: number;
  keywords: KeywordResult[];
  primary: KeywordResult | null;
  coverage: Coverage;
  matrix: SectionMatrix;
  /** Token range [start, end) taken as the introduction. */
  intro: { tokenStart: number; tokenEnd: number };
  /**
   * Per group name: index into Document.sections of the section its `section`
   * names, or null when the group names none or no heading matches it.
   */
  groupSections: Record<string, number | null>;
}

export interface AnalyzeOptions {
  /** Overrides every keyword's mode (CLI --match); undefined keeps each keyword's own. */
  match?: MatchMode;
}
