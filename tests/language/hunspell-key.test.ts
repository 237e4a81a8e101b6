import { describe, expect, it } from 'vitest';
import { formTable, hunspellForms, type HunspellOptions } from '../../src/language/hunspell.js';
import { normalizeWord } from '../../src/text/normalize.js';

/** The engine's key choice (HunspellOptions choose, rules, exceptions, compoundPart…) on a small
 *  dictionary written here, each behaviour on its own. (Ported from lemma-key.test.ts: the
 *  lemma-key layer over analyse() became these engine options in session 5.) */
const lower = (word: string) => normalizeWord(word, '');
const AFF = `
SET UTF-8
SFX N Y 2
SFX N 0 en .
SFX N 0 er .
SFX V Y 2
SFX V e er e
SFX V e te e
`;
// bil/N: bilen, biler; bile/V: biler, bilte (a lemma of its own sharing "biler"); maken and
// maak are flagless entries (a dictionary listing an infinitive apart from its stem); kramp/N;
// biltes, an entry that shows "bilte" to be a lemma of its own for ownLemma below.
const DIC = `
bil/N
bile/V
biltes
maak
mak
maken
kramp/N
kat
rot
rota
`;
const data = { aff: AFF, dic: `${DIC.trim().split('\n').length}\n${DIC.trim()}\n` };
const forms = hunspellForms({ data, normalize: lower });
/** `shortest` unless the case says otherwise (lemma-key's default). */
const key = (options: Partial<HunspellOptions> = {}) => hunspellForms({ data, normalize: lower, choose: 'shortest', ...options }).wordForm;
const exceptionTable = formTable;

describe('Hunspell engine: key choice', () => {
  it('shortest: a lemma and its forms share the smallest relative; a form of two lemmas goes to the smaller', () => {
    const k = key();
    expect(['bil', 'bilen', 'biler', 'bile', 'bilte'].map(k)).toEqual(['bil', 'bil', 'bil', 'bile', 'bile']);
    // The engine's own key takes the closest lemma for the shared form.
    expect(forms.wordForm('biler')).toBe('bile');
  });

  it('lemmaMark: when relatives carry the mark, the key is the smallest of those; the word with the mark keeps a length tie', () => {
    // Like dictionary-nb: kjenne/VNz (the lemma, with the compound flag z) beside the bare stem
    // kjenn/NE (unmarked) whose flags give "kjenne" and "kjenner" too; bord/Nz beside bore/VDz
    // (D makes "bord" a form of bore).
    const aff = `${AFF}SFX D Y 1\nSFX D e d e\nSFX E Y 1\nSFX E 0 e .\n`;
    const dic = `kjenne/VNz\nkjenn/NE\nbord/Nz\nbore/VDz`;
    const mk = (options: Partial<HunspellOptions>) =>
      hunspellForms({ data: { aff, dic: `4\n${dic}\n` }, normalize: lower, choose: 'shortest', ...options }).wordForm;
    const plain = mk({});
    const marked = mk({ lemmaMark: { flag: 'z' } });
    // Without the mark the stem wins (shorter): kjenner and kjenne → kjenn; bord loses the tie to bore.
    expect(plain('kjenner')).toBe('kjenn');
    expect(plain('kjenne')).toBe('kjenn');
    expect(plain('bord')).toBe('bore');
    // With it the marked lemma wins among the relatives, and keeps its length tie.
    expect(marked('kjenner')).toBe('kjenne');
    expect(marked('kjenne')).toBe('kjenne');
    expect(marked('bord')).toBe('bord');
    expect(marked('borden')).toBe('bord');
    // No marked relative: as before (the stem on its own has no relatives).
    expect(marked('kjenn')).toBe('kjenn');
    // notWith: a marked entry that also carries an agent-noun flag (I) is no mark; the present
    // "samler" then goes to the (unmarked) verb samle, not to the agent noun samler/Iz.
    const agent = (options: Partial<HunspellOptions>) =>
      hunspellForms({ data: { aff: `${aff}SFX I Y 1\nSFX I 0 e .\n`, dic: `2\nsamle/V\nsamler/Iz\n` }, normalize: lower, choose: 'shortest', ...options }).wordForm;
    expect(agent({ lemmaMark: { flag: 'z' } })('samler')).toBe('samler');
    expect(agent({ lemmaMark: { flag: 'z', notWith: ['I'] } })('samler')).toBe('samle');
    expect(agent({ lemmaMark: { flag: 'z', notWith: ['I'] } })('samlte')).toBe('samle');
  });

  it('closest: the engine key, the word itself when it is a lemma', () => {
    const k = key({ choose: 'closest' });
    expect(k('bile')).toBe('bile');
    expect(k('bilen')).toBe('bil');
  });

  it('rules apply to unknown words only, lemmaRules to entries tied to nothing; results must be known', () => {
    const rules = [[/s$/, ''] as const];
    // krampens is unknown; the rule gives krampen, a form (not an entry): kept only with ruleResults 'forms'.
    expect(key({ rules })('krampens')).toBe('krampens');
    expect(key({ rules, ruleResults: 'forms' })('krampens')).toBe('kramp');
    expect(key({ rules: [[/en$/, 'k']] })('maken')).toBe('maken'); // an entry: plain rules do not touch it
    expect(key({ lemmaRules: [[/ken$/, 'ak']] })('maken')).toBe('maak');
    expect(key({ rules: [[/s$/, 'x']] })('bils')).toBe('bils'); // "bilx" is no word: rejected
  });

  it('ruleOrder first: the first rule with an accepted lemma decides', () => {
    const lemmaRules = [[/aken$/, 'aak'] as const, [/en$/, ''] as const];
    // Both give an entry (maak, mak): by default the shorter wins, with "first" the first rule.
    expect(key({ lemmaRules })('maken')).toBe('mak');
    expect(key({ lemmaRules, ruleOrder: 'first' })('maken')).toBe('maak');
  });

  it('ruleLemmaWins: a lemma rule may replace an entry tied to nothing by a longer lemma', () => {
    const lemmaRules = [[/ak$/, 'aken'] as const];
    expect(key({ lemmaRules })('mak')).toBe('mak'); // longer than the word: not by default
    expect(key({ lemmaRules, ruleLemmaWins: true })('mak')).toBe('maken');
    expect(key({ lemmaRules, ruleLemmaWins: true })('bil')).toBe('bil'); // no rule matches
  });

  it('accept can veto a rule lemma', () => {
    expect(key({ lemmaRules: [[/ken$/, 'ak']], accept: () => false })('maken')).toBe('maken');
  });

  it('exceptions: forms map to the lemma, and the lemma is a key as it stands', () => {
    const exceptions = exceptionTable('rotten rota', lower);
    const k = key({ exceptions });
    expect(k('rotten')).toBe('rota');
    expect(k('rota')).toBe('rota'); // not its shorter look-alike "rot"
    expect(k('rot')).toBe('rot');
    // A lemma of the table that the dictionary ties to a shorter lemma still keys to itself.
    expect(key()('biler')).toBe('bil');
    expect(key({ exceptions: exceptionTable('bilar biler', lower) })('biler')).toBe('biler');
    expect(key({ exceptions: exceptionTable('bilar biler', lower) })('bilar')).toBe('biler');
  });

  it('compoundPart: an unknown word keys as its first part plus the key of its longest known last part', () => {
    const k = key({ compoundPart: 3 });
    expect(k('spierkramper')).toBe('spierkramp');
    expect(k('spierkramp')).toBe('spierkramp');
    expect(k('spierkatten')).toBe('spierkatten'); // no last part of 3+ letters is known (kat has no plural flag)
    expect(key()('spierkramper')).toBe('spierkramper'); // off by default
  });

  it('rulesFirst: with closest a rule lemma that is an entry beats the dictionary reading of a non-entry', () => {
    const rules = [[/er$/, ''] as const];
    expect(key({ choose: 'closest', rules, ruleResults: 'entries' })('biler')).toBe('bile');
    expect(key({ choose: 'closest', rules, ruleResults: 'entries', rulesFirst: true })('biler')).toBe('bil');
  });

  it('ownLemma: a word whose listed plural shows it is a lemma of its own keys to itself', () => {
    const own = (w: string) => [`${w}s`];
    expect(key({ choose: 'closest' })('bilte')).toBe('bile');
    expect(key({ choose: 'closest', ownLemma: own })('bilte')).toBe('bilte'); // biltes is listed
    expect(key({ choose: 'closest', ownLemma: own })('bilen')).toBe('bil'); // bilens is not
  });
});
