/**
 * Italian: word forms from the Hunspell dictionary dictionary-it (the LibreOffice/OpenOffice
 * Italian dictionary), with rules for the many forms it lists as entries of their own and an
 * irregular-verb table; Franchina & Vacca (1972) readability.
 */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, recentlyCached, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, type InflectionRule } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language, SpellingContext } from './types.js';

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
odo odi ode udiamo udite odono udivo udiva udivano udii udì udirono udirò udirà udrò udrà oda odano udito udendo udire
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
templi tempio
echi eco
ali ala
armi arma
`;

/**
 * Strong verbs of the grammars (not taken from the probe lists), "infinitive key=stem…":
 * rem = strong passato remoto stem (decis-i, decis-e, decis-ero), part = past participle
 * (masculine forms only: feminine participles that are nouns — offerta, coperta, scoperta,
 * posta, corsa, spesa — stay nouns), pres = first-person stem of the present and subjunctive
 * (tolg-o, tolg-ono, tolg-a, tolg-ano), fut = future and conditional stem (varr-ò, varr-ei).
 * Left out as the noun far more often: posto (porre), riso "rice" (ridere), dato/dati "data"
 * (dare). The last lines complete the futures and conditionals of the table below.
 */
const STRONG = `
decidere rem=decis part=deciso
ridere rem=ris
dividere rem=divis part=diviso
uccidere rem=uccis part=ucciso
piangere rem=pians part=pianto
dipingere rem=dipins part=dipinto
spingere rem=spins part=spinto
giungere rem=giuns part=giunto
aggiungere rem=aggiuns part=aggiunto
raggiungere rem=raggiuns part=raggiunto
vincere rem=vins part=vinto
convincere rem=convins part=convinto
spegnere rem=spens part=spento pres=speng
togliere rem=tols part=tolto pres=tolg
cogliere rem=cols part=colto pres=colg
raccogliere rem=raccols part=raccolto pres=raccolg
sciogliere rem=sciols part=sciolto pres=sciolg
cuocere rem=coss part=cotto pres=cuoci
muovere rem=moss part=mosso
rompere rem=rupp part=rotto
interrompere rem=interrupp part=interrotto
offrire part=offerto
soffrire part=sofferto
coprire part=coperto
scoprire part=scoperto
valere rem=vals part=valso pres=valg fut=varr
parere rem=parv part=parso fut=parr
apparire rem=apparv part=apparso
piacere rem=piacqu part=piaciuto pres=piacci
tacere rem=tacqu part=taciuto pres=tacci
giacere rem=giacqu part=giaciuto pres=giacci
perdere rem=pers part=perso
chiedere rem=chies part=chiesto
rendere rem=res part=reso
scendere rem=sces part=sceso
spendere rem=spes part=speso
accendere rem=acces part=acceso
stringere rem=strins part=stretto
distruggere rem=distruss part=distrutto
correggere rem=corress part=corretto
proteggere rem=protess part=protetto
dirigere rem=diress part=diretto
discutere rem=discuss part=discusso
esprimere rem=espress part=espresso
conoscere rem=conobb part=conosciuto
crescere rem=crebb part=cresciuto
cadere rem=cadd part=caduto fut=cadr
succedere rem=success part=successo
assumere rem=assuns part=assunto
risolvere rem=risols part=risolto
volgere rem=vols part=volto
piovere rem=piovv part=piovuto
ottenere rem=ottenn part=ottenuto pres=otteng fut=otterr
mantenere rem=mantenn part=mantenuto pres=manteng fut=manterr
tradurre durre=tra
condurre durre=con
produrre durre=pro
ridurre durre=ri
introdurre durre=intro
porre porre=
trarre trarre=
attrarre trarre=at
distrarre trarre=dis
contrarre trarre=con
estrarre trarre=es
sottrarre trarre=sot
ritrarre trarre=ri
essere fut=sar
avere fut=avr
andare fut=andr
potere fut=potr
sapere fut=sapr
dovere fut=dovr
volere fut=vorr
vedere fut=vedr
vivere fut=vivr
venire fut=verr
tenere fut=terr
rimanere fut=rimarr
bere fut=berr
fare fut=far
dare fut=dar
stare fut=star
dire fut=dir
comporre porre=com
proporre porre=pro
disporre porre=dis
esporre porre=es
imporre porre=im
supporre porre=sup
`;

/** The forms of STRONG, "form… infinitive" lines. */
function strongForms(): string {
  const lines: string[] = [];
  const FUTURE = ['ò', 'ai', 'à', 'emo', 'ete', 'anno', 'ei', 'esti', 'ebbe', 'emmo', 'este', 'ebbero'];
  for (const line of STRONG.trim().split('\n')) {
    const [verb, ...parts] = line.trim().split(/\s+/) as [string, ...string[]];
    const forms: string[] = [];
    for (const part of parts) {
      const [kind, stem = ''] = part.split('=') as [string, string?];
      if (kind === 'rem') forms.push(stem + 'i', stem + 'e', stem + 'ero');
      else if (kind === 'part') forms.push(stem, stem.slice(0, -1) + 'i');
      else if (kind === 'pres') forms.push(stem + 'o', stem + 'ono', stem + 'a', stem + 'ano');
      else if (kind === 'fut') for (const e of FUTURE) forms.push(stem + e);
      else if (kind === 'durre' || kind === 'porre' || kind === 'trarre') {
        // -durre verbs on the stem -duc-, -porre verbs on pon-/pong-, -trarre verbs on tra-/tragg-
        // (Latin ducere, ponere, trahere).
        const [present, first, remote, participle, future] =
          kind === 'durre' ? [stem + 'duc', stem + 'duc', stem + 'duss', stem + 'dott', stem + 'durr'] : kind === 'porre' ? [stem + 'pon', stem + 'pong', stem + 'pos', stem + 'post', stem + 'porr'] : [stem + 'tra', stem + 'tragg', stem + 'trass', stem + 'tratt', stem + 'trarr'];
        for (const e of ['i', 'e', 'iamo', 'ete', 'evo', 'eva', 'evano', 'endo', 'essi', 'esse']) forms.push(present + e);
        forms.push(first + 'o', first + 'ono', first + 'a', first + 'ano', remote + 'i', remote + 'e', remote + 'ero');
        // posto, tratto: the nouns far more often than porre's and trarre's participles.
        if (stem !== '' || kind === 'durre') forms.push(participle + 'o', participle + 'i');
        for (const e of FUTURE) forms.push(future + e);
      }
    }
    lines.push([...forms, verb].join(' '));
  }
  return lines.join('\n');
}

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
  // Two letters at least before -isc- (unisco, agisco: unire, agire; disco is no form of dire).
  [/(..)isc(?:o|i|e|ono|a|ano)$/, '$1ire'],
  [/cher(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'care'],
  [/gher(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'gare'],
  [/er(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'are', 'ere', 'iare'],
  [/ir(?:o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/, 'ire'],
];
/** For words the dictionary does not know at all, the feminine plurals too (-e → -a, -ce → -cia). */
const RULES: InflectionRule[] = [[/([cg])e$/, '$1ia', '$1a'], [/e$/, 'a'], ...LEMMA_RULES];

let table: Map<string, string> | null = null;
/** The irregular and strong forms, form → infinitive (or noun lemma). */
const irregularTable = (): Map<string, string> => (table ??= formTable(`${strongForms()}\n${IRREGULAR}`, fold));

/**
 * Flags of nouns and adjectives (plurals, elisions, derivations): an -are/-ere/-ire entry that has only
 * these is an adjective or noun (malare, nucleare, lombare, affare), no verb whose participle or
 * prefixed form a rule may read (malato, nucleato, lombata; affanno, affatto: af- + fanno, fatto).
 */
const NOMINAL_FLAGS = new Set([...'SOQRoTUqrsXYWyNJde', ...IGNORED]);
const nominalOnly = (lemma: string): boolean => {
  const found = forms.entries(lemma).filter((entry) => entry.lemma);
  // A plural flag at least (bare -re entries are verbs the dictionary lists without flags: compire).
  return found.some((entry) => entry.flags.some((flag) => 'SOQRo'.includes(flag))) && found.every((entry) => entry.flags.every((flag) => NOMINAL_FLAGS.has(flag)));
};
/** A rule's -re lemma for a word that is not its plural must be a verb (malato is not malare's). */
// (Nor the feminine of an -iere agent noun: infermiera, usciera ~ infermiere, usciere, as before.)
const acceptLemma = (lemma: string, word: string): boolean =>
  !/[aei]re$/.test(lemma) || word === `${lemma.slice(0, -1)}i` || (/iere$/.test(lemma) && word === `${lemma.slice(0, -1)}a`) || !nominalOnly(lemma);
const forms = hunspellForms({
  accept: (lemma, word) => acceptLemma(lemma, word),
  package: 'dictionary-it',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  ignoreFlags: IGNORED,
  choose: 'shortest',
  rules: RULES,
  lemmaRules: LEMMA_RULES,
  ruleResults: 'forms',
  exceptions: () => irregularTable(),
  minLength: 3,
  // An infinitive with an enclitic pronoun (L: ufficiar-le) does not claim an entry with a
  // paradigm of its own: ufficiale (plural ufficiali) is the noun, not ufficiare's.
  homographFlags: ['L'],
});
/** The rules below ask the dictionary about several relatives of each new word. */
const analyse = recentlyCached((word) => forms.analyse(word));
const key = recentlyCached((word) => forms.wordForm(word));
/**
 * Present participles (-ante/-ente, plural -anti/-enti) are kept apart from their verb: as
 * words they are nouns and adjectives (cantante, insegnante, importante), so only their
 * plural is joined to the singular.
 */
// At least three letters before -ant-/-ent-: sente, senti (sentire), menti are verb forms, not
// participles.
const PARTICIPLE = /^(.{3,}[ae]nt)[ei]$/;
/** Known to the dictionary: an entry, or a form of one (derived forms name themselves). */
const known = (word: string): boolean => {
  const analysis = analyse(word);
  return analysis.lemma || analysis.candidates.length > 0;
};
/**
 * An adverb in -mente is built on the feminine (altamente, gravemente): where the dictionary
 * has it, X-o, X-a, X-i, X-e (or X-e, X-i) are one adjective, keyed by its masculine singular
 * even where the dictionary lists the feminine apart (alta) or reads it as a verb's form
 * (stanca: stancare; gravi: gravare). -chi/-che, -ghi/-ghe spell the c/g stem.
 */
function adjectiveKey(word: string): string | null {
  // Not an infinitive (amare is also amaro's feminine plural: the verb wins).
  if (/[aei]re$/.test(word) && analyse(word).lemma) return null;
  const m = /^(.{2,}?)(h?)([aeio])$/.exec(word);
  if (m === null) return null;
  const stem = m[2] === 'h' && /[cg]$/.test(m[1]!) ? m[1]! : m[2] === 'h' ? null : m[1]!;
  if (stem === null) return null;
  // -io adjectives keep the i before -i/-e (saggi, sagge: saggio).
  for (const base of m[2] === '' && (m[3] === 'i' || m[3] === 'e') && !/i$/.test(stem) ? [stem, `${stem}i`] : [stem]) {
    // The abstract noun proves the feminine forms only (not mite, fine, nove, entries of their own
    // beside mito, fino, novo; nor -i, also the plural of -e nouns: ceci is cece's, not ceco's).
    const found = adjectiveOf(base, m[2] !== 'h' || m[3] === 'i' || m[3] === 'e', m[3] === 'a' || (m[3] === 'e' && !isEntry(word)));
    if (found !== null) return found;
  }
  if ((m[3] === 'e' || m[3] === 'i') && m[2] !== 'h' && known(`${stem}emente`) && analyse(`${stem}e`).lemma) return key(`${stem}e`);
  return null;
}
const abstractNoun = (stem: string): boolean =>
  forms.entries(`${stem}ita`).some((entry) => entry.word.endsWith('ità')) || isEntry(`${stem}${/[cg]$/.test(stem) ? 'h' : ''}ezza`);
function adjectiveOf(stem: string, applies: boolean, abstractProves = false): string | null {
  if (!applies) return null;
  const masculine = `${stem}o`;
  const readings = analyse(masculine);
  // The masculine reads as an adjective entry, or only as a verb's form on the same stem (antico:
  // anticare's, bravo: bravare's: then it is the key itself); the dictionary is asked for the
  // evidence only then.
  // (profondo: profondare's and profondere's too).
  const onlyVerb = !readings.lemma && readings.candidates.length > 0 && readings.candidates.every((lemma) => lemma === `${stem}are` || lemma === `${stem}ere`);
  if (!readings.lemma && !onlyVerb) return null;
  // An -amente adverb proves the adjective, or (for the masculine that is no entry) an -issimo
  // entry (antichissimo, bravissimo; an entry: -issimo is also -ire verbs' imperfect
  // subjunctive, sentissimo).
  // Or, for a masculine that is an entry, an abstract noun in -ità or -ezza made on it (umidità:
  // umido, whose feminine umida the dictionary lists apart), the grammars' suffixes of nouns made
  // from adjectives; -ità as the entry spells it (the folded -ita is also a participle's: finita).
  // Not for a masculine read only as a verb's form: salvezza does not make salvo, salva salvare's.
  const proven = known(`${stem}amente`) || (onlyVerb && isEntry(`${/[cg]$/.test(stem) ? `${stem}h` : stem}issimo`)) || (abstractProves && readings.lemma && abstractNoun(stem));
  if (!proven) return null;
  return readings.lemma ? (strongKey(masculine) ?? key(masculine)) : masculine;
}

/**
 * Strong participles and passati remoti (morso, morse ← mordere; nascosto ← nascondere;
 * sparso ← spargere) that the dictionary lists as nouns or not at all: the grammar's stem
 * patterns (stem + -o/-i participle, -i/-e/-ero remote) give candidate infinitives, and one
 * counts only when the dictionary has it as a verb (its gerund is an entry) that has no regular
 * participle (no -uto/-ito: vendere's venduto, procedere's proceduto, cadere's caduto keep their
 * look-alikes apart). -orre, -arre, -urre need their family's p-, tr-, d-.
 */
const STRONG_STEMS: [string, ...string[]][] = [
  ['pos', 'porre'], ['post', 'porre'], ['duss', 'durre'], ['dott', 'durre'], ['trass', 'trarre'], ['tratt', 'trarre'],
  ['rs', 'rrere', 'rdere', 'rgere'], ['us', 'udere', 'ondere'], ['is', 'idere', 'ettere'], ['ies', 'iedere'],
  ['es', 'endere', 'edere'], ['as', 'adere', 'anere'], ['os', 'odere', 'ondere'],
  ['oss', 'uovere', 'uotere'], ['ess', 'ettere', 'edere', 'igere', 'imere', 'eggere'], ['uss', 'utere', 'uggere'], ['iss', 'ivere', 'iggere'],
  ['uns', 'umere'], ['ns', 'ngere', 'ncere'], ['ols', 'ogliere', 'olgere', 'olvere'],
  ['ott', 'ompere'], ['ett', 'eggere', 'igere'], ['scritt', 'scrivere'], ['utt', 'uggere'], ['itt', 'iggere'],
  ['unt', 'umere'], ['ent', 'egnere'], ['nt', 'ngere', 'ncere'],
  ['ost', 'ondere'], ['iest', 'iedere'], ['vist', 'vedere'], ['ast', 'anere'], ['olt', 'ogliere', 'olgere', 'olvere'],
  ['ert', 'rire'], ['ort', 'orire'], ['upp', 'ompere'], ['obb', 'oscere'], ['ebb', 'escere'], ['acqu', 'ascere', 'acere'],
  ['enn', 'enere', 'enire'],
];
const isEntry = (word: string): boolean => analyse(word).lemma;
/** An entry, or a word the dictionary derives by a prefix flag (prescrivere: pre- + scrivere), whose
 * reading names itself. */
const isVerbEntry = (word: string): boolean => {
  const analysis = analyse(word);
  return analysis.lemma || (analysis.candidates.length === 1 && analysis.candidates[0] === word);
};
/** A verb of the dictionary (its gerund is an entry) whose participle is not the regular one. */
function strongVerb(infinitive: string): boolean {
  if (!isVerbEntry(infinitive)) return false;
  if (/(?:porre|trarre|durre)$/.test(infinitive)) return true;
  const stem = infinitive.slice(0, -3);
  if (!known(`${stem}endo`)) return false;
  return !known(`${stem}${infinitive.endsWith('ire') ? 'ito' : 'uto'}`);
}
function strongKey(word: string): string | null {
  if (irregularTable().has(word)) return null;
  // The participle's feminine, where the dictionary makes it the masculine's (scossa: scosso): read
  // as the masculine's own form, not as a third word's both are forms of (punta, punto: puntare's;
  // svolta, rivolta: svoltare's, rivoltare's), and on a root of two letters at least before the
  // strong stem: the feminines of the one-syllable roots (rosa, risa, fusa, fesa, retta: rodere,
  // ridere, fondere, fendere, reggere) are the nouns (the dictionary lists rosa only as roso's).
  const masculine = `${word.slice(0, -1)}o`;
  if (/a$/.test(word) && known(masculine) && !irregularTable().has(masculine) && key(word) === key(masculine)) {
    return analyse(word).candidates.includes(masculine) ? strongStem(masculine, 2) : null;
  }
  return strongStem(word);
}
function strongStem(word: string, root = 1): string | null {
  const m = /^(.{2,}?)(ero|o|i|e)$/.exec(word);
  if (m === null) return null;
  const stem = m[1]!;
  // -ero after a stem the dictionary conjugates as an -are verb is that verb's future (piant-erò:
  // piantare's), not a strong passato remoto (dissero).
  if (m[2] === 'ero' && analyse(word).candidates.includes(`${stem}are`)) return null;
  // The -e of a noun the dictionary has in -a stays with it (rose: rosa's, not rodere's;
  // punte: punta's): only a feminine of the participle's own paradigm (scossa: scosso's) that the
  // rule above reads as the participle's goes.
  if (m[2] === 'e' && known(`${stem}a`) && (key(`${stem}a`) !== key(`${stem}o`) || strongKey(`${stem}a`) === null)) return null;
  for (const [tail, ...endings] of STRONG_STEMS) {
    if (!stem.endsWith(tail) || stem.length - tail.length < root) continue;
    for (const ending of endings) {
      const infinitive = stem.slice(0, -tail.length) + ending;
      if (!strongVerb(infinitive)) continue;
      // A verb the dictionary derives by a prefix flag, only for a word it reads as no other verb's
      // form (ricorressero is ricorrere's subjunctive, not ricorreggere's passato remoto).
      // Nor, for the -iggere verbs (fritto, afflitto, but affisso), a word read as another verb's form
      // (affitto: affittare's; prefisse: prefissare's).
      if ((!isEntry(infinitive) || ending === 'iggere') && analyse(word).candidates.some((lemma) => lemma !== infinitive && /re$/.test(lemma))) continue;
      return key(infinitive);
    }
  }
  return null;
}
/** Italian verb prefixes (the grammars' list; assimilated forms of ad-, con-, in-, ob-, sub-). */
const VERB_PREFIXES = new Set(
  'a ab ac ad af ag al am an ap ar as at av co col com con cor contra contrad de di dif dis e es ef ec im in inter intra ir op ob oc of per pre pro ri re ra s sos sop sot sotto sopra soprav sovra stra sub suc suf sug sup sor tra tras bene male man ot sod circon retro'.split(' '),
);
/**
 * A prefixed verb conjugates as its base (contiene, sostengo, sosterrà as tiene, tengo, terrà;
 * ammise, riesce, accolse): a word that is a prefix plus a form of the irregular table keys to
 * the prefix plus the form's infinitive, when the dictionary has that verb. Not for a word that
 * is a noun or adjective with its own plural (indice: indici; not indire's).
 */
function prefixedKey(word: string): string | null {
  const irregular = irregularTable();
  if (irregular.has(word)) return null;
  for (let i = 1; i <= Math.min(7, word.length - 3); i++) {
    if (!VERB_PREFIXES.has(word.slice(0, i))) continue;
    const infinitive = irregular.get(word.slice(i));
    if (infinitive === undefined || !/re$/.test(infinitive)) continue;
    const verb = word.slice(0, i) + infinitive;
    if (!isEntry(verb) || nominalOnly(verb)) continue;
    // A noun listed with its plural as entries (indice, indici) is not a verb's form (indire).
    const others = /[oe]$/.test(word) ? [`${word.slice(0, -1)}i`] : /i$/.test(word) ? [`${word.slice(0, -1)}o`, `${word.slice(0, -1)}e`] : [];
    if (isEntry(word) && others.some(isEntry)) return null;
    return key(verb);
  }
  return null;
}
/** A noun or adjective: its plural (o/e → i, a → e) is one of its forms in the dictionary. */
function ownPlural(word: string): boolean {
  const plural = /[oe]$/.test(word) ? `${word.slice(0, -1)}i` : /a$/.test(word) ? `${word.slice(0, -1)}e` : null;
  return plural !== null && analyse(plural).candidates.includes(word);
}
/**
 * Plurals the dictionary lists as entries tied to nothing (stelle, gocce, brave, ponti) while
 * it reads the singular only as a form of a verb on the same stem (stella: stellare's, bravo:
 * bravare's): the plural takes the singular's key. The singular must be no entry itself (pesca
 * and pesce are both entries, and stay apart).
 */
/** Endings of singular nouns and adjectives in -e (the grammars' suffixes -ione, -ice, -ore…). */
const SINGULAR_E = /(?:ione|vole|esse|ice|ine|ale|ile|ore|ente|ante|ese|ude|ute|ite|ode|ase|ume|one|me|uge|oge)$/;
function pluralKey(word: string): string | null {
  const analysis = analyse(word);
  if (!analysis.lemma || analysis.candidates.length > 0) return null;
  // A singular in -e has its plural in -i (azione: azioni, chiave: chiavi): not a plural itself.
  // Nor a word with an ending of singular -e nouns (azione, giudice, immagine, migliore, salute).
  if (SINGULAR_E.test(word)) return null;
  // Nor an infinitive the dictionary conjugates (sciare/A…: not the plural of sciara).
  if (/[aei]re$/.test(word) && forms.entries(word).some((entry) => entry.flags.length > 0)) return null;
  const plural = /e$/.test(word) ? analyse(`${word.slice(0, -1)}i`) : null;
  if (plural !== null && (plural.lemma || plural.candidates.includes(word))) return null;
  const singulars = /[cg]e$/.test(word) ? [`${word.slice(0, -1)}ia`, `${word.slice(0, -1)}a`] : /e$/.test(word) ? [`${word.slice(0, -1)}a`] : /i$/.test(word) ? [`${word.slice(0, -1)}e`, `${word.slice(0, -1)}o`] : [];
  for (const singular of singulars) {
    const found = analyse(singular);
    // Both listed bare (bugia, bugie): the singular's.
    if (found.lemma && found.candidates.length === 0 && /e$/.test(word)) return key(singular);
    if (found.lemma || found.candidates.length === 0) continue;
    if (found.candidates.every((lemma) => lemma.endsWith('are') && lemma.startsWith(singular.slice(0, -1)))) return key(singular);
  }
  return null;
}
/**
 * Plurals of nouns and adjectives the dictionary lists bare, with no flag to inflect them
 * (pettine, margine, portico; umile with only its elision and derivation flags), while it reads
 * the plural only as a verb's form (pettini: pettinare's, portici: porre's with clitics): the
 * plural is the singular's when the singular is no verb's form itself (ballo, grido are ballare's,
 * gridare's first person: balli, gridi stay the verbs'). A singular in -e must have an ending of
 * the grammars' singular -e nouns, or no -a beside it (balle is balla's plural, not a singular).
 */
/** Suffixes of singular -e nouns and adjectives (-ale, -ile, -ore, -esse, -ese, -ente, -ante, -ude, -ute),
 * after two letters at least (not file, the loanword: fili are filo's). */
const STRONG_SINGULAR_E = /^.{2,}(?:ale|ile|ore|esse|ese|ente|ante|ude|ute)$/;
function bareSingularKey(word: string): string | null {
  const m = /^(.{2,}?)(h?)i$/.exec(word);
  if (m === null) return null;
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length === 0 || !analysis.candidates.every((lemma) => /re$/.test(lemma))) return null;
  const stem = m[1]!;
  // Not a first-person passato remoto (patii, riempii: patire's, riempire's) nor a reflexive
  // infinitive (lamentarsi).
  if ((/ii$/.test(word) && analysis.candidates.includes(`${word.slice(0, -2)}ire`)) || /[aei]rsi$/.test(word)) return null;
  // mangi, lasci are mangiare's, lasciare's (the i spells the soft c, g): not mango's, lasco's.
  if (m[2] === '' && /[cg]$/.test(stem) && analysis.candidates.includes(`${stem}iare`)) return null;
  const singulars = m[2] === 'h' ? (/[cg]$/.test(stem) ? [`${stem}o`] : []) : [`${stem}e`, `${stem}o`];
  for (const singular of singulars) {
    const found = analyse(singular);
    if (!found.lemma || found.candidates.length > 0) continue;
    // Verb forms the dictionary lists bare (trottamo, tentanto) are no singulars.
    if (/(?:[aei]mo|[ae]nto)$/.test(singular)) continue;
    if (singular.endsWith('e')) {
      // -ione, -ice are singular endings only (stagione, radice: never an -a noun's plural); any
      // other -e singular needs no -o word beside it (vaccine is vaccina's plural beside vaccino,
      // rame a noun beside ramo: their -i plurals stay as they are) and a singular ending, or no -a.
      if (!/(?:ione|ice)$/.test(singular) && (known(`${stem}o`) || (!SINGULAR_E.test(singular) && known(`${stem}a`)))) continue;
    }
    return key(singular);
  }
  return null;
}
/**
 * A masculine plural (-i, -chi, -ghi) the dictionary reads as the plural of both an -o and an
 * -a lemma (aghi: ago's and aga's): the -o lemma's, as a feminine -a noun's plural is in -e and
 * masculine nouns in -a are few (the engine would take the first in code-unit order, aga).
 */
function masculinePluralKey(word: string): string | null {
  const m = /^(.{2,}?)h?i$/.exec(word);
  if (m === null || (word.endsWith('hi') && !/[cg]$/.test(m[1]!))) return null;
  const analysis = analyse(word);
  const [a, o] = [`${m[1]}a`, `${m[1]}o`];
  return !analysis.lemma && analysis.candidates.length === 2 && analysis.candidates.includes(a) && analysis.candidates.includes(o) ? key(o) : null;
}
/**
 * A masculine plural in -i the dictionary reads only as another lemma's (ginecologi: ginecologa's
 * R plural, motori: motorio's) while the singular the grammar gives is a bare entry beside it
 * (ginecologo; motore, a singular -e noun's suffix): the singular's. -i after an -o singular is
 * the plural of an -a lemma only for masculine nouns in -a (pediatra: pediatri, no pediatro).
 */
function otherPluralKey(word: string): string | null {
  const m = /^(.{2,}?)i$/.exec(word);
  if (m === null) return null;
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length !== 1) return null;
  const [only] = analysis.candidates as [string];
  const [o, e] = [`${m[1]}o`, `${m[1]}e`];
  // A lower-case entry (not Reno, the river: reni are rene's, a noun the dictionary lacks).
  const common = (entry: string): boolean => isEntry(entry) && analyse(entry).candidates.length === 0 && forms.entries(entry).some((found) => found.lemma && found.word === entry);
  if (only === `${m[1]}a` && common(o)) return key(o);
  if (only === `${m[1]}io` && common(e) && STRONG_SINGULAR_E.test(e) && forms.entries(e).every((entry) => entry.flags.length === 0)) return key(e);
  return null;
}
/**
 * The second person of an -isc- verb (tossisci, arrostisci), which the dictionary reads only as a
 * form of the verb's -isca entry (its R plural): the verb's.
 */
function iscKey(word: string): string | null {
  const m = /^(.{2,})isci$/.exec(word);
  if (m === null) return null;
  const analysis = analyse(word);
  const verb = `${m[1]}ire`;
  return !analysis.lemma && analysis.candidates.length > 0 && analysis.candidates.every((lemma) => lemma.startsWith(`${m[1]}isc`)) && isEntry(verb) && known(`${m[1]}isco`) ? key(verb) : null;
}
/**
 * A gerund the dictionary derives by a prefix flag (prescrivendo: pre- + scrivendo, a form naming
 * itself): the infinitive it derives the same way (prescrivere), as an entry's gerund is its verb's.
 */
function derivedGerundKey(word: string): string | null {
  const m = /^(.{2,})([ae])ndo$/.exec(word);
  if (m === null) return null;
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length !== 1 || analysis.candidates[0] !== word) return null;
  for (const infinitive of m[2] === 'a' ? [`${m[1]}are`] : [`${m[1]}ere`, `${m[1]}ire`]) {
    if (isVerbEntry(infinitive)) return key(infinitive);
  }
  return null;
}
/**
 * -ire verbs whose stem ends in -i (riempire: riempio, riempie, riempiono, riempiendo), whose present
 * the dictionary lists as bare entries or reads as the -ia entry's forms (riempie: riempia's plural):
 * the verb's, where its first person and third person plural are such bare entries (gioia, guaio stay nouns).
 */
function iStemKey(word: string): string | null {
  const m = /^(.{3,})i(?:o|e|ono|a|ano|endo)$/.exec(word);
  if (m === null) return null;
  const verb = `${m[1]}ire`;
  const bare = (entry: string): boolean => forms.entries(entry).length > 0 && forms.entries(entry).every((found) => found.lemma && found.flags.length === 0);
  // The first and third persons plural both listed (riempio, riempiono): guaio, tornio, patio are nouns.
  if (!bare(`${m[1]}io`) || !bare(`${m[1]}iono`) || !forms.entries(verb).some((entry) => entry.flags.length > 0)) return null;
  const analysis = analyse(word);
  // (The gerund's entry has its clitic flag: riempiendo/D.)
  const own = analysis.lemma && analysis.candidates.length === 0 && (bare(word) || word.endsWith('endo'));
  const ofIa = !analysis.lemma && analysis.candidates.length === 1 && analysis.candidates[0] === `${m[1]}ia`;
  return own || ofIa || (word === `${m[1]}ia` && analysis.candidates.length === 0) ? key(verb) : null;
}
/**
 * A plural in -i the dictionary reads as an -e noun's plural (its S flag: radici, radice's) and as
 * a verb's form with a clitic (radi-ci: radere's) is the noun's when the singular has an ending of
 * the grammars' singular -e nouns: the engine's tie of equal lengths took the verb by code-unit order.
 */
function nounOverVerbKey(word: string): string | null {
  const m = /^(.{2,})i$/.exec(word);
  if (m === null) return null;
  const singular = `${m[1]}e`;
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length < 2 || !analysis.candidates.includes(singular) || !STRONG_SINGULAR_E.test(singular) && !/(?:ione|ice)$/.test(singular)) return null;
  return analysis.candidates.every((lemma) => lemma === singular || /re$/.test(lemma)) ? key(singular) : null;
}
/**
 * Plurals in -a of masculine nouns (paia, centinaia, corna, miglia: the Latin neuter), listed
 * bare: the singular in -o is an entry and no -e plural exists (a feminine noun in -a has one).
 */
function neuterPluralKey(word: string): string | null {
  if (!/a$/.test(word)) return null;
  const analysis = analyse(word);
  if (!analysis.lemma || analysis.candidates.length > 0) return null;
  const stem = word.slice(0, -1);
  // -cia/-gia nouns have -ce/-ge plurals (arancia: arance).
  const plurals = /[cg]i$/.test(stem) ? [`${stem}e`, `${stem.slice(0, -1)}e`] : [`${stem}e`];
  return analyse(`${stem}o`).lemma && !plurals.some(known) ? key(`${stem}o`) : null;
}
/**
 * Syncopated futures and conditionals listed bare (godrà, vedrà: god-r-, ved-r-): the full
 * form (goderà) names the verb. Not a noun with its own plural (cedro: cedri).
 */
const SYNCOPATED = /^(.+[dvtp])r(o|ai|a|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)$/;
function syncopatedKey(word: string): string | null {
  const m = SYNCOPATED.exec(word);
  if (m === null) return null;
  const analysis = analyse(word);
  if (!analysis.lemma || analysis.candidates.length > 0) return null;
  const plural = /o$/.test(word) ? `${word.slice(0, -1)}i` : /a$/.test(word) ? `${word.slice(0, -1)}e` : null;
  if (plural !== null && known(plural)) return null;
  const verb = `${m[1]}ere`;
  return analyse(`${m[1]}er${m[2]}`).candidates.includes(verb) ? key(verb) : null;
}
/**
 * -ire verbs conjugated with -isc- (colpire: colpisco, colpisce) have no plain present: the
 * dictionary's plain forms of such a verb (colpo, colpi: colpire's under its other flag) are
 * the nouns (colpo, plural colpi), not the verb's.
 */
function notIscKey(word: string): string | null {
  const m = /^(.{2,}?)(ono|ano|o|i|e|a)$/.exec(word);
  if (m === null) return null;
  const verb = `${m[1]}ire`;
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length !== 1 || analysis.candidates[0] !== verb) return null;
  if (!analyse(`${m[1]}isco`).candidates.includes(verb)) return null;
  return m[2] === 'i' ? `${m[1]}o` : word;
}
/**
 * Truncated adjectives before a noun (buon, bel, gran: buono, bello, grande), listed bare: an
 * adjective of the dictionary, proven by its -mente adverb, is the word plus -o or -e (and the
 * double l of bello).
 */
function truncatedKey(word: string): string | null {
  if (!/^.{2,}[lnr]$/.test(word)) return null;
  const analysis = analyse(word);
  if (!analysis.lemma || analysis.candidates.length > 0) return null;
  for (const [full, adverb] of [[`${word}o`, `${word}amente`], [`${word}e`, `${word}emente`], [`${word}lo`, `${word}lamente`]] as const) {
    if (analyse(full).lemma && known(adverb)) return key(full);
  }
  return null;
}
/**
 * A regular masculine participle (-ato, -uto, -ito; plural -i) keys to its verb when the
 * dictionary has the verb (its gerund known), as in Spanish and Portuguese: the dictionary lists
 * many as nouns or adjectives of their own (seguito, capito beside capitare's "capito"). The
 * feminine (-ata, -uta, -ita) stays as the dictionary reads it (entrata, uscita, salita).
 */
function participleKey(word: string): string | null {
  const m = /^(.{2,})([aui])t[oi]$/.exec(word);
  if (m === null) return null;
  const infinitive = `${m[1]}${m[2] === 'a' ? 'are' : m[2] === 'u' ? 'ere' : 'ire'}`;
  const gerund = `${m[1]}${m[2] === 'a' ? 'ando' : 'endo'}`;
  if (isEntry(infinitive)) return known(gerund) ? key(infinitive) : null;
  // -ito of the -sistere verbs (esistito, assistito, resistito, insistito: the grammars' -ere verbs
  // with a participle in -ito; tacito, gemito are nouns and adjectives, not tacere's, gemere's).
  if (m[2] === 'i' && m[1]!.endsWith('sist') && isEntry(`${m[1]}ere`) && known(gerund)) return key(`${m[1]}ere`);
  return null;
}
/**
 * Diminutives in -ino the dictionary has only through a bare plural entry (tavolini, telefonini),
 * or through a plural it reads only as the feminine diminutive's (uccellini: uccellina's),
 * while it reads the singular as the present subjunctive of a verb on the same stem (tavolino,
 * telefonino: tavolare's, telefonare's "che tavolino"): the singular is the noun, its own key and
 * the plural's, not the base's verb. A verb's own subjunctive has no such plural (parlini is no word).
 */
function diminutiveKey(word: string): string | null {
  const singular = /^.{3,}ini$/.test(word) ? `${word.slice(0, -1)}o` : word;
  if (!/^.{3,}ino$/.test(singular)) return null;
  const analysis = analyse(singular);
  if (analysis.candidates.length === 0 || !analysis.candidates.every((lemma) => lemma === `${singular.slice(0, -3)}are`)) return null;
  // An entry with a noun's paradigm of its own (cappottino/O: cappottini) is that noun, not the
  // verb's subjunctive (the engine's tie of equal lengths would take cappottare by code-unit order).
  if (analysis.lemma) return forms.entries(singular).some((entry) => entry.flags.length > 0) ? singular : null;
  const plural = analyse(`${singular.slice(0, -1)}i`);
  // The plural bare, or only as the feminine diminutive's (uccellini: uccellina's).
  const feminine = `${singular.slice(0, -1)}a`;
  return (plural.lemma && plural.candidates.length === 0) || (!plural.lemma && plural.candidates.length > 0 && plural.candidates.every((lemma) => lemma === feminine)) ? singular : null;
}
/** A gerund with an enclitic pronoun (mandandolo, lavandosi): the gerund's key. */
const GERUND_CLITIC = /^(.{2,}[ae]ndo)(?:lo|la|li|le|ne|mi|ti|ci|vi|si|gli|glie(?:lo|la|li|le|ne))$/;
function gerundKey(word: string): string | null {
  const m = GERUND_CLITIC.exec(word);
  return m !== null && known(m[1]!) ? italianKey(m[1]!) : null;
}
/**
 * A present participle's form, not the plural of a noun in -ento (investimenti, momenti,
 * contenti): the plural is the -o entry's when the dictionary reads it as that entry's plural; and
 * a plural in -menti is the -mento noun's wherever the dictionary knows the -mento word (documento,
 * strumento, pavimento: documentare's… forms), as -mente is no participle's ending (documentare's is
 * documentante) unless the dictionary has it as an entry (demente, semente: dementi, sementi).
 * (Presenti stays presente's: presento is only presentare's form.)
 */
function participlePlural(word: string): boolean {
  const m = PARTICIPLE.exec(word);
  if (m === null || !word.endsWith('i')) return m !== null;
  const masculine = `${m[1]}o`;
  if (isEntry(masculine)) return !analyse(word).candidates.includes(masculine);
  return !(word.endsWith('menti') && known(masculine) && !isEntry(`${m[1]}e`));
}
/**
 * An adjective or noun in -ero with its own paradigm (leggero/o) is not the future of the -ere verb
 * its stem makes (legg-erò: leggere's; the accent folded away): the engine's rule lemma of the same
 * length wins a tie by code-unit order. The unaccented word and its -a are the adjective's; a future
 * written with its accent stays the verb's (wordForm).
 */
function futureLookalikeKey(word: string): string | null {
  const m = /^(.{2,})er([oa])$/.exec(word);
  if (m === null) return null;
  const masculine = `${m[1]}ero`;
  if (!forms.entries(masculine).some((entry) => entry.lemma && entry.flags.length > 0) || key(masculine) !== `${m[1]}ere`) return null;
  return word === masculine || analyse(word).candidates.includes(masculine) ? masculine : null;
}
/** The irregular table's futures and conditionals in -rò/-rà with the accent folded (terra: terrà, faro: farò). */
let foldedFutures: Set<string> | null = null;
const isFoldedFuture = (word: string): boolean =>
  (foldedFutures ??= new Set(`${strongForms()}\n${IRREGULAR}`.split(/\s+/).filter((form) => /r[òà]$/.test(form)).map(fold))).has(word);
/** An entry with a noun's or adjective's paradigm of its own (dictionary-it's plural flags O, Q, S, R, o). */
const paradigmEntry = (word: string): boolean => forms.entries(word).some((entry) => entry.lemma && entry.word === word && entry.flags.some((flag) => 'OQSRo'.includes(flag)));
/** A verb whose future (1st or 3rd person singular, -ò/-à) is the word with its accent folded. */
const spellsFuture = (word: string, verb: string): boolean =>
  /[aei]re$/.test(verb) && [`${verb.slice(0, -3)}er`, `${verb.slice(0, -3)}ir`, verb.slice(0, -1)].some((stem) => word === `${stem}o` || word === `${stem}a`);
/**
 * A noun or adjective entry with a paradigm of its own (terra/Q, faro/O, zero/O, sfera/Q, crociera/Q,
 * miniera/Q, tubero/O) is not the verb whose future it spells once the accent is folded (terrà:
 * tenere's; farò; the future rule's zare, sfare, crociare; the dictionary's tubare): the word,
 * or the verb of another reading (libera: liberare's present, not libare's future). Its plural
 * (terre, zeri, miniere) follows. A future written with its accent stays the verb's (wordForm).
 */
function futureNounKey(word: string): string | null {
  // Not an infinitive (miniere, terre, the plurals, are no entries).
  if (!/[oaie]$/.test(word) || (/[aei]re$/.test(word) && isEntry(word))) return null;
  if (/[oa]$/.test(word) && paradigmEntry(word)) {
    const found = irregularTable().get(word) ?? key(word);
    if (!(isFoldedFuture(word) && irregularTable().has(word)) && !spellsFuture(word, found)) return null;
    const others = analyse(word).candidates.filter((lemma) => !spellsFuture(word, lemma) && !(isFoldedFuture(word) && lemma === found));
    return others.length > 0 ? key(others.reduce((a, b) => (b.length < a.length ? b : a))) : word;
  }
  if (!/[ie]$/.test(word)) return null;
  const analysis = analyse(word);
  for (const singular of [`${word.slice(0, -1)}o`, `${word.slice(0, -1)}a`]) {
    if (analysis.candidates.includes(singular)) {
      const found = /[oa]$/.test(singular) && paradigmEntry(singular) ? futureNounKey(singular) : null;
      if (found !== null) return found;
    }
  }
  return null;
}
/**
 * Nouns in -a that are words of their own while dictionary-it has them only as another word's
 * form: the grammars' nouns whose meaning changes with the gender (il pasto, la pasta; modo, moda;
 * banco, banca; caso, casa; torto, torta; the trees in -o and their fruits in -a: melo, mela;
 * castagno, castagna), which the dictionary spells as the masculine's feminine, and menta, which
 * it has only as mentire's subjunctive. Each keys as itself, its plural too. Left out: the
 * feminine participles that are nouns (corsa, messa: the strong-verb rules' words) and fiera,
 * also fiero's feminine.
 */
const LOOKALIKE_FEMININES = 'banca botta casa manica moda pasta panna pizza pozza torta cappella mazza mela pera ciliegia castagna mandorla susina prugna nocciola menta';
let lookalikes: Map<string, string> | null = null;
function lookalikeFeminine(word: string): string | undefined {
  if (lookalikes === null) {
    lookalikes = new Map();
    for (const noun of LOOKALIKE_FEMININES.split(' ')) {
      lookalikes.set(noun, noun);
      // (mente is the mind, and mentire's present: no plural of menta.)
      if (noun === 'menta') continue;
      const stem = noun.slice(0, -1);
      const plurals = /[cg]a$/.test(noun) ? [`${stem}he`] : /[cg]ia$/.test(noun) ? [`${stem}e`, `${noun.slice(0, -2)}e`] : [`${stem}e`];
      for (const plural of plurals) lookalikes.set(plural, noun);
    }
  }
  return lookalikes.get(word);
}
const italianKey = (word: string): string =>
  lookalikeFeminine(word) ?? futureLookalikeKey(word) ?? futureNounKey(word) ?? (irregularTable().has(word) ? key(word) : participlePlural(word) ? word.replace(PARTICIPLE, '$1e') : (diminutiveKey(word) ?? futureLookalikeKey(word) ?? strongKey(word) ?? participleKey(word) ?? adjectiveKey(word) ?? prefixedKey(word) ?? pluralKey(word) ?? bareSingularKey(word) ?? masculinePluralKey(word) ?? nounOverVerbKey(word) ?? otherPluralKey(word) ?? iscKey(word) ?? derivedGerundKey(word) ?? iStemKey(word) ?? syncopatedKey(word) ?? neuterPluralKey(word) ?? notIscKey(word) ?? truncatedKey(word) ?? gerundKey(word) ?? key(word)));
export const itForms = forms;
export const analyseForms = (word: string): string => JSON.stringify(analyse(word));

/**
 * Word forms that see a final accent (Language.spelling): Italian writes it where it tells words
 * apart that the normalisation folds together — unità (noun) and unita (unire's participle),
 * papà and papa. A word's spelling class is the word in lower case when it ends in an accented
 * vowel, else '' (the plain reading). For such a word whose own dictionary entry is spelled with
 * that accent while another word's form is spelled without it (unire's unita), the key is the
 * entry itself.
 */
const FINAL_ACCENT = /[àèéìíòóùú]$/u;
function spelling(written: string, norm: string, _where: SpellingContext): string {
  const lower = written.toLowerCase();
  return FINAL_ACCENT.test(lower) && lower !== norm ? lower : '';
}
const plainKey = cached((w: string) => {
  const word = w.replace(/^(?:l|d|un|dell|all|dall|nell|sull|quest|quell)'/, '');
  return PLAIN_WORD.test(word) ? italianKey(word) : word;
});
const spelledKeys = new Map<string, string>();
function wordForm(norm: string, spelled = ''): string {
  // The conjunction e, which folds like è (essere's): written without the accent, it is itself.
  if (norm === 'e' && spelled === '') return 'e';
  const plain = plainKey(norm);
  // A final -ò after the stem of an -are verb the dictionary reads the word as is that verb's
  // passato remoto (piantò, parlò), even where the unaccented word is another verb's strong
  // participle (pianto: piangere's) or a noun.
  // A future in -erò/-erà written with its accent is the -ere verb's (leggerò), not the adjective
  // the unaccented word is (leggero).
  if (/er[òà]$/.test(spelled) && isEntry(`${norm.slice(0, -3)}ere`) && futureLookalikeKey(norm) !== null) return plainKey(`${norm.slice(0, -3)}ere`);
  // The table's future written with its accent (terrà, farò) is the verb's, not the noun (terra, faro).
  // So is any future written with its accent that futureNounKey kept apart (stranierò: straniare's).
  if (/r[òà]$/.test(spelled) && isFoldedFuture(norm) && irregularTable().has(norm)) return key(norm);
  if (/r[òà]$/.test(spelled) && futureNounKey(norm) !== null) {
    const verb = key(norm);
    if (spellsFuture(norm, verb)) return plainKey(verb);
  }
  if (/ò$/.test(spelled)) {
    const verb = `${norm.slice(0, -1)}are`;
    if (analyse(norm).candidates.includes(verb)) return plainKey(verb);
  }
  // So is a final -ì after an -ire verb's stem (ferì, partì: ferire's, partire's; feri is also
  // the plural of fero).
  if (/ì$/.test(spelled)) {
    const verb = `${norm.slice(0, -1)}ire`;
    if (analyse(norm).candidates.includes(verb)) return plainKey(verb);
  }
  if (spelled === '' || plain === norm || !PLAIN_WORD.test(norm)) return plain;
  let found = spelledKeys.get(spelled);
  if (found === undefined) {
    // Only where another word of the dictionary spells it without the accent (unire's unita):
    // not the irregular table's forms (sarà, può) nor entries no other word spells so (godrà).
    const readings = forms.readings(norm);
    const own = readings.some((reading) => reading.own && reading.entry.toLowerCase() === spelled);
    const unaccented = readings.some((reading) => !reading.own && reading.spelled.some((form) => form.toLowerCase() === norm));
    found = own && unaccented && !irregularTable().has(norm) ? norm : plain;
    if (spelledKeys.size < 100_000) spelledKeys.set(spelled, found);
  }
  return found;
}

/**
 * A homograph's other readings (Language.otherForms): pesca is the noun and pescare's present,
 * porti porto's plural and portare's, pianto piangere's participle and piantare's present. The
 * lemmas dictionary-it reads the word as, each by its key, but not the readings that make a
 * derivation of the word: a present participle (cantante, stampante: nouns), a diminutive in -ino
 * read as the -are verb's subjunctive (tavolino: tavolare), the plain present an -isc- verb does
 * not have (colpo: colpire colpisco), an infinitive or imperative with its enclitic pronoun
 * (ufficiale: ufficiar-le), a participle's other words (portatile, telefonata: the feminine is a
 * noun as often as the verb's, and stays apart as its key does), and the verb whose future a noun
 * spells once the accent is folded (verro: verrò). And the singular of a plural the dictionary
 * reads only as a verb's form or lists bare (singularReadings).
 */
const plainOtherForms = cached((w: string): readonly string[] => {
  const word = w.replace(/^(?:l|d|un|dell|all|dall|nell|sull|quest|quell)'/, '');
  if (!PLAIN_WORD.test(word) || it.functionWords.has(word) || PARTICIPLE.test(word)) return [];
  // A look-alike feminine reads as itself only (pasta is no pasto).
  if (lookalikeFeminine(word) !== undefined) return [];
  const own = plainKey(w);
  const out = new Set<string>();
  for (const reading of forms.readings(word)) {
    if (reading.own || !reading.plain || reading.flags.includes('L')) continue;
    const lemma = reading.lemma;
    const stem = lemma.slice(0, -3);
    if (/in[oi]$/.test(word) && lemma === `${word.slice(0, -3)}are`) continue;
    // (-isc- verbs have the plain forms of the first and second person plural: arrostiamo.)
    if (/ire$/.test(lemma) && ['o', 'i', 'e', 'ono', 'a', 'ano'].some((ending) => word === stem + ending) && known(`${stem}isco`)) continue;
    // A participle's reading only for its masculine plural (portati), no other word it makes.
    if (/^.{2,}[aui]to$/.test(lemma) && word !== `${lemma.slice(0, -1)}i`) continue;
    if (/r[oa]$/.test(word) && /re$/.test(lemma) && paradigmEntry(word) && (spellsFuture(word, lemma) || isFoldedFuture(word))) continue;
    out.add(plainKey(fold(lemma)));
  }
  for (const singular of singularReadings(word)) out.add(plainKey(singular));
  out.delete(own);
  return [...out].sort();
});
/** A word written with its final accent names one word (piantò, unità): no other reading. */
const otherForms = (norm: string, spelled = ''): readonly string[] => (spelled === '' ? plainOtherForms(norm) : []);
/**
 * The singulars of a plural the dictionary reads only as a verb's form or lists bare: pettini
 * (pettinare's; its pettine has no plural flag), pareti, tasse (bare; tassa read as tassare's),
 * tavole. Not for a word with a paradigm of its own (pesce, ufficiale: singulars).
 */
function singularReadings(word: string): string[] {
  if (word.length < 4 || forms.entries(word).some((entry) => entry.lemma && entry.flags.length > 0)) return [];
  const stem = word.slice(0, -1);
  if (word.endsWith('i')) {
    const out = (/[cg]hi$/.test(word) ? [`${word.slice(0, -2)}o`] : [`${stem}o`, `${stem}io`]).filter(known);
    // A singular in -e that is no -a noun's plural (casi: caso's, while case is casa's plural;
    // pareti: parete, which the dictionary has only as parere's form), or an entry with an ending of
    // singular -e nouns (pettine, margine; not -vole, -ese: tavole, spese are plurals of -a nouns).
    const singular = `${stem}e`;
    if (known(singular) && (!known(`${stem}a`) || (isEntry(singular) && SINGULAR_E.test(singular) && !/(?:vole|ese)$/.test(singular)))) out.push(singular);
    return out;
  }
  // -e: the plural of an -a noun (-ce, -ge: -cia, -gia, since -ca, -ga make -che, -ghe), when the
  // word has no ending of singular -e nouns but -vole, -ese, the -a word's paradigm has no plural
  // in -i (truca's is truci: truce is no plural of it), and the -a word is an entry with a paradigm
  // or an -are verb's form (tassa: tassare's; not a bare subjunctive, contunda).
  if (!word.endsWith('e') || (SINGULAR_E.test(word) && !/(?:vole|ese)$/.test(word))) return [];
  const singular = /[cg]he$/.test(word) ? `${word.slice(0, -2)}a` : /[cg]e$/.test(word) ? `${stem}ia` : `${stem}a`;
  if (analyse(`${stem}i`).candidates.includes(singular)) return [];
  // (-cia, -gia: any word the dictionary knows; facce is faccia's, which it reads as fare's.)
  const analysis = analyse(singular);
  return (/[cg]ia$/.test(singular) && known(singular)) || (analysis.lemma && forms.entries(singular).some((entry) => entry.flags.length > 0)) || analysis.candidates.some((lemma) => lemma === `${singular.slice(0, -1)}are`) ? [singular] : [];
}

export const it: Language = {
  code: 'it',
  name: 'Italian',
  iso6393: 'ita',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('sig sigg dott dott.ssa prof ing avv es pag pagg n nr cfr', 'ecc'),
  wordForm,
  otherForms,
  spelling,
  functionWords: naturalStopwords('stopwords_it', "l' un' dell' all' nell' è sono"),
  functionLemmas: wordSet('essere avere fare stare'),
  syllables: cached(vowelGroups('aeiou', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe'])),
  // Franchina–Vacca: 206 − 0.65 × syllables per 100 words − words per sentence.
  readability: fleschType('Flesch–Vacca reading ease', 'Franchina & Vacca (1972)', 206, 1, 65),
  formsNote: "Hunspell dictionary (dictionary-it): inflections only (-mente, -issimo, diminutive and prefix flags excluded), rules for forms it lists apart, irregular verbs listed (elisions l', dell' removed first)",
};
