/**
 * One factory for the "primary keyword in <place>" rules (keyword-in-title, -h1, -intro, -slug,
 * -meta-description, -image-alt): each says which placement it checks and what to report when
 * the keyword is not there. The shared part: no keyword set or no primary keyword → skipped;
 * the keyword in its place → score 1; otherwise score 0 and one message, which is dropped when
 * keyword-missing reports that the primary keyword never occurs (one cause, one finding).
 */
import type { Document } from '../document/model.js';
import type { Analysis, Placements } from '../keywords/types.js';
import type { Rule, RuleExamples, Severity } from './types.js';
import { CAUSES } from './causes.js';
import { primaryOf, skip } from './util.js';

export type NoOptions = Record<string, never>;

/** The yes/no placements of the primary keyword (Analysis primary.placements). */
export type BooleanPlacement = { [K in keyof Placements]: Placements[K] extends boolean ? K : never }[keyof Placements];

export interface PlacementMiss {
  message: string;
  /** Where to point; null for the whole file. */
  offset: number | null;
  /** Causes besides "the primary keyword never occurs" that this miss follows from (e.g. no title). */
  consequenceOf?: readonly string[];
  /** For a whole-file miss: where to show it (see RuleMessage.anchor). */
  anchor?: number | null;
}

export interface PlacementRuleSpec {
  id: string;
  description: string;
  defaultSeverity: Severity;
  weight: number;
  rationale: string;
  placement: BooleanPlacement;
  /** False when the rule does not apply to this document at all (skipped, out of the score). */
  applies?: (document: Document) => boolean;
  /**
   * The keyword is not in its place: the finding to report, or null when there is nothing to
   * check (e.g. no images), which scores 1.
   */
  miss(context: { document: Document; analysis: Analysis; phrase: string }): PlacementMiss | null;
  examples: RuleExamples;
}

export function placementRule(spec: PlacementRuleSpec): Rule<NoOptions> {
  const { placement, applies, miss, ...meta } = spec;
  return {
    ...meta,
    options: {},
    defaults: {},
    check({ document, analysis, keywordSet }) {
      const primary = primaryOf(keywordSet, analysis);
      if (primary === null || (applies !== undefined && !applies(document))) return skip();
      if (primary.placements[placement]) return { score: 1, messages: [] };
      const found = miss({ document, analysis, phrase: primary.phrase });
      if (found === null) return { score: 1, messages: [] };
      // A primary keyword that never occurs is keyword-missing's one finding; this miss follows from it.
      const consequenceOf = [CAUSES.primaryMissing, ...(found.consequenceOf ?? [])];
      return { score: 0, messages: [{ ...found, consequenceOf }] };
    },
  };
}
