import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';

/**
 * Session 10's Swedish and Norwegian Bokmål rules (src/language/sv.ts, nb.ts): the strong-verb
 * tables, adjectives whose agreement forms the dictionaries list apart, second-conjugation
 * participles (sv), vowel-final nouns' endings (nb). Words chosen beside the probe lists' where
 * possible; each pair fails without the session's change.
 */
const same = (code: string, a: string, b: string) => {
  const language = languageFor(code);
  return language.wordForm(a) === language.wordForm(b);
};

describe('Swedish', () => {
  it('strong verbs: past, supine and participle join the infinitive (the strong-verb table)', () => {
    for (const [form, lemma] of [['vann', 'vinna'], ['vunnit', 'vinna'], ['bröt', 'bryta'], ['svor', 'svära'], ['stal', 'stjäla'], ['skar', 'skära'], ['svek', 'svika'], ['dök', 'dyka']]) {
      expect(same('sv', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
  });
  it('adjectives listed without agreement flags: the neuter -t and the -a form join the adjective', () => {
    for (const [form, lemma] of [['dumt', 'dum'], ['dumma', 'dum'], ['rakt', 'rak'], ['goda', 'god'], ['fint', 'fin']]) {
      expect(same('sv', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    // A noun in -a is no adjective's form (matta ≠ matt), an adjective no strong past (lös ≠ lysa).
    expect(same('sv', 'matta', 'matt')).toBe(false);
    expect(same('sv', 'lös', 'lysa')).toBe(false);
    expect(same('sv', 'lös', 'löst')).toBe(true);
  });
  it('second-conjugation participles listed as entries join their verb, not nouns or first-conjugation verbs', () => {
    for (const [form, lemma] of [['levde', 'leva'], ['levd', 'leva'], ['glömd', 'glömma'], ['klädd', 'klä'], ['bytte', 'byta'], ['hyrde', 'hyra'], ['blåste', 'blåsa']]) {
      expect(same('sv', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    expect(same('sv', 'växt', 'växa')).toBe(false);
    expect(same('sv', 'land', 'landa')).toBe(false);
  });
  it('an -er noun with its own definite -n is no strong verb\'s present (dager daylight ≠ daga, tiger ≠ tiga)', () => {
    for (const [form, lemma] of [['dagern', 'dager'], ['tigern', 'tiger'], ['tigrar', 'tiger']]) {
      expect(same('sv', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    expect(same('sv', 'dager', 'daga')).toBe(false);
    expect(same('sv', 'tiger', 'tiga')).toBe(false);
    // The rule still reads strong presents the dictionary leaves bare (flyger: flyga).
    expect(same('sv', 'flyger', 'flyga')).toBe(true);
  });
  it('plurals with the doubled m/n of a noun carrying F join the noun (kyrkovänner, rundmunnar)', () => {
    for (const [form, lemma] of [['kyrkovänner', 'kyrkovän'], ['idrottsvänner', 'idrottsvän'], ['rundmunnar', 'rundmun'], ['vännerna', 'vännen']]) {
      expect(same('sv', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
  });
  it('bare presents and imperatives: a vowel-stem verb\'s -r, a second-conjugation verb\'s stem join the verb', () => {
    for (const [form, lemma] of [['bor', 'bo'], ['syr', 'sy'], ['sänk', 'sänka'], ['märk', 'märka'], ['uppvärm', 'uppvärma'], ['hys', 'hysa']]) {
      expect(same('sv', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    // A stem with a paradigm of its own stays a noun (töm, reins); the table's forms stay its (red: rida).
    expect(same('sv', 'töm', 'tömma')).toBe(false);
    expect(same('sv', 'red', 'rida')).toBe(true);
  });
});

describe('Norwegian Bokmål', () => {
  it('strong verbs: pasts the dictionary lists as nouns join the infinitive; infinitives no longer keyed to short entries', () => {
    for (const [form, lemma] of [['skjøt', 'skyte'], ['skar', 'skjære'], ['trakk', 'trekke'], ['brøt', 'bryte'], ['fant', 'finne'], ['solgte', 'selge']]) {
      expect(same('nb', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    expect(same('nb', 'bryte', 'bry')).toBe(false);
    expect(same('nb', 'sette', 'se')).toBe(false);
  });
  it('adjectives: the neuter and -e forms the dictionary ties to look-alikes join the adjective; participles stay the verb\'s', () => {
    for (const [form, lemma] of [['hvitt', 'hvit'], ['stygt', 'stygg'], ['vakre', 'vakker'], ['flatt', 'flat'], ['rart', 'rar']]) {
      expect(same('nb', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    expect(same('nb', 'spist', 'spise')).toBe(true);
    expect(same('nb', 'spist', 'spiss')).toBe(false);
  });
  it('weak pasts and participles the dictionary lists apart join their verb; a verb key keys as the verb does', () => {
    for (const [form, lemma] of [['glemte', 'glemme'], ['limt', 'lime'], ['feiret', 'feire'], ['levde', 'leve']]) {
      expect(same('nb', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    // Not a neuter noun's definite form, nor a feminine noun's.
    expect(same('nb', 'huset', 'hus')).toBe(true);
    expect(same('nb', 'jenta', 'jente')).toBe(true);
  });
  it('verbs in -ere are not keyed to the noun their folded imperative spells (telefonér → telefoner)', () => {
    expect(same('nb', 'telefonere', 'telefon')).toBe(false);
    expect(same('nb', 'reparere', 'reparert')).toBe(true);
    expect(same('nb', 'telefonerte', 'telefonere')).toBe(true);
    expect(same('nb', 'telefoner', 'telefon')).toBe(true);
  });
  it('vowel-final nouns the dictionary lists bare take the definite and plural endings; bønder is bonde\'s', () => {
    for (const [form, lemma] of [['naboen', 'nabo'], ['naboer', 'nabo'], ['skoen', 'sko'], ['sofaer', 'sofa'], ['bønder', 'bonde']]) {
      expect(same('nb', form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
  });
});
