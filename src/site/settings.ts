/** The `site` config key resolved for one run: where the site's root is and what its URL is. */

export interface SiteSettings {
  /** Absolute folder that site-root links resolve under and that routes are relative to. */
  root: string;
  /** `https://example.com`: absolute links under it are internal; null = every absolute link is outbound. */
  baseUrl: string | null;
  /** Globs (relative to `root`) of pages that need no inbound link; null = index pages. */
  entryPages: string[] | null;
}

/** `site.contentRoot` (else the config's folder, else the working directory), `site.baseUrl`, `site.entryPages`. */
export function siteSettings(
  config: { dir: string; site?: { contentRoot: string | null; baseUrl: string | null; entryPages: string[] | null } | null } | null,
  cwd: string,
): SiteSettings {
  const site = config?.site ?? null;
  return {
    root: site?.contentRoot ?? config?.dir ?? cwd,
    baseUrl: site?.baseUrl ?? null,
    entryPages: site?.entryPages ?? null,
  };
}
