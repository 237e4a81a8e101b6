/**
 * BCP 47 validation through `language-tags` (the IANA Language Subtag Registry), loaded on first
 * use: its registry is ~1.4 MB of JSON that a run without hreflang or `<html lang>` never needs.
 */
import { createRequire } from 'node:module';

interface TagApi {
  (tag: string): { valid(): boolean; errors(): { message: string }[] };
}

let api: TagApi | null = null;

function tags(): TagApi {
  if (api === null) api = createRequire(import.meta.url)('language-tags') as TagApi;
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
  return languageTagProblem(segment.replace('_', '-')) === null;
}
