import { keyedWords } from '../language/spelling.js';
import type { Language } from '../language/types.js';
import { GroupedMemo } from '../site/memo.js';
import type { Rule, RuleMessage } from './types.js';
import { linksAway, primaryOf, shorten, skip } from './util.js';

export type LinkCompetingOptions = Record<string, never>;

/** True when the stems of `phrase` occur in `text` in order and adjacent. */
type Keyed = { norms: readonly string[]; keys: readonly string[] };

/** The phrase's words adjacent in the text, each by its word form or as the same word (exact ⊂ forms, as in the matcher). */
function containsPhrase(text: Keyed, phrase: Keyed): boolean {
  const n = phrase.keys.length;
  if (n === 0 || n > text.keys.length) return false;
  outer: for (let i = 0; i + n <= text.keys.length; i++) {
    for (let j = 0; j < n; j++) if (text.keys[i + j] !== phrase.keys[j] && text.norms[i + j] !== phrase.norms[j]) continue outer;
    return true;
  }
  return false;
}

/** Link texts' words keyed, per language: the same texts recur on every page (nav, footer) and in an article's HTML rendering. */
const keyedLinkTexts = new GroupedMemo<Language, string, Keyed>(20_000);

function linkWords(text: string, language: Language): Keyed {
  return keyedLinkTexts.get(language, text, () => keyedWords(text, language, false));
}

export const linkCompeting: Rule<LinkCompetingOptions> = {
  id: 'link-competing',
  description: "No link's text is the article's own primary keyword pointing to another page.",
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO\'s "Competing links" assessment: "You\'re linking to another page with the words you want this ' +
    'page to rank for" — anchor text tells search engines what the target is about, so it makes the target ' +
    'compete for the article\'s own keyword. A link competes when its text contains the primary keyword ' +
    '(word forms compared by stem); links to the page itself (#anchors) do not. No primary keyword: skipped.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      { source: '# Leg cramps\n\nLeg cramps hurt. See [calf stretches](stretches.md).\n', keywords: ['leg cramps'] },
      { name: 'anchor on the page', source: '# Leg cramps\n\nBack to [leg cramps](#leg-cramps).\n', keywords: ['leg cramps'] },
    ],
    invalid: [
      {
        source: '# Leg cramps\n\nRead about [nocturnal leg cramps](https://example.com/night).\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'Link text "nocturnal leg cramps" contains the primary keyword "leg cramps"', line: 3, column: 12 }],
      },
      {
        name: 'word forms',
        source: 'Leg cramp relief: see [Leg-Cramp tips](tips.md).\n',
        keywords: ['leg cramps'],
        messages: [{ message: '"Leg-Cramp tips"', line: 1, column: 23 }],
      },
    ],
  },
  check({ document, analysis, keywordSet, site }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    // Word forms of the article's language, as the keyword matcher compares them: the
    // keyword as typed, the link's text as text.
    const phrase = keyedWords(primary.phrase, document.lang, true);
    if (phrase.keys.length === 0) return skip();
    const messages: RuleMessage[] = [];
    const links = linksAway(document, site);
    for (const link of links) {
      if (!containsPhrase(linkWords(link.text, document.lang), phrase)) continue;
      messages.push({
        message:
          `Link text "${shorten(link.text, 60)}" contains the primary keyword "${primary.phrase}" and points to another page, ` +
          'which then competes for it; reword the link (Yoast: competing links).',
        offset: link.offset,
        subject: `${link.text} ${link.href}`,
      });
    }
    return { score: links.length === 0 ? 1 : 1 - messages.length / links.length, messages };
  },
};
