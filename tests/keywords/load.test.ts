import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import {
  adHocKeywordSet,
  keywordSetFromFrontMatter,
  keywordSetFromText,
  loadKeywordSet,
} from '../../src/keywords/index.js';
import { parseDocument } from '../../src/document/index.js';

const dir = mkdtempSync(join(tmpdir(), 'seo-kw-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The error's one-line form, `file:line:column: what — why`. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.describe();
    if (error instanceof UsageError) return `usage: ${error.message}`;
    throw error;
  }
  throw new Error('expected an error');
}
const yamlError = (text: string) => failure(() => keywordSetFromText(text, 'yaml', 'k.yaml'));

describe('the bundled keyword set', () => {
  const set = loadKeywordSet('keywords/leg-cramps.yaml');
  it('loads every group, its section and the primary', () => {
    expect(set.name).toBe('leg-cramps');
    expect(set.language).toBe('en');
    expect(set.primary).toBe('leg cramps');
    expect(set.density).toEqual({ min: 0.5, max: 3 });
    expect(set.groups.map((g) => [g.name, g.section, g.keywords.length])).toEqual([
      ['core', null, 4], ['causes', 'causes', 3], ['prevention', 'prevention', 2], ['treatment', 'treatment', 3], ['doctor', 'doctor', 1],
    ]);
    expect(set.keywords).toHaveLength(13);
    expect(set.keywords.filter((k) => k.primary).map((k) => k.phrase)).toEqual(['leg cramps']);
    expect(set.keywords[0]).toEqual({ phrase: 'leg cramps', group: 'core', primary: true, match: 'forms', min: 1, max: null, weight: 1, quoted: false });
    expect(set.warnings).toEqual([]);
    expect(set.source).toBe('keywords/leg-cramps.yaml');
  });

  it('reads the same set from JSON', () => {
    const json = file('set.json', JSON.stringify({
      name: 'leg-cramps', language: 'en', primary: 'leg cramps', density: { min: 0.5, max: 3 },
      groups: Object.fromEntries(set.groups.map((g) => [g.name, { ...(g.section ? { section: g.section } : {}), keywords: g.keywords.map((k) => k.phrase) }])),
    }, null, 2));
    const fromJson = loadKeywordSet(json);
    expect({ ...fromJson, source: '' }).toEqual({ ...set, source: '' });
  });
});

describe('keyword fields and defaults', () => {
  it('applies defaults and reads keyword mappings', () => {
    const set = keywordSetFromText(
      'keywords:\n  - leg cramps\n  - { phrase: calf pain, match: sentence, min: 2, max: 5, weight: 0.5 }\n',
      'yaml', 'posts/k.yaml',
    );
    expect(set.name).toBe('k');
    expect(set.density).toEqual({ min: 0.5, max: 3 });
    expect(set.keywords[1]).toEqual({ phrase: 'calf pain', group: null, primary: false, match: 'sentence', min: 2, max: 5, weight: 0.5, quoted: false });
    expect(set.primary).toBe('leg cramps'); // no `primary`: the first keyword
  });

  it('matches a phrase in straight or curly double quotes exact only', () => {
    const set = keywordSetFromText('keywords: [\'"leg cramps"\', "\u201Cmuscle cramps\u201D", { phrase: \'"calf"\', match: exact }]\n', 'yaml', 'k.yaml');
    expect(set.keywords.map((k) => [k.phrase, k.quoted, k.match])).toEqual([
      ['leg cramps', true, 'exact'], ['muscle cramps', true, 'exact'], ['calf', true, 'exact'],
    ]);
  });

  it('adds a primary that is not in the set as an ungrouped keyword, last', () => {
    const set = keywordSetFromText('primary: Leg Cramps\ngroups:\n  a: { keywords: [calf pain] }\nkeywords: [night cramps]\n', 'yaml', 'k.yaml');
    expect(set.keywords.map((k) => [k.phrase, k.group, k.primary])).toEqual([
      ['calf pain', 'a', false], ['night cramps', null, false], ['Leg Cramps', null, true],
    ]);
    // A primary that is in the set (by normalised words) marks that keyword instead.
    const same = keywordSetFromText('primary: NIGHT cramps\nkeywords: [leg, night cramps]\n', 'yaml', 'k.yaml');
    expect(same.keywords.map((k) => k.primary)).toEqual([false, true]);
    expect(same.primary).toBe('night cramps');
  });

  it('warns about a phrase made only of function words', () => {
    const set = keywordSetFromText('keywords: [leg cramps, how to]\n', 'yaml', 'k.yaml');
    expect(set.warnings).toEqual(['keywords[1]: "how to" has only function words; sentence mode matches all of its words']);
  });
});

describe('invalid YAML and JSON sets: one error with file, line, column and key', () => {
  const cases: [string, string, string][] = [
    ['unknown top-level key', 'name: x\nkeyword: [a]\n', 'k.yaml:2:1: invalid keyword set — keyword: unknown key (expected one of name, language, primary, density, groups, keywords)'],
    ['name not a string', 'name: [a]\nkeywords: [a]\n', 'k.yaml:1:7: invalid keyword set — name: expected a string, got a list'],
    ['language not a string', 'language: 5\n', 'k.yaml:1:11: invalid keyword set — language: expected a string, got a number'],
    ['primary not a string', 'primary: { a: 1 }\nkeywords: [a]\n', 'k.yaml:1:10: invalid keyword set — primary: expected a string, got a mapping'],
    ['primary without words', 'primary: "--"\nkeywords: [a]\n', 'k.yaml:1:10: invalid keyword set — primary: phrase "--" has no words'],
    ['empty phrase', 'keywords:\n  - leg\n  - ""\n', 'k.yaml:3:5: invalid keyword set — keywords[1]: empty phrase'],
    ['null phrase', 'keywords:\n  - leg\n  -\n  - arm\n', 'k.yaml:3:4: invalid keyword set — keywords[1]: expected a phrase (a string or a mapping with phrase), got nothing'],
    ['word-less phrase', 'keywords: [leg, "?!"]\n', 'k.yaml:1:17: invalid keyword set — keywords[1]: phrase "?!" has no words'],
    ['empty quoted phrase', 'keywords: [\'""\']\n', 'k.yaml:1:12: invalid keyword set — keywords[0]: empty phrase'],
    ['number as phrase', 'keywords: [leg, 2024]\n', 'k.yaml:1:17: invalid keyword set — keywords[1]: expected a phrase (a string or a mapping with phrase), got a number'],
    ['duplicate phrase by normalised words', 'groups:\n  a:\n    keywords: [Leg Cramps]\n  b:\n    keywords: [leg  cramps]\n',
      'k.yaml:5:16: invalid keyword set — groups.b.keywords[0]: duplicate phrase "leg  cramps" (first at groups.a.keywords[0], line 3)'],
    ['duplicate with diacritics', 'keywords: [café, cafe]\n', 'k.yaml:1:18: invalid keyword set — keywords[1]: duplicate phrase "cafe" (first at keywords[0], line 1)'],
    ['groups not a mapping', 'groups: [a]\n', 'k.yaml:1:9: invalid keyword set — groups: expected a mapping of group names, got a list'],
    ['group not a mapping', 'groups:\n  a: 3\n', 'k.yaml:2:6: invalid keyword set — groups.a: expected a mapping with section and keywords, got a number'],
    ['unknown group key', 'groups:\n  a:\n    sections: x\n', 'k.yaml:3:5: invalid keyword set — groups.a.sections: unknown key (expected one of section, keywords)'],
    ['section not a string', 'groups:\n  a:\n    section: [causes]\n    keywords: [x]\n', 'k.yaml:3:14: invalid keyword set — groups.a.section: expected a string, got a list'],
    ['section without words', 'groups:\n  a:\n    section: "#"\n', 'k.yaml:3:14: invalid keyword set — groups.a.section: section has no words'],
    ['group keywords not a list', 'groups:\n  a:\n    keywords: leg\n', 'k.yaml:3:15: invalid keyword set — groups.a.keywords: expected a list, got a string'],
    ['keywords not a list', 'keywords: { a: 1 }\n', 'k.yaml:1:11: invalid keyword set — keywords: expected a list, got a mapping'],
    ['unknown keyword key', 'keywords:\n  - { phrase: a, count: 2 }\n', 'k.yaml:2:18: invalid keyword set — keywords[0].count: unknown key (expected one of phrase, match, min, max, weight)'],
    ['missing phrase', 'keywords:\n  - { min: 2 }\n', 'k.yaml:2:5: invalid keyword set — keywords[0]: missing phrase'],
    ['phrase not a string', 'keywords:\n  - { phrase: [a] }\n', 'k.yaml:2:15: invalid keyword set — keywords[0].phrase: expected a string, got a list'],
    ['min > max', 'keywords:\n  - { phrase: a, min: 3, max: 2 }\n', 'k.yaml:2:5: invalid keyword set — keywords[0]: min 3 is greater than max 2'],
    ['min not an integer', 'keywords:\n  - { phrase: a, min: 1.5 }\n', 'k.yaml:2:23: invalid keyword set — keywords[0].min: expected a non-negative integer, got 1.5'],
    ['max negative', 'keywords:\n  - { phrase: a, max: -1 }\n', 'k.yaml:2:23: invalid keyword set — keywords[0].max: expected a non-negative integer, got -1'],
    ['min a string', 'keywords:\n  - { phrase: a, min: two }\n', 'k.yaml:2:23: invalid keyword set — keywords[0].min: expected a non-negative integer, got a string'],
    ['zero weight', 'keywords:\n  - { phrase: a, weight: 0 }\n', 'k.yaml:2:26: invalid keyword set — keywords[0].weight: expected a positive number, got 0'],
    ['negative weight', 'keywords:\n  - { phrase: a, weight: -2 }\n', 'k.yaml:2:26: invalid keyword set — keywords[0].weight: expected a positive number, got -2'],
    ['unknown match', 'keywords:\n  - { phrase: a, match: fuzzy }\n', 'k.yaml:2:25: invalid keyword set — keywords[0].match: expected one of exact, forms, sentence, got "fuzzy"'],
    ['quoted phrase with another mode', 'keywords:\n  - { phrase: \'"a b"\', match: forms }\n', 'k.yaml:2:31: invalid keyword set — keywords[0].match: a quoted phrase is always matched exact, not forms'],
    ['density min > max', 'density: { min: 4, max: 3 }\n', 'k.yaml:1:10: invalid keyword set — density: min 4 is greater than max 3'],
    ['density negative', 'density: { min: -1 }\n', 'k.yaml:1:17: invalid keyword set — density.min: expected a non-negative number (percent), got -1'],
    ['density unknown key', 'density: { low: 1 }\n', 'k.yaml:1:12: invalid keyword set — density.low: unknown key (expected one of min, max)'],
    ['density not a mapping', 'density: 2\n', 'k.yaml:1:10: invalid keyword set — density: expected a mapping with min and max, got a number'],
    ['root is a list', '- a\n- b\n', 'k.yaml:1:1: invalid keyword set — (root): expected a mapping with groups or keywords, got a list'],
    ['empty file', '', 'k.yaml: invalid keyword set — (root): expected a mapping with groups or keywords, got nothing'],
    ['syntax error', 'keywords: [a, b\n', 'k.yaml:2:1: invalid keyword set — syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['duplicate YAML key', 'name: x\nname: y\n', 'k.yaml:2:1: invalid keyword set — duplicate key: Map keys must be unique'],
    ['tab indentation', 'keywords:\n\t- a\n', 'k.yaml:2:1: invalid keyword set — syntax error: Tabs are not allowed as indentation'],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    expect(yamlError(text)).toBe(message);
  });

  it('points into JSON files too', () => {
    const path = file('bad.json', '{\n  "name": "x",\n  "groups": {\n    "a": { "section": 7 }\n  }\n}\n');
    expect(failure(() => loadKeywordSet(path))).toBe(`${path}:4:23: invalid keyword set — groups.a.section: expected a string, got a number`);
    const dup = file('dup.json', '{\n  "keywords": ["leg cramps", "Leg Cramps"]\n}\n');
    expect(failure(() => loadKeywordSet(dup))).toBe(`${dup}:2:30: invalid keyword set — keywords[1]: duplicate phrase "Leg Cramps" (first at keywords[0], line 2)`);
    const broken = file('broken.json', '{ "keywords": [1, }');
    expect(failure(() => loadKeywordSet(broken))).toMatch(/^.*broken\.json:1:19: invalid keyword set — syntax error: /);
  });
});

describe('TXT sets', () => {
  it('reads one keyword a line with comments, blank lines, quotes, BOM and CRLF', () => {
    const path = file('set.txt', '\uFEFF# leg cramps set\r\nleg cramps\r\n\r\n  nocturnal leg cramps  # night\r\n"calf"\r\nC# basics\r\n');
    const set = loadKeywordSet(path);
    expect(set.keywords.map((k) => [k.phrase, k.primary, k.quoted, k.match])).toEqual([
      ['leg cramps', true, false, 'forms'], ['nocturnal leg cramps', false, false, 'forms'], ['calf', false, true, 'exact'], ['C# basics', false, false, 'forms'],
    ]);
    expect(set.name).toBe('set');
    expect(set.groups).toEqual([]);
  });

  it('reports a duplicate with its line', () => {
    expect(failure(() => keywordSetFromText('leg cramps\n# x\n\n  Leg-Cramps\n', 'txt', 'k.txt'))).toBe(
      'k.txt:4:3: invalid keyword set — line 4: duplicate phrase "Leg-Cramps" (first at line 1)',
    );
    expect(failure(() => keywordSetFromText('leg\n---\n', 'txt', 'k.txt'))).toBe('k.txt:2:1: invalid keyword set — line 2: phrase "---" has no words');
  });

  it('an empty TXT set has no keywords and no primary', () => {
    const set = keywordSetFromText('# nothing yet\n', 'txt', 'k.txt');
    expect(set.keywords).toEqual([]);
    expect(set.primary).toBeNull();
  });
});

describe('reading files', () => {
  it('rejects an unknown extension, a missing file and a binary file', () => {
    expect(failure(() => loadKeywordSet('keywords/set.csv'))).toBe('keywords/set.csv: invalid keyword set — unknown file type ".csv" (expected .yaml, .yml, .json or .txt)');
    expect(failure(() => loadKeywordSet(join(dir, 'missing.yaml')))).toBe(`${join(dir, 'missing.yaml')}: cannot read keyword set — no such file`);
    const binary = file('bin.yml', Buffer.from([0x6b, 0x3a, 0x00, 0x01]));
    expect(failure(() => loadKeywordSet(binary))).toBe(`${binary}: invalid keyword set — binary file (contains NUL bytes)`);
    expect(failure(() => loadKeywordSet(dir + '/'))).toMatch(/unknown file type/);
  });
});

describe('front matter', () => {
  it('reads keywords and the primary', () => {
    const set = keywordSetFromFrontMatter({ title: 'x', keywords: ['leg cramps', { phrase: 'calf pain', min: 2 }], keyword: 'night cramps' }, 'post.md')!;
    expect(set.keywords.map((k) => [k.phrase, k.primary, k.min])).toEqual([['leg cramps', false, 1], ['calf pain', false, 2], ['night cramps', true, 1]]);
    expect(set.source).toBe('post.md');
  });

  it('accepts a comma-separated string and a lone primary; null without either', () => {
    expect(keywordSetFromFrontMatter({ keywords: 'leg cramps, calf pain' }, 'p.md')!.keywords.map((k) => k.phrase)).toEqual(['leg cramps', 'calf pain']);
    expect(keywordSetFromFrontMatter({ keyword: 'leg cramps' }, 'p.md')!.primary).toBe('leg cramps');
    expect(keywordSetFromFrontMatter({ title: 'x' }, 'p.md')).toBeNull();
  });

  it('names the key of a bad value', () => {
    expect(failure(() => keywordSetFromFrontMatter({ keywords: 5 }, 'p.md'))).toBe('p.md: invalid keyword set — keywords: expected a list, got a number');
    expect(failure(() => keywordSetFromFrontMatter({ keywords: ['a', 'A'] }, 'p.md'))).toBe('p.md: invalid keyword set — keywords[1]: duplicate phrase "A" (first at keywords[0])');
    expect(failure(() => keywordSetFromFrontMatter({ keyword: ['a'] }, 'p.md'))).toBe('p.md: invalid keyword set — keyword: expected a string, got a list');
  });
});

describe('ad-hoc --keyword sets', () => {
  it('makes the first phrase primary', () => {
    const set = adHocKeywordSet(['leg cramps', '"calf"', 'Leg Cramps']);
    expect(set.keywords.map((k) => [k.phrase, k.primary, k.quoted])).toEqual([['leg cramps', true, false], ['calf', false, true]]);
    expect(set.source).toBe('command line');
  });

  it('extends a set, keeping its primary and skipping phrases it has', () => {
    const base = keywordSetFromText('primary: muscle cramps\nkeywords: [leg cramps, muscle cramps]\n', 'yaml', 'k.yaml');
    const set = adHocKeywordSet(['night cramps', 'LEG CRAMPS'], base);
    expect(set.keywords.map((k) => [k.phrase, k.primary])).toEqual([['leg cramps', false], ['muscle cramps', true], ['night cramps', false]]);
    expect(set.primary).toBe('muscle cramps');
    expect(base.keywords).toHaveLength(2); // the base set is not changed
  });

  it('rejects a phrase without words', () => {
    expect(failure(() => adHocKeywordSet(['...']))).toBe('usage: --keyword "...": the phrase has no words');
  });
});

describe('keyword-set files and front matter positions', () => {
  it('a keyword-set file without any keyword is an error, in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-kw-empty-'));
    const cases: [string, string][] = [
      ['empty.txt', '# nothing yet\n\n'],
      ['empty.yaml', 'name: nothing\ngroups: {}\n'],
      ['empty.json', '{"keywords": []}\n'],
    ];
    for (const [name, text] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      expect(failure(() => loadKeywordSet(file))).toBe(`${file}: invalid keyword set — the set has no keywords (add at least one phrase)`);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('front-matter keyword errors point at the offending line and column of the article', () => {
    const at = (source: string, file: string): string => {
      const document = parseDocument(source, 'markdown', file);
      return failure(() => keywordSetFromFrontMatter(document.frontMatter!, file, document.frontMatterYaml ?? undefined));
    };
    // Line 5 is "  - phrase: 42"; the value 42 starts at column 13.
    expect(at('---\ntitle: Cramps\nkeywords:\n  - leg cramps\n  - phrase: 42\n---\n\n# Cramps\n', 'a.md')).toBe(
      'a.md:5:13: invalid keyword set — keywords[1].phrase: expected a string, got a number',
    );
    // keywords: 7 → the value on line 3, column 11 (CRLF line endings count the same).
    expect(at('---\r\ntitle: x\r\nkeywords: 7\r\n---\r\n', 'b.md')).toBe(
      'b.md:3:11: invalid keyword set — keywords: expected a list, got a number',
    );
  });
});
