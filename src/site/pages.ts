/** The site rules' view of a run: FileSummaries that carry a site summary, behind one shared index. */
import type { FileSummary } from '../rules/types.js';
import { siteIndex } from './crossfile.js';
import type { SiteIndex, SitePage } from './crossfile.js';

function toPage(file: FileSummary): SitePage | null {
  if (file.site === null || file.site === undefined) return null;
  return {
    path: file.path,
    format: file.format ?? null,
    title: file.title ?? null,
    metaDescription: file.metaDescription ?? null,
    primary: file.keywords.find((keyword) => keyword.primary)?.phrase ?? null,
    site: file.site,
  };
}

/** The run's SiteIndex (built once for all site rules of one run). */
export function siteIndexOf(files: readonly FileSummary[]): SiteIndex {
  return siteIndex(files, toPage);
}
