/**
 * `--changed-since <ref>` (SPEC §2, README: Changed articles only): the articles that differ from a
 * git ref, plus the articles whose cross-file findings they can change.
 *
 * Changed = what `git diff <ref>` lists (commits since the ref, staged and unstaged edits; renames
 * as a deletion plus an addition) and the untracked files `git ls-files --others
 * --exclude-standard` lists. Related = the articles that link to a changed article or that one
 * links to, that share its own (front-matter) primary keyword, that link to a deleted article's
 * route, or that share any cross-file finding with it; and, through its version at the ref, the
 * articles it used to link to and those that shared the own primary keyword it used to have.
 *
 * Cross-file rules need every article's summary, so every input is still audited (from the cache
 * with --cache: only changed articles cost a parse); the report is then narrowed to the changed and
 * related articles and to the cross-file findings that name one of them.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { stemKey } from '../rules/keyword-cannibalization.js';
import { fileSummary } from '../rules/types.js';
import { siteIndexOf } from '../site/pages.js';
import { locate } from '../site/summary.js';
import type { SiteSettings } from '../site/settings.js';
import type { FileReport, Report } from '../report/types.js';
import { summarize } from '../pipeline/summarize.js';
import { formatFromPath, loadMdxParser, loadParsers, parseDocument } from '../document/index.js';
import type { ParseOptions } from '../document/index.js';
import { keywordSetFromFrontMatter } from '../keywords/load.js';
import { siteSummary } from '../site/summary.js';

export interface ChangedFiles {
  /** The repository's top directory (real path). */
  top: string;
  /** Real absolute paths of changed files that exist (modified, added, renamed to, untracked). */
  changed: Set<string>;
  /** Real absolute paths the ref had that are gone now (deleted, renamed from). */
  deleted: string[];
  /** The ref's commit. */
  commit: string;
  /** Paths (relative to top, POSIX) that `git diff` lists: the ref may hold an older version of each. */
  diffed: string[];
}

/** What an article's previous version (at the ref) tells about its relations. */
export interface PreviousVersion {
  /** Routes its internal links led to. */
  linkRoutes: string[][];
  /** Its own (front-matter) primary keyword, or null. */
  primary: string | null;
}

/** Control characters escaped (SPEC §2: user data printed to stderr). */
function shown(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

function gitReason(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim().split('\n')[0] ?? '';
  return stderr.replace(/^fatal: /, '') || (error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

function nulList(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\0').filter((entry) => entry !== '');
}

/** The file's content at the ref, or null when the ref does not have it (an added file). */
export function previousSource(changed: ChangedFiles, path: string): string | null {
  try {
    return git(['show', `${changed.commit}:${path}`], changed.top).toString('utf8');
  } catch {
    return null;
  }
}

/** Asks git what changed since `ref`; a missing git, a directory outside a repository or a bad ref is exit 2. */
export function changedFiles(ref: string, cwd: string): ChangedFiles {
  if (ref.trim() === '' || ref.startsWith('-')) throw new UsageError(`invalid --changed-since "${shown(ref)}" — give a git commit, branch or tag`);
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed-since needs git — git was not found on PATH');
    const reason = gitReason(error);
    throw new UsageError(`--changed-since ${shown(ref)} — ${shown(cwd)} is not inside a git repository${/not a git repository/i.test(reason) ? '' : ` (${reason})`}`);
  }
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top).toString('utf8').trim();
  } catch {
    commit = '';
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`invalid --changed-since "${shown(ref)}" — not a commit in this repository`);
  const realTop = realpathSync.native(top);
  let diffed: string[];
  let untracked: string[];
  try {
    diffed = nulList(git(['-c', 'core.quotepath=false', 'diff', '--name-only', '--no-renames', '--no-ext-diff', '-z', commit, '--'], top));
    untracked = nulList(git(['ls-files', '--others', '--exclude-standard', '-z'], top));
  } catch (error) {
    throw new UsageError(`--changed-since ${shown(ref)} — git diff failed (${gitReason(error)})`);
  }
  const changed = new Set<string>();
  const deleted: string[] = [];
  for (const path of [...diffed, ...untracked]) {
    const absolute = join(realTop, path);
    let real: string | null = null;
    try {
      real = realpathSync.native(absolute);
    } catch {
      real = null;
    }
    if (real === null) deleted.push(absolute);
    else changed.add(real);
  }
  return { top: realTop, changed, deleted: deleted.sort(), commit, diffed };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Narrows a whole-site report to the changed articles and the related ones (module comment),
 * recomputing the summary. `siteOf` gives an absolute path's site settings (for a deleted file's route).
 */
export function narrowReport(
  report: Report,
  changed: ChangedFiles,
  cwd: string,
  siteOf: (absolute: string) => SiteSettings,
  /** The previous versions (at the ref) of the changed and deleted articles. */
  previous: readonly PreviousVersion[] = [],
): Report {
  const realCwd = realOrSelf(cwd);
  const realOf = (path: string): string => {
    const absolute = resolve(cwd, path);
    // Most inputs sit under cwd: one realpath of cwd serves them all.
    const rel = relative(cwd, absolute);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return join(realCwd, rel);
    return realOrSelf(absolute);
  };
  const keep = new Set<string>();
  const changedPaths = new Set<string>();
  for (const file of report.files) {
    if (changed.changed.has(realOf(file.path))) {
      keep.add(file.path);
      changedPaths.add(file.path);
    }
  }
  const audited = report.files.filter((file) => file.status !== 'error');
  const summaries = audited.map(fileSummary);
  const index = siteIndexOf(summaries);
  const pageOf = new Map(index.pages.map((page, i) => [page.path, i]));
  // Own primary keywords (front matter): a site-wide set gives every article the same one by design.
  const byPrimary = new Map<string, string[]>();
  for (const summary of summaries) {
    if (summary.keywordSource !== 'front-matter') continue;
    const primary = summary.keywords.find((keyword) => keyword.primary)?.phrase;
    const key = primary === undefined ? '' : stemKey(primary);
    if (key === '') continue;
    const list = byPrimary.get(key) ?? [];
    list.push(summary.path);
    byPrimary.set(key, list);
  }
  for (const summary of summaries) {
    if (!changedPaths.has(summary.path)) continue;
    const i = pageOf.get(summary.path);
    if (i !== undefined) {
      for (const from of index.linkedFrom(i)) keep.add(index.pages[from]!.path);
      for (const link of index.pages[i]!.site.links) {
        const to = index.resolve(link.routes);
        if (to !== -1) keep.add(index.pages[to]!.path);
      }
    }
    if (summary.keywordSource === 'front-matter') {
      const primary = summary.keywords.find((keyword) => keyword.primary)?.phrase;
      for (const path of byPrimary.get(primary === undefined ? '' : stemKey(primary)) ?? []) keep.add(path);
    }
  }
  // Links to an article that is gone (deleted, or renamed away).
  if (changed.deleted.length > 0) {
    const goneRoutes = new Set<string>();
    for (const absolute of changed.deleted) {
      // The path as the working directory spells it (site roots are in those terms).
      const path = join(cwd, relative(realCwd, absolute));
      goneRoutes.add(locate(path, siteOf(path)).route);
    }
    for (const page of index.pages) {
      if (page.site.links.some((link) => link.routes.some((route) => goneRoutes.has(route)))) keep.add(page.path);
    }
  }
  // What the previous versions linked to, and who shared their own primary keyword.
  for (const version of previous) {
    for (const routes of version.linkRoutes) {
      const to = index.resolve(routes);
      if (to !== -1) keep.add(index.pages[to]!.path);
    }
    const key = version.primary === null ? '' : stemKey(version.primary);
    for (const path of byPrimary.get(key) ?? []) keep.add(path);
  }
  // Whatever shares a cross-file finding with a changed article.
  for (const finding of report.crossFile) {
    if (finding.locations.some((location) => changedPaths.has(location.path))) {
      for (const location of finding.locations) keep.add(location.path);
    }
  }
  const files: FileReport[] = report.files.filter((file) => keep.has(file.path));
  const crossFile = report.crossFile.filter((finding) => finding.locations.some((location) => keep.has(location.path)));
  return { ...report, files, crossFile, summary: summarize(files, crossFile) };
}


/**
 * The previous versions (at the ref) of the articles `git diff` lists, reduced to what relates
 * them to others: the routes they linked to and their own primary keyword. An article a changed one
 * used to link to (now perhaps an orphan) is related through these. Versions that cannot be read
 * or parsed are left out.
 */
export async function previousVersions(
  changed: ChangedFiles,
  cwd: string,
  settingsOf: (absolute: string) => { site: SiteSettings; parse: ParseOptions },
): Promise<PreviousVersion[]> {
  const realCwd = realOrSelf(cwd);
  const out: PreviousVersion[] = [];
  for (const rel of changed.diffed) {
    const format = formatFromPath(rel);
    if (format === null) continue;
    const source = previousSource(changed, rel);
    if (source === null) continue;
    const absolute = join(cwd, relative(realCwd, join(changed.top, rel)));
    const { site, parse } = settingsOf(absolute);
    try {
      await loadParsers([format]);
      if (parse.mdx === true) await loadMdxParser();
      const document = parseDocument(source, format, relative(cwd, absolute), parse);
      const links = siteSummary({ document, settings: site, absolutePath: absolute }).summary.links;
      let primary: string | null = null;
      try {
        const set = document.frontMatter === null ? null : keywordSetFromFrontMatter(document.frontMatter, rel, document.frontMatterYaml ?? undefined);
        primary = set?.keywords.find((keyword) => keyword.primary)?.phrase ?? null;
      } catch {
        primary = null;
      }
      out.push({ linkRoutes: links.map((link) => [...link.routes]), primary });
    } catch {
      // An old version that does not parse relates nothing.
    }
  }
  return out;
}
