import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';

/** Rules the Romance language files put on top of the Hunspell engine (session 5). */
const key = (code: string, word: string): string => {
  const language = languageFor(code);
  return language.wordForm(normalizeWord(word, language.keepDiacritics));
};

describe('Spanish rules on top of the dictionary', () => {
  it('keeps function words an accent tells apart from a verb form apart from the verb', () => {
    // dé (dar) and sé (saber) fold to de and se: the preposition and the pronoun are not verbs.
    expect(key('es', 'de')).not.toBe(key('es', 'dar'));
    expect(key('es', 'se')).not.toBe(key('es', 'saber'));
    expect(key('es', 'esta')).not.toBe(key('es', 'estar'));
    expect(key('es', 'dan')).toBe(key('es', 'dar'));
  });
  it('generates the irregular stems: future, conditional, strong preterite, subjunctive', () => {
    for (const form of ['tendremos', 'pondrían', 'anduvimos', 'condujeron', 'cupiera', 'quepa', 'haríais', 'seremos']) {
      expect([form, key('es', form)]).not.toEqual([form, form]);
    }
    expect(key('es', 'anduvieron')).toBe(key('es', 'andar'));
    expect(key('es', 'tradujeron')).toBe(key('es', 'traducir'));
  });
  it('keys masculine participles listed as nouns to their verb, feminine ones stay nouns', () => {
    expect(key('es', 'recibidos')).toBe(key('es', 'recibir'));
    expect(key('es', 'salida')).not.toBe(key('es', 'salir'));
  });
  it('reads enclitic pronouns on the irregular table’s forms', () => {
    expect(key('es', 'dímelo')).toBe(key('es', 'decir'));
    expect(key('es', 'ponlo')).toBe(key('es', 'poner'));
    expect(key('es', 'dándoles')).toBe(key('es', 'dar'));
  });
});

describe('Italian rules on top of the dictionary', () => {
  it('reads -ante/-ente words as participles only with a stem of three letters or more', () => {
    expect(key('it', 'sente')).toBe(key('it', 'sentire'));
    expect(key('it', 'canti')).toBe(key('it', 'cantare'));
    expect(key('it', 'cantanti')).toBe(key('it', 'cantante'));
    expect(key('it', 'cantante')).not.toBe(key('it', 'cantare'));
  });
  it('generates the strong verbs from their stems', () => {
    expect(key('it', 'tradussero')).toBe(key('it', 'tradurre'));
    expect(key('it', 'proponiamo')).toBe(key('it', 'proporre'));
    expect(key('it', 'decisero')).toBe(key('it', 'decidere'));
    // Feminine participles that are nouns are not generated.
    expect(key('it', 'offerta')).not.toBe(key('it', 'offrire'));
  });
  // Session 6: words that are in no probe list.
  it('reads strong participles and remotes off the stem patterns, only for verbs with no regular participle', () => {
    expect(key('it', 'corrotto')).toBe(key('it', 'corrompere'));
    expect(key('it', 'esteso')).toBe(key('it', 'estendere'));
    // procedere has proceduto: processo is not its form.
    expect(key('it', 'processo')).not.toBe(key('it', 'procedere'));
  });
  it('conjugates a prefixed verb as its irregular base, not a noun with a listed plural', () => {
    expect(key('it', 'ritiene')).toBe(key('it', 'ritenere'));
    expect(key('it', 'riesco')).toBe(key('it', 'riuscire'));
    expect(key('it', 'indice')).not.toBe(key('it', 'indire'));
  });
  it('joins bare plural entries to their singular, not singular -e nouns to a verb', () => {
    expect(key('it', 'piastrelle')).toBe(key('it', 'piastrella'));
    expect(key('it', 'budella')).toBe(key('it', 'budello'));
    expect(key('it', 'azione')).not.toBe(key('it', 'azionare'));
  });
  it('reads syncopated futures, -isc- verbs, superlative-proven adjectives and gerund clitics', () => {
    expect(key('it', 'godranno')).toBe(key('it', 'godere'));
    expect(key('it', 'colpi')).toBe(key('it', 'colpo'));
    expect(key('it', 'colpo')).not.toBe(key('it', 'colpire'));
    expect(key('it', 'antiche')).toBe(key('it', 'antico'));
    expect(key('it', 'antico')).not.toBe(key('it', 'anticare'));
    expect(key('it', 'portandola')).toBe(key('it', 'portare'));
  });
});

describe('Portuguese rules on top of the dictionary', () => {
  it('joins an adjective whose superlative is known, where the dictionary reads its feminine as a verb', () => {
    expect(key('pt', 'escuras')).toBe(key('pt', 'escuro'));
    expect(key('pt', 'escura')).not.toBe(key('pt', 'escurar'));
  });
  it('conjugates a prefixed verb as its irregular base', () => {
    expect(key('pt', 'entreaberto')).toBe(key('pt', 'entreabrir'));
    expect(key('pt', 'redescoberto')).toBe(key('pt', 'redescobrir'));
  });
});
