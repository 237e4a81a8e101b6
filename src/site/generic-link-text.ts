/**
 * Link texts that say nothing about their target, per language (the `link-text` rule).
 *
 * en, ja, es, pt, ko, sv, de, ta, fa: Lighthouse's SEO audit `link-text` (its
 * `nonDescriptiveLinkTexts`, core/audits/seo/link-text.js). fr, it, nl, ru, nb, pl, zh: this
 * project's additions for the other languages it supports, built the same way (the
 * "click here" / "here" / "read more" / "more" / "this link" phrases of each language).
 */
import { charClass, trimEndWhile } from '../text/trim-end.js';
import { GroupedMemo } from './memo.js';

/** Trailing punctuation, symbols and spaces, removed by a loop: /[\s\p{P}\p{S}]+$/u is quadratic on long runs. */
const isEdgePunctuation = charClass(/[\s\p{P}\p{S}]/u);

const LISTS: Record<string, readonly string[]> = {
  // Lighthouse
  en: ['click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info', 'more information', 'right here', 'read more', 'see more', 'start', 'this'],
  ja: ['ここをクリック', 'こちらをクリック', 'リンク', '続きを読む', '続く', '全文表示'],
  es: [
    'click aquí', 'click aqui', 'clicka aquí', 'clicka aqui', 'pincha aquí', 'pincha aqui', 'aquí', 'aqui', 'más', 'mas',
    'más información', 'más informacion', 'mas información', 'mas informacion', 'este', 'enlace', 'este enlace', 'empezar',
  ],
  pt: ['clique aqui', 'ir', 'mais informação', 'mais informações', 'mais', 'veja mais'],
  ko: ['여기', '여기를 클릭', '클릭', '링크', '자세히', '자세히 보기', '계속', '이동', '전체 보기'],
  sv: ['här', 'klicka här', 'läs mer', 'mer', 'mer info', 'mer information'],
  de: ['klicke hier', 'hier klicken', 'hier', 'mehr', 'siehe', 'dies', 'das', 'weiterlesen'],
  ta: [
    'அடுத்த பக்கம்', 'மறுபக்கம்', 'முந்தைய பக்கம்', 'முன்பக்கம்', 'மேலும் அறிக', 'மேலும் தகவலுக்கு', 'மேலும் தரவுகளுக்கு',
    'தயவுசெய்து இங்கே அழுத்தவும்', 'இங்கே கிளிக் செய்யவும்',
  ],
  fa: ['اطلاعات بیشتر', 'اطلاعات', 'این', 'اینجا بزنید', 'اینجا کلیک کنید', 'اینجا', 'برو', 'بیشتر بخوانید', 'بیشتر بدانید', 'بیشتر', 'شروع'],
  // This project's
  fr: ['cliquez ici', 'cliquer ici', 'ici', 'en savoir plus', 'lire la suite', 'plus', 'suite', 'ce lien', 'plus d’infos', "plus d'infos", 'voir plus'],
  it: ['clicca qui', 'qui', 'leggi di più', 'di più', 'altro', 'scopri di più', 'questo link', 'continua', 'maggiori informazioni'],
  nl: ['klik hier', 'hier', 'lees meer', 'meer', 'meer info', 'meer informatie', 'deze link', 'verder lezen'],
  ru: ['здесь', 'тут', 'нажмите здесь', 'подробнее', 'читать далее', 'далее', 'ссылка', 'по ссылке', 'читать дальше', 'ещё', 'еще'],
  nb: ['her', 'klikk her', 'les mer', 'mer', 'mer info', 'mer informasjon', 'denne lenken'],
  pl: ['tutaj', 'tu', 'kliknij tutaj', 'kliknij tu', 'więcej', 'czytaj więcej', 'dowiedz się więcej', 'ten link', 'link'],
  zh: ['点击这里', '点击此处', '这里', '此处', '更多', '了解更多', '阅读更多', '链接', '点此'],
};

const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(LISTS).map(([lang, list]) => [lang, new Set(list)]));
const ALL: ReadonlySet<string> = new Set(Object.values(LISTS).flat());

/** Languages with a list. */
export const GENERIC_LINK_TEXT_LANGUAGES: readonly string[] = Object.keys(LISTS).sort();

/** A link's text as compared: lower case, spaces collapsed, surrounding punctuation and arrows dropped. */
export function normalizeLinkText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .replace(/^[\s\S]*$/, (rest) => trimEndWhile(rest, isEdgePunctuation))
    .trim();
}

/** Per list, the verdicts on link texts met so far. */
const verdicts = new GroupedMemo<ReadonlySet<string>, string, boolean>(20_000);

/**
 * True when `text` is generic in `language` (its primary subtag's list). A language without a
 * list is checked against every list, as Lighthouse does when it cannot tell the language.
 */
export function isGenericLinkText(text: string, language: string): boolean {
  const list = SETS.get(language.toLowerCase().split(/[-_]/)[0] ?? '') ?? ALL;
  // By list, each text normalised once: the same texts recur on every page (nav, footer).
  return verdicts.get(list, text, () => {
    const normalized = normalizeLinkText(text);
    return normalized !== '' && list.has(normalized);
  });
}
