/**
 * Portuguese: word forms from the Hunspell dictionary dictionary-pt (VERO, Brazilian
 * Portuguese — pt-BR — 2013, before the 1990 agreement's last changes; European spellings it
 * lacks are unknown words and stay apart), Flesch adapted by Martins et al. (1996).
 */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, recentlyCached, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, type InflectionRule } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = '';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-pt affix flags that make derivations (their words are lemmas of their own): O P Q R S T U 7
 * (diminutives -inho/-zinho and augmentatives -zão, with their plurals; E and G, partly: below), V W (augmentatives
 * -ão/-ona), H I (superlatives -íssimo), J K (adverbs -mente), L b (-idão, -idamente, with
 * participles of the same flags), M (-mento), N (-tório), X (-idade), Y (-nte), Z 1 (-ismo),
 * 2 3 (-ista), 4 (-ógico), j (-dor agent nouns), 6 (-ão from -os); ignored altogether: 5 8 9
 * (place names).
 * Every prefix flag (re-, anti-, des-, auto-, in-, sub-, super-…) is a derivation:
 * `noPrefixes`. What is left is inflection: A B C D F plural and gender, the conjugation
 * flags and the enclitic pronouns (falar-lhe). Plurals lost with G and E (-ões, -ães) come
 * back by the rules below.
 */
const DERIVATIONS = [...'OPQRSTU7VWHIJKLbMNXYZ1234j6'];
/**
 * E and G, flags of -ão words, mix inflection with derivation. E (15 entries: alemão, catalão,
 * capitão, escrivão…) gives the feminine -ã and the plurals -ães/-ãos (catalã, catalães,
 * catalãs) besides diminutives and augmentatives (every rule of its that adds a z). G (377 -ão
 * nouns, many of them augmentatives themselves) gives the plural -ões, which is kept, and a
 * feminine -ã that folds onto other words (an -ão noun's -ã is spelled -a once accents are
 * folded: canta, suja), which is left out with its diminutives and augmentatives.
 */
const derivationRule = (flag: string, add: string): boolean => (flag === 'E' && add.includes('z')) || (flag === 'G' && add !== 'ões');
const IGNORED = [...'589'];

/** Irregular verb forms the dictionary lists as words of their own, "form… lemma". Not ser's
 *  "vós sois", archaic in both variants, which folds onto sol's plural sóis. */
const IRREGULAR = `
sou és somos são era eras éramos eram fui foste fomos fostes foram fora seja sejas sejamos sejam fosse fôssemos fossem for formos forem serei será seremos serão seria seriam sido sendo ser
vou vais vai vamos ides vão ia ias íamos iam irei irá iremos irão iria iriam ido indo vá vás vão ir
tenho tens tem temos tendes têm tinha tinhas tínhamos tinham tive teve tivemos tiveram tivera tenha tenhas tenhamos tenham tivesse tivessem terei terá teremos terão teria teriam tido tendo ter
estou estás estamos estão estava estavas estávamos estavam estive esteve estivemos estiveram esteja estejam estivesse estivessem estarei estará estaria estado estando estar
hei hás há havemos hão havia houve haja hajam houvesse haverá haveria havido haver
faço faz fazemos fazem fazia fiz fez fizemos fizeram faça façam fizesse farei fará faremos farão faria feito fazendo fazer
digo diz dizemos dizem dizia disse dissemos disseram diga digam dissesse direi dirá diremos dirão diria dito dizendo dizer
posso pode podemos podem podia pude pôde pudemos puderam possa possam pudesse poderá poderia podido podendo poder
quero quer queremos querem queria quis quisemos quiseram queira queiram quisesse quererá quereria querer
vejo vês vê vemos vedes veem vêem via viu vimos viram veja vejam visse verá veria visto vendo ver
venho vens vem vimos vindes vêm vinha vinham vim veio viemos vieram venha venham viesse virá viria vindo vir
dou dás damos dão dava davam dei deu demos deram dê deem desse desses déssemos dessem der derem dará daria dado dando dar
sei sabe sabemos sabem sabia soube souberam saiba saibam soubesse saberá saberia sabido sabendo saber
trago traz trazemos trazem trazia trouxe trouxeram traga tragam trouxesse trará traria trazido trazendo trazer
ponho pões põe pomos põem punha pus pôs puseram ponha ponham pusesse porá poria posto pondo pôr
caibo cabe coube caiba caber
leio lê lemos leem lia li leu leram leia leiam lesse lerá lido lendo ler
perco perde perdemos perdem perca percam perder
peço pede pedimos pedem peça peçam pedir
meço mede medimos medem meça meçam medir
ouço ouve ouvimos ouvem ouça ouçam ouvir
durmo dorme dormimos dormem durma durmam dormir
`;

/**
 * Irregular past participles of the grammars (masculine singular and plural: the feminine
 * ones are often nouns — vista, escrita, coberta — and stay so), "form… infinitive".
 */
const PARTICIPLES = `
aberto abertos abrir
coberto cobertos cobrir
descoberto descobertos descobrir
escrito escritos escrever
descrito descritos descrever
morto mortos morrer
aceso acesos acender
preso presos prender
impresso impressos imprimir
eleito eleitos eleger
suspenso suspensos suspender
expresso expressos exprimir
entregue entregues entregar
ganho ganhos ganhar
gasto gastos gastar
pago pagos pagar
`;

/** The grammars' irregular plural of -l: mal, males (cônsules: RULES). */
const NOUNS = `
males mal
`;

/**
 * Adjectives whose feminine is irregular (bom/boa, mau/má; judeu/judia and sandeu/sandia, the
 * grammars' exceptions to -eu/-eia) and one the dictionary lacks
 * altogether (novo: it has the forms only as the verb novar's). Added after seeing the misses.
 */
const ADJECTIVES = `
boa boas bons bom
má más maus mau
nova novas novos novo
judia judias judeus judeu
sandia sandias sandeus sandeu
`;

/**
 * Plurals the dictionary does not tie to a lemma: it lists "livros" as an entry of its own
 * (the singular "livro" only as a form of livrar), and -ões/-ães plurals go with the
 * diminutive flags left out above. Tried only for words with no other lemma; a result counts
 * when the dictionary knows it (accents are folded here: papéis = papeis).
 */
const RULES: InflectionRule[] = [
  [/oes$/, 'ao'],
  [/aes$/, 'ao'],
  [/aos$/, 'ao'],
  [/eis$/, 'el', 'il'],
  [/ois$/, 'ol'],
  [/uis$/, 'ul'],
  // A paroxytone -ul takes -es (cônsul, cônsules; the dictionary lists the plural apart).
  [/ules$/, 'ul'],
  [/ais$/, 'al'],
  [/is$/, 'il'],
  [/ns$/, 'm'],
  [/([rsz])es$/, '$1'],
  [/s$/, ''],
];

/** A word whose plural is an entry is a noun or adjective of its own (livro: livros is listed). */
const plurals = (word: string): string[] =>
  /[aeiou]$/.test(word) ? [`${word}s`] : /[rsz]$/.test(word) ? [`${word}es`] : /m$/.test(word) ? [`${word.slice(0, -1)}ns`] : [];

let table: Map<string, string> | null = null;
/** The irregular forms, form → lemma. */
const irregularTable = (): Map<string, string> => (table ??= formTable(`${PARTICIPLES}\n${ADJECTIVES}\n${NOUNS}\n${IRREGULAR}`, fold));

/** The commonest verbs (frequency lists' top of Portuguese), which win when a form has several
 *  readings: sente is sentir's before the subjunctive of sentar, parte partir's before partar's. */
const PREFER = 'ser estar ter haver fazer ir poder dizer dar ver saber querer vir ficar passar dever sentir seguir partir'.split(' ');
const forms = hunspellForms({
  package: 'dictionary-pt',
  preferLemmas: new Set(PREFER),
  normalize: fold,
  derivationFlags: DERIVATIONS,
  derivationRule,
  ignoreFlags: IGNORED,
  noPrefixes: true,
  rules: RULES,
  exceptions: () => irregularTable(),
  // Gender and number readings win ties (rica: rico's, not the verb ricar's): A B C D F are
  // the plural and feminine flags.
  preferFlags: ['A', 'B', 'C', 'D', 'F'],
  ownLemma: plurals,
  ruleResults: 'entries',
  rulesFirst: true,
});
/** The rules below ask the dictionary about several relatives of each new word. */
const analyse = recentlyCached((word) => forms.analyse(word));
/**
 * A regular masculine participle (-ado, -ido, plurals) keys to its verb when the dictionary
 * has the verb (vendido → vender; it lists comida, vendida as nouns and reads the masculine
 * as their gender form). Feminine participles stay as the dictionary reads them (comida).
 */
const PARTICIPLE = /^(.{2,})([ai])dos?$/;
/** Feminine and plural of -ês and -ol adjectives (francesa, portugueses, espanholas): the
 *  dictionary reads several as verbs' forms (portuguesar, espanholar) or strips francês to
 *  France. */
const NATIONALITY = /^(.+es)(?:a|as|es)$|^(.{3,}ol)as?$/;
/** Portuguese verb prefixes (the grammars' list; per-, op-, a-, e- left out: perfeito is no perfazer
 *  form, adara no adar form). */
const VERB_PREFIXES = new Set('ante com con contra de des dis em en entre ex im in inter man mal bem ob pos pre pro re sobre sub super sus satis trans'.split(' '));
/**
 * A prefixed verb conjugates as its irregular base (previsto, desfaço, mantém, compôs, revê as visto,
 * faço, tem, pôs): prefix + a form of the irregular table keys to prefix + its infinitive when
 * the dictionary has that verb; not a noun listed with its plural (both entries).
 */
function prefixedKey(word: string): string | null {
  const irregular = irregularTable();
  if (irregular.has(word)) return null;
  for (let i = 1; i <= Math.min(6, word.length - 2); i++) {
    if (!VERB_PREFIXES.has(word.slice(0, i))) continue;
    const infinitive = irregular.get(word.slice(i));
    if (infinitive === undefined || !/[aeio]r$/.test(infinitive)) continue;
    const verb = word.slice(0, i) + infinitive;
    // A base of two letters (revê, prevê: vê) only for a word that is no entry (rede is no redar form).
    if (!knows(verb) || (word.length - i < 3 && analyse(word).lemma)) continue;
    return analyse(word).lemma && analyse(`${word}s`).lemma ? null : forms.wordForm(verb);
  }
  return null;
}
const knows = (word: string): boolean => {
  const analysis = analyse(word);
  return analysis.lemma || analysis.candidates.length > 0;
};
/**
 * Verb endings that only an -er/-ir verb's indicative has, for a word the dictionary also reads
 * otherwise (fugia: fugir's imperfect, or the noun fugião's feminine; destruímos: destruir's,
 * not a plural of destruimo): that verb. Tried only on a word that is no entry of its own.
 * (-e/-em are left: fale is falar's subjunctive as often as sente is sentir's present.)
 */
const INDICATIVE: [RegExp, string[]][] = [
  [/^(.{2,})(?:ia|ias|iam|iamos)$/, ['er', 'ir']],
  [/^(.{2,})imos$/, ['ir']],
  [/^(.{2,})emos$/, ['er']],
];
function indicativeVerb(word: string): string | null {
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length < 2) return null;
  for (const [pattern, endings] of INDICATIVE) {
    const stem = pattern.exec(word)?.[1];
    if (stem === undefined) continue;
    const verb = endings.map((ending) => stem + ending).find((lemma) => analysis.candidates.includes(lemma));
    if (verb !== undefined) return forms.wordForm(verb);
  }
  return null;
}
/** The feminine of an adjective in -u (crua, nuas: cru, nu), which the dictionary lists apart. */
const FEMININE_U = /^(.+u)as?$/;
/**
 * A plural the dictionary does not know whose singular it knows only as another word's form
 * (aeroportos: aeroporto is listed only as the verb aeroportar's): the singular's key, so the
 * two agree. Not -mos (falamos is no plural).
 */
function pluralOfForm(word: string): string | null {
  const analysis = analyse(word);
  if (!/[aeo]s$/.test(word) || word.endsWith('mos') || analysis.lemma || analysis.candidates.some((c) => c !== word)) return null;
  const singular = word.slice(0, -1);
  return analyse(singular).candidates.length > 0 && !analyse(singular).lemma ? forms.wordForm(singular) : null;
}
/**
 * An -o verb form that folds onto an entry spelled with a final -ó, most of them Tupi names of
 * plants and animals (ando: andar's, and the bird andó; corrijo: corrigir's, and corrijó): the
 * verb's, when it is the only verb reading. Accents are folded, so the text's "ando" cannot be
 * told from "andó"; the verb's first person is by far the commoner.
 */
function verbBeforeOxytone(word: string): string | null {
  if (!word.endsWith('o')) return null;
  const entries = forms.entries(word);
  if (entries.length === 0 || !entries.every((entry) => entry.word.endsWith('ó'))) return null;
  const verbs = analyse(word).candidates.filter((c) => c !== word && /(?:ar|er|ir)$/.test(c));
  return verbs.length === 1 ? forms.wordForm(verbs[0]!) : null;
}

let compounds: { words: Set<string>; nouns: Set<string> } | null = null;
/**
 * The words of the dictionary's compound nouns joined by de, read once, when first asked, and
 * folded: `words` all of them (bola-de-neve, casa-de-máquinas, bacalhau-de-porta-de-tenda: bola,
 * neve, casa, máquinas, bacalhau, porta, tenda), nouns which the dictionary's entries do not tell
 * from verb forms; `nouns` strictly the compound's first word and each word after de
 * (casaca-de-couro, botão-de-casaca, recortado-da-moda: casaca, couro, botão, moda), not a word
 * before a later de, which may be an adjective (folha-grossa-do-sertão: grossa).
 */
const compoundWords = (): { words: Set<string>; nouns: Set<string> } => {
  if (compounds !== null) return compounds;
  const text = forms.dicText();
  const words = new Set<string>();
  const nouns = new Set<string>();
  for (const match of text.matchAll(/([^\n/-]+)-d[aoe]s?-(?=([^\n/-]+))/g)) {
    const before = fold(match[1]!);
    const after = fold(match[2]!);
    words.add(before);
    words.add(after);
    if (match.index === 0 || text[match.index - 1] === '\n') nouns.add(before);
    nouns.add(after);
  }
  return (compounds = { words, nouns });
};
const nounCompounds = (): Set<string> => compoundWords().words;
const compoundNouns = (): Set<string> => compoundWords().nouns;

/** The superlative or the -amente adverb of the adjective stem…o/…a (rules of key, below). */
function provenAdjective(stem: string): boolean {
  // -co/-go spell their superlative -quíssimo/-guíssimo (larguíssimo).
  const superlative = stem.replace(/c$/, 'qu').replace(/g$/, 'gu');
  return knows(`${superlative}issimo`) || knows(`${superlative}issima`) || analyse(`${stem}amente`).candidates.includes(`${stem}amente`);
}
/**
 * An -o noun the dictionary knows only as a verb's first person, with its plural listed apart
 * (sonho: sonhar's "eu sonho", and the entry sonhos; cheiro, estudo, beijo, passeio): the verb's,
 * with the plural, as the dictionary keys the feminine nouns it lists only as verb forms (janela,
 * bola: janelar's, bolar's). Not when the masculine has a feminine noun of its own beside it, which
 * the verb's -a form would join: the plural entry's flag O (feminine diminutive -inha: casos/O
 * gives casinha, bolsos/O bolsinha, vivos/O vivinha), or the -a word in a compound noun with de
 * (bola-de-neve, casa-de-máquinas, catinga-de-paga).
 */
function verbOfNoun(word: string): string | null {
  const singular = word.endsWith('os') ? word.slice(0, -1) : word;
  const stem = /^(.{2,})o$/.exec(singular)?.[1];
  if (stem === undefined || forms.entries(singular).length > 0 || irregularTable().has(singular) || provenAdjective(stem)) return null;
  const plural = forms.entries(`${stem}os`);
  if (plural.length === 0 || (singular !== word && !analyse(word).lemma) || plural.some((entry) => entry.flags.includes('O'))) return null;
  const analysis = analyse(singular);
  if (analysis.lemma || nounCompounds().has(`${stem}a`) || nounCompounds().has(`${stem}as`)) return null;
  // A noun in -aria made on it (livro: livraria/B, an entry, read also as livrar's conditional).
  if (forms.entries(`${stem}aria`).length > 0) return null;
  // An -ear verb's first person is -eio (passeio: passear).
  const verbs = [...['ar', 'er', 'ir'].map((ending) => stem + ending), ...(stem.endsWith('ei') ? [`${stem.slice(0, -1)}ar`] : [])].filter((verb) => analysis.candidates.includes(verb));
  // One verb only (consumo: consumir's and consumar's is left to the engine).
  return verbs.length === 1 ? forms.wordForm(verbs[0]!) : null;
}

/**
 * An -o noun entry with a plural flag only (falo/B, dobro/B, almoço/B) that is also the first
 * person of a verb in use (one with deverbal entries: falação, dobração): the verb's, with its
 * plural, as verbOfNoun keys the -o nouns that are no entries. Not when a feminine -a noun stands
 * beside it (an entry, a word of the compounds, an -aria noun), nor for an adjective.
 */
function verbOfEntry(word: string): string | null {
  const singular = word.endsWith('os') ? word.slice(0, -1) : word;
  const stem = /^(.{2,})o$/.exec(singular)?.[1];
  if (stem === undefined || irregularTable().has(singular) || irregularTable().has(word)) return null;
  const entries = forms.entries(singular);
  if (entries.length === 0 || !entries.every((entry) => entry.lemma && entry.flags.join('') === 'B')) return null;
  if (singular !== word && !analyse(word).candidates.includes(singular)) return null;
  const feminine = `${stem}a`;
  if (forms.entries(feminine).length > 0 || compoundNouns().has(feminine) || nounCompounds().has(feminine) || forms.entries(`${stem}aria`).length > 0 || provenAdjective(stem)) return null;
  const analysis = analyse(singular);
  const verbs = ['ar', 'er', 'ir'].map((ending) => stem + ending).filter((verb) => analysis.candidates.includes(verb));
  // Of two verbs, the one the -a form keys to (falo: falar's and falir's; fala is falar's).
  const verb = verbs.length === 1 ? verbs[0]! : verbs.find((v) => forms.wordForm(feminine) === v);
  if (verb === undefined || !deverbals(verb)) return null;
  // Spelled alike, not only once accents are folded (número is no numerar's numero, êxito no exitar's).
  const spelled = forms.readings(singular).find((reading) => reading.lemma === verb)?.spelled ?? [];
  return entries.some((entry) => spelled.includes(entry.word)) ? forms.wordForm(verb) : null;
}

/**
 * A feminine the dictionary knows only as a masculine -o noun's gender form (moda: modo/D gives
 * moda; casaca: casaco/D), which one of its compound nouns with de uses as a word (recortado-da-
 * moda, casaca-de-couro): a noun of its own, its plural with it. The D flag (gender and number)
 * is the same on porco and casaco; a compound naming the feminine tells that it is a word.
 */
function compoundFeminine(word: string): string | null {
  const singular = word.endsWith('as') ? word.slice(0, -1) : word;
  if (!/^.{2,}a$/.test(singular) || !compoundNouns().has(singular)) return null;
  const stem = singular.slice(0, -1);
  // Not an adjective's (branca, pequena: branquíssimo, pequenamente).
  if (provenAdjective(stem)) return null;
  const masculine = `${stem}o`;
  const readings = forms.readings(word);
  return readings.length > 0 && readings.every((reading) => !reading.own && reading.lemma === masculine) ? singular : null;
}

/** Deverbal endings (folded): -ção, -mento, -dor, -nte, -vel, -agem, -ura, -ância/-ência. */
const DEVERBAL = 'acao icao amento imento ador edor idor ante ente inte avel ivel agem ura ancia encia'.split(' ');
/**
 * A verb the dictionary lists deverbal words of as entries of their own (plantar: plantação;
 * comer: comedor; salvar: salvação), so a verb in use; the verbs it makes on nouns with its
 * default verb flags have none (queijar, vassourar, pontar, teclar).
 */
const deverbals = (verb: string): boolean => {
  const stem = verb.slice(0, -2);
  return DEVERBAL.some((ending) => forms.entries(stem + ending).some((entry) => entry.lemma));
};

/** Deverbal endings by conjugation (folded): -ção, -mento, -dor, -nte, -vel, -agem, -ância/-ência, -dura. */
const CONJUGATION_DEVERBAL: Record<string, string[]> = {
  ar: 'acao amento ador ante avel agem ancia adura'.split(' '),
  er: 'imento edor ente ivel encia edura'.split(' '),
  ir: 'icao imento idor inte ente ivel encia idura'.split(' '),
};
/**
 * Defective verbs of the grammars, conjugated only where the ending begins with i (falimos,
 * faliu; no falo, fale): the dictionary gives them every person.
 */
const DEFECTIVE = new Set('abolir aturdir banir brandir carpir colorir combalir delinquir demolir embair empedernir esculpir espavorir exaurir extorquir falir florir fremir haurir puir remir renhir retorquir transir'.split(' '));
/**
 * A word read only as forms of verbs of one stem in several conjugations, of which one alone has
 * deverbal entries of its conjugation (veste: vestir's, with vestição, and the rare vestar's;
 * vivo: viver's, with vivência, and vivar's): that verb.
 */
function verbInUse(word: string): string | null {
  const analysis = analyse(word);
  if (analysis.lemma || analysis.candidates.length < 2 || !analysis.candidates.every((c) => /(?:ar|er|ir)$/.test(c))) return null;
  // One stem in two conjugations (vestar, vestir; not caiar and cair).
  if (new Set(analysis.candidates.map((c) => c.slice(0, -2))).size > 1) return null;
  // Not the irregular table's, nor a form the commonest verbs win (sente: sentir's).
  if (irregularTable().has(word) || analysis.candidates.some((c) => PREFER.includes(c))) return null;
  const ending0 = word.slice(analysis.candidates[0]!.length - 2);
  const verbs = analysis.candidates.filter((verb) => !(DEFECTIVE.has(verb) && !ending0.startsWith('i')));
  if (verbs.length === 1) return forms.wordForm(verbs[0]!);
  const inUse = verbs.filter((verb) => (CONJUGATION_DEVERBAL[verb.slice(-2)] ?? []).some((ending) => forms.entries(verb.slice(0, -2) + ending).some((entry) => entry.lemma)));
  if (inUse.length === 1) return forms.wordForm(inUse[0]!);
  // Several in use: the one whose present indicative the ending is (mente: mentir's, the subjunctive
  // of mentar; cobre: cobrir's; basta: bastar's, the subjunctive of bastir).
  const stem = analysis.candidates[0]!.slice(0, -2);
  const ending = word.slice(stem.length);
  const indicative = inUse.filter((verb) => (verb.endsWith('ar') ? ['a', 'as', 'am'] : ['e', 'es', 'em']).includes(ending));
  return indicative.length === 1 ? forms.wordForm(indicative[0]!) : null;
}

/**
 * A noun the dictionary knows only as a verb's form (ponte: the rare pontar's subjunctive;
 * vassoura, queijo: vassourar's, queijar's present), which one of its compound nouns with de
 * uses as a word (figueira-da-ponte, cana-de-vassoura, ácaro-do-queijo): a noun of its own, its
 * plural with it.
 */
function compoundNounOfVerb(word: string): string | null {
  const singular = /[aeo]s$/.test(word) ? word.slice(0, -1) : word;
  // Not a gerund (caindo: cair's, in caindo-de-podre).
  if (!/^.{2,}[aeo]$/.test(singular) || singular.endsWith('ndo') || !compoundNouns().has(singular)) return null;
  if (forms.entries(singular).length > 0 || irregularTable().has(singular) || irregularTable().has(word)) return null;
  const readings = forms.readings(singular);
  return readings.length > 0 && readings.every((reading) => !reading.own && /(?:ar|er|ir)$/.test(reading.lemma) && !deverbals(reading.lemma)) ? singular : null;
}

/**
 * The feminine -ona of an -ão adjective or noun (brincalhona, chorona, valentona, solteirona:
 * brincalhão…), both entries of the dictionary: the masculine's key. Not when the -ona word is
 * read as another word's form (mamona: mamono's).
 */
function feminineOna(word: string): string | null {
  const stem = /^(.{3,})onas?$/.exec(word)?.[1];
  if (stem === undefined) return null;
  const singular = `${stem}ona`;
  const masculine = `${stem}ao`;
  if (forms.entries(masculine).length === 0 || forms.entries(singular).length === 0 || analyse(singular).candidates.length > 0) return null;
  return forms.wordForm(masculine);
}
/**
 * A plural entry without flags whose singular is an entry (juízes beside juiz, which the
 * dictionary's rare verb juizar absorbs): the singular's key, by the plural rules.
 */
function flaglessPlural(word: string): string | null {
  const entries = forms.entries(word);
  if (entries.length === 0 || entries.some((entry) => entry.flags.length > 0) || !/[^s]es$/.test(word) || irregularTable().has(word)) return null;
  for (const [pattern, ...replacements] of RULES) {
    if (!pattern.test(word)) continue;
    for (const replacement of replacements) {
      const singular = word.replace(pattern, replacement as string);
      if (singular !== word && forms.entries(singular).some((entry) => entry.lemma)) return forms.wordForm(singular);
    }
  }
  return null;
}
/**
 * A plural the dictionary reads only as its singular, a derived lemma (orçamentos: orçamento,
 * orçar's -mento noun), while the singular reads as a verb's first person too (orçamentar's):
 * the singular's key, so the two agree.
 */
function pluralOfDerived(word: string): string | null {
  if (!/os$/.test(word) || forms.entries(word).length > 0) return null;
  const singular = word.slice(0, -1);
  const analysis = analyse(word);
  return analysis.candidates.length === 1 && analysis.candidates[0] === singular && forms.entries(singular).length === 0 ? key(singular) : null;
}

const key = (word: string): string => {
  const feminine1 = feminineOna(word) ?? flaglessPlural(word) ?? pluralOfDerived(word);
  if (feminine1 !== null) return feminine1;
  const nounOfVerb = compoundNounOfVerb(word);
  if (nounOfVerb !== null) return nounOfVerb;
  const gendered = compoundFeminine(word);
  if (gendered !== null) return gendered;
  const oxytone = verbBeforeOxytone(word);
  if (oxytone !== null) return oxytone;
  const indicative = indicativeVerb(word);
  if (indicative !== null) return indicative;
  const feminine = FEMININE_U.exec(word)?.[1];
  if (feminine !== undefined && analyse(feminine).lemma && analyse(word).candidates.every((c) => c === `${feminine}a`)) return feminine;
  const plural = pluralOfForm(word);
  if (plural !== null) return plural;
  const adjective = NATIONALITY.exec(word);
  const stem = adjective?.[1] ?? adjective?.[2];
  if (stem !== undefined && analyse(stem).lemma) return stem;
  // The -ês adjective itself (an entry spelled -ês): its feminine is a word the dictionary knows.
  if (/es$/.test(word) && analyse(word).lemma && forms.entries(word).some((entry) => entry.word.endsWith('ês')) && analyse(`${word}a`).candidates.length + (analyse(`${word}a`).lemma ? 1 : 0) > 0) return word;
  // A gerund (-ando, -endo, -indo) is its verb's when the dictionary reads it so among others
  // (comendo: comer's, before the first person of the rare comendar).
  const gerund = /^(.{2,})([aei])ndo$/.exec(word);
  if (gerund !== null) {
    const verb = `${gerund[1]}${gerund[2]}r`;
    if (analyse(word).candidates.includes(verb)) return forms.wordForm(verb);
  }
  // An adjective's feminine and plurals the dictionary reads as a verb's forms (baixa, lindas:
  // baixar's, lindar's): the superlative (baixíssimo, lindíssima) or the adverb in -amente, made
  // on the feminine (maduramente, as a derived word: pensamente is a verb's form), proves the adjective.
  const adjective2 = /^(.{2,}?)(as?|os)$/.exec(word);
  if (adjective2 !== null) {
    const stem = adjective2[1]!;
    const masculine = `${stem}o`;
    if (/ar$/.test(forms.wordForm(word)) && forms.wordForm(masculine) === masculine && provenAdjective(stem)) return forms.wordForm(masculine);
  }
  const prefixed = prefixedKey(word);
  if (prefixed !== null) return prefixed;
  // A preterite -eu/-iu the dictionary also reads as a noun or names a plural of (correu "co-
  // defendant"; caiu beside the name Caius): the verb's, when its 3rd plural -eram/-iram is the
  // same verb's form too.
  const preterite = /^(.{2,})([ei])u$/.exec(word);
  if (preterite !== null) {
    const verb = `${preterite[1]}${preterite[2]}r`;
    if (analyse(word).candidates.includes(verb) && analyse(`${preterite[1]}${preterite[2]}ram`).candidates.includes(verb)) return forms.wordForm(verb);
  }
  const participle = PARTICIPLE.exec(word);
  if (participle !== null) {
    for (const verb of participle[2] === 'a' ? [participle[1] + 'ar'] : [participle[1] + 'er', participle[1] + 'ir']) {
      if (analyse(verb).lemma) return forms.wordForm(verb);
    }
  }
  const verb = verbOfNoun(word) ?? verbOfEntry(word) ?? verbInUse(word);
  if (verb !== null) return verb;
  return forms.wordForm(word);
};
export const ptForms = forms;
export const analyseForms = (word: string): string => JSON.stringify(analyse(word));

export const pt: Language = {
  code: 'pt',
  name: 'Portuguese',
  iso6393: 'por',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('sr sra srta dr dra prof pag ex av n nº', 'etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? key(w) : w)),
  functionWords: naturalStopwords('stopwords_pt', 'é são foi ser está estão muito mais ao aos às'),
  functionLemmas: wordSet('ser estar ter haver'),
  syllables: cached(vowelGroups('aeiou', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe'])),
  readability: fleschType('Flesch reading ease (Portuguese)', 'Martins et al. (1996)', 248.835, 1.015, 84.6),
  formsNote: 'Hunspell dictionary (dictionary-pt, pt-BR): inflections only (diminutive, augmentative, -mente, -dor, -mento… flags and prefixes excluded); irregular verbs listed',
};
