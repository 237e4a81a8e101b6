import { basename, dirname, resolve } from 'node:path';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document as YamlDocument, Node as YamlNode, YAMLMap } from 'yaml';
import { fileErrorReason, InputError } from '../errors.js';
import { MATCH_MODES } from '../keywords/types.js';
import type { MatchMode } from '../keywords/types.js';
import { ALL_RULES, ruleById, validateRuleOptions } from '../rules/registry.js';
import { SEVERITIES } from '../rules/types.js';
import type { Severity } from '../rules/types.js';
import { PACKAGE_JSON_KEY } from './discover.js';
import { PERCENT_OR_RATIO_REASON, ratioFrom } from './percent.js';
import { FRONT_MATTER_FIELDS, TEMPLATE_KINDS } from './types.js';
import type { ConfigLayer, FrontMatterMap, Override, RuleSetting, SiteSettings, TemplateKind, TemplatesSetting, Thresholds } from './types.js';
import { globHazard } from '../io/glob.js';
import { READ_LIMITS, readFileBoundedSync } from '../io/read.js';

export const TOP_LEVEL_KEYS = [
  'keywords',
  'match',
  'thresholds',
  'rules',
  'ignore',
  'overrides',
  'extends',
  'root',
  'titleAsH1',
  'mdx',
  'templates',
  'language',
  'frontMatter',
  'site',
] as const;
const SITE_KEYS = ['contentRoot', 'baseUrl', 'entryPages'] as const;
const THRESHOLD_KEYS = ['minCoverage', 'minScore', 'maxWarnings'] as const;
const OVERRIDE_KEYS = ['files', 'keywords', 'match', 'rules'] as const;

/** Levenshtein distance; ids and keys are short, so the quadratic table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo (ties: first in list). */
export function closest(input: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : null;
}

function quoteList(values: readonly string[]): string {
  return values.join(', ');
}

/** Walks the parsed YAML tree; every failure names the key path and points at the node. */
class Validator {
  constructor(
    private readonly file: string,
    private readonly doc: YamlDocument,
    private readonly lineCounter: LineCounter,
  ) {}

  fail(node: YamlNode | null | undefined, keyPath: string, reason: string): never {
    const offset = node?.range?.[0];
    const location =
      offset === undefined
        ? { file: this.file }
        : (({ line, col }) => ({ file: this.file, line, column: col }))(this.lineCounter.linePos(offset));
    throw new InputError('invalid config', `${keyPath}: ${reason}`, location);
  }

  /** Aliases (`*anchor`) stand for the node they name. */
  deref(node: unknown): YamlNode | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return (node.resolve(this.doc) as YamlNode | undefined) ?? null;
    return node as YamlNode;
  }

  /** Entries of a mapping as [key, key node, value node]; keys must be plain scalars. */
  entries(map: YAMLMap, keyPath: string): [string, YamlNode, YamlNode | null][] {
    return map.items.map((pair) => {
      const keyNode = this.deref(pair.key);
      if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
        this.fail(keyNode ?? map, keyPath || '(root)', 'keys must be plain strings');
      }
      return [String(keyNode.value), keyNode, this.deref(pair.value)];
    });
  }

  /** Rejects unknown keys, suggesting the nearest allowed one. */
  checkKeys(map: YAMLMap, keyPath: string, allowed: readonly string[]): Map<string, YamlNode | null> {
    const values = new Map<string, YamlNode | null>();
    for (const [key, keyNode, value] of this.entries(map, keyPath)) {
      // Editors read `$schema` (JSON configs); it carries no setting.
      if (keyPath === '' && key === '$schema') {
        this.string(value, key);
        continue;
      }
      if (!allowed.includes(key)) {
        const suggestion = closest(key, allowed);
        const hint = suggestion ? `did you mean "${suggestion}"?` : `allowed keys: ${quoteList(allowed)}`;
        this.fail(keyNode, join(keyPath, key), `unknown key (${hint})`);
      }
      values.set(key, value);
    }
    return values;
  }

  mapping(node: YamlNode | null, keyPath: string): YAMLMap {
    if (!isMap(node)) this.fail(node, keyPath, 'must be a mapping');
    return node;
  }

  string(node: YamlNode | null, keyPath: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      this.fail(node, keyPath, 'must be a non-empty string');
    }
    return node.value;
  }

  matchMode(node: YamlNode | null, keyPath: string): MatchMode {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'string' || !(MATCH_MODES as readonly string[]).includes(value)) {
      this.fail(node, keyPath, `must be one of ${quoteList(MATCH_MODES)}${got(value)}`);
    }
    return value as MatchMode;
  }

  globs(node: YamlNode | null, keyPath: string): string[] {
    if (!isSeq(node)) this.fail(node, keyPath, 'must be an array of glob strings');
    return node.items.map((item, index) => {
      const glob = this.deref(item);
      if (!isScalar(glob) || typeof glob.value !== 'string' || glob.value.trim() === '') {
        this.fail(glob ?? node, `${keyPath}[${index}]`, 'must be a non-empty glob string');
      }
      // README: Configuration (globs): nested repetitions are refused, they backtrack exponentially.
      const hazard = globHazard(glob.value);
      if (hazard !== null) this.fail(glob, `${keyPath}[${index}]`, `unsafe glob "${glob.value}": ${hazard}`);
      return glob.value;
    });
  }

  thresholds(node: YamlNode | null, keyPath: string): Partial<Thresholds> {
    const values = this.checkKeys(this.mapping(node, keyPath), keyPath, THRESHOLD_KEYS);
    const thresholds: Partial<Thresholds> = {};
    for (const [key, value] of values) {
      // `minScore:` with no value (null) explicitly means "no threshold", also over an extended or outer config's.
      const raw = value === null ? null : isScalar(value) ? value.value : undefined;
      if (raw === null) {
        thresholds[key as keyof Thresholds] = null;
        continue;
      }
      const path = join(keyPath, key);
      if (key === 'minCoverage') {
        const ratio = ratioFrom(raw);
        if (ratio === null) this.fail(value, path, PERCENT_OR_RATIO_REASON);
        thresholds.minCoverage = ratio;
      } else if (key === 'minScore') {
        if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > 100) {
          this.fail(value, path, 'must be a number between 0 and 100');
        }
        thresholds.minScore = raw;
      } else {
        if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) {
          this.fail(value, path, 'must be an integer >= 0');
        }
        thresholds.maxWarnings = raw;
      }
    }
    return thresholds;
  }

  severity(node: YamlNode | null, keyPath: string): Severity {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) {
      this.fail(node, keyPath, `severity must be one of ${quoteList(SEVERITIES)}${got(value)}`);
    }
    return value as Severity;
  }

  rules(node: YamlNode | null, keyPath: string): Record<string, RuleSetting> {
    const map = this.mapping(node, keyPath);
    const rules: Record<string, RuleSetting> = {};
    for (const [id, keyNode, value] of this.entries(map, keyPath)) {
      const path = join(keyPath, id);
      const rule = ruleById(id);
      if (!rule) {
        const suggestion = closest(
          id,
          ALL_RULES.map((known) => known.id),
        );
        const hint = suggestion ? `did you mean "${suggestion}"?` : 'run `seo-audit rules` to list them';
        this.fail(keyNode, path, `unknown rule (${hint})`);
      }
      if (isSeq(value)) {
        if (value.items.length < 1 || value.items.length > 2) {
          this.fail(value, path, 'must be a severity or [severity] or [severity, { options }]');
        }
        const severity = this.severity(this.deref(value.items[0]), `${path}[0]`);
        let options: Record<string, unknown> = {};
        if (value.items.length === 2) {
          const optionsNode = this.deref(value.items[1]);
          const optionsPath = `${path}[1]`;
          const optionsMap = this.mapping(optionsNode, optionsPath);
          options = optionsMap.toJS(this.doc) as Record<string, unknown>;
          const problem = validateRuleOptions(rule, options);
          if (problem !== null) {
            // Point at the offending option when it is wrong on its own (not only in combination, like min > max).
            for (const [name, nameNode, optionValue] of this.entries(optionsMap, optionsPath)) {
              if (validateRuleOptions(rule, { [name]: options[name] }) !== null) {
                this.fail(optionValue ?? nameNode, join(optionsPath, name), problem);
              }
            }
            this.fail(optionsNode, optionsPath, problem);
          }
        }
        rules[id] = { severity, options };
      } else if (isScalar(value) && typeof value.value === 'string') {
        rules[id] = { severity: this.severity(value, path), options: {} };
      } else {
        this.fail(value ?? keyNode, path, 'must be a severity or [severity] or [severity, { options }]');
      }
    }
    return rules;
  }

  overrides(node: YamlNode | null, keyPath: string, dir: string): Override[] {
    if (!isSeq(node)) this.fail(node, keyPath, 'must be an array of { files, keywords, match, rules }');
    return node.items.map((item, index) => {
      const itemPath = `${keyPath}[${index}]`;
      const map = this.mapping(this.deref(item) ?? node, itemPath);
      const values = this.checkKeys(map, itemPath, OVERRIDE_KEYS);
      if (!values.has('files')) this.fail(map, join(itemPath, 'files'), 'is required');
      const files = this.globs(values.get('files') ?? null, join(itemPath, 'files'));
      if (files.length === 0) this.fail(values.get('files'), join(itemPath, 'files'), 'must list at least one glob');
      const override: Override = { files, base: dir };
      if (values.has('keywords')) {
        override.keywords = resolve(dir, this.string(values.get('keywords') ?? null, join(itemPath, 'keywords')));
      }
      if (values.has('match')) override.match = this.matchMode(values.get('match') ?? null, join(itemPath, 'match'));
      if (values.has('rules')) override.rules = this.rules(values.get('rules') ?? null, join(itemPath, 'rules'));
      return override;
    });
  }

  boolean(node: YamlNode | null, keyPath: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, keyPath, `must be true or false${got(isScalar(node) ? node.value : undefined)}`);
    return node.value;
  }

  /** `extends: name` or `extends: [name, ...]`: preset names or config file paths. */
  extendsList(node: YamlNode | null, keyPath: string): string[] {
    if (isScalar(node)) return [this.string(node, keyPath)];
    if (!isSeq(node)) this.fail(node, keyPath, 'must be a preset name or config file, or an array of them');
    return node.items.map((item, index) => this.string(this.deref(item) ?? node, `${keyPath}[${index}]`));
  }

  templates(node: YamlNode | null, keyPath: string): TemplatesSetting {
    if (isScalar(node) && (node.value === 'auto' || node.value === 'none')) return node.value;
    if (!isSeq(node)) this.fail(node, keyPath, `must be auto, none or a list of ${quoteList(TEMPLATE_KINDS)}${got(isScalar(node) ? node.value : undefined)}`);
    const kinds: TemplateKind[] = [];
    node.items.forEach((item, index) => {
      const kind = this.deref(item);
      const value = isScalar(kind) ? kind.value : undefined;
      if (typeof value !== 'string' || !(TEMPLATE_KINDS as readonly string[]).includes(value)) {
        this.fail(kind ?? node, `${keyPath}[${index}]`, `must be one of ${quoteList(TEMPLATE_KINDS)}${got(value)}`);
      }
      if (!kinds.includes(value as TemplateKind)) kinds.push(value as TemplateKind);
    });
    return kinds;
  }

  language(node: YamlNode | null, keyPath: string): string {
    const value = this.string(node, keyPath);
    if (value === 'auto') return value;
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical !== undefined) return canonical;
    } catch {
      // falls through to the error below
    }
    this.fail(node, keyPath, `must be auto or a BCP 47 language tag such as en or pt-BR${got(value)}`);
  }

  frontMatter(node: YamlNode | null, keyPath: string): Partial<FrontMatterMap> {
    const values = this.checkKeys(this.mapping(node, keyPath), keyPath, FRONT_MATTER_FIELDS);
    const map: Partial<FrontMatterMap> = {};
    for (const [field, value] of values) {
      const path = join(keyPath, field);
      if (isScalar(value)) {
        map[field as keyof FrontMatterMap] = [this.string(value, path)];
        continue;
      }
      if (!isSeq(value)) this.fail(value, path, 'must be a field name or an array of field names');
      map[field as keyof FrontMatterMap] = value.items.map((item, index) => this.string(this.deref(item) ?? value, `${path}[${index}]`));
    }
    return map;
  }

  site(node: YamlNode | null, keyPath: string, dir: string): Partial<SiteSettings> {
    const values = this.checkKeys(this.mapping(node, keyPath), keyPath, SITE_KEYS);
    const site: Partial<SiteSettings> = {};
    for (const [key, value] of values) {
      const path = join(keyPath, key);
      if (key === 'entryPages') {
        site.entryPages = this.globs(value, path);
        continue;
      }
      const text = this.string(value, path);
      if (key === 'contentRoot') {
        site.contentRoot = resolve(dir, text);
      } else {
        let url: URL | null = null;
        try {
          url = new URL(text);
        } catch {
          url = null;
        }
        if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
          this.fail(value, path, `must be an absolute http(s) URL such as "https://example.com"${got(text)}`);
        }
        site.baseUrl = text;
      }
    }
    return site;
  }

  config(root: YamlNode | null, rootLabel: string, file: string, path: string, dir: string): ConfigLayer {
    const layer = emptyLayer(file, path, dir);
    // An empty file (or one with only comments) is an empty config.
    if (root === null || (isScalar(root) && root.value === null)) return layer;
    if (!isMap(root)) this.fail(root, rootLabel, 'must be a mapping of config keys');
    for (const [key, value] of this.checkKeys(root, '', TOP_LEVEL_KEYS)) {
      switch (key) {
        case 'keywords':
          layer.keywords = resolve(dir, this.string(value, key));
          break;
        case 'match':
          layer.match = this.matchMode(value, key);
          break;
        case 'thresholds':
          layer.thresholds = this.thresholds(value, key);
          break;
        case 'rules':
          layer.rules = this.rules(value, key);
          break;
        case 'ignore':
          layer.ignore = this.globs(value, key);
          break;
        case 'overrides':
          layer.overrides = this.overrides(value, key, dir);
          break;
        case 'extends':
          layer.extends = this.extendsList(value, key);
          break;
        case 'root':
          layer.root = this.boolean(value, key);
          break;
        case 'titleAsH1':
          layer.titleAsH1 = this.boolean(value, key);
          break;
        case 'mdx':
          layer.mdx = this.globs(value, key);
          break;
        case 'templates':
          layer.templates = this.templates(value, key);
          break;
        case 'language':
          layer.language = this.language(value, key);
          break;
        case 'frontMatter':
          layer.frontMatter = this.frontMatter(value, key);
          break;
        case 'site':
          layer.site = this.site(value, key, dir);
          break;
      }
    }
    return layer;
  }
}

/** A layer that sets nothing. */
export function emptyLayer(file: string, path: string | null, dir: string): ConfigLayer {
  return { file, path, dir: resolve(dir), root: false, extends: [], thresholds: {}, rules: {}, ignore: [], overrides: [] };
}

function join(keyPath: string, key: string): string {
  return keyPath ? `${keyPath}.${key}` : key;
}

function got(value: unknown): string {
  return value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
}

function readReason(error: unknown): string {
  return fileErrorReason(error, { ENOENT: 'no such file' });
}

/**
 * Reads and validates the one config file at `path` (absolute); `display` is the name used in
 * messages. Its `extends` are not followed here (see ConfigResolver).
 */
export function loadConfigLayer(path: string, display: string): ConfigLayer {
  let source: string;
  try {
    source = readFileBoundedSync(path, READ_LIMITS.config).toString('utf8');
  } catch (error) {
    throw new InputError('cannot read config', readReason(error), { file: display });
  }
  const lineCounter = new LineCounter();
  // JSON is YAML, so one parser gives positions for both formats.
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const position = syntaxError.linePos?.[0];
    // The library appends " at line L, column C:" and a code excerpt; the location goes in front instead.
    const reason = syntaxError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(
      'invalid config',
      `syntax error: ${reason}`,
      position ? { file: display, line: position.line, column: position.col } : { file: display },
    );
  }
  // An alias whose anchor is not defined before it: named with its position, not as whatever
  // type error the key it stands under would give (issue 16).
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        const at = alias.range?.[0];
        const position = at === undefined ? null : lineCounter.linePos(at);
        throw new InputError(
          'invalid config',
          `undefined alias "*${alias.source}" (no anchor "&${alias.source}" is set before it)`,
          position ? { file: display, line: position.line, column: position.col } : { file: display },
        );
      }
    },
  });
  const validator = new Validator(display, doc, lineCounter);
  const dir = dirname(path);
  let root = validator.deref(doc.contents);
  let rootLabel = '(root)';
  if (basename(path) === 'package.json') {
    const pkg = validator.mapping(root, '(root)');
    if (!pkg.has(PACKAGE_JSON_KEY)) {
      throw new InputError('invalid config', `package.json has no "${PACKAGE_JSON_KEY}" key`, { file: display });
    }
    root = validator.deref(pkg.get(PACKAGE_JSON_KEY, true));
    rootLabel = PACKAGE_JSON_KEY;
  }
  return validator.config(root, rootLabel, display, path, dir);
}
