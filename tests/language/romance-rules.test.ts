import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';

/** Rules the Romance language files put on top of the Hunspell engine (session 5). */
const key = (code: string, word: string): string => {
  const language = languageFor(code);
  return language.wordForm(normalizeWord(word, language.keepDiacritics));
};

/** The key of a word as written in running text (its spelling class: Spanish accents). */
const spelled = (code: string, word: string): string => {
  const language = languageFor(code);
  const norm = normalizeWord(word, language.keepDiacritics);
  return language.wordForm(norm, language.spelling?.(word, norm, 'text') ?? '');
};

describe('Spanish rules on top of the dictionary', () => {
  it('keeps function words an accent tells apart from a verb form apart from the verb', () => {
    // dé (dar) and sé (saber) fold to de and se: the preposition and the pronoun are not verbs.
    expect(key('es', 'de')).not.toBe(key('es', 'dar'));
    expect(key('es', 'se')).not.toBe(key('es', 'saber'));
    expect(key('es', 'esta')).not.toBe(key('es', 'estar'));
    expect(key('es', 'dan')).toBe(key('es', 'dar'));
  });
  it("reads oler's diphthong with h (huelo, huele) as oler's", () => {
    for (const form of ['huelo', 'huele', 'huelen', 'huela']) expect(key('es', form)).toBe(key('es', 'oler'));
    expect(key('es', 'olemos')).toBe(key('es', 'oler'));
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
  it('joins a noun in -o that is also a verb’s first person to the verb, plural included, unless the verb’s third person is a noun too', () => {
    for (const [noun, verb] of [['regreso', 'regresar'], ['sueño', 'soñar'], ['rezo', 'rezar']]) {
      expect(spelled('es', noun)).toBe(spelled('es', verb));
      expect(spelled('es', `${noun}s`)).toBe(spelled('es', verb));
    }
    // caso and casa are both casar's present: one key would join the two nouns (casa/LNS takes
    // diminutives, a noun of its own; so libro stays apart from libre/GS, keyed to librar).
    expect(spelled('es', 'caso')).not.toBe(spelled('es', 'casar'));
    expect(spelled('es', 'caso')).not.toBe(spelled('es', 'casa'));
    expect(spelled('es', 'libro')).not.toBe(spelled('es', 'libre'));
    // Since session 11 a twin without diminutives (grita, cobra) no longer keeps the -o noun from a
    // verb in use (COMMON_VERB enclitic flags): grito ~ gritar. A rare verb still does not take it.
    expect(spelled('es', 'grito')).toBe(spelled('es', 'gritar'));
    expect(spelled('es', 'minuto')).not.toBe(spelled('es', 'minutar'));
    expect(spelled('es', 'oso')).not.toBe(spelled('es', 'osar'));
    // Not where the accent tells the noun from the verb form, nor an adjective.
    expect(spelled('es', 'cálculo')).not.toBe(spelled('es', 'calcular'));
    expect(spelled('es', 'limpio')).not.toBe(spelled('es', 'limpiar'));
  });
  it('joins an -o noun to a verb in use only where the frequency list shows the verb in use beside the noun', () => {
    // trabajo: trabajos ranks 2,701st, trabajar's best form 427th: the verb's action noun.
    for (const form of ['trabajo', 'trabajos']) expect(spelled('es', form)).toBe(spelled('es', 'trabajar'));
    expect(spelled('es', 'intento')).toBe(spelled('es', 'intentar'));
    expect(spelled('es', 'fallo')).toBe(spelled('es', 'fallar'));
    // pelo: pelos 6,424th, pelar's best form 22,020th (more than twice as rare): a noun of its own.
    for (const form of ['pelo', 'pelos']) expect(spelled('es', form)).not.toBe(spelled('es', 'pelar'));
    // marca (1,826th) ranks more than three times above marcar's forms (7,047th): a noun of its
    // own, so marco stays apart from marcar and frame and brand keep two keys.
    expect(spelled('es', 'marco')).not.toBe(spelled('es', 'marca'));
    expect(spelled('es', 'marcos')).not.toBe(spelled('es', 'marcas'));
    expect(spelled('es', 'marca')).toBe(spelled('es', 'marcar'));
    // (The price: cuenta, 258th, is read the same way, so cuento no longer joins contar.)
    // A verb the list does not have says nothing: ducha, vacuna stay duchar's, vacunar's.
    expect(spelled('es', 'ducha')).toBe(spelled('es', 'duchar'));
    expect(spelled('es', 'vacuna')).toBe(spelled('es', 'vacunar'));
  });
  it('keys the inflections of a lemma the accent tells from another entry with that lemma', () => {
    for (const [lemma, forms] of [['danés', ['danesa', 'daneses', 'danesas']], ['galés', ['galesa', 'galeses']], ['montés', ['montesa', 'monteses']]] as const) {
      for (const form of forms) expect([form, spelled('es', form)]).toEqual([form, spelled('es', lemma)]);
    }
    expect(spelled('es', 'danes')).not.toBe(spelled('es', 'danés'));
  });
  it('reads a form of two verbs as the one the dictionary gives enclitic-pronoun flags', () => {
    // consumir/REDÀÁÂÄÅÆ… beside consumar/REDÀÌ; revelar beside the bare reveler; embutir, embutar.
    expect(key('es', 'consume')).toBe(key('es', 'consumir'));
    expect(key('es', 'revele')).toBe(key('es', 'revelar'));
    expect(key('es', 'embute')).toBe(key('es', 'embutir'));
    // Not a noun's plural that is also a verb form (pares: par's, not parar's).
    expect(key('es', 'pares')).toBe(key('es', 'par'));
  });
  it('keys a plural listed apart without flags to its singular when written with its accent', () => {
    // órdenes and orden are flagless entries; unaccented, ordenes is ordenar's subjunctive.
    expect(spelled('es', 'órdenes')).toBe(spelled('es', 'orden'));
    expect(spelled('es', 'ordenes')).toBe(spelled('es', 'ordenar'));
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
    expect(key('it', 'bel')).toBe(key('it', 'bello'));
    expect(key('it', 'con')).not.toBe(key('it', 'cono'));
    expect(key('it', 'accresciuto')).toBe(key('it', 'accrescere'));
    expect(key('it', 'arance')).toBe(key('it', 'arancia'));
  });
});

// Session 10: words that are in no probe list.
describe('Italian rules of session 10', () => {
  it('reads -menti and listed -enti plurals as the -o nouns\', not as participles', () => {
    expect(key('it', 'documenti')).toBe(key('it', 'documento'));
    expect(key('it', 'strumenti')).toBe(key('it', 'strumento'));
    expect(key('it', 'momenti')).toBe(key('it', 'momento'));
    expect(key('it', 'presenti')).toBe(key('it', 'presente'));
    expect(key('it', 'cantanti')).toBe(key('it', 'cantante'));
  });
  it('does not read a conjugated infinitive as a bare plural', () => {
    expect(key('it', 'marinare')).toBe(key('it', 'marinavo'));
  });
  it('joins plurals read only as verbs to a bare singular that is no verb form', () => {
    expect(key('it', 'funzioni')).toBe(key('it', 'funzione'));
    expect(key('it', 'funzioni')).not.toBe(key('it', 'funzionare'));
    expect(key('it', 'principi')).toBe(key('it', 'principe'));
    expect(key('it', 'sarti')).toBe(key('it', 'sarto'));
    // The verbs' own forms stay: mangi (mangiare, not mango), patii (patire), balli (ballo is ballare's too).
    expect(key('it', 'mangi')).toBe(key('it', 'mangiare'));
    expect(key('it', 'patii')).toBe(key('it', 'patire'));
    expect(key('it', 'balli')).toBe(key('it', 'ballare'));
  });
  it('keeps a diminutive entry with its own paradigm apart from the verb whose subjunctive it spells', () => {
    // modellino/O is the noun (plural modellini), not modellare's "che modellino" by a tie of lengths.
    expect(key('it', 'modellino')).not.toBe(key('it', 'modellare'));
    expect(key('it', 'modellini')).toBe(key('it', 'modellino'));
    expect(key('it', 'modellano')).toBe(key('it', 'modellare'));
  });
  it('reads a masculine plural of an -o and an -a lemma as the -o lemma\'s', () => {
    expect(key('it', 'aghi')).toBe(key('it', 'ago'));
  });
});

describe('Italian rules of session 11 (words outside the probe lists)', () => {
  it('reads -isci as the -isc- verb\'s second person and needs two letters before -isc-', () => {
    expect(key('it', 'capisci')).toBe(key('it', 'capire'));
    expect(key('it', 'unisci')).toBe(key('it', 'unire'));
    expect(key('it', 'disco')).not.toBe(key('it', 'dire'));
    expect(key('it', 'dischi')).toBe(key('it', 'disco'));
  });
  it('keys strong forms of prefixed verbs, the -trarre family, udire and the -iggere verbs', () => {
    expect(key('it', 'riconobbe')).toBe(key('it', 'riconoscere'));
    expect(key('it', 'riscrisse')).toBe(key('it', 'riscrivere'));
    expect(key('it', 'ricorressero')).toBe(key('it', 'ricorrere'));
    expect(key('it', 'contrai')).toBe(key('it', 'contrarre'));
    expect(key('it', 'estraendo')).toBe(key('it', 'estrarre'));
    expect(key('it', 'odono')).toBe(key('it', 'udire'));
    expect(key('it', 'sconfitto')).toBe(key('it', 'sconfiggere'));
    expect(key('it', 'afflisse')).toBe(key('it', 'affliggere'));
    expect(key('it', 'affitto')).not.toBe(key('it', 'affiggere'));
  });
  it('keys -sistere participles to their verb, not other -ito words', () => {
    expect(key('it', 'resistito')).toBe(key('it', 'resistere'));
    expect(key('it', 'tacito')).not.toBe(key('it', 'tacere'));
    expect(key('it', 'gemito')).not.toBe(key('it', 'gemere'));
  });
  it('joins masculine plurals the dictionary reads as an -a lemma\'s to the -o entry', () => {
    expect(key('it', 'cardiologi')).toBe(key('it', 'cardiologo'));
    expect(key('it', 'analgesici')).toBe(key('it', 'analgesico'));
    expect(key('it', 'rumori')).toBe(key('it', 'rumore'));
    expect(key('it', 'reni')).not.toBe(key('it', 'reno'));
  });
  it('takes feminines listed apart to an adjective its -ita or -ezza noun proves, not singular -e words', () => {
    expect(key('it', 'anziana')).toBe(key('it', 'anziano'));
    expect(key('it', 'acquose')).toBe(key('it', 'acquoso'));
    expect(key('it', 'ceci')).not.toBe(key('it', 'ceco'));
    expect(key('it', 'mite')).not.toBe(key('it', 'mito'));
    expect(key('it', 'salvo')).toBe(key('it', 'salvare'));
  });
  it('keeps -ero adjectives apart from the -ere verb whose future they spell without the accent', () => {
    expect(key('it', 'tenero')).not.toBe(key('it', 'tenere'));
    expect(key('it', 'tenera')).toBe(key('it', 'tenero'));
    expect(spelled('it', 'leggerò')).toBe(key('it', 'leggere'));
  });
  it('reads a plural of an -e noun and a verb with a clitic as the noun\'s', () => {
    expect(key('it', 'appendici')).toBe(key('it', 'appendice'));
  });
  it('keeps common nouns apart from a rare strong verb whose participle\'s feminine they spell', () => {
    // rosa, rose: not rodere's (a one-letter root); punta, punte: puntare's forms, not pungere's.
    expect(key('it', 'rosa')).not.toBe(key('it', 'rodere'));
    expect(key('it', 'rose')).not.toBe(key('it', 'rodere'));
    expect(key('it', 'punta')).not.toBe(key('it', 'pungere'));
    expect(key('it', 'punte')).toBe(key('it', 'punta'));
    expect(key('it', 'fesa')).not.toBe(key('it', 'fendere'));
    // The participles' own feminines stay the verb's.
    expect(key('it', 'scossa')).toBe(key('it', 'scuotere'));
    expect(key('it', 'nascoste')).toBe(key('it', 'nascondere'));
    expect(key('it', 'coinvolta')).toBe(key('it', 'coinvolgere'));
    expect(key('it', 'morsa')).toBe(key('it', 'mordere'));
  });
  it('keeps nouns apart from the verb whose future they spell once the accent is folded', () => {
    expect(key('it', 'terra')).not.toBe(key('it', 'tenere'));
    expect(key('it', 'terre')).toBe(key('it', 'terra'));
    expect(spelled('it', 'terrà')).toBe(key('it', 'tenere'));
    expect(key('it', 'faro')).not.toBe(key('it', 'fare'));
    expect(key('it', 'zero')).not.toBe(key('it', 'zare'));
    expect(key('it', 'miniere')).toBe(key('it', 'miniera'));
    expect(key('it', 'passero')).not.toBe(key('it', 'passare'));
    expect(spelled('it', 'passerò')).toBe(key('it', 'passare'));
    expect(key('it', 'straniero')).not.toBe(key('it', 'straniare'));
    expect(key('it', 'libera')).not.toBe(key('it', 'libare'));
  });
  it('reads no participle or prefixed form of an -are/-ere entry that is only a noun or adjective', () => {
    // malare, nucleare, affare (flags S, T only): malato, nucleato, affanno, affatto are words of their own.
    expect(key('it', 'malato')).not.toBe(key('it', 'malare'));
    expect(key('it', 'malata')).toBe(key('it', 'malato'));
    expect(key('it', 'nucleato')).not.toBe(key('it', 'nucleare'));
    expect(key('it', 'affanno')).not.toBe(key('it', 'affare'));
    expect(key('it', 'nucleari')).toBe(key('it', 'nucleare'));
    expect(key('it', 'infermiera')).toBe(key('it', 'infermiere'));
    expect(key('it', 'compirà')).toBe(key('it', 'compire'));
  });
});

describe('Italian word forms that see a final accent', () => {
  const it6 = languageFor('it');
  const spelled = (written: string): string => {
    const norm = normalizeWord(written, it6.keepDiacritics);
    return it6.wordForm(norm, it6.spelling?.(written, norm, 'text'));
  };
  it('keys unità as its own entry, unita as unire, and leaves the table and bare entries alone', () => {
    expect(spelled('unità')).not.toBe(spelled('unita'));
    expect(spelled('unita')).toBe(spelled('unire'));
    expect(spelled('unità')).toBe(spelled('unità'));
    expect(spelled('sarà')).toBe(spelled('essere'));
    expect(spelled('città')).toBe(spelled('citta'));
  });
  it('reads a final -ò after an -are verb\'s stem as its passato remoto, the future -erò as its future', () => {
    // pianto (unaccented) is piangere's strong participle; piantò and pianterò are piantare's.
    expect(spelled('piantò')).toBe(spelled('piantare'));
    expect(spelled('pianterò')).toBe(spelled('piantare'));
    expect(spelled('pianto')).toBe(spelled('piangere'));
    expect(spelled('può')).toBe(spelled('potere'));
  });
  it('reads a final -ì after an -ire verb\'s stem as its passato remoto', () => {
    // feri (unaccented) is fero's plural; ferì and dormì are ferire's, dormire's.
    expect(spelled('ferì')).toBe(spelled('ferire'));
    expect(spelled('dormì')).toBe(spelled('dormire'));
  });
});

describe('Italian homographs and look-alikes (session 14; words outside the probe lists)', () => {
  const italian = languageFor('it');
  /** Does a keyword word find a text word: the keyword's key among the text word's readings. */
  const finds = (keyword: string, text: string): boolean => {
    const norm = normalizeWord(text, italian.keepDiacritics);
    return [italian.wordForm(norm), ...(italian.otherForms?.(norm, '') ?? [])].includes(key('it', keyword));
  };
  it('reads a noun that is also an -are verb\'s present as both (sfida, bonifica), one way only', () => {
    expect(finds('sfidare', 'sfida')).toBe(true);
    expect(finds('sfida', 'sfida')).toBe(true);
    expect(finds('bonificare', 'bonifica')).toBe(true);
    // The verb's infinitive is no form of the noun.
    expect(finds('sfida', 'sfidare')).toBe(false);
  });
  it('reads the plural of an -e noun the dictionary lists without one as its singular too (confini, fulmini)', () => {
    expect(key('it', 'confini')).not.toBe(key('it', 'confine'));
    expect(finds('confine', 'confini')).toBe(true);
    expect(finds('fulmine', 'fulmini')).toBe(true);
    // caso's plural casi is no plural of case (casa's plural).
    expect(finds('case', 'casi')).toBe(false);
  });
  it('gives no verb reading to a present participle, a participle\'s derivation, an -isc- verb\'s look-alike or a folded future', () => {
    expect(finds('parlare', 'parlante')).toBe(false);
    expect(finds('parlare', 'parlanti')).toBe(false);
    expect(finds('portare', 'portatile')).toBe(false);
    expect(finds('gestire', 'gesto')).toBe(false);
    // verro (a boar) spells verrò, venire's future, once the accent is folded.
    expect(finds('venire', 'verro')).toBe(false);
  });
  it('keeps the nouns whose meaning changes with the gender apart, though the dictionary joins them', () => {
    expect(key('it', 'torta')).not.toBe(key('it', 'torto'));
    expect(key('it', 'torte')).toBe(key('it', 'torta'));
    expect(finds('torto', 'torta')).toBe(false);
    expect(key('it', 'melo')).not.toBe(key('it', 'mela'));
    expect(finds('caso', 'casa')).toBe(false);
    expect(finds('casa', 'caso')).toBe(false);
  });
  it('gives a word written with its final accent no other reading (piantò is piantare\'s alone, pianto also piangere\'s)', () => {
    expect(italian.wordForm('pianto', 'piantò')).toBe(key('it', 'piantare'));
    expect(italian.otherForms?.('pianto', 'piantò')).toEqual([]);
    expect(finds('piantare', 'pianto')).toBe(true);
    expect(finds('piangere', 'pianto')).toBe(true);
  });
});

describe('Portuguese rules on top of the dictionary', () => {
  it('joins an adjective whose superlative is known, where the dictionary reads its feminine as a verb', () => {
    expect(key('pt', 'escuras')).toBe(key('pt', 'escuro'));
    expect(key('pt', 'escura')).not.toBe(key('pt', 'escurar'));
  });
  it('joins an adjective whose -amente adverb is a derived word, where the dictionary reads its feminine as a verb', () => {
    expect(key('pt', 'madura')).toBe(key('pt', 'maduro'));
    expect(key('pt', 'maduras')).toBe(key('pt', 'maduro'));
    // pensamente is a form of pensamentar, no adverb: pensa stays pensar's.
    expect(key('pt', 'pensa')).toBe(key('pt', 'pensar'));
  });
  it('conjugates a prefixed verb as its irregular base', () => {
    expect(key('pt', 'entreaberto')).toBe(key('pt', 'entreabrir'));
    expect(key('pt', 'redescoberto')).toBe(key('pt', 'redescobrir'));
  });
  it('reads a preterite -eu/-iu as the verb when the noun or name beside it is no verb', () => {
    expect(key('pt', 'correu')).toBe(key('pt', 'correr'));
    expect(key('pt', 'caiu')).toBe(key('pt', 'cair'));
    expect(key('pt', 'seu')).not.toBe(key('pt', 'ser'));
  });
  it('reads the feminine -ã and plural -ães of the -ão words flagged E, not their diminutives', () => {
    for (const lemma of ['capitão', 'escrivão', 'charlatão']) {
      const stem = lemma.slice(0, -2);
      for (const form of [`${stem}ã`, `${stem}ãs`, `${stem}ães`]) expect([form, key('pt', form)]).toEqual([form, key('pt', lemma)]);
    }
    expect(key('pt', 'alemãozinho')).not.toBe(key('pt', 'alemão'));
    // G's feminine -ã is left out: an -ão noun's "-ã" folds onto other words (canta is cantar's).
    expect(key('pt', 'canta')).toBe(key('pt', 'cantar'));
  });
  it('reads a paroxytone -ul plural -ules, not as an -ês adjective (cônsules beside consulesa)', () => {
    expect(key('pt', 'cônsules')).toBe(key('pt', 'cônsul'));
    expect(key('pt', 'portugueses')).toBe(key('pt', 'português'));
    expect(key('pt', 'francesa')).toBe(key('pt', 'francês'));
  });
  it('reads sóis as sol’s plural (not the archaic vós sois) and males as mal’s', () => {
    expect(key('pt', 'sóis')).toBe(key('pt', 'sol'));
    expect(key('pt', 'sóis')).not.toBe(key('pt', 'ser'));
    expect(key('pt', 'males')).toBe(key('pt', 'mal'));
    expect(key('pt', 'somos')).toBe(key('pt', 'ser'));
  });
  it('reads an -o verb form that folds onto an entry spelled -ó as the verb', () => {
    // mandó, viró, curó are entries of dictionary-pt; accents are folded.
    for (const [form, verb] of [['mando', 'mandar'], ['viro', 'virar'], ['curo', 'curar']]) expect([form, key('pt', form)]).toEqual([form, key('pt', verb)]);
  });
  it('reads an -o noun known only as a verb form, with its listed plural, as the verb', () => {
    // dictionary-pt lists mergulhos, fracassos, passeios; mergulho, fracasso, passeio only as the verbs' forms.
    // (rodeio, rodeios: session 11 reads rodeio, a word of its compounds, as a noun of its own, below.)
    for (const [verb, ...words] of [['mergulhar', 'mergulho', 'mergulhos', 'mergulha'], ['fracassar', 'fracasso', 'fracassos'], ['passear', 'passeio', 'passeios']]) {
      for (const word of words) expect([word, key('pt', word)]).toEqual([word, key('pt', verb!)]);
    }
    // Not with a feminine noun beside it: casos/O (casinha), bola-de-neve, livraria/B; not an adjective (larguíssimo).
    for (const [word, verb] of [['caso', 'casar'], ['bolo', 'bolar'], ['livro', 'livrar'], ['largo', 'largar']]) expect([word, key('pt', word)]).not.toEqual([word, key('pt', verb)]);
  });
  it('reads a word of its de-compounds as a noun of its own, not a gender form or a form of a verb it makes on the noun', () => {
    // modo/D gives moda, casaco/D casaca (recortado-da-moda, casaca-de-couro); pontar, queijar, vassourar,
    // rodear have no deverbal entries (figueira-da-ponte, ácaro-do-queijo, cana-de-vassoura).
    for (const [a, b] of [['moda', 'modo'], ['casaca', 'casaco'], ['ponte', 'ponto'], ['queijada', 'queijo'], ['vassourada', 'vassoura'], ['rodeio', 'rodear']]) expect([a, key('pt', a)]).not.toEqual([a, key('pt', b)]);
    for (const [a, b] of [['modas', 'moda'], ['pontes', 'ponte'], ['queijos', 'queijo'], ['rodeios', 'rodeio'], ['branca', 'branco']]) expect([a, key('pt', a)]).toEqual([a, key('pt', b)]);
  });
  it('joins -ona feminines, flagless plural entries, -o entries that are a verb in use, and the verb in use of one stem', () => {
    for (const [a, b] of [
      ['brincalhona', 'brincalhão'], ['juízes', 'juiz'], ['orçamentos', 'orçamento'], ['revê', 'rever'], ['judia', 'judeu'], ['pago', 'pagar'],
      ['falo', 'falar'], ['dobro', 'dobrar'], ['veste', 'vestir'], ['mente', 'mentir'], ['cobre', 'cobrir'], ['fale', 'falar'],
    ]) expect([a, key('pt', a)]).toEqual([a, key('pt', b)]);
    // Spelled apart before accents are folded: número is no numerar's numero.
    expect(key('pt', 'número')).not.toBe(key('pt', 'numerar'));
  });
});

describe('French rules on top of the dictionary', () => {
  it('does not let a capitalised entry (a place name) make a common word a lemma of its own', () => {
    expect(key('fr', 'lourdes')).toBe(key('fr', 'lourd'));
    expect(key('fr', 'vienne')).toBe(key('fr', 'venir'));
  });
});

describe('French word forms that see the accents (session 11)', () => {
  const as = (word: string, where: 'text' | 'start' | 'typed'): string => {
    const language = languageFor('fr');
    const norm = normalizeWord(word, language.keepDiacritics);
    return language.wordForm(norm, language.spelling!(word, norm, where));
  };
  it('keeps words an accent alone tells apart apart', () => {
    expect(spelled('fr', 'pêches')).not.toBe(spelled('fr', 'péchés'));
    expect(spelled('fr', 'tâches')).not.toBe(spelled('fr', 'taches'));
    expect(spelled('fr', 'forêts')).not.toBe(spelled('fr', 'forets'));
    expect(spelled('fr', 'côtes')).not.toBe(spelled('fr', 'cotes'));
    expect(spelled('fr', 'pêches')).toBe(spelled('fr', 'pêcher'));
  });
  it('reads a word whose accents are unknown by the folded dictionary, spelled as the dictionary spells its lemma', () => {
    expect(as('gateaux', 'typed')).toBe(spelled('fr', 'gâteau'));
    expect(as('creme', 'typed')).toBe(spelled('fr', 'crèmes'));
    expect(as('ÉCOLES', 'text')).toBe(spelled('fr', 'école'));
    expect(as('Ecoles', 'start')).toBe(spelled('fr', 'école'));
    expect(spelled('fr', 'connait')).toBe(spelled('fr', 'connaître'));
    expect(spelled('fr', "l'été")).toBe(spelled('fr', 'être'));
  });
  it("joins the 1990 spelling's è to the é entry", () => {
    expect(spelled('fr', 'évènements')).toBe(spelled('fr', 'événement'));
    expect(spelled('fr', 'crèmerie')).toBe(spelled('fr', 'crémerie'));
  });
  it('keys a present participle listed only as an -ant adjective to its verb, not one with an entry of its own', () => {
    expect(spelled('fr', 'glissantes')).toBe(spelled('fr', 'glisser'));
    expect(spelled('fr', 'dansant')).toBe(spelled('fr', 'danse'));
    expect(spelled('fr', 'pendant')).not.toBe(spelled('fr', 'pendre'));
    expect(spelled('fr', 'montant')).not.toBe(spelled('fr', 'monter'));
  });
  it('keeps -ant nouns apart from their verb and gives a homograph to its listed lemma, by the frequency list', () => {
    expect(spelled('fr', 'étudiants')).toBe(spelled('fr', 'étudiant'));
    expect(spelled('fr', 'étudiant')).not.toBe(spelled('fr', 'étudier'));
    expect(spelled('fr', 'habitantes')).not.toBe(spelled('fr', 'habiter'));
    expect(spelled('fr', 'brillants')).toBe(spelled('fr', 'briller'));
    expect(spelled('fr', 'lançons')).toBe(spelled('fr', 'lancer'));
    expect(spelled('fr', 'plante')).toBe(spelled('fr', 'planter'));
    expect(spelled('fr', 'coupons')).toBe(spelled('fr', 'coupon'));
    expect(spelled('fr', 'fondant')).not.toBe(spelled('fr', 'fondre'));
  });
});
