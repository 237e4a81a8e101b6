import type { FrontMatterFields } from './frontmatter.js';
import type { TemplatesSetting } from './templates.js';

/** How an article is read (config `mdx`, `templates`, `titleAsH1`, `frontMatter`; SPEC §3, §5). */
export interface ParseOptions {
  /** Parse Markdown as MDX (the file matched a `mdx` glob). */
  mdx?: boolean;
  /** Template syntax that is not text (default `auto`: detected per file). */
  templates?: TemplatesSetting;
  /** A Markdown/MDX front-matter title is the page's H1 (default true). */
  titleAsH1?: boolean;
  /** Which front-matter fields mean what (default DEFAULT_FRONT_MATTER_FIELDS). */
  frontMatter?: FrontMatterFields;
  /** Internal (tests): Markdown chunk size in UTF-16 code units. */
  chunkSize?: number;
}
