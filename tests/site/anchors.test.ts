import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/index.js';
import { documentAnchors, explicitHeadingId, headingSourceText, htmlIds } from '../../src/site/anchors.js';

describe('heading anchors', () => {
  it('GitHub slugs from the rendered text, numbered when repeated; explicit ids win', () => {
    const source = [
      '# Leg Cramps: What *Really* Helps?',
      '',
      '## The `magnesium` [myth](https://x.org)',
      '',
      '## FAQ',
      '',
      '## FAQ',
      '',
      '## Custom {#my-id}',
      '',
      'Setext heading',
      '--------------',
      '',
      '<a id="raw-anchor"></a> and <span name=legacy>x</span>',
      '',
    ].join('\n');
    const doc = parseDocument(source, 'markdown', 'a.md');
    expect(documentAnchors(doc)).toEqual(['faq', 'faq-1', 'leg-cramps-what-really-helps', 'legacy', 'my-id', 'raw-anchor', 'setext-heading', 'the-magnesium-myth'].sort());
  });
  it('HTML pages answer to element ids and <a name>', () => {
    const doc = parseDocument('<html><body><h2 id="causes">Causes</h2><a name="old"></a><p id="p1">x</p></body></html>', 'html', 'a.html');
    expect(documentAnchors(doc)).toEqual(['causes', 'old', 'p1']);
  });
  it('helpers', () => {
    expect(explicitHeadingId('## Title {#t .class}')).toBe('t');
    expect(explicitHeadingId('## Title {: #kram}')).toBe('kram');
    expect(explicitHeadingId('## Title')).toBeNull();
    expect(headingSourceText('### a\\_b __bold__ my_var ###')).toBe('a_b bold my_var');
    expect(htmlIds('<div id="a" data-id="no"><a name=\'b\'>')).toEqual(['a', 'b']);
  });
});
