import { canonicalProblems } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type CanonicalOptions = Record<string, never>;

export const canonical: CrossFileRule<CanonicalOptions> = {
  kind: 'cross-file',
  id: 'canonical',
  description: 'An HTML page has one absolute canonical URL, and audited pages link to canonical pages.',
  defaultSeverity: 'warning',
  rationale:
    'Lighthouse SEO audit "Document does not have a valid rel=canonical" (multiple conflicting URLs, a ' +
    'relative URL) and Google Search Central on consolidating duplicate URLs: declare one absolute canonical ' +
    'URL, and link internally to the canonical page rather than to a page that names another as canonical. ' +
    'Only .html inputs are checked (a Markdown layout writes the tag). A cross-file rule, since the last check ' +
    'needs the links of every audited page.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'a.html', format: 'html', source: '<html><head><link rel="canonical" href="https://example.com/a.html"></head><body><p>Text.</p></body></html>\n' },
        ],
      },
      { name: 'Markdown is not checked', files: [{ path: 'a.md', source: '# A\n' }] },
    ],
    invalid: [
      {
        files: [
          { path: 'a.html', format: 'html', source: '<html><head></head><body><p>See <a href="b.html">B</a>.</p></body></html>\n' },
          { path: 'b.html', format: 'html', source: '<html><head><link rel="canonical" href="/c.html"></head><body><p>B.</p></body></html>\n' },
          { path: 'c.html', format: 'html', source: '<html><head><link rel="canonical" href="https://example.com/c.html">\n<link rel="canonical" href="https://example.com/c2.html"></head><body><p>C.</p></body></html>\n' },
        ],
        messages: [
          { message: 'a.html has no <link rel="canonical">', files: ['a.html'] },
          { message: 'canonical URL "/c.html" is not absolute', files: ['b.html'] },
          { message: 'b.html names c.html as canonical, yet 1 audited page links to it (a.html)', files: ['b.html', 'c.html', 'a.html'] },
          { message: 'c.html has 2 <link rel="canonical"> tags', files: ['c.html'] },
        ],
      },
    ],
  },
  check({ files }) {
    return canonicalProblems(siteIndexOf(files));
  },
};
