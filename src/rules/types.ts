import type { Document } from '../document/model.js';
import type { Analysis, KeywordSet } from '../keywords/types.js';

export type Severity = 'error' | 'warning' | 'info' | 'off';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off'];

export interface Finding {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  line: number;
  column: number;
  /**
   * Stable id of the finding (SPEC §7): hash of rule, path and subject, not the line
   * (src/report/fingerprint.ts). Used by SARIF partialFingerprints, GitLab and --baseline.
   */
  fingerprint: string;
}

/** What a rule's check reports; the runner adds ruleId, severity and line/column. */
export interface RuleMessage {
  message: string;
  /**
   * Source offset the message points at; null for a finding about the whole text, which the
   * runner places at the element that stands for the page (first H1, title, first paragraph).
   */
  offset: number | null;
  /**
   * For a whole-file finding (offset null): the element it is shown at instead of the page
   * anchor (e.g. a missing meta description next to the title). Inline directives still treat
   * the finding as whole-file.
   */
  anchor?: number | null;
  /**
   * What the finding is about, for its fingerprint: the keyword phrase, the heading text, the
   * paragraph's first words… Never a number that changes with edits. Omit it when the rule
   * reports at most one finding per file. See /work/notes/api-fingerprint.md.
   */
  subject?: string;
  /** Overrides the configured severity for this message (e.g. stuffing is always an error). */
  severity?: ActiveSeverity;
}

export interface RuleResult {
  /** 0–1, 1 = fully satisfied. */
  score: number;
  messages: RuleMessage[];
  /**
   * True when the rule's prerequisites are absent (no keyword set, no primary
   * keyword, a language the rule cannot measure): the rule is left out of the
   * file score. Its messages, if any, are still reported.
   */
  skipped?: boolean;
}

export interface RuleContext<Options> {
  document: Document;
  analysis: Analysis;
  keywordSet: KeywordSet;
  options: Options;
}

/** Describes one option for `seo-audit rules` and for config validation. */
export interface OptionSpec {
  type: 'number' | 'integer' | 'boolean' | 'string';
  description: string;
  min?: number;
  max?: number;
}

export interface Rule<Options extends object = Record<string, unknown>> {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Weight of the rule's score in the file score. */
  weight: number;
  /** Where the default thresholds come from. */
  rationale: string;
  options: { [K in keyof Options]: OptionSpec };
  defaults: Options;
  /** Pure: same inputs, same result; never throws on a well-formed document. */
  check(context: RuleContext<Options>): RuleResult;
}

export type AnyRule = Rule<any>;
