/**
 * `--format html`: one self-contained page for people (styles and script inline, no network):
 * an overview of the run and, per article, the section × keyword-group heat map, the keyword
 * table, a search-result preview and the article's text with every keyword occurrence
 * highlighted and each finding at its line. With `--output-dir` the same views are written as
 * an index page plus one page per article (renderSite). A run streams both (`stream`,
 * `siteStream`: each article rendered as its report arrives, the overview from a few facts per
 * article), to the same bytes.
 *
 * Deterministic: output depends on the report alone (no clock, no locale, no randomness).
 * Every string from the articles, the config or the keyword set goes through `esc`.
 */
import type { Finding } from '../rules/types.js';
import { unpackMarks } from './article-view.js';
import type { ArticleView, Mark } from './article-view.js';
import { compareStrings, countBySeverity, displayPath, filesByPath, formatCoverage, formatPercent, formatScore, plural, printable, visibleCrossFile, visibleFindings } from './common.js';
import { CSS, SCRIPT } from './html-assets.js';
import { DESCRIPTION_LIMIT, TITLE_LIMIT, truncateToWidth } from './pixel-width.js';
import type { StreamFormat } from './stream.js';
import type { CrossFileFinding, FileReport, RenderOptions, Report, ReportKeyword } from './types.js';

export interface HtmlOptions extends RenderOptions {
  /** `site.baseUrl`: the preview's URL is baseUrl + "/" + slug. */
  baseUrl?: string | undefined;
}

/** A page of a multi-file report: its name relative to the output directory, and its text. */
export interface HtmlPage {
  name: string;
  text: string;
}

const SEVERITY_MARK: Record<Finding['severity'], string> = { error: '✖', warning: '▲', info: 'ℹ' };
const STATUS_LABELS: Record<string, string> = { passed: '✔ passed', failed: '✖ failed', error: '⚠ error', skipped: '– skipped' };
const statusLabel = (status: string): string => STATUS_LABELS[status] ?? esc(status);
const GROUP_CLASSES = 8;
/** Passed or failed: the file was audited and has a score (not errored, not skipped). */
const audited = (file: { status: string }): boolean => file.status === 'passed' || file.status === 'failed';
/** Why a file has no results: its error, or its skip reason (skipped files, README: Matching). */
const noResultReason = (file: FileReport): string => file.error ?? (file as { skipReason?: string }).skipReason ?? '';

/** Escapes text for element content and double-quoted attributes; control characters become U+FFFD. */
export function esc(value: string): string {
  return printable(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Where each article lives: an element id in one page, or a page of its own. */
interface Links {
  /** href of the article view (or a line in it) seen from the page being written. */
  article(index: number, line?: number): string;
  overview: string;
}

/** The anchor of article number `number` (1-based), or of one of its lines, in the page that holds it. */
const articleAnchor = (number: string, line?: number): string => `#a${number}${line === undefined ? '' : `-L${line}`}`;

function singlePageLinks(): Links {
  return {
    article: (index, line) => articleAnchor(String(index + 1), line),
    overview: '#overview',
  };
}

/**
 * Where an article's view sits among the others: what of its markup depends on its position
 * in path order and on the number of articles (hrefs already escaped).
 */
interface ArticlePlace {
  /** Its element id, "a" + its 1-based number. */
  id: string;
  /** The links to the previous and next article (nothing at either end). */
  neighbours: string;
  overview: string;
  /** href of one of its lines. */
  line(line: number): string;
}

function placeOf(index: number, count: number, links: Links): ArticlePlace {
  return {
    id: `a${index + 1}`,
    neighbours:
      (index > 0 ? `<a href="${esc(links.article(index - 1))}">Previous article</a>` : '') +
      (index < count - 1 ? `<a href="${esc(links.article(index + 1))}">Next article</a>` : ''),
    overview: esc(links.overview),
    line: (line) => esc(links.article(index, line)),
  };
}

/** The single-file report. */
export function render(report: Report, options: HtmlOptions): string {
  const files = filesByPath(report);
  const links = singlePageLinks();
  const facts = files.map((file) => overviewFacts(file, options));
  const body = [renderOverview(report, facts, options, links), ...files.map((file, i) => renderArticle(file, placeOf(i, files.length, links), options))];
  return page(`seo-audit report: ${plural(files.length, 'file')}`, report, body.join('\n'));
}

/*
 * The streamed reports (src/report/stream.ts; a run writes them as json's is written): each
 * article's view is rendered when its report arrives and spilled to disk with two placeholders
 * for what depends on its place in path order (NUMBER: its number in ids and hrefs; NEIGHBOURS:
 * the previous/next links), filled in by `rewrite` once the order and the count are known.
 * Neither character can come from a report: every string from one goes through `esc`, which
 * turns control characters into U+FFFD, and the rest is numbers and enums. The overview (the
 * totals, charts, the worst-first table, cross-file findings) is built at the end from the
 * small facts kept per article (OverviewFacts as one JSON string, plus its path). The text is
 * the same bytes as `render` / `renderSite` (tests/report/html-stream.test.ts).
 */
const NUMBER = '\u0000';
const NEIGHBOURS = '\u0001';
/** Between the pages of the streamed --output-dir text (siteStream): a character no page holds (see NUMBER). */
export const PAGE_BREAK = '\u0002';

/** The article's markup with NUMBER and NEIGHBOURS for what depends on its place (not escaped: esc would replace them). */
function streamedArticle(file: FileReport, options: HtmlOptions, overview: string, shown = false): string {
  return renderArticle(file, { id: `a${NUMBER}`, neighbours: NEIGHBOURS, overview: esc(overview), line: (line) => articleAnchor(NUMBER, line) }, options, shown);
}

function fillPlace(entry: string, index: number, neighbours: string): string {
  const number = String(index + 1);
  return entry.replace(/[\u0000\u0001]/g, (mark) => (mark === NUMBER ? number : neighbours));
}

/** What a streamed report keeps per article, in arrival order; `sorted` gives it in path order. */
class ArticleFacts {
  /** The report's own path string (shared with the run's list of spilled entries). */
  private readonly paths: string[] = [];
  /** OverviewFacts without the path, packed (as they are when a number is not finite: JSON has no NaN). */
  private readonly packed: (string | OverviewFacts)[] = [];
  /** The rule ids and group names that `packed` holds as numbers (indices here). */
  private readonly names: string[] = [];
  private readonly codes = new Map<string, number>();
  private order: number[] | null = null;

  constructor(private readonly options: HtmlOptions) {}

  add(file: FileReport): void {
    this.paths.push(file.path);
    const facts = overviewFacts(file, this.options);
    const numbers = [facts.score, facts.coverage ?? 0, facts.words, ...facts.groups.map(([, ratio]) => ratio)];
    if (!numbers.every(Number.isFinite)) {
      this.packed.push(facts);
      this.order = null;
      return;
    }
    const packed = packFacts(facts, (name) => this.code(name));
    // V8's JSON.stringify returns a string that costs ~90 bytes more than its flat form (on the
    // 2,000-article bench site, ~104 characters: 279 bytes retained per article, 189 flattened,
    // heapUsed after gc); reading a character flattens it, and the garbage collector then keeps
    // only the flat string.
    packed.charCodeAt(0);
    this.packed.push(packed);
    this.order = null;
  }

  private code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.push(name) - 1;
      this.codes.set(name, code);
    }
    return code;
  }

  /** The paths in path order, arrival order among equal paths (the order of the run's entries and of filesByPath). */
  sortedPaths(): string[] {
    const paths = this.paths;
    this.order ??= paths.map((_, at) => at).sort((a, b) => compareStrings(paths[a]!, paths[b]!) || a - b);
    return this.order.map((at) => paths[at]!);
  }

  sorted(): OverviewFacts[] {
    const paths = this.sortedPaths();
    return this.order!.map((at, n) => {
      const packed = this.packed[at]!;
      return typeof packed === 'string' ? unpackFacts(paths[n]!, packed, this.names) : packed;
    });
  }
}

/** The single-file report as a stream: the overview in the head, then one entry per article. */
export function stream(options: HtmlOptions): StreamFormat {
  const kept = new ArticleFacts(options);
  return {
    entry(file) {
      kept.add(file);
      return [streamedArticle(file, options, singlePageLinks().overview)];
    },
    layout(frame) {
      const facts = kept.sorted();
      const count = facts.length;
      const links = singlePageLinks();
      const [start, end] = pageParts(`seo-audit report: ${plural(count, 'file')}`, frame);
      return {
        head: start + renderOverview(frame, facts, options, links),
        sections: [{ open: '\n', separator: '\n', close: '', empty: '', trailing: [], after: end }],
        rewrite: (entry, _section, index) => fillPlace(entry, index, placeOf(index, count, links).neighbours),
      };
    },
  };
}

/**
 * `--output-dir` as a stream: the text is index.html, then each article's page in path order,
 * PAGE_BREAK between them; `pageNames()` (after the run) names them in that order. The same
 * pages as renderSite.
 */
export interface SiteStream extends StreamFormat {
  pageNames(): string[];
}

export function siteStream(options: HtmlOptions): SiteStream {
  const kept = new ArticleFacts(options);
  const names = (): string[] => kept.sortedPaths().map((path, index) => articlePageName({ path }, index));
  return {
    entry(file) {
      kept.add(file);
      return [streamedArticle(file, options, siteLinks([], 0).overview, true)];
    },
    layout(frame) {
      const facts = kept.sorted();
      const pages = names();
      return {
        head: page(`seo-audit report: ${plural(facts.length, 'file')}`, frame, renderOverview(frame, facts, options, indexLinks(pages))),
        sections: [{ open: PAGE_BREAK, separator: PAGE_BREAK, close: '', empty: '', trailing: [], after: '' }],
        rewrite: (entry, _section, index) => {
          const [start, end] = pageParts(articlePageTitle(facts[index]!.path, options), frame);
          return start + fillPlace(entry, index, placeOf(index, facts.length, siteLinks(pages, index)).neighbours) + end;
        },
      };
    },
    pageNames: () => ['index.html', ...names()],
  };
}

/** Page file name of the i-th article (path order): numbered, so names never collide. */
export function articlePageName(file: Pick<FileReport, 'path'>, index: number): string {
  const base = displayPath(file.path).split('/').pop()!.replace(/\.[^.]*$/, '');
  const safe = base.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `articles/${String(index + 1).padStart(4, '0')}${safe === '' ? '' : `-${safe}`}.html`;
}

const articlePageTitle = (path: string, options: HtmlOptions): string => `${displayPath(path, options.cwd)} — seo-audit`;

/** Links of index.html: `pages` are the articles' page names in path order. */
function indexLinks(pages: readonly string[]): Links {
  return {
    article: (index, line) => `${pages[index]!}${line === undefined ? '' : `#a${index + 1}-L${line}`}`,
    overview: 'index.html',
  };
}

/** Links of the i-th article's own page. */
function siteLinks(pages: readonly string[], i: number): Links {
  return {
    article: (index, line) => {
      const anchor = articleAnchor(String(index + 1), line);
      return index === i ? anchor : `${pages[index]!.slice('articles/'.length)}${anchor}`;
    },
    overview: '../index.html',
  };
}

/** `--output-dir`: index.html (the overview) and one page per article under articles/. */
export function renderSite(report: Report, options: HtmlOptions): HtmlPage[] {
  const files = filesByPath(report);
  const names = files.map((file, i) => articlePageName(file, i));
  const facts = files.map((file) => overviewFacts(file, options));
  const pages: HtmlPage[] = [
    { name: 'index.html', text: page(`seo-audit report: ${plural(files.length, 'file')}`, report, renderOverview(report, facts, options, indexLinks(names))) },
  ];
  files.forEach((file, i) => {
    pages.push({ name: names[i]!, text: page(articlePageTitle(file.path, options), report, renderArticle(file, placeOf(i, files.length, siteLinks(names, i)), options, true)) });
  });
  return pages;
}

function page(title: string, report: Pick<Report, 'tool'>, body: string): string {
  const [start, end] = pageParts(title, report);
  return start + body + end;
}

/** The page's text before and after its body. */
function pageParts(title: string, report: Pick<Report, 'tool'>): [string, string] {
  return [
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>${CSS}</style>
<noscript><style>.view:not(.on){display:block}</style></noscript>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><h1>seo-audit report</h1><p class="muted">${esc(`${report.tool.name} ${report.tool.version}`)}</p></header>
<main id="main">
`,
    `
</main>
<footer><p class="keys">Keys: <kbd>Tab</kbd> moves between links and controls; in an article <kbd>n</kbd> / <kbd>p</kbd> jump to the next / previous finding, <kbd>o</kbd> returns to the overview.</p>
<p>Search-result widths: Arial advance widths (Liberation Sans, metric-compatible), title cut at ${TITLE_LIMIT.maxPx} px of ${TITLE_LIMIT.fontPx} px Arial, description at ${DESCRIPTION_LIMIT.maxPx} px of ${DESCRIPTION_LIMIT.fontPx} px.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`,
  ];
}

// ---------------------------------------------------------------- overview

/**
 * What the overview reads of one article (its row in the files table, its share of the rule
 * filter's counts and of the charts): a few numbers and short strings, so a streamed run keeps
 * this per article and not the report.
 */
interface OverviewFacts {
  path: string;
  status: string;
  score: number;
  /** coverage.ratio (null: no keyword set applies). */
  coverage: number | null;
  /** formatCoverage(coverage). */
  coverageText: string;
  words: number;
  /** Visible findings: errors, warnings, info. */
  counts: [number, number, number];
  /** Each rule with visible findings and how many, in the order they first appear. */
  rules: [string, number][];
  /** Why there are no results (not audited), else ''. */
  reason: string;
  /** coverage.groups as [name, ratio] (audited files). */
  groups: [string, number][];
}

function overviewFacts(file: FileReport, options: HtmlOptions): OverviewFacts {
  const findings = visibleFindings(file.findings, options.quiet);
  const counts = countBySeverity(findings);
  const rules = new Map<string, number>();
  for (const finding of findings) rules.set(finding.ruleId, (rules.get(finding.ruleId) ?? 0) + 1);
  const scored = audited(file);
  return {
    path: file.path,
    status: file.status,
    score: file.score,
    coverage: file.coverage?.ratio ?? null,
    coverageText: formatCoverage(file.coverage),
    words: file.stats.words,
    counts: [counts.error, counts.warning, counts.info],
    rules: [...rules],
    reason: scored ? '' : noResultReason(file),
    groups: scored ? (file.coverage?.groups ?? []).map((group) => [group.name, group.ratio]) : [],
  };
}

/**
 * OverviewFacts but the path as one JSON string (numbers keep every bit: JSON gives the shortest
 * round-trip form); rule ids and group names as numbers, `code(name)`, flattened with their counts
 * and ratios: ~150 characters for an article with 14 rules and 4 groups instead of ~440.
 */
function packFacts(facts: OverviewFacts, code: (name: string) => number): string {
  const rules = facts.rules.flatMap(([id, count]) => [code(id), count]);
  const groups = facts.groups.flatMap(([name, ratio]) => [code(name), ratio]);
  return JSON.stringify([facts.status, facts.score, facts.coverage, facts.coverageText, facts.words, ...facts.counts, facts.reason, rules, groups]);
}

function unpackFacts(path: string, text: string, names: readonly string[]): OverviewFacts {
  const [status, score, coverage, coverageText, words, errors, warnings, info, reason, rules, groups] = JSON.parse(text) as [
    string, number, number | null, string, number, number, number, number, string, number[], number[],
  ];
  const pairs = (list: number[]): [string, number][] => {
    const out: [string, number][] = [];
    for (let i = 0; i + 1 < list.length; i += 2) out.push([names[list[i]!]!, list[i + 1]!]);
    return out;
  };
  return { path, status, score, coverage, coverageText, words, counts: [errors, warnings, info], rules: pairs(rules), reason, groups: pairs(groups) };
}

/** Worst first: errored files, then by score ascending, coverage ascending, path. */
function worstFirst(files: readonly OverviewFacts[]): number[] {
  const rank = (file: OverviewFacts): number => (file.status === 'error' ? 0 : audited(file) ? 1 : 2);
  return files
    .map((_, i) => i)
    .sort((a, b) => {
      const x = files[a]!;
      const y = files[b]!;
      return rank(x) - rank(y) || x.score - y.score || (x.coverage ?? -1) - (y.coverage ?? -1) || compareStrings(x.path, y.path);
    });
}

/** `files`: every article's facts in path order. */
function renderOverview(report: Pick<Report, 'summary' | 'crossFile'>, files: readonly OverviewFacts[], options: HtmlOptions, links: Links): string {
  const { summary } = report;
  const out: string[] = ['<section id="overview" class="view on" aria-labelledby="overview-h">', '<h2 id="overview-h" tabindex="-1">Overview</h2>'];
  const cards: [string, string][] = [
    ['Files', String(summary.files)],
    ['Passed', String(summary.passed)],
    ['Failed', String(summary.failed)],
    ['Errored', String(summary.errored)],
    ['Errors', String(summary.errors)],
    ['Warnings', String(summary.warnings)],
    ['Mean score', formatScore(summary.score)],
    ['Mean coverage', formatPercent(summary.coverage)],
  ];
  out.push(`<ul class="cards">${cards.map(([k, v]) => `<li>${k}<b>${esc(v)}</b></li>`).join('')}</ul>`);

  const scored = files.filter(audited);
  out.push('<div class="charts">', scoreChart(scored), groupChart(scored), '</div>');

  // Filters: status and rule; the rule list names every rule with a finding, with its count.
  const ruleCounts = new Map<string, number>();
  for (const file of files) for (const [id, count] of file.rules) ruleCounts.set(id, (ruleCounts.get(id) ?? 0) + count);
  const rules = [...ruleCounts.keys()].sort(compareStrings);
  const ruleIndex = new Map(rules.map((id, n) => [id, n]));
  out.push(
    '<h3>Files, worst first</h3>',
    '<div class="filters" role="search" aria-label="Filter files">',
    '<label for="f-status">Status<select id="f-status"><option value="">all</option><option value="failed">failed</option><option value="passed">passed</option><option value="error">error</option><option value="skipped">skipped</option></select></label>',
    `<label for="f-rule">Rule<select id="f-rule"><option value="">any</option>${rules.map((id, n) => `<option value="${n}">${esc(id)} (${ruleCounts.get(id)})</option>`).join('')}</select></label>`,
    '<label for="f-q">Path contains<input id="f-q" type="search" autocomplete="off"></label>',
    '<span class="pager"><button type="button" id="f-prev">Previous page</button> <button type="button" id="f-next">Next page</button></span>',
    '<output id="f-count" aria-live="polite"></output>',
    '</div>',
    '<table id="files"><thead><tr><th>Status</th><th>File</th><th>Score</th><th>Coverage</th><th>Words</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>',
  );
  for (const i of worstFirst(files)) {
    const file = files[i]!;
    // Rules as indices into the rule filter's options: a 300-file overview stays small.
    const fileRules = file.rules.map(([id]) => ruleIndex.get(id)!).sort((a, b) => a - b).join(' ');
    const shown = displayPath(file.path, options.cwd);
    const error = !audited(file);
    const [errors, warnings, info] = file.counts;
    out.push(
      `<tr data-status="${esc(file.status)}" data-rules="${fileRules}">` +
        `<td class="st st-${file.status}">${statusLabel(file.status)}</td>` +
        `<td><a href="${esc(links.article(i))}">${esc(shown)}</a>${error ? `<br><span class="muted">${esc(file.reason)}</span>` : ''}</td>` +
        `<td>${error ? '–' : formatScore(file.score)}</td>` +
        `<td>${error ? '–' : file.coverageText}</td>` +
        `<td>${error ? '–' : file.words}</td>` +
        `<td>${errors}</td><td>${warnings}</td><td>${info}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  const crossFile = visibleCrossFile(report.crossFile, options.quiet);
  const indexOf = new Map(files.map((file, i) => [file.path, i]));
  out.push('<h3>Cross-file findings</h3>');
  if (crossFile.length === 0) out.push('<p class="muted">None.</p>');
  else out.push(`<ul class="findings">${crossFile.map((f) => crossFileItem(f, indexOf, links, options)).join('')}</ul>`);
  out.push('</section>');
  return out.join('\n');
}

function crossFileItem(finding: CrossFileFinding, indexOf: Map<string, number>, links: Links, options: HtmlOptions): string {
  const targets = finding.files.map((path) => {
    const index = indexOf.get(path);
    const shown = esc(displayPath(path, options.cwd));
    return index === undefined ? shown : `<a href="${esc(links.article(index))}">${shown}</a>`;
  });
  return `<li><span class="sev-${finding.severity}">${SEVERITY_MARK[finding.severity]} ${finding.severity}</span> ${esc(finding.message)} <span class="rid">${esc(finding.ruleId)}</span><br>${targets.join(', ')}</li>`;
}

/** Score distribution: ten bins (0–9 … 90–100), each bar labelled with its count. */
function scoreChart(files: readonly OverviewFacts[]): string {
  const bins = new Array<number>(10).fill(0);
  for (const file of files) bins[Math.min(9, Math.max(0, Math.floor(file.score / 10)))]! += 1;
  const max = Math.max(1, ...bins);
  const W = 36;
  const H = 120;
  const bars = bins
    .map((count, i) => {
      const h = Math.round((count / max) * H);
      const x = 30 + i * W;
      return `<rect class="bar" x="${x + 3}" y="${20 + H - h}" width="${W - 6}" height="${h}"></rect><text x="${x + W / 2}" y="${14 + H - h}" text-anchor="middle">${count}</text><text x="${x + W / 2}" y="${H + 36}" text-anchor="middle">${i * 10}</text>`;
    })
    .join('');
  const rows = bins.map((count, i) => `<tr><th>${i * 10}–${i === 9 ? 100 : i * 10 + 9}</th><td>${count}</td></tr>`).join('');
  return `<figure><figcaption id="sc-cap">Score distribution (files per score band)</figcaption><svg role="img" aria-labelledby="sc-cap" width="${30 + 10 * W + 10}" height="${H + 44}" viewBox="0 0 ${30 + 10 * W + 10} ${H + 44}"><line class="axis" x1="30" y1="${20 + H}" x2="${30 + 10 * W}" y2="${20 + H}"></line>${bars}</svg><details><summary>As a table</summary><table><thead><tr><th>Score</th><th>Files</th></tr></thead><tbody>${rows}</tbody></table></details></figure>`;
}

/** Mean coverage per keyword group over the files that have the group; worst first. */
function groupChart(files: readonly OverviewFacts[]): string {
  const sums = new Map<string, { sum: number; files: number }>();
  for (const file of files) {
    for (const [name, ratio] of file.groups) {
      const entry = sums.get(name) ?? { sum: 0, files: 0 };
      entry.sum += ratio;
      entry.files += 1;
      sums.set(name, entry);
    }
  }
  const groups = [...sums.entries()]
    .map(([name, { sum, files: n }]) => ({ name, ratio: sum / n, files: n }))
    .sort((a, b) => a.ratio - b.ratio || compareStrings(a.name, b.name));
  if (groups.length === 0) return '<figure><figcaption>Coverage per keyword group</figcaption><p class="muted">No keyword groups.</p></figure>';
  const W = 240;
  const rowH = 22;
  const label = 130;
  const bars = groups
    .map((g, i) => {
      const y = i * rowH;
      const w = Math.round(g.ratio * W);
      return `<text x="${label - 6}" y="${y + 15}" text-anchor="end">${esc(g.name.length > 18 ? `${g.name.slice(0, 17)}…` : g.name)}</text><rect class="bar" x="${label}" y="${y + 3}" width="${w}" height="${rowH - 6}"></rect><text x="${label + w + 6}" y="${y + 15}">${formatPercent(g.ratio)}</text>`;
    })
    .join('');
  const rows = groups.map((g) => `<tr><th>${esc(g.name)}</th><td>${formatPercent(g.ratio)}</td><td>${g.files}</td></tr>`).join('');
  return `<figure><figcaption id="gc-cap">Coverage per keyword group (mean over files)</figcaption><svg role="img" aria-labelledby="gc-cap" width="${label + W + 50}" height="${groups.length * rowH}" viewBox="0 0 ${label + W + 50} ${groups.length * rowH}">${bars}</svg><details><summary>As a table</summary><table><thead><tr><th>Group</th><th>Coverage</th><th>Files</th></tr></thead><tbody>${rows}</tbody></table></details></figure>`;
}

// ---------------------------------------------------------------- article

/** `shown`: the article is the page's first view (its own page under --output-dir). */
function renderArticle(file: FileReport, place: ArticlePlace, options: HtmlOptions, shown = false): string {
  const { id } = place;
  const path = displayPath(file.path, options.cwd);
  const findings = visibleFindings(file.findings, options.quiet);
  const counts = countBySeverity(findings);
  const out: string[] = [`<article id="${id}" class="view${shown ? ' on' : ''}" aria-labelledby="${id}-h">`];
  out.push(`<nav class="art" aria-label="Articles"><a class="to-overview" href="${place.overview}">← Overview</a>${place.neighbours}</nav>`);
  out.push(`<h2 id="${id}-h" tabindex="-1">${esc(path)}</h2>`);
  if (!audited(file)) {
    out.push(`<p class="st st-${esc(file.status)}">${statusLabel(file.status)}: ${esc(noResultReason(file))}</p></article>`);
    return out.join('\n');
  }
  out.push(
    `<ul class="cards"><li>Status<b class="st st-${file.status}">${statusLabel(file.status)}</b></li><li>Score<b>${formatScore(file.score)}</b></li>` +
      `<li>Coverage<b>${formatPercent(file.coverage?.ratio ?? null)}</b>${file.coverage === null ? 'no keyword set applies' : `${file.coverage.covered} of ${file.coverage.total}`}</li>` +
      `<li>Words<b>${file.stats.words}</b></li><li>Findings<b>${findings.length}</b>${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info</li></ul>`,
  );

  const view = file.view;
  const lineTarget = view ? blockLines(view) : null;
  out.push(`<div class="pair"><div>${serpPreview(file, options)}</div><div>${heatMap(file, view)}</div></div>`);
  out.push(keywordTable(file));
  out.push('<div class="reading"><aside class="side"><h3>Findings</h3>');
  if (findings.length === 0) out.push('<p class="muted">None.</p>');
  else {
    out.push('<ol class="findings">');
    findings.forEach((finding, n) => {
      const target = lineTarget ? lineTarget(finding.line) : null;
      const text = `<span class="sev-${finding.severity}">${SEVERITY_MARK[finding.severity]} ${finding.severity}</span> line ${finding.line}:${finding.column} ${esc(finding.message)} <span class="rid">${esc(finding.ruleId)}</span>`;
      out.push(`<li id="${id}-f${n + 1}">${target === null ? text : `<a class="finding" href="${place.line(target)}">${text}</a>`}</li>`);
    });
    out.push('</ol>');
  }
  out.push('</aside><section class="body" aria-label="Article text"><h3>Text as the tool read it</h3>');
  if (view) out.push(articleText(file, view, findings, id, lineTarget!));
  else out.push('<p class="muted">The article text is not available (this report was built from a JSON report).</p>');
  out.push('</section></div>');
  out.push('</article>');
  return out.join('\n');
}

/** Maps a source line to the first line of the block that shows it (the nearest block before it, else the first). */
function blockLines(view: ArticleView): (line: number) => number | null {
  const starts = view.blocks.map((b) => b.line);
  return (line) => {
    if (starts.length === 0) return null;
    let lo = 0;
    let hi = starts.length - 1;
    if (line < starts[0]!) return starts[0]!;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= line) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  };
}

function serpPreview(file: FileReport, options: HtmlOptions): string {
  const slug = file.slug ?? '';
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  const path = slug.replace(/^\/+/, '');
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(slug) ? slug : `${base}/${path}`;
  const title = file.title === null ? null : truncateToWidth(file.title, TITLE_LIMIT.maxPx, TITLE_LIMIT.fontPx);
  const description = file.metaDescription === null ? null : truncateToWidth(file.metaDescription, DESCRIPTION_LIMIT.maxPx, DESCRIPTION_LIMIT.fontPx);
  const widths: string[] = [];
  widths.push(title === null ? 'No title: Google makes one up from the page.' : `Title ${Math.round(title.fullWidth)} px of ${TITLE_LIMIT.maxPx} px${title.truncated ? ': cut' : ''}.`);
  widths.push(description === null ? 'No meta description: Google shows a snippet from the text.' : `Description ${Math.round(description.fullWidth)} px of ${DESCRIPTION_LIMIT.maxPx} px${description.truncated ? ': cut' : ''}.`);
  return `<h3>Search-result preview</h3><div class="serp" role="group" aria-label="Search result preview"><div class="url">${esc(url)}</div>` +
    `<div class="t"${title?.truncated ? ` title="${esc(file.title!)}"` : ''}>${title === null ? '<span class="muted">(no title)</span>' : esc(title.text)}</div>` +
    `<div class="d">${description === null ? '<span class="muted">(no meta description)</span>' : esc(description.text)}</div></div><p class="muted">${widths.join(' ')}</p>`;
}

function heatMap(file: FileReport, view: ArticleView | undefined): string {
  const { groups, sections } = file.sections;
  if (groups.length === 0 || sections.length === 0) return '<h3>Sections × keyword groups</h3><p class="muted">No keyword groups or no sections.</p>';
  const max = Math.max(1, ...sections.flatMap((s) => s.counts));
  const expected = new Map<string, { section: string; row: number | null }>((view?.expected ?? []).map((e) => [e.group, e]));
  const head = groups.map((g) => {
    const e = expected.get(g);
    const note = e === undefined ? '' : e.row === null ? `<br><small class="no">no “${esc(e.section)}” heading</small>` : `<br><small class="muted">under “${esc(e.section)}”</small>`;
    return `<th>${esc(g)}${note}</th>`;
  });
  const rows = sections.map((section, r) => {
    const cells = groups.map((g, c) => {
      const count = section.counts[c] ?? 0;
      const level = count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
      const missing = count === 0 && expected.get(g)?.row === r;
      const cls = [level > 0 ? `c${level}` : '', missing ? 'miss' : ''].filter(Boolean).join(' ');
      return `<td${cls ? ` class="${cls}"` : ''}>${count}${missing ? '<small>expected here</small>' : ''}</td>`;
    });
    const heading = section.heading === null ? '<span class="muted">(before the first heading)</span>' : esc(section.heading);
    return `<tr><th class="sec lv${section.level}">${section.level > 0 ? `<span class="muted">H${section.level}</span> ` : ''}${heading} <span class="muted">line ${section.line}</span></th>${cells.join('')}</tr>`;
  });
  return `<h3>Sections × keyword groups</h3><table class="heat"><caption class="sr">Own-mode keyword occurrences per section and keyword group; a dashed cell is the section a group names, where none of its keywords occur.</caption><thead><tr><th>Section</th>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function groupClass(file: FileReport, group: string | null): string {
  const index = group === null ? file.sections.groups.length : file.sections.groups.indexOf(group);
  return `g${(index < 0 ? file.sections.groups.length : index) % GROUP_CLASSES}`;
}

function keywordTable(file: FileReport): string {
  if (file.keywords.length === 0) return '<h3>Keywords</h3><p class="muted">No keyword set applies to this file.</p>';
  // ✔/✖ are read out by screen readers ("check mark", "multiplication x") and differ in shape, not only colour.
  const yes = (value: boolean | null): string => (value === null ? '<td>–</td>' : value ? '<td>✔</td>' : '<td class="no">✖</td>');
  const rows = file.keywords.map((k: ReportKeyword) => {
    const p = k.placements;
    return `<tr><th><mark class="${groupClass(file, k.group)}">${esc(k.phrase)}</mark>${k.primary ? ' <small>(primary)</small>' : ''}</th><td>${esc(k.group ?? '–')}</td><td>${k.match}</td>` +
      `<td>${k.count}</td><td>${k.counts.exact}</td><td>${k.counts.forms}</td><td>${k.counts.sentence}</td><td>${k.density}%</td>` +
      `${yes(p.title)}${yes(p.metaDescription)}${yes(p.h1)}<td>${p.subheadings.with}/${p.subheadings.of}</td>${yes(p.intro)}${yes(p.slug)}${yes(p.imageAlt)}${yes(p.section)}</tr>`;
  });
  const head = ['Keyword', 'Group', 'Mode', 'Count', 'Exact', 'Forms', 'Sentence', 'Density', 'Title', 'Meta', 'H1', 'H2/H3', 'Intro', 'Slug', 'Image alt', 'Section'];
  return '<h3>Keywords</h3><table class="kw"><caption class="muted">Count is in the keyword\'s own mode; exact, forms and sentence are all three counts. ✔ placed there, ✖ not, – not applicable.</caption>' +
    `<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function articleText(file: FileReport, view: ArticleView, findings: readonly Finding[], id: string, lineTarget: (line: number) => number | null): string {
  const marks = unpackMarks(view.marks);
  const byBlock = new Map<number, Mark[]>();
  for (const mark of marks) {
    const list = byBlock.get(mark.block) ?? [];
    list.push(mark);
    byBlock.set(mark.block, list);
  }
  const notesAt = new Map<number, (Finding & { index: number })[]>();
  findings.forEach((finding, index) => {
    const line = lineTarget(finding.line);
    if (line === null) return;
    const list = notesAt.get(line) ?? [];
    list.push({ ...finding, index: index + 1 });
    notesAt.set(line, list);
  });
  const legend = [...new Set(file.keywords.map((k) => k.group))].map((g) => `<li><mark class="${groupClass(file, g)}">${esc(g ?? 'ungrouped')}</mark></li>`);
  const out: string[] = [`<ul class="legend" aria-label="Keyword groups">${legend.join('')}</ul><div class="text">`];
  const used = new Set<number>();
  view.blocks.forEach((block, b) => {
    const text = highlight(block.text, byBlock.get(b) ?? [], file);
    const first = !used.has(block.line);
    used.add(block.line);
    // Lean markup: a 300-article report must stay under 5 MB. The script adds tabindex on jump.
    const anchor = first ? ` id="${id}-L${block.line}"` : '';
    const heading = block.kind === 'heading';
    const kind = heading ? `b hd` : block.kind === 'paragraph' ? 'b' : `b k-${block.kind}`;
    const notes = first ? (notesAt.get(block.line) ?? []) : [];
    out.push(
      `<div class="${kind}"${anchor} data-l="${heading ? `H${block.level ?? 1} ` : ''}${block.line}">${text}` +
        notes.map((f) => `<div class="note sev-${f.severity}">${SEVERITY_MARK[f.severity]} ${f.severity} <span class="rid">${esc(f.ruleId)}</span> <a href="#${id}-f${f.index}">line ${f.line}:${f.column}</a></div>`).join('') +
        '</div>',
    );
  });
  out.push('</div>');
  return out.join('');
}

/**
 * The block's text with its marks as nested <mark> elements. Marks may nest ("leg cramps"
 * inside "what causes leg cramps") or cross; a crossing mark is closed and reopened, its later
 * pieces carrying class "c", so `mark.kK:not(.c)` counts the occurrences of keyword K (its index in
 * FileReport.keywords).
 */
function highlight(text: string, marks: readonly Mark[], file: FileReport): string {
  if (marks.length === 0) return esc(text);
  const points = new Set<number>([0, text.length]);
  for (const mark of marks) {
    points.add(Math.max(0, Math.min(text.length, mark.start)));
    points.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const cuts = [...points].sort((a, b) => a - b);
  const open: Mark[] = [];
  let out = '';
  const started = new Set<Mark>();
  const tag = (m: Mark): string => {
    const keyword = file.keywords[m.keyword];
    const piece = started.has(m) ? ' c' : '';
    started.add(m);
    return `<mark class="${groupClass(file, keyword?.group ?? null)} k${m.keyword}${piece}">`;
  };
  // Marks come sorted by start, longest first: `live` keeps that (nesting) order.
  let live: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    while (next < marks.length && marks[next]!.start <= from) live.push(marks[next++]!);
    if (live.some((mark) => mark.end <= from)) live = live.filter((mark) => mark.end > from);
    const active = live;
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let j = open.length; j > keep; j--) out += '</mark>';
    open.length = keep;
    for (let j = keep; j < active.length; j++) {
      out += tag(active[j]!);
      open.push(active[j]!);
    }
    out += esc(text.slice(from, to));
  }
  for (let j = open.length; j > 0; j--) out += '</mark>';
  return out;
}
