/**
 * The one Document model every format is parsed into. Parsers (markdown.ts,
 * html.ts) produce a ParsedDocument: metadata plus prose blocks made of
 * source-mapped text segments. buildDocument() turns that into tokens,
 * sentences, sections and headings. Nothing here knows about keywords.
 */

import type { Language } from '../language/types.js';
import type { LanguageSource } from '../language/resolve.js';

export type SourceFormat = 'markdown' | 'html';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'blockquote';

/** 1-based line and column, 0-based UTF-16 offset into the original source. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * A piece of prose text and where it came from. When `verbatim` is true the
 * text is exactly source.slice(start, start + text.length); otherwise (escapes,
 * entities, stripped indentation) token positions are found by searching the
 * source between start and end.
 */
export interface TextSegment {
  text: string;
  start: number;
  end: number;
  verbatim: boolean;
  /** Inline code (or its stand-in): a sentence may start here even when it is lowercase. */
  code?: boolean;
}

export interface RawBlock {
  kind: BlockKind;
  /** 1–6, headings only. */
  level?: number;
  segments: TextSegment[];
  /** Source offset where the block starts (e.g. the "#" of a heading). */
  start: number;
  end: number;
}

/** Why a file is skipped by default (SPEC §5); `--include-drafts` audits it anyway. */
export type SkipReason = 'draft' | 'partial' | 'redirect' | 'noindex';

/** Something wrong with the front matter, for the `front-matter` rule (offset into the source). */
export interface FrontMatterProblem {
  message: string;
  offset: number;
}

export interface FrontMatterYaml {
  text: string;
  line: number;
}

/** A document-level string such as the title, with where it was found. */
export interface Field {
  text: string;
  from: 'frontMatter' | 'title' | 'meta' | 'canonical' | 'h1' | 'fileName';
  /** Offset in the source, or null when the value is not in the file (file name). */
  offset: number | null;
}

export interface Image {
  alt: string | null;
  src: string | null;
  offset: number;
}

export interface Link {
  text: string;
  href: string | null;
  offset: number;
}

/** A value found in the source and where (offset into the source). */
export interface Located {
  value: string;
  offset: number;
}

/**
 * What the technical HTML checks read from an HTML page's markup (the site rules: canonical,
 * open-graph, structured-data, hreflang, html-lang). Null for Markdown.
 */
export interface PageMeta {
  /** `<html lang>` as written; null when the attribute is absent. */
  htmlLang: Located | null;
  /** Offset of `<head>` (else of `<html>`, else 0): where a missing tag is reported. */
  headOffset: number;
  /** Every `<link rel="canonical" href>`, in order. */
  canonicals: Located[];
  /** `og:*` and `twitter:*` `<meta>` tags (property or name, lower-cased), the first of each name. */
  social: { name: string; content: string; offset: number }[];
  /** The text of every `<script type="application/ld+json">`, offset = where the text starts. */
  jsonLd: Located[];
  /** `<link rel="alternate" hreflang href>`, in order. */
  alternates: { hreflang: string; href: string; offset: number }[];
}

/** `<!-- seo-audit-disable rule-a rule-b -->`; no rules listed means every rule. */
export interface Directive {
  kind: 'disable' | 'enable';
  rules: string[];
  offset: number;
}

export interface ParsedDocument {
  format: SourceFormat;
  /** The original text (after decoding; BOM removed). Offsets index into it. */
  source: string;
  title: Field | null;
  metaDescription: Field | null;
  /** Canonical URL / front matter slug; buildDocument falls back to the file name. */
  slug: Field | null;
  language: string | null;
  /** Where `language` was declared, when not the format's usual place (HTML front matter: `front-matter`). */
  languageFrom?: 'front-matter' | 'html';
  frontMatter: Record<string, unknown> | null;
  /** The front matter's YAML as written and the 1-based line it starts on (for positions in errors). */
  frontMatterYaml: FrontMatterYaml | null;
  /** Front matter that could not be read, fields of the wrong type (the `front-matter` rule). */
  frontMatterProblems?: FrontMatterProblem[];
  /** Why the page is skipped by default (front matter, meta tags); the file name is checked by buildDocument. */
  skip?: SkipReason | null;
  /**
   * The page H1 printed by the layout (`titleAsH1`): a Markdown/MDX front-matter title. It is the
   * first heading, but its words are not body words.
   */
  pageH1?: Field | null;
  /** Explicit heading ids (`{#id}`, `{/* #id *\/}`) by the offset they were written at. */
  headingIds?: { id: string; offset: number }[];
  blocks: RawBlock[];
  images: Image[];
  links: Link[];
  directives: Directive[];
  /** HTML pages: head metadata for the technical checks (absent = none). */
  page?: PageMeta | null;
  /** Element `id`/`name` attributes (HTML, and raw HTML in Markdown): `#fragment` targets. */
  ids?: string[];
}

export interface Block {
  index: number;
  kind: BlockKind;
  level: number | null;
  text: string;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) into Document.tokens. */
  tokenStart: number;
  tokenEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Index into Document.sections of the section the block belongs to. */
  section: number;
}

export interface Sentence {
  index: number;
  block: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

export interface Heading {
  index: number;
  level: number;
  text: string;
  block: number;
  section: number;
  start: number;
  line: number;
  column: number;
  /** Words of the section's own body (up to the next heading of any level). */
  words: number;
  /** "front-matter" for the page H1 taken from the front-matter title (titleAsH1); absent for body headings. */
  source?: 'front-matter';
  /** Explicit id written after the heading (`## Setup {#setup}`), for #anchor checks. */
  id?: string;
}

export interface Section {
  index: number;
  /** Null for the preamble before the first heading. */
  heading: number | null;
  /** 0 for the preamble, else the heading level. */
  level: number;
  parent: number | null;
  children: number[];
  /** Own body blocks (the heading block excluded), in order. */
  blocks: number[];
  /** Words of the own body, heading text excluded. */
  words: number;
  /** Own words plus all descendants' words and their heading words. */
  totalWords: number;
  /** Token range covering the heading, the body and all descendants. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Tokens are stored column-wise: a 10 MB article has about 1.7 M words, and
 * one object per word would cost an order of magnitude more memory.
 * `norm`/`stem` are ids into the vocabulary arrays; a "stem" is the word-form key of the
 * article's language (src/language/), the lemma for English.
 */
export interface TokenTable {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  norm: Uint32Array;
  stem: Uint32Array;
  sentence: Uint32Array;
  block: Uint32Array;
}

export interface Vocabulary {
  /** The language whose normalisation and word forms the ids were made with. */
  language: Language;
  norms: string[];
  stems: string[];
  /** Stem id of each norm id, for the word written in the plain spelling class ('' : Language.spelling). */
  normStem: number[];
  normId: Map<string, number>;
  stemId: Map<string, number>;
  /**
   * Stem id of a word written in a spelling class other than '' (Language.spelling), by
   * `norm + "\u0000" + class`; empty for languages that key words by their norm alone. A
   * token's own stem id is in TokenTable.stem.
   */
  spelledStem: Map<string, number>;
  /**
   * A homograph's stem id (Language.otherForms) → the plain stem ids it matches by, its key's
   * first. Such an id is the word's, in TokenTable.stem; its `stems` entry is its key's string and
   * `stemId` never names it (keywords are matched by plain ids). Empty for most texts.
   */
  readings: Map<number, readonly number[]>;
  /** Homograph stem ids by their plain ids joined with "\u0001". */
  readingId: Map<string, number>;
}

export interface Document {
  path: string;
  format: SourceFormat;
  source: string;
  title: Field | null;
  metaDescription: Field | null;
  slug: Field | null;
  /** BCP 47 tag of the article's language (README: Matching), as found or detected. */
  language: string;
  /** Where `language` came from. */
  languageSource: LanguageSource;
  /** The language's rules (segmentation, sentences, word forms, function words, readability). */
  lang: Language;
  frontMatter: Record<string, unknown> | null;
  frontMatterYaml: FrontMatterYaml | null;
  frontMatterProblems: FrontMatterProblem[];
  /** Why the page is skipped by default, or null (SPEC §5). */
  skip: SkipReason | null;
  blocks: Block[];
  sentences: Sentence[];
  headings: Heading[];
  sections: Section[];
  images: Image[];
  links: Link[];
  directives: Directive[];
  /** HTML pages: head metadata for the technical checks; null for Markdown. */
  page?: PageMeta | null;
  /** Element `id`/`name` attributes (HTML, and raw HTML in Markdown): `#fragment` targets. */
  ids?: string[];
  tokens: TokenTable;
  vocabulary: Vocabulary;
  /** Prose words, headings included. */
  wordCount: number;
  /** Sentences outside headings. */
  sentenceCount: number;
  /** Blocks other than headings. */
  paragraphCount: number;
  /** 1-based line/column of a source offset. */
  point(offset: number): Point;
}
