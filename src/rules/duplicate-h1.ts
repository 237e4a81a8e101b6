import { duplicates } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type DuplicateH1Options = Record<string, never>;

export const duplicateH1: CrossFileRule<DuplicateH1Options> = {
  kind: 'cross-file',
  id: 'duplicate-h1',
  description: 'No two audited pages have an H1 with the same visible text (translations excepted).',
  defaultSeverity: 'warning',
  rationale:
    'Screaming Frog\'s "H1: Duplicate" report and Ahrefs Site Audit: pages whose main heading reads the same ' +
    'look like one topic to readers and search engines. Compared on the visible text (markup removed), ' +
    'ignoring case and spacing; translations (hreflang alternates, locale folders) are not duplicates.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'a.md', source: '# Leg cramps at night\n\nText.\n' },
          { path: 'b.md', source: '# Leg cramps in pregnancy\n\nText.\n' },
        ],
      },
    ],
    invalid: [
      {
        files: [
          { path: 'a.md', source: '# Leg *cramps*\n\nText.\n' },
          { path: 'b.html', format: 'html', source: '<html><body><h1>Leg   cramps</h1><p>Text.</p></body></html>\n' },
        ],
        messages: [{ message: '2 pages share the H1 "Leg cramps"', files: ['a.md', 'b.html'] }],
      },
    ],
  },
  check({ files }) {
    return duplicates(siteIndexOf(files), 'H1', (page) => page.site.h1.map((h) => ({ text: h.text, position: h })));
  },
};
