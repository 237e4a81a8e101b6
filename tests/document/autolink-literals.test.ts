import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import { blockwiseAutolinkLiterals } from '../../src/document/autolink-literals.js';
import { parseDocument } from '../../src/document/index.js';

// The processor of src/document/markdown.ts, as remark-gfm builds it, and the same with the
// autolink-literal transform run block by block: the trees must not differ.
const plain = () => unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMath);
const whole = plain();
const blockwise = blockwiseAutolinkLiterals(plain());
const tree = (processor: ReturnType<typeof plain>, source: string) => JSON.stringify(processor.parse(source));

// Pieces that make or break autolink literals, and the block structure around them.
const PIECE = fc.constantFrom(
  'www.', 'WWW.', 'http://', 'https://', 'mailto:', 'xmpp:', '@', 'a@b.co', 'example.com', 'x.org/p?q=1', '(', ')', '.', ',', '_', '-',
  '[', ']', '](', '[x]: ', '<', '>', '*', '**', '`', '~~', '\\', '&#64;', '&commat;', '&period;', ' ', '\n', '\n\n', '> ', '- ', '1. ', '# ',
  '| a | b |\n|---|---|\n| ', ' |', ':::note\n', '\n:::', '$', 'word', 'Leg', 'ftp://',
);

describe('autolink literals, block by block', () => {
  it('gives remark-gfm\'s tree for any mix of URLs, e-mails, links and blocks', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        expect(tree(blockwise, source)).toBe(tree(whole, source));
      }),
      { numRuns: 3000 },
    );
  });

  it('links what only the transform links (not the tokenizer), in a block among others', () => {
    // The same processor with no transform at all: the tree it gives is not remark-gfm's.
    const untransformed = plain();
    untransformed.freeze();
    for (const extension of (untransformed.data('fromMarkdownExtensions') as { transforms?: unknown[] }[][]).flat()) if (extension.transforms) extension.transforms = [];
    const source = '# Title\n\nNo links here.\n\n> - [kept](https://b.org), a&#64;b.co and WWW.\n\nplain text';
    const links = (processor: ReturnType<typeof plain>) => JSON.stringify(processor.parse(source)).match(/"type":"link"/g)?.length ?? 0;
    expect(links(untransformed)).toBe(1);
    // The transform adds two: the e-mail behind a character reference and remark-gfm's own reading of "WWW." (http://WWW).
    expect(links(whole)).toBe(3);
    expect(tree(blockwise, source)).toBe(tree(whole, source));
  });

  it('is what the Markdown parser uses: literal URLs and e-mails come out as links', () => {
    const doc = parseDocument('Write to me@example.com or see www.example.com/page.\n\nNothing here.\n', 'markdown', 'a.md');
    expect(doc.links.map((link) => link.href)).toEqual(['mailto:me@example.com', 'http://www.example.com/page']);
  });
});
