/** The `site` config key resolved for one file: where the site's root is and what its URL is. */

export interface SiteSettings {
  /** Absolute folder that site-root links resolve under and that routes are relative to. */
  root: string;
  /** `https://example.com`: absolute links under it are internal; null = every absolute link is outbound. */
  baseUrl: string | null;
  /** Globs (relative to `root`) of pages that need no inbound link; null = index pages. */
  entryPages: string[] | null;
}

/** `site.contentRoot` (else the working directory), `site.baseUrl`, `site.entryPages`. */
export function siteSettings(
  site: { contentRoot: string | null; baseUrl: string | null; entryPages?: string[] | null } | null,
  cwd: string,
): SiteSettings {
  return {
    root: site?.contentRoot ?? cwd,
    baseUrl: site?.baseUrl ?? null,
    entryPages: site?.entryPages ?? null,
  };
}
