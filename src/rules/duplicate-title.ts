import { duplicates } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type DuplicateTitleOptions = Record<string, never>;

export const duplicateTitle: CrossFileRule<DuplicateTitleOptions> = {
  kind: 'cross-file',
  id: 'duplicate-title',
  description: 'No two audited pages share a title (translations excepted).',
  defaultSeverity: 'warning',
  rationale:
    'Google Search Central ("Influencing your title links"): give each page a unique, descriptive title; ' +
    'Screaming Frog and Ahrefs Site Audit report duplicate titles. Compared ignoring case and spacing. ' +
    'Translations of one page (pages joined by hreflang alternates, or the same route under another locale ' +
    'folder such as /fr/) are not duplicates of each other.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'a.md', source: '---\ntitle: Leg cramps at night\n---\n\nText.\n' },
          { path: 'b.md', source: '---\ntitle: Leg cramps in pregnancy\n---\n\nText.\n' },
        ],
      },
      {
        name: 'translations under locale folders',
        files: [
          { path: 'en/post.md', source: '---\ntitle: Leg cramps\n---\n\nText.\n' },
          { path: 'fr/post.md', source: '---\ntitle: Leg cramps\n---\n\nTexte.\n' },
        ],
      },
    ],
    invalid: [
      {
        files: [
          { path: 'a.md', source: '---\ntitle: Leg cramps\n---\n\nText.\n' },
          { path: 'b.md', source: '---\ntitle: Leg cramps\n---\n\nOther text.\n' },
          { path: 'c.md', source: '---\ntitle: LEG  cramps\n---\n\nMore text.\n' },
        ],
        messages: [{ message: '3 pages share the title "Leg cramps"', files: ['a.md', 'b.md', 'c.md'] }],
      },
    ],
  },
  check({ files }) {
    return duplicates(siteIndexOf(files), 'title', (page) =>
      page.title === null ? [] : [{ text: page.title, position: page.site.title }],
    );
  },
};
