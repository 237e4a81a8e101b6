export { LANGUAGES, languageFor, primarySubtag, genericLanguage, en } from './registry.js';
export type { Language, Readability, SentenceRules, TextCounts } from './types.js';
export { resolveLanguage, detectLanguage, localeFromPath } from './resolve.js';
export type { LanguageHints, LanguageSource, ResolvedLanguage } from './resolve.js';
