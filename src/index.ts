/** Library entry point (`import { auditFile } from 'seo-audit'`). */
export { parseDocument, formatFromPath, loadParsers } from './document/index.js';
export type { Document, SourceFormat } from './document/model.js';
export { analyze, loadKeywordSet, keywordSetFromText, keywordSetFromFrontMatter, adHocKeywordSet } from './keywords/index.js';
export type { Analysis, AnalyzeOptions, Keyword, KeywordGroup, KeywordResult, KeywordSet, MatchMode } from './keywords/types.js';
export { RULES, ruleById } from './rules/registry.js';
export { runRules } from './rules/run.js';
export type { RunResult } from './rules/run.js';
export type { Finding, Rule, Severity } from './rules/types.js';
export { auditFile, auditRun, buildReport, summarize, chooseKeywordSet, KeywordSetCache } from './pipeline/index.js';
export type { AuditInput, AuditSettings, RunOptions } from './pipeline/index.js';
export { loadConfigFor, resolveFileSettings } from './config/index.js';
export type { Config, FileSettings, RuleSetting } from './config/types.js';
export { FORMATS, renderReport } from './report/index.js';
export type { ReportFormat } from './report/index.js';
export type { FileReport, Report, RenderOptions } from './report/types.js';
export { InputError, UsageError } from './errors.js';
export { main } from './cli/main.js';
