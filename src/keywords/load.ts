/**
 * Keyword sets from YAML, JSON, TXT and front matter (README: Keyword sets). Every file
 * format ends up as a plain value validated by one function, which asks a
 * format-specific `locate` for the line/column of the offending key.
 */
import { basename, extname } from 'node:path';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document as YamlDocument, Node as YamlNode } from 'yaml';
import { fileErrorReason, InputError, UsageError } from '../errors.js';
import { en } from '../language/en.js';
import { languageFor } from '../language/registry.js';
import type { Language } from '../language/types.js';
import { words } from '../text/tokenize.js';
import { MATCH_MODES } from './types.js';
import type { Keyword, KeywordGroup, KeywordSet, MatchMode } from './types.js';
import type { FrontMatterYaml } from '../document/model.js';
import { READ_LIMITS, readFileBoundedSync } from '../io/read.js';

export const DEFAULT_DENSITY = { min: 0.5, max: 3 } as const;
export const DEFAULT_MATCH: MatchMode = 'forms';
const TOP_LEVEL_KEYS = ['name', 'language', 'primary', 'density', 'groups', 'keywords'];
const GROUP_KEYS = ['section', 'keywords'];
const KEYWORD_KEYS = ['phrase', 'match', 'min', 'max', 'weight'];
const DENSITY_KEYS = ['min', 'max'];
const WHAT = 'invalid keyword set';

type PathPart = string | number;
type Locate = (path: PathPart[], at: 'key' | 'value') => { line: number; column: number } | undefined;

/** Double quotes around a phrase, straight or curly: exact matching only. */
const QUOTED = /^\s*["\u201C\u201D\u201E]([\s\S]*)["\u201C\u201D\u201E]\s*$/;

/** The phrase as written (quotes stripped) and whether it was quoted. */
export function unquotePhrase(raw: string): { phrase: string; quoted: boolean } {
  const m = QUOTED.exec(raw);
  if (m && raw.trim().length >= 2) return { phrase: m[1]!.trim(), quoted: true };
  return { phrase: raw.trim(), quoted: false };
}

/** Identity of a phrase for duplicate detection: its normalised words. */
export function phraseKey(phrase: string): string {
  // A run of combining marks alone is a token whose normal form is empty.
  return words(phrase).filter((w) => w !== '').join(' ');
}

function pathText(path: PathPart[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a plain keyword-set value and builds the KeywordSet. */
class SetBuilder {
  private readonly keywords: Keyword[] = [];
  private readonly seen = new Map<string, string>();
  private readonly warnings: string[] = [];
  /** The set's language once read (its function words decide the only-function-words warning). */
  language: Language = en;

  constructor(
    private readonly file: string,
    private readonly locate: Locate,
  ) {}

  fail(path: PathPart[], reason: string, at: 'key' | 'value' = 'value'): never {
    const where = this.locate(path, at);
    throw new InputError(WHAT, `${pathText(path)}: ${reason}`, { file: this.file, ...where });
  }

  private string(value: unknown, path: PathPart[]): string {
    if (typeof value !== 'string') this.fail(path, `expected a string, got ${typeName(value)}`);
    return value;
  }

  private checkKeys(value: Record<string, unknown>, allowed: string[], path: PathPart[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.fail([...path, key], `unknown key (expected one of ${allowed.join(', ')})`, 'key');
      }
    }
  }

  private nonNegativeInteger(value: unknown, path: PathPart[]): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(path, `expected a non-negative integer, got ${typeof value === 'number' ? value : typeName(value)}`);
    }
    return value;
  }

  keyword(value: unknown, path: PathPart[], group: string | null): void {
    let raw: string;
    let match: MatchMode | undefined;
    let min = 1;
    let max: number | null = null;
    let weight = 1;
    let phrasePath = path;
    if (typeof value === 'string') {
      raw = value;
    } else if (isRecord(value)) {
      this.checkKeys(value, KEYWORD_KEYS, path);
      phrasePath = [...path, 'phrase'];
      if (!('phrase' in value)) this.fail(path, 'missing phrase');
      raw = this.string(value.phrase, phrasePath);
      if (value.match !== undefined) {
        if (!MATCH_MODES.includes(value.match as MatchMode)) {
          this.fail([...path, 'match'], `expected one of ${MATCH_MODES.join(', ')}, got ${JSON.stringify(value.match)}`);
        }
        match = value.match as MatchMode;
      }
      if (value.min !== undefined) min = this.nonNegativeInteger(value.min, [...path, 'min']);
      if (value.max !== undefined && value.max !== null) max = this.nonNegativeInteger(value.max, [...path, 'max']);
      if (max !== null && min > max) this.fail(path, `min ${min} is greater than max ${max}`);
      if (value.weight !== undefined) {
        if (typeof value.weight !== 'number' || !Number.isFinite(value.weight) || value.weight <= 0) {
          this.fail([...path, 'weight'], `expected a positive number, got ${typeof value.weight === 'number' ? value.weight : typeName(value.weight)}`);
        }
        weight = value.weight;
      }
    } else {
      this.fail(path, `expected a phrase (a string or a mapping with phrase), got ${typeName(value)}`);
    }
    const { phrase, quoted } = unquotePhrase(raw);
    if (quoted && match !== undefined && match !== 'exact') {
      this.fail([...path, 'match'], `a quoted phrase is always matched exact, not ${match}`);
    }
    this.add({ phrase, quoted, match: quoted ? 'exact' : (match ?? DEFAULT_MATCH), min, max, weight, group, primary: false }, phrasePath);
  }

  add(keyword: Keyword, path: PathPart[]): void {
    if (keyword.phrase === '') this.fail(path, 'empty phrase');
    const key = phraseKey(keyword.phrase);
    if (key === '') this.fail(path, `phrase ${JSON.stringify(keyword.phrase)} has no words`);
    const first = this.seen.get(key);
    if (first !== undefined) this.fail(path, `duplicate phrase ${JSON.stringify(keyword.phrase)} (first at ${first})`);
    this.seen.set(key, this.describeFirst(path));
    if (key.split(' ').every((w) => this.language.functionWords.has(w))) {
      this.warnings.push(
        `${pathText(path)}: ${JSON.stringify(keyword.phrase)} has only function words; sentence mode matches all of its words`,
      );
    }
    this.keywords.push(keyword);
  }

  private describeFirst(path: PathPart[]): string {
    const where = this.locate(path, 'value');
    const text = pathText(path);
    // TXT paths are already "line N".
    return where && !text.startsWith('line ') ? `${text}, line ${where.line}` : text;
  }

  /** The whole-set value: a YAML/JSON mapping. */
  set(value: unknown, defaultName: string): KeywordSet {
    if (!isRecord(value)) this.fail([], `expected a mapping with groups or keywords, got ${typeName(value)}`);
    this.checkKeys(value, TOP_LEVEL_KEYS, []);
    const name = value.name === undefined ? defaultName : this.string(value.name, ['name']);
    const language = value.language === undefined || value.language === null ? null : this.string(value.language, ['language']);
    if (language !== null) this.language = languageFor(language);
    const primary = value.primary === undefined || value.primary === null ? null : this.string(value.primary, ['primary']);
    const density = this.density(value.density);

    const groups: KeywordGroup[] = [];
    if (value.groups !== undefined && value.groups !== null) {
      if (!isRecord(value.groups)) this.fail(['groups'], `expected a mapping of group names, got ${typeName(value.groups)}`);
      for (const [groupName, body] of Object.entries(value.groups)) {
        const path: PathPart[] = ['groups', groupName];
        let section: string | null = null;
        let list: unknown;
        if (Array.isArray(body)) {
          list = body;
        } else if (isRecord(body)) {
          this.checkKeys(body, GROUP_KEYS, path);
          if (body.section !== undefined && body.section !== null) section = this.string(body.section, [...path, 'section']);
          if (section !== null && phraseKey(section) === '') this.fail([...path, 'section'], 'section has no words');
          list = body.keywords ?? [];
        } else {
          this.fail(path, `expected a mapping with section and keywords, got ${typeName(body)}`);
        }
        if (!Array.isArray(list)) this.fail([...path, 'keywords'], `expected a list, got ${typeName(list)}`);
        const before = this.keywords.length;
        list.forEach((item, i) => this.keyword(item, [...path, 'keywords', i], groupName));
        groups.push({ name: groupName, section, keywords: this.keywords.slice(before) });
      }
    }
    if (value.keywords !== undefined && value.keywords !== null) {
      if (!Array.isArray(value.keywords)) this.fail(['keywords'], `expected a list, got ${typeName(value.keywords)}`);
      value.keywords.forEach((item, i) => this.keyword(item, ['keywords', i], null));
    }
    if (primary !== null) {
      const { phrase, quoted } = unquotePhrase(primary);
      if (phraseKey(phrase) === '') this.fail(['primary'], `phrase ${JSON.stringify(primary)} has no words`);
      this.ensurePrimary(phrase, quoted, ['primary']);
    }
    return this.finish(name, language, density, groups);
  }

  private density(value: unknown): { min: number; max: number } {
    if (value === undefined || value === null) return { ...DEFAULT_DENSITY };
    if (!isRecord(value)) this.fail(['density'], `expected a mapping with min and max, got ${typeName(value)}`);
    this.checkKeys(value, DENSITY_KEYS, ['density']);
    const out: { min: number; max: number } = { ...DEFAULT_DENSITY };
    for (const key of ['min', 'max'] as const) {
      const v = value[key];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        this.fail(['density', key], `expected a non-negative number (percent), got ${typeof v === 'number' ? v : typeName(v)}`);
      }
      out[key] = v;
    }
    if (out.min > out.max) this.fail(['density'], `min ${out.min} is greater than max ${out.max}`);
    return out;
  }

  /** Marks the keyword with this phrase primary, adding it ungrouped when the set lacks it. */
  ensurePrimary(phrase: string, quoted: boolean, path: PathPart[]): void {
    const key = phraseKey(phrase);
    let keyword = this.keywords.find((k) => phraseKey(k.phrase) === key);
    if (!keyword) {
      keyword = { phrase, quoted, match: quoted ? 'exact' : DEFAULT_MATCH, min: 1, max: null, weight: 1, group: null, primary: false };
      this.add(keyword, path);
    }
    for (const k of this.keywords) k.primary = false;
    keyword.primary = true;
  }

  finish(name: string, language: string | null, density: { min: number; max: number }, groups: KeywordGroup[]): KeywordSet {
    if (this.keywords.length > 0 && !this.keywords.some((k) => k.primary)) this.keywords[0]!.primary = true;
    // Set order: groups first (in file order), ungrouped keywords last.
    const ordered = [...groups.flatMap((g) => g.keywords), ...this.keywords.filter((k) => k.group === null)];
    return {
      name,
      language,
      primary: ordered.find((k) => k.primary)?.phrase ?? null,
      density,
      groups,
      keywords: ordered,
      source: this.file,
      warnings: [...this.warnings],
    };
  }
}

function setName(file: string): string {
  return basename(file, extname(file));
}

/** Line/column lookups along a key path in a parsed YAML (or JSON) document. */
function yamlLocator(doc: YamlDocument, lines: LineCounter): Locate {
  return (path, at) => {
    let node: unknown = doc.contents;
    let keyNode: unknown = null;
    for (const part of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        keyNode = null;
        node = node.items[part];
      } else {
        break;
      }
    }
    const target = (at === 'key' && keyNode ? keyNode : node) as YamlNode | null | undefined;
    const offset = target?.range?.[0] ?? (keyNode as YamlNode | null)?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/** A keyword set from YAML or JSON text (JSON is parsed as YAML 1.2 for node positions). */
export function keywordSetFromYaml(text: string, file: string): KeywordSet {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(WHAT, `${problem.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error'}: ${message}`, {
      file,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(WHAT, `cannot read the document: ${(error as Error).message}`, { file });
  }
  return new SetBuilder(file, yamlLocator(doc, lines)).set(value, setName(file));
}

/** One keyword a line, `#` comments, blank lines skipped, the first keyword primary. */
export function keywordSetFromTxt(text: string, file: string): KeywordSet {
  let lineNo = 0;
  let column = 1;
  const builder = new SetBuilder(file, () => ({ line: lineNo, column }));
  for (const line of text.split(/\r\n|\r|\n/)) {
    lineNo++;
    // A `#` starts a comment at the line start or after whitespace ("C# basics" stays a phrase).
    const body = line.replace(/(^|\s)#.*$/, '');
    if (body.trim() === '') continue;
    column = body.length - body.trimStart().length + 1;
    const { phrase, quoted } = unquotePhrase(body);
    builder.add(
      { phrase, quoted, match: quoted ? 'exact' : DEFAULT_MATCH, min: 1, max: null, weight: 1, group: null, primary: false },
      [`line ${lineNo}`],
    );
  }
  return builder.finish(setName(file), null, { ...DEFAULT_DENSITY }, []);
}

/** Text of a keyword set in the given format ('yaml' covers JSON too). */
export function keywordSetFromText(text: string, format: 'yaml' | 'json' | 'txt', file: string): KeywordSet {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === 'txt' ? keywordSetFromTxt(clean, file) : keywordSetFromYaml(clean, file);
}

export function keywordSetFormat(file: string): 'yaml' | 'json' | 'txt' | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.txt') return 'txt';
  return null;
}

export function loadKeywordSet(file: string): KeywordSet {
  const format = keywordSetFormat(file);
  if (format === null) {
    throw new InputError(WHAT, `unknown file type ${JSON.stringify(extname(file) || basename(file))} (expected .yaml, .yml, .json or .txt)`, { file });
  }
  let buffer: Buffer;
  try {
    buffer = readFileBoundedSync(file, READ_LIMITS.keywordSet);
  } catch (error) {
    throw new InputError('cannot read keyword set', fileErrorReason(error, { ENOENT: 'no such file' }), { file });
  }
  if (buffer.includes(0)) throw new InputError(WHAT, 'binary file (contains NUL bytes)', { file });
  const set = keywordSetFromText(buffer.toString('utf8'), format, file);
  // An empty set would pass every coverage gate (0 of 0): almost surely a mistake in CI.
  if (set.keywords.length === 0) throw new InputError(WHAT, 'the set has no keywords (add at least one phrase)', { file });
  return set;
}

/**
 * Locates key paths inside an article's front matter (its YAML as written, from the Document),
 * so an invalid keyword list is reported at the article's file:line:column.
 */
function frontMatterLocator(yaml: FrontMatterYaml | undefined): Locate {
  if (yaml === undefined) return () => undefined;
  const lines = new LineCounter();
  const locate = yamlLocator(parseDocument(yaml.text, { lineCounter: lines }), lines);
  return (path, at) => {
    const where = locate(path, at);
    return where && { line: where.line + yaml.line - 1, column: where.column };
  };
}

/**
 * Keywords an article names itself: `keywords:` (list or comma-separated string) and
 * `keyword:` (the primary). Null when neither is present. `yaml` (Document.frontMatterYaml)
 * lets errors carry positions.
 */
export function keywordSetFromFrontMatter(frontMatter: Record<string, unknown>, file: string, yaml?: FrontMatterYaml): KeywordSet | null {
  const hasList = frontMatter.keywords !== undefined && frontMatter.keywords !== null;
  const hasPrimary = frontMatter.keyword !== undefined && frontMatter.keyword !== null;
  if (!hasList && !hasPrimary) return null;
  const builder = new SetBuilder(file, frontMatterLocator(yaml));
  let list = frontMatter.keywords;
  if (typeof list === 'string') list = list.split(',').filter((p) => p.trim() !== '');
  if (hasList && !Array.isArray(list)) builder.fail(['keywords'], `expected a list, got ${typeName(list)}`);
  if (hasPrimary && typeof frontMatter.keyword !== 'string') {
    builder.fail(['keyword'], `expected a string, got ${typeName(frontMatter.keyword)}`);
  }
  return builder.set({ keywords: hasList ? list : [], ...(hasPrimary ? { primary: frontMatter.keyword } : {}) }, 'front matter');
}

/**
 * Keywords given with --keyword. With a base set they extend it as ungrouped
 * keywords (a phrase the set already has is skipped) and the set's primary
 * stays; without one (or with an empty one) the first phrase is primary.
 */
export function adHocKeywordSet(phrases: string[], base?: KeywordSet | null): KeywordSet {
  const existing = new Set(base?.keywords.map((k) => phraseKey(k.phrase)) ?? []);
  const added: Keyword[] = [];
  for (const raw of phrases) {
    const { phrase, quoted } = unquotePhrase(raw);
    const key = phraseKey(phrase);
    if (key === '') throw new UsageError(`--keyword ${JSON.stringify(raw)}: the phrase has no words`);
    if (existing.has(key)) continue;
    existing.add(key);
    added.push({ phrase, quoted, match: quoted ? 'exact' : DEFAULT_MATCH, min: 1, max: null, weight: 1, group: null, primary: false });
  }
  const baseKeywords = base?.keywords.map((k) => ({ ...k })) ?? [];
  const keywords = [...baseKeywords, ...added];
  if (!keywords.some((k) => k.primary) && keywords.length > 0) keywords[0]!.primary = true;
  const groups = (base?.groups ?? []).map((g) => ({ ...g, keywords: keywords.filter((k) => k.group === g.name) }));
  const warnings = [...(base?.warnings ?? [])];
  for (const k of added) {
    const language = base?.language ? languageFor(base.language) : en;
    if (phraseKey(k.phrase).split(' ').every((w) => language.functionWords.has(w))) {
      warnings.push(`--keyword ${JSON.stringify(k.phrase)} has only function words; sentence mode matches all of its words`);
    }
  }
  return {
    name: base?.name ?? 'command line',
    language: base?.language ?? null,
    primary: keywords.find((k) => k.primary)?.phrase ?? null,
    density: base ? { ...base.density } : { ...DEFAULT_DENSITY },
    groups,
    keywords,
    source: base ? `${base.source} + command line` : 'command line',
    warnings,
  };
}
