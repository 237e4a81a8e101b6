import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formTable, hunspellForms, type HunspellOptions } from '../../src/language/hunspell.js';
import { normalizeWord } from '../../src/text/normalize.js';

/** The Hunspell engine on small dictionaries written here (each feature on its own). */
const lower = (word: string) => normalizeWord(word, '');
const engine = (aff: string, dic: string, options: Partial<HunspellOptions> = {}) =>
  hunspellForms({ data: { aff, dic: `${dic.trim().split('\n').length}\n${dic.trim()}\n` }, normalize: lower, ...options });

describe('Hunspell engine: affixes', () => {
  const aff = `
SET UTF-8
SFX S Y 3
SFX S 0 s [^sxz]
SFX S 0 es [sxz]
SFX S y ies [^aeiou]y
SFX D Y 2
SFX D 0 ed [^e]
SFX D 0 d e
PFX U Y 1
PFX U 0 un .
`;
  const dic = `
cat/S
box/S
city/S
walk/DS
bake/D
do/U
lock/UD
`;
  const h = engine(aff, dic);

  it('strips a suffix to a lemma that carries its flag, checking the condition on the lemma', () => {
    expect(h.wordForm('cats')).toBe('cat');
    expect(h.wordForm('boxes')).toBe('box');
    expect(h.wordForm('cities')).toBe('city');
    expect(h.wordForm('baked')).toBe('bake');
    expect(h.wordForm('walked')).toBe('walk');
    // Wrong ending for the condition: "boxs" is no form of box, "cats" needs no -es.
    expect(h.wordForm('boxs')).toBe('boxs');
    expect(h.wordForm('cates')).toBe('cates');
    // A flag the lemma does not carry: bake has no S.
    expect(h.wordForm('bakes')).toBe('bakes');
  });

  it('keeps lemmas and unknown words as themselves', () => {
    expect(h.wordForm('cat')).toBe('cat');
    expect(h.wordForm('dog')).toBe('dog');
    expect(h.analyse('dog')).toEqual({ key: 'dog', lemma: false, candidates: [] });
  });

  it('applies prefixes, and prefix with suffix only when both allow cross products', () => {
    expect(h.wordForm('undo')).toBe('do');
    expect(h.wordForm('unlocked')).toBe('lock');
    const noCross = engine(aff.replace('PFX U Y 1', 'PFX U N 1'), dic);
    expect(noCross.wordForm('unlock')).toBe('lock');
    expect(noCross.wordForm('unlocked')).toBe('unlocked');
  });

  it('treats derivation flags as making lemmas of their own, and inflection before derivation', () => {
    const d = engine(aff, dic, { derivationFlags: ['U'] });
    expect(d.wordForm('unlock')).toBe('unlock');
    expect(d.wordForm('unlocked')).toBe('unlock');
    expect(d.wordForm('lock')).toBe('lock');
    const suffixes = engine(
      `SFX J Y 2\nSFX J n ung ln\nSFX J n ungen ln\nSFX P Y 1\nSFX P 0 s .\n`,
      `handeln/J\nhandeln/P`,
      { derivationFlags: ['J'] },
    );
    // The derived lemma is the shortest form of the derivation flag (-ung, not -ungen).
    expect(suffixes.wordForm('handelungen')).toBe('handelung');
    expect(suffixes.wordForm('handelung')).toBe('handelung');
    expect(suffixes.wordForm('handelns')).toBe('handeln');
  });

  it('loads lazily and reports what it read', () => {
    const fresh = engine(aff, dic);
    expect(fresh.stats()).toBeNull();
    fresh.wordForm('cats');
    expect(fresh.stats()).toEqual({ entries: 7, suffixes: 5, prefixes: 1 });
  });
});

describe('Hunspell engine: flag formats, continuation classes, special flags', () => {
  it('reads FLAG long and twofold suffixes (the outer allowed by the inner continuation class)', () => {
    const h = engine(
      `FLAG long\nSFX Aa Y 1\nSFX Aa 0 er/Bb .\nSFX Bb Y 1\nSFX Bb 0 s .\n`,
      `play/Aa`,
    );
    expect(h.wordForm('player')).toBe('play');
    expect(h.wordForm('players')).toBe('play');
    // Bb on the lemma itself is not allowed: only after Aa.
    expect(h.wordForm('plays')).toBe('plays');
  });

  it('reads FLAG num and FLAG UTF-8', () => {
    const num = engine(`FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\n`, `tree/7,101`);
    expect(num.wordForm('trees')).toBe('tree');
    const utf = engine(`FLAG UTF-8\nSFX À Y 1\nSFX À 0 s .\nSFX Á Y 1\nSFX Á 0 x .\n`, `arbol/Á`);
    expect(utf.wordForm('arbolx')).toBe('arbol');
    expect(utf.wordForm('arbols')).toBe('arbols');
  });

  it('honours NEEDAFFIX, FORBIDDENWORD and ONLYINCOMPOUND', () => {
    const h = engine(
      `NEEDAFFIX h\nFORBIDDENWORD d\nONLYINCOMPOUND o\nSFX S Y 1\nSFX S 0 s .\n`,
      `stem/hS\nbad/dS\npart/oS\nfine/S`,
    );
    // A pseudo-root is no word, but its forms key to it.
    expect(h.analyse('stem').lemma).toBe(false);
    expect(h.wordForm('stems')).toBe('stem');
    expect(h.wordForm('bads')).toBe('bads');
    expect(h.wordForm('parts')).toBe('parts');
    expect(h.wordForm('fines')).toBe('fine');
  });

  it('markFlags: entries report the given rule-less flags as marks, only when asked', () => {
    const aff = `NOSUGGEST n\nSFX S Y 1\nSFX S 0 s .\n`;
    const dic = `wart/Sn\nfine/S`;
    expect(engine(aff, dic).entries('wart')).toEqual([{ word: 'wart', flags: ['S'], lemma: true }]);
    const marked = engine(aff, dic, { markFlags: ['n'] });
    expect(marked.entries('wart')).toEqual([{ word: 'wart', flags: ['S'], lemma: true, marks: ['n'] }]);
    expect(marked.entries('fine')).toEqual([{ word: 'fine', flags: ['S'], lemma: true, marks: [] }]);
    // Keys do not change.
    expect(marked.wordForm('warts')).toBe(engine(aff, dic).wordForm('warts'));
  });

  it('honours CIRCUMFIX: the prefix and the suffix only together', () => {
    const h = engine(
      `CIRCUMFIX f\nPFX G Y 1\nPFX G 0 ge/f .\nSFX T Y 2\nSFX T en t/f en\nSFX T en t en\n`,
      `machen/GT`,
    );
    expect(h.wordForm('gemacht')).toBe('machen');
    expect(h.wordForm('macht')).toBe('machen');
    expect(h.wordForm('gemachen')).toBe('gemachen');
  });

  it('honours IGNORE', () => {
    const h = engine(`IGNORE ·\nSFX S Y 1\nSFX S 0 s .\n`, `co·la/S`);
    expect(h.wordForm('colas')).toBe('cola');
  });
});

describe('Hunspell engine: choosing one key', () => {
  const aff = `
SFX S Y 1
SFX S 0 s .
SFX G Y 1
SFX G o a o
SFX R Y 2
SFX R r 0 ar
SFX R ar o ar
`;
  it('picks the least change among candidates, then preferFlags and preferLemmas', () => {
    // "larga": largo (G: o → a, change 2) or largar (R: drop r, change 1).
    const dic = `largo/GS\nlargar/R`;
    expect(engine(aff, dic).wordForm('larga')).toBe('largar');
    expect(engine(aff, dic, { preferFlags: ['G'] }).wordForm('larga')).toBe('largo');
    expect(engine(aff, dic, { preferLemmas: new Set(['largo']) }).wordForm('larga')).toBe('largo');
  });

  it('absorbs a lemma whose every form belongs to one other lemma, not one with forms of its own', () => {
    // ayuda/S: ayuda, ayudas — ayudar gives ayuda (R) but not ayudas, so no; with a second rule it does.
    const aff2 = aff + 'SFX E Y 1\nSFX E r s ar\n';
    expect(engine(aff2, `ayuda/S\nayudar/RE`).wordForm('ayudas')).toBe('ayudar');
    expect(engine(aff2, `ayuda/S\nayudar/RE`).wordForm('ayuda')).toBe('ayudar');
    expect(engine(aff, `ayuda/S\nayudar/R`).wordForm('ayuda')).toBe('ayuda');
    expect(engine(aff, `ayuda/S\nayudar/R`).wordForm('ayudas')).toBe('ayuda');
    // absorbRequires: forms through E absorb only entries that carry G.
    expect(engine(aff2, `ayuda/S\nayudar/RE`, { absorbRequires: { E: 'G' }, preferFlags: [] }).wordForm('ayudas')).toBe('ayuda');
  });

  it('applies the exception table to the word and to the lemma it found', () => {
    const h = engine(aff, `ging/S\ngehen/S`, { exceptions: formTable('ging gegangen gehen', lower) });
    expect(h.wordForm('ging')).toBe('gehen');
    expect(h.wordForm('gings')).toBe('gehen');
    expect(h.wordForm('gegangen')).toBe('gehen');
  });

  it("capitalisedEntries 'unlessForm': a proper noun's entry yields to a lower-case lemma the word is an inflection of", () => {
    // French-like: Lourdes (a town) beside lourde/S; Paris has no lower-case reading; Haus is a
    // German-like capitalised noun with forms of its own; Marcos is only a derivation of marc.
    // (Lourdes carries a flag, as in dictionary-fr: Lourdes/L'D'Q'; a flagless one is absorbed anyway.)
    const aff2 = aff + 'SFX D Y 1\nSFX D 0 os .\n';
    const dic = `lourde/S\nLourdes/S\nParis\nHaus/S\nmarc/D\nMarcos`;
    const plain = engine(aff2, dic, { derivationFlags: ['D'] });
    const yielding = engine(aff2, dic, { derivationFlags: ['D'], capitalisedEntries: 'unlessForm' });
    // Default: the capitalised entry makes the word a lemma of its own (German keeps its nouns).
    expect(plain.wordForm('lourdes')).toBe('lourdes');
    expect(plain.analyse('lourdes').lemma).toBe(true);
    expect(yielding.wordForm('lourdes')).toBe('lourde');
    expect(yielding.analyse('lourdes')).toEqual({ key: 'lourde', lemma: false, candidates: ['lourde'] });
    // No lower-case inflection reading: the proper noun stays itself, and so does a word that is
    // only a derivation of a lower-case lemma.
    expect(yielding.wordForm('paris')).toBe('paris');
    expect(yielding.analyse('marcos').lemma).toBe(true);
    expect(yielding.wordForm('marcos')).toBe('marcos');
    // A capitalised entry's own forms are untouched.
    expect(yielding.wordForm('hauss')).toBe('haus');
    expect(yielding.wordForm('haus')).toBe('haus');
    // Lower-case entries are lemmas as before: the option looks at capitals only.
    expect(engine(aff2, `lourd/S\nlourds/S`, { capitalisedEntries: 'unlessForm' }).wordForm('lourds')).toBe('lourds');
  });

  it("capitalisedEntries 'unlessForm': among candidate lemmas a proper noun's gives way to a lower-case one", () => {
    // romas is a form of the name Roma (+s, the closer candidate) and of the lower-case romo (o → as).
    const aff3 = 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\nSFX X Y 1\nSFX X o as o\n';
    const dic = `Roma/S\nromo/X`;
    expect(engine(aff3, dic).wordForm('romas')).toBe('roma');
    const yielding = engine(aff3, dic, { capitalisedEntries: 'unlessForm' });
    expect(yielding.wordForm('romas')).toBe('romo');
    expect(yielding.analyse('romas')).toEqual({ key: 'romo', lemma: false, candidates: ['romo'] });
    // With no lower-case candidate the name's reading stays.
    expect(engine(aff3, `Roma/S`, { capitalisedEntries: 'unlessForm' }).wordForm('romas')).toBe('roma');
  });

  it('uses the fallback only for a word that is still its own key', () => {
    const h = engine(aff, `pais\npaises\nmes/S`, {
      fallback: (norm) => (norm.endsWith('es') ? [norm.slice(0, -2)] : []),
    });
    expect(h.wordForm('paises')).toBe('pais');
    expect(h.wordForm('mess')).toBe('mes');
  });

  it('gives the same keys whatever the order of the dictionary lines (determinism)', () => {
    const lines = ['largo/GS', 'largar/R', 'casa/S', 'casar/R', 'caso/S', 'ayuda/S', 'ayudar/R', 'cosa/S'];
    const words = ['larga', 'largas', 'largo', 'casa', 'casas', 'caso', 'casos', 'ayuda', 'ayudas', 'cosas', 'largar'];
    const reference = engine(aff, lines.join('\n'));
    const expected = words.map((w) => reference.wordForm(w));
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), (order) => {
        const h = engine(aff, order.join('\n'));
        expect(words.map((w) => h.wordForm(w))).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('Hunspell engine: telling a dictionary’s derivations from its inflections', () => {
  // A toy Dutch-like dictionary: T is a past tense (+te), P a noun plural (+n), N a definite
  // (+n) that the dictionary also puts on verbs (V: the present +t) to make action nouns, K an
  // inflecting flag with one deriving rule (+sk beside the genitive +s).
  const aff = `
SET UTF-8
SFX T Y 1
SFX T 0 te .
SFX P Y 1
SFX P 0 n .
SFX N Y 1
SFX N 0 n .
SFX V Y 1
SFX V 0 t .
SFX K Y 2
SFX K 0 s .
SFX K 0 sk .
`;
  const dic = `
diep/T
diepte/P
wacht/T
wachta/NV
klocka/NVP
medicin/K
`;
  const plain = engine(aff, dic, { choose: 'shortest' });

  it('homographFlags: a past tense does not claim an entry with a paradigm of its own, and still joins other words', () => {
    expect(plain.wordForm('diepte')).toBe('diep');
    const h = engine(aff, dic, { choose: 'shortest', homographFlags: ['T'] });
    expect(h.wordForm('diepte')).toBe('diepte');
    expect(h.wordForm('diepten')).toBe('diepte');
    // Not an entry: the past tense as before.
    expect(h.wordForm('wachtte')).toBe('wacht');
  });

  it('notFormOf: a flag on a word class it does not inflect makes no form of it', () => {
    expect(plain.wordForm('wachtan')).toBe('wachta');
    const h = engine(aff, dic, { choose: 'shortest', notFormOf: (flag, entry) => flag === 'N' && entry.includes('V') && !entry.includes('P') });
    expect(h.wordForm('wachtan')).toBe('wachtan');
    expect(h.wordForm('wachtat')).toBe('wachta');
    // A noun that is also a verb keeps its definite form.
    expect(h.wordForm('klockan')).toBe('klocka');
  });

  it('derivationRule: one rule of an inflecting flag derives, the others still inflect', () => {
    expect(plain.wordForm('medicinsk')).toBe('medicin');
    const h = engine(aff, dic, { choose: 'shortest', derivationRule: (flag, add) => flag === 'K' && add === 'sk' });
    expect(h.wordForm('medicinsk')).toBe('medicinsk');
    expect(h.wordForm('medicins')).toBe('medicin');
  });

  it('yieldFlags: a past-tense reading gives way to another lemma\'s plural', () => {
    const aff2 = `${aff}SFX Q Y 1\nSFX Q 0 en .\nSFX R Y 1\nSFX R 0 den .\n`;
    const dic2 = `${dic}\nmaand/Q\nmaan/R\nroei/R\n`;
    const before = engine(aff2, dic2, { choose: 'shortest' });
    expect(before.wordForm('maanden')).toBe('maan');
    const h = engine(aff2, dic2, { choose: 'shortest', yieldFlags: { flags: ['R'], to: ['Q'] } });
    expect(h.wordForm('maanden')).toBe('maand');
    // Alone, the past tense still joins its verb.
    expect(h.wordForm('roeiden')).toBe('roei');
  });

  it('leaves every key unchanged when the options are absent or empty', () => {
    const h = engine(aff, dic, { choose: 'shortest', homographFlags: [], notFormOf: () => false, derivationRule: () => false, yieldFlags: { flags: [], to: [] } });
    for (const word of ['diepte', 'diepten', 'wachtte', 'wachtan', 'wachtat', 'klockan', 'medicinsk', 'medicins']) expect(h.wordForm(word)).toBe(plain.wordForm(word));
  });
});

describe('Hunspell engine: entryAllFlags', () => {
  const aff = `
SET UTF-8
SFX S Y 1
SFX S 0 s .
SFX Y Y 1
SFX Y 0 je .
`;
  const dic = `
kat/SYC
`;
  it('gives entries their raw flags (derivation and ignored ones too) only when asked', () => {
    const options = { derivationFlags: ['Y'], ignoreFlags: ['C'] };
    expect(engine(aff, dic, options).entries('kat')).toEqual([{ word: 'kat', flags: ['S'], lemma: true }]);
    expect(engine(aff, dic, { ...options, entryAllFlags: true }).entries('kat')).toEqual([{ word: 'kat', flags: ['S'], lemma: true, allFlags: ['S', 'Y', 'C'] }]);
  });
});
