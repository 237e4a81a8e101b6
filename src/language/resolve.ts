/**
 * Which language an article is in (README: Matching): the first of config `language` (when not
 * `auto`), the front-matter language fields, `<html lang>`, a path segment naming a locale
 * (/ja/, /zh-cn/, /fr/), the keyword set's `language`, detection from the text, `en`.
 */
import { detectScores } from './detect.js';
import { LANGUAGES, languageFor, primarySubtag } from './registry.js';
import type { Language } from './types.js';

export type LanguageSource = 'config' | 'front-matter' | 'html' | 'path' | 'keyword-set' | 'detected' | 'default';

export interface ResolvedLanguage {
  /** The BCP 47 tag as found ("en-GB", "zh-CN"); the detected or default language's code otherwise. */
  tag: string;
  source: LanguageSource;
  language: Language;
}

export interface LanguageHints {
  /** Config `language`; `auto` or absent = not set. */
  config?: string | null;
  /** The article's front-matter language field. */
  frontMatter?: string | null;
  /** `<html lang>`. */
  html?: string | null;
  /** The article's path as given. */
  path?: string | null;
  /** The applying keyword set's `language`, when the set names one. */
  keywordSet?: string | null;
  /** Prose for detection (a sample of the body). */
  text?: () => string;
}

const CODES = new Set(LANGUAGES.map((l) => l.code).concat(['no', 'nn']));

/**
 * A path segment that names a locale of a supported language: "ja", "zh-cn", "pt_BR",
 * "en-us" (a two-letter segment only when it is a supported code, so /it/ is Italian but
 * /go/ is not a language). The last such segment among the directories wins.
 */
export function localeFromPath(path: string): string | null {
  const segments = path.split(/[\\/]/).slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    const match = /^([a-z]{2})(?:[-_]([a-z]{2}|[a-z]{4}|hans|hant))?$/i.exec(segment);
    if (match && CODES.has(match[1]!.toLowerCase())) return segment.replace('_', '-');
  }
  return null;
}

/**
 * How far ahead of the runner-up (franc scores the best language 1) the detected language must
 * be. On this repository's fixtures the margin is 0.03–0.06 for articles and 0.015 for the
 * README's first 4,000 characters (code and prose); random letter strings stay under 0.01.
 */
const MARGIN = 0.01;
const ONLY = LANGUAGES.map((l) => l.iso6393);
const BY_ISO = new Map(LANGUAGES.map((l) => [l.iso6393, l]));

/** Characters of a text that detectLanguage reads (from its start): callers need not join more. */
export const DETECTION_SAMPLE_CHARS = 2000;

/** Detects the language of `text` among the supported ones (franc, trigrams); null when unsure. */
export function detectLanguage(text: string): Language | null {
  // NFC: the same text in NFD must be detected the same (franc reads trigrams of code points).
  const sample = text.slice(0, DETECTION_SAMPLE_CHARS).normalize('NFC');
  if (sample.trim().length < 120) return null;
  // franc's francAll(sample, { only: ONLY, minLength: 120 }), computed faster (detect.ts).
  const [best, second] = detectScores(sample, ONLY, 120);
  if (best === undefined || best[0] === 'und') return null;
  if (second !== undefined && best[1] - second[1] < MARGIN) return null;
  return BY_ISO.get(best[0]) ?? null;
}

function valid(tag: string | null | undefined): tag is string {
  return typeof tag === 'string' && tag.trim() !== '' && tag.trim().toLowerCase() !== 'auto' && primarySubtag(tag) !== null;
}

export function resolveLanguage(hints: LanguageHints): ResolvedLanguage {
  const found = (tag: string, source: LanguageSource): ResolvedLanguage => ({ tag: tag.trim(), source, language: languageFor(tag) });
  if (valid(hints.config)) return found(hints.config, 'config');
  if (valid(hints.frontMatter)) return found(hints.frontMatter, 'front-matter');
  if (valid(hints.html)) return found(hints.html, 'html');
  const fromPath = hints.path ? localeFromPath(hints.path) : null;
  if (fromPath !== null) return found(fromPath, 'path');
  if (valid(hints.keywordSet)) return found(hints.keywordSet, 'keyword-set');
  const detected = hints.text ? detectLanguage(hints.text()) : null;
  if (detected !== null) return { tag: detected.code, source: 'detected', language: detected };
  return found('en', 'default');
}
