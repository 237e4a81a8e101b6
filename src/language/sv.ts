/**
 * Swedish: word forms from the Hunspell dictionary dictionary-sv (Göran Andersson's
 * Stavningskontroll / LibreOffice), LIX (Björnsson 1968); å ä ö are kept.
 */
import { cached, lix, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, readingKeys, type InflectionRule, type Reading } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = 'åäö';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-sv affix flags that derive (their words are lemmas of their own, never their
 * base's forms): e and d (-bo, -sbo: inhabitants, a derivation); T
 * (-isk adjectives). Ignored altogether: the compounding flags z g y h x w v f u i t s r b 7 1 (first parts of
 * compounds: stems with -a/-e/-o/-u/-s dropped or added, marked for compounds only, and
 * abbreviation endings), which are no words on their own. What is left is inflection: noun
 * definite, plural and genitive endings, adjective -t/-a/-e, verb tenses, supine, participles.
 */
const DERIVATIONS = ['e', 'd', 'T'];
const IGNORED = ['z', 'g', 'y', 'h', 'x', 'w', 'v', 'f', 'u', 'i', 't', 's', 'r', 'b', '7', '1'];

/** Strong and irregular verbs, umlaut plurals and suppletive adjectives, "form… lemma". */
const IRREGULAR = `
är var varit vore vara
har hade haft ha
går gick gått gå
gör gjorde gjort göra
kommer kom kommit komma
tar tog tagit tagen tagna ta
ger gav gett givit given givna ge
får fick fått få
vet visste vetat veta
säger sa sade sagt säga
ser såg sett se
skriver skrev skrivit skriven skrivna skriva
dricker drack druckit drucken druckna dricka
springer sprang sprungit springa
sover sov sovit sova
äter åt ätit äten ätna äta
sitter satt suttit sitta
ligger låg legat ligga
finner fann funnit funnen finna
binder band bundit bunden binda
hjälper hjälpte hjälpt hjälpa
väljer valde valt vald välja
sätter satte sätta
bär bar burit buren bära
står stod stått stå
dör dog dött dö
blir blev blivit bli
kan kunde kunnat kunna
vill ville velat vilja
ska skulle skola
små lilla litet liten
gamla gammalt gammal
gott god
böcker böckerna bok
män männen man
fötter fötterna fot
händer händerna hand
tänder tänderna tand
städer städerna stad
nätter nätterna natt
länder länderna land
möss mössen mus
gäss gässen gås
bönder bönderna bonde
bröder bröderna brodern broder bror
fäder fäderna fadern fader far
mödrar mödrarna modern moder mor
döttrar döttrarna dotter
söner sönerna son
rötter rötterna rot
stränder stränderna strand
bränder bränderna brand
tänger tängerna tång
nötter nötterna nöt
ledamöter ledamöterna ledamot
ögon ögonen öga
öron öronen öra
`;

/**
 * The strong and irregular verbs of Swedish (the grammars' list of the common ones, not the
 * probes'), "present past supine participle… infinitive": dictionary-sv lists most of their
 * pasts and supines as entries of their own tied to no lemma, or ties them to a look-alike
 * (vann → van, bröt → bröd). Left out: forms that are also a common other word (rev reef, steg
 * step, sken shine, led joint, vek weak, for, far, slapp, bad, log, lett, glatt).
 */
const STRONG = `
biter bet bitit biten bitna bita
bjuder bjöd bjudit bjuden bjudna bjuda
brinner brann brunnit brinna
brister brast brustit brista
bryter bröt brutit bruten brutna bryta
drar drog dragit dragen dragna dra
dyker dök dykt dyka
driver drev drivit driven drivna driva
faller föll fallit fallen fallna falla
flyger flög flugit flyga
flyter flöt flutit flyta
fryser frös frusit frusen frusna frysa
försvinner försvann försvunnit försvunnen försvunna försvinna
gjuter göt gjutit gjuten gjuta
glider gled glidit glida
gnider gned gnidit gnida
griper grep gripit gripen gripna gripa
gråter grät gråtit gråta
hinner hann hunnit hinna
hugger högg huggit huggen huggna hugga
håller höll hållit hållen hållna hålla
klyver klöv kluvit kluven kluvna klyva
knyter knöt knutit knuten knutna knyta
kryper kröp krupit krypa
lider lidit lida
ljuger ljög ljugit ljuga
låter lät låtit låta
njuter njöt njutit njuta
nyper nöp nupit nypa
piper pep pipit pipa
rider red ridit riden ridna rida
rinner rann runnit rinna
river rivit riven rivna riva
sjunger sjöng sjungit sjungen sjungna sjunga
sjunker sjönk sjunkit sjunken sjunkna sjunka
skiner skinit skina
skjuter sköt skjutit skjuten skjutna skjuta
skrider skred skridit skrida
skriker skrek skrikit skrika
skär skar skurit skuren skurna skära
slipper sluppit slippa
farit faren farna fara
sliter slet slitit sliten slitna slita
slår slog slagit slagen slagna slå
smyger smög smugit smyga
snyter snöt snutit snyta
spinner spann spunnit spunnen spinna
spricker sprack spruckit sprucken spruckna spricka
sticker stack stuckit stucken stuckna sticka
stiger stigit stiga
stjäl stal stulit stulen stulna stjäla
stryker strök strukit struken strukna stryka
strider stred stridit strida
suger sög sugit sugen suga
super söp supit supa
svider sved svidit svida
sviker svek svikit sviken svikna svika
svär svor svurit svuren svära
tjuter tjöt tjutit tjuta
viker vikit viken vikna vika
vinner vann vunnit vunnen vunna vinna
vrider vred vridit vriden vridna vrida
lägger lade lagt lagd lagda lägga
säljer sålde sålt såld sålda sälja
döljer dolde dolt dold dolda dölja
sväljer svalde svalt svälja
vänjer vande vant vänja
gläder gladde glädja
smörjer smorde smort smord smörja
växer växte vuxit vuxen vuxna växa
`;
/**
 * STRONG's forms left out because they are also a common other word, and umlaut plurals that are
 * also a verb's present, "form… lemma": each keeps its own key and reads as the lemma too
 * (Language.otherForms): far is father and fara's present, steg a step and stiga's past.
 */
const HOMOGRAPHS = `
far for fara
rev riva
steg stiga
sken skina
led lida
vek vika
slapp slippa
bad be
stänger stång
`;
let homographTable: Map<string, string> | null = null;
const homographs = (): Map<string, string> => (homographTable ??= formTable(HOMOGRAPHS, fold));

/**
 * Noun plurals and definite forms the dictionary does not give (katter, katterna), adjective
 * -la and -tt (gamla → gammal, gott → god), each kept only when its lemma is an entry.
 */
const RULES: InflectionRule[] = [
  [/(?:er|erna|ernas|ers)$/, ''],
  [/(?:ar|arna|arnas|ars)$/, '', 'e'],
  // The definite plural of an -are noun (ägare ägarna, hammare hammarna): its plural is -are.
  [/ar(?:na|nas)$/, 'are'],
  [/(?:or|orna|ornas|ors)$/, 'a'],
  [/(?:en|et|ens|ets)$/, ''],
  [/e(?:n|t|ns|ts)$/, 'e'],
  [/([^aeiouyåäö])la$/, '$1al'],
  [/tt$/, 'd'],
];

/**
 * Forms dictionary-sv lists as entries of their own, tied to no lemma (tried on such entries
 * only: `lemmaRules`); rules, not word lists:
 * - strong verbs by ablaut: the supine -it with the infinitive vowels its series allow (u → y,
 *   i, ju, u: flugit → flyga, vunnit → vinna, bjudit → bjuda; i, a, å as they are: bitit →
 *   bita, fallit → falla, gråtit → gråta), the past (ö → y/u/ju: flög → flyga, bjöd → bjuda,
 *   sköt → skjuta; ö before ll → å/a: höll → hålla, föll → falla; a before nn/ng/nk/ck/nd/pp → i: vann →
 *   vinna; ä → å: grät → gråta), and the present -er → -a (flyger → flyga, lägger → lägga);
 *   each kept only when the dictionary has the infinitive, it is a verb (its present -r, -er
 *   or -ar is a word of the dictionary) and not a weak -ar verb (its supine -at is no word:
 *   stulit is not styla's).
 */
const C = '[^aeiouyåäö]';
const LEMMA_RULES: InflectionRule[] = [
  [new RegExp(`^(.*?)u(${C}+)it$`), '$1y$2a', '$1i$2a', '$1ju$2a', '$1u$2a'],
  [new RegExp(`^(.*?)([iaå])(${C}+)it$`), '$1$2$3a'],
  [new RegExp(`^(.*?)öll$`), '$1ålla', '$1alla'],
  [new RegExp(`^(${C}*)ö(${C}+)$`), '$1y$2a', '$1u$2a', '$1ju$2a'],
  [new RegExp(`^(.*?)a(nn|ng|nk|ck|nd|pp)$`), '$1i$2a'],
  [new RegExp(`^(${C}*)ä(${C}+)$`), '$1å$2a'],
  [new RegExp(`^(.{2,}${C})er$`), '$1a'],
];
/** A rule's infinitive must be a verb: its present (-r, -er, -ar) is a word of the dictionary. */
const known = (word: string): boolean => {
  const analysis = forms.analyse(word);
  return analysis.lemma || analysis.candidates.length > 0;
};
const isVerb = (lemma: string): boolean =>
  !/a$/.test(lemma) || ([`${lemma}r`, `${lemma.slice(0, -1)}er`, `${lemma.slice(0, -1)}ar`].some(known) && !known(`${lemma}t`));

let irregulars: Map<string, string> | null = null;
const table = (): Map<string, string> => (irregulars ??= formTable(IRREGULAR + STRONG, fold));
const forms = hunspellForms({
  package: 'dictionary-sv',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  ignoreFlags: IGNORED,
  choose: 'shortest',
  rules: RULES,
  lemmaRules: LEMMA_RULES,
  ruleLemmaWins: true,
  // An adjective (P: the comparative -are/-ast on a word not in -a) is no strong past: lös is not lysa's.
  // An -er entry with a noun's definite -n of its own (E: tiger tigern, hummer hummern) is a
  // noun, not a strong verb's present (tiga's tiger).
  // An entry with a noun's definite or plural flags of its own (säng/ADG, socker/AC: -et) is a
  // noun, no strong past by ablaut (sånga, socka).
  accept: (lemma, word) => isVerb(lemma) && !isAdjective(word) && !(word.endsWith('er') && forms.entries(word).some((entry) => entry.lemma && entry.flags.includes('E'))) && !nounEntry(word),
  exceptions: () => table(),
  compoundPart: 3,
  // dictionary-sv gives verbs (m: the present -r) that are no nouns (no G: the plural -or) the
  // noun definite -n, E, for their action nouns — väntan, början are no forms of vänta, börja
  // (klockan is klocka's) —, and adjectives (O: the neuter -t) too: brunn is no form of brun.
  // A noun that also carries O (knä/BEFO, its definite knät and plural knäna) keeps its plural -n (knän).
  notFormOf: (flag, entry) => flag === 'E' && ((entry.includes('m') && !entry.includes('G')) || (entry.includes('O') && !entry.includes('B') && !entry.includes('F'))),
  // A noun entry with a paradigm of its own is no verb's present participle: meddelande (plural
  // meddelanden) is not meddela's.
  homographFlags: ['B'],
});
/** A verb's entry: a vowel-final word with the present, past or supine flags (m M N K L). */
const verbEntry = (lemma: string): boolean =>
  VOWEL.test(lemma) && forms.entries(lemma).some((entry) => entry.lemma && ['m', 'M', 'N', 'K', 'L'].some((flag) => entry.flags.includes(flag)));
/**
 * A reading through verb flags only (M N K L m, and O the participle) of an entry that is no verb:
 * dictionary-sv puts N on ved (making vet, veta's present) and O on mila (making mild): not forms.
 */
const spuriousVerbReading = (reading: Reading): boolean =>
  !reading.own && reading.flags.length > 0 && reading.flags.every((flag) => ['M', 'N', 'K', 'L', 'm', 'O'].includes(flag)) && !verbEntry(reading.lemma) && !table().has(reading.lemma);
/** An entry with a noun's own definite or plural flags (B -et, C -t, D -en, G -ar, H -er). */
const nounEntry = (word: string): boolean => forms.entries(word).some((entry) => entry.lemma && ['B', 'C', 'D', 'G', 'H'].some((flag) => entry.flags.includes(flag)));
/**
 * dictionary-sv gives a noun's plural -er (H, a → er) to the -a entry beside the noun rather than
 * to the noun: skatta/H makes skatter, filma/H filmer, såsa/H såser, while skatt, film, sås carry
 * no plural flag. A plural the dictionary reaches only so is the noun's when the noun is an entry.
 */
const PLURAL_ER = /^(.{2,})(?:er|erna|ernas|ers)$/;
function nounPluralKey(word: string, found: string): string | null {
  const m = PLURAL_ER.exec(word);
  if (m === null || !forms.analyse(m[1]!).lemma) return null;
  const viaA = `${m[1]}a`;
  // Not when the key came from elsewhere (the irregular table: städer is stad's).
  if (found !== forms.wordForm(viaA)) return null;
  const readings = forms.readings(word);
  return readings.length > 0 && readings.every((reading) => !reading.own && reading.lemma === viaA && reading.flags.every((flag) => flag === 'H')) ? forms.wordForm(m[1]!) : null;
}
/**
 * An adjective of the dictionary: an entry not in -a carrying P (the comparative -are, -ast), or
 * one whose neuter -t and plural -a are words of the dictionary too (dum, dumt, dumma; hög,
 * högt, höga), the -a form not a noun's (no plural flag G: matta is no form of matt).
 */
const isAdjective = (word: string): boolean =>
  !word.endsWith('a') &&
  (forms.entries(word).some((entry) => entry.lemma && entry.flags.includes('P')) ||
    // Not a verb's stem (läs, läst, läsa: its present läser is a word).
    // A neuter spelt as the word itself (flytt) is no sign.
    (known(word) && neuters(word).some((neuter) => neuter !== word && known(neuter)) && plurals(word).some(known) && ![`${word}er`, `${word}r`, `${word}ar`].some((form) => presentOf(form, word))));
/**
 * A word that may be the present of a verb (of a stem `base` + a): a word of the dictionary,
 * unless it is only an entry with a paradigm of its own (höger, right, höger/AE: no present of
 * höga) or only the base's own -ar plural, G (högar, the noun hög's) — so hög is an adjective.
 */
function presentOf(form: string, base: string): boolean {
  if (!known(form)) return false;
  const readings = forms.readings(form);
  // (Unless base + a is a verb entry, whose present the noun's plural spells: lagar, laga/ADNOP.)
  if (readings.length > 0 && readings.every((reading) => !reading.own && reading.lemma === base && reading.flags.every((flag) => flag === 'G')) && !forms.entries(`${base}a`).some((entry) => VERB_FLAGS.some((flag) => entry.flags.includes(flag)))) return false;
  return !(readings.every((reading) => reading.own) && forms.entries(form).some((entry) => entry.flags.length > 0));
}
const VOWEL = /[aeiouyåäö]$/;
/** dictionary-sv's verb flags on an infinitive: m the present -r, M/N the past and supine, K and L the second conjugation's, P the participle. */
const VERB_FLAGS = ['m', 'M', 'N', 'K', 'L', 'P'];
/** dictionary-sv's noun definite and plural flags: B -et, D -en, G -ar, H -er. */
const NOUN_FLAGS = ['B', 'D', 'G', 'H'];
/** The neuter -t as spelt: -d → -t (nöjd nöjt), vowel + d → -tt (god gott), -t → -tt (vit vitt), vowel → -tt (ny nytt). */
const neuters = (adjective: string): string[] => {
  if (VOWEL.test(adjective)) return [`${adjective}tt`];
  if (/[aeiouyåäö]d$/.test(adjective)) return [`${adjective.slice(0, -1)}tt`];
  if (/dd$/.test(adjective)) return [`${adjective.slice(0, -2)}tt`];
  if (/d$/.test(adjective)) return [`${adjective.slice(0, -1)}t`];
  if (/[aeiouyåäö]t$/.test(adjective)) return [`${adjective}t`];
  if (/t$/.test(adjective)) return [adjective];
  return [`${adjective}t`];
};
/** The plural/definite -a, with the final consonant doubled after a short vowel (dum dumma). */
const plurals = (adjective: string): string[] => [`${adjective}a`, `${adjective}${adjective.slice(-1)}a`];
/**
 * dictionary-sv lists many adjectives' neuter and plural apart, tied to no lemma or to a look-alike
 * (dumt, rakt, vitt → vi, goda → goa): a word that is the neuter or the -a form of an adjective
 * of the dictionary (isAdjective) is that adjective's. Not an -a word with a noun's plural flag
 * G of its own (matta).
 */
function adjectiveKey(word: string): string | null {
  const bases = new Set<string>();
  if (word.endsWith('a') && word.length > 3) {
    bases.add(word.slice(0, -1));
    if (word.at(-2) === word.at(-3)) bases.add(word.slice(0, -2));
  } else if (word.endsWith('t') && word.length > 3) {
    bases.add(word.slice(0, -1));
    if (word.endsWith('tt')) bases.add(word.slice(0, -2)).add(`${word.slice(0, -2)}d`);
    else bases.add(`${word.slice(0, -1)}d`);
  }
  // A noun entry of its own in -t (salt/ABH, its definite saltet) is the neuter of an adjective
  // the dictionary marks as one (P: fin fint, tom tomt), not of a look-alike (sal).
  const nounToo = word.endsWith('t') && nounEntry(word);
  // Entries of the dictionary first (an index lookup), then the costlier checks.
  const shaped = [...bases].filter((base) => base.length >= 2 && base !== word && forms.entries(base).length > 0 && (word.endsWith('a') ? plurals(base) : neuters(base)).includes(word));
  if (shaped.length === 0) return null;
  // Not a noun's -a (matta: G, its plural -or) nor a verb's infinitive (finna, tömma, strida: a present finner).
  if (word.endsWith('a') && (forms.entries(word).some((entry) => entry.flags.includes('G')) || [`${word}r`, `${word.slice(0, -1)}er`].some((form) => presentOf(form, word.slice(0, -1))))) return null;
  const found = shaped.filter((base) => isAdjective(base) && (!nounToo || forms.entries(base).some((entry) => entry.lemma && entry.flags.includes('P'))));
  // The adjective's key as the language gives it (mild, not the dictionary's mil).
  return found.length === 1 ? key(found[0]!) : null;
}
/**
 * Second-conjugation (and vowel-stem) participles dictionary-sv lists as entries of their own,
 * tied to no lemma (levd, glömd, hyrd, klädd, bytt, bränt) — their past -de/-te and supine -t key to
 * them: the key is the verb whose stem they are (levd → leva, glömd → glömma, bränt → bränna, vänt
 * → vända, bytt → byta, klädd → klä), when the dictionary has the verb (sv's isVerb: a present of its
 * own, no supine -at — landa, vårda, borda are first-conjugation verbs, never land's, vård's,
 * bord's) and its past (levde, glömde, klädde) and the verb is the only one the shapes give.
 */
function participleVerb(word: string): string | null {
  if (!/[dt]$/.test(word) || word.length < 3 || (VOWEL.test(word.slice(0, -1)) && !/(?:dd|tt)$/.test(word))) return null;
  // Not a noun with a paradigm of its own (växt, its plural växter; rest, resten).
  if (forms.entries(word).some((entry) => NOUN_FLAGS.some((flag) => entry.flags.includes(flag)))) return null;
  const out = new Set<string>();
  const stem = word.slice(0, -1);
  const last = stem.slice(-1);
  if (/(?:dd|tt)$/.test(word)) {
    const vowelStem = word.slice(0, -2);
    if (VOWEL.test(vowelStem) && known(`${vowelStem}r`) && known(`${vowelStem}dde`)) out.add(vowelStem);
  }
  for (const verb of [`${stem}a`, `${stem}${last}a`, ...(word.endsWith('nt') ? [`${stem}da`] : [])]) {
    if (verb === word || !forms.analyse(verb).lemma) continue;
    const verbStem = verb.slice(0, -1);
    // A second-conjugation verb: its present -er (or the bare r-stem: hyr, kör), no first-conjugation past -ade.
    if (!(known(`${verbStem}er`) || (verbStem.endsWith('r') && known(verbStem))) || known(`${verbStem}ade`)) continue;
    const short = verbStem.replace(/(.)\1$/, '$1');
    if ([`${verbStem}de`, `${verbStem}te`, `${short}de`, `${short}te`].some(known)) out.add(verb);
  }
  return out.size === 1 ? forms.wordForm([...out][0]!) : null;
}
/** A second-conjugation past in -de/-te: the verb of its stem + -a (blås-te → blåsa), by participleVerb's verb test. */
function pastVerb(word: string): string | null {
  const stem = word.slice(0, -2);
  if (stem.length < 2) return null;
  const out = [`${stem}a`, `${stem}${stem.slice(-1)}a`].filter(
    (verb) => forms.analyse(verb).lemma && (known(`${verb.slice(0, -1)}er`) || (verb.slice(0, -1).endsWith('r') && known(verb.slice(0, -1)))) && !known(`${verb.slice(0, -1)}ade`),
  );
  return out.length === 1 ? forms.wordForm(out[0]!) : null;
}
/**
 * Plurals with the doubled final m/n of a short-vowel noun (vän vänner, mun munnar), which
 * dictionary-sv lists as entries of their own tied to nothing (their definite plurals key to
 * them): the noun's when the noun is an entry carrying F, the definite with that doubled
 * consonant (vännen, munnen) — the dictionary's own sign that the noun doubles it.
 */
const DOUBLED_PLURAL = /^(.*[aeiouyåäö])([mn])\2(?:ar|er)$/;
function doubledPlural(found: string): string | null {
  const m = DOUBLED_PLURAL.exec(found);
  if (m === null) return null;
  const analysis = forms.analyse(found);
  if (!analysis.lemma || analysis.candidates.length > 0) return null;
  const noun = `${m[1]}${m[2]}`;
  return forms.entries(noun).some((entry) => entry.lemma && entry.flags.includes('F')) ? forms.wordForm(noun) : null;
}
/**
 * Presents and imperatives dictionary-sv lists as bare entries or leaves to a look-alike:
 * - the present -r of a vowel-stem verb (bo bor, sy syr): the verb's when it carries M, whose
 *   past -dde is a word of the dictionary (bodde, sydde);
 * - the imperative, the bare stem, of a second-conjugation verb (höj, byt, and hyr, also the
 *   present of an r-stem): the verb's when the verb (stem + a) is an entry whose present -er
 *   (an r-stem's: the stem) and past -de/-te are words and whose first-conjugation past -ade is none.
 * Only for a word with no paradigm of its own (its entries carry no flag but R, the genitive
 * -s of a stem): töm (reins, tömmar) and spår (track) stay nouns.
 */
function stemVerb(word: string): string | null {
  // Not a form of the irregular table (red: rida's past, not reda's imperative).
  if (table().has(word) || forms.entries(word).some((entry) => entry.flags.some((flag) => flag !== 'R'))) return null;
  if (/[aeiouyåäö]r$/.test(word)) {
    const verb = word.slice(0, -1);
    if (forms.entries(verb).some((entry) => entry.lemma && entry.flags.includes('M')) && known(`${verb}dde`)) return forms.wordForm(verb);
  }
  if (VOWEL.test(word) || word.length < 2) return null;
  const verb = `${word}a`;
  // An index lookup before the costlier analyses: most words + a are no entry.
  if (!forms.entries(verb).some((entry) => entry.lemma)) return null;
  const short = word.replace(/(.)\1$/, '$1');
  // The present -er; an r-stem's present is the stem itself (hyr, kör).
  if (!forms.analyse(verb).lemma || !(word.endsWith('r') || known(`${word}er`)) || known(`${word}ade`) || ![`${word}de`, `${word}te`, `${short}de`, `${short}te`].some(known)) return null;
  return forms.wordForm(verb);
}
/**
 * First-conjugation verbs whose infinitive dictionary-sv lists only as a noun (visa/BEG a song,
 * raka/AEG a rake): it lists their present and past as entries of their own (visar, rakar flagless,
 * visade/O, rakade/O, whose O makes the supine and participle visat, visad). An -ade entry, or an -ar
 * entry with no flags, is the verb's when stem + a is an entry and the stem's -ade and -at are words.
 */
function firstConjugation(found: string): string | null {
  const m = /^(.{2,})(ade|ar)$/.exec(found);
  if (m === null) return null;
  const entries = forms.entries(found);
  if (!entries.some((entry) => entry.lemma) || (m[2] === 'ar' && entries.some((entry) => entry.flags.length > 0))) return null;
  if (m[2] === 'ade' && entries.some((entry) => entry.flags.some((flag) => flag !== 'O'))) return null;
  const verb = `${m[1]}a`;
  if (!forms.entries(verb).some((entry) => entry.lemma) || !known(`${m[1]}ade`) || !known(`${m[1]}at`)) return null;
  return verb;
}
/**
 * Verbs made of a prefix or first part and a strong or irregular verb of the tables (dammsuga,
 * tillsätta), whose forms dictionary-sv lists as entries tied to nothing (dammsög, tillsätter,
 * tillsatte): the first part + the table verb's infinitive, when that is a word of the dictionary and the only one
 * the splits give (first part and verb form two letters or more).
 */
function compoundStrong(word: string): string | null {
  const out = new Set<string>();
  for (let i = 2; i <= word.length - 2; i++) {
    const infinitive = table().get(word.slice(i));
    if (infinitive === undefined) continue;
    const first = word.slice(0, i);
    const verb = first + infinitive;
    // The dictionary has the compound's paradigm: its infinitive and another of the verb's forms
    // (seger is no se + ger: sege is seg's, segav no word).
    if (verb === word || !known(verb)) continue;
    if ((tableForms().get(infinitive) ?? []).some((form) => first + form !== word && known(first + form))) out.add(verb);
  }
  return out.size === 1 ? [...out][0]! : null;
}
let formsOfVerb: Map<string, string[]> | null = null;
/** The irregular table the other way: infinitive → its forms. */
const tableForms = (): Map<string, string[]> => {
  if (formsOfVerb === null) {
    formsOfVerb = new Map();
    for (const [form, lemma] of table()) {
      if (!formsOfVerb.has(lemma)) formsOfVerb.set(lemma, []);
      formsOfVerb.get(lemma)!.push(form);
    }
  }
  return formsOfVerb;
};
/**
 * Neuter nouns in -e whose plural -n dictionary-sv leaves out because another word's form spells it
 * (ställe/ACF: ställen is only ställ's definite): an -e entry with C (the definite -t) and F (the
 * definite plural -na) but no E (the plural -n) is the plural's noun.
 */
function neuterPlural(word: string): string | null {
  if (!/en$/.test(word) || word.length < 4) return null;
  const noun = word.slice(0, -1);
  return forms.entries(noun).some((entry) => entry.lemma && entry.flags.includes('C') && entry.flags.includes('F') && !entry.flags.includes('E')) ? noun : null;
}
/**
 * The definite forms of a verbal noun in -ande/-ende (meddelandet, meddelandena) that dictionary-sv
 * reaches only through the verb's B/F (meddela + ndet) while the -nde noun is an entry of its own
 * with a paradigm (meddelande/EF): the noun's.
 */
function verbalNoun(word: string): string | null {
  const m = /^(.*nde)(?:t|ts|n|ns|na|nas)$/.exec(word);
  if (m === null) return null;
  return forms.entries(m[1]!).some((entry) => entry.lemma && (entry.flags.includes('E') || entry.flags.includes('F'))) ? m[1]! : null;
}
/**
 * dictionary-sv spells some nouns' plural by the -r flag I of the verb beside them (spegla/ADINPY
 * makes speglar, speglarna for spegel; spika/AINPY spikar, spikarna for spik). Its definite plural
 * and genitive (-rna, -rnas, -rs), which no verb has, are the noun's: the verb's stem (spik), with
 * the -el/-er/-en vowel put back (spegl → spegel, segr → seger) or -e (timm → timme), when that is
 * an entry with a definite flag (D -en, E -n) and the only one.
 */
function verbPluralNoun(word: string): string | null {
  if (!/r(?:na|nas|s)$/.test(word)) return null;
  const nouns = verbPluralNouns(word);
  return nouns.length === 1 ? nouns[0]! : null;
}
/** The nouns an I-plural of a verb's -a entry belongs to (verbPluralNoun); the bare plural -r too. */
function verbPluralNouns(word: string): string[] {
  const readings = forms.readings(word);
  const verb = readings[0]?.lemma;
  if (verb === undefined || !verb.endsWith('a') || !readings.every((reading) => !reading.own && reading.lemma === verb && reading.flags.every((flag) => flag === 'I'))) return [];
  if (!forms.entries(verb).some((entry) => VERB_FLAGS.some((flag) => entry.flags.includes(flag)))) return [];
  const stem = verb.slice(0, -1);
  return [stem, `${stem.slice(0, -1)}e${stem.slice(-1)}`, `${stem}e`].filter((noun) =>
    forms.entries(noun).some((entry) => entry.lemma && (entry.flags.includes('D') || entry.flags.includes('E'))),
  );
}
/**
 * An -ar word read both as the plural of an -e noun (G: kille killar, nacke nackar, armbåge
 * armbågar) and as the present (m) of the -a verb beside it (killa, nacka, armbåga), where the
 * engine's tie of equal lengths went by spelling order: the noun's, when it is a common-gender
 * noun with its definite -n (E) and plural G and no neuter flags (C, F: fiske/AEFG is no plural
 * of fiskar's).
 */
function eNounPlural(word: string): string | null {
  if (!word.endsWith('ar') || word.length < 5) return null;
  const noun = `${word.slice(0, -2)}e`;
  const verb = `${word.slice(0, -2)}a`;
  const readings = forms.readings(word);
  if (!readings.some((reading) => !reading.own && reading.lemma === noun && reading.flags.includes('G'))) return null;
  if (!readings.some((reading) => !reading.own && reading.lemma === verb && reading.flags.includes('m'))) return null;
  return forms.entries(noun).some((entry) => entry.lemma && entry.flags.includes('E') && entry.flags.includes('G') && !entry.flags.includes('C') && !entry.flags.includes('F')) ? noun : null;
}
/**
 * An -a noun entry with the -e noun's plural -ar (I) and definite -n (E) but no -a noun's plural -or
 * (G) beside an -e noun with E (timma/AEIR, timme/E; ända, ände): a spelling variant of the -e noun,
 * whose forms (timman, timmar, timmarna) are the -e noun's. Not a verb (no verb flags).
 */
function eNounVariant(found: string): string | null {
  if (!found.endsWith('a') || found.length < 4) return null;
  const entries = forms.entries(found);
  if (!entries.some((entry) => entry.lemma && entry.flags.includes('E') && entry.flags.includes('I')) || entries.some((entry) => entry.flags.includes('G') || VERB_FLAGS.some((flag) => flag !== 'P' && entry.flags.includes(flag)))) return null;
  const noun = `${found.slice(0, -1)}e`;
  return forms.entries(noun).some((entry) => entry.lemma && entry.flags.includes('E')) ? noun : null;
}
/**
 * A first-conjugation verb spelt as the -a form of an adjective that dictionary-sv marks only by
 * its comparative (P) or weak -e (Q), not by the neuter/plural flag O (rädd/Q rädda, slät/P släta,
 * lat/PQ lata): the dictionary merges such pairs where the adjective carries O (lugna, trötta,
 * rena key to lugn, trött, ren, since O spells the -a form), and the same is done here, with the
 * verb's forms (räddar, slätade): the adjective's. Only for a verb with its present -ar (m, I) and
 * no noun plural G or H on the -a entry (raka, vita, matta, lita/H stay apart), the -a the adjective's plural
 * as spelt (plurals) and the adjective an entry with no noun paradigm (B D G H).
 */
function adjectiveVerb(verb: string): string | null {
  if (!verb.endsWith('a') || verb.length < 4) return null;
  const entries = forms.entries(verb);
  if (!entries.some((entry) => entry.lemma && (entry.flags.includes('m') || entry.flags.includes('I'))) || entries.some((entry) => entry.flags.includes('G') || entry.flags.includes('H'))) return null;
  if (!known(`${verb}r`)) return null;
  const bases = [verb.slice(0, -1), ...(verb.at(-2) === verb.at(-3) ? [verb.slice(0, -2)] : [])];
  const out = bases.filter(
    (base) =>
      plurals(base).includes(verb) &&
      forms.entries(base).some((entry) => entry.lemma && (entry.flags.includes('P') || entry.flags.includes('Q'))) &&
      !forms.entries(base).some((entry) => entry.flags.includes('O') || NOUN_FLAGS.some((flag) => entry.flags.includes(flag))),
  );
  // The adjective must key to itself (mör is also mö's plural: möra stays apart).
  return out.length === 1 && key(out[0]!) === out[0] ? out[0]! : null;
}
const key = (word: string): string => {
  const found0 = forms.wordForm(word);
  // A -d/-t entry with a noun paradigm of its own (följd/ADH, skylt/AD) is no verb's or adjective's
  // participle or neuter by O alone (följa, skyld).
  const ownNoun = found0 !== word && /[dt]$/.test(word) && !table().has(word) && forms.entries(word).some((entry) => entry.lemma && NOUN_FLAGS.some((flag) => entry.flags.includes(flag)));
  const others = ownNoun ? forms.readings(word).filter((reading) => !reading.own) : [];
  if (others.length > 0 && others.every((reading) => reading.flags.every((flag) => flag === 'O'))) return word;
  // An entry of its own, not in -a, with an adjective's comparative (P: lat/PQ, latare; on an -a
  // word P is a verb's participle) is no other verb's past
  // or supine by M alone (lat is not la's colloquial supine).
  if (found0 !== word && !word.endsWith('a') && forms.entries(word).some((entry) => entry.lemma && entry.flags.includes('P'))) {
    const otherReadings = forms.readings(word).filter((reading) => !reading.own);
    if (otherReadings.length > 0 && otherReadings.every((reading) => reading.flags.every((flag) => flag === 'M') || spuriousVerbReading(reading))) return word;
  }
  const variant = eNounVariant(found0);
  if (variant !== null) return forms.wordForm(variant);
  const adjective = adjectiveVerb(found0);
  if (adjective !== null) return adjective;
  const found = found0;
  // A present participle (D: -nde) of a verb whose infinitive keys to another word (lugna, also
  // lugn's -a form) is a word of its own: lugnande (a sedative) is no form of the adjective lugn.
  if (word.endsWith('nde') && found !== word) {
    const readings = forms.readings(word);
    const verb = readings[0]?.lemma;
    if (verb !== undefined && verb.endsWith('a') && readings.every((reading) => !reading.own && reading.lemma === verb && reading.flags.every((flag) => flag === 'D')) && forms.wordForm(verb) !== verb) return word;
  }
  const made = neuterPlural(word) ?? verbalNoun(word) ?? verbPluralNoun(word) ?? eNounPlural(word);
  if (made !== null && made !== found) return forms.wordForm(made);
  const first = firstConjugation(found);
  if (first !== null) return forms.wordForm(first);
  // Not a noun with a singular's paradigm (besvär/ABD, trouble: no be + svär).
  if (found === word && forms.analyse(word).candidates.length === 0 && !table().has(word) && !forms.entries(word).some((entry) => ['B', 'G', 'H'].some((flag) => entry.flags.includes(flag)))) {
    const compound = compoundStrong(word);
    if (compound !== null) return key(compound);
  }
  const stem = stemVerb(word);
  if (stem !== null && stem !== found && (found !== word || forms.analyse(word).candidates.length === 0)) return stem;
  const plural = nounPluralKey(word, found) ?? doubledPlural(found);
  if (plural !== null) return plural;
  // A key that is an entry tied to nothing but its verb (its own key): a participle's verb (glömd:
  // the dictionary ties it to glömma, the shorter key wins).
  // A past in -de/-te listed as an entry tied to nothing (blåste): its verb, as its participle's.
  if (/[dt]e$/.test(found) && found === word && forms.analyse(found).candidates.length === 0) {
    const verb = pastVerb(found);
    if (verb !== null) return verb;
  }
  if (/[dt]$/.test(found) && found === forms.wordForm(found)) {
    const verb = participleVerb(found);
    if (verb !== null && forms.analyse(found).candidates.every((candidate) => candidate === verb)) return verb;
  }
  if (!/[at]$/.test(word)) return found;
  // Not a word the dictionary already gives a verb (kastat → kasta: kastad is also an adjective;
  // sytt → sy, not syd).
  if (found !== word && (found.endsWith('a') ? isVerb(found) : VOWEL.test(found) && known(`${found}r`) && known(`${found}dde`))) return found;
  // A form of the irregular table keeps the table's lemma (gjort is göra's, not the noun gjord's).
  if (table().has(word)) return found;
  return adjectiveKey(word) ?? found;
};
/**
 * A homograph's other readings (Language.otherForms), for a word that is no entry of its own: the
 * lemmas dictionary-sv reads it as (tittar: titt's plural and titta's present; vänt: vända's
 * supine) that key as themselves (lugnande's lugna keys to the adjective lugn: not that), and the
 * present -ar of a first-conjugation verb (stem + a with verb flags) that the dictionary does not
 * spell (skördar: skörd's plural, and skörda's present; flyttar, packar, nickar).
 */
const otherForms = cached((word: string): readonly string[] => {
  if (!PLAIN_WORD.test(word) || sv.functionWords.has(word)) return [];
  const listed = homographs().get(word);
  if (listed !== undefined) {
    const other = sv.wordForm(listed);
    return other === sv.wordForm(word) ? [] : [other];
  }
  // A noun in -t that is also an adjective's neuter (tomt: a plot, and tom's; milt: mild's),
  // the adjective one the dictionary marks (P).
  if (word.endsWith('t') && nounEntry(word)) {
    const own = sv.wordForm(word);
    const adjectives = forms
      .readings(word)
      .filter((reading) => !reading.own && reading.flags.every((flag) => flag === 'O') && forms.entries(reading.lemma).some((entry) => entry.lemma && entry.flags.includes('P')))
      .map((reading) => sv.wordForm(reading.lemma))
      .filter((adjective) => adjective !== own);
    return [...new Set(adjectives)].sort();
  }
  if (forms.entries(word).some((entry) => entry.lemma)) return [];
  const own = (lemma: string): string => {
    const lemmaKey = sv.wordForm(lemma);
    return lemmaKey === lemma ? lemma : '';
  };
  const spurious = new Set(forms.readings(word).filter(spuriousVerbReading).map((reading) => reading.lemma));
  const out = readingKeys(forms, word, sv.wordForm(word), (lemma) => (spurious.has(lemma) ? '' : own(lemma))).filter((other) => other !== '');
  // The -r plural dictionary-sv spells with the -a entry's I (tankar: tanka/I, the verb; and the
  // plural of tank and of tanke): the nouns verbPluralNoun would give its definite (tankarna).
  if (word.endsWith('r')) {
    for (const noun of verbPluralNouns(word)) if (own(noun) === noun && noun !== sv.wordForm(word) && !out.includes(noun)) out.push(noun);
    out.sort();
  }
  // The definite -en of a common noun whose flags lack it (D: fisk/AB, sked/ABG give no fisken,
  // skeden), which the dictionary reads only as another word's (fiske's); not an adjective's (P:
  // viten is vite's). Not the plural -ar: such an -ar word is mostly a verb's present (vågar).
  const noun = word.endsWith('en') ? word.slice(0, -2) : '';
  if (noun.length >= 3 && !VOWEL.test(noun) && nounEntry(noun) && !forms.entries(noun).some((entry) => entry.flags.includes('D') || entry.flags.includes('P'))) {
    if (own(noun) === noun && noun !== sv.wordForm(word) && !out.includes(noun)) {
      out.push(noun);
      out.sort();
    }
  }
  const verb = word.endsWith('ar') ? word.slice(0, -1) : '';
  if (verb.length > 3 && forms.entries(verb).some((entry) => entry.lemma && VERB_FLAGS.some((flag) => entry.flags.includes(flag))) && own(verb) === verb && verb !== sv.wordForm(word) && !out.includes(verb)) {
    out.push(verb);
    out.sort();
  }
  return out;
});
export const analyseForms = (word: string): string => JSON.stringify(forms.analyse(word));
export const svForms = forms;

export const sv: Language = {
  code: 'sv',
  name: 'Swedish',
  iso6393: 'swe',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('t.ex bl.a d.v.s dvs ca nr s.k p.g.a fr.o.m jfr', 'osv m.m etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? key(w) : w)),
  otherForms,
  // natural's list holds open-class words too (dag, stor, viktig, säga): they are content words here.
  functionWords: naturalStopwords(
    'stopwords_sv',
    '',
    `beslut beslutat beslutit bra bäst bättre dag dagar dagarna dagen del delen enkel enkelt enkla fin god goda godare
    godast gott hög höger högre högst liten lilla litet små smått stor stora stort större störst lätt lättare lättast
    långsam långsammare långsammast långsamt möjlig möjligt nödvändig nödvändiga nödvändigt nummer sämre sämst tidig
    tidigare tidigast tidigt viktig viktigare viktigast viktigt vänster vänstra värre rätt tack ursäkt förlåt adjö sitta
    ligga ligger legat säga säger sa sade sagt komma kom kommer kommit ta tar gå går gick gått behöva behövas behövde
    behövt gälla gäller gällt likställd likställda jämfört helt långt rakt lika olika olikt`,
  ),
  functionLemmas: wordSet('vara ha bli kunna skola vilja göra få'),
  syllables: cached(vowelGroups('aeiouyåäö')),
  readability: lix(),
  formsNote: 'Hunspell dictionary (dictionary-sv): inflections only (derivation and compound-part flags excluded); strong verbs and umlaut plurals listed',
};
