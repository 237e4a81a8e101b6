/**
 * A line-based fallback for pathologically nested Markdown. remark-parse is
 * superlinear in container depth: 3,000 nested list levels take minutes and
 * gigabytes. No real article nests lists or quotes 100 deep, so such a source
 * is read line by line instead: container markers are skipped, ATX headings,
 * fenced code and front matter are recognised, and every other line is prose.
 * Words and their positions stay exact; inline markup is not interpreted
 * (its punctuation is no word anyway).
 */
import type { Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Yaml } from 'mdast';

/** Container markers (list items, quotes) on one line beyond which remark is not used. */
export const MAX_CONTAINER_DEPTH = 100;
/** Leading indentation (columns) beyond which remark is not used. */
export const MAX_INDENT = 1000;

interface LineShape {
  /** Offset where the line's content starts, after indentation and container markers. */
  content: number;
  depth: number;
  indent: number;
  kind: 'paragraph' | 'listItem' | 'blockquote';
}

const SPACE = 0x20;
const TAB = 0x09;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Scans the container prefix of the line starting at `start` (ending before `end`). */
function lineShape(source: string, start: number, end: number): LineShape {
  let i = start;
  let depth = 0;
  let indent = 0;
  let kind: LineShape['kind'] = 'paragraph';
  for (;;) {
    while (i < end && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) {
      indent += source.charCodeAt(i) === TAB ? 4 : 1;
      i++;
    }
    const code = source.charCodeAt(i);
    let marker = 0;
    if (code === 0x3e /* > */) marker = 1;
    else if (code === 0x2d /* - */ || code === 0x2a /* * */ || code === 0x2b /* + */) marker = 1;
    else if (isDigit(code)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(source.charCodeAt(j))) j++;
      const after = source.charCodeAt(j);
      if (after === 0x2e /* . */ || after === 0x29 /* ) */) marker = j - i + 1;
    }
    if (marker === 0) break;
    const next = source.charCodeAt(i + marker);
    const separated = i + marker >= end || next === SPACE || next === TAB;
    if (!separated && code !== 0x3e) break;
    kind = code === 0x3e ? 'blockquote' : 'listItem';
    depth++;
    i += marker;
  }
  return { content: i, depth, indent, kind };
}

/** True when some line nests containers or indentation beyond what remark handles in reasonable time. */
export function needsFlatParse(source: string): boolean {
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    // Cheap pre-check: a line can only be that deep if it is that long.
    if (end - start > MAX_CONTAINER_DEPTH) {
      const shape = lineShape(source, start, end);
      if (shape.depth > MAX_CONTAINER_DEPTH || shape.indent > MAX_INDENT) return true;
    }
    start = end + 1;
  }
  return false;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Builds an mdast Root with the same node types (and positions) the walker reads from remark. */
export function flatMarkdownTree(source: string): Root {
  const children: RootContent[] = [];
  let line = 1;
  let start = 0;
  let fence: string | null = null;
  let paragraph: { node: Paragraph; container: 'paragraph' | 'listItem' | 'blockquote' } | null = null;
  const point = (offset: number, lineNo: number, lineStart: number): Point => ({ line: lineNo, column: offset - lineStart + 1, offset });

  const frontMatter = /^---[ \t]*\r?\n/.exec(source);
  if (frontMatter) {
    const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.slice(frontMatter[0].length));
    if (close) {
      const valueStart = frontMatter[0].length;
      const valueEnd = valueStart + close.index;
      const end = valueEnd + close[0].length;
      const lines = source.slice(0, end).split('\n').length - (source.slice(0, end).endsWith('\n') ? 1 : 0);
      const yaml: Yaml = {
        type: 'yaml',
        value: source.slice(valueStart, valueEnd),
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: 4, offset: end } },
      };
      children.push(yaml);
      line = lines + 1;
      start = end;
    }
  }

  const close = (): void => {
    if (paragraph === null) return;
    const node = paragraph.node;
    let block: RootContent = node;
    if (paragraph.container === 'listItem') {
      const item: ListItem = { type: 'listItem', spread: false, children: [node], position: node.position! };
      block = { type: 'list', ordered: false, spread: false, children: [item], position: node.position! } satisfies List;
    } else if (paragraph.container === 'blockquote') {
      block = { type: 'blockquote', children: [node], position: node.position! } satisfies Blockquote;
    }
    children.push(block);
    paragraph = null;
  };

  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const textEnd = end > start && source.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const shape = lineShape(source, start, textEnd);
    const content = source.slice(shape.content, textEnd);
    const fenceMatch = /^(`{3,}|~{3,})/.exec(content);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
    } else if (fenceMatch) {
      close();
      fence = fenceMatch[1]!;
    } else if (content.trim() === '') {
      close();
    } else {
      const heading = /^(#{1,6})(?:[ \t]+|$)/.exec(content);
      const from = point(shape.content + (heading ? heading[0].length : 0), line, start);
      const to = point(textEnd, line, start);
      const text: PhrasingContent = { type: 'text', value: source.slice(from.offset, to.offset), position: { start: from, end: to } };
      if (heading) {
        close();
        const node: Heading = {
          type: 'heading',
          depth: heading[1]!.length as Heading['depth'],
          children: [text],
          position: { start: point(shape.content, line, start), end: to },
        };
        children.push(node);
      } else {
        // A new list item or a change of container starts a new block.
        if (paragraph !== null && (shape.kind === 'listItem' || paragraph.container !== shape.kind)) close();
        if (paragraph === null) {
          paragraph = {
            node: { type: 'paragraph', children: [], position: { start: point(shape.content, line, start), end: to } },
            container: shape.kind,
          };
        } else {
          paragraph.node.children.push({ type: 'break', position: { start: paragraph.node.position!.end, end: from } });
        }
        paragraph.node.children.push(text);
        paragraph.node.position!.end = to;
      }
    }
    if (end >= source.length) break;
    start = end + 1;
    line++;
  }
  close();
  return { type: 'root', children };
}
