/**
 * SPEC §3 per-directory configs: each article's configs from its own directory upward, merged
 * nearer-wins; root: true; extends with presets and files; .seo-auditignore and `!` globs;
 * --print-config. Unit tests on the resolver, then the real CLI on a temporary site.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigResolver, isIgnored, PRESET_NAMES, presetLayer, resolveFileSettings } from '../../src/config/index.js';
import { InputError } from '../../src/errors.js';
import { RULES } from '../../src/rules/registry.js';
import { run } from '../helpers/cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'seo-audit-discovery-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const resolverAt = (cwd: string, explicit: string | null = null, noConfig = false) => new ConfigResolver({ cwd, explicit, noConfig });

describe('per-directory discovery', () => {
  it('merges every config from the article directory upward, nearer wins key by key', () => {
    const root = site({
      'seo-audit.config.yaml': [
        'keywords: kw/site.yaml',
        'match: exact',
        'thresholds: { minScore: 70, maxWarnings: 9 }',
        'rules: { section-length: [error, { max: 400 }], readability: off }',
        'ignore: ["**/old/**"]',
        'overrides: [{ files: ["blog/news/**"], match: sentence }]',
      ].join('\n'),
      'blog/.seo-auditrc.yaml': [
        'keywords: ../kw/blog.yaml',
        'thresholds: { minScore: 50 }',
        'rules: { section-length: warning }',
        'ignore: ["tmp/**"]',
        'overrides: [{ files: ["news/**"], rules: { readability: warning } }]',
      ].join('\n'),
    });
    const resolver = resolverAt(root);
    const top = resolver.forFile(join(root, 'about.md'));
    expect(top.files).toEqual(['seo-audit.config.yaml']);
    expect(top.keywords).toBe(join(root, 'kw/site.yaml'));

    const blog = resolver.forFile(join(root, 'blog/news/a.md'));
    expect(blog.files).toEqual(['seo-audit.config.yaml', 'blog/.seo-auditrc.yaml']);
    expect(blog.file).toBe('blog/.seo-auditrc.yaml');
    // Nearer wins per key; keys it does not name come from farther.
    expect(blog.keywords).toBe(join(root, 'kw/blog.yaml'));
    expect(blog.match).toBe('exact');
    expect(blog.thresholds).toEqual({ minCoverage: null, minScore: 50, maxWarnings: 9 });
    // rules merged per rule: the severity is replaced, the options kept.
    expect(blog.rules['section-length']).toEqual({ severity: 'warning', options: { max: 400 } });
    expect(blog.rules['readability']).toEqual({ severity: 'off', options: {} });
    // overrides and ignore appended, each relative to its own file's directory.
    const settings = resolveFileSettings(blog, join(root, 'blog/news/a.md'));
    expect(settings.overrides).toEqual([0, 1]);
    expect(settings.match).toBe('sentence');
    expect(settings.rules['readability']!.severity).toBe('warning');
    expect(settings.minScore).toBe(50);
    expect(isIgnored(resolver.forFile(join(root, 'blog/tmp/x.md')), join(root, 'blog/tmp/x.md'))).toBe(true);
    expect(isIgnored(resolver.forFile(join(root, 'tmp/x.md')), join(root, 'tmp/x.md'))).toBe(false);
    expect(isIgnored(resolver.forFile(join(root, 'blog/old/x.md')), join(root, 'blog/old/x.md'))).toBe(true);
  });

  it('stops at the first config with root: true', () => {
    const root = site({
      'seo-audit.config.yaml': 'match: exact\nrules: { readability: off }\n',
      'docs/seo-audit.config.json': '{ "root": true, "keywords": "k.yaml" }',
      'docs/guide/.seo-auditrc.yaml': 'rules: { text-length: off }\n',
    });
    const config = resolverAt(root).forFile(join(root, 'docs/guide/a.md'));
    expect(config.files).toEqual(['docs/seo-audit.config.json', 'docs/guide/.seo-auditrc.yaml']);
    expect(config.match).toBeNull();
    expect(config.rules).toEqual({ 'text-length': { severity: 'off', options: {} } });
  });

  it('caches one config per directory', () => {
    const root = site({ 'seo-audit.config.yaml': 'match: exact\n', 'a/b/x.md': '' });
    const resolver = resolverAt(root);
    const first = resolver.forFile(join(root, 'a/b/x.md'));
    expect(resolver.forFile(join(root, 'a/b/y.md'))).toBe(first);
    expect(resolver.forDirectory(join(root, 'a/b'))).toBe(first);
  });

  it('-c replaces discovery; --no-config uses none', () => {
    const root = site({
      'seo-audit.config.yaml': 'match: exact\n',
      'blog/.seo-auditrc.yaml': 'match: sentence\n',
      'ci/only.yaml': 'keywords: ../kw.yaml\n',
    });
    const explicit = resolverAt(root, 'ci/only.yaml').forFile(join(root, 'blog/a.md'));
    expect(explicit.files).toEqual(['ci/only.yaml']);
    expect(explicit.match).toBeNull();
    expect(explicit.keywords).toBe(join(root, 'kw.yaml'));
    const none = resolverAt(root, null, true).forFile(join(root, 'blog/a.md'));
    expect(none.files).toEqual([]);
    expect(none.match).toBeNull();
  });
});

describe('extends', () => {
  it('applies presets and files in order before the file own keys', () => {
    const root = site({
      'base/shared.yaml': 'keywords: sets/shared.yaml\nmatch: exact\nrules: { readability: [warning, { min: 50 }] }\nignore: ["drafts/**"]\n',
      'seo-audit.config.yaml': 'extends: [seo-audit:strict, ./base/shared.yaml]\nmatch: forms\nrules: { readability: info }\n',
    });
    const config = resolverAt(root).forFile(join(root, 'a.md'));
    expect(config.files).toEqual(['seo-audit:strict', 'base/shared.yaml', 'seo-audit.config.yaml']);
    // The extended file's paths are relative to the extended file.
    expect(config.keywords).toBe(join(root, 'base/sets/shared.yaml'));
    expect(config.match).toBe('forms');
    expect(config.rules['readability']).toEqual({ severity: 'info', options: { min: 50 } });
    // From the strict preset.
    expect(config.rules['heading-increment']).toEqual({ severity: 'error', options: {} });
    expect(config.thresholds).toEqual({ minCoverage: 0.8, minScore: 80, maxWarnings: null });
    expect(isIgnored(config, join(root, 'base/drafts/x.md'))).toBe(true);
    expect(isIgnored(config, join(root, 'drafts/x.md'))).toBe(false);
  });

  it('ships three presets: recommended is the defaults, docs turns keyword rules off', () => {
    expect(PRESET_NAMES).toEqual(['seo-audit:recommended', 'seo-audit:strict', 'seo-audit:docs']);
    expect(presetLayer('seo-audit:recommended', '/').rules).toEqual({});
    const docs = presetLayer('seo-audit:docs', '/').rules;
    expect(Object.keys(docs)).toContain('keyword-missing');
    expect(Object.keys(docs)).toContain('section-keywords');
    expect(Object.keys(docs)).not.toContain('heading-increment');
    for (const setting of Object.values(docs)) expect(setting.severity).toBe('off');
    const strict = presetLayer('seo-audit:strict', '/').rules;
    for (const rule of RULES) {
      expect(strict[rule.id]?.severity ?? rule.defaultSeverity).toBe(rule.defaultSeverity === 'warning' ? 'error' : rule.defaultSeverity);
    }
  });

  it('rejects unknown presets, missing files and cycles, naming the file', () => {
    const root = site({
      'a/seo-audit.config.yaml': 'extends: seo-audit:stricter\n',
      'b/seo-audit.config.yaml': 'extends: [seo-audit:docs, ../nope.yaml]\n',
      'c/seo-audit.config.yaml': 'extends: ./x.yaml\n',
      'c/x.yaml': 'extends: ./seo-audit.config.yaml\n',
    });
    const message = (dir: string) => {
      try {
        resolverAt(root).forFile(join(root, dir, 'a.md'));
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).describe();
      }
      throw new Error('expected an error');
    };
    expect(message('a')).toBe('a/seo-audit.config.yaml: invalid config — extends: unknown preset "seo-audit:stricter" (did you mean "seo-audit:strict"?)');
    expect(message('b')).toBe('b/seo-audit.config.yaml: invalid config — extends[1]: cannot read "../nope.yaml" (no such file)');
    expect(message('c')).toBe(
      'c/x.yaml: invalid config — extends: circular extends (c/seo-audit.config.yaml → c/x.yaml → c/seo-audit.config.yaml)',
    );
  });
});

describe('ignore', () => {
  it('a lone "!" glob re-includes and ignores nothing else', () => {
    const root = site({ 'seo-audit.config.yaml': 'ignore: ["!content/drafts/**"]\n' });
    const config = resolverAt(root).forFile(join(root, 'content/a.md'));
    expect(isIgnored(config, join(root, 'content/a.md'))).toBe(false);
    expect(isIgnored(config, join(root, 'content/drafts/b.md'))).toBe(false);
  });

  it('the last matching glob decides, across configs', () => {
    const root = site({
      'seo-audit.config.yaml': 'ignore: ["content/drafts/**", "!content/drafts/keep-*.md"]\n',
      'content/drafts/.seo-auditrc.yaml': 'ignore: ["keep-old.md"]\n',
    });
    const resolver = resolverAt(root);
    const at = (path: string) => isIgnored(resolver.forFile(join(root, path)), join(root, path));
    expect(at('content/drafts/x.md')).toBe(true);
    expect(at('content/drafts/keep-new.md')).toBe(false);
    expect(at('content/drafts/keep-old.md')).toBe(true);
    expect(at('content/a.md')).toBe(false);
  });

  it('.seo-auditignore files use gitignore syntax relative to their directory', () => {
    const root = site({
      '.seo-auditignore': '# generated pages\n*.generated.md\nbuild/\n',
      'blog/.seo-auditignore': 'private/\n!private/public.md\n/top.md\n',
      'seo-audit.config.yaml': 'ignore: ["!blog/a.generated.md"]\n',
    });
    const resolver = resolverAt(root);
    const at = (path: string) => isIgnored(resolver.forFile(join(root, path)), join(root, path));
    expect(at('x.generated.md')).toBe(true);
    expect(at('blog/deep/y.generated.md')).toBe(true);
    expect(at('docs/build/z.md')).toBe(true);
    expect(at('blog/top.md')).toBe(true);
    expect(at('blog/sub/top.md')).toBe(false);
    expect(at('top.md')).toBe(false);
    // gitignore: a file inside an ignored directory cannot be re-included.
    expect(at('blog/private/public.md')).toBe(true);
    // The config glob (after the root ignore file) re-includes.
    expect(at('blog/a.generated.md')).toBe(false);
  });
});

describe('CLI', () => {
  const article = '---\ntitle: Leg cramps at night and how to stop them quickly\n---\n# Leg cramps\n\nLeg cramps hurt.\n';

  it('uses blog/.seo-auditrc.yaml when run from the repository root', () => {
    const root = site({
      'seo-audit.config.yaml': 'rules: { readability: off }\n',
      'blog/.seo-auditrc.yaml': 'rules: { text-length: error }\n',
      'blog/a.md': article,
      'b.md': article,
    });
    const result = run(['.', '-f', 'json'], { cwd: root });
    const report = JSON.parse(result.stdout) as { files: { path: string; findings: { ruleId: string; severity: string }[] }[] };
    const byPath = new Map(report.files.map((file) => [file.path, file.findings]));
    expect(byPath.get('blog/a.md')!.find((f) => f.ruleId === 'text-length')!.severity).toBe('error');
    expect(byPath.get('b.md')!.find((f) => f.ruleId === 'text-length')!.severity).toBe('warning');
    expect(byPath.get('blog/a.md')!.some((f) => f.ruleId === 'readability')).toBe(false);
    expect(result.code).toBe(1);
  });

  it('"!content/drafts/**" in ignore no longer audits only the drafts', () => {
    const root = site({
      'seo-audit.config.yaml': 'ignore: ["!content/drafts/**"]\n',
      '.seo-auditignore': 'content/drafts/\n',
      'content/a.md': article,
      'content/drafts/d.md': article,
      'content/old/o.md': article,
    });
    const result = run(['content', '-f', 'json'], { cwd: root });
    const paths = (JSON.parse(result.stdout) as { files: { path: string }[] }).files.map((file) => file.path);
    // The ignore file drops the drafts' directory; the config's `!` glob comes later and re-includes them.
    expect(paths).toEqual(['content/a.md', 'content/drafts/d.md', 'content/old/o.md']);
    const onlyIgnoreFile = run(['content', '-f', 'json', '--no-config'], { cwd: root });
    expect((JSON.parse(onlyIgnoreFile.stdout) as { files: { path: string }[] }).files.map((file) => file.path)).toEqual([
      'content/a.md',
      'content/old/o.md',
    ]);
  });

  it('--print-config prints the effective config of one article', () => {
    const root = site({
      'seo-audit.config.yaml': 'extends: [seo-audit:docs]\nkeywords: kw.yaml\nthresholds: { maxWarnings: 3 }\n',
      'guide/.seo-auditrc.json': '{ "rules": { "section-length": ["error", { "max": 200 }] }, "language": "pt-br" }',
      '.seo-auditignore': 'guide/old.md\n',
    });
    const result = run(['--print-config', 'guide/old.md', '--min-score', '60'], { cwd: root });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown> & { rules: Record<string, { severity: string; options: unknown }> };
    expect(printed['configFiles']).toEqual(['seo-audit:docs', 'seo-audit.config.yaml', 'guide/.seo-auditrc.json']);
    expect(printed['ignored']).toBe(true);
    expect(printed['keywords']).toBe('kw.yaml');
    expect(printed['thresholds']).toEqual({ minCoverage: null, minScore: 60, maxWarnings: 3 });
    expect(printed.rules['section-length']).toEqual({ severity: 'error', options: { max: 200 } });
    expect(printed.rules['keyword-missing']!.severity).toBe('off');
    expect(printed['language']).toBe('pt-BR');
    expect(printed['ignore']).toEqual([{ ignoreFile: '.seo-auditignore', patterns: ['guide/old.md'] }]);
    // Deterministic.
    expect(run(['--print-config', 'guide/old.md', '--min-score', '60'], { cwd: root }).stdout).toBe(result.stdout);
  });

  it('says so on stderr when no config applies and no keyword set is given', () => {
    const root = site({ 'a.md': article });
    const bare = run(['a.md', '-f', 'json'], { cwd: root });
    expect(bare.stderr).toBe(
      'seo-audit: no config file applies and no keyword set was given — keyword rules run only for articles that name keywords in front matter (see seo-audit init, -k, --keyword)\n',
    );
    expect(run(['a.md', '-f', 'json', '--keyword', 'leg cramps'], { cwd: root }).stderr).toBe('');
    writeFileSync(join(root, '.seo-auditrc.json'), '{}');
    expect(run(['a.md', '-f', 'json'], { cwd: root }).stderr).toBe('');
  });

  it('an invalid config anywhere in the run is exit 2 naming key and file', () => {
    const root = site({
      'a.md': article,
      'blog/.seo-auditrc.yaml': 'rules:\n  text-lenght: off\n',
      'blog/b.md': article,
    });
    const result = run(['.'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'seo-audit: blog/.seo-auditrc.yaml:2:3: invalid config — rules.text-lenght: unknown rule (did you mean "text-length"?)',
    );
    expect(result.stdout).toBe('');
  });
});
