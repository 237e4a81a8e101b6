/**
 * The rule registry: every rule of both kinds. A new rule is one file (see types.ts) plus one
 * line here; tests/rules/examples.test.ts then runs its examples and the README table
 * (`npm run docs:rules`) lists it.
 */
import { compareStrings } from '../compare.js';
import type { AnyCrossFileRule, AnyRule, OptionSpec, RegisteredRule } from './types.js';
import { frontMatter } from './front-matter.js';
import { headingDuplicate } from './heading-duplicate.js';
import { headingEmpty } from './heading-empty.js';
import { headingEmptySection } from './heading-empty-section.js';
import { headingIncrement } from './heading-increment.js';
import { headingSingleH1 } from './heading-single-h1.js';
import { canonical } from './canonical.js';
import { duplicateH1 } from './duplicate-h1.js';
import { duplicateMetaDescription } from './duplicate-meta-description.js';
import { duplicateTitle } from './duplicate-title.js';
import { hreflang } from './hreflang.js';
import { internalLinkSuggestion } from './internal-link-suggestion.js';
import { linkBroken } from './link-broken.js';
import { orphanPage } from './orphan-page.js';
import { htmlLang } from './html-lang.js';
import { linkCompeting } from './link-competing.js';
import { linkText } from './link-text.js';
import { linksInternal } from './links-internal.js';
import { openGraph } from './open-graph.js';
import { structuredData } from './structured-data.js';
import { imageAlt } from './image-alt.js';
import { keywordCoverage } from './keyword-coverage.js';
import { keywordDensity } from './keyword-density.js';
import { keywordCannibalization } from './keyword-cannibalization.js';
import { keywordDistribution } from './keyword-distribution.js';
import { keywordInH1 } from './keyword-in-h1.js';
import { keywordInImageAlt } from './keyword-in-image-alt.js';
import { keywordInIntro } from './keyword-in-intro.js';
import { keywordInMetaDescription } from './keyword-in-meta-description.js';
import { keywordInSlug } from './keyword-in-slug.js';
import { keywordInSubheadings } from './keyword-in-subheadings.js';
import { keywordInTitle } from './keyword-in-title.js';
import { keywordMissing } from './keyword-missing.js';
import { keywordStuffing } from './keyword-stuffing.js';
import { metaDescriptionLength } from './meta-description-length.js';
import { paragraphLength } from './paragraph-length.js';
import { readability } from './readability.js';
import { sectionKeywords } from './section-keywords.js';
import { sectionLength } from './section-length.js';
import { sentenceLength } from './sentence-length.js';
import { textLength } from './text-length.js';
import { titleLength } from './title-length.js';

/** Every per-file rule, sorted by id (the order of score tables and of the report's `rules`). */
export const RULES: readonly AnyRule[] = Object.freeze(
  [
    frontMatter, headingDuplicate, headingEmpty, headingEmptySection, headingIncrement, headingSingleH1, imageAlt,
    keywordCoverage, keywordDensity, keywordDistribution, keywordInH1, keywordInImageAlt,
    keywordInIntro, keywordInMetaDescription, keywordInSlug, keywordInSubheadings, keywordInTitle,
    keywordMissing, keywordStuffing, metaDescriptionLength, paragraphLength, readability,
    sectionKeywords, sectionLength, sentenceLength, textLength, titleLength,
    // Site checks (issue 17)
    htmlLang, linkCompeting, linkText, linksInternal, openGraph, structuredData,
  ].sort(byId) as AnyRule[],
);

/** Every cross-file rule, sorted by id. */
export const CROSS_FILE_RULES: readonly AnyCrossFileRule[] = Object.freeze(
  [
    keywordCannibalization,
    // Site checks (issue 17)
    canonical, duplicateH1, duplicateMetaDescription, duplicateTitle, hreflang, internalLinkSuggestion, linkBroken, orphanPage,
  ].sort(byId) as AnyCrossFileRule[],
);

/** Both kinds, sorted by id (the order of `seo-audit rules` and of the README table). */
export const ALL_RULES: readonly RegisteredRule[] = Object.freeze([...RULES, ...CROSS_FILE_RULES].sort(byId));

function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

const BY_ID: ReadonlyMap<string, RegisteredRule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

/** A rule of either kind by id (config validation); undefined when unknown. */
export function ruleById(id: string): RegisteredRule | undefined {
  return BY_ID.get(id);
}

/**
 * Checks user-supplied options for a rule: every name known, every value of
 * the right type and within range, and `min` ≤ `max` once merged with the
 * defaults. Returns an error text naming the option, or null when valid.
 */
export function validateRuleOptions(rule: RegisteredRule, options: unknown): string | null {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return `options of rule "${rule.id}" must be an object`;
  }
  const specs = rule.options as Record<string, OptionSpec>;
  const known = Object.keys(specs).sort();
  for (const [name, value] of Object.entries(options as Record<string, unknown>)) {
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (spec === undefined) {
      const expected = known.length === 0 ? 'it takes no options' : `known options: ${known.join(', ')}`;
      return `rule "${rule.id}" has no option "${name}" (${expected})`;
    }
    const problem = checkValue(spec, value);
    if (problem !== null) return `option "${name}" of rule "${rule.id}" ${problem}`;
  }
  const merged = { ...(rule.defaults as Record<string, unknown>), ...(options as Record<string, unknown>) };
  if (typeof merged['min'] === 'number' && typeof merged['max'] === 'number' && merged['min'] > merged['max']) {
    return `options of rule "${rule.id}": min (${merged['min']}) is greater than max (${merged['max']})`;
  }
  return null;
}

function checkValue(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, not ${describe(value)}`;
    case 'string':
      return typeof value === 'string' ? null : `must be a string, not ${describe(value)}`;
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, not ${describe(value)}`;
      if (spec.type === 'integer' && !Number.isInteger(value)) return `must be a whole number, not ${value}`;
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}, not ${value}`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}, not ${value}`;
      return null;
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
