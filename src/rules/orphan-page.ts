import { orphanPages } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type OrphanPageOptions = Record<string, never>;

export const orphanPage: CrossFileRule<OrphanPageOptions> = {
  kind: 'cross-file',
  id: 'orphan-page',
  description: 'Every audited page is linked from another audited page, except entry pages.',
  defaultSeverity: 'warning',
  rationale:
    'Ahrefs Site Audit and Screaming Frog report orphan pages (no incoming internal links): crawlers find ' +
    'them only through sitemaps, and they pass on no link equity. Entry pages need no inbound link: ' +
    'site.entryPages globs (relative to site.contentRoot), by default index pages (index.*, _index.*, ' +
    'README.*). A run of a single page has no orphans.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'index.md', source: '# Home\n\nSee [A](a.md).\n' },
          { path: 'a.md', source: '# A\n\nBack [home](index.md).\n' },
        ],
      },
      { name: 'a single page', files: [{ path: 'a.md', source: '# A\n' }] },
    ],
    invalid: [
      {
        files: [
          { path: 'index.md', source: '# Home\n\nSee [A](a.md).\n' },
          { path: 'a.md', source: '# A\n\nText.\n' },
          { path: 'b.md', source: '# B\n\nSee [A](a.md).\n' },
        ],
        messages: [{ message: 'b.md is an orphan: no other audited page links to it', files: ['b.md'] }],
      },
    ],
  },
  check({ files }) {
    return orphanPages(siteIndexOf(files));
  },
};
