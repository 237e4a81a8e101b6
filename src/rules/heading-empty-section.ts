import type { Document } from '../document/model.js';
import type { Rule, RuleMessage } from './types.js';
import { headingLabel, isEmptyHeading } from './util.js';
import { CAUSES } from './causes.js';
import { repeatedTitleH1 } from './heading-duplicate.js';

export type HeadingEmptySectionOptions = Record<string, never>;

// What is not content in the source between two headings.
const MARKDOWN_NOISE = [
  /<!--[\s\S]*?(?:-->|$)/g, // HTML comments
  // (\r excluded too: with lone-CR line ends `[^\n]*` ran to the end of the file.)
  /^ {0,3}\[[^\]\r\n]+\]:[^\r\n]*$/gm, // link reference definitions
  /^[ \t]*\{:[^}\r\n]*\}[ \t]*$/gm, // kramdown attribute lists
  /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, // thematic breaks
];
// HTML elements that are content without text (the text itself is counted in words).
const HTML_CONTENT =
  /<(?:img|picture|video|audio|iframe|embed|object|svg|canvas|pre|code|table|ul|ol|dl|figure|math|input|select|textarea|button)\b|<[a-z][a-z0-9]*-[a-z0-9-]*[\s/>]/i;
// Front matter opening the file (a front-matter title heading's "body" starts after it).
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*(?:\r\n?|\n)[\s\S]*?(?:\r\n?|\n)(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r\n?|\n|$)/;

/**
 * `text` without every `open … close` span (an unclosed `open` stays). indexOf, not a lazy
 * regex: /\{\/\*[\s\S]*?\*\/\}/g rescans the rest of the text from every unclosed "{/*".
 */
function withoutClosedSpans(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, from)) {
    const end = text.indexOf(close, at + open.length);
    if (end === -1) break;
    out += text.slice(from, at);
    from = end + close.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Per section: does its own body (between its heading and the next heading) hold content other
 * than prose words: a code block, a table, an image, a list, a component, an embed, a shortcode?
 * Read from the source, so it holds for every syntax the parsers drop from the text.
 */
function ownContent(document: Document, needed: readonly boolean[]): boolean[] {
  const content = document.sections.map(() => false);
  const frontMatterEnd = FRONT_MATTER.exec(document.source)?.[0].length ?? 0;
  const headings = document.headings;
  // Images by offset, walked with one pointer: linear in headings + images (100,000 headings are fine).
  const images = document.images.map((image) => image.offset).sort((a, b) => a - b);
  let nextImage = 0;
  let nextHeading = 0;
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i]!;
    const block = document.blocks[heading.block];
    const start = Math.max(block?.end ?? heading.start, frontMatterEnd);
    if (nextHeading <= i) nextHeading = i + 1;
    while (nextHeading < headings.length && headings[nextHeading]!.start < start) nextHeading++;
    const end = headings[nextHeading]?.start ?? document.source.length;
    if (end <= start) continue;
    while (nextImage < images.length && images[nextImage]! < start) nextImage++;
    if (!needed[heading.section]) continue;
    if (nextImage < images.length && images[nextImage]! < end) {
      content[heading.section] = true;
      continue;
    }
    let slice = document.source.slice(start, end);
    if (document.format === 'html') {
      content[heading.section] = HTML_CONTENT.test(slice.replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
    } else {
      slice = withoutClosedSpans(slice, '{/*', '*/}'); // MDX comments
      for (const noise of MARKDOWN_NOISE) slice = slice.replace(noise, '');
      content[heading.section] = /\S/.test(slice);
    }
  }
  return content;
}

export const headingEmptySection: Rule<HeadingEmptySectionOptions> = {
  id: 'heading-empty-section',
  description:
    'Every heading has content before the next heading of the same or a higher rank: text, or a ' +
    'code block, table, image, list or component (a heading directly followed by a subheading is fine).',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'A heading promises content; an empty section is a leftover or a stub, and search engines and ' +
    'screen-reader users land on nothing (WAI headings tutorial). A code sample, a table or an ' +
    'embedded component is content even though it has no prose words.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      { source: '# Leg cramps\n\nText.\n\n## Causes\n\nMore.\n' },
      { name: 'a code block is content', source: '# Setup\n\nText.\n\n## Install\n\n```sh\nnpm install\n```\n\n## Run\n\nGo.\n' },
      { name: 'an image is content', source: '# Gallery\n\nText.\n\n## Calf\n\n![A calf stretch](calf.png)\n\n## End\n\nBye.\n' },
      { name: 'a component is content', source: '# Docs\n\nText.\n\n## Demo\n\n<Tabs items="a,b" />\n\n## End\n\nBye.\n' },
      { name: 'an HTML table of numbers is content', format: 'html', source: '<h1>Data</h1><p>Text.</p><h2>Table</h2><table><tr><td>1</td></tr></table><h2>End</h2><p>Bye.</p>' },
    ],
    invalid: [
      {
        source: '# Leg cramps\n\nText.\n\n## Empty\n\n## Full\n\nMore.\n',
        messages: [{ message: 'Heading "Empty" has no content under it; add content or remove the heading.', line: 5, column: 1 }],
      },
      {
        name: 'a comment or a rule is not content',
        source: '# Leg cramps\n\nText.\n\n## Empty\n\n<!-- todo -->\n\n---\n\n## Full\n\nMore.\n',
        messages: [{ message: 'Heading "Empty" has no content under it', line: 5, column: 1 }],
      },
    ],
  },
  check({ document }) {
    // Only a section without words is asked about, and its answer is its own content or a
    // descendant's: the source of those sections is read, not of every section.
    const needed: boolean[] = [];
    for (const section of document.sections) needed.push(section.totalWords === 0 || (section.parent !== null && needed[section.parent] === true));
    // Own content or a descendant's, bottom-up (a child section comes after its parent).
    const subtree = ownContent(document, needed);
    for (let index = document.sections.length - 1; index >= 0; index--) {
      const parent = document.sections[index]!.parent;
      if (subtree[index] && parent !== null) subtree[parent] = true;
    }
    const hasContent = (section: number): boolean => subtree[section] === true;
    const messages: RuleMessage[] = [];
    const repeated = repeatedTitleH1(document);
    let judged = 0;
    for (const heading of document.headings) {
      // An empty heading is heading-empty's finding.
      if (isEmptyHeading(heading)) continue;
      judged++;
      if (document.sections[heading.section]!.totalWords > 0 || hasContent(heading.section)) continue;
      messages.push({
        message: `Heading ${headingLabel(heading)} has no content under it; add content or remove the heading.`,
        offset: heading.start,
        subject: heading.text,
        // The front-matter title's section is empty because the text repeats it as its H1: heading-single-h1's finding.
        ...(heading.source === 'front-matter' && repeated !== null ? { consequenceOf: [CAUSES.titleRepeatedAsH1] } : {}),
      });
    }
    return { score: judged === 0 ? 1 : 1 - messages.length / judged, messages };
  },
};
