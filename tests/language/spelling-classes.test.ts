/**
 * Spelling classes of Spanish and German (Language.spelling, README: Matching): what each reads
 * from the word as written, and that the key follows the class.
 */
import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';
import type { SpellingContext } from '../../src/language/types.js';

const es = languageFor('es');
const de = languageFor('de');
const key = (code: 'es' | 'de', written: string, where: SpellingContext = 'text') => {
  const language = code === 'es' ? es : de;
  const norm = normalizeWord(written, language.keepDiacritics);
  return language.wordForm(norm, language.spelling!(written, norm, where));
};

describe('Spanish: the accents', () => {
  it('classes: the accented spelling, none, unknown (typed or capitals)', () => {
    expect(es.spelling!('caminó', 'camino', 'text')).toBe('caminó');
    expect(es.spelling!('Caminó', 'camino', 'start')).toBe('caminó');
    // NFD: the combining acute is the same accent.
    expect(es.spelling!('camino\u0301', 'camino', 'text')).toBe('caminó');
    expect(es.spelling!('camino', 'camino', 'text')).toBe('');
    expect(es.spelling!('año', 'año', 'text')).toBe(''); // ñ is kept by the normalisation itself
    expect(es.spelling!('camino', 'camino', 'typed')).toBe('?');
    expect(es.spelling!('CAMINO', 'camino', 'text')).toBe('?');
    expect(es.spelling!('CAMINÓ', 'camino', 'text')).toBe('caminó');
  });

  it('keys: the preterite is the verb, a noun the accent tells from it stays the noun; unknown accents key as before', () => {
    expect(key('es', 'caminó')).toBe(key('es', 'caminar'));
    // Session 10: camino is both the noun and caminar's "I walk", spelled alike; one key cannot
    // keep both, and the noun in -o spelled as a verb's present joins the verb (es.ts nounOfVerb).
    expect(key('es', 'camino')).toBe(key('es', 'caminó'));
    expect(key('es', 'cálculo')).not.toBe(key('es', 'calculó'));
    expect(key('es', 'cálculo')).not.toBe(key('es', 'calculo'));
    expect(key('es', 'calculo')).toBe(key('es', 'calcular'));
    expect(key('es', 'calculo', 'typed')).toBe(key('es', 'cálculo'));
    expect(key('es', 'está')).toBe(key('es', 'estar'));
    expect(key('es', 'esta')).not.toBe(key('es', 'estar'));
  });
});

describe('German: the capitals', () => {
  it('classes: capitalised (a sentence start too), lower case anywhere, typed', () => {
    expect(de.spelling!('Schmerzen', 'schmerzen', 'text')).toBe('N');
    expect(de.spelling!('Schmerzen', 'schmerzen', 'start')).toBe('N');
    expect(de.spelling!('SCHMERZEN', 'schmerzen', 'text')).toBe('N');
    expect(de.spelling!('schmerzen', 'schmerzen', 'text')).toBe('');
    expect(de.spelling!('schmerzen', 'schmerzen', 'start')).toBe('');
    expect(de.spelling!('schmerzen', 'schmerzen', 'typed')).toBe('T');
    // A typed capital is the typist's: the noun.
    expect(de.spelling!('Dehnen', 'dehnen', 'typed')).toBe('N');
  });

  it('keys: the noun for a capital, the verb or adjective in lower case, the noun for a typed word', () => {
    expect(key('de', 'Schmerzen')).toBe(key('de', 'Schmerz'));
    expect(key('de', 'schmerzen')).toBe(key('de', 'schmerzt'));
    expect(key('de', 'Schmerzen')).not.toBe(key('de', 'schmerzt'));
    expect(key('de', 'schmerzen', 'typed')).toBe(key('de', 'Schmerz'));
    expect(key('de', 'Arm')).not.toBe(key('de', 'arm'));
    // A typed verb is not read as its nominalised twin.
    expect(key('de', 'dehnen', 'typed')).toBe(key('de', 'dehnt'));
    expect(key('de', 'Dehnen', 'typed')).not.toBe(key('de', 'dehnt'));
    // Nor as a rare noun's form: "warten" is not the plural of Wart (NOSUGGEST in igerman98).
    expect(key('de', 'warten', 'typed')).toBe(key('de', 'wartet'));
  });

  it('nouns the dictionary lacks or lists apart: a capital in -e read only as a verb or an old dative is a noun of its own; Berge ~ Berg; hohe ~ hoch', () => {
    // Pfeife, Buche: only pfeifen's, buchen's 1st person; Schranke, Note: only the old dative of
    // Schrank, Not (whose plurals are Schränke, Nöte).
    expect(key('de', 'Pfeife')).not.toBe(key('de', 'pfeifen'));
    expect(key('de', 'Buche')).not.toBe(key('de', 'buchen'));
    expect(key('de', 'Schranke')).not.toBe(key('de', 'Schrank'));
    expect(key('de', 'Note')).not.toBe(key('de', 'Not'));
    // In lower case the verb's form stays; a noun with a plain -e plural keeps it (Tage ~ Tag).
    expect(key('de', 'pfeife')).toBe(key('de', 'pfeifen'));
    expect(key('de', 'Tage')).toBe(key('de', 'Tag'));
    // A plural listed apart from a singular without a plural flag (Berge/m, Berg/ST), and its dative.
    expect(key('de', 'Berge')).toBe(key('de', 'Berg'));
    expect(key('de', 'Bergen')).toBe(key('de', 'Berg'));
    // Not from a name, which has no genitive -es (Athene is not Athen's plural).
    expect(key('de', 'Athene')).not.toBe(key('de', 'Athen'));
    // The one adjective whose stem changes before an ending: hoch, hohe (an entry of its own).
    expect(key('de', 'hohe')).toBe(key('de', 'hoch'));
    expect(key('de', 'hohen')).toBe(key('de', 'hoch'));
    // The -een/-ien plural of a Latin -eum/-ium noun the dictionary lists without a plural (Museum/S),
    // not an -e noun's form (Muse's plural is Musen); an -e noun's -n plural stays its own (Studien ~ Studie).
    expect(key('de', 'Museen')).toBe(key('de', 'Museum'));
    expect(key('de', 'Museen')).not.toBe(key('de', 'Muse'));
    expect(key('de', 'Mausoleen')).toBe(key('de', 'Mausoleum'));
    expect(key('de', 'Studien')).toBe(key('de', 'Studie'));
  });

  it('a lower-case -en word that is an infinitive and an adjective form is the adjective, unless the dictionary marks the verb as one of its own', () => {
    // "den langen Weg", "mit schnellen Schritten": langen/schnellen are infinitives too.
    expect(key('de', 'langen')).toBe(key('de', 'lang'));
    expect(key('de', 'schnellen')).toBe(key('de', 'schnell'));
    expect(key('de', 'grünen')).toBe(key('de', 'grüne'));
    // Verbs in their own right: a listed nominalisation (das Schicken), a stem that is an
    // inflecting noun too (Wert), a verb of the irregular table (heißen, hieß).
    expect(key('de', 'schicken')).toBe(key('de', 'schickt'));
    expect(key('de', 'werten')).toBe(key('de', 'wertet'));
    expect(key('de', 'heißen')).toBe(key('de', 'heißt'));
    // A prefix + a verb of the dictionary (über + reichen) is that verb's compound, not überreich's form.
    expect(key('de', 'überreichen')).toBe(key('de', 'überreicht'));
    // A typed keyword keeps the verb reading; the verb's other forms stay the verb's.
    expect(key('de', 'langen', 'typed')).toBe(key('de', 'langt', 'typed'));
    expect(key('de', 'schnellt')).not.toBe(key('de', 'schnell'));
  });
});
