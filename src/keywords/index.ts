export * from './types.js';
export {
  loadKeywordSet,
  keywordSetFromText,
  keywordSetFromYaml,
  keywordSetFromTxt,
  keywordSetFromFrontMatter,
  keywordSetFormat,
  adHocKeywordSet,
  unquotePhrase,
  phraseKey,
  DEFAULT_DENSITY,
  DEFAULT_MATCH,
} from './load.js';
export { matchPhrases, planPhrase, tableFromStrings } from './matcher.js';
export type { KeywordMatches, MatchTable, PhrasePlan } from './matcher.js';
export { analyze, effectiveMode, introRange, findSection, slugWords, UNGROUPED_COLUMN } from './analyze.js';
