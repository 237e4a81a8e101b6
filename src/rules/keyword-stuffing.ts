import { CAUSES } from './causes.js';
import type { Rule, RuleMessage } from './types.js';
import { blockSubject, clamp01, hasKeywords, num, ordinal, percentOf, skip } from './util.js';

export interface KeywordStuffingOptions {
  minWords: number;
  maxDensity: number;
  maxBlockShare: number;
  minBlockWords: number;
}

export const keywordStuffing: Rule<KeywordStuffingOptions> = {
  id: 'keyword-stuffing',
  description:
    'In a text of at least `minWords` words (shorter texts are not judged for density or keyword ' +
    "lists), the primary keyword's density does not exceed `maxDensity` %; no paragraph of at least " +
    '`minBlockWords` words is more than `maxBlockShare` keyword phrases (any keyword of the set); no ' +
    'keyword occurs more often than its own `max`.',
  defaultSeverity: 'error',
  weight: 3,
  rationale:
    'Google spam policies name keyword stuffing ("repeating the same words or phrases so often that ' +
    'it sounds unnatural", "blocks of text that list" search terms) as a violation. 4 % is well above ' +
    "Yoast SEO's 3 % upper density bound, so crossing it is unambiguous; a paragraph whose words are " +
    'more than a quarter keyword phrases is a keyword list, not prose (ordinary paragraphs of a ' +
    'keyword-focused article stay near 10 %). Hence error — but only on a text of 150 words or more ' +
    '(see One cause, one finding): in a stub, two mentions are already "dense" and say nothing about spam; keyword-density ' +
    'still reports it. Per-keyword `max` comes from the keyword set and applies at any length.',
  options: {
    minWords: { type: 'integer', description: 'texts with fewer words are not checked for density or keyword-list paragraphs', min: 0 },
    maxDensity: { type: 'number', description: 'primary keyword density (percent) above which the text is stuffed', min: 0, max: 100 },
    maxBlockShare: { type: 'number', description: "largest share of a paragraph's words inside keyword phrases (0–1)", min: 0, max: 1 },
    minBlockWords: { type: 'integer', description: 'paragraphs shorter than this are not checked for keyword share', min: 1 },
  },
  defaults: { minWords: 150, maxDensity: 4, maxBlockShare: 0.25, minBlockWords: 40 },
  examples: {
    valid: [
      { source: `Leg cramps ${'strike at night and '.repeat(12)}fade.\n`, keywords: ['leg cramps'] },
      { name: 'a 6-word stub is not stuffing (fewer than minWords)', source: 'Leg cramps hurt. Leg cramps again.\n', keywords: ['leg cramps'] },
    ],
    invalid: [
      {
        source: 'Leg cramps hurt.\n\n'.repeat(50),
        keywords: ['leg cramps'],
        messages: [{ message: 'Primary keyword "leg cramps" density is 33.33 % (50 of 150 words), above the 4 % stuffing limit', line: 1, column: 1 }],
      },
      {
        name: 'a lower minWords',
        source: 'Leg cramps hurt. Leg cramps again.\n',
        keywords: ['leg cramps'],
        options: { minWords: 6 },
        messages: [{ message: 'Primary keyword "leg cramps" density is 33.33 % (2 of 6 words)', line: 1, column: 1 }],
      },
      {
        name: "a keyword's own max",
        source: `Night ${'and day '.repeat(30)}then cramp, cramp and cramp again.\n`,
        keywordSet: 'name: t\nprimary: night\ngroups:\n  core:\n    keywords: [night, { phrase: cramp, max: 2 }]\n',
        messages: [{ message: 'Keyword "cramp" appears 3 times, more than its maximum of 2; this 3rd occurrence is one too many.', line: 1 }],
      },
    ],
  },
  check({ document, analysis, keywordSet, options }) {
    if (!hasKeywords(keywordSet, analysis)) return skip();
    const messages: RuleMessage[] = [];

    let primaryScore = 1;
    const primary = analysis.primary;
    const longEnough = analysis.words >= options.minWords;
    if (primary !== null && analysis.words > 0 && longEnough) {
      const density = (primary.count / analysis.words) * 100;
      if (density > options.maxDensity) {
        primaryScore = clamp01(options.maxDensity / density);
        messages.push({
          message:
            `Primary keyword "${primary.phrase}" density is ${num(density)} % (${primary.count} of ${analysis.words} words), ` +
            `above the ${num(options.maxDensity)} % stuffing limit; replace some occurrences with pronouns or synonyms.`,
          offset: null,
          cause: CAUSES.primaryStuffed,
          subject: 'density',
        });
      }
    }

    // Words inside any keyword occurrence, each word once even where phrases overlap.
    const inKeyword = new Uint8Array(document.tokens.count);
    for (const keyword of analysis.keywords) {
      for (const occurrence of keyword.occurrences) inKeyword.fill(1, occurrence.token, occurrence.tokenEnd);
    }
    let measured = 0;
    let stuffed = 0;
    for (const block of document.blocks) {
      const size = block.tokenEnd - block.tokenStart;
      if (!longEnough || block.kind === 'heading' || size < options.minBlockWords) continue;
      measured++;
      let covered = 0;
      for (let t = block.tokenStart; t < block.tokenEnd; t++) covered += inKeyword[t]!;
      const share = covered / size;
      if (share <= options.maxBlockShare) continue;
      stuffed++;
      messages.push({
        message:
          `${covered} of this paragraph's ${size} words (${percentOf(share)}) are keyword phrases; ` +
          `a paragraph above ${percentOf(options.maxBlockShare, 0)} reads as a keyword list — rewrite it as prose.`,
        offset: block.start,
        subject: `paragraph\0${blockSubject(block.text)}`,
      });
    }
    const blockScore = measured === 0 ? 1 : 1 - stuffed / measured;

    let bounded = 0;
    let within = 0;
    for (const keyword of analysis.keywords) {
      if (keyword.max === null) continue;
      bounded++;
      if (keyword.count <= keyword.max) {
        within++;
        continue;
      }
      // Point at the first occurrence beyond the maximum: that is where to start trimming.
      const excess = keyword.occurrences[keyword.max];
      messages.push({
        message:
          `Keyword "${keyword.phrase}" appears ${keyword.count} times, more than its maximum of ${keyword.max}; ` +
          `this ${ordinal(keyword.max + 1)} occurrence is one too many.`,
        offset: excess?.offset ?? null,
        subject: `max\0${keyword.phrase}`,
      });
    }
    const maxScore = bounded === 0 ? 1 : within / bounded;
    return { score: Math.min(primaryScore, blockScore, maxScore), messages };
  },
};
