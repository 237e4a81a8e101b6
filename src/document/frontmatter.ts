/**
 * Front matter (SPEC §5): YAML (`---`), TOML (`+++`) or JSON (`{`…`}` opening the file), in
 * Markdown, MDX and HTML alike. Read as leniently as site generators read it: a duplicate key's
 * last value wins, a multi-line quoted value may continue at any indentation. Front matter that
 * still cannot be read is reported as a problem at its line (the `front-matter` rule) and the body
 * is audited anyway. The block is masked out of the text the parsers see (spaces, line breaks kept)
 * so every offset after it stays exact.
 */
import { LineCounter, isMap, isScalar, parseDocument as parseYaml } from 'yaml';
import type { Pair } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { isStackOverflow } from '../pipeline/big-files/deep-parse.js';
import type { Field, FrontMatterYaml, SkipReason } from './model.js';

export type FrontMatterKind = 'yaml' | 'toml' | 'json';

/** Which front-matter fields mean what (config `frontMatter`, SPEC §3); the first present wins. */
export interface FrontMatterFields {
  title: string[];
  h1: string[];
  description: string[];
  slug: string[];
  language: string[];
}

export const DEFAULT_FRONT_MATTER_FIELDS: Readonly<FrontMatterFields> = Object.freeze({
  title: ['seo_title', 'seoTitle', 'meta_title', 'title'],
  h1: ['title'],
  description: ['description', 'meta_description', 'summary', 'excerpt'],
  slug: ['slug', 'permalink', 'url', 'path'],
  language: ['lang', 'language', 'locale'],
});

/** A front-matter problem the `front-matter` rule reports (offset into the source). */
export interface FrontMatterProblem {
  message: string;
  offset: number;
}

export interface FrontMatterResult {
  kind: FrontMatterKind;
  /** [start, end) of the whole block, fences included. */
  start: number;
  end: number;
  /** Null when the block could not be read. */
  data: Record<string, unknown> | null;
  /** YAML body as written and its first line (keyword-set error positions); null for TOML/JSON. */
  yaml: FrontMatterYaml | null;
  title: Field | null;
  h1: Field | null;
  description: Field | null;
  slug: Field | null;
  language: string | null;
  skip: SkipReason | null;
  problems: FrontMatterProblem[];
}

interface Located {
  kind: FrontMatterKind;
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
}

const LINE_BREAK = /\r\n?|\n/g;

/** Offset just past the line that starts at `at` (its line break — LF, CRLF or a lone CR — included). */
function lineEnd(source: string, at: number): number {
  LINE_BREAK.lastIndex = at;
  const found = LINE_BREAK.exec(source);
  return found === null ? source.length : found.index + found[0].length;
}

function lineText(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/\r?\n$/, '').replace(/\r$/, '');
}

/** Finds a front-matter block at the very start of `source` (BOM already removed). */
export function locateFrontMatter(source: string): Located | null {
  const first = lineText(source, 0, lineEnd(source, 0));
  const fence = /^(-{3}|\+{3})[ \t]*$/.exec(first);
  if (fence !== null) {
    const kind: FrontMatterKind = fence[1] === '---' ? 'yaml' : 'toml';
    const bodyStart = lineEnd(source, 0);
    let at = bodyStart;
    while (at < source.length) {
      const next = lineEnd(source, at);
      const line = lineText(source, at, next).trimEnd();
      if (line === fence[1] || (kind === 'yaml' && line === '...')) {
        // The body ends before the line break that precedes the closing fence.
        let bodyEnd = at;
        if (bodyEnd > bodyStart && source[bodyEnd - 1] === '\n') bodyEnd--;
        if (bodyEnd > bodyStart && source[bodyEnd - 1] === '\r') bodyEnd--;
        return { kind, start: 0, end: next, bodyStart, bodyEnd };
      }
      at = next;
    }
    return null; // no closing fence: not front matter (generators read it as text too)
  }
  // JSON: an object opening the file, `{` alone on the first line or followed by a quoted key.
  if (/^\{[ \t]*(?:\r\n?|\n|")/.test(source)) {
    const end = jsonObjectEnd(source);
    if (end === -1) return null;
    return { kind: 'json', start: 0, end: lineEnd(source, end - 1), bodyStart: 0, bodyEnd: end };
  }
  return null;
}

/** Offset just past the `}` that closes the object opening the source, or -1. String-aware, linear. */
function jsonObjectEnd(source: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** `source` with [start, end) blanked: every character but line breaks becomes a space. */
export function blank(source: string, start: number, end: number): string {
  if (end <= start) return source;
  return source.slice(0, start) + source.slice(start, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

/**
 * Reads the front matter of `source`, or null when it has none. `problems` (unreadable block,
 * a mapped field that is not a string) are for the `front-matter` rule; nothing here throws on
 * bad front matter.
 */
export function readFrontMatter(source: string, fields: FrontMatterFields = DEFAULT_FRONT_MATTER_FIELDS): FrontMatterResult | null {
  const located = locateFrontMatter(source);
  if (located === null) return null;
  const result: FrontMatterResult = {
    kind: located.kind, start: located.start, end: located.end, data: null, yaml: null,
    title: null, h1: null, description: null, slug: null, language: null, skip: null, problems: [],
  };
  // A lone CR ends a line (CommonMark, classic Mac files); the YAML and TOML parsers only know LF
  // and CRLF, so it becomes LF — the same length, so every offset stays.
  const body = source.slice(located.bodyStart, located.bodyEnd).replace(/\r(?!\n)/g, '\n');
  let read: { data: Record<string, unknown>; valueOffset: (key: string) => number | null } | FrontMatterProblem;
  try {
    if (located.kind === 'yaml') {
      result.yaml = { text: body, line: lineOf(source, located.bodyStart) };
      read = readYaml(body, located.bodyStart);
    } else if (located.kind === 'toml') {
      read = readToml(body, located.bodyStart);
    } else {
      read = readJson(body, located.bodyStart);
    }
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    read = { message: 'Front matter is nested too deeply to read', offset: located.bodyStart };
  }
  if ('message' in read) {
    result.problems.push({
      message: `${LABEL[located.kind]} front matter cannot be read (${read.message}); its fields are ignored, the body is still audited.`,
      offset: read.offset,
    });
    return result;
  }
  result.data = read.data;
  const reported = new Set<string>();
  const pick = (keys: readonly string[], from: Field['from'] = 'frontMatter'): Field | null => {
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(read.data, key)) continue;
      const value = read.data[key];
      if (value === null || value === undefined) continue;
      const offset = read.valueOffset(key) ?? located.bodyStart;
      if (typeof value !== 'string' && typeof value !== 'number') {
        if (!reported.has(key)) result.problems.push({ message: `Front matter field "${key}" should be a string; it is ignored.`, offset });
        reported.add(key);
        continue;
      }
      const text = String(value).replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      return { text, from, offset };
    }
    return null;
  };
  result.title = pick(fields.title);
  result.h1 = pick(fields.h1);
  result.description = pick(fields.description);
  result.slug = slugField(pick(fields.slug));
  result.language = pick(fields.language)?.text ?? null;
  result.skip = skipReason(read.data);
  return result;
}

const LABEL: Record<FrontMatterKind, string> = { yaml: 'YAML', toml: 'TOML', json: 'JSON' };

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** The last path segment of a slug/permalink/url field ("/blog/my-post/" → "my-post"); placeholders (":title") are ignored. */
function slugField(field: Field | null): Field | null {
  if (field === null) return null;
  const path = field.text.split(/[?#]/)[0]!;
  const segments = path.split('/').filter((s) => s.length > 0);
  const last = segments[segments.length - 1];
  if (last === undefined || last.includes(':')) return null;
  const text = last.replace(/\.(?:html?|php|aspx?)$/i, '');
  if (text === '') return null;
  // Point at the segment itself when the field is written as is.
  return { text, from: field.from, offset: field.offset };
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === 'yes';
}

function falsy(value: unknown): boolean {
  return value === false || value === 'false' || value === 'no';
}

/** SPEC §5 skipped pages, from front matter: drafts, redirect stubs, noindex. */
function skipReason(data: Record<string, unknown>): SkipReason | null {
  if (truthy(data.draft) || falsy(data.published)) return 'draft';
  if (data.redirect_to !== undefined && data.redirect_to !== null && data.redirect_to !== '') return 'redirect';
  if (truthy(data.noindex)) return 'noindex';
  const robots = data.robots;
  if (typeof robots === 'string' && robots.toLowerCase().split(/[\s,]+/).includes('noindex')) return 'noindex';
  return null;
}

type Read = { data: Record<string, unknown>; valueOffset: (key: string) => number | null } | FrontMatterProblem;

/**
 * YAML the way Hugo (go-yaml) and Jekyll (Psych) read it: duplicate keys are allowed (the last
 * wins), a quoted value may continue on lines that are not indented, and a plain value may start
 * with `@` or a backtick. Anything else the `yaml` package rejects is a problem.
 */
function readYaml(body: string, bodyStart: number): Read {
  const repaired = indentQuotedContinuations(body);
  const lineCounter = new LineCounter();
  const doc = parseYaml(repaired.text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors.find((e) => e.code !== 'BAD_SCALAR_START');
  if (error !== undefined) {
    return { message: error.message.split('\n')[0]!.trim(), offset: bodyStart + repaired.toOriginal(error.pos[0]) };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { data: {}, valueOffset: () => null };
  }
  if (!isMap(contents)) {
    return { message: 'expected a mapping of fields (key: value)', offset: bodyStart + repaired.toOriginal(contents.range?.[0] ?? 0) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (isStackOverflow(e)) throw e;
    return { message: (e as Error).message.split('\n')[0]!, offset: bodyStart };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { message: 'expected a mapping of fields', offset: bodyStart };
  const items = contents.items as Pair[];
  return {
    data: data as Record<string, unknown>,
    valueOffset(key) {
      for (let i = items.length - 1; i >= 0; i--) {
        const pair = items[i]!;
        if (isScalar(pair.key) && String(pair.key.value) === key) {
          const node = pair.value as { range?: [number, number, number] } | null;
          const at = node?.range?.[0] ?? (pair.key.range?.[0] ?? 0);
          return bodyStart + repaired.toOriginal(at);
        }
      }
      return null;
    },
  };
}

/**
 * Go-yaml and Psych accept `title: "first line` + `second line"` with the second line at column 1;
 * the `yaml` package wants it indented. Such continuation lines get one leading space (more for
 * nested keys) in a copy; `toOriginal` maps offsets in the copy back.
 */
export function indentQuotedContinuations(body: string): { text: string; toOriginal: (offset: number) => number } {
  const lines = body.split('\n');
  const inserted: { at: number; count: number }[] = []; // positions in the copy
  let open: { quote: string; indent: number } | null = null;
  let copyOffset = 0;
  const out: string[] = [];
  for (let line of lines) {
    if (open !== null) {
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (indent <= open.indent && line.trim() !== '') {
        const count = open.indent + 1 - indent;
        inserted.push({ at: copyOffset, count });
        line = ' '.repeat(count) + line;
      }
      if (closesQuote(line, 0, open.quote)) open = null;
    } else {
      const match = /^([ \t]*)(?:- +)?[^\s#'"][^:#]*:[ \t]+(["'])/.exec(line);
      if (match !== null && !closesQuote(line, match[0].length, match[2]!)) open = { quote: match[2]!, indent: match[1]!.length };
    }
    out.push(line);
    copyOffset += line.length + 1;
  }
  if (inserted.length === 0) return { text: body, toOriginal: (offset) => offset };
  return {
    text: out.join('\n'),
    toOriginal(offset) {
      let shift = 0;
      for (const { at, count } of inserted) {
        if (at > offset) break;
        shift += Math.min(count, offset - at);
      }
      return offset - shift;
    },
  };
}

/** True when the quoted scalar that is open at `from` closes on this line. */
function closesQuote(line: string, from: number, quote: string): boolean {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") {
        i++;
        continue;
      }
      return true;
    }
  }
  return false;
}

function readToml(body: string, bodyStart: number): Read {
  let data: Record<string, unknown>;
  try {
    data = parseToml(body) as Record<string, unknown>;
  } catch (error) {
    const e = error as Error & { line?: number; column?: number };
    const message = e.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
    return { message, offset: bodyStart + offsetOfLine(body, e.line ?? 1, e.column ?? 1) };
  }
  return { data: plain(data) as Record<string, unknown>, valueOffset: (key) => topLevelValueOffset(body, bodyStart, key, '=') };
}

function readJson(body: string, bodyStart: number): Read {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    return { message: message.replace(/ in JSON at position \d+.*$/, ''), offset: bodyStart + (position ? Number(position[1]) : 0) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { message: 'expected an object of fields', offset: bodyStart };
  return { data: data as Record<string, unknown>, valueOffset: (key) => topLevelValueOffset(body, bodyStart, `"${key}"`, ':') };
}

/** TOML dates become ISO strings so the data stays plain JSON-like values. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

function offsetOfLine(body: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = body.indexOf('\n', at);
    if (nl === -1) return body.length;
    at = nl + 1;
  }
  return Math.min(body.length, at + Math.max(0, column - 1));
}

/**
 * Offset of the value of a top-level `key = value` (TOML, before the first table) or
 * `"key": value` (JSON) line; the last such line wins. Plain string comparison: no pattern is
 * built from the configured key names.
 */
function topLevelValueOffset(body: string, bodyStart: number, key: string, separator: string): number | null {
  let found: number | null = null;
  let at = 0;
  while (at <= body.length) {
    const nl = body.indexOf('\n', at);
    // A CRLF line's CR is its end, not part of the value: a value on the next line points at the
    // end of the key's line with any line ends (fuzz seed 569445353).
    const end = nl === -1 ? body.length : nl > at && body[nl - 1] === '\r' ? nl - 1 : nl;
    const line = body.slice(at, end);
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (separator === '=' && rest.startsWith('[')) break;
    const bare = separator === '=' && rest.startsWith(`"${key}"`) ? `"${key}"` : key;
    if (rest.startsWith(bare)) {
      const after = rest.slice(bare.length);
      const gap = after.length - after.trimStart().length;
      if (after.trimStart().startsWith(separator)) {
        const value = after.slice(gap + 1);
        found = bodyStart + at + indent + bare.length + gap + 1 + (value.length - value.trimStart().length);
      }
    }
    if (nl === -1) break;
    at = nl + 1;
  }
  return found;
}
