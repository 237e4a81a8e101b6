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
import { allRules, compareFindings, compareStrings, displayPath, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { rootRelative } from './repo-root.js';
import type { StreamFormat } from './stream.js';
import type { CrossFileFinding, FileReport, RenderOptions, Report, RuleDescriptor } from './types.js';

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

/** One result before its `ruleIndex` is known. */
interface ResultPart {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  fingerprint: string;
  places: Place[];
  baselined: boolean | undefined;
}

/** The whole SARIF log as an object (the reference the stream is tested against; see `stream`). */
export function toSarif(report: Report, options: RenderOptions): Record<string, unknown> {
  const rules = allRules(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = filesByPath(report);
  const toResult = resultObject(options);
  const results: Record<string, unknown>[] = [];
  for (const file of files) for (const part of fileResults(file, options)) results.push(toResult(part, ruleIndex.get(part.ruleId) ?? -1));
  for (const part of crossFileResults(report.crossFile, options)) results.push(toResult(part, ruleIndex.get(part.ruleId) ?? -1));
  const notifications = files.filter((file) => file.status === 'error').map((file) => notification(file, options));
  return sarifLog(report.tool, rules, notifications, results, options);
}

/**
 * `--format sarif` as a stream (src/report/stream.ts), the same bytes as `render`. Two sections:
 * the invocation's notifications (errored files) and the results. Each file's results are
 * stored with their rule id in place of `ruleIndex` (between NUL characters, which JSON text
 * never holds raw: JSON.stringify escapes them inside strings) and `rewrite` puts the index in,
 * once the rules list is known: the run's rules plus every rule id a finding used (threshold
 * rules, ids from merged shards), as `allRules` makes it. What the rules list needs is noted as
 * the files go by: each such id and its severity where it first occurs in path order.
 */
export function stream(options: RenderOptions): StreamFormat {
  const toResult = resultObject(options);
  /** Rule ids of file findings: severity and path of the first occurrence in path order. */
  const seen = new Map<string, { severity: ActiveSeverity; path: string }>();
  let errored = 0;
  return {
    jsonText: true,
    entry: (file) => {
      for (const finding of file.findings) {
        const known = seen.get(finding.ruleId);
        if (known === undefined || compareStrings(file.path, known.path) < 0) seen.set(finding.ruleId, { severity: finding.severity, path: file.path });
      }
      if (file.status === 'error') {
        errored++;
        return [indentBy(JSON.stringify(notification(file, options), null, 2), NOTIFICATION_INDENT), ''];
      }
      const results = fileResults(file, options).map((part) => {
        const text = JSON.stringify(toResult(part, -1), null, 2);
        // The first `"ruleIndex": -1` is the key's: a JSON string never holds an unescaped quote.
        return indentBy(text.replace(RULE_INDEX_SLOT, `"ruleIndex": \u0000${JSON.stringify(part.ruleId)}\u0000`), RESULT_INDENT);
      });
      return ['', results.join(',\n')];
    },
    layout: (frame) => {
      const byId = new Map<string, RuleDescriptor>(frame.rules.map((rule) => [rule.id, rule]));
      const ordered = [...seen].sort(([, a], [, b]) => compareStrings(a.path, b.path));
      for (const [id, { severity }] of ordered) ensureRule(byId, id, severity);
      for (const finding of frame.crossFile) ensureRule(byId, finding.ruleId, finding.severity);
      const rules = [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
      const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
      const trailing = crossFileResults(frame.crossFile, options).map((part) =>
        indentBy(JSON.stringify(toResult(part, ruleIndex.get(part.ruleId) ?? -1), null, 2), RESULT_INDENT),
      );
      const text = `${JSON.stringify(sarifLog(frame.tool, rules, [], [], options, errored === 0), null, 2)}\n`;
      const notificationsAt = slot(text, NOTIFICATIONS_SLOT);
      const resultsAt = slot(text, RESULTS_SLOT);
      const list = (close: string, trailing: readonly string[]) => ({ open: '\n', separator: ',\n', close, empty: '', trailing });
      return {
        head: text.slice(0, notificationsAt),
        sections: [
          { ...list(`\n${' '.repeat(NOTIFICATION_INDENT - 2)}`, []), after: text.slice(notificationsAt, resultsAt) },
          { ...list(`\n${' '.repeat(RESULT_INDENT - 2)}`, trailing), after: text.slice(resultsAt) },
        ],
        rewrite: (entry) => {
          if (!entry.includes('\u0000')) return entry;
          return entry
            .split('\u0000')
            .map((piece, index) => (index % 2 === 0 ? piece : String(ruleIndex.get(JSON.parse(piece) as string) ?? -1)))
            .join('');
        },
      };
    },
  };
}

/** Where the entries of each list go in the frame's text (both keys are unique in a SARIF log). */
const NOTIFICATIONS_SLOT = '"toolExecutionNotifications": []';
const RESULTS_SLOT = '\n      "results": []';
const RULE_INDEX_SLOT = '"ruleIndex": -1';
/** Indent of a notification (runs[0].invocations[0].toolExecutionNotifications[i]) and of a result (runs[0].results[i]). */
const NOTIFICATION_INDENT = 12;
const RESULT_INDENT = 8;

/** The offset just inside the `[]` of `key` in `text`. */
function slot(text: string, key: string): number {
  const at = text.indexOf(key);
  if (at === -1 || text.indexOf(key, at + 1) !== -1) throw new Error(`sarif stream: no single ${key.trim()} in the frame`);
  return at + key.length - 1;
}

function indentBy(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return `${pad}${text.replace(/\n/g, `\n${pad}`)}`;
}

/** allRules' descriptor for a rule id that only a finding names (the stream's twin of common.ts allRules). */
function ensureRule(byId: Map<string, RuleDescriptor>, id: string, severity: ActiveSeverity): void {
  if (byId.has(id)) return;
  const threshold = thresholdRuleById(id);
  byId.set(id, threshold ? { id, description: threshold.description, defaultSeverity: 'error' } : { id, description: id, defaultSeverity: severity });
}

function sarifLog(
  tool: Report['tool'],
  rules: readonly RuleDescriptor[],
  notifications: readonly Record<string, unknown>[],
  results: readonly Record<string, unknown>[],
  options: RenderOptions,
  successful = notifications.length === 0,
): Record<string, unknown> {
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        informationUri: INFORMATION_URI,
        rules: rules.map(ruleDescriptor),
      },
    },
    invocations: [{ executionSuccessful: successful, toolExecutionNotifications: notifications }],
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

/** A file that could not be audited: an error notification of the invocation. */
function notification(file: FileReport, options: RenderOptions): Record<string, unknown> {
  return {
    level: 'error',
    message: { text: `${file.path}: ${file.error ?? 'could not be audited'}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path, options) } }],
  };
}

/** The results of one file's findings (none for an errored or skipped file), in position order. */
function fileResults(file: FileReport, options: RenderOptions): ResultPart[] {
  if (file.status === 'error' || file.status === 'skipped') return [];
  // With a --baseline the accepted findings are listed too (as "unchanged").
  const visible = visibleFindings(file.findings, options.quiet);
  const findings =
    options.baseline === true
      ? file.findings.filter((finding) => finding.baselined === true && (!options.quiet || finding.severity === 'error')).concat(visible)
      : visible;
  return findings.sort(compareFindings).map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    fingerprint: finding.fingerprint,
    places: [{ path: file.path, line: finding.line, column: finding.column }],
    baselined: finding.baselined,
  }));
}

/** The results of the cross-file findings, in their fixed order, each with its places in URI order. */
function crossFileResults(all: readonly CrossFileFinding[], options: RenderOptions): ResultPart[] {
  const artifact = (path: string): Record<string, string> => artifactLocation(path, options);
  // With a baseline the accepted cross-file findings are listed too (as "unchanged").
  const accepted = new Set(all.filter((finding) => finding.baselined === true).map((finding) => finding.fingerprint));
  const crossFile = visibleCrossFile(options.baseline === true ? all.map((finding) => ({ ...finding, baselined: false })) : all, options.quiet);
  return crossFile.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    fingerprint: finding.fingerprint,
    places: [...finding.locations].sort((a, b) => compare(artifact(a.path)['uri']!, artifact(b.path)['uri']!)),
    baselined: accepted.has(finding.fingerprint),
  }));
}

/** A result object; its key order is the one SARIF consumers have seen so far. */
function resultObject(options: RenderOptions): (part: ResultPart, ruleIndex: number) => Record<string, unknown> {
  // SARIF 2.1.0 §3.27.24: with a --baseline, every result says whether the baseline had it
  // ("unchanged", and suppressed as accepted outside the source) or not ("new").
  const baselineOf = (baselined: boolean | undefined): Record<string, unknown> =>
    options.baseline !== true
      ? {}
      : baselined === true
        ? { baselineState: 'unchanged', suppressions: [{ kind: 'external', justification: 'accepted in the --baseline file' }] }
        : { baselineState: 'new' };
  return (part, ruleIndex) => ({
    ...baselineOf(part.baselined),
    ruleId: part.ruleId,
    ruleIndex,
    level: LEVEL[part.severity],
    message: { text: part.message },
    locations: part.places.map((place) => ({
      physicalLocation: {
        artifactLocation: artifactLocation(place.path, options),
        region: { startLine: place.line, startColumn: place.column },
      },
    })),
    partialFingerprints: { [FINGERPRINT_KEY]: part.fingerprint },
  });
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
