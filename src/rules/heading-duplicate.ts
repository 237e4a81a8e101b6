import type { Document } from '../document/model.js';
import { CAUSES } from './causes.js';
import type { Rule, RuleMessage } from './types.js';
import { headingLabel } from './util.js';
import { charClass, trimEndWhile } from '../text/trim-end.js';

/** What /[\s.:;,!?\u2026]+$/u removed, by a loop (that regex is quadratic on a long run of dots). */
const isClosingPunctuation = charClass(/[\s.:;,!?\u2026]/u);

export interface HeadingDuplicateOptions {
  siblingsOnly: boolean;
}

export const headingDuplicate: Rule<HeadingDuplicateOptions> = {
  id: 'heading-duplicate',
  description:
    'No two headings have the same visible text (compared ignoring case, spacing and trailing ' +
    'punctuation, but keeping symbols that carry meaning: "C++" and "C#" differ; with `siblingsOnly`, ' +
    'only headings under the same parent are compared). Empty headings are heading-empty\'s.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'markdownlint MD024 (no duplicate headings): duplicate headings make the outline and in-page ' +
    'anchors ambiguous and compete for the same query.',
  options: { siblingsOnly: { type: 'boolean', description: 'only compare headings that share a parent section' } },
  defaults: { siblingsOnly: false },
  examples: {
    valid: [
      { source: '# Leg cramps\n\nText.\n\n## Causes\n\nMore.\n' },
      { name: 'symbols carry meaning', source: '## C++\n\nA.\n\n## C#\n\nB.\n\n## C\n\nC.\n' },
      {
        name: 'siblingsOnly: the same heading under different parents',
        source: '## Causes\n\n### Tips\n\nA.\n\n## Cures\n\n### Tips\n\nB.\n',
        options: { siblingsOnly: true },
      },
    ],
    invalid: [
      {
        name: 'case, spacing and a trailing colon do not make headings distinct',
        source: '## Leg  cramps:\n\nA.\n\n## leg cramps\n\nB.\n',
        messages: [{ message: 'Heading "leg cramps" repeats the heading on line 1', line: 5, column: 1 }],
      },
      {
        source: '# Causes\n\nText.\n\n## Causes\n\nMore.\n',
        messages: [{ message: 'Heading "Causes" repeats the heading on line 1; make each heading distinct.', line: 5, column: 1 }],
      },
    ],
  },
  check({ document, options }) {
    const seen = new Map<string, number>();
    const messages: RuleMessage[] = [];
    for (const heading of document.headings) {
      const text = visibleKey(heading.text);
      if (text === '') continue;
      const scope = options.siblingsOnly ? `${document.sections[heading.section]!.parent}:` : '';
      const key = scope + text;
      const firstLine = seen.get(key);
      if (firstLine === undefined) {
        seen.set(key, heading.line);
        continue;
      }
      messages.push({
        message: `Heading ${headingLabel(heading)} repeats the heading on line ${firstLine}; make each heading distinct.`,
        offset: heading.start,
        subject: heading.text,
        // The front-matter title repeated as the text's H1 is heading-single-h1's one finding.
        ...(heading === repeatedTitleH1(document) ? { consequenceOf: [CAUSES.titleRepeatedAsH1] } : {}),
      });
    }
    const total = document.headings.length;
    return { score: total === 0 ? 1 : 1 - messages.length / total, messages };
  },
};

/**
 * What a reader sees, for comparison: Unicode-normalised (NFKC), case-folded, quotes unified,
 * runs of spaces collapsed, trailing sentence punctuation dropped. Other symbols stay, so
 * "C++", "C#" and "C" are three headings.
 */
export function visibleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s\S]*$/, (text) => trimEndWhile(text, isClosingPunctuation));
}

/**
 * The text's H1 that repeats the front-matter title (the page's H1 under titleAsH1, listed first
 * with `source: "front-matter"`), compared by visible text; null when there is none.
 */
export function repeatedTitleH1(document: Pick<Document, 'headings'>): Document['headings'][number] | null {
  const title = document.headings.find((heading) => heading.source === 'front-matter' && heading.level === 1);
  if (title === undefined) return null;
  const key = visibleKey(title.text);
  if (key === '') return null;
  return document.headings.find((heading) => heading !== title && heading.level === 1 && heading.source !== 'front-matter' && visibleKey(heading.text) === key) ?? null;
}
