import type { Rule, RuleMessage } from './types.js';
import { skip } from './util.js';

export type OpenGraphOptions = Record<string, never>;

const REQUIRED = ['og:title', 'og:description', 'og:image', 'twitter:card'] as const;

export const openGraph: Rule<OpenGraphOptions> = {
  id: 'open-graph',
  description: 'An HTML page has the og:title, og:description, og:image and twitter:card tags that share previews use.',
  defaultSeverity: 'info',
  weight: 1,
  rationale:
    'The Open Graph protocol (ogp.me: og:title and og:image are required properties, og:image an absolute ' +
    'URL) and X/Twitter Cards (twitter:card selects the card; og: tags are its fallback for the rest) decide ' +
    'how a shared link looks; Ahrefs Site Audit reports incomplete Open Graph tags. One finding per missing tag ' +
    'at <head>. Markdown files: skipped (the layout writes <head>). Score: share of the four present.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        format: 'html',
        source:
          '<html><head>\n<meta property="og:title" content="Leg cramps">\n<meta property="og:description" content="Why they happen.">\n' +
          '<meta property="og:image" content="https://example.com/cramp.png">\n<meta name="twitter:card" content="summary_large_image">\n' +
          '</head><body><p>Text.</p></body></html>\n',
      },
      { name: 'Markdown is skipped', source: '# Leg cramps\n' },
    ],
    invalid: [
      {
        format: 'html',
        source: '<html>\n<head>\n<meta property="og:title" content="Leg cramps">\n<meta property="og:image" content="/cramp.png">\n</head><body><p>Text.</p></body></html>\n',
        messages: [
          { message: 'Missing <meta name="twitter:card"', line: 2, column: 1 },
          { message: 'Missing <meta property="og:description"', line: 2, column: 1 },
          { message: 'og:image "/cramp.png" is not an absolute URL', line: 4, column: 1 },
        ],
      },
    ],
  },
  check({ document }) {
    if (document.format !== 'html' || !document.page) return skip();
    const page = document.page;
    const messages: RuleMessage[] = [];
    let present = 0;
    for (const name of REQUIRED) {
      const tag = page.social.find((t) => t.name === name && t.content.trim() !== '');
      if (tag === undefined) {
        const attribute = name.startsWith('og:') ? 'property' : 'name';
        messages.push({ message: `Missing <meta ${attribute}="${name}" content="…">: link previews fall back to guesses.`, offset: page.headOffset, subject: name });
        continue;
      }
      present++;
      if (name === 'og:image' && !/^https?:\/\//i.test(tag.content.trim())) {
        messages.push({ message: `og:image "${tag.content.trim()}" is not an absolute URL (Open Graph requires one).`, offset: tag.offset, subject: 'og:image relative' });
      }
    }
    return { score: present / REQUIRED.length, messages };
  },
};
