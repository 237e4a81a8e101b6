import { brokenLinks } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type LinkBrokenOptions = Record<string, never>;

export const linkBroken: CrossFileRule<LinkBrokenOptions> = {
  kind: 'cross-file',
  id: 'link-broken',
  description: 'Internal links and #anchors resolve to an audited page (or a file of the site) and to an id on it.',
  defaultSeverity: 'error',
  rationale:
    'Screaming Frog and Ahrefs Site Audit report internal links to missing pages (4XX) as errors: they waste ' +
    'crawl budget and strand readers. A link resolves through the site\'s routes (relative paths, site-root ' +
    'paths under site.contentRoot, absolute URLs under site.baseUrl; post/ finds post.md or post/index.md, ' +
    'x.html finds x.md). A target that is not audited but exists on disk is not broken; its #anchor is then ' +
    'not checked. #anchors are checked against GitHub-style heading slugs, explicit {#id}s and HTML ids. ' +
    'Links to images and other non-page files are not checked.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'a.md', source: '# A\n\nSee [B](b.md#why-it-happens) and [the top](#a).\n' },
          { path: 'b.md', source: '# B\n\n## Why it happens\n\nText.\n' },
        ],
      },
      {
        name: 'pretty URLs and index pages',
        files: [
          { path: 'blog/a.md', source: '# A\n\nSee [B](../b/) and [C](/blog/c.html#custom).\n' },
          { path: 'blog/b/index.md', source: '# B\n' },
          { path: 'blog/c.md', source: '# C\n\n## Part {#custom}\n' },
        ],
      },
    ],
    invalid: [
      {
        files: [
          { path: 'a.md', source: '# A\n\nSee [B](b.md#causes), [gone](missing.md) and [here](#nowhere).\n' },
          { path: 'b.md', source: '# B\n\n## Why it happens\n' },
        ],
        messages: [
          { message: 'link "b.md#causes": b.md has no heading or element with the id "causes"', files: ['a.md', 'b.md'] },
          { message: 'link "missing.md" leads to no page', files: ['a.md'] },
          { message: 'link "#nowhere": a.md has no heading or element with the id "nowhere"', files: ['a.md'] },
        ],
      },
    ],
  },
  check({ files }) {
    return brokenLinks(siteIndexOf(files));
  },
};
