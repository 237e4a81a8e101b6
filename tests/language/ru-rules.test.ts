import { describe, expect, it } from 'vitest';
import { ru } from '../../src/language/ru.js';

/** Russian rules over dictionary-ru's own data (session 9): words not among the probe lists. */
describe('Russian word forms', () => {
  const same = (a: string, b: string) => expect(ru.wordForm(a)).toBe(ru.wordForm(b));

  it('keys an imperative entry (flag B) by the verb its first person or third person plural reads', () => {
    same('внеси', 'внести');
    same('зайди', 'зайти');
    same('отыщи', 'отыскать');
    // Two verbs read разрежу (разредить, разрезать): разрежут decides.
    same('разрежь', 'разрезать');
    // An imperative in -ли is also a past plural: not сослать's (session 10: сойти's, the past).
    expect(ru.wordForm('сошли')).not.toBe(ru.wordForm('сослать'));
  });

  it('reads -ой as the instrumental of an -а noun whose stem the dictionary lists apart', () => {
    same('душой', 'душа');
  });

  it('puts a fleeting vowel back into a two-letter stem when its dative and instrumental are entries', () => {
    same('сне', 'сна');
    same('сны', 'сну');
    same('швами', 'шва');
  });

  it("lets a proper noun's entry give way to the lower-case one (Ковров beside the genitive ковров)", () => {
    same('ковров', 'ковер');
  });
});

describe('Russian participles with a changed stem', () => {
  const same = (a: string, b: string) => expect(ru.wordForm(a)).toBe(ru.wordForm(b));
  it('reads an active present participle in its third person plural and a past passive one in its first person', () => {
    same('пишущий', 'писать');
    same('выкрашенный', 'выкрасить');
    // -енный is no -ать verb's (заплачу is also заплакать's), nor a relational adjective's.
    expect(ru.wordForm('заплаченный')).not.toBe(ru.wordForm('заплакать'));
    expect(ru.wordForm('военный')).not.toBe(ru.wordForm('выть'));
    expect(ru.wordForm('башенный')).not.toBe(ru.wordForm('басить'));
  });
});

describe('Russian homographs and stem changes (session 10)', () => {
  const same = (a: string, b: string) => expect(ru.wordForm(a)).toBe(ru.wordForm(b));
  const differ = (a: string, b: string) => expect(ru.wordForm(a)).not.toBe(ru.wordForm(b));

  it('reads a past plural before an imperative and a past before a short adjective', () => {
    same('пили', 'пить');
    same('сели', 'сесть');
    differ('сели', 'селить');
    same('гнил', 'гнить');
  });

  it("reads an imperative entry the engine ties to no verb as a noun's form, one it ties as the verb's", () => {
    same('шей', 'шея');
    same('беги', 'бежать');
  });

  it('keys the pasts of prefixed идти by their infinitive', () => {
    same('пошел', 'пойти');
    same('вошла', 'войти');
    same('вышли', 'выйти');
  });

  it("reads a bare first person with a changed consonant as its verb's", () => {
    same('затрачу', 'затратить');
    same('запрещу', 'запретить');
  });

  it('puts back the soft sign a fleeting vowel took and reads -ов of a neuter noun', () => {
    same('свадеб', 'свадьба');
    same('тюрем', 'тюрьма');
    same('облачков', 'облачко');
  });
});

describe('Russian -ль/-нь nouns (session 10)', () => {
  it('keeps a noun in -ль/-нь its own lemma: the -ля/-ня genitive-plural rule wants a noun entry', () => {
    expect(ru.wordForm('соль')).toBe('соль');
    expect(ru.wordForm('грань')).toBe('грань');
    expect(ru.wordForm('недель')).toBe(ru.wordForm('неделя'));
  });
});

describe('Russian imperatives -ой/-уй and three-letter -и words (session 10)', () => {
  it('keys an imperative-only entry in -ой/-уй by its -еть/-ыть/-уть verb, whose present adds the vowel', () => {
    expect(ru.wordForm('спой')).toBe(ru.wordForm('спеть'));
    expect(ru.wordForm('обуй')).toBe(ru.wordForm('обуть'));
    // запой is also a noun (its entry has noun flags): left alone.
    expect(ru.wordForm('запой')).toBe('запой');
  });

  it('reads a three-letter word in -и as a fleeting-vowel noun only after a velar, sibilant or н/л', () => {
    expect(ru.wordForm('пси')).toBe('пси');
    expect(ru.wordForm('мхи')).toBe(ru.wordForm('мох'));
  });
});

describe('Russian -ья nouns and short participles beside nouns (session 10, second round)', () => {
  it("reads -ью as an -ья noun's accusative before an -ь word's instrumental", () => {
    expect(ru.wordForm('семью')).toBe(ru.wordForm('семья'));
    expect(ru.wordForm('семью')).not.toBe(ru.wordForm('семь'));
    expect(ru.wordForm('полынью')).toBe(ru.wordForm('полынья'));
    // Not a plural stem's -ья (копья/O is копьё's plural): копью stays копьё's or копь's, not коп.
    expect(ru.wordForm('копью')).not.toBe(ru.wordForm('копья'));
  });

  it("reads a bare -ей entry as the -ья noun's genitive plural before an -ь noun's", () => {
    expect(ru.wordForm('статей')).toBe(ru.wordForm('статья'));
    expect(ru.wordForm('статей')).not.toBe(ru.wordForm('стать'));
  });

  it('reads a zero-ending genitive plural in -ен before a short past participle spelt the same', () => {
    expect(ru.wordForm('сплетен')).toBe(ru.wordForm('сплетня'));
    expect(ru.wordForm('сплетен')).not.toBe(ru.wordForm('сплетенный'));
  });

  it("reads -ов as a masculine noun's genitive plural before a possessive adjective spelt the same", () => {
    expect(ru.wordForm('стариков')).toBe(ru.wordForm('старик'));
    expect(ru.wordForm('женихов')).toBe(ru.wordForm('жених'));
    // The adjective's other forms stay its own; -ев possessives are no genitive plurals (царей).
    expect(ru.wordForm('стариковы')).not.toBe(ru.wordForm('старик'));
    expect(ru.wordForm('царев')).not.toBe(ru.wordForm('царь'));
    // Through nounLemma only with a fleeting vowel put back (отц-ов → отец), not ад (адов, hellish).
    expect(ru.wordForm('адов')).not.toBe(ru.wordForm('ад'));
  });
});
