/**
 * The pipeline: audit one input (audit-file.ts), pick the run strategy and deliver results in
 * order (run.ts, pool.ts, big-files/), and summarise (summarize.ts). The CLI commands only
 * parse options, call this module, render and exit.
 */
import { auditInputs } from './run.js';
import { buildReport } from './summarize.js';
import type { RunOptions } from './audit-file.js';
import type { InputFile } from '../io/inputs.js';
import type { Report } from '../report/types.js';

export {
  auditFile,
  auditInput,
  chooseKeywordSet,
  erroredFileLine,
  erroredFileReport,
  skippedFileReport,
  KeywordSetCache,
  KeywordSetError,
  thresholdFailures,
} from './audit-file.js';
export type { AuditInput, AuditSettings, PortableRunOptions, RunOptions } from './audit-file.js';
export { auditInOrder, auditInOrderPrepared, auditInputs } from './run.js';
export type { Deliver, DeliverAudited, Strategy } from './run.js';
export type { Audited } from './pool.js';
export { isPrepared, prepareFile } from './prepare.js';
export { buildReport, crossFileFindings, ruleDescriptors, summarize, SummaryAccumulator } from './summarize.js';
export { RunCollector } from './collect.js';
export type { CollectOptions, PreparedFile, RunResult } from './collect.js';
export { Spill } from './spill.js';
export type { Span } from './spill.js';

/**
 * Audits every input (an unreadable or unparseable one becomes an errored entry and the run
 * goes on; an invalid keyword set file stops the run with KeywordSetError) and returns the
 * whole Report. The CLI streams instead; this is for library callers.
 */
export async function auditRun(inputs: readonly InputFile[], options: RunOptions, version: string): Promise<Report> {
  return buildReport(await auditInputs(inputs, options), version);
}
