import { DETECTION_SAMPLE_CHARS, detectLanguage } from '../language/resolve.js';
import { languageTagProblem, primaryLanguage } from '../site/language-tags.js';
import type { Rule, RuleMessage } from './types.js';
import { skip } from './util.js';

export type HtmlLangOptions = Record<string, never>;

export const htmlLang: Rule<HtmlLangOptions> = {
  id: 'html-lang',
  description: 'An HTML page declares its language in <html lang> with a valid BCP 47 tag that matches its text.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Lighthouse accessibility audits html-has-lang and html-lang-valid (WCAG 3.1.1 Language of Page); search ' +
    'engines and screen readers use the declared language. Tags are checked against the IANA Language Subtag ' +
    'Registry (language-tags): en-UK is invalid (the region is GB), en_US too (hyphen, not underscore). When ' +
    'the language detected from the text differs from the declared one, the declaration is likely a template ' +
    'default. Markdown files: skipped (the layout writes <html>).',
  options: {},
  defaults: {},
  examples: {
    valid: [
      { format: 'html', source: '<!doctype html>\n<html lang="en-GB">\n<body><p>Leg cramps are sudden.</p></body>\n</html>\n' },
      { name: 'Markdown is skipped', source: '# Leg cramps\n' },
    ],
    invalid: [
      {
        format: 'html',
        source: '<!doctype html>\n<html>\n<body><p>Leg cramps are sudden.</p></body>\n</html>\n',
        messages: [{ message: 'The page does not declare its language: add <html lang="…">', line: 2, column: 1 }],
      },
      {
        name: 'invalid tag',
        format: 'html',
        source: '<!doctype html>\n<html lang="en-UK">\n<body><p>Leg cramps are sudden.</p></body>\n</html>\n',
        messages: [{ message: '<html lang="en-UK"> is not a valid BCP 47 language tag', line: 2, column: 13 }],
      },
      {
        name: 'declared German, written in English',
        format: 'html',
        source:
          '<!doctype html>\n<html lang="de">\n<body><p>Leg cramps are sudden, painful tightenings of a muscle, most often in the calf. ' +
          'They usually strike at night and pass within a few minutes, but they can leave the muscle sore for hours.</p></body>\n</html>\n',
        messages: [{ message: '<html lang="de"> does not match the language of the text, which reads as "en"', line: 2, column: 13 }],
      },
    ],
  },
  check({ document }) {
    if (document.format !== 'html' || !document.page) return skip();
    const page = document.page;
    const messages: RuleMessage[] = [];
    const lang = page.htmlLang;
    if (lang === null || lang.value.trim() === '') {
      messages.push({
        message: 'The page does not declare its language: add <html lang="…"> (Lighthouse html-has-lang).',
        offset: page.headOffset,
      });
      return { score: 0, messages };
    }
    const problem = languageTagProblem(lang.value);
    if (problem !== null) {
      messages.push({
        message: `<html lang="${lang.value}"> is not a valid BCP 47 language tag: ${problem} (Lighthouse html-lang-valid).`,
        offset: lang.offset,
      });
      return { score: 0, messages };
    }
    // The text's own language (franc, as language detection does for undeclared articles; null
    // when the text is short or the guess is not clearly ahead).
    let sample = '';
    for (const block of document.blocks) {
      if (block.kind === 'heading') continue;
      sample += `${block.text}\n`;
      if (sample.length >= DETECTION_SAMPLE_CHARS) break;
    }
    const detected = detectLanguage(sample)?.code ?? null;
    if (detected !== null && primaryLanguage(detected) !== primaryLanguage(lang.value)) {
      messages.push({
        message: `<html lang="${lang.value}"> does not match the language of the text, which reads as "${detected}".`,
        offset: lang.offset,
      });
      return { score: 0.5, messages };
    }
    return { score: 1, messages };
  },
};
