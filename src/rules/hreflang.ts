import { hreflangProblems } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type HreflangOptions = Record<string, never>;

const page = (lang: string, alternates: string): string =>
  `<html lang="${lang}"><head>\n${alternates}</head><body><p>Text.</p></body></html>\n`;

export const hreflang: CrossFileRule<HreflangOptions> = {
  kind: 'cross-file',
  id: 'hreflang',
  description: 'hreflang alternates use valid language codes and are reciprocal across the audited pages.',
  defaultSeverity: 'warning',
  rationale:
    'Google Search Central ("Tell Google about localized versions of your page"): "if two pages don\'t both ' +
    'point to each other, the tags will be ignored", and the value must be a language code (ISO 639-1, with an ' +
    'optional ISO 3166-1 region) or x-default. Codes are validated as BCP 47 tags against the IANA registry ' +
    '(language-tags): en-UK and en_US are invalid. Reciprocity is checked among the audited pages only.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'en/a.html', format: 'html', source: page('en', '<link rel="alternate" hreflang="fr" href="/fr/a.html">\n') },
          { path: 'fr/a.html', format: 'html', source: page('fr', '<link rel="alternate" hreflang="en" href="/en/a.html">\n') },
        ],
      },
    ],
    invalid: [
      {
        files: [
          { path: 'en/a.html', format: 'html', source: page('en', '<link rel="alternate" hreflang="fr" href="/fr/a.html">\n<link rel="alternate" hreflang="en-UK" href="/uk/a.html">\n') },
          { path: 'fr/a.html', format: 'html', source: page('fr', '') },
        ],
        messages: [
          { message: 'en/a.html lists fr/a.html as its "fr" alternate, but fr/a.html does not list en/a.html back', files: ['en/a.html', 'fr/a.html'] },
          { message: 'hreflang "en-UK" is not a valid BCP 47 language code', files: ['en/a.html'] },
        ],
      },
    ],
  },
  check({ files }) {
    return hreflangProblems(siteIndexOf(files));
  },
};
