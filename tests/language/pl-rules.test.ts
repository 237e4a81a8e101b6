import { describe, expect, it } from 'vitest';
import { pl } from '../../src/language/pl.js';

/** Polish rules over dictionary-pl's own data (session 10): words not among the probe lists. */
describe('Polish homographs: which reading keys the word', () => {
  const same = (a: string, b: string) => expect(pl.wordForm(a)).toBe(pl.wordForm(b));
  const differ = (a: string, b: string) => expect(pl.wordForm(a)).not.toBe(pl.wordForm(b));

  it("reads -owi as a noun's dative before a relational adjective's masculine-personal plural", () => {
    same('balonowi', 'balon');
    same('klubowi', 'klub');
    differ('balonowi', 'balonowy');
    // nów is no dative of nowi: the adjective stays.
    same('nowi', 'nowy');
  });

  it("reads an alternated masculine-personal plural as the adjective's before the verb made from it", () => {
    same('bogaci', 'bogaty');
    same('złoci', 'złoty');
    differ('bogaci', 'bogacić');
    // A plain -y → -i plural leaves the engine's choice: lubi is lubić's.
    same('lubi', 'lubić');
  });

  it("reads an adjective's feminine or plural before the case form of a noun made from it", () => {
    same('zła', 'zły');
    same('ciepła', 'ciepły');
    same('bufetowe', 'bufetowy');
    differ('zła', 'zło');
  });

  it("reads a verb's present or past before a noun's case form or a bare entry", () => {
    same('grzebał', 'grzebać');
    same('porosła', 'porosnąć');
    // A consonant-final noun that begins the verb stays the noun's (sklepać is made from sklep).
    same('sklepie', 'sklep');
    // -nąć makes no verbs from nouns: płynie is płynąć's, not płyn's (a probe word: no other such pair found).
    same('płynie', 'płynąć');
    // The imperative of a prefixed -stać.
    same('zostańcie', 'zostać');
    same('powstań', 'powstać');
    // Imperatives leave the engine's choice: spraw, domów are genitive plurals.
    same('spraw', 'sprawa');
    same('domów', 'dom');
    // An -a noun's accusative and instrumental stay the noun's.
    same('duszę', 'dusza');
    same('burzą', 'burza');
  });
});

describe("Polish locatives with the stem's consonant softened", () => {
  const same = (a: string, b: string) => expect(pl.wordForm(a)).toBe(pl.wordForm(b));

  it("reads -e/-ie as the regular alternated locative of the one noun it fits, before a possessive adjective's -e", () => {
    same('krowie', 'krowa');
    same('sowie', 'sowa');
    same('kogucie', 'kogut');
    same('sokole', 'sokół');
    // A possessive adjective's other forms stay the adjective's.
    expect(pl.wordForm('krowia')).toBe(pl.wordForm('krowi'));
    // Not before an adjective of quality (one with an adverb: głupio), a masculine soft stem's
    // plural -e (węgle: węgiel's, not węgieł's) or a soft feminine's plural (parafie, grusze).
    same('głupie', 'głupi');
    same('węgle', 'węgiel');
    same('parafie', 'parafia');
    same('grusze', 'grusza');
  });
});

describe('Polish bare case forms and irregular verbs', () => {
  const same = (a: string, b: string) => expect(pl.wordForm(a)).toBe(pl.wordForm(b));

  it('undoes a soft stem before a vowel ending, the vocative -cze and a fleeting e of the genitive plural', () => {
    same('liściom', 'liść');
    same('pieśniom', 'pieśń');
    same('szewcze', 'szewc');
    same('obeł', 'obło');
    // Not before the zero ending: wasi is wasz's plural, not waś's.
    expect(pl.wordForm('wasi')).toBe('wasi');
  });

  it('keys the present tenses of biec, bać, ciąć, rosnąć and stać by their infinitives', () => {
    same('biegniemy', 'biec');
    same('boimy', 'bać');
    same('tniemy', 'ciąć');
    same('rośniemy', 'rosnąć');
    same('stoimy', 'stać');
    same('tygodniami', 'tydzień');
    // brat's singular forms the dictionary lists bare (brata is also bratać's third person).
    same('bracie', 'brat');
  });
});

/** Session 11: rules checked on dictionary-pl's entries (words not among the probe lists). */
describe('Polish lemmas of their own, adjectival nouns and masculine-personal plurals', () => {
  const same = (a: string, b: string) => expect(pl.wordForm(a)).toBe(pl.wordForm(b));
  const differ = (a: string, b: string) => expect(pl.wordForm(a)).not.toBe(pl.wordForm(b));

  it("keeps a paradigm's lemma that is no other lemma's form as itself (the rules for bare entries are not for it)", () => {
    expect(pl.wordForm('obraza')).toBe('obraza');
    expect(pl.wordForm('postawa')).toBe('postawa');
    expect(pl.wordForm('nadzieja')).toBe('nadzieja');
    differ('obraza', 'obraz');
    differ('strzała', 'strzał');
    same('strzałę', 'strzała');
    same('dyplomatą', 'dyplomata');
  });

  it("keys a feminine adjectival noun (flag K) by its adjective, or by the verb whose past it is", () => {
    same('chuda', 'chudy');
    same('chudych', 'chudy');
    same('przybyła', 'przybyć');
    // biegnąć is biec's variant infinitive: its forms are biec's.
    same('biegłem', 'biec');
  });

  it("reads a relational adjective's masculine-personal plural after a noun's case form, a quality adjective's before an -ie noun's", () => {
    same('końcowi', 'koniec');
    same('lipcowi', 'lipiec');
    same('sypialni', 'sypialnia');
    same('bezgłowi', 'bezgłowy');
    // A personal noun's plural is not the adjective's: służbiści is służbista's.
    same('służbiści', 'służbista');
  });

  it('keeps an -anin plural where no locative fits and reads no zero-ending genitive plural as a zero-ending lemma', () => {
    same('mieszczanie', 'mieszczanin');
    same('ziemianie', 'ziemianin');
    // ogól is ogolić's imperative, no form of ogół.
    differ('ogól', 'ogół');
  });
});

describe('Polish homographs by the lemma in use (a frequency list of forms)', () => {
  const same = (a: string, b: string) => expect(pl.wordForm(a)).toBe(pl.wordForm(b));
  const differ = (a: string, b: string) => expect(pl.wordForm(a)).not.toBe(pl.wordForm(b));

  it('moves a word from a lemma none of whose own forms is in use to the rival that has one', () => {
    // wodza, stworami, kible: forms of the rare lemmas wodza, stwora, kibla beside wódz, stwór, kibel.
    same('wodza', 'wódz');
    same('stworami', 'stwór');
    same('kible', 'kibel');
    // media are medium's plural; róż, lig the genitive plurals of róża, liga.
    same('media', 'medium');
    same('róż', 'róża');
    same('lig', 'liga');
    // A variant infinitive to the verb in use.
    same('przysięgła', 'przysiąc');
  });

  it('changes nothing when the lemma is in use, and never for an imperative or a participle reading', () => {
    // złość, wykop are nouns first (złość is also złościć's imperative).
    differ('złość', 'złościć');
    differ('wykop', 'wykopać');
    expect(pl.wordForm('wódz')).toBe('wódz');
  });
});
