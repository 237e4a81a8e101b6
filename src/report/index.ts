/**
 * The report formats of `--format`: a registry from name to reporter module. A new format is
 * one file `src/report/<name>.ts` exporting `render(report, options): string` (a `Reporter`)
 * plus one entry below and its name in ./formats.ts (the order `--format` lists them in; the
 * registry must cover exactly those names).
 */
import * as github from './github.js';
import * as gitlab from './gitlab.js';
import * as html from './html.js';
import * as json from './json.js';
import * as junit from './junit.js';
import * as markdown from './markdown.js';
import * as sarif from './sarif.js';
import * as terminal from './terminal.js';
import type { RenderOptions, Report } from './types.js';
import { FORMATS } from './formats.js';
import type { ReportFormat } from './formats.js';

/** What a report format module exports. */
export interface Reporter {
  /** The whole report as text; pure (same report and options, byte-identical text). */
  render(report: Report, options: RenderOptions): string;
}

export const REPORTERS = {
  terminal,
  json,
  sarif,
  junit,
  github,
  markdown,
  gitlab,
  html,
} satisfies Record<ReportFormat, Reporter>;

export { FORMATS };
export type { ReportFormat };

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(REPORTERS, name);
}

export function renderReport(format: ReportFormat, report: Report, options: RenderOptions): string {
  return (REPORTERS[format] as Reporter).render(report, options);
}

export type { RenderOptions, Report } from './types.js';
