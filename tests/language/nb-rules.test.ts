import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';

/**
 * Session 11's Norwegian Bokmål rules (src/language/nb.ts; the engine's `notFormOf` now also sees
 * the entry and the form a flag makes). Words chosen beside the probe list's where possible; the
 * pairs each rule is for fail without the session's change, the others guard what it must keep.
 */
const same = (a: string, b: string) => {
  const language = languageFor('nb');
  return language.wordForm(a) === language.wordForm(b);
};

describe('Norwegian Bokmål, session 11', () => {
  it("V's -el → -le and -en → -ne make no noun's form: the verb is a word of its own (mangel, orden, stempel)", () => {
    for (const [noun, verb] of [['mangel', 'mangle'], ['orden', 'ordne'], ['stempel', 'stemple'], ['handel', 'handle']]) {
      expect(same(noun, verb), `${noun} ~ ${verb}`).toBe(false);
    }
    // An adjective's -e form stays its own (moden modne, enkel enkle).
    expect(same('moden', 'modne')).toBe(true);
    expect(same('enkel', 'enkle')).toBe(true);
  });
  it("N's -å → -o is a past of stå and slå only (forsto, slo); rå, grå, brå keep apart from ro, gro, bro", () => {
    expect(same('forsto', 'forstå')).toBe(true);
    expect(same('slo', 'slå')).toBe(true);
    for (const [a, b] of [['grå', 'gro'], ['brå', 'bro'], ['rå', 'ro']]) expect(same(a, b), `${a} ~ ${b}`).toBe(false);
  });
  it("K's -ær is no verb's common lemma (klær ≠ kle, skjær ≠ skje); trær and knær stay the nouns'", () => {
    expect(same('klær', 'kle')).toBe(false);
    expect(same('skjær', 'skje')).toBe(false);
    expect(same('trær', 'tre')).toBe(true);
    expect(same('knær', 'kne')).toBe(true);
    expect(same('sies', 'si')).toBe(true);
  });
  it("an adjective spelt like a noun's neuter keys as itself (kulørt ≠ kulør, opplagt ≠ opplag); a participle stays the verb's", () => {
    expect(same('kulørt', 'kulør')).toBe(false);
    expect(same('opplagt', 'opplag')).toBe(false);
    expect(same('dobbelt', 'dobbel')).toBe(true);
  });
  it('strong forms left out of the table as other words key as those words (fart, farten ≠ far)', () => {
    expect(same('fart', 'far')).toBe(false);
    expect(same('farten', 'fart')).toBe(true);
  });
  it('verbs made of a prefix or a noun and a table verb take its strong forms (utsatte, utsatt, forsto, glattstrøk)', () => {
    for (const [form, lemma] of [['utsatte', 'utsette'], ['utsatt', 'utsette'], ['glattstrøk', 'glattstryke'], ['inntraff', 'inntreffe']]) {
      expect(same(form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    // Not a regular present (gafler is gaffel's plural, not a -le verb's), nor a bare stem as the first part.
    expect(same('gafler', 'gaffel')).toBe(true);
  });
  it('nouns listed as entries tied to nothing: feminine -en, -inger plurals', () => {
    for (const [form, lemma] of [['økokrisen', 'økokrise'], ['bjøllen', 'bjølle'], ['adresseendringer', 'adresseendring'], ['adresseendringene', 'adresseendring']]) {
      expect(same(form, lemma), `${form} ~ ${lemma}`).toBe(true);
    }
    // An -en adjective is no feminine noun's form (holden, lunken).
    expect(same('holden', 'holde')).toBe(false);
  });
  it('weak -de verbs: the -d participle joins the verb (tygd ~ tygge, from the session-11 block); -dd stays a vowel verb\'s', () => {
    expect(same('tygd', 'tygge')).toBe(true);
    expect(same('strødd', 'strø')).toBe(true);
  });
});

/** Does a keyword word find a text word: the keyword's key among the text word's readings. */
const nb = languageFor('nb');
const finds = (keyword: string, text: string): boolean => [nb.wordForm(text), ...(nb.otherForms?.(text, '') ?? [])].includes(nb.wordForm(keyword));

describe('Norwegian Bokmål homograph readings, session 14', () => {
  it("reads a noun's plural or definite form that is also a verb's present as both (leder: led, lede; fader: fad)", () => {
    expect(finds('led', 'leder')).toBe(true);
    expect(finds('lede', 'leder')).toBe(true);
    expect(finds('fad', 'fader')).toBe(true);
    // E's -er → -re on an -er noun is no form of it: snekre (the verb) is no snekker's, lure no luer's.
    expect(finds('snekker', 'snekre')).toBe(false);
    expect(finds('lue', 'lure')).toBe(false);
  });
  it("reads an adjective's -e form or neuter that is also a verb as the adjective too (formelle, døve), not a noun's look-alike", () => {
    expect(finds('formell', 'formelle')).toBe(true);
    expect(finds('døv', 'døve')).toBe(true);
    // klokke is a noun, no klok's -e form (the consonant is doubled only after m); sint, an
    // adjective itself, is no neuter of the noun sinn.
    expect(finds('klok', 'klokke')).toBe(false);
    expect(finds('sinne', 'sint')).toBe(false);
  });
  it('reads strong forms that are other words, or of short verbs, as the verb too, one way only', () => {
    expect(finds('synge', 'sang')).toBe(true);
    expect(finds('sang', 'sang')).toBe(true);
    expect(finds('sang', 'synger')).toBe(false);
    expect(finds('stinke', 'stank')).toBe(true);
    expect(finds('kle', 'kledde')).toBe(true);
  });
});

describe('Norwegian Bokmål verbs apart from the nouns their imperative is spelt like, session 14', () => {
  it('keys a verb as its infinitive, not as the noun its stem is (balle no ball, frykte no frykt), and its tenses with it', () => {
    expect(nb.wordForm('balle')).not.toBe(nb.wordForm('ball'));
    expect(finds('ball', 'balle')).toBe(false);
    expect(finds('balle', 'ball')).toBe(false);
    expect(finds('frykt', 'frykte')).toBe(false);
    expect(finds('frykte', 'fryktet')).toBe(true);
    expect(finds('kjøpe', 'kjøpte')).toBe(true);
  });
  it("reads the forms both share as both (kanter: kant's plural and kante's present; dresser)", () => {
    expect(finds('kant', 'kanter')).toBe(true);
    expect(finds('kante', 'kanter')).toBe(true);
    expect(finds('dress', 'dresser')).toBe(true);
    expect(finds('dresse', 'dresser')).toBe(true);
    expect(finds('kjøp', 'kjøpet')).toBe(true);
    // A genitive is the noun's alone.
    expect(finds('bord', 'bordets')).toBe(true);
  });
  it('keeps an adjective whose -e form is also a verb joined (varme), and a marked noun entry apart from its look-alike (havre, løve, hilsen)', () => {
    expect(finds('varm', 'varme')).toBe(true);
    expect(finds('hav', 'havre')).toBe(false);
    expect(finds('løv', 'løve')).toBe(false);
    expect(finds('hilse', 'hilsen')).toBe(false);
  });
  it('keys a strong form reached through the verb alone as the verb (sluppet: slippe, not the noun slipp), and no function word as a past (og no egg)', () => {
    expect(nb.wordForm('sluppet')).toBe(nb.wordForm('slippe'));
    expect(finds('slipp', 'sluppet')).toBe(false);
    expect(finds('egg', 'og')).toBe(false);
    expect(finds('egge', 'og')).toBe(false);
    expect(finds('et', 'at')).toBe(false);
  });
});

describe('Norwegian Bokmål readings and unknown words, session 16', () => {
  it("reads a word of its own as a verb's past or participle (blåst: blåse, bakt: bake) and a vowel verb's present (ror: ro, bor: bo)", () => {
    expect(finds('blåse', 'blåst')).toBe(true);
    expect(finds('bake', 'bakt')).toBe(true);
    expect(finds('ro', 'ror')).toBe(true);
    expect(finds('bo', 'bor')).toBe(true);
    // A lemma of the irregular tables is no vowel verb's present: bror is no bro's.
    expect(finds('bro', 'bror')).toBe(false);
  });
  it("reads a verb's imperative as the verb when the word is no common noun of its own (gjem, svøm), never a marked noun (ball, kinn)", () => {
    expect(finds('gjemme', 'gjem')).toBe(true);
    expect(finds('svømme', 'svøm')).toBe(true);
    expect(finds('balle', 'ball')).toBe(false);
    expect(finds('kinne', 'kinn')).toBe(false);
    // rente carries the imperative flag but is no verb of the dictionary: rent is no rente's.
    expect(finds('rente', 'rent')).toBe(false);
  });
  it('keys a noun with its whole paradigm as itself, not as a past of a look-alike verb (rente: renten, renter)', () => {
    expect(nb.wordForm('rente')).toBe('rente');
    expect(finds('rente', 'renten')).toBe(true);
    expect(finds('rente', 'renter')).toBe(true);
  });
  it("reads an adjective known by its -het noun with its neuter and -e form (ren: rent; svimmel: svimle), and umlaut plurals the dictionary gives a verb alone (ender: and, klør: klo)", () => {
    expect(finds('ren', 'rent')).toBe(true);
    expect(finds('svimmel', 'svimle')).toBe(true);
    expect(finds('and', 'ender')).toBe(true);
    expect(finds('ende', 'ender')).toBe(true);
    expect(finds('klo', 'klør')).toBe(true);
    expect(finds('klø', 'klør')).toBe(true);
  });
  it('reads the regular -te past and -t participle of a verb the dictionary gives no past (spilte, spilt: spille; klemte, fylte)', () => {
    expect(finds('spille', 'spilte')).toBe(true);
    expect(finds('spille', 'spilt')).toBe(true);
    expect(finds('klemme', 'klemte')).toBe(true);
    expect(finds('fylle', 'fylte')).toBe(true);
  });
  it('keys a word the dictionary does not know as its unknown stem (appen, apper: app; googlet: Google, a flagless name), never a compound it reads', () => {
    expect(finds('app', 'appen')).toBe(true);
    expect(finds('app', 'apper')).toBe(true);
    expect(finds('podkast', 'podkastene')).toBe(true);
    expect(finds('google', 'googlet')).toBe(true);
    expect(finds('google', 'googler')).toBe(true);
    // økokrisen is an entry the feminine -en rule reads: økokrise's, not a stem økokris.
    expect(nb.wordForm('økokrisen')).toBe(nb.wordForm('økokrise'));
    expect(nb.wordForm('økokrisen')).toBe('økokrise');
  });
  it('keys an -ere verb as itself though the noun its folded stem is the plural of is a verb too (skolere ≠ skole)', () => {
    expect(finds('skole', 'skolere')).toBe(false);
    expect(finds('skolere', 'skole')).toBe(false);
    expect(finds('skolere', 'skolerer')).toBe(true);
    expect(finds('skolere', 'skolerte')).toBe(true);
    expect(finds('telefonere', 'telefonerer')).toBe(true);
  });
});

describe('Norwegian Bokmål -e verbs, nouns of their own and adjectives, session 17', () => {
  it("keys an -e verb the dictionary ties to its stem only as the stem's adjective -e form as itself, with its verb forms (fylle: fylt, fylles; bygge: bygde; veie: veide)", () => {
    expect(nb.wordForm('fylle')).toBe('fylle');
    expect(finds('fylle', 'fylt')).toBe(true);
    expect(finds('fylle', 'fylles')).toBe(true);
    expect(finds('bygge', 'bygde')).toBe(true);
    expect(finds('varme', 'varmes')).toBe(true);
    expect(finds('veie', 'veide')).toBe(true);
    // fyll, the noun (a marked feminine: fylla), is no imperative of fylle either way.
    expect(finds('fylle', 'fyll')).toBe(false);
    expect(finds('fyll', 'fylle')).toBe(false);
  });
  it("leaves the stem's noun forms to the noun (planen: plan, lyset: lys, egget: egg too) and its adjective forms to the adjective (varme: varm)", () => {
    expect(finds('plan', 'planen')).toBe(true);
    expect(finds('lys', 'lyset')).toBe(true);
    expect(finds('arm', 'armen')).toBe(true);
    expect(finds('egg', 'egget')).toBe(true);
    expect(finds('varm', 'varme')).toBe(true);
    expect(finds('mørk', 'mørke')).toBe(true);
    // The verb's own forms stay the verb's: a dunste past is no dunse's.
    expect(nb.wordForm('dunste')).not.toBe(nb.wordForm('dunse'));
  });
  it("keys such a verb as itself when the dictionary keys it as its stem's own key, and a strong form with it (knyte: knyt, kny; knøt; skrytt: skryte)", () => {
    expect(nb.wordForm('knyte')).toBe('knyte');
    expect(finds('knyte', 'knøt')).toBe(true);
    expect(finds('knyte', 'knyter')).toBe(true);
    expect(finds('skryte', 'skrytt')).toBe(true);
  });
  it('stops the key at a noun of its own and at a verb whose imperative is a noun (rusten ≠ rust, sausete ≠ saus)', () => {
    expect(finds('rusten', 'rust')).toBe(false);
    expect(finds('rust', 'rusten')).toBe(false);
    expect(finds('rusten', 'rustent')).toBe(true);
    expect(finds('sulten', 'sult')).toBe(false);
    expect(finds('sulten', 'sultne')).toBe(true);
    expect(finds('saus', 'sausete')).toBe(false);
    expect(finds('sausete', 'saus')).toBe(false);
    expect(finds('sause', 'sauset')).toBe(true);
  });
  it('knows an adjective by its superlative entry (pen: pene, sen: sene) and keeps its neuter from a look-alike verb (stygt: stygg)', () => {
    expect(finds('pen', 'pene')).toBe(true);
    expect(finds('sen', 'sene')).toBe(true);
    expect(finds('stygg', 'stygt')).toBe(true);
  });
  it("reads no verb's imperative in an adjective that is also a noun, nor an adjective's -e form in a strong verb's infinitive (gjeld ≠ gjelde)", () => {
    expect(finds('gjelde', 'gjeld')).toBe(false);
    expect(finds('gjeld', 'gjelde')).toBe(false);
    expect(finds('gjelde', 'gjelder')).toBe(true);
    expect(finds('gjelde', 'gjaldt')).toBe(true);
    // tørr is a plain adjective: tørre, the strong verb's infinitive, still reads as it.
    expect(finds('tørr', 'tørre')).toBe(true);
  });
});
