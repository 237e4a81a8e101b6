/**
 * Stable finding fingerprints (README: Report formats › json): a hash of the rule, the path and what the finding is
 * about (its *subject*: the keyword phrase, the heading text, the paragraph's opening words),
 * never its line or its message wording, so a finding keeps its fingerprint when the article is
 * edited elsewhere, and when numbers in the message change (a density of 3.4 % becoming 3.6 %).
 *
 * Used by SARIF `partialFingerprints`, GitLab Code Quality `fingerprint` and `--baseline`.
 *
 * fingerprint = first 32 hex digits of SHA-256 over `v1 \0 ruleId \0 path \0 subject [\0 n]`,
 * where path has forward slashes and no leading "./", the subject is NFC-normalised, lower-cased
 * and whitespace-collapsed, and n (from 2 on) numbers the 2nd, 3rd… finding of one file with the
 * same rule and subject, in position order.
 */
import { hash } from 'node:crypto';
import { compareStrings } from '../compare.js';

const VERSION = 'v1';

/** The path as fingerprints see it: forward slashes, no leading "./" (so `./a.md` = `a.md`). */
export function fingerprintPath(filePath: string): string {
  let shown = filePath.replace(/\\/g, '/');
  while (shown.startsWith('./')) shown = shown.slice(2);
  return shown;
}

/** What a subject compares as: NFC, lower case, runs of whitespace as one space, trimmed. */
export function normalizeSubject(subject: string): string {
  return subject.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The fingerprint of one finding; `occurrence` (1-based) tells apart equal rule+path+subject. */
export function fingerprint(ruleId: string, filePath: string, subject = '', occurrence = 1): string {
  const parts = [VERSION, ruleId, fingerprintPath(filePath), normalizeSubject(subject)];
  if (occurrence > 1) parts.push(String(occurrence));
  // One-shot hash (UTF-8, as Hash.update): a third of createHash's cost per finding.
  return hash('sha256', parts.join('\0'), 'hex').slice(0, 32);
}

/**
 * Fingerprints for one file's findings, given in position order: equal rule + subject pairs are
 * numbered in that order, so each fingerprint of a file is distinct.
 */
export function fingerprintAll(filePath: string, findings: readonly { ruleId: string; subject?: string }[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const subject = normalizeSubject(finding.subject ?? '');
    const key = `${finding.ruleId}\0${subject}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return fingerprint(finding.ruleId, filePath, subject, occurrence);
  });
}

/**
 * A cross-file finding's fingerprint: the rule, every path it names (sorted, so the order the
 * run met them in does not matter) and its subject (e.g. the shared primary keyword).
 */
export function crossFileFingerprint(ruleId: string, paths: readonly string[], subject = ''): string {
  const sorted = paths.map(fingerprintPath).sort(compareStrings);
  return fingerprint(ruleId, sorted.join('\n'), subject);
}
