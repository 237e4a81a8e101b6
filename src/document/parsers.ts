/**
 * The input syntaxes: a registry from report `format` to the parser that builds a Document, with
 * the file extensions each claims. A new syntax (MDX, …) is one file exporting an `InputSyntax`
 * plus one entry in SYNTAXES (taking its extensions away from the syntax that claimed them).
 * Each syntax loads its tree parser on demand (see lazy-parser.ts).
 */
import { htmlSyntax } from './html.js';
import { markdownSyntax } from './markdown.js';
import type { ParseOptions } from './options.js';
import type { Document, SourceFormat } from './model.js';
import type { LanguageChoice } from './build.js';

export interface InputSyntax {
  /** The report's `format` for files of this syntax. */
  format: SourceFormat;
  /** File extensions it claims, lower case, without the dot. */
  extensions: readonly string[];
  /** Loads the tree parser asynchronously (once); parse() works without it, loading synchronously. */
  load(): Promise<void>;
  /** Parses `source` (decoded, BOM removed) into the Document model. */
  /** `language`: the hints the parser cannot see (config, keyword set) for SPEC §5's language order. */
  parse(source: string, path: string, options?: ParseOptions, language?: LanguageChoice): Document;
}

export const SYNTAXES: readonly InputSyntax[] = [markdownSyntax, htmlSyntax];

const BY_FORMAT = new Map<string, InputSyntax>(SYNTAXES.map((syntax) => [syntax.format, syntax]));
const BY_EXTENSION = new Map<string, SourceFormat>(SYNTAXES.flatMap((syntax) => syntax.extensions.map((ext) => [ext, syntax.format] as const)));

export function syntaxOf(format: SourceFormat): InputSyntax {
  const syntax = BY_FORMAT.get(format);
  if (syntax === undefined) throw new RangeError(`no parser for format "${format}"`);
  return syntax;
}

/** Format implied by the file extension (case-insensitive), or null when unknown. */
export function formatFromPath(path: string): SourceFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(path);
  return match === null ? null : (BY_EXTENSION.get(match[1]!.toLowerCase()) ?? null);
}

/** Loads the parsers of `formats` (asynchronously, once); call before parsing many files. */
export async function loadParsers(formats: Iterable<SourceFormat>): Promise<void> {
  for (const format of new Set(formats)) await syntaxOf(format).load();
}
