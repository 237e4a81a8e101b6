/**
 * The one string comparator and the one finding order. Code-unit comparison, never
 * localeCompare: that depends on the machine's locale, and output must not.
 */
import type { ActiveSeverity, Finding } from './rules/types.js';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEVERITY_RANK: Record<ActiveSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The two finding orders, side by side. Both are observable and pinned by tests, so they stay
 * two: the rule runner's (`runRules`, `auditFile`: line, column, rule id, message) and the
 * report's (every reporter: the same with severity, error first, right after the column).
 */
export function compareFindingsByRule(a: Omit<Finding, 'fingerprint'>, b: Omit<Finding, 'fingerprint'>): number {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}

/** Findings by line, column, severity (error first), rule id, message: the report's order. */
export function compareFindings(a: Omit<Finding, 'fingerprint'>, b: Omit<Finding, 'fingerprint'>): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}
