/** Rendering a report and sending it to stdout or, atomically, to --output. */
import { FORMATS } from '../report/formats.js';
import type { ReportFormat } from '../report/formats.js';
import type { RenderOptions, Report } from '../report/types.js';
import { escapeJsonText } from '../report/stream.js';
import type { ReducedFormat, StreamFormat } from '../report/stream.js';
import * as json from '../report/json.js';
import * as gitlab from '../report/gitlab.js';
import * as github from '../report/github.js';
import * as html from '../report/html.js';
import * as junit from '../report/junit.js';
import * as markdown from '../report/markdown.js';
import * as terminal from '../report/terminal.js';
import { CROSS_FILE_RULES } from '../rules/registry.js';
import * as sarif from '../report/sarif.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic, writeStdout } from '../io/write.js';
import { resolve } from 'node:path';
import type { CliIo } from './io.js';
import { repositoryRoot } from '../report/repo-root.js';

export function parseFormat(text: string, allowed: readonly string[] = FORMATS): ReportFormat {
  if (!allowed.includes(text)) throw new UsageError(`invalid --format "${text}" — must be one of ${allowed.join(', ')}`);
  return text as ReportFormat;
}

export interface EmitOptions {
  color: boolean;
  quiet: boolean;
  cwd: string;
  output?: string | undefined;
  /** `site.baseUrl` (html only). */
  baseUrl?: string | undefined;
  /** Where the full report is (github format's closing notice; SEO_AUDIT_FULL_REPORT). */
  fullReport?: string | undefined;
  /** A --baseline was applied (SARIF baselineState). */
  baseline?: boolean;
}

export async function emitReport(format: ReportFormat, report: Report, options: EmitOptions, io: CliIo): Promise<void> {
  // A report written to a file is never coloured, whatever the terminal says (renderOptions).
  // Loaded here: a streamed (json, gitlab) run never loads the other reporters.
  const { renderReport } = await import('../report/index.js');
  const text = renderReport(format, report, renderOptions(options));
  await emitText(JSON_TEXT_FORMATS.has(format) ? escapeJsonText(text) : text, options.output, io);
}

/**
 * The streamed form of `format`, when it has one (json, gitlab, sarif, junit, html: their text
 * is the files' entries in path order inside a frame; html's frame holds the overview, built
 * from a few facts kept per article), else null (the format is bounded: reducedFormat).
 */
export function streamFormat(format: ReportFormat, options: EmitOptions): StreamFormat | null {
  if (format === 'json') return json.stream({ quiet: options.quiet });
  if (format === 'gitlab') return gitlab.stream(renderOptions(options));
  if (format === 'sarif') return sarif.stream(renderOptions(options));
  if (format === 'junit') return junit.stream(renderOptions(options));
  if (format === 'html') return html.stream(renderOptions(options));
  return null;
}

/** `--output-dir`'s pages as a stream (html only; cut into files by html-site.ts). */
export function htmlSiteStream(options: EmitOptions): html.SiteStream {
  return html.siteStream(renderOptions(options));
}

/** `--output-dir`'s pages from the whole report (a run that does not stream: --changed-since). */
export function htmlSite(report: Report, options: EmitOptions): html.HtmlPage[] {
  return html.renderSite(report, renderOptions(options));
}

/**
 * The bounded form of `format` (github, markdown, terminal: a run hands it each file and it keeps
 * only what it can print, plus counts), else null (a streamed format).
 */
export function reducedFormat(format: ReportFormat, options: EmitOptions): ReducedFormat | null {
  if (format === 'github') return github.reduced(renderOptions(options));
  if (format === 'markdown') return markdown.reduced(renderOptions(options), markdown.KEEP, new Set(CROSS_FILE_RULES.map((rule) => rule.id)));
  if (format === 'terminal') return terminal.reduced(renderOptions(options));
  return null;
}

/** Writes a bounded format's text (reducedFormat) once the run is finished. */
export async function emitReduced(format: ReducedFormat, frame: Omit<Report, 'files'>, options: EmitOptions, io: CliIo): Promise<void> {
  await emitText(format.render(frame), options.output, io);
}

/** Whether `format`'s output is JSON text (escaped by escapeJsonText). */
export function isJsonText(format: ReportFormat): boolean {
  return JSON_TEXT_FORMATS.has(format);
}

function renderOptions(options: EmitOptions): RenderOptions {
  return {
    color: options.output === undefined ? options.color : false,
    quiet: options.quiet,
    cwd: options.cwd,
    baseUrl: options.baseUrl,
    root: repositoryRoot(options.cwd),
    fullReport: options.fullReport,
    baseline: options.baseline === true,
  };
}

/** Formats whose output is JSON text. */
const JSON_TEXT_FORMATS: ReadonlySet<string> = new Set(['json', 'sarif', 'gitlab']);

/** JSON text with its raw control and bidi characters escaped (src/report/stream.ts). */
export { escapeJsonText };

export async function emitText(text: string, output: string | undefined, io: CliIo): Promise<void> {
  if (output === undefined || output === '-') {
    await writeStdout(text, io.stdout as NodeJS.WriteStream);
  } else {
    await writeFileAtomic(resolve(io.cwd, output), text, output);
  }
}

/**
 * Writes a report that arrives in chunks (a streamed report, RunCollector.chunks) to stdout, or
 * atomically to `output` (temp file + rename, as emitText). For JSON text (`json`: json, gitlab,
 * sarif) text chunks are escaped here (escapeJsonText); byte chunks are file entries, escaped when
 * they were spilled (a StreamFormat with `jsonText`), and go out as they are (a byte chunk may end
 * inside a UTF-8 character; the next one continues it). JUnit's XML goes out unchanged.
 */
export async function emitChunks(rawChunks: AsyncIterable<string | Uint8Array>, output: string | undefined, io: CliIo, json = true): Promise<void> {
  const chunks = json ? escapedJsonChunks(rawChunks) : rawChunks;
  if (output === undefined || output === '-') {
    for await (const chunk of chunks) await writeStdout(chunk, io.stdout as NodeJS.WriteStream);
  } else {
    await writeFileAtomic(resolve(io.cwd, output), chunks, output);
  }
}

/** Text chunks with escapeJsonText applied; byte chunks (already escaped) unchanged. */
async function* escapedJsonChunks(chunks: AsyncIterable<string | Uint8Array>): AsyncIterable<string | Uint8Array> {
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (chunk.byteLength > 0) yield chunk;
    } else if (chunk !== '') yield escapeJsonText(chunk);
  }
}
