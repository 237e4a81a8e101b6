import { location } from 'vfile-location';
import { tokenize } from '../text/tokenize.js';
import { splitSentences } from '../text/sentences.js';
import { en } from '../language/en.js';
import { DETECTION_SAMPLE_CHARS, resolveLanguage } from '../language/resolve.js';
import type { LanguageHints, ResolvedLanguage } from '../language/resolve.js';
import { wordKey, wordReadings } from '../language/spelling.js';
import type { Language } from '../language/types.js';
import type {
  Field,
  Block,
  Document,
  Heading,
  ParsedDocument,
  RawBlock,
  Section,
  Sentence,
  TextSegment,
  TokenTable,
  Vocabulary,
} from './model.js';

function detachText(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** A Uint32Array that doubles as it fills, then hands back a right-sized view. */
class U32Builder {
  private data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  get(index: number): number {
    return this.data[index]!;
  }
  finish(): Uint32Array {
    // Right-sized copy, one column at a time (the builder's buffer is dropped right after).
    const out = this.length === this.data.length ? this.data : this.data.slice(0, this.length);
    this.data = new Uint32Array(0);
    return out;
  }
}

export function createVocabulary(language: Language = en): Vocabulary {
  return {
    language, norms: [], stems: [], normStem: [], normId: new Map(), stemId: new Map(), spelledStem: new Map(),
    readings: new Map(), readingId: new Map(),
  };
}

/** Id of a word-form key, interning it on first sight. */
function internStem(vocabulary: Vocabulary, key: string): number {
  let id = vocabulary.stemId.get(key);
  if (id === undefined) {
    id = vocabulary.stems.length;
    vocabulary.stems.push(key);
    vocabulary.stemId.set(key, id);
  }
  return id;
}

/**
 * Stem id of a word keyed `key` with other readings `others` (Language.otherForms): the plain
 * id when it has none, else a homograph id that matches by all of them (Vocabulary.readings).
 */
function internReadings(vocabulary: Vocabulary, key: string, others: readonly string[] | undefined): number {
  const id = internStem(vocabulary, key);
  if (others === undefined || others.length === 0) return id;
  const members = [id, ...others.map((other) => internStem(vocabulary, other))];
  const name = members.join('\u0001');
  let homograph = vocabulary.readingId.get(name);
  if (homograph === undefined) {
    homograph = vocabulary.stems.length;
    vocabulary.stems.push(key);
    vocabulary.readingId.set(name, homograph);
    vocabulary.readings.set(homograph, members);
  }
  return homograph;
}

/** The plain stem ids a token's stem id matches by: its own, or a homograph's readings. */
export function stemReadings(vocabulary: Vocabulary, stem: number): readonly number[] {
  return vocabulary.readings.get(stem) ?? [stem];
}

/**
 * Id of a normalised word, interning it (and its word-form key) on first sight. `spelling`: the
 * class Language.spelling gave for the word as written; a word of another class than '' is keyed
 * once per (norm, class) (languages without `spelling` never pass one).
 */
export function internWord(vocabulary: Vocabulary, norm: string, spelling = ''): { norm: number; stem: number } {
  let normId = vocabulary.normId.get(norm);
  if (normId === undefined) {
    normId = vocabulary.norms.length;
    vocabulary.norms.push(norm);
    vocabulary.normId.set(norm, normId);
    const { language } = vocabulary;
    vocabulary.normStem.push(internReadings(vocabulary, wordKey(language, norm), wordReadings(language, norm)));
  }
  if (spelling === '') return { norm: normId, stem: vocabulary.normStem[normId]! };
  const id = `${norm}\u0000${spelling}`;
  let stem = vocabulary.spelledStem.get(id);
  if (stem === undefined) {
    const { language } = vocabulary;
    stem = internReadings(vocabulary, wordKey(language, norm, spelling), wordReadings(language, norm, spelling));
    vocabulary.spelledStem.set(id, stem);
  }
  return { norm: normId, stem };
}

/** Maps offsets in a block's concatenated text back to the source. */
class SegmentMap {
  private readonly textStarts: number[] = [];
  private readonly cursors: number[] = [];
  private readonly misses: number[] = [];
  constructor(
    private readonly source: string,
    private readonly segments: TextSegment[],
  ) {
    let at = 0;
    for (const segment of segments) {
      this.textStarts.push(at);
      this.cursors.push(segment.start);
      at += segment.text.length;
    }
  }

  private segmentAt(textOffset: number): number {
    // Binary search: last segment whose text starts at or before the offset.
    let lo = 0;
    let hi = this.textStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.textStarts[mid]! <= textOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Source range of `word`, which starts at textOffset in the block text. A
   * word can span segments (an entity or escape in the middle of it), so its
   * end is mapped separately from its start.
   */
  locate(textOffset: number, word: string): [number, number] {
    const textEnd = textOffset + word.length;
    const i = this.segmentAt(textOffset);
    const segment = this.segments[i]!;
    let start: number;
    if (segment.verbatim) {
      start = segment.start + (textOffset - this.textStarts[i]!);
    } else {
      // Text differs from the source here (entities, escapes, stripped
      // markers): find the word itself, moving forward through the segment.
      const found = this.findWord(word, i);
      if (found !== -1) return [found, found + word.length];
      start = segment.start;
    }
    const j = this.segmentAt(textEnd - 1);
    const last = this.segments[j]!;
    const end = last.verbatim ? last.start + (textEnd - this.textStarts[j]!) : last.end;
    return [start, Math.max(start, end)];
  }

  /**
   * The word's own position inside non-verbatim segment i, searching forward from the
   * segment's cursor and never past its end. The search runs over the segment's own source
   * (a slice, so a miss costs the segment, not the rest of the file: searching the whole
   * source made "&#97;x a" repeated quadratic), and after MAX_MISSES misses in one segment the
   * rest of its words take the segment's start (a large fallback segment full of words that
   * differ from the source would otherwise be searched once per word).
   */
  private findWord(word: string, i: number): number {
    const segment = this.segments[i]!;
    if ((this.misses[i] ?? 0) >= MAX_MISSES) return -1;
    let from = this.cursors[i]!;
    const base = segment.start;
    const own = this.source.slice(base, segment.end);
    for (;;) {
      const at = own.indexOf(word, from - base);
      if (at === -1 || base + at + word.length > segment.end) {
        this.misses[i] = (this.misses[i] ?? 0) + 1;
        return -1;
      }
      const found = base + at;
      // Only a whole word counts: "amp" must not be found inside "&amp;".
      if (!WORD_CHAR.test(this.source[found - 1] ?? ' ') && !WORD_CHAR.test(this.source[found + word.length] ?? ' ')) {
        this.cursors[i] = found + word.length;
        return found;
      }
      from = found + 1;
    }
  }
}

/** Failed word searches allowed per non-verbatim segment before its words take its start. */
const MAX_MISSES = 16;

const WORD_CHAR = /[\p{L}\p{M}\p{N}&#;]/u;

export interface BuildOptions {
  /** Path as given by the user; its file name is the fallback slug. */
  path: string;
}

/**
 * How the builder learns the article's language: the hints it cannot see itself (config,
 * keyword set); the front-matter/HTML language, the path and a text sample it adds.
 * Default: no hints (front matter, html, path, detection, en).
 */
export type LanguageChoice = Omit<LanguageHints, 'frontMatter' | 'html' | 'path' | 'text'>;

/** Where a parsed file's own language declaration came from (SPEC §5 `languageSource`). */
export type LanguageOrigin = 'front-matter' | 'html';

/** HTML declares it with `<html lang>` unless its front matter did (`languageFrom`); Markdown in front matter. */
function languageOrigin(parsed: ParsedDocument): LanguageOrigin {
  return parsed.languageFrom ?? (parsed.format === 'html' ? 'html' : 'front-matter');
}

export function buildDocument(parsed: ParsedDocument, options: BuildOptions, choice: LanguageChoice = {}): Document {
  const builder = new DocumentBuilder(parsed.source, choice, options.path);
  builder.declare(parsed.language, languageOrigin(parsed));
  // HTML printing the front-matter title as its H1 (`<h1>{{ page.title }}</h1>`).
  if (parsed.pageH1 != null) builder.addPageH1(parsed.pageH1);
  builder.add(parsed.blocks);
  return builder.finish(parsed, options);
}

/** Prose buffered before the language must be fixed (the whole text of most articles). */
const LANGUAGE_BUFFER = 1 << 20;

/**
 * A front-matter language field read from the source itself, for the rare article whose
 * prose outgrows the buffer before its parser hands over the front matter.
 */
function frontMatterLanguageHint(source: string): string | null {
  const open = /^(?:---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (open === null) return null;
  const head = source.slice(0, 8192);
  const field = /^(?:lang|language|locale)[ \t]*[:=][ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)["']?[ \t]*$/m.exec(head);
  return field === null ? null : field[1]!;
}

/**
 * Builds a Document block by block: blocks can be added in batches (a chunk
 * of a large Markdown file at a time) and dropped by the caller afterwards.
 */
export class DocumentBuilder {
  private vocabulary = createVocabulary();
  private resolved: ResolvedLanguage | null = null;
  private declared: { language: string | null; origin: LanguageOrigin } | null = null;
  private pending: RawBlock[] = [];
  private pendingLength = 0;
  private readonly starts = new U32Builder();
  private readonly ends = new U32Builder();
  private readonly norms = new U32Builder();
  private readonly stems = new U32Builder();
  private readonly sentenceOf = new U32Builder();
  private readonly blockOf = new U32Builder();
  private readonly blocks: Block[] = [];
  private readonly sentences: Sentence[] = [];
  private readonly headings: Heading[] = [];
  private readonly sections: Section[] = [
    { index: 0, heading: null, level: 0, parent: null, children: [], blocks: [], words: 0, totalWords: 0, tokenStart: 0, tokenEnd: 0 },
  ];
  private readonly openSections: number[] = [0];
  private readonly lines: ReturnType<typeof location>;

  constructor(
    private readonly source: string,
    private readonly choice: LanguageChoice = {},
    private readonly path: string | null = null,
  ) {
    this.lines = location(source);
  }

  /**
   * The page H1 that the layout prints from the front-matter title (titleAsH1): the first
   * heading, level 1, at its field, with no tokens of its own (its words are not body words).
   * Call before add().
   */
  addPageH1(field: Field): void {
    const { blocks, headings, sections, openSections, lines, starts, sentences } = this;
    const offset = field.offset ?? 0;
    const sectionIndex = sections.length;
    const tokenStart = starts.length;
    sections.push({
      index: sectionIndex, heading: headings.length, level: 1, parent: 0, children: [], blocks: [],
      words: 0, totalWords: 0, tokenStart, tokenEnd: tokenStart,
    });
    sections[0]!.children.push(sectionIndex);
    openSections.push(sectionIndex);
    const blockIndex = blocks.length;
    blocks.push({
      index: blockIndex, kind: 'heading', level: 1, text: '', start: offset, end: offset, tokenStart, tokenEnd: tokenStart,
      sentenceStart: sentences.length, sentenceEnd: sentences.length, section: sectionIndex,
    });
    const point = lines.toPoint(offset);
    headings.push({
      index: headings.length, level: 1, text: detachText(field.text), block: blockIndex, section: sectionIndex, start: offset,
      line: point?.line ?? 1, column: point?.column ?? 1, words: 0, source: 'front-matter',
    });
  }

  /** The language the parser found in the file (front matter, or `<html lang>`), when known before the blocks. */
  declare(language: string | null, origin: LanguageOrigin): void {
    this.declared = { language, origin };
  }

  /**
   * Blocks are buffered until the article's language is known: at finish(), when the parser
   * has read the front matter, or once LANGUAGE_BUFFER characters of prose are waiting.
   */
  add(rawBlocks: readonly RawBlock[]): void {
    if (this.resolved !== null) {
      this.tokenizeBlocks(rawBlocks);
      return;
    }
    for (const block of rawBlocks) {
      this.pending.push(block);
      for (const segment of block.segments) this.pendingLength += segment.text.length;
    }
    if (this.pendingLength >= LANGUAGE_BUFFER) this.fixLanguage(this.declared?.language ?? frontMatterLanguageHint(this.source), this.declared?.origin ?? 'front-matter');
  }

  private fixLanguage(declared: string | null, origin: LanguageOrigin): void {
    const pending = this.pending;
    this.resolved = resolveLanguage({
      ...this.choice,
      frontMatter: origin === 'front-matter' ? declared : null,
      html: origin === 'html' ? declared : null,
      path: this.path,
      text: () => {
        let sample = '';
        for (const block of pending) {
          if (block.kind === 'heading') continue;
          for (const segment of block.segments) sample += segment.text;
          sample += '\n';
          if (sample.length >= DETECTION_SAMPLE_CHARS) break;
        }
        return sample;
      },
    });
    this.vocabulary = createVocabulary(this.resolved.language);
    this.pending = [];
    this.pendingLength = 0;
    this.tokenizeBlocks(pending);
  }

  private tokenizeBlocks(rawBlocks: readonly RawBlock[]): void {
    const language = this.vocabulary.language;
    // Languages that key words by their spelling too (Language.spelling); the others skip it.
    const spelling = language.spelling;
    const { vocabulary, starts, ends, norms, stems, sentenceOf, blockOf, blocks, sentences, headings, sections, openSections, lines } = this;
    for (const raw of rawBlocks) {
      // Copied: one segment's text may be a view into a chunk's whole text (see detach()).
      const text = detachText(raw.segments.map((s) => s.text).join(''));
      const map = new SegmentMap(this.source, raw.segments);
      const blockIndex = blocks.length;
      const tokenStart = starts.length;
      const sentenceStart = sentences.length;

      let sectionIndex: number;
      if (raw.kind === 'heading') {
        const level = raw.level ?? 1;
        while (sections[openSections[openSections.length - 1]!]!.level >= level) openSections.pop();
        const parent = openSections[openSections.length - 1]!;
        sectionIndex = sections.length;
        sections.push({
          index: sectionIndex, heading: headings.length, level, parent, children: [], blocks: [],
          words: 0, totalWords: 0, tokenStart, tokenEnd: tokenStart,
        });
        sections[parent]!.children.push(sectionIndex);
        openSections.push(sectionIndex);
      } else {
        sectionIndex = openSections[openSections.length - 1]!;
        sections[sectionIndex]!.blocks.push(blockIndex);
      }

      const tokens = tokenize(text, 0, language);
      const codeStarts: number[] = [];
      let textAt = 0;
      for (const segment of raw.segments) {
        if (segment.code) codeStarts.push(textAt);
        textAt += segment.text.length;
      }
      let t = 0;
      for (const range of splitSentences(text, language, codeStarts)) {
        const first = t;
        const sentenceIndex = sentences.length;
        while (t < tokens.length && tokens[t]!.start < range.end) {
          const token = tokens[t]!;
          const ids = spelling === undefined
            ? internWord(vocabulary, token.norm)
            : internWord(vocabulary, token.norm, spelling(token.text, token.norm, t === first ? 'start' : 'text'));
          const [at, atEnd] = map.locate(token.start, token.text);
          starts.push(at);
          ends.push(atEnd);
          norms.push(ids.norm);
          stems.push(ids.stem);
          sentenceOf.push(sentenceIndex);
          blockOf.push(blockIndex);
          t++;
        }
        if (t === first) continue; // punctuation- or emoji-only: not a sentence
        const firstToken = tokenStart + first;
        sentences.push({
          index: sentenceIndex,
          block: blockIndex,
          start: starts.get(firstToken),
          end: ends.get(tokenStart + t - 1),
          tokenStart: firstToken,
          tokenEnd: tokenStart + t,
        });
      }

      const blockStart = raw.segments.length > 0 ? Math.min(raw.start, raw.segments[0]!.start) : raw.start;
      blocks.push({
        index: blockIndex, kind: raw.kind, level: raw.kind === 'heading' ? (raw.level ?? 1) : null, text,
        start: blockStart, end: raw.end, tokenStart, tokenEnd: starts.length,
        sentenceStart, sentenceEnd: sentences.length, section: sectionIndex,
      });
      if (raw.kind === 'heading') {
        const point = lines.toPoint(raw.start);
        headings.push({
          index: headings.length, level: raw.level ?? 1, text: detachText(text.replace(/\s+/g, ' ').trim()),
          block: blockIndex, section: sectionIndex, start: raw.start,
          line: point?.line ?? 1, column: point?.column ?? 1, words: 0,
        });
      } else {
        sections[sectionIndex]!.words += starts.length - tokenStart;
      }
    }
  }

  /** The Document, with the parsed metadata (`parsed.blocks` is ignored: blocks come from add()). */
  finish(parsed: ParsedDocument, options: BuildOptions): Document {
    if (this.resolved === null) this.fixLanguage(parsed.language, languageOrigin(parsed));
    const resolved = this.resolved!;
    const { blocks, sentences, headings, sections, lines, starts } = this;
    const count = starts.length;
    closeSectionRanges(sections, headings, blocks, count);
    for (const heading of headings) heading.words = sections[heading.section]!.words;
    attachHeadingIds(headings, parsed.headingIds ?? [], (offset) => lines.toPoint(offset)?.line ?? 0);

    const tokens: TokenTable = {
      count,
      start: this.starts.finish(),
      end: this.ends.finish(),
      norm: this.norms.finish(),
      stem: this.stems.finish(),
      sentence: this.sentenceOf.finish(),
      block: this.blockOf.finish(),
    };
    // The parsers may have read a masked copy (front matter, template syntax blanked, same length);
    // the Document keeps the original text.
    const source = parsed.source;
    let sentenceCount = 0;
    for (const s of sentences) if (blocks[s.block]!.kind !== 'heading') sentenceCount++;

    return {
      path: options.path,
      format: parsed.format,
      source,
      title: parsed.title,
      metaDescription: parsed.metaDescription,
      slug: parsed.slug ?? slugFromPath(options.path),
      language: resolved.tag,
      languageSource: resolved.source,
      lang: resolved.language,
      frontMatter: parsed.frontMatter,
      frontMatterYaml: parsed.frontMatterYaml,
      frontMatterProblems: parsed.frontMatterProblems ?? [],
      skip: parsed.skip ?? partialFromPath(options.path),
      blocks,
      sentences,
      headings,
      sections,
      images: parsed.images,
      links: parsed.links,
      directives: parsed.directives,
      page: parsed.page ?? null,
      ids: parsed.ids ?? [],
      tokens,
      vocabulary: this.vocabulary,
      wordCount: count,
      sentenceCount,
      paragraphCount: blocks.length - headings.length,
      point(offset: number) {
        const clamped = Math.max(0, Math.min(offset, source.length));
        const p = lines.toPoint(clamped);
        return { line: p?.line ?? 1, column: p?.column ?? 1, offset: clamped };
      },
    };
  }
}

/** A section spans its heading up to the next heading of the same or a higher rank. */
function closeSectionRanges(sections: Section[], headings: Heading[], blocks: Block[], count: number): void {
  // One backward pass with a stack of later sections keeps 100,000 headings linear.
  const later: Section[] = [];
  for (let i = sections.length - 1; i >= 1; i--) {
    const section = sections[i]!;
    while (later.length > 0 && later[later.length - 1]!.level > section.level) later.pop();
    section.tokenEnd = later.length > 0 ? later[later.length - 1]!.tokenStart : count;
    later.push(section);
  }
  sections[0]!.tokenEnd = count;
  for (const section of sections) {
    const heading = section.heading === null ? null : blocks[headings[section.heading]!.block]!;
    const headingTokens = heading === null ? 0 : heading.tokenEnd - heading.tokenStart;
    section.totalWords = section.tokenEnd - section.tokenStart - headingTokens;
  }
}

/** Explicit heading ids belong to the heading whose source range holds them. */
function attachHeadingIds(headings: Heading[], ids: readonly { id: string; offset: number }[], lineOf: (offset: number) => number): void {
  if (ids.length === 0) return;
  const byLine = new Map<number, string>();
  for (const { id, offset } of ids) byLine.set(lineOf(offset), id);
  for (const heading of headings) {
    const id = heading.source === undefined ? byLine.get(heading.line) : undefined;
    if (id !== undefined) heading.id = id;
  }
}

/** `2024-03-01-` (Jekyll, Hugo, Zola) or `2024-03-01_` (Zola), dropped from file-name slugs. */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}[-_]/;
const EXTENSION = /\.(md|markdown|mdx|html?|txt)$/i;

/**
 * The slug a file name implies (SPEC §5): the name without its extension and without a
 * `YYYY-MM-DD-` date prefix; for `index.*` / `_index.*` (page bundles, section pages) the parent
 * folder's name.
 */
export function slugFromPath(path: string): ParsedDocument['slug'] {
  const parts = path.split(/[\\/]/).filter((p) => p.length > 0 && p !== '.');
  let name = (parts.pop() ?? '').replace(EXTENSION, '');
  if (/^_?index$/i.test(name)) {
    const parent = parts.pop();
    if (parent !== undefined && parent !== '..') name = parent;
  }
  name = name.replace(DATE_PREFIX, '');
  if (!name || name === '-') return null;
  return { text: name, from: 'fileName', offset: null };
}

/**
 * A partial (SPEC §5): a file name starting with `_`, except `_index.*`; a draft: a file in
 * Jekyll's `_drafts/` folder (published only with `jekyll --drafts`).
 */
export function partialFromPath(path: string): 'partial' | 'draft' | null {
  const parts = path.split(/[\\/]/);
  const base = parts.pop() ?? '';
  if (base.startsWith('_') && !/^_index\./i.test(base)) return 'partial';
  return parts.includes('_drafts') ? 'draft' : null;
}

export type { RawBlock };
