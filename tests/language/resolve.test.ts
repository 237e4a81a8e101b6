import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageFor, localeFromPath, resolveLanguage } from '../../src/language/index.js';
import { run } from '../helpers/cli.js';

describe('resolveLanguage (SPEC §5 order)', () => {
  const all = {
    config: 'de', frontMatter: 'fr', html: 'es', path: 'site/it/post.md', keywordSet: 'nl',
    text: () =>
      'Kramp in de kuiten komt vaak voor en maakt veel mensen midden in de nacht wakker. De oorzaken zijn niet altijd ' +
      'duidelijk, maar te weinig water drinken en zware inspanning spelen vaak een rol. Wie elke avond de kuiten rekt, ' +
      'heeft na een paar weken meestal minder last.',
  };
  it('takes the first source that names a language', () => {
    expect(resolveLanguage(all)).toMatchObject({ tag: 'de', source: 'config' });
    expect(resolveLanguage({ ...all, config: 'auto' })).toMatchObject({ tag: 'fr', source: 'front-matter' });
    expect(resolveLanguage({ ...all, config: null, frontMatter: null })).toMatchObject({ tag: 'es', source: 'html' });
    expect(resolveLanguage({ ...all, config: null, frontMatter: null, html: null })).toMatchObject({ tag: 'it', source: 'path' });
    expect(resolveLanguage({ ...all, config: null, frontMatter: null, html: null, path: 'post.md' })).toMatchObject({
      tag: 'nl', source: 'keyword-set',
    });
    expect(resolveLanguage({ text: all.text })).toMatchObject({ tag: 'nl', source: 'detected' });
    expect(resolveLanguage({ text: () => 'Too short.' })).toMatchObject({ tag: 'en', source: 'default' });
    expect(resolveLanguage({})).toMatchObject({ tag: 'en', source: 'default' });
  });
  it('ignores values that are no language tag', () => {
    expect(resolveLanguage({ frontMatter: '  ', html: 'not a tag!', keywordSet: 'sv' })).toMatchObject({ tag: 'sv', source: 'keyword-set' });
  });
  it('maps tags to language files by primary subtag; unknown tags get a generic language', () => {
    expect(languageFor('en-GB').code).toBe('en');
    expect(languageFor('zh-Hans-CN').code).toBe('zh');
    expect(languageFor('pt_BR').code).toBe('pt');
    expect(languageFor('no').code).toBe('nb');
    const ko = languageFor('ko');
    expect(ko.code).toBe('ko');
    expect(ko.readability).toBeNull();
    expect(ko.wordForm('단어')).toBe('단어');
  });
  it('finds a locale path segment only for supported languages', () => {
    expect(localeFromPath('content/ja/posts/a.md')).toBe('ja');
    expect(localeFromPath('docs/zh-cn/guide.md')).toBe('zh-cn');
    expect(localeFromPath('site/pt_BR/a.md')).toBe('pt-BR');
    expect(localeFromPath('src/go/readme.md')).toBeNull();
    expect(localeFromPath('fr.md')).toBeNull(); // the file name is not a directory
  });
  it('has every language SPEC §5 requires', () => {
    const codes = LANGUAGES.map((l) => l.code);
    for (const code of ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'sv', 'nb', 'pl', 'ja', 'zh']) expect(codes).toContain(code);
  });
});

describe('language in the JSON report (real CLI)', () => {
  const root = mkdtempSync(join(tmpdir(), 'seo-lang-'));
  const swedish = 'Kramper i benen är vanliga och drabbar många människor varje natt. Det finns flera orsaker till kramper. '.repeat(3);
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('fm.md', '---\nlang: fr-CA\n---\n\n# Titre\n\nBonjour.\n');
  write('page.html', '<html lang="es"><body><p>Hola.</p></body></html>\n');
  write('ja/post.md', '# Title\n\nHello.\n');
  write('sv.md', `# Kramper\n\n${swedish}\n`);
  write('short.md', '# Hi\n\nHello there.\n');
  write('kw/es.yaml', 'language: es\nkeywords: [calambres]\n');
  write('kw/post.md', '# Calambres\n\nLos calambres.\n');

  const languages = (args: string[]) => {
    const result = run([...args, '--no-config', '-f', 'json'], { cwd: root });
    return Object.fromEntries(
      (JSON.parse(result.stdout).files as { path: string; language: string; languageSource: string }[]).map((f) => [
        f.path, `${f.language}/${f.languageSource}`,
      ]),
    );
  };

  it('names the language and where it came from, for each source', () => {
    expect(languages(['fm.md', 'page.html', 'ja/post.md', 'sv.md', 'short.md'])).toEqual({
      'fm.md': 'fr-CA/front-matter',
      'page.html': 'es/html',
      'ja/post.md': 'ja/path',
      'sv.md': 'sv/detected',
      'short.md': 'en/default',
    });
    expect(languages(['kw/post.md', '-k', 'kw/es.yaml'])).toEqual({ 'kw/post.md': 'es/keyword-set' });
  });

  it('config `language` outranks everything', () => {
    writeFileSync(join(root, 'cfg.yaml'), 'language: de\n');
    const result = run(['fm.md', 'page.html', '-c', 'cfg.yaml', '-f', 'json'], { cwd: root });
    const files = JSON.parse(result.stdout).files as { language: string; languageSource: string }[];
    expect(files.map((f) => `${f.language}/${f.languageSource}`)).toEqual(['de/config', 'de/config']);
  });
});
