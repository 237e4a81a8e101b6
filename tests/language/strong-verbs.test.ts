import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';

/**
 * Strong verbs by ablaut rules (de.ts, nl.ts, sv.ts, nb.ts): forms the dictionaries list apart join
 * their infinitive through the vowel series, checked against the real dictionaries; the guards
 * (a strong verb only, nouns and infinitives keep their reading) each have a case.
 */
const key = (code: string) => {
  const language = languageFor(code);
  return (word: string) => language.wordForm(normalizeWord(word, language.keepDiacritics));
};

describe('strong verbs by ablaut', () => {
  it('German: past, present and participle stems join the infinitive; weak look-alikes and nouns do not', () => {
    const de = key('de');
    for (const [infinitive, forms] of [
      ['sinken', ['sank', 'gesunken']],
      ['brechen', ['bricht', 'brach', 'gebrochen']],
      ['frieren', ['fror']],
      ['graben', ['gräbt', 'grub']],
      ['gießen', ['goss', 'gegossen']],
      ['rennen', ['rannte', 'gerannt']],
      // Series the rules gained in session 10: i → a (fing), ie → o (stieß), ö → o (stößt), o → ü
      // (log), a 2nd person listed apart (giltst → gilt, trittst → tritt), a verb that is weak
      // too (schmelzen schmolz), a participle before a bare -en stem (geritten: not geraten).
      ['fangen', ['fing', 'fingen']],
      ['stoßen', ['stieß', 'stößt']],
      ['lügen', ['log', 'gelogen']],
      ['gelten', ['gilt', 'galt']],
      ['treten', ['tritt']],
      ['schmelzen', ['schmolz', 'schmilzt', 'geschmolzen']],
      ['reiten', ['geritten']],
      ['riechen', ['roch', 'gerochen']],
      // ß after the past's long vowel, ss after the infinitive's short one.
      ['fressen', ['fraß', 'fraßen']],
      // Verbs that are weak too, by their own series (schuf: schaffen, not schiffen; sog: saugen,
      // not siegen; schliff: schleifen, not schlafen by i -> a).
      ['schaffen', ['schuf']],
      ['saugen', ['sog', 'gesogen']],
      ['schleifen', ['schliff', 'geschliffen']],
      ['scheren', ['schor']],
    ] as const) {
      for (const form of forms) expect([form, de(form)]).toEqual([form, de(infinitive)]);
    }
    // gebeten is bitten's (strong), not the weak beten's; bitten itself stays bitten (not bieten).
    expect(de('gebeten')).toBe(de('bitten'));
    expect(de('bitten')).not.toBe(de('bieten'));
    expect(de('beten')).not.toBe(de('bitten'));
    // An infinitive of the dictionary is no participle: gehören is not ge- + hören; liegen is not lügen's.
    expect(de('gehören')).not.toBe(de('hören'));
    expect(de('gehört')).toBe(de('gehören'));
    expect(de('liegen')).not.toBe(de('lügen'));
    // A capitalised noun spelt like a past keeps the noun where the capital is read (Schloss, and
    // a typed keyword); the lower-case past is the verb's (schloss, biss, band).
    const german = languageFor('de');
    const spelt = (word: string, where: 'text' | 'typed') => german.wordForm(normalizeWord(word, german.keepDiacritics), german.spelling!(word, normalizeWord(word, german.keepDiacritics), where));
    expect(spelt('Schloss', 'text')).not.toBe(de('schließen'));
    expect(spelt('schloss', 'typed')).toBe(spelt('Schloss', 'text'));
    expect(spelt('schloss', 'text')).toBe(de('schließen'));
    expect(spelt('biss', 'text')).toBe(de('beißen'));
    expect(spelt('band', 'text')).toBe(de('binden'));
    expect(spelt('Band', 'text')).not.toBe(de('binden'));
  });

  it('German: prefixed verbs (subordinate-clause order, participles, inseparable prefixes) join the prefixed infinitive', () => {
    const german = languageFor('de');
    const text = (word: string) => {
      const norm = normalizeWord(word, german.keepDiacritics);
      return german.wordForm(norm, german.spelling!(word, norm, 'text'));
    };
    for (const [infinitive, forms] of [
      ['aufstehen', ['aufstand', 'aufgestanden']],
      ['zumachen', ['zumachte']],
      ['umsteigen', ['umstieg', 'umgestiegen']],
      ['fernsehen', ['fernsah', 'ferngesehen']],
      ['mitbringen', ['mitbrachte', 'mitgebracht']],
      ['versprechen', ['verspricht', 'versprach', 'versprochen']],
      ['verstecken', ['versteckt', 'versteckte']],
      ['zerstören', ['zerstört', 'zerstörte']],
    ] as const) {
      for (const form of forms) expect([form, text(form)]).toEqual([form, text(infinitive)]);
    }
    // Guards: the simple verb's bare stem is no form (bereit is not be- + reit, reiten's
    // imperative), an adjective entry only a participle (begabt is not be- + gabt, begeben's
    // 2nd plural past), and the capital still gives the noun (Umstieg, Aufstand).
    expect(text('bereit')).not.toBe(text('bereiten'));
    expect(text('begabt')).not.toBe(text('begeben'));
    expect(text('Umstieg')).not.toBe(text('umsteigen'));
    expect(text('Aufstand')).not.toBe(text('aufstehen'));
  });

  it('Dutch: pasts and participles join the verb stem; a noun with forms of its own is no past', () => {
    const nl = key('nl');
    for (const [infinitive, forms] of [
      ['zingen', ['zong', 'zongen', 'gezongen']],
      ['vliegen', ['vloog', 'vlogen', 'gevlogen']],
      ['trekken', ['trok', 'getrokken']],
      // A d-stem verb (snijd + t = snijdt) is a verb to the rules as well.
      ['snijden', ['snijdt', 'sneed', 'sneden', 'gesneden']],
      ['glijden', ['gleed']],
      // A t-stem (smelt: its -t is not written) by its infinitive's present participle.
      ['smelten', ['smelt', 'smolt', 'smolten', 'gesmolten']],
    ] as const) {
      for (const form of forms) expect([form, nl(form)]).toEqual([form, nl(infinitive)]);
    }
    // A weak verb with an unstressed prefix: its participle has no ge- (verteld, betaald).
    expect(nl('verteld')).toBe(nl('vertellen'));
    expect(nl('betaald')).toBe(nl('betalen'));
    expect(nl('kramp')).not.toBe(nl('krimpen'));
    expect(nl('week')).not.toBe(nl('wijken'));
  });

  it('Swedish: umlaut plurals and the kinship nouns join their singular from the table; a verb present keeps its verb', () => {
    const sv = key('sv');
    for (const [noun, form] of [['bror', 'bröder'], ['bror', 'brodern'], ['far', 'fäder'], ['dotter', 'döttrar'], ['son', 'söner'], ['nöt', 'nötter']]) expect(sv(form!)).toBe(sv(noun!));
    // nöt is a noun, not njuta's past (njöt).
    expect(sv('nöt')).not.toBe(sv('njuta'));
    // stänger is stänga's present before it is stång's plural.
    expect(sv('stänger')).toBe(sv('stänga'));
  });

  it('Swedish: supine, past and present join the infinitive; a weak -ar verb is not a strong one', () => {
    const sv = key('sv');
    for (const [infinitive, forms] of [
      ['flyga', ['flyger', 'flög', 'flugit']],
      ['sjunga', ['sjunger', 'sjöng', 'sjungit']],
      ['bryta', ['bryter', 'bröt', 'brutit']],
    ] as const) {
      for (const form of forms) expect([form, sv(form)]).toEqual([form, sv(infinitive)]);
    }
    expect(sv('stulit')).not.toBe(sv('styla'));
  });

  it('Norwegian: a past or participle listed without inflection flags joins its one verb; nouns with flags of their own do not', () => {
    const nb = key('nb');
    expect(nb('gjaldt')).toBe(nb('gjelde'));
    // Two verbs the series allows, one of them weak (trikke: the dictionary gives it the past
    // -et, T): the strong one (trukket is trekke's); two strong ones would get no guess.
    expect(nb('trukket')).not.toBe(nb('trikke'));
    expect(nb('trukket')).toBe(nb('trekke'));
    expect(nb('sluppet')).toBe(nb('slippe'));
    expect(nb('sunket')).toBe(nb('synke'));
    expect(nb('bundet')).toBe(nb('binde'));
    // Words with flags of their own keep their reading: the nouns gutt, sekk, sønn are no pasts
    // of gyte, sikke, syne; valg and salg none of velge and selge.
    expect(nb('gutt')).toBe(nb('gutter'));
    expect(nb('gutt')).not.toBe(nb('gyte'));
    expect(nb('sekk')).not.toBe(nb('sikke'));
    expect(nb('sønn')).toBe(nb('sønner'));
    expect(nb('valg')).not.toBe(nb('velge'));
    expect(nb('salg')).not.toBe(nb('selge'));
  });

  it('Norwegian: a strong past listed as an entry tied to nothing takes its longer infinitive', () => {
    const nb = key('nb');
    expect(nb('krøp')).toBe(nb('krype'));
    expect(nb('krøp')).toBe(nb('kryper'));
  });

  it('Norwegian: a participle in -et whose one flag is U (its adjective -ne) joins its verb', () => {
    const nb = key('nb');
    expect(nb('hjulpet')).toBe(nb('hjelpe'));
    expect(nb('krøpet')).toBe(nb('krype'));
    expect(nb('sunget')).toBe(nb('synge'));
  });
});
