/**
 * Presets shipped with the tool, named in `extends` (README: Configuration). They are computed from the rule
 * registry, so a rule added later is covered without editing this file.
 */
import { ALL_RULES as RULES } from '../rules/registry.js';
import { emptyLayer } from './load.js';
import type { ConfigLayer, RuleSetting } from './types.js';

export const PRESET_PREFIX = 'seo-audit:';
export const PRESET_NAMES = ['seo-audit:recommended', 'seo-audit:strict', 'seo-audit:docs'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Rules that only mean something when articles target keywords (off in `seo-audit:docs`). */
const KEYWORD_RULES_BESIDES_PREFIX = new Set(['section-keywords', 'link-competing', 'internal-link-suggestion']);

export function isKeywordRule(id: string): boolean {
  return id.startsWith('keyword-') || KEYWORD_RULES_BESIDES_PREFIX.has(id);
}

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export const PRESET_DESCRIPTIONS: Readonly<Record<PresetName, string>> = {
  'seo-audit:recommended': 'the built-in defaults (what applies with no config at all)',
  'seo-audit:strict': 'every rule that warns by default is an error; files fail below 80 % coverage or a score of 80',
  'seo-audit:docs': 'for documentation sites: every keyword rule off (structure, length, readability and links stay)',
};

/** The preset as a config layer; `dir` is only there to complete the shape (presets name no paths). */
export function presetLayer(name: PresetName, dir: string): ConfigLayer {
  const layer = emptyLayer(name, null, dir);
  if (name === 'seo-audit:strict') {
    const rules: Record<string, RuleSetting> = {};
    for (const rule of RULES) if (rule.defaultSeverity === 'warning') rules[rule.id] = { severity: 'error', options: {} };
    layer.rules = rules;
    layer.thresholds = { minCoverage: 0.8, minScore: 80 };
  } else if (name === 'seo-audit:docs') {
    const rules: Record<string, RuleSetting> = {};
    for (const rule of RULES) if (isKeywordRule(rule.id)) rules[rule.id] = { severity: 'off', options: {} };
    layer.rules = rules;
  }
  return layer;
}
