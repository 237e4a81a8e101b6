/** `--format html` through the real CLI: determinism, escaping, --output-dir, errors; browser checks are in report-html.browser.test.ts. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { esc, render } from '../../src/report/html.js';
import { LEG_CRAMPS, PLAIN, sampleReport } from './fixture.js';
import { run } from '../helpers/cli.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'seo-audit-html-unit-'));

describe('html format', () => {
  it('is byte-identical for the same input and carries no timestamp', () => {
    const a = run(['fixtures/leg-cramps.md', 'fixtures/leg-cramps.html', '-f', 'html']);
    const b = run(['fixtures/leg-cramps.md', 'fixtures/leg-cramps.html', '-f', 'html']);
    expect(a.code).toBe(1); // leg-cramps.md has a keyword-stuffing error
    expect(a.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toMatch(/20\d\d-\d\d-\d\d|\d\d:\d\d:\d\d/);
  });

  it('is self-contained: no external scripts, styles, images or fonts, and a CSP that forbids fetching', () => {
    const { stdout } = run(['fixtures/leg-cramps.md', '-f', 'html']);
    expect(stdout).not.toMatch(/<(script|link|img|iframe)[^>]*(src|href)=/i);
    expect(stdout).not.toMatch(/url\(|@import|https?:\/\/(?!example)/i);
    expect(stdout).toContain(`content="default-src 'none';`);
  });

  it('shows the JSON report’s numbers: the leg-cramps keyword counts in the keyword table', () => {
    const json = JSON.parse(run(['fixtures/leg-cramps.md', '-f', 'json']).stdout) as { files: { keywords: { phrase: string; count: number; counts: Record<string, number> }[] }[] };
    const html = run(['fixtures/leg-cramps.md', '-f', 'html']).stdout;
    for (const keyword of json.files[0]!.keywords) {
      const { exact, forms, sentence } = keyword.counts;
      expect(html).toContain(`${esc(keyword.phrase)}</mark>${keyword.phrase === 'leg cramps' ? ' <small>(primary)</small>' : ''}</th>`);
      expect(html).toMatch(new RegExp(`${esc(keyword.phrase)}</mark>.*?</th><td>[^<]*</td><td>forms</td><td>${keyword.count}</td><td>${exact}</td><td>${forms}</td><td>${sentence}</td>`));
    }
  });

  it('escapes article text, headings, titles, paths and keyword phrases', () => {
    const dir = temp();
    const file = join(dir, 'x<img src=x onerror=alert(1)>.md');
    writeFileSync(
      file,
      '---\ntitle: "</title><script>alert(1)</script>"\ndescription: "a \\"quoted\\" & <b>bold</b> description"\n---\n\n' +
        '# Heading <script>alert(2)</script> & "quotes"\n\nText with <em onclick="x()">markup</em> and a <u>keyword</u> `<code>` \u001b[31m.\n',
    );
    const { stdout, code } = run([file, '--no-config', '--keyword', '<u>keyword', '-f', 'html']);
    expect(code).not.toBe(2);
    // The only <script> is the report's own.
    expect(stdout.match(/<script/g)).toHaveLength(1);
    expect(stdout).not.toContain('<img src=x');
    expect(stdout).not.toContain('onclick="x()"');
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(stdout).toContain('a &#34;quoted&#34; &#38; &#60;b&#62;bold&#60;/b&#62; description');
    expect(esc(`<a href="x" title='y'>&</a>\u0007`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;\uFFFD');
  });

  it('--output-dir writes index.html and one page per article, linked both ways', () => {
    const dir = temp();
    const out = join(dir, 'site');
    const { code, stdout, stderr } = run(['fixtures/leg-cramps.md', 'fixtures/leg-cramps.html', '-f', 'html', '--output-dir', out]);
    expect(stderr).not.toContain('seo-audit: cannot');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['articles', 'index.html']);
    // Path order: leg-cramps.html before leg-cramps.md.
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['0001-leg-cramps.html', '0002-leg-cramps.html']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="articles/0001-leg-cramps.html"');
    expect(index).toContain('href="articles/0002-leg-cramps.html"');
    expect(index).not.toContain('<article');
    const article = readFileSync(join(out, 'articles', '0002-leg-cramps.html'), 'utf8');
    expect(article).toContain('href="../index.html"');
    expect(article).toContain('<article id="a2"');
    expect(article).toContain('href="0001-leg-cramps.html#a1"');
    expect(article).toMatch(/<a class="finding" href="#a2-L\d+">/);
  });

  it('rejects --output-dir without --format html, or with --output (exit 2, one line)', () => {
    const a = run(['fixtures/leg-cramps.md', '-f', 'json', '--output-dir', temp()]);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('seo-audit: --output-dir needs --format html — it writes one HTML page per article (format is "json")\n');
    const b = run(['fixtures/leg-cramps.md', '-f', 'html', '--output-dir', temp(), '-o', join(temp(), 'r.html')]);
    expect(b.code).toBe(2);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('leaves the JSON report without the article text', () => {
    const { stdout } = run(['fixtures/leg-cramps.md', '-f', 'json']);
    expect(stdout).not.toContain('"view"');
    expect(stdout).not.toContain('"marks"');
  });

  it('renders a merged JSON report as HTML with a note instead of the article text', () => {
    const dir = temp();
    const shard = join(dir, 'a.json');
    writeFileSync(shard, run(['fixtures/leg-cramps.md', '-f', 'json']).stdout);
    const merged = run(['merge', shard, '-f', 'html']);
    expect(merged.stdout).toContain('The article text is not available');
    expect(merged.stdout).toContain('<table class="heat">');
  });

  it('nests marks that contain each other and splits marks that cross, counting each occurrence once', () => {
    const report = sampleReport();
    const file = report.files.find((f) => f.path === LEG_CRAMPS.path)!;
    const k = file.keywords.length;
    // "what causes leg cramps at night": keyword 0 on [12, 22) "leg cramps" inside keyword 1 on
    // [0, 22); keyword 2 on [16, 31) "cramps at night" crosses both.
    file.view = {
      blocks: [{ kind: 'paragraph', level: null, line: 3, endLine: 3, text: 'what causes leg cramps at night <now>' }],
      marks: [0, 0, 22, 1, 0, 12, 22, 0, 0, 16, 31, 2],
      expected: [],
    };
    expect(k).toBeGreaterThanOrEqual(3);
    const html = render(report, PLAIN);
    const start = html.indexOf('data-l="3">');
    const block = html.slice(start, html.indexOf('<div', start));
    const g = (i: number) => `g${file.sections.groups.indexOf(file.keywords[i]!.group ?? '')}`;
    expect(block).toBe(
      `data-l="3"><mark class="${g(1)} k1">what causes <mark class="${g(0)} k0">leg <mark class="${g(2)} k2">cramps</mark></mark></mark>` +
        `<mark class="${g(2)} k2 c"> at night</mark> &#60;now&#62;`,
    );
    // Each keyword occurs once: only first pieces lack the class "c".
    for (const i of [0, 1, 2]) expect(block.match(new RegExp(`class="[^"]* k${i}"`, 'g'))).toHaveLength(1);
    expect(block.match(/<mark/g)!.length).toBe(block.match(/<\/mark>/g)!.length);
  });

  it('builds the preview URL from site.baseUrl and the slug, else shows the slug as a path', () => {
    const dir = temp();
    writeFileSync(join(dir, 'leg-cramps.md'), readFileSync('fixtures/leg-cramps.md'));
    writeFileSync(join(dir, 'seo-audit.config.yaml'), 'site: { baseUrl: "https://example.com/blog/" }\n');
    const withBase = run(['leg-cramps.md', '--keyword', 'leg cramps', '-f', 'html'], { cwd: dir });
    expect(withBase.stdout).toContain('<div class="url">https://example.com/blog/leg-cramps</div>');
    const without = run(['fixtures/leg-cramps.md', '-f', 'html']);
    expect(without.stdout).toContain('<div class="url">/leg-cramps</div>');
  });
});
