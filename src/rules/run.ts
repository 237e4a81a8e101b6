import type { Directive, Document } from '../document/model.js';
import { UsageError } from '../errors.js';
import type { Analysis, KeywordSet } from '../keywords/types.js';
import type { SiteUrls } from '../site/routes.js';
import { CROSS_FILE_RULES, RULES, ruleById, validateRuleOptions } from './registry.js';
import type { ActiveSeverity, AnyRule, CrossFileFinding, FileSummary, Finding, RegisteredRule, RuleMessage, RuleSetting, Severity } from './types.js';
import { compareFindingsByRule, compareStrings } from '../compare.js';
import { crossFileFingerprint, fingerprintAll } from '../report/fingerprint.js';
import { pageAnchor } from './util.js';

export interface RunResult {
  /** Sorted by line, column, ruleId, message. */
  findings: Finding[];
  /** 0–100: round(100 × weighted mean of the scores of enabled, applicable rules). */
  score: number;
  /** Each enabled, applicable rule's 0–1 score (rounded to 4 decimals), by rule id. */
  ruleScores: Record<string, number>;
}

const EMPTY_SET: KeywordSet = Object.freeze({
  name: '',
  language: null,
  primary: null,
  density: { min: 0.5, max: 3 },
  groups: [],
  keywords: [],
  source: 'none',
  warnings: [],
}) as KeywordSet;

/**
 * Runs every rule on one analysed document.
 *
 * Settings: a rule's severity and options come from `settings[rule.id]`
 * (options merged over the rule's defaults), else its defaults; severity
 * 'off' disables the rule: no findings, no part in the score.
 *
 * Inline directives (`<!-- seo-audit-disable a b -->`, `<!-- seo-audit-enable a b -->`,
 * no ids = every rule) are applied in source order: a finding at offset o is
 * dropped when the last directive at or before o that names its rule (or names
 * none) is a disable. A file-level finding (no offset) is dropped when the rule
 * is disabled at the end of the document. Directives only hide findings; the
 * score is computed from every enabled rule regardless.
 */
export function runRules(
  document: Document,
  analysis: Analysis,
  keywordSet: KeywordSet | null,
  settings: Record<string, RuleSetting> = {},
  site: SiteUrls = { baseUrl: null },
): RunResult {
  for (const id of Object.keys(settings)) {
    if (ruleById(id) === undefined) throw new UsageError(`unknown rule "${id}"`);
  }
  const set = keywordSet ?? EMPTY_SET;
  const directives = sortedDirectives(document.directives);
  const drafts: (Omit<Finding, 'fingerprint'> & { subject: string })[] = [];
  const anchor = pageAnchor(document);
  const ruleScores: Record<string, number> = {};
  let weighted = 0;
  let totalWeight = 0;
  const causes = new Set<string>();
  const pending: { rule: AnyRule; severity: ActiveSeverity; message: RuleMessage }[] = [];

  for (const rule of RULES) {
    const setting = settings[rule.id];
    const severity: Severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const options = resolveOptions(rule, setting?.options);
    const result = rule.check({ document, analysis, keywordSet: set, options, site });
    if (!result.skipped) {
      const score = Number.isFinite(result.score) ? Math.min(1, Math.max(0, result.score)) : 0;
      ruleScores[rule.id] = Math.round(score * 10_000) / 10_000;
      weighted += rule.weight * score;
      totalWeight += rule.weight;
    }
    for (const message of result.messages) {
      if (message.cause !== undefined) causes.add(message.cause);
      pending.push({ rule, severity: severity as ActiveSeverity, message });
    }
  }

  // One cause, one finding: messages that follow from a reported cause are dropped.
  for (const { rule, severity, message } of pending) {
    if (message.consequenceOf?.some((cause) => causes.has(cause))) continue;
    if (isSuppressed(directives, rule.id, message.offset)) continue;
    const offset = message.offset ?? message.anchor ?? anchor;
    const point = offset === null ? { line: 1, column: 1 } : document.point(offset);
    drafts.push({
      ruleId: rule.id,
      severity: message.severity ?? severity,
      message: message.message,
      line: point.line,
      column: point.column,
      subject: message.subject ?? '',
    });
  }

  drafts.sort(compareFindingsByRule);
  const fingerprints = fingerprintAll(document.path, drafts);
  const findings: Finding[] = drafts.map((draft, index) => ({
    ruleId: draft.ruleId,
    severity: draft.severity,
    message: draft.message,
    line: draft.line,
    column: draft.column,
    fingerprint: fingerprints[index]!,
  }));
  const score = totalWeight === 0 ? 100 : Math.round((100 * weighted) / totalWeight);
  return { findings, score, ruleScores };
}

/**
 * Runs every cross-file rule on the summaries of a run's audited files (errored files left out).
 * Severity and options come from `settings[rule.id]` as for per-file rules ('off' disables).
 * Findings: rules in id order, each rule's in the order it returns them.
 */
export function runCrossFileRules(files: readonly FileSummary[], settings: Record<string, RuleSetting> = {}): CrossFileFinding[] {
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  const findings: CrossFileFinding[] = [];
  const byPath = new Map(sorted.map((file) => [file.path, file]));
  for (const rule of CROSS_FILE_RULES) {
    const setting = settings[rule.id];
    const severity: Severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const options = resolveOptions(rule, setting?.options);
    for (const message of rule.check({ files: sorted, options })) {
      const files: string[] = [];
      const locations: CrossFileFinding['locations'] = [];
      for (const location of message.locations) {
        if (files.includes(location.path)) continue;
        files.push(location.path);
        const h1Line = byPath.get(location.path)?.h1Line ?? null;
        locations.push(
          location.line !== undefined
            ? { path: location.path, line: location.line, column: location.column ?? 1 }
            : { path: location.path, line: h1Line ?? 1, column: 1 },
        );
      }
      findings.push({
        ruleId: rule.id,
        severity: message.severity ?? severity,
        message: message.message,
        files,
        fingerprint: crossFileFingerprint(rule.id, files, message.subject ?? ''),
        locations,
      });
    }
  }
  return findings;
}

function resolveOptions(rule: RegisteredRule, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const defaults = rule.defaults as Record<string, unknown>;
  if (options === undefined || Object.keys(options).length === 0) return defaults;
  // Every file's settings hold a copy of each rule's defaults (config/resolve.ts): valid, and
  // the same as the defaults themselves once merged over them.
  if (sameValues(options, defaults)) return defaults;
  const problem = validateRuleOptions(rule, options);
  if (problem !== null) throw new UsageError(problem);
  return { ...defaults, ...options };
}

/** Same keys, each with the identical value. */
function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key) || !Object.is(a[key], b[key])) return false;
  return true;
}

function sortedDirectives(directives: readonly Directive[]): Directive[] {
  // Stable sort keeps two directives at one offset in source order.
  return [...directives].sort((a, b) => a.offset - b.offset);
}

function isSuppressed(directives: readonly Directive[], ruleId: string, offset: number | null): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (offset !== null && directive.offset > offset) break;
    if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
    disabled = directive.kind === 'disable';
  }
  return disabled;
}

/** The runner's finding order (line, column, rule id, message); reporters use compare.ts's compareFindings. */
export const compareFindings = compareFindingsByRule;
