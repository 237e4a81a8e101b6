/**
 * Baselines (SPEC §2): a file of finding fingerprints, one a line, sorted. `--write-baseline`
 * writes every current finding's; `--baseline` marks the findings it lists as `baselined`: they
 * stay in the report but neither count in the summary nor fail a file or the run, so a site can
 * adopt the tool green and fail only on new findings.
 */
import { InputError } from '../errors.js';
import type { Report } from '../report/types.js';
import { READ_LIMITS, readFileBoundedSync } from '../io/read.js';

const FINGERPRINT = /^[0-9a-f]{32}$/;

export const BASELINE_HEADER =
  '# seo-audit baseline: fingerprints of accepted findings, one a line, sorted (seo-audit --write-baseline).';

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The fingerprints of a baseline file's text; `#` comments and blank lines are skipped. */
export function parseBaseline(text: string, file: string): Set<string> {
  const fingerprints = new Set<string>();
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!FINGERPRINT.test(line)) {
      throw new InputError('invalid baseline', `not a finding fingerprint (32 hex digits): ${JSON.stringify(line.slice(0, 40))}`, {
        file,
        line: index + 1,
        column: raw.indexOf(line) + 1,
      });
    }
    fingerprints.add(line);
  });
  return fingerprints;
}

/** Reads a baseline file (`shown` is its name in messages). */
export function readBaseline(path: string, shown: string): Set<string> {
  let text: string;
  try {
    text = readFileBoundedSync(path, READ_LIMITS.baseline).toString('utf8');
  } catch (error) {
    throw new InputError('cannot read baseline', readReason(error), { file: shown });
  }
  return parseBaseline(text, shown);
}

/** Every finding's fingerprint (file and cross-file), sorted and unique. */
export function reportFingerprints(report: Report): string[] {
  const all = new Set<string>();
  for (const file of report.files) for (const finding of file.findings) all.add(finding.fingerprint);
  for (const finding of report.crossFile) all.add(finding.fingerprint);
  return [...all].sort();
}

/** The baseline file's text for a report: a comment line, then one fingerprint a line. */
export function baselineText(report: Report): string {
  const fingerprints = reportFingerprints(report);
  return `${BASELINE_HEADER}\n${fingerprints.map((fingerprint) => `${fingerprint}\n`).join('')}`;
}

/**
 * Marks the findings whose fingerprint is in `baseline` as baselined and recomputes each file's
 * status (failed only by an error that is not baselined). The caller recomputes the summary.
 */
export function markBaselined(report: Report, baseline: ReadonlySet<string>): void {
  for (const file of report.files) {
    if (file.status !== 'passed' && file.status !== 'failed') continue;
    let failing = false;
    for (const finding of file.findings) {
      if (baseline.has(finding.fingerprint)) finding.baselined = true;
      else if (finding.severity === 'error') failing = true;
    }
    file.status = failing ? 'failed' : 'passed';
  }
  for (const finding of report.crossFile) {
    if (baseline.has(finding.fingerprint)) finding.baselined = true;
  }
}
