/**
 * Italian: word forms from the Hunspell dictionary dictionary-it (the LibreOffice/OpenOffice
 * Italian dictionary), with rules for the many forms it lists as entries of their own and an
 * irregular-verb table; Franchina & Vacca (1972) readability.
 */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import { formTable, hunspellForms, type InflectionRule } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = '';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-it affix flags that make derivations (their words are lemmas of their own): Y (adverbs -mente), W y
 * (superlatives -issimo), N (diminutives -ina/-etta), the prefixes J (ri-), d (stra-),
 * e (pre-). Ignored altogether: the number-word flags ! " £ $ @ & ( ) = | (ordinals and compound numerals
 * built from a number). The elision prefixes (l', un', m', bell'…) stay: they are clitics, and
 * elisions are removed before the dictionary is asked anyway.
 */
const DERIVATIONS = [...'YWyNJde'];
const IGNORED = [...'!"£$@&()=|'];

/** Irregular forms the dictionary lists as words of their own, "form… lemma". */
const IRREGULAR = `
sono sei è siamo siete era eri eravamo eravate erano fui fosti fu fummo foste furono sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero sia siano fossi fosse fossimo foste fossero stato stata stati state essendo essere
ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero abbia abbiano avessi avesse avessero avuto avuta avuti avute avendo avere
faccio fai fa facciamo fate fanno facevo faceva facevano feci fece facemmo fecero farò farà faremo faranno farei farebbe faccia facciano facessi facesse fatto fatta fatti fatte facendo fare
vado vai va andiamo andate vanno andavo andava andavano andai andò andarono andrò andrà andremo andranno andrei andrebbe vada vadano andassi andasse andato andata andati andate andando andare
vengo vieni viene veniamo venite vengono venivo veniva venivano venni venne vennero verrò verrà verremo verranno verrei verrebbe venga vengano venissi venisse venuto venuta venuti venute venendo venire
dico dici dice diciamo dite dicono dicevo diceva dicevano dissi disse dissero dirò dirà diremo diranno direi direbbe dica dicano dicessi dicesse detto detta detti dette dicendo dire
posso puoi può possiamo potete possono potevo poteva potevano potei poté potrò potrà potremo potranno potrei potrebbe possa possano potessi potesse potuto potendo potere
voglio vuoi vuole vogliamo volete vogliono volevo voleva volevano volli volle vollero vorrò vorrà vorremo vorranno vorrei vorrebbe voglia vogliano volessi volesse voluto volendo volere
devo devi deve dobbiamo dovete devono debbono dovevo doveva dovevano dovetti dovette dovrò dovrà dovremo dovranno dovrei dovrebbe debba debbano dovessi dovesse dovuto dovendo dovere
prendo prendi prende prendiamo prendete prendono presi prese prendemmo presero preso presa prendere
metto metti mette mettiamo mettete mettono misi mise mettemmo misero messo messa messi messe mettere
vedo vedi vede vediamo vedete vedono vidi vide vedemmo videro vedrò vedrà vedremo vedranno vedrei vedrebbe visto vista visti viste veduto vedere
so sai sa sappiamo sapete sanno seppi seppe sapemmo seppero saprò saprà sapremo sapranno saprei saprebbe sappia sappiano saputo sapere
sto stai sta stiamo state stanno stavo stava stavano stetti stette stettero starò starà staremo staranno starei starebbe stia stiano stessi stesse stare
do dai dà diamo date danno davo dava davano diedi diede diedero darò darà daremo daranno darei darebbe dia diano dessi desse dare
bevo bevi beve beviamo bevete bevono bevevo beveva bevvi bevve bevvero berrò berrà bevuto bevendo bere
scrivo scrivi scrive scriviamo scrivete scrivono scrissi scrisse scrissero scritto scritta scritti scritte scrivere
leggo leggi legge leggiamo leggete leggono lessi lesse lessero letto letta letti lette leggere
nasco nasci nasce nasciamo nascono nacqui nacque nacquero nato nata nati nate nascere
muoio muori muore moriamo morite muoiono morii morì morirono morto morta morti morte morire
apro apri apre apriamo aprite aprono aprii aprì aperto aperta aperti aperte aprire
chiudo chiudi chiude chiudiamo chiudete chiudono chiusi chiuse chiusero chiuso chiusa chiudere
rimango rimani rimane rimaniamo rimangono rimasi rimase rimasero rimasto rimasta rimasti rimaste rimanere
esco esci esce usciamo uscite escono uscivo usciva uscii uscì uscito uscita usciti uscite uscire
tengo tieni tiene teniamo tenete tengono tenni tenne tennero terrò terrà tenuto tenere
salgo sali sale saliamo salgono salire
scelgo scegli sceglie scegliamo scelgono scelsi scelse scelto scelta scegliere
rispondo rispondi risponde rispondiamo rispondono risposi rispose risposto rispondere
corro corri corre corriamo corrono corsi corse corso correre
vivo vivi vive viviamo vivono vissi visse vissuto vivere
mani mano
uomini uomo
uova uovo
dita dito
braccia braccio
ginocchia ginocchio
ossa osso
buoi bue
lenzuola lenzuolo
labbra labbro
ciglia ciglio
dei dio
mogli moglie
ali ala
armi arma
`;

/**
 * Regular inflections of forms the dictionary lists as entries of their own (farmaci beside
 * farmaco, parlato beside parlare, capisco beside capire): each replacement is a candidate
 * lemma, kept only when the dictionary has it as an entry; the shortest candidate wins. Noun
 * and adjective plurals (-i → -o/-e/-a, -chi → -co, -ii → -io, -e → -a, -ce/-ge → -cia/-gia),
 * participles and gerunds, -isc- presents, futures and conditionals. No -a → -o rule: it would
 * join nouns (pasta, moda) the dictionary keeps apart.
 */
const LEMMA_RULES: InflectionRule[] = [
  [/chi$/, 'co'],
  [/ghi$/, 'go'],
  [/che$/, 'ca'],
  [/ghe$/, 'ga'],
  [/ii$/, 'io'],
  [/i$/, 'o', 'e', 'io', 'a'],
  [/(..)at[oaie]$/, '$1are'],
  [/(..)ut[oaie]$/, '$1ere'],
  [/(..)it[oaie]$/, '$1ire'],
  [/(..)ando$/, '$1are'],
  [/(..)endo$/, '$1ere', '$1ire'],
  [/isc(?:o|i|e|ono|a|ano)$/, 'ire'],
  [/cher(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'care'],
  [/gher(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'gare'],
  [/er(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'are', 'ere', 'iare'],
  [/ir(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'ire'],
];
/** For words the dictionary does not know at all, the feminine plurals too (-e → -a, -ce → -cia). */
const RULES: InflectionRule[] = [[/([cg])e$/, '$1ia', '$1a'], [/e$/, 'a'], ...LEMMA_RULES];

const forms = hunspellForms({
  package: 'dictionary-it',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  ignoreFlags: IGNORED,
  choose: 'shortest',
  rules: RULES,
  lemmaRules: LEMMA_RULES,
  ruleResults: 'forms',
  exceptions: () => formTable(IRREGULAR, fold),
  minLength: 3,
});
const key = forms.wordForm;
/**
 * Present participles (-ante/-ente, plural -anti/-enti) are kept apart from their verb: as
 * words they are nouns and adjectives (cantante, insegnante, importante), so only their
 * plural is joined to the singular.
 */
const PARTICIPLE = /([ae]nt)[ei]$/;
const italianKey = (word: string): string => (PARTICIPLE.test(word) ? word.replace(PARTICIPLE, '$1e') : key(word));
export const analyseForms = (word: string): string => JSON.stringify(forms.analyse(word));

export const it: Language = {
  code: 'it',
  name: 'Italian',
  iso6393: 'ita',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('sig sigg dott dott.ssa prof ing avv es pag pagg n nr cfr', 'ecc'),
  wordForm: cached((w) => {
    const word = w.replace(/^(?:l|d|un|dell|all|dall|nell|sull|quest|quell)'/, '');
    return PLAIN_WORD.test(word) ? italianKey(word) : word;
  }),
  functionWords: naturalStopwords('stopwords_it', "l' un' dell' all' nell' è sono"),
  syllables: cached(vowelGroups('aeiou', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe'])),
  // Franchina–Vacca: 206 − 0.65 × syllables per 100 words − words per sentence.
  readability: fleschType('Flesch–Vacca reading ease', 'Franchina & Vacca (1972)', 206, 1, 65),
  formsNote: "Hunspell dictionary (dictionary-it): inflections only (-mente, -issimo, diminutive and prefix flags excluded), rules for forms it lists apart, irregular verbs listed (elisions l', dell' removed first)",
};
