/**
 * JSON Schema (draft-07) of the config file (README: Configuration), built from the same lists the loader
 * validates against (top-level keys, rule registry and options, presets, template kinds), so
 * the two cannot drift: `npm run build` writes it to schema/config.schema.json and a test
 * checks the committed file against this function and the loader against the schema.
 */
import { MATCH_MODES } from '../keywords/types.js';
import { ALL_RULES as RULES } from '../rules/registry.js';
import { SEVERITIES } from '../rules/types.js';
import type { OptionSpec } from '../rules/types.js';
import { TOP_LEVEL_KEYS } from './load.js';
import { PRESET_DESCRIPTIONS, PRESET_NAMES } from './presets.js';
import { FRONT_MATTER_FIELDS, TEMPLATE_KINDS } from './types.js';

type Schema = Record<string, unknown>;

const NON_EMPTY = { type: 'string', pattern: '\\S' };
const GLOBS = { type: 'array', items: { ...NON_EMPTY, description: 'a picomatch glob' } };
// What ratioFrom accepts as a string: a percentage 0–100 % or a plain decimal 0–1.
const PERCENT = '^\\s*0*(?:100(?:\\.0*)?|\\d{1,2}(?:\\.\\d*)?|\\.\\d+)\\s*%\\s*$';
const RATIO = '^\\s*(?:0*1(?:\\.0*)?|0+(?:\\.\\d*)?|0*\\.\\d+)\\s*$';

function optionSchema(spec: OptionSpec, fallback: unknown): Schema {
  const schema: Schema = { type: spec.type, description: spec.description, default: fallback };
  if (spec.min !== undefined) schema['minimum'] = spec.min;
  if (spec.max !== undefined) schema['maximum'] = spec.max;
  return schema;
}

function ruleSchema(rule: (typeof RULES)[number]): Schema {
  const specs = rule.options as Record<string, OptionSpec>;
  const defaults = rule.defaults as Record<string, unknown>;
  const options: Schema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, optionSchema(spec, defaults[name])])),
  };
  return {
    description: `${rule.description} (default: ${rule.defaultSeverity})`,
    anyOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', minItems: 1, maxItems: 1, items: [{ $ref: '#/definitions/severity' }] },
      { type: 'array', minItems: 2, maxItems: 2, items: [{ $ref: '#/definitions/severity' }, options] },
    ],
  };
}

function rulesSchema(): Schema {
  return {
    type: 'object',
    description: 'rule id → severity, [severity] or [severity, { options }] (see `seo-audit rules`)',
    additionalProperties: false,
    properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleSchema(rule)])),
  };
}

const DESCRIPTIONS: Record<(typeof TOP_LEVEL_KEYS)[number], string> = {
  keywords: 'keyword set file (YAML, JSON or TXT), relative to this config file',
  match: 'default matching mode',
  thresholds: 'CI gate: files fail below minCoverage/minScore, the run above maxWarnings',
  rules: 'rule severities and options',
  ignore: 'globs (relative to this config file) of files not audited; a leading ! re-includes',
  overrides: 'settings for some files',
  extends: 'presets (seo-audit:recommended, seo-audit:strict, seo-audit:docs) or config files, applied in order before this file',
  root: 'stop looking for configs in parent directories',
  titleAsH1: "a front-matter title is the page's H1 (the layout prints it); default true",
  mdx: 'globs of files parsed as MDX',
  templates: 'template syntaxes dropped from the text: auto, none, or a list',
  language: 'auto, or a BCP 47 tag that every article gets',
  frontMatter: 'which front-matter fields mean what (first present wins)',
  site: 'for resolving internal links',
};

export function configSchema(): Schema {
  const fieldNames = { anyOf: [NON_EMPTY, { type: 'array', items: NON_EMPTY }] };
  const properties: Record<(typeof TOP_LEVEL_KEYS)[number], Schema> = {
    keywords: NON_EMPTY,
    match: { $ref: '#/definitions/match' },
    thresholds: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minCoverage: {
          description: '0–1, or a percentage string such as "80%"; empty = no threshold',
          anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'string', pattern: PERCENT }, { type: 'string', pattern: RATIO }, { type: 'null' }],
        },
        minScore: { anyOf: [{ type: 'number', minimum: 0, maximum: 100 }, { type: 'null' }] },
        maxWarnings: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
      },
    },
    rules: { $ref: '#/definitions/rules' },
    ignore: GLOBS,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { ...GLOBS, minItems: 1 },
          keywords: NON_EMPTY,
          match: { $ref: '#/definitions/match' },
          rules: { $ref: '#/definitions/rules' },
        },
      },
    },
    extends: {
      anyOf: [{ $ref: '#/definitions/extendsEntry' }, { type: 'array', items: { $ref: '#/definitions/extendsEntry' } }],
    },
    root: { type: 'boolean' },
    titleAsH1: { type: 'boolean', default: true },
    mdx: GLOBS,
    templates: {
      anyOf: [{ enum: ['auto', 'none'] }, { type: 'array', items: { enum: [...TEMPLATE_KINDS] } }],
      default: 'auto',
    },
    language: { ...NON_EMPTY, default: 'auto', examples: ['auto', 'en', 'pt-BR', 'ja'] },
    frontMatter: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(FRONT_MATTER_FIELDS.map((field) => [field, fieldNames])),
    },
    site: {
      type: 'object',
      additionalProperties: false,
      properties: {
        contentRoot: { ...NON_EMPTY, description: 'directory, relative to this config file' },
        baseUrl: { type: 'string', pattern: '^https?://', description: 'absolute http(s) URL' },
        entryPages: {
          type: 'array',
          items: NON_EMPTY,
          description: 'globs (relative to contentRoot) of pages that need no inbound link (orphan-page); default: index pages',
        },
      },
    },
  };
  for (const key of TOP_LEVEL_KEYS) properties[key] = { description: DESCRIPTIONS[key], ...properties[key] };
  const withSchema: Schema = { $schema: { type: 'string', description: 'this schema, for editors' }, ...properties };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://seo-audit.dev/schema/config.json',
    title: 'seo-audit config',
    description:
      'seo-audit.config.json/.yaml, .seo-auditrc.json/.yaml, or the "seo-audit" key of package.json (SPEC §3). Generated from the rule registry by `npm run build`.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: withSchema,
    definitions: {
      severity: { enum: [...SEVERITIES] },
      match: { enum: [...MATCH_MODES] },
      rules: rulesSchema(),
      extendsEntry: {
        anyOf: [
          ...PRESET_NAMES.map((name) => ({ const: name, description: PRESET_DESCRIPTIONS[name] })),
          { ...NON_EMPTY, not: { pattern: '^seo-audit:' }, description: 'a config file, relative to this one' },
        ],
      },
    },
  };
}

/** The schema file's text: stable key order, two-space indent, trailing newline. */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}
