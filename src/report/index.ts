/** The report formats of `--format` and one entry point that renders any of them. */
import * as github from './github.js';
import * as html from './html.js';
import * as json from './json.js';
import * as junit from './junit.js';
import * as markdown from './markdown.js';
import * as sarif from './sarif.js';
import * as terminal from './terminal.js';
import type { RenderOptions, Report } from './types.js';

export const FORMATS = ['terminal', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type ReportFormat = (typeof FORMATS)[number];

const RENDERERS: Record<ReportFormat, (report: Report, options: RenderOptions) => string> = {
  terminal: terminal.render,
  json: json.render,
  sarif: sarif.render,
  junit: junit.render,
  github: github.render,
  markdown: markdown.render,
  html: html.render,
};

export function isReportFormat(name: string): name is ReportFormat {
  return (FORMATS as readonly string[]).includes(name);
}

export function renderReport(format: ReportFormat, report: Report, options: RenderOptions): string {
  return RENDERERS[format](report, options);
}

export type { RenderOptions, Report } from './types.js';
