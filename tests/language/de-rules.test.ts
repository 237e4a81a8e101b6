import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';

/**
 * German rules of session 11 (de.ts), each against the real dictionary-de: the other separable
 * particles, participle adjectives of inseparable verbs, the -s of a flagless noun, unknown
 * -eln/-ern verbs. Words are keyed as written in running text (a capital says noun).
 */
const de = languageFor('de');
const key = (written: string) => {
  const norm = normalizeWord(written, de.keepDiacritics);
  return de.wordForm(norm, de.spelling?.(written, norm, 'text') ?? '');
};
const same = (a: string, b: string) => expect(key(b), `${a} ~ ${b}`).toBe(key(a));
const differ = (a: string, b: string) => expect(key(b), `${a} !~ ${b}`).not.toBe(key(a));

describe('German word forms, session 11', () => {
  it('the grammars\' other separable particles (hoch, herunter, frei, teil, empor…) join their verb', () => {
    for (const [infinitive, forms] of [
      ['hochladen', ['hochlädt', 'hochgeladen', 'hochlud']],
      ['herunterladen', ['heruntergeladen', 'herunterlädt']],
      ['teilnehmen', ['teilgenommen', 'teilnimmt']],
      ['freigeben', ['freigegeben']],
      ['stattfinden', ['stattgefunden']],
    ] as const) for (const form of forms) same(infinitive, form);
    // The particle is kept: the simple verb is another word.
    differ('laden', 'hochgeladen');
    differ('nehmen', 'teilnimmt');
  });

  it('an adjective entry that is an inseparable verb\'s participle joins the verb; a d/t stem needs -et', () => {
    for (const [infinitive, forms] of [
      ['entfernen', ['entfernt', 'entfernte']],
      ['verwöhnen', ['verwöhnt']],
      ['gefährden', ['gefährdet']],
      ['entschuldigen', ['entschuldigt']],
    ] as const) for (const form of forms) same(infinitive, form);
    // versandt is versenden's (mixed), not versanden's; beredt is no form of bereden.
    differ('versanden', 'versandt');
    differ('bereden', 'beredt');
    // An adjective that is no participle keeps its key (bitter is not verbittern).
    differ('bitter', 'verbittert');
  });

  it('the -s plural or genitive of a noun the dictionary lists with no flags joins it', () => {
    same('Paprika', 'Paprikas');
    same('Gesundheit', 'Gesundheits');
    // Only for words the dictionary does not know: a listed -s word keeps its own reading.
    differ('Kur', 'Kurs');
  });

  it('forms of an -eln/-ern verb the dictionary does not know join its infinitive; nouns do not', () => {
    for (const form of ['raspelt', 'raspelte', 'raspelten', 'geraspelt', 'rasple']) same('raspeln', form);
    for (const form of ['googelt', 'gegoogelt']) same('googeln', form);
    // The capitalised noun stays a noun (die Raspel), apart from the verb.
    differ('raspeln', 'Raspel');
  });
});
