import type { Rule } from './types.js';
import { classifiedLinks, plural } from './util.js';

export interface LinksInternalOptions {
  min: number;
}

export const linksInternal: Rule<LinksInternalOptions> = {
  id: 'links-internal',
  description: 'An article links to other pages of the same site.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO\'s "Internal links" assessment: an article with no internal link is a red bullet ("No internal ' +
    'links appear in this page, make sure to add some!"); internal links spread authority and let readers and ' +
    'crawlers find related articles. Internal = relative and site-root links, and absolute links under ' +
    '`site.baseUrl`; links to the page itself (#anchors) do not count. Score: internal links / min, capped at 1.',
  options: { min: { type: 'integer', description: 'Fewest internal links an article should have.', min: 1 } },
  defaults: { min: 1 },
  examples: {
    valid: [
      { source: '# Leg cramps\n\nSee [calf stretches](stretches.md).\n' },
      { name: 'a site-root link', source: '# Cramps\n\nSee [stretches](/blog/stretches/).\n' },
    ],
    invalid: [
      {
        source: '# Leg cramps\n\nSee [the NHS page](https://www.nhs.uk/conditions/leg-cramps/) and [the top](#leg-cramps).\n',
        messages: [{ message: 'No internal links: link to at least 1 related page of this site (Yoast: internal links)', line: 1, column: 1 }],
      },
      {
        name: 'min 2',
        source: 'See [calf stretches](stretches.md).\n',
        options: { min: 2 },
        messages: [{ message: 'Only 1 internal link: link to at least 2', line: 1, column: 1 }],
      },
    ],
  },
  check({ document, options, site }) {
    const internal = classifiedLinks(document, site).filter(({ kind }) => kind === 'internal' || kind === 'asset').length;
    if (internal >= options.min) return { score: 1, messages: [] };
    const message =
      internal === 0
        ? `No internal links: link to at least ${plural(options.min, 'related page')} of this site (Yoast: internal links).`
        : `Only ${plural(internal, 'internal link')}: link to at least ${options.min} related pages of this site (Yoast: internal links).`;
    return { score: internal / options.min, messages: [{ message, offset: null }] };
  },
};
