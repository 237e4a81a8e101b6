/**
 * The run's thresholds as pseudo-rules (SPEC §7): a file that misses `--min-coverage` or
 * `--min-score` gets an error finding with this id, so the miss shows in every format (a JUnit
 * failure, a `::error` annotation, an error-level SARIF result). They have no check of their own:
 * audit.ts adds the findings after the rules ran; SARIF/JUnit take their descriptors from here.
 */
export interface ThresholdRule {
  id: 'min-coverage' | 'min-score';
  description: string;
  rationale: string;
  defaultSeverity: 'error';
  /** What to do about a miss, for SARIF help text. */
  fix: string;
}

export const THRESHOLD_RULES: readonly ThresholdRule[] = Object.freeze([
  {
    id: 'min-coverage',
    description: "The file's keyword coverage is at least the run's minimum (`--min-coverage`, config `thresholds.minCoverage`).",
    rationale:
      'A CI gate: the run was asked to fail any file whose weighted keyword coverage is below the minimum. ' +
      'A file to which no keyword set applies has no coverage and fails it too ("no keyword set applies"), ' +
      'so a misplaced config can never pass the gate as 0/0 = 100 %.',
    defaultSeverity: 'error',
    fix: 'Use the missing keywords (see the keyword-missing findings), or give the file a keyword set (-k FILE, a config with `keywords`, or front matter `keywords:`).',
  },
  {
    id: 'min-score',
    description: "The file's score (0–100) is at least the run's minimum (`--min-score`, config `thresholds.minScore`).",
    rationale: "A CI gate: the run was asked to fail any file whose score — the weighted mean of its rules' own scores — is below the minimum.",
    defaultSeverity: 'error',
    fix: "Fix the file's other findings: each one raises its rule's score, and so the file's score.",
  },
]);

export type ThresholdRuleId = ThresholdRule['id'];

export function thresholdRuleById(id: string): ThresholdRule | undefined {
  return THRESHOLD_RULES.find((rule) => rule.id === id);
}
