/**
 * BCP 47 validation against the IANA Language Subtag Registry (package language-subtag-registry).
 * The common shape `language[-script][-region][-variant…]` is checked against the registry's
 * per-type subtag tables (~130 KB of JSON, ~5 ms to load); anything else, and every tag that fails
 * that check, goes to `language-tags` for the verdict and its reason (it parses the whole 1.4 MB
 * registry, ~80–160 ms, so only a run with an unusual or invalid tag pays for it). Both load on first use.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface SubtagTables {
  language: Record<string, number>;
  extlang: Record<string, number>;
  script: Record<string, number>;
  region: Record<string, number>;
  variant: Record<string, number>;
}

let tables: SubtagTables | null = null;

function subtags(): SubtagTables {
  if (tables === null) {
    const load = (name: string): Record<string, number> => require(`language-subtag-registry/data/json/${name}.json`) as Record<string, number>;
    tables = { language: load('language'), extlang: load('extlang'), script: load('script'), region: load('region'), variant: load('variant') };
  }
  return tables;
}

const own = (table: Record<string, number>, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

/** True when `tag` is language[-script][-region][-variant…] with every subtag in the registry. */
function quickValid(tag: string): boolean {
  const parts = tag.toLowerCase().split('-');
  const t = subtags();
  let i = 0;
  if (!/^[a-z]{2,3}$/.test(parts[i] ?? '') || !own(t.language, parts[i]!)) return false;
  i++;
  if (i < parts.length && /^[a-z]{4}$/.test(parts[i]!)) {
    if (!own(t.script, parts[i]!)) return false;
    i++;
  }
  if (i < parts.length && /^(?:[a-z]{2}|\d{3})$/.test(parts[i]!)) {
    if (!own(t.region, parts[i]!)) return false;
    i++;
  }
  while (i < parts.length) {
    if (!/^(?:[a-z0-9]{5,8}|\d[a-z0-9]{3})$/.test(parts[i]!) || !own(t.variant, parts[i]!)) return false;
    i++;
  }
  return true;
}

interface TagApi {
  (tag: string): { valid(): boolean; errors(): { message: string }[] };
}

let api: TagApi | null = null;

function tags(): TagApi {
  if (api === null) api = require('language-tags') as TagApi;
  return api;
}

const cache = new Map<string, string | null>();

/**
 * Null when `tag` is a valid BCP 47 language tag (case-insensitive, as HTML and hreflang treat
 * it), else why not: `en-UK` → "Extra language subtag 'uk' found." (the region is GB), `en_US` →
 * unknown code (the separator is a hyphen).
 */
export function languageTagProblem(tag: string): string | null {
  let problem = cache.get(tag);
  if (problem !== undefined) return problem;
  const trimmed = tag.trim();
  if (trimmed === '') problem = 'it is empty';
  else if (quickValid(trimmed)) problem = null;
  else {
    const parsed = tags()(trimmed);
    problem = parsed.valid() ? null : (parsed.errors()[0]?.message ?? 'not a BCP 47 tag');
  }
  if (cache.size < 10_000) cache.set(tag, problem);
  return problem;
}

/** The primary language subtag, lower-cased: `pt-BR` → `pt`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A path segment that names a locale (`fr`, `pt-br`, `zh-cn`, `zh_CN`): a valid two-letter language, optionally with a region or script (three-letter codes would take `api`, `app` for locales). */
export function isLocaleSegment(segment: string): boolean {
  if (!/^[A-Za-z]{2}(?:[-_](?:[A-Za-z]{2}|[A-Za-z]{4}|\d{3}))?$/.test(segment)) return false;
  // For these shapes the subtag tables' "no" is the whole registry's "no" too (a tag of them is
  // valid only when each subtag is registered; tests/site/language-tags.test.ts checks every
  // two-letter segment and language-region pair), so a folder named `md` or `js` does not load
  // the whole registry (~80–160 ms) on every run.
  const tag = segment.replace('_', '-');
  return quickValid(tag) && languageTagProblem(tag) === null;
}
