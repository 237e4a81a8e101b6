import { duplicates } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type DuplicateMetaDescriptionOptions = Record<string, never>;

export const duplicateMetaDescription: CrossFileRule<DuplicateMetaDescriptionOptions> = {
  kind: 'cross-file',
  id: 'duplicate-meta-description',
  description: 'No two audited pages share a meta description (translations excepted).',
  defaultSeverity: 'warning',
  rationale:
    'Google Search Central ("Control your snippets"): "make sure that every page on your site has a meta ' +
    'description" and that descriptions differ between pages; identical ones make every result snippet alike. ' +
    'Screaming Frog and Ahrefs Site Audit report duplicates. Compared ignoring case and spacing; translations ' +
    '(hreflang alternates, locale folders) are not duplicates.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'a.md', source: '---\ndescription: Why cramps strike at night.\n---\n\nText.\n' },
          { path: 'b.md', source: '---\ndescription: Stretches that help.\n---\n\nText.\n' },
        ],
      },
    ],
    invalid: [
      {
        files: [
          { path: 'a.md', source: '---\ndescription: A blog about health.\n---\n\nText.\n' },
          { path: 'b.md', source: '---\ndescription: A blog about health.\n---\n\nOther.\n' },
        ],
        messages: [{ message: '2 pages share the meta description "A blog about health."', files: ['a.md', 'b.md'] }],
      },
    ],
  },
  check({ files }) {
    return duplicates(siteIndexOf(files), 'meta description', (page) =>
      page.metaDescription === null ? [] : [{ text: page.metaDescription, position: page.site.metaDescription }],
    );
  },
};
