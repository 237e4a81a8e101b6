/**
 * The supported languages. Adding one = one new file exporting a Language + one line here.
 * `languageFor` maps a BCP 47 tag (en-GB, zh-Hans-CN, pt_BR, no) to the file by its primary
 * subtag; tags the registry lacks get `generic`: words and sentences still work, forms are the
 * words themselves, and there are no function words or readability formula.
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { th } from './th.js';
import type { Language } from './types.js';
import { zh } from './zh.js';

export const LANGUAGES: readonly Language[] = [en, es, fr, de, it, pt, nl, ru, sv, nb, pl, ja, zh, th];

/** Primary subtags that name a registered language under another code. */
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb' };

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The generic language for tags without a file of their own. */
export function genericLanguage(code: string): Language {
  return {
    code,
    name: code,
    iso6393: '',
    segmentation: 'spaces',
    keepDiacritics: '',
    sentences: { neverFinal: new Set(), maybeFinal: new Set() },
    wordForm: (w) => w,
    functionWords: new Set(),
    syllables: () => 1,
    readability: null,
    formsNote: 'the word itself',
  };
}

const generic = new Map<string, Language>();

/** Primary subtag of a BCP 47 tag, lowercase ("zh-Hant-TW" → "zh"); null when it is not a tag. */
export function primarySubtag(tag: string): string | null {
  const match = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/.exec(tag.trim());
  return match === null ? null : match[1]!.toLowerCase();
}

export function languageFor(tag: string): Language {
  const primary = primarySubtag(tag) ?? 'en';
  const code = ALIASES[primary] ?? primary;
  const known = byCode.get(code);
  if (known !== undefined) return known;
  let out = generic.get(code);
  if (out === undefined) {
    out = genericLanguage(code);
    generic.set(code, out);
  }
  return out;
}

export { en };
export type { Language };
