/**
 * HunspellForms.readings(): every reading of a normalised word with the forms as the dictionary
 * spells them (what Spanish and German word forms use to see accents and capitals), on a small
 * dictionary written here. Folding makes "camino" and "caminó" one normalised word; the readings
 * keep them apart.
 */
import { describe, expect, it } from 'vitest';
import { hunspellForms } from '../../src/language/hunspell.js';
import { normalizeWord } from '../../src/text/normalize.js';

const aff = `
SET UTF-8
SFX R Y 2
SFX R ar o ar
SFX R ar ó ar
SFX S Y 1
SFX S 0 s .
SFX N Y 1
SFX N 0 en .
PFX D Y 1
PFX D 0 des .
`;
const dic = `
camino/S
caminar/RD
Schmerz/N
schmerzen
`;
const h = hunspellForms({ data: { aff, dic: `4\n${dic.trim()}\n` }, normalize: (w) => normalizeWord(w, '') });

describe('HunspellForms.readings', () => {
  it('the own entry, then each lemma with the forms it spells as the word (both accents of camino)', () => {
    expect(h.readings('camino')).toEqual([
      { lemma: 'camino', entry: 'camino', spelled: ['camino'], plain: true, own: true, flags: ['S'] },
      { lemma: 'caminar', entry: 'caminar', spelled: ['camino', 'caminó'], plain: true, own: false, flags: ['R'] },
    ]);
  });

  it('case is kept: the noun Schmerz spells the word Schmerzen, the verb entry schmerzen', () => {
    expect(h.readings('schmerzen')).toEqual([
      { lemma: 'schmerzen', entry: 'schmerzen', spelled: ['schmerzen'], plain: true, own: true, flags: [] },
      { lemma: 'schmerz', entry: 'Schmerz', spelled: ['Schmerzen'], plain: true, own: false, flags: ['N'] },
    ]);
  });

  it('a reading through a prefix spells the prefixed form; the keys are not changed by reading', () => {
    const before = h.wordForm('descamino');
    expect(h.readings('descamino').map((r) => [r.lemma, r.spelled])).toEqual([['caminar', ['descamino', 'descaminó']]]);
    expect(h.wordForm('descamino')).toBe(before);
    expect(before).toBe('caminar');
    expect(h.readings('nada')).toEqual([]);
  });
});
