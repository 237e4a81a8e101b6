/**
 * Russian: word forms from the Hunspell dictionary dictionary-ru (AOT-based), Oborneva (2006)
 * readability; й is kept (мой ≠ мои), ё is folded to е as in document words.
 */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules } from './common.js';
import { formTable, hunspellForms, type InflectionRule } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = 'й';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-ru affix flags that make derivations (their words are lemmas of their own, never their base's forms): Z, adverbs in -о/-и/-е from
 * adjectives (быстрый → быстро; the neuter short form spelt the same is lost with it). The
 * dictionary has no prefix rules. Everything else is inflection: noun and adjective case and
 * number, short adjectives, verb persons, tenses, imperatives and participles.
 */
const DERIVATIONS = ['Z'];

/**
 * Irregular forms the dictionary lists as words of their own, "form… lemma": suppletive
 * plurals, -мя nouns, мать/дочь, and the common irregular verbs. больший (the comparative) is
 * joined to большой: otherwise the forms they share (большая, большие) pick one of them.
 */
const IRREGULAR = `
люди людей людям людьми людях человек
дети детей детям детьми детях ребёнок
братья братьев братьям братьями братьях брат
друзья друзей друзьям друзьями друзьях друг
сыновья сыновей сыновьям сыновьями сыновьях сын
стулья стульев стульям стульями стульях стул
листья листьев листьям листьями листьях лист
деревья деревьев деревьям деревьями деревьях дерево
матери матерью матерей матерям матерями матерях мать
дочери дочерью дочерей дочерям дочерьми дочерях дочь
времени временем времена времён временам временами временах время
имени именем имена имён именам именами именах имя
племени племенем племена племён племенам племенами племенах племя
пламени пламенем пламя
знамени знаменем знамёна знамён знамёнам знамёнами знамёнах знамя
бремени бременем бремя
семени семенем семена семян семенам семенами семенах семя
иду идёшь идёт идём идёте идут шёл шла шло шли иди идите идя идти
буду будешь будет будем будете будут был была было были будь будьте быть
могу можешь может можем можете могут мог могла могло могли мочь
хочу хочешь хочет хотим хотите хотят хотел хотела хотело хотели хотеть
ем ешь ест едим едите едят ел ела ело есть
еду едешь едет едем едете едут ехал ехала ехало ехали ехать
живу живёшь живёт живём живёте живут жил жила жило жили жить
беру берёшь берёт берём берёте берут брал брала брало брали брать
дам дашь даст дадим дадите дадут дал дала дало дали дать
больший большой
`;

/**
 * Forms the dictionary lists as entries of their own, with no flag tying them to their noun:
 * the stressed instrumental -ом after ж ш ч щ ц (врачом, ножом), -ьми (лошадьми), genitive
 * plurals with a fleeting vowel (окон → окно, недель → неделя). A candidate counts only when
 * the dictionary has it as an entry.
 */
const RULES: InflectionRule[] = [
  [/([жшчщц])ом$/, '$1'],
  [/ьми$/, 'ь'],
  [/о([нлкр])$/, '$1о'],
  [/([лн])ь$/, '$1я'],
];

const forms = hunspellForms({ package: 'dictionary-ru', normalize: fold, derivationFlags: DERIVATIONS, rules: RULES, exceptions: () => formTable(IRREGULAR, fold) });
const key = forms.wordForm;
export const analyseForms = (word: string): string => JSON.stringify(forms.analyse(word));
const VOWELS = /[аеёиоуыэюя]/gu;

export const ru: Language = {
  code: 'ru',
  name: 'Russian',
  iso6393: 'rus',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('т.е т.к т.н см стр им ул д рис напр проф', 'т.д т.п др г гг'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? key(w) : w)),
  functionWords: naturalStopwords('stopwords_ru'),
  // Every vowel letter is one syllable.
  syllables: cached((w) => Math.max(1, w.match(VOWELS)?.length ?? 0)),
  readability: fleschType('Oborneva reading ease', 'Oborneva (2006)', 206.835, 1.3, 60.1),
  formsNote: 'Hunspell dictionary (dictionary-ru): inflections only (adverbs from adjectives excluded); suppletive plurals, -мя nouns and irregular verbs listed',
};
