/**
 * `seo-audit init` (SPEC §2, README: seo-audit init) with the real CLI on copies of the fixture sites:
 * it writes a config that extends seo-audit:recommended and names no site-wide keyword set (never the
 * leg-cramps one), suggests keywords taken from the articles, refuses to overwrite or shadow a
 * config, and the first run after it is informative: only articles whose own keywords are missing fail.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function copy(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'seo-audit-init-'));
  roots.push(root);
  cpSync(join(ROOT, fixture), root, { recursive: true });
  // A site adopting the tool has no config yet.
  rmSync(join(root, 'seo-audit.config.yaml'), { force: true });
  return root;
}

function articleTexts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...articleTexts(path));
    else if (/\.(md|mdx|html)$/.test(name)) out.push(readFileSync(path, 'utf8').toLowerCase());
  }
  return out;
}

interface JsonReport {
  summary: { files: number; failed: number; errors: number };
  files: { path: string; status: string; keywordSource: string | null; findings: { ruleId: string; severity: string }[] }[];
}

const SITES = ['fixtures/sites/hugo', 'fixtures/sites/jekyll', 'fixtures/sites/docusaurus', 'fixtures/sites/html', 'fixtures/sites/site-checks', 'fixtures/blog'];

describe('init', () => {
  for (const fixture of SITES) {
    it(`fits ${fixture}: recommended preset, no site-wide keyword set, suggestions from its articles, an informative first run`, () => {
      const root = copy(fixture);
      const init = run(['init'], { cwd: root });
      expect(init.code, init.stderr).toBe(0);
      expect(init.stderr).toBe('');
      const config = readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8');
      const parsed = parse(config) as Record<string, unknown>;
      expect(parsed['extends']).toEqual(['seo-audit:recommended']);
      expect(parsed['keywords']).toBeUndefined();
      expect(parsed['thresholds']).toBeUndefined();
      // contentRoot only where every article is under content/ (hugo, site-checks).
      expect(parsed['site']).toEqual(/hugo|site-checks/.test(fixture) ? { contentRoot: 'content' } : undefined);
      expect(config).not.toContain('leg-cramps.yaml');
      const count = articleTexts(root).length;
      expect(config).toContain(`#   ${count} article${count === 1 ? '' : 's'}: `);

      // The suggested set is a valid keyword set of phrases that occur in the articles.
      const suggested = parse(readFileSync(join(root, 'keywords/suggested.yaml'), 'utf8')) as { keywords: string[] };
      expect(suggested.keywords.length).toBeGreaterThan(0);
      const texts = articleTexts(root);
      for (const phrase of suggested.keywords) expect(texts.some((text) => text.includes(phrase.split(' ')[0]!))).toBe(true);
      expect(run(['.', '-k', 'keywords/suggested.yaml', '-f', 'json'], { cwd: root }).code).not.toBe(2);

      // First run: no config warning, no keyword findings for articles without keywords of their
      // own, and the only failures are articles whose own primary keyword never occurs.
      const first = run(['.', '-f', 'json'], { cwd: root });
      const report = JSON.parse(first.stdout) as JsonReport;
      expect(first.stderr).not.toMatch(/no config file applies/);
      for (const file of report.files) {
        if (file.keywordSource === null) expect(file.findings.filter((finding) => finding.ruleId.startsWith('keyword-'))).toEqual([]);
        const errors = file.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId);
        expect(file.status === 'failed').toBe(errors.length > 0);
        expect(errors.every((ruleId) => ruleId === 'keyword-missing')).toBe(true);
      }
    });
  }

  it('on site-checks: 15 articles, and exactly the two whose own primary never occurs fail', () => {
    const root = copy('fixtures/sites/site-checks');
    expect(run(['init'], { cwd: root }).code).toBe(0);
    const first = run(['.', '-f', 'json'], { cwd: root });
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout) as JsonReport;
    expect(report.summary.files).toBe(15);
    // All 15 articles are under content/: URLs start below it, so root-relative links resolve.
    expect((parse(readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8')) as { site?: unknown }).site).toEqual({ contentRoot: 'content' });
    expect(first.stdout).not.toContain('no file under the site root answers to /"');
    // index.md: "leg cramps guide" (the title says "Leg cramps, a practical guide"); no-links.md:
    // "cramp myths" (the text says "myths about leg cramps"). Neither phrase occurs in order.
    expect(report.files.filter((file) => file.status === 'failed').map((file) => file.path)).toEqual(['content/index.md', 'content/no-links.md']);
    // With the old init's leg-cramps set every article got its keywords: 10 of 15 failed.
    const old = run(['.', '-f', 'json', '-k', join(ROOT, 'keywords/leg-cramps.yaml'), '--min-coverage', '0.8'], { cwd: root });
    expect((JSON.parse(old.stdout) as JsonReport).summary.failed).toBeGreaterThan(report.summary.failed);
  });

  it('on the blog: notes the 4 articles that repeat their title as "# " (the draft\'s H1 differs from its title)', () => {
    const root = copy('fixtures/blog');
    expect(run(['init'], { cwd: root }).code).toBe(0);
    const config = readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8');
    expect(config).toContain('# 4 articles repeat their front-matter title as the first "# " heading.');
    expect(config).toContain('\n# titleAsH1: false\n');
    expect(config).toContain('#   6 articles: Markdown (5), HTML (1)\n');
  });

  it('refuses to overwrite a config or to write a second one beside another; --force replaces its own', () => {
    const root = copy('fixtures/sites/hugo');
    expect(run(['init'], { cwd: root }).code).toBe(0);
    const written = readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8');
    writeFileSync(join(root, 'seo-audit.config.yaml'), '# mine\n');
    const again = run(['init'], { cwd: root });
    expect([again.code, again.stdout]).toEqual([2, '']);
    expect(again.stderr).toBe('seo-audit: seo-audit.config.yaml already exists — not overwritten; edit it, or use --force to replace it\n');
    expect(readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8')).toBe('# mine\n');
    expect(run(['init', '--force'], { cwd: root }).code).toBe(0);
    expect(readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8')).toBe(written);

    const other = copy('fixtures/sites/jekyll');
    writeFileSync(join(other, '.seo-auditrc.yaml'), 'rules: { readability: off }\n');
    for (const args of [['init'], ['init', '--force']]) {
      const refused = run(args, { cwd: other });
      expect([refused.code, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toBe('seo-audit: .seo-auditrc.yaml already configures seo-audit here — init writes no second config; edit .seo-auditrc.yaml instead\n');
    }
    expect(existsSync(join(other, 'seo-audit.config.yaml'))).toBe(false);
  });

  it('in a directory without articles writes the config alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'seo-audit-init-empty-'));
    roots.push(root);
    mkdirSync(join(root, 'empty'));
    const init = run(['init'], { cwd: root });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toBe('wrote seo-audit.config.yaml\nno articles found here yet; next: add some, then run `seo-audit .`\n');
    expect(readFileSync(join(root, 'seo-audit.config.yaml'), 'utf8')).toContain('#   no articles (.md .markdown .mdx .html .htm) under this directory yet.');
    expect(existsSync(join(root, 'keywords'))).toBe(false);
  });
});
