/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), one run, clean for GitHub code scanning (checked with
 * Microsoft's SARIF Multitool, `validate --rule-kind "Gh;Sarif"`, in tests/report/sarif.test.ts):
 * - every rule has `shortDescription`, `fullDescription`, `help` (text and Markdown, from the
 *   rule's description, rationale, options and examples) and `helpUri` (the README's rule section);
 * - artifact URIs are relative to the repository root (`%SRCROOT%`: the git top level, else the
 *   working directory), forward slashes, percent-encoded; files outside it are `file://` URIs;
 * - every result has a region (cross-file results too: the place in each file) and
 *   `partialFingerprints` (the finding's stable fingerprint, SPEC §7), so alerts survive edits.
 * Files that could not be audited become error notifications of the invocation (no rule made them).
 */
import { pathToFileURL } from 'node:url';
import { ruleById } from '../rules/registry.js';
import { thresholdRuleById } from '../rules/thresholds.js';
import type { ActiveSeverity, RegisteredRule, Severity } from '../rules/types.js';
import { allRules, compareFindings, displayPath, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { rootRelative } from './repo-root.js';
import type { RenderOptions, Report, RuleDescriptor } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/seo-audit';
/** The README's rule section (npm renders the README with GitHub's heading anchors). */
export const RULES_HELP_URI = `${INFORMATION_URI}#rules`;
/** The key of our fingerprint in `partialFingerprints` (versioned like the hash itself). */
export const FINGERPRINT_KEY = 'seoAuditFingerprint/v1';
export const SRCROOT = '%SRCROOT%';

type SarifLevel = 'none' | 'note' | 'warning' | 'error';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

export function render(report: Report, options: RenderOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

interface Place {
  path: string;
  line: number;
  column: number;
}

export function toSarif(report: Report, options: RenderOptions): Record<string, unknown> {
  const rules = allRules(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = filesByPath(report);
  const artifact = (path: string): Record<string, string> => artifactLocation(path, options);

  const results: Record<string, unknown>[] = [];
  // SARIF 2.1.0 §3.27.24: with a --baseline, every result says whether the baseline had it
  // ("unchanged", and suppressed as accepted outside the source) or not ("new").
  const baselineOf = (baselined: boolean | undefined): Record<string, unknown> =>
    options.baseline !== true
      ? {}
      : baselined === true
        ? { baselineState: 'unchanged', suppressions: [{ kind: 'external', justification: 'accepted in the --baseline file' }] }
        : { baselineState: 'new' };
  const shownFindings = <T extends { severity: ActiveSeverity; baselined?: boolean }>(findings: readonly T[], visible: T[]): T[] =>
    options.baseline === true ? findings.filter((finding) => finding.baselined === true && (!options.quiet || finding.severity === 'error')).concat(visible) : visible;
  const result = (ruleId: string, severity: ActiveSeverity, message: string, fingerprint: string, places: Place[], baselined?: boolean): void => {
    results.push({
      ...baselineOf(baselined),
      ruleId,
      ruleIndex: ruleIndex.get(ruleId) ?? -1,
      level: LEVEL[severity],
      message: { text: message },
      locations: places.map((place) => ({
        physicalLocation: {
          artifactLocation: artifact(place.path),
          region: { startLine: place.line, startColumn: place.column },
        },
      })),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    });
  };

  for (const file of files) {
    if (file.status === 'error' || file.status === 'skipped') continue;
    const findings = shownFindings(file.findings, visibleFindings(file.findings, options.quiet)).sort(compareFindings);
    for (const finding of findings) {
      result(finding.ruleId, finding.severity, finding.message, finding.fingerprint, [
        { path: file.path, line: finding.line, column: finding.column },
      ], finding.baselined);
    }
  }
  // With a baseline the accepted cross-file findings are listed too (as "unchanged").
  const accepted = new Set(report.crossFile.filter((finding) => finding.baselined === true).map((finding) => finding.fingerprint));
  const crossFile = visibleCrossFile(options.baseline === true ? report.crossFile.map((finding) => ({ ...finding, baselined: false })) : report.crossFile, options.quiet);
  for (const finding of crossFile) {
    const places = [...finding.locations].sort((a, b) => compare(artifact(a.path)['uri']!, artifact(b.path)['uri']!));
    result(finding.ruleId, finding.severity, finding.message, finding.fingerprint, places, accepted.has(finding.fingerprint));
  }

  const notifications = files
    .filter((file) => file.status === 'error')
    .map((file) => ({
      level: 'error',
      message: { text: `${file.path}: ${file.error ?? 'could not be audited'}` },
      locations: [{ physicalLocation: { artifactLocation: artifact(file.path) } }],
    }));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: rules.map(ruleDescriptor),
      },
    },
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
  };
  if (options.root !== undefined) {
    // A directory URI ends with "/" (SARIF §3.14.14), or relative URIs would resolve beside it.
    const href = pathToFileURL(options.root).href;
    run['originalUriBaseIds'] = { [SRCROOT]: { uri: href.endsWith('/') ? href : `${href}/` } };
  }
  run['columnKind'] = 'utf16CodeUnits';
  run['results'] = results;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `{ uri, uriBaseId }` for a file inside the repository root, else `{ uri }` (see toUri). */
function artifactLocation(filePath: string, options: RenderOptions): Record<string, string> {
  const inRoot = rootRelative(filePath, options.cwd, options.root);
  if (inRoot !== null) return { uri: encodePath(inRoot), uriBaseId: SRCROOT };
  const uri = toUri(filePath, options.cwd);
  return uri.startsWith('file://') ? { uri } : { uri, uriBaseId: SRCROOT };
}

/** The reporting descriptor of one rule: GitHub requires fullDescription and help. */
export function ruleDescriptor(descriptor: RuleDescriptor): Record<string, unknown> {
  const help = ruleHelp(descriptor);
  return {
    id: descriptor.id,
    shortDescription: { text: descriptor.description },
    fullDescription: { text: help.full },
    defaultConfiguration: { level: LEVEL[descriptor.defaultSeverity] },
    helpUri: RULES_HELP_URI,
    help: { text: help.text, markdown: help.markdown },
    properties: { tags: ['seo'] },
  };
}

interface Help {
  full: string;
  text: string;
  markdown: string;
}

/** Help from the rule's own words: description, rationale, options, and its examples. */
export function ruleHelp(descriptor: RuleDescriptor): Help {
  const rule = ruleById(descriptor.id);
  const threshold = thresholdRuleById(descriptor.id);
  const description = rule?.description ?? threshold?.description ?? descriptor.description;
  const rationale = rule?.rationale ?? threshold?.rationale ?? null;
  const full = rationale === null ? description : `${description} ${rationale}`;

  const text: string[] = [description];
  const md: string[] = [description];
  if (rationale !== null) {
    text.push('', `Why: ${rationale}`);
    md.push('', `**Why:** ${rationale}`);
  }
  if (threshold !== undefined) {
    text.push('', `Fix: ${threshold.fix}`);
    md.push('', `**Fix:** ${threshold.fix}`);
  }
  if (rule !== undefined) {
    const options = optionLines(rule);
    if (options.length > 0) {
      text.push('', 'Options:', ...options.map((line) => `- ${line}`));
      md.push('', '**Options:**', '', ...options.map((line) => `- ${line}`));
    }
    const examples = exampleSources(rule);
    if (examples.invalid !== null) {
      text.push('', 'Reported for:', indent(examples.invalid));
      md.push('', '**Reported for:**', '', fence(examples.invalid));
    }
    if (examples.valid !== null) {
      text.push('', 'Not reported for:', indent(examples.valid));
      md.push('', '**Not reported for:**', '', fence(examples.valid));
    }
  }
  text.push('', `More: ${RULES_HELP_URI}`);
  md.push('', `See the [rule table](${RULES_HELP_URI}) in the README.`);
  return { full, text: text.join('\n'), markdown: md.join('\n') };
}

function optionLines(rule: RegisteredRule): string[] {
  const defaults = rule.defaults as Record<string, unknown>;
  return Object.entries(rule.options as Record<string, { description: string }>).map(
    ([name, spec]) => `${name} (default ${JSON.stringify(defaults[name])}): ${spec.description}`,
  );
}

/** The first invalid and valid example's source (the first file's, for a cross-file rule). */
function exampleSources(rule: RegisteredRule): { invalid: string | null; valid: string | null } {
  const first = (list: readonly unknown[]): string | null => {
    const example = list[0] as { source?: string; files?: { source: string }[] } | undefined;
    if (example === undefined) return null;
    if (typeof example.source === 'string') return example.source;
    return example.files?.map((file) => file.source).join('\n') ?? null;
  };
  return { invalid: first(rule.examples.invalid), valid: first(rule.examples.valid) };
}

function indent(source: string): string {
  return source
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** A fenced block longer than any backtick run in the example, so the example cannot close it. */
function fence(source: string): string {
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}text\n${source.replace(/\n$/, '')}\n${marks}`;
}

/** Percent-encodes each segment of a forward-slash path. */
function encodePath(shown: string): string {
  return shown
    .split('/')
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}

/**
 * A relative URI reference for a path: forward slashes, each segment percent-encoded (spaces,
 * `#`, `?`, `%`, non-ASCII), absolute paths outside `cwd` as `file://` URIs.
 */
export function toUri(filePath: string, cwd?: string): string {
  const shown = displayPath(filePath, cwd);
  const absolute = shown.startsWith('/') || /^[A-Za-z]:\//.test(shown);
  const encoded = encodePath(shown);
  // encodeURIComponent also encodes ":", so a relative path can never read as a URI scheme.
  return absolute ? `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` : encoded;
}
