/**
 * analyze(): per-keyword counts, density, occurrences and placements, plus
 * file coverage and the section × group matrix (README: Matching). Plain data out, so
 * the CLI, rules, reports and benchmarks share it.
 */
import type { Document } from '../document/model.js';
import { keyedWords } from '../language/spelling.js';
import { stemReadings } from '../document/build.js';
import { matchPhrases, tableFromStrings } from './matcher.js';
import type { KeywordMatches } from './matcher.js';
import type {
  Analysis,
  AnalyzeOptions,
  Coverage,
  Keyword,
  KeywordResult,
  KeywordSet,
  MatchMode,
  Occurrence,
  Placements,
  SectionMatrix,
} from './types.js';

/** Column of the matrix for keywords outside any group. */
export const UNGROUPED_COLUMN = 'other';

interface Hit {
  token: number;
  tokenEnd: number;
  sentence: number;
  mode: MatchMode;
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function effectiveMode(keyword: Keyword, options: AnalyzeOptions = {}): MatchMode {
  return keyword.quoted ? 'exact' : (options.match ?? keyword.match);
}

/** Matches in the keyword's own mode, in token order. */
export function ownModeHits(matches: KeywordMatches, mode: MatchMode, sentenceOfToken: (token: number) => number): Hit[] {
  const hits: Hit[] = [];
  const forms = (i: number): Hit => ({
    token: matches.formsStart[i]!,
    tokenEnd: matches.formsEnd[i]!,
    sentence: sentenceOfToken(matches.formsStart[i]!),
    mode: matches.formsExact[i] ? 'exact' : 'forms',
  });
  if (mode === 'exact' || mode === 'forms') {
    for (let i = 0; i < matches.formsStart.length; i++) {
      if (mode === 'forms' || matches.formsExact[i]) hits.push(forms(i));
    }
    return hits;
  }
  // Sentence mode: a sentence's adjacent matches keep their stricter mode; the
  // rest of its count points at the sentence's first matched content word.
  let f = 0;
  for (let r = 0; r < matches.sentence.length; r++) {
    const sentence = matches.sentence[r]!;
    const sentenceHits: Hit[] = [];
    while (f < matches.formsStart.length && sentenceOfToken(matches.formsStart[f]!) < sentence) f++;
    while (f < matches.formsStart.length && sentenceOfToken(matches.formsStart[f]!) === sentence) sentenceHits.push(forms(f++));
    const first = matches.sentenceFirstToken[r]!;
    for (let extra = matches.sentenceCount[r]! - sentenceHits.length; extra > 0; extra--) {
      sentenceHits.push({ token: first, tokenEnd: first + 1, sentence, mode: 'sentence' });
    }
    sentenceHits.sort((a, b) => a.token - b.token || a.tokenEnd - b.tokenEnd);
    for (const hit of sentenceHits) hits.push(hit);
  }
  return hits;
}

/**
 * The introduction: the first block that is not a heading and has words. A
 * document without one (headings only) uses its first ceil(10 %) of words.
 */
export function introRange(document: Document): { tokenStart: number; tokenEnd: number } {
  for (const block of document.blocks) {
    if (block.kind !== 'heading' && block.tokenEnd > block.tokenStart) {
      return { tokenStart: block.tokenStart, tokenEnd: block.tokenEnd };
    }
  }
  return { tokenStart: 0, tokenEnd: Math.ceil(document.wordCount * 0.1) };
}

/** Last path segment of a URL-ish slug ("https://x/articles/leg-cramps" → "leg-cramps"). */
export function slugWords(slug: string): string {
  const cut = slug.search(/[?#]/);
  let path = cut === -1 ? slug : slug.slice(0, cut);
  // A loop, not /\/+$/: that regex is quadratic on a long run of slashes not at the end.
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  path = path.slice(0, end);
  return path.includes('/') ? path.slice(path.lastIndexOf('/') + 1) : path;
}

/**
 * Index of the section a group's `section` names: the first heading whose
 * words contain every content word of the name by stem (any order). A heading
 * below H1 is preferred, because the H1 usually lists every topic of the
 * article ("Causes, Prevention, and Treatment"); an H1 counts only when no
 * other heading matches.
 */
export function findSection(document: Document, name: string): number | null {
  const language = document.vocabulary.language;
  // A section name is typed like a keyword (Language.spelling `typed`).
  const { norms, choices } = keyedWords(name, language, true);
  const content = choices.filter((_, i) => !language.functionWords.has(norms[i]!));
  // Each word's ids: its key's and its other readings' as typed (Language.keywordForms).
  const wanted: number[][] = [];
  for (const keys of content.length > 0 ? content : choices) {
    const ids = keys.map((key) => document.vocabulary.stemId.get(key)).filter((id): id is number => id !== undefined);
    if (ids.length === 0) return null;
    wanted.push(ids);
  }
  if (wanted.length === 0) return null;
  let h1: number | null = null;
  for (const heading of document.headings) {
    const block = document.blocks[heading.block]!;
    const present = new Set<number>();
    for (let t = block.tokenStart; t < block.tokenEnd; t++) for (const id of stemReadings(document.vocabulary, document.tokens.stem[t]!)) present.add(id);
    if (!wanted.every((ids) => ids.some((id) => present.has(id)))) continue;
    if (heading.level > 1) return heading.section;
    h1 ??= heading.section;
  }
  return h1;
}

export function analyze(document: Document, keywordSet: KeywordSet, options: AnalyzeOptions = {}): Analysis {
  const keywords = keywordSet.keywords;
  const phrases = keywords.map((k) => k.phrase);
  const { tokens, blocks, sections } = document;
  const tokenSentence = (t: number): number => tokens.sentence[t]!;
  const matches = matchPhrases(document, phrases);

  // Short fields share one small table; its sentence i is fields[i].
  const fields: { kind: 'title' | 'metaDescription' | 'slug' | 'imageAlt' | 'h1'; text: string }[] = [];
  if (document.title) fields.push({ kind: 'title', text: document.title.text });
  // The page H1 a layout prints from the front-matter title (titleAsH1): an H1 without body words.
  for (const heading of document.headings) if (heading.source === 'front-matter') fields.push({ kind: 'h1', text: heading.text });
  if (document.metaDescription) fields.push({ kind: 'metaDescription', text: document.metaDescription.text });
  if (document.slug) fields.push({ kind: 'slug', text: slugWords(document.slug.text) });
  for (const image of document.images) if (image.alt) fields.push({ kind: 'imageAlt', text: image.alt });
  const fieldTable = tableFromStrings(fields.map((f) => f.text), document.vocabulary.language, fields.map((f) => f.kind === 'slug'));
  const fieldMatches = matchPhrases(fieldTable, phrases);

  const intro = introRange(document);
  const groupSections: Record<string, number | null> = {};
  for (const group of keywordSet.groups) {
    groupSections[group.name] = group.section === null ? null : findSection(document, group.section);
  }
  const subheadingCount = document.headings.filter((h) => h.level === 2 || h.level === 3).length;
  const groupByName = new Map(keywordSet.groups.map((g) => [g.name, g]));

  const results: KeywordResult[] = keywords.map((keyword, k) => {
    const mode = effectiveMode(keyword, options);
    const m = matches[k]!;
    const hits = ownModeHits(m, mode, tokenSentence);
    const count = hits.length;
    const occurrences: Occurrence[] = hits.map((hit) => {
      const start = tokens.start[hit.token]!;
      const end = tokens.end[hit.tokenEnd - 1]!;
      const point = document.point(start);
      return {
        line: point.line, column: point.column, offset: start,
        text: document.source.slice(start, end), mode: hit.mode,
        token: hit.token, tokenEnd: hit.tokenEnd, sentence: hit.sentence,
      };
    });

    const hitBlocks = new Set(hits.map((h) => tokens.block[h.token]!));
    const fieldHits = new Set(
      ownModeHits(fieldMatches[k]!, mode, (t) => fieldTable.tokens.sentence[t]!).map((h) => fields[h.sentence]!.kind),
    );
    let section: boolean | null = null;
    if (keyword.group !== null) {
      const group = groupByName.get(keyword.group);
      if (group && group.section !== null) {
        const index = groupSections[group.name];
        section = index === null || index === undefined
          ? false
          : hits.some((h) => h.token >= sections[index]!.tokenStart && h.token < sections[index]!.tokenEnd);
      }
    }
    // Per hit block, not per heading: cost follows the hits, not the heading count.
    let h1 = false;
    let withSubheading = 0;
    for (const b of hitBlocks) {
      const block = blocks[b]!;
      if (block.kind !== 'heading') continue;
      if (block.level === 1) h1 = true;
      else if (block.level === 2 || block.level === 3) withSubheading++;
    }
    const placements: Placements = {
      title: fieldHits.has('title'),
      metaDescription: fieldHits.has('metaDescription'),
      h1: h1 || fieldHits.has('h1'),
      subheadings: { with: withSubheading, of: subheadingCount },
      intro: hits.some((h) => h.token >= intro.tokenStart && h.token < intro.tokenEnd),
      slug: fieldHits.has('slug'),
      imageAlt: fieldHits.has('imageAlt'),
      section,
    };
    return {
      phrase: keyword.phrase,
      group: keyword.group,
      primary: keyword.primary,
      match: mode,
      min: keyword.min,
      max: keyword.max,
      weight: keyword.weight,
      count,
      counts: { ...m.counts },
      density: document.wordCount === 0 ? 0 : round((count / document.wordCount) * 100, 2),
      found: count >= keyword.min,
      placements,
      occurrences,
    };
  });

  return {
    words: document.wordCount,
    keywords: results,
    primary: results.find((r) => r.primary) ?? null,
    coverage: coverage(keywordSet, results),
    matrix: sectionMatrix(document, keywordSet, results, blocks),
    intro,
    groupSections,
  };
}

function coverage(keywordSet: KeywordSet, results: KeywordResult[]): Coverage {
  const share = (list: KeywordResult[]) => {
    // Weights are scaled by the largest first: finite weights near Number.MAX_VALUE would
    // otherwise sum to Infinity and make the ratio NaN (issue 16).
    const largest = list.reduce((max, r) => Math.max(max, r.weight), 0);
    const total = largest === 0 ? 0 : list.reduce((sum, r) => sum + r.weight / largest, 0);
    const found = largest === 0 ? 0 : list.reduce((sum, r) => sum + (r.found ? r.weight / largest : 0), 0);
    return {
      ratio: total === 0 ? 1 : round(found / total, 4),
      covered: list.filter((r) => r.found).length,
      total: list.length,
    };
  };
  return {
    ...share(results),
    groups: keywordSet.groups.map((g) => ({ name: g.name, ...share(results.filter((r) => r.group === g.name)) })),
  };
}

/**
 * Rows: the document's sections (the preamble only when it has words);
 * columns: groups in set order, then "other" for ungrouped keywords. Each
 * own-mode occurrence is counted once, in the section whose own range (its
 * heading and body, not its subsections) holds its first token, so the
 * matrix sums to the total of all keywords' counts.
 */
function sectionMatrix(document: Document, keywordSet: KeywordSet, results: KeywordResult[], blocks: Document['blocks']): SectionMatrix {
  const groups = keywordSet.groups.map((g) => g.name);
  const hasUngrouped = results.some((r) => r.group === null);
  let otherName = UNGROUPED_COLUMN;
  while (groups.includes(otherName)) otherName = `(${otherName})`;
  const columns = hasUngrouped ? [...groups, otherName] : groups;

  const preambleHasWords = document.sections[0]!.blocks.some((b) => blocks[b]!.tokenEnd > blocks[b]!.tokenStart);
  const rows: SectionMatrix['sections'] = [];
  const rowOf = new Map<number, number>();
  for (const section of document.sections) {
    if (section.heading === null && !preambleHasWords) continue;
    const heading = section.heading === null ? null : document.headings[section.heading]!;
    const firstBlock = section.blocks.map((b) => blocks[b]!).find((b) => b.tokenEnd > b.tokenStart);
    const firstToken = firstBlock ? firstBlock.tokenStart : -1;
    rowOf.set(section.index, rows.length);
    rows.push({
      section: section.index,
      heading: heading?.text ?? null,
      level: section.level,
      line: heading ? heading.line : document.point(document.tokens.start[firstToken] ?? 0).line,
    });
  }
  const counts = rows.map(() => columns.map(() => 0));
  for (const result of results) {
    const column = result.group === null ? columns.length - 1 : groups.indexOf(result.group);
    for (const occurrence of result.occurrences) {
      const section = blocks[document.tokens.block[occurrence.token]!]!.section;
      const row = rowOf.get(section);
      if (row !== undefined) counts[row]![column]!++;
    }
  }
  return { sections: rows, groups: columns, counts };
}
