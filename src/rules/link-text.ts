import { isGenericLinkText } from '../site/generic-link-text.js';
import type { Rule, RuleMessage } from './types.js';
import { linksAway, shorten } from './util.js';

export type LinkTextOptions = Record<string, never>;

export const linkText: Rule<LinkTextOptions> = {
  id: 'link-text',
  description: 'Links have descriptive text, not "click here", "read more" or "here".',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Lighthouse SEO audit "Links do not have descriptive text" (link-text): descriptive anchor text helps ' +
    'search engines and screen-reader users understand the target. Its per-language lists (en, ja, es, pt, ' +
    'ko, sv, de, ta, fa) are used as they are, plus this project\'s lists for fr, it, nl, ru, nb, pl, zh; a ' +
    'language without a list is checked against all of them, as Lighthouse does. Like Lighthouse, links to ' +
    'the page itself (#anchors) and mailto:/javascript: links are not checked. No links: score 1.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      { source: 'See [how to stretch your calves](stretch.md) before bed.\n' },
      { name: 'an anchor on the page itself', source: '# Cramps\n\nJump [here](#cramps).\n' },
      { name: 'another language\'s phrase', source: '---\nlang: de\n---\n\nSiehe [here](https://example.com/x).\n' },
    ],
    invalid: [
      {
        source: '# Leg cramps\n\nFor stretches, [click here](stretch.md).\n\nOr [Read more…](https://example.com/cramps).\n',
        messages: [
          { message: 'Link text "click here" does not describe its target', line: 3, column: 16 },
          { message: 'Link text "Read more…" does not describe its target', line: 5, column: 4 },
        ],
      },
      {
        name: 'Spanish page',
        source: '---\nlang: es\n---\n\nLea [más información](https://example.com/x).\n',
        messages: [{ message: '"más información"', line: 5, column: 5 }],
      },
      {
        name: 'HTML',
        format: 'html',
        source: '<html><body>\n<p>Stretch first, <a href="/stretch/">learn more</a>.</p>\n</body></html>\n',
        messages: [{ message: '"learn more"', line: 2, column: 19 }],
      },
    ],
  },
  check({ document, site }) {
    const messages: RuleMessage[] = [];
    const links = linksAway(document, site);
    for (const link of links) {
      if (!isGenericLinkText(link.text, document.language)) continue;
      messages.push({
        message: `Link text "${shorten(link.text, 60)}" does not describe its target; name what the reader gets there (Lighthouse link-text).`,
        offset: link.offset,
        subject: `${link.text} ${link.href}`,
      });
    }
    return { score: links.length === 0 ? 1 : 1 - messages.length / links.length, messages };
  },
};
