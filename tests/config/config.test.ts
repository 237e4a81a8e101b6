import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONFIG_FILE_NAMES,
  closest,
  configRelativePath,
  defaultConfig,
  discoverConfig,
  isIgnored,
  loadConfig,
  loadConfigFor,
  parsePercentOrRatio,
  resolveFileSettings,
  resolveThresholds,
} from '../../src/config/index.js';
import type { Config } from '../../src/config/index.js';
import { InputError, UsageError } from '../../src/errors.js';
import { RULES } from '../../src/rules/registry.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seo-audit-config-'));
  roots.push(dir);
  return dir;
}

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Writes `text` as a config file and returns the InputError that loading it throws, described. */
function configError(text: string, name = 'seo-audit.config.yaml'): string {
  const file = write(join(tempDir(), name), text);
  try {
    loadConfig(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).describe().replace(file, '<file>');
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

function load(text: string, name = 'seo-audit.config.yaml'): Config {
  return loadConfig(write(join(tempDir(), name), text));
}

describe('discoverConfig', () => {
  it('checks the names of one directory in the documented order', () => {
    const dir = tempDir();
    for (const name of CONFIG_FILE_NAMES) {
      write(join(dir, name), name === 'package.json' ? '{"seo-audit": {}}' : '{}');
    }
    const expected = [
      'seo-audit.config.json',
      'seo-audit.config.yaml',
      'seo-audit.config.yml',
      '.seo-auditrc.json',
      '.seo-auditrc.yaml',
      '.seo-auditrc.yml',
      'package.json',
    ];
    // Remove the winner each time: the next name in the order must take over.
    for (const name of expected) {
      expect(discoverConfig(dir)).toBe(join(dir, name));
      unlinkSync(join(dir, name));
    }
    expect(discoverConfig(dir)).toBeNull();
  });

  it('takes the nearest directory, searching upward', () => {
    const root = tempDir();
    write(join(root, 'seo-audit.config.json'), '{}');
    write(join(root, 'a/.seo-auditrc.yml'), '');
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    mkdirSync(join(root, 'x/y'), { recursive: true });
    // A lower-priority name in a nearer directory beats a higher-priority one further up.
    expect(discoverConfig(join(root, 'a/b/c'))).toBe(join(root, 'a/.seo-auditrc.yml'));
    expect(discoverConfig(join(root, 'a'))).toBe(join(root, 'a/.seo-auditrc.yml'));
    expect(discoverConfig(join(root, 'x/y'))).toBe(join(root, 'seo-audit.config.json'));
  });

  it('skips a package.json without a "seo-audit" key (or that is not valid JSON)', () => {
    const root = tempDir();
    write(join(root, '.seo-auditrc.json'), '{}');
    write(join(root, 'pkg/package.json'), '{"name": "pkg"}');
    write(join(root, 'broken/package.json'), '{"seo-audit": ');
    write(join(root, 'keyed/package.json'), '{"name": "keyed", "seo-audit": {"match": "exact"}}');
    expect(discoverConfig(join(root, 'pkg'))).toBe(join(root, '.seo-auditrc.json'));
    expect(discoverConfig(join(root, 'broken'))).toBe(join(root, '.seo-auditrc.json'));
    expect(discoverConfig(join(root, 'keyed'))).toBe(join(root, 'keyed/package.json'));
  });

  it('ignores a directory that happens to carry a config name', () => {
    const root = tempDir();
    mkdirSync(join(root, 'seo-audit.config.json'));
    write(join(root, '.seo-auditrc.yaml'), '');
    expect(discoverConfig(root)).toBe(join(root, '.seo-auditrc.yaml'));
  });

  it('finds the repository config from the fixtures directory', () => {
    expect(discoverConfig(resolve('fixtures'))).toBe(resolve('seo-audit.config.yaml'));
  });
});

describe('loadConfig', () => {
  it('reads the repository config, resolving keywords against its directory', () => {
    const config = loadConfig('seo-audit.config.yaml');
    expect(config).toEqual({
      ...defaultConfig(resolve('.')),
      file: 'seo-audit.config.yaml',
      files: ['seo-audit.config.yaml'],
      keywords: resolve('keywords/leg-cramps.yaml'),
      match: 'forms',
    });
  });

  it('reads the full SPEC §3 example', () => {
    const config = load(
      [
        'keywords: keywords/leg-cramps.yaml',
        'match: forms',
        'thresholds: { minCoverage: 0.8, minScore: 70, maxWarnings: 50 }',
        'rules: { heading-increment: error, section-length: [warning, { max: 300 }], readability: off }',
        'ignore: ["drafts/**"]',
        'overrides:',
        '  - files: ["posts/running/**"]',
        '    keywords: keywords/running.yaml',
        '',
      ].join('\n'),
    );
    expect(config.keywords).toBe(join(config.dir, 'keywords/leg-cramps.yaml'));
    expect(config.match).toBe('forms');
    expect(config.thresholds).toEqual({ minCoverage: 0.8, minScore: 70, maxWarnings: 50 });
    expect(config.rules).toEqual({
      'heading-increment': { severity: 'error', options: {} },
      'section-length': { severity: 'warning', options: { max: 300 } },
      readability: { severity: 'off', options: {} },
    });
    expect(config.ignore).toEqual([{ kind: 'glob', pattern: 'drafts/**', base: config.dir, source: config.file }]);
    expect(config.overrides).toEqual([
      { files: ['posts/running/**'], base: config.dir, keywords: join(config.dir, 'keywords/running.yaml') },
    ]);
  });

  it('reads JSON with the same meaning', () => {
    const config = load(
      '{\n\t"match": "sentence",\n\t"thresholds": {"minCoverage": "75%"},\n\t"rules": {"readability": ["info"]}\n}\n',
      'seo-audit.config.json',
    );
    expect(config.match).toBe('sentence');
    expect(config.thresholds.minCoverage).toBe(0.75);
    expect(config.rules).toEqual({ readability: { severity: 'info', options: {} } });
  });

  it('treats an empty or comment-only file as an empty config', () => {
    for (const text of ['', '# nothing yet\n', '\n\n']) {
      const config = load(text);
      expect({ ...config, file: null, files: [], dir: '' }).toEqual({ ...defaultConfig('/'), dir: '' });
      expect(config.file).not.toBeNull();
    }
  });

  it('accepts a BOM and CRLF line ends', () => {
    const config = load('\ufeffmatch: exact\r\nkeywords: k.yaml\r\n');
    expect(config.match).toBe('exact');
    expect(config.keywords).toBe(join(config.dir, 'k.yaml'));
  });

  it('resolves keyword paths against the config file, not the working directory', () => {
    const root = tempDir();
    const file = write(
      join(root, 'conf/seo.yaml'),
      'keywords: ../keywords/a.yaml\noverrides:\n  - files: ["x/**"]\n    keywords: sets/b.yaml\n',
    );
    const config = loadConfig(relative(process.cwd(), file));
    expect(config.dir).toBe(join(root, 'conf'));
    expect(config.keywords).toBe(join(root, 'keywords/a.yaml'));
    expect(config.overrides[0]!.keywords).toBe(join(root, 'conf/sets/b.yaml'));
  });

  it('reads the "seo-audit" key of package.json with positions inside package.json', () => {
    const root = tempDir();
    const pkg = write(join(root, 'package.json'), '{\n  "name": "blog",\n  "seo-audit": { "match": "exact", "ignore": ["drafts/**"] }\n}\n');
    const config = loadConfig(pkg);
    expect(config.match).toBe('exact');
    expect(config.ignore.map((entry) => entry.kind === 'glob' && entry.pattern)).toEqual(['drafts/**']);

    // `    "mach"` starts at column 5 of line 4.
    const bad = configError('{\n  "name": "blog",\n  "seo-audit": {\n    "mach": "exact"\n  }\n}\n', 'package.json');
    expect(bad).toBe('<file>:4:5: invalid config — mach: unknown key (did you mean "match"?)');
    expect(configError('{\n  "name": "blog",\n  "seo-audit": []\n}\n', 'package.json')).toBe(
      '<file>:3:16: invalid config — seo-audit: must be a mapping of config keys',
    );
    expect(configError('{"name": "blog"}', 'package.json')).toBe(
      '<file>: invalid config — package.json has no "seo-audit" key',
    );
  });
});

describe('config errors name the key, the file, the line and the column', () => {
  const cases: [string, string, string][] = [
    // [what, config text, expected describe() with the path replaced by <file>]
    [
      'unknown top-level key',
      'keywords: a.yaml\ncolour: 1\n',
      '<file>:2:1: invalid config — colour: unknown key (allowed keys: keywords, match, thresholds, rules, ignore, overrides, extends, root, titleAsH1, mdx, templates, language, frontMatter, site)',
    ],
    ['misspelt top-level key', 'thresold: {}\n', '<file>:1:1: invalid config — thresold: unknown key (did you mean "thresholds"?)'],
    [
      'unknown nested key',
      'thresholds:\n  minCoverage: 0.8\n  maxWarning: 3\n',
      '<file>:3:3: invalid config — thresholds.maxWarning: unknown key (did you mean "maxWarnings"?)',
    ],
    ['keywords not a string', 'keywords: 3\n', '<file>:1:11: invalid config — keywords: must be a non-empty string'],
    ['keywords empty', 'keywords: ""\n', '<file>:1:11: invalid config — keywords: must be a non-empty string'],
    ['bad match', 'match: fuzzy\n', '<file>:1:8: invalid config — match: must be one of exact, forms, sentence (got "fuzzy")'],
    ['match not a string', 'match: [forms]\n', '<file>:1:8: invalid config — match: must be one of exact, forms, sentence'],
    ['thresholds not a mapping', 'thresholds: 5\n', '<file>:1:13: invalid config — thresholds: must be a mapping'],
    [
      'minCoverage above 1 without %',
      'thresholds: { minCoverage: 80 }\n',
      '<file>:1:28: invalid config — thresholds.minCoverage: must be a number between 0 and 1 or a percentage like "80%"',
    ],
    [
      'minCoverage above 100%',
      'thresholds:\n  minCoverage: 120%\n',
      '<file>:2:16: invalid config — thresholds.minCoverage: must be a number between 0 and 1 or a percentage like "80%"',
    ],
    [
      'minCoverage not a number',
      'thresholds:\n  minCoverage: most\n',
      '<file>:2:16: invalid config — thresholds.minCoverage: must be a number between 0 and 1 or a percentage like "80%"',
    ],
    ['minScore out of range', 'thresholds:\n  minScore: 101\n', '<file>:2:13: invalid config — thresholds.minScore: must be a number between 0 and 100'],
    ['minScore a string', 'thresholds:\n  minScore: "70"\n', '<file>:2:13: invalid config — thresholds.minScore: must be a number between 0 and 100'],
    ['maxWarnings fractional', 'thresholds:\n  maxWarnings: 2.5\n', '<file>:2:16: invalid config — thresholds.maxWarnings: must be an integer >= 0'],
    ['maxWarnings negative', 'thresholds:\n  maxWarnings: -1\n', '<file>:2:16: invalid config — thresholds.maxWarnings: must be an integer >= 0'],
    ['rules not a mapping', 'rules: [readability]\n', '<file>:1:8: invalid config — rules: must be a mapping'],
    [
      'bad severity',
      'rules:\n  heading-increment: warn\n',
      '<file>:2:22: invalid config — rules.heading-increment: severity must be one of error, warning, info, off (got "warn")',
    ],
    [
      'bad severity in an array',
      'rules:\n  section-length: [warn, { max: 3 }]\n',
      '<file>:2:20: invalid config — rules.section-length[0]: severity must be one of error, warning, info, off (got "warn")',
    ],
    [
      'unknown rule id with a close match',
      'rules:\n  heading-incremnt: error\n',
      '<file>:2:3: invalid config — rules.heading-incremnt: unknown rule (did you mean "heading-increment"?)',
    ],
    [
      'unknown rule id without a close match',
      'rules:\n  spelling: error\n',
      '<file>:2:3: invalid config — rules.spelling: unknown rule (run `seo-audit rules` to list them)',
    ],
    [
      'rule option out of range',
      // `  section-length: [warning, { max: ` is 35 characters, so the 0 is at column 36.
      'rules:\n  section-length: [warning, { max: 0 }]\n',
      '<file>:2:36: invalid config — rules.section-length[1].max: option "max" of rule "section-length" must be at least 1, not 0',
    ],
    [
      'unknown rule option',
      // The value is pointed at: `  section-length: [warning, { maxx: ` is 36 characters.
      'rules:\n  section-length: [warning, { maxx: 3 }]\n',
      '<file>:2:37: invalid config — rules.section-length[1].maxx: rule "section-length" has no option "maxx" (known options: max)',
    ],
    [
      'rule options not a mapping',
      'rules:\n  section-length: [warning, 300]\n',
      '<file>:2:29: invalid config — rules.section-length[1]: must be a mapping',
    ],
    [
      'rule setting of the wrong type',
      'rules:\n  section-length: 3\n',
      '<file>:2:19: invalid config — rules.section-length: must be a severity or [severity] or [severity, { options }]',
    ],
    [
      'rule setting array too long',
      'rules:\n  section-length: [warning, {}, 1]\n',
      '<file>:2:19: invalid config — rules.section-length: must be a severity or [severity] or [severity, { options }]',
    ],
    ['ignore a string, not an array', 'ignore: "drafts/**"\n', '<file>:1:9: invalid config — ignore: must be an array of glob strings'],
    // `ignore: ["drafts/**", ` is 8 + 14 = 22 characters, so the 3 is at column 23.
    ['ignore entry of the wrong type', 'ignore: ["drafts/**", 3]\n', '<file>:1:23: invalid config — ignore[1]: must be a non-empty glob string'],
    [
      'overrides not an array',
      'overrides: { files: ["a/**"] }\n',
      '<file>:1:12: invalid config — overrides: must be an array of { files, keywords, match, rules }',
    ],
    ['override without files', 'overrides:\n  - keywords: a.yaml\n', '<file>:2:5: invalid config — overrides[0].files: is required'],
    [
      'override files a string',
      'overrides:\n  - files: "posts/**"\n',
      '<file>:2:12: invalid config — overrides[0].files: must be an array of glob strings',
    ],
    ['override files empty', 'overrides:\n  - files: []\n', '<file>:2:12: invalid config — overrides[0].files: must list at least one glob'],
    [
      'override glob of the wrong type',
      'overrides:\n  - files: ["a/**"]\n  - files: [true]\n',
      '<file>:3:13: invalid config — overrides[1].files[0]: must be a non-empty glob string',
    ],
    [
      'unknown override key',
      'overrides:\n  - files: ["a/**"]\n    ignore: ["b"]\n',
      '<file>:3:5: invalid config — overrides[0].ignore: unknown key (allowed keys: files, keywords, match, rules)',
    ],
    [
      'bad match in an override',
      'overrides:\n  - files: ["a/**"]\n    match: loose\n',
      '<file>:3:12: invalid config — overrides[0].match: must be one of exact, forms, sentence (got "loose")',
    ],
    [
      'bad rule in an override',
      'overrides:\n  - files: ["a/**"]\n    rules: { readability: maybe }\n',
      '<file>:3:27: invalid config — overrides[0].rules.readability: severity must be one of error, warning, info, off (got "maybe")',
    ],
    ['a list instead of a mapping', '- keywords\n- match\n', '<file>:1:1: invalid config — (root): must be a mapping of config keys'],
    ['a bare scalar', 'keywords.yaml\n', '<file>:1:1: invalid config — (root): must be a mapping of config keys'],
    [
      'YAML syntax error',
      'keywords: a.yaml\nmatch: [forms\nrules: {}\n',
      '<file>:3:1: invalid config — syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['duplicate key', 'match: exact\nmatch: forms\n', '<file>:2:1: invalid config — syntax error: Map keys must be unique'],
  ];

  it.each(cases)('%s', (_what, text, expected) => {
    expect(configError(text)).toBe(expected);
  });

  it('reports a JSON syntax error where the parser gave up', () => {
    // The closing brace of the outer object is missing: the parser reaches the end (line 5, column 1).
    expect(configError('{\n  "match": "forms",\n  "rules": {\n}\n', 'seo-audit.config.json')).toBe(
      '<file>:5:1: invalid config — syntax error: Flow map must end with a }',
    );
  });

  it('keeps what and why apart for the CLI', () => {
    const file = write(join(tempDir(), '.seo-auditrc.yaml'), 'match: fuzzy\n');
    try {
      loadConfig(file);
      expect.unreachable();
    } catch (error) {
      const inputError = error as InputError;
      expect(inputError.what).toBe('invalid config');
      expect(inputError.why).toBe('match: must be one of exact, forms, sentence (got "fuzzy")');
      expect(inputError.location).toEqual({ file, line: 1, column: 8 });
    }
  });

  it('never crashes on arbitrary text: it either loads or throws an InputError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const file = write(join(tempDir(), 'seo-audit.config.yaml'), text);
        try {
          loadConfig(file);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('loadConfigFor', () => {
  it('uses --config relative to cwd and names it as given', () => {
    const root = tempDir();
    write(join(root, 'seo-audit.config.yaml'), 'match: forms\n');
    write(join(root, 'ci/strict.yaml'), 'match: exact\n');
    const config = loadConfigFor(root, 'ci/strict.yaml');
    expect(config.file).toBe('ci/strict.yaml');
    expect(config.match).toBe('exact');
    expect(config.dir).toBe(join(root, 'ci'));
  });

  it('rejects a missing or unreadable explicit config', () => {
    const root = tempDir();
    mkdirSync(join(root, 'dir.yaml'));
    const describeError = (explicit: string): string => {
      try {
        loadConfigFor(root, explicit);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).describe();
      }
      throw new Error('expected an error');
    };
    expect(describeError('nope.yaml')).toBe('nope.yaml: cannot read config — no such file');
    expect(describeError('dir.yaml')).toBe('dir.yaml: cannot read config — is a directory');
  });

  it('discovers upward and names the file relative to cwd', () => {
    const root = tempDir();
    write(join(root, '.seo-auditrc.json'), '{"keywords": "kw.yaml"}');
    mkdirSync(join(root, 'posts/2024'), { recursive: true });
    const config = loadConfigFor(join(root, 'posts/2024'));
    expect(config.file).toBe('../../.seo-auditrc.json');
    expect(config.dir).toBe(root);
    // Relative to the config's directory, not to where the run started.
    expect(config.keywords).toBe(join(root, 'kw.yaml'));
  });

  it('--no-config ignores a discovered file; nothing found gives the defaults', () => {
    const root = tempDir();
    write(join(root, 'seo-audit.config.yaml'), 'match: exact\n');
    expect(loadConfigFor(root, null, true)).toEqual(defaultConfig(root));
    const empty = join(tempDir(), 'empty');
    mkdirSync(empty);
    expect(discoverConfig(empty)).toBeNull();
    expect(loadConfigFor(empty)).toEqual(defaultConfig(empty));
    expect(defaultConfig(empty)).toEqual({
      file: null,
      files: [],
      dir: empty,
      keywords: null,
      match: null,
      thresholds: { minCoverage: null, minScore: null, maxWarnings: null },
      rules: {},
      ignore: [],
      overrides: [],
      titleAsH1: null,
      mdx: null,
      templates: null,
      language: null,
      frontMatter: {},
      site: { contentRoot: null, baseUrl: null, entryPages: null },
    });
    expect(() => loadConfigFor(root, 'x.yaml', true)).toThrow(UsageError);
  });
});

describe('parsePercentOrRatio', () => {
  it('reads ratios and percentages', () => {
    expect(parsePercentOrRatio(0.8, '--min-coverage')).toBe(0.8);
    expect(parsePercentOrRatio('0.8', '--min-coverage')).toBe(0.8);
    expect(parsePercentOrRatio('80%', '--min-coverage')).toBe(0.8);
    expect(parsePercentOrRatio('80 %', '--min-coverage')).toBe(0.8);
    expect(parsePercentOrRatio('100%', '--min-coverage')).toBe(1);
    expect(parsePercentOrRatio('12.5%', '--min-coverage')).toBe(0.125);
    expect(parsePercentOrRatio('.5', '--min-coverage')).toBe(0.5);
    expect(parsePercentOrRatio(0, '--min-coverage')).toBe(0);
    expect(parsePercentOrRatio('1', '--min-coverage')).toBe(1);
  });

  it('rejects values above 1 without %, out of range and non-numbers', () => {
    for (const bad of ['80', 1.5, '150%', '-0.1', -0.1, 'abc', '', '%', '1e-1', '0x1', Number.NaN, Infinity]) {
      expect(() => parsePercentOrRatio(bad, '--min-coverage')).toThrow(UsageError);
    }
    expect(() => parsePercentOrRatio('80', '--min-coverage')).toThrow(
      '--min-coverage: must be a number between 0 and 1 or a percentage like "80%" (got "80")',
    );
  });

  it('agrees for every whole percentage and every ratio', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (percent) => {
        expect(parsePercentOrRatio(`${percent}%`, 'x')).toBe(percent / 100);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (ratio) => {
        expect(parsePercentOrRatio(ratio, 'x')).toBe(ratio);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true, minExcluded: true }), (above) => {
        expect(() => parsePercentOrRatio(above, 'x')).toThrow(UsageError);
      }),
    );
  });
});

describe('resolveFileSettings', () => {
  const sectionLength = (config: Config, file: string, cli = {}) =>
    resolveFileSettings(config, file, cli).rules['section-length'];

  function configAt(text: string): Config {
    const root = tempDir();
    return loadConfig(write(join(root, 'seo-audit.config.yaml'), text));
  }

  it('starts from every registered rule at its defaults', () => {
    const config = defaultConfig(tempDir());
    const settings = resolveFileSettings(config, join(config.dir, 'a.md'), {});
    expect(Object.keys(settings.rules)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) {
      expect(settings.rules[rule.id]).toEqual({ severity: rule.defaultSeverity, options: rule.defaults });
    }
    // SPEC §6: sections ≤ 300 words.
    expect(settings.rules['section-length']!.options).toEqual({ max: 300 });
    expect(settings).toMatchObject({ keywords: null, keywordsSource: null, match: null, overrides: [] });
  });

  it('applies defaults < config < each matching override in order < CLI', () => {
    const config = configAt(
      [
        'match: exact',
        'rules:',
        '  section-length: [error, { max: 400 }]',
        'overrides:',
        '  - files: ["posts/**"]',
        '    match: sentence',
        '    rules: { section-length: [warning, { max: 500 }] }',
        '  - files: ["posts/long/**"]',
        '    rules: { section-length: info }',
        '',
      ].join('\n'),
    );
    const at = (path: string) => join(config.dir, path);
    const defaults = RULES.find((rule) => rule.id === 'section-length')!;

    // No override matches: config over defaults.
    expect(sectionLength(config, at('about.md'))).toEqual({ severity: 'error', options: { max: 400 } });
    expect(resolveFileSettings(config, at('about.md')).match).toBe('exact');
    // First override.
    expect(sectionLength(config, at('posts/a.md'))).toEqual({ severity: 'warning', options: { max: 500 } });
    expect(resolveFileSettings(config, at('posts/a.md')).match).toBe('sentence');
    // Both overrides, in order: the second changes the severity and keeps the first's options.
    const both = resolveFileSettings(config, at('posts/long/b.md'));
    expect(both.overrides).toEqual([0, 1]);
    expect(both.rules['section-length']).toEqual({ severity: 'info', options: { max: 500 } });
    // CLI last.
    const cli = resolveFileSettings(config, at('posts/long/b.md'), {
      match: 'forms',
      rules: { 'section-length': { severity: 'off', options: {} } },
    });
    expect(cli.match).toBe('forms');
    expect(cli.rules['section-length']).toEqual({ severity: 'off', options: { max: 500 } });
    // Untouched rules keep their defaults throughout.
    expect(cli.rules['readability']).toEqual(resolveFileSettings(defaultConfig(config.dir), at('x.md')).rules['readability']);
    expect(defaults.defaultSeverity).toBe(resolveFileSettings(defaultConfig(config.dir), at('x.md')).rules['section-length']!.severity);
  });

  it('chooses the keyword set: config < -k < matching override', () => {
    const config = configAt(
      'keywords: sets/site.yaml\noverrides:\n  - files: ["running/**"]\n    keywords: sets/running.yaml\n  - files: ["running/trail/**"]\n    keywords: sets/trail.yaml\n',
    );
    const at = (path: string) => join(config.dir, path);
    expect(resolveFileSettings(config, at('a.md'))).toMatchObject({
      keywords: join(config.dir, 'sets/site.yaml'),
      keywordsSource: 'config',
    });
    expect(resolveFileSettings(config, at('a.md'), { keywords: 'cli.yaml' })).toMatchObject({
      keywords: 'cli.yaml',
      keywordsSource: 'cli',
    });
    expect(resolveFileSettings(config, at('running/a.md'), { keywords: 'cli.yaml' })).toMatchObject({
      keywords: join(config.dir, 'sets/running.yaml'),
      keywordsSource: 'override',
    });
    // The last matching override with keywords wins.
    expect(resolveFileSettings(config, at('running/trail/a.md'))).toMatchObject({
      keywords: join(config.dir, 'sets/trail.yaml'),
      keywordsSource: 'override',
      overrides: [0, 1],
    });
  });

  it('matches globs against the path relative to the config directory, dotfiles included', () => {
    const config = configAt('overrides:\n  - files: ["**/*.draft.md", "./notes/*.md"]\n    match: exact\n');
    const at = (path: string) => join(config.dir, path);
    expect(resolveFileSettings(config, at('.hidden/a.draft.md')).match).toBe('exact');
    expect(resolveFileSettings(config, at('notes/n.md')).match).toBe('exact');
    expect(resolveFileSettings(config, at('notes/deeper/n.md')).match).toBeNull();
    // A path relative to process.cwd() means the same file.
    expect(resolveFileSettings(config, relative(process.cwd(), at('notes/n.md'))).match).toBe('exact');
    expect(configRelativePath(config, at('notes/n.md'))).toBe('notes/n.md');
  });
});

describe('isIgnored', () => {
  it('matches ignore globs relative to the config directory', () => {
    const root = tempDir();
    const config = loadConfig(write(join(root, 'site/seo-audit.config.yaml'), 'ignore: ["drafts/**", "**/_*.md"]\n'));
    expect(isIgnored(config, join(root, 'site/drafts/a.md'))).toBe(true);
    expect(isIgnored(config, join(root, 'site/drafts/deep/.b.md'))).toBe(true);
    expect(isIgnored(config, join(root, 'site/posts/_partial.md'))).toBe(true);
    expect(isIgnored(config, join(root, 'site/posts/a.md'))).toBe(false);
    // "drafts/**" is anchored at the config's directory.
    expect(isIgnored(config, join(root, 'site/posts/drafts/a.md'))).toBe(false);
    // Outside the config's directory nothing is ignored.
    expect(isIgnored(config, join(root, 'drafts/a.md'))).toBe(false);
    expect(isIgnored(config, relative(process.cwd(), join(root, 'site/drafts/a.md')))).toBe(true);
    expect(isIgnored(defaultConfig(root), join(root, 'drafts/a.md'))).toBe(false);
  });
});

describe('resolveThresholds', () => {
  it('lets CLI values replace the config, keeping the rest', () => {
    const config = load('thresholds: { minCoverage: "80%", minScore: 70, maxWarnings: 5 }\n');
    expect(resolveThresholds(config)).toEqual({ minCoverage: 0.8, minScore: 70, maxWarnings: 5 });
    expect(resolveThresholds(config, { minScore: 90, maxWarnings: null })).toEqual({
      minCoverage: 0.8,
      minScore: 90,
      maxWarnings: 5,
    });
    // An explicit null in the config means "no threshold".
    expect(load('thresholds:\n  minScore:\n').thresholds.minScore).toBeNull();
  });
});

describe('closest', () => {
  it('suggests only plausible typos', () => {
    expect(closest('heading-incremnt', ['heading-duplicate', 'heading-increment'])).toBe('heading-increment');
    expect(closest('MATCH', ['keywords', 'match'])).toBe('match');
    expect(closest('spelling', ['readability', 'image-alt'])).toBeNull();
  });
});
