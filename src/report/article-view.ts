/**
 * The article as the tool saw it, for the HTML report: its prose blocks (headings, paragraphs,
 * list items, table cells, quotes — no front matter, code or markup) and where each keyword
 * occurrence sits in them. Built only when `--format html` asks for it (AuditSettings.articleView)
 * and carried on FileReport.view; no other format reads or prints it.
 *
 * Compact on purpose (reports of large runs are kept per file until rendered): the blocks' text
 * plus four integers per occurrence.
 */
import type { BlockKind, Document } from '../document/model.js';
import type { Analysis } from '../keywords/types.js';
import { tokenize } from '../text/tokenize.js';

export interface ViewBlock {
  kind: BlockKind;
  /** 1–6 for headings, else null. */
  level: number | null;
  /** First and last 1-based source line the block spans. */
  line: number;
  endLine: number;
  text: string;
}

export interface ArticleView {
  blocks: ViewBlock[];
  /**
   * Keyword occurrences as flat quadruples [block, start, end, keyword]: UTF-16 offsets into
   * blocks[block].text and an index into FileReport.keywords; sorted by block, then start.
   */
  marks: number[];
  /** Keyword groups that name a `section`: the heat-map row it names (null: no heading matches). */
  expected: { group: string; section: string; row: number | null }[];
}

/** One mark of ArticleView.marks, unpacked. */
export interface Mark {
  block: number;
  start: number;
  end: number;
  keyword: number;
}

export function unpackMarks(marks: readonly number[]): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i + 3 < marks.length; i += 4) {
    out.push({ block: marks[i]!, start: marks[i + 1]!, end: marks[i + 2]!, keyword: marks[i + 3]! });
  }
  return out;
}

/**
 * `sectionOf` maps a group name to the Document section its `section` names (null: none
 * matches); groups absent from it name no section.
 */
export function articleView(
  document: Document,
  analysis: Analysis,
  groupSectionNames: ReadonlyMap<string, string>,
): ArticleView {
  const blocks: ViewBlock[] = document.blocks.map((block) => ({
    kind: block.kind,
    level: block.level,
    line: document.point(block.start).line,
    endLine: document.point(Math.max(block.start, block.end - 1)).line,
    text: block.text,
  }));

  // Token i of a block is token (block.tokenStart + i) of the document: the builder tokenizes
  // each block's text with the same function. Offsets are computed lazily, per block touched.
  const tokenOffsets = new Map<number, { start: number; end: number }[] | null>();
  const offsetsOf = (blockIndex: number): { start: number; end: number }[] | null => {
    let offsets = tokenOffsets.get(blockIndex);
    if (offsets === undefined) {
      const block = document.blocks[blockIndex]!;
      const tokens = tokenize(block.text).map((token) => ({ start: token.start, end: token.start + token.text.length }));
      offsets = tokens.length === block.tokenEnd - block.tokenStart ? tokens : null;
      tokenOffsets.set(blockIndex, offsets);
    }
    return offsets;
  };

  const marks: Mark[] = [];
  analysis.keywords.forEach((keyword, k) => {
    for (const occurrence of keyword.occurrences) {
      const blockIndex = document.tokens.block[occurrence.token];
      if (blockIndex === undefined) continue;
      const block = document.blocks[blockIndex]!;
      const offsets = offsetsOf(blockIndex);
      if (offsets === null) continue; // tokenizer disagreement: show the text unmarked rather than wrongly marked
      const first = offsets[occurrence.token - block.tokenStart];
      const lastToken = Math.min(occurrence.tokenEnd, block.tokenEnd) - 1;
      const last = offsets[lastToken - block.tokenStart];
      if (first === undefined || last === undefined) continue;
      marks.push({ block: blockIndex, start: first.start, end: last.end, keyword: k });
    }
  });
  // Longer marks first at the same start, so an enclosing phrase opens before the one it holds.
  marks.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end || a.keyword - b.keyword);

  const rowOfSection = new Map(analysis.matrix.sections.map((section, row) => [section.section, row]));
  const expected: ArticleView['expected'] = [];
  for (const [group, section] of groupSectionNames) {
    const index = analysis.groupSections[group];
    expected.push({ group, section, row: index === null || index === undefined ? null : (rowOfSection.get(index) ?? null) });
  }

  return { blocks, marks: marks.flatMap((m) => [m.block, m.start, m.end, m.keyword]), expected };
}
