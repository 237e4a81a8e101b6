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
  });
});
