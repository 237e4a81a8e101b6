/**
 * Runs a rule's own examples (see RuleExamples in types.ts) the way an audit runs it: parse →
 * keyword set → analyze → runRules with every other rule off (cross-file: each file reduced to
 * its FileSummary, then runCrossFileRules). tests/rules/examples.test.ts calls these for every
 * registered rule.
 */
import { resolve } from 'node:path';
import { parseDocument } from '../document/index.js';
import { siteSettings } from '../site/settings.js';
import { siteSummary } from '../site/summary.js';
import { adHocKeywordSet, analyze, keywordSetFromFrontMatter, keywordSetFromText } from '../keywords/index.js';
import type { KeywordSet } from '../keywords/types.js';
import { ALL_RULES } from './registry.js';
import { runCrossFileRules, runRules } from './run.js';
import { fileSummary, keywordSourceOf } from './types.js';
import type {
  AnyCrossFileRule,
  AnyRule,
  CrossFileExample,
  CrossFileFinding,
  Finding,
  RuleExample,
  RuleSetting,
} from './types.js';

/** Settings that run only `ruleId` (at its default severity, or warning when it is off by default). */
function only(ruleId: string, defaultSeverity: RuleSetting['severity'], options: Record<string, unknown> = {}): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of ALL_RULES) settings[rule.id] = { severity: 'off', options: {} };
  settings[ruleId] = { severity: defaultSeverity === 'off' ? 'warning' : defaultSeverity, options };
  return settings;
}

function analysed(example: Omit<RuleExample, 'options' | 'name'>) {
  const format = example.format ?? 'markdown';
  const path = example.path ?? (format === 'html' ? 'example.html' : 'example.md');
  const document = parseDocument(example.source, format, path);
  let set: KeywordSet | null = null;
  if (example.keywordSet !== undefined) set = keywordSetFromText(example.keywordSet, 'yaml', 'example.yaml');
  else if (example.keywords !== undefined) set = adHocKeywordSet([...example.keywords]);
  else if (document.frontMatter) set = keywordSetFromFrontMatter(document.frontMatter, path, document.frontMatterYaml ?? undefined);
  const analysis = analyze(document, set ?? adHocKeywordSet([]));
  return { document, analysis, set };
}

/** The findings of `rule` alone on one example. */
export function runRuleExample(rule: AnyRule, example: RuleExample): Finding[] {
  const { document, analysis, set } = analysed(example);
  return runRules(document, analysis, set, only(rule.id, rule.defaultSeverity, example.options)).findings;
}

/** The findings of the cross-file `rule` alone on one example's files. */
export function runCrossFileExample(rule: AnyCrossFileRule, example: CrossFileExample): CrossFileFinding[] {
  // Site summaries as the pipeline makes them, with the example's paths under the working directory
  // and no file on disk (a link to a file that is not in the example is broken).
  const settings = siteSettings(null, process.cwd());
  const summaries = example.files.map((file) => {
    const { document, analysis, set } = analysed(file);
    const { summary } = siteSummary({ document, absolutePath: resolve(file.path), settings, exists: () => false });
    return fileSummary({
      path: file.path,
      keywords: analysis.keywords,
      keywordSource: keywordSourceOf(set),
      format: document.format,
      title: document.title?.text ?? null,
      metaDescription: document.metaDescription?.text ?? null,
      site: summary,
    });
  });
  return runCrossFileRules(summaries, only(rule.id, rule.defaultSeverity, example.options));
}
