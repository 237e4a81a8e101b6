/**
 * The issue-12 target as a regression test: on every fixture site under fixtures/sites/, the words
 * the real CLI reports are within 2 % of the true prose counted by bench/true-prose.mjs, which
 * renders each page independently of the audit code (remark/rehype, @mdx-js/mdx, the generators'
 * own template treatment) and counts the visible text with Intl.Segmenter. Also: no errored file,
 * and no "no H1" finding (every fixture page has a front-matter title or a body H1).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without type declarations
import { compareSite, countWords, preprocess, sites, stripFrontMatter, summarise, trueProse } from '../../bench/true-prose.mjs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

interface Row {
  site: string;
  file: string;
  status: string;
  reported: number | null;
  trueWords: number | null;
  diff: number | null;
  noH1: boolean;
  note: string;
}

describe('bench/true-prose: the renderer itself', () => {
  it('counts word-like segments, front matter and generator syntax removed as the generators do', () => {
    expect(countWords("Don't stretch cold muscles, e.g. before a run.")).toBe(8);
    expect(stripFrontMatter('+++\ntitle = "T"\n+++\nBody text.\n')).toBe('Body text.\n');
    expect(stripFrontMatter('{\n  "title": "T"\n}\nBody.\n')).toBe('Body.\n');
    expect(preprocess('hugo', 'A {{< figure src="x" >}} b {{% note %}}kept{{% /note %}} `{{</* ref "p" */>}}`')).toBe('A  b kept `{{< ref "p" >}}`');
    expect(preprocess('jekyll', 'A {% include x.html %}b {{ page.n }}c\n{: .lead}\n')).toBe('A b c\n\n');
    expect(preprocess('zola', 'A {{ youtube(id="x") }} {% quote(by="Q") %}said{% end %} {{/* gist() */}}')).toBe('A  said {{ gist() }}');
  });

  it('renders a page: code blocks and math are not text, raw HTML and inline code are', async () => {
    const prose = await trueProse(join(ROOT, 'fixtures', 'sites', 'hugo', 'content', 'posts', 'leg-cramps-at-night', 'index.md'), 'hugo');
    expect(prose.text).not.toContain('func main');
    expect(prose.text).toContain('Stretch your calves before bed.');
    expect(prose.words).toBe(22);
  });
});

describe('words reported vs true prose on every fixture site', () => {
  it('every audited file is within 2 %, none errored, none has a "no H1" finding', async () => {
    const rows: Row[] = [];
    for (const site of sites() as string[]) rows.push(...((await compareSite(site)) as Row[]));
    const audited = rows.filter((r) => r.status === 'audited');
    // Every site and every audited file took part (a renderer failure leaves trueWords null).
    expect(new Set(rows.map((r) => r.site)).size).toBe((sites() as string[]).length);
    expect(audited.length).toBeGreaterThan(0);
    expect(audited.filter((r) => r.trueWords === null).map((r) => `${r.site}/${r.file}: ${r.note}`)).toEqual([]);
    const off = audited.filter((r) => Math.abs(r.diff!) > 2).map((r) => `${r.site}/${r.file}: reported ${r.reported}, true ${r.trueWords}`);
    expect(off).toEqual([]);
    const summary = summarise(rows) as { errored: number; noH1: number };
    expect(summary.errored).toBe(0);
    expect(rows.filter((r) => r.noH1).map((r) => `${r.site}/${r.file}`)).toEqual([]);
  });
});
