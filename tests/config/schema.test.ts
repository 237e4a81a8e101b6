/**
 * schema/config.schema.json: generated from the loader's own lists, valid for the repository's
 * configs and every config example in the README, and in agreement with the loader on what is
 * rejected.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigLayer } from '../../src/config/index.js';
import { configSchemaText } from '../../src/config/schema.js';
import { ALL_RULES as RULES } from '../../src/rules/registry.js';

const SCHEMA_PATH = resolve('schema/config.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);

const temp = mkdtempSync(join(tmpdir(), 'seo-audit-config-schema-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What the loader says about `text` as a config file: null when valid, else the error. */
function loaderProblem(text: string, name = 'seo-audit.config.yaml'): string | null {
  const file = join(temp, name);
  writeFileSync(file, text);
  try {
    loadConfigLayer(file, name);
    return null;
  } catch (error) {
    return String(error);
  }
}

function configValue(text: string, name: string): unknown {
  const value: unknown = parse(text);
  if (name === 'package.json') return (value as Record<string, unknown>)['seo-audit'];
  return value;
}

function schemaErrors(value: unknown): string {
  validate(value);
  return JSON.stringify(validate.errors);
}

/** Every config file of the repository (its own, the fixtures' and keyword-free ones). */
function repositoryConfigs(): string[] {
  const found: string[] = ['seo-audit.config.yaml'];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^(seo-audit\.config|\.seo-auditrc)\.(json|ya?ml)$/.test(entry.name)) found.push(path);
    }
  };
  walk('fixtures');
  return found;
}

/** Fenced yaml/json blocks of the README's Configuration section (the documented examples). */
function readmeExamples(): { lang: string; text: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Configuration\n');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end);
  const blocks: { lang: string; text: string }[] = [];
  const fence = /^```(yaml|json)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(section); match !== null; match = fence.exec(section)) {
    blocks.push({ lang: match[1]!, text: match[2]! });
  }
  return blocks;
}

describe('config schema', () => {
  it('is the generated schema (run `npm run build` to regenerate)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(configSchemaText());
  });

  it('names every top-level key, rule and rule option the loader accepts', () => {
    const properties = schema['properties'] as Record<string, unknown>;
    expect(Object.keys(properties)).toContain('extends');
    expect(Object.keys(properties)).toContain('titleAsH1');
    const rules = (schema['definitions'] as Record<string, { properties: Record<string, unknown> }>)['rules']!.properties;
    expect(Object.keys(rules)).toEqual(RULES.map((rule) => rule.id));
  });

  it.each(repositoryConfigs())('accepts the repository config %s', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(loaderProblem(text)).toBeNull();
    expect(validate(configValue(text, path)), schemaErrors(configValue(text, path))).toBe(true);
  });

  it('accepts every config example in the README', () => {
    const examples = readmeExamples();
    // Shape, package.json, extends/root, presets, ignore, print-config...: the section has several.
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { lang, text } of examples) {
      const name = lang === 'json' && text.includes('"seo-audit"') ? 'package.json' : lang === 'json' ? 'seo-audit.config.json' : 'seo-audit.config.yaml';
      if (name === 'seo-audit.config.json' && !text.trimStart().startsWith('{')) continue;
      expect(loaderProblem(text, name), text).toBeNull();
      const value = configValue(text, name);
      expect(validate(value), `${text}\n${schemaErrors(value)}`).toBe(true);
    }
  });

  it.each([
    ['unknown key', 'colour: red\n'],
    ['unknown rule', 'rules: { text-lenght: off }\n'],
    ['bad severity', 'rules: { text-length: warn }\n'],
    ['unknown rule option', 'rules: { text-length: [warning, { most: 3 }] }\n'],
    ['option out of range', 'rules: { section-length: [warning, { max: 0 }] }\n'],
    ['three-item rule', 'rules: { text-length: [warning, {}, 1] }\n'],
    ['coverage above 1 without %', 'thresholds: { minCoverage: 80 }\n'],
    ['negative maxWarnings', 'thresholds: { maxWarnings: -1 }\n'],
    ['bad match', 'match: loose\n'],
    ['ignore not an array', 'ignore: "drafts/**"\n'],
    ['override without files', 'overrides: [{ match: exact }]\n'],
    ['override with empty files', 'overrides: [{ files: [] }]\n'],
    ['root not a boolean', 'root: yes please\n'],
    ['unknown preset', 'extends: seo-audit:stricter\n'],
    ['bad template kind', 'templates: [hugo, jinja]\n'],
    ['unknown front-matter field', 'frontMatter: { author: [by] }\n'],
    ['relative baseUrl', 'site: { baseUrl: example.com }\n'],
    ['entryPages not an array', 'site: { entryPages: index.md }\n'],
    ['unknown site key', 'site: { root: content }\n'],
    ['empty keywords', 'keywords: ""\n'],
  ])('rejects %s in both the loader and the schema', (_what, text) => {
    // The loader only checks presets when resolving `extends`; the schema rejects the name itself.
    if (!text.startsWith('extends')) expect(loaderProblem(text)).not.toBeNull();
    expect(validate(configValue(text, 'x.yaml'))).toBe(false);
  });

  it('agrees with the loader on generated rule settings and thresholds', () => {
    const rule = fc.constantFrom(...RULES);
    const severity = fc.constantFrom('error', 'warning', 'info', 'off', 'warn', 'none');
    const number = fc.oneof(fc.integer({ min: -5, max: 500 }), fc.double({ min: -1, max: 2, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(
        rule,
        severity,
        fc.option(number, { nil: undefined }),
        fc.option(fc.oneof(number, fc.constantFrom('80%', '0.5', '150%', 'x', '100%', '100.0%', '100.5%', '.5', '1.0', '1.5', ' 80 % ', '12.5%', '0x1')), { nil: undefined }),
        (picked, level, optionValue, coverage) => {
          const optionName = Object.keys(picked.options)[0];
          const setting = optionName !== undefined && optionValue !== undefined ? [level, { [optionName]: optionValue }] : level;
          const config: Record<string, unknown> = { rules: { [picked.id]: setting } };
          if (coverage !== undefined) config['thresholds'] = { minCoverage: coverage };
          const text = JSON.stringify(config);
          const loaderOk = loaderProblem(text, 'seo-audit.config.json') === null;
          // min > max across an option and its default is beyond what a schema can say.
          fc.pre(!(picked.id === 'keyword-in-subheadings' || picked.id === 'meta-description-length' || picked.id === 'title-length'));
          expect(validate(config), `${text} loader ${loaderOk}`).toBe(loaderOk);
        },
      ),
      { numRuns: 300 },
    );
  });
});
