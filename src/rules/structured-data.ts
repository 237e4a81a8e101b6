import { structuredDataProblems } from '../site/structured-data.js';
import type { Rule, RuleMessage } from './types.js';
import { skip } from './util.js';

export type StructuredDataOptions = Record<string, never>;

export const structuredData: Rule<StructuredDataOptions> = {
  id: 'structured-data',
  description: 'JSON-LD structured data parses and has the properties Google requires for its type.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Google Search Central, structured data guidelines: markup that does not parse is ignored, and Article / ' +
    'NewsArticle / BlogPosting rich results need headline, image, datePublished and author; FAQPage needs ' +
    'Questions with an acceptedAnswer, HowTo a name and steps. Pages without JSON-LD are not faulted (it is ' +
    'optional). Markdown files: skipped. Score: share of JSON-LD scripts without problems.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        format: 'html',
        source:
          '<html><head>\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",' +
          '"headline":"Leg cramps","image":"https://example.com/c.png","datePublished":"2024-05-01","author":{"@type":"Person","name":"A. Lee"}}</script>\n' +
          '</head><body><p>Text.</p></body></html>\n',
      },
      { name: 'no JSON-LD', format: 'html', source: '<html><body><p>Text.</p></body></html>\n' },
    ],
    invalid: [
      {
        format: 'html',
        source:
          '<html><head>\n<script type="application/ld+json">\n{"@context": "https://schema.org", "@type": "Article",\n' +
          ' "headline": "Leg cramps",}\n</script>\n</head><body><p>Text.</p></body></html>\n',
        messages: [{ message: 'JSON-LD does not parse', line: 4, column: 27 }],
      },
      {
        name: 'Article without datePublished and author, inside @graph',
        format: 'html',
        source:
          '<html><head>\n<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},' +
          '{"@type":"NewsArticle","headline":"Leg cramps","image":["https://example.com/c.png"]}]}</script>\n</head><body><p>Text.</p></body></html>\n',
        messages: [{ message: 'NewsArticle structured data lacks datePublished, author', line: 2, column: 36 }],
      },
    ],
  },
  check({ document }) {
    if (document.format !== 'html' || !document.page) return skip();
    const scripts = document.page.jsonLd;
    if (scripts.length === 0) return { score: 1, messages: [] };
    const messages: RuleMessage[] = [];
    let bad = 0;
    for (const script of scripts) {
      const problems = structuredDataProblems(script.value);
      if (problems.length > 0) bad++;
      // Subject: the problem without figures (JSON.parse positions), so edits elsewhere keep the fingerprint.
      for (const problem of problems) {
        messages.push({ message: problem.message, offset: script.offset + problem.offset, subject: problem.message.replace(/\d+/g, '#') });
      }
    }
    return { score: 1 - bad / scripts.length, messages };
  },
};
