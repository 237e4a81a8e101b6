// Findings per file (median, p90) and the share of audited files each rule fires on, for the
// closing notes of issue 15 ("one cause, one finding"). Usage:
//   node scripts/findings-stats.mjs <report.json>     (a `seo-audit --format json` report)
// Prints one JSON object; cross-file findings are counted separately.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const files = report.files.filter((file) => file.status === 'passed' || file.status === 'failed');
const counts = files.map((file) => file.findings.filter((f) => !f.baselined).length).sort((a, b) => a - b);
const quantile = (q) => (counts.length === 0 ? null : counts[Math.min(counts.length - 1, Math.ceil(q * counts.length) - 1)]);
const byRule = new Map();
let total = 0;
for (const file of files) {
  const rules = new Set(file.findings.map((f) => f.ruleId));
  total += file.findings.length;
  for (const rule of rules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
}
const share = Object.fromEntries(
  [...byRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => [rule, Math.round((n / files.length) * 1000) / 10]),
);
console.log(
  JSON.stringify(
    { files: files.length, findings: total, median: quantile(0.5), p90: quantile(0.9), crossFile: (report.crossFile ?? []).length, shareOfFilesPercent: share },
    null,
    1,
  ),
);
