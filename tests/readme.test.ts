/**
 * README.md renders correctly on GitHub: parsed as GitHub does (CommonMark + GFM, remark), every
 * code fence closes where it was meant to, and every link of the Contents list has its heading.
 * (A fence closed with text on the same line is not a closing fence: the text after it and every
 * section below turned into code, and their contents links were dead.)
 */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
interface Node {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  children?: Node[];
  position?: { start: { line: number }; end: { line: number } };
}
const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as unknown as Node;

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
function text(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces → "-", repeats numbered. */
function slugs(headings: string[]): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const heading of headings) {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  }
  return out;
}

describe('README.md renders on GitHub', () => {
  const codes: Node[] = [];
  const headings: Node[] = [];
  walk(tree, (node) => {
    if (node.type === 'code') codes.push(node);
    if (node.type === 'heading') headings.push(node);
  });

  it('every fenced code block closes: no fence-like line inside a block, none left open at the end', () => {
    for (const code of codes) {
      const inner = (code.value ?? '').split('\n');
      const fenceLike = inner.filter((line) => /^ {0,3}(`{3,}|~{3,})/.test(line));
      expect(fenceLike, `code block at line ${code.position?.start.line}`).toEqual([]);
    }
    // A block that runs to the end of the file was never closed.
    const lastLine = source.trimEnd().split('\n').length;
    for (const code of codes) {
      const end = code.position!.end.line;
      if (end === lastLine) expect(source.trimEnd().split('\n').at(-1)).toMatch(/^ {0,3}(`{3,}|~{3,})\s*$/);
    }
  });

  it('every link of the Contents list points at a heading', () => {
    const anchors = slugs(headings.map(text));
    const contents = headings.findIndex((heading) => text(heading) === 'Contents');
    expect(contents).toBeGreaterThanOrEqual(0);
    const start = headings[contents]!.position!.end.line;
    const end = headings[contents + 1]!.position!.start.line;
    const links: string[] = [];
    walk(tree, (node) => {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'link' && line > start && line < end && node.url?.startsWith('#')) links.push(node.url.slice(1));
    });
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((anchor) => !anchors.has(decodeURIComponent(anchor)))).toEqual([]);
  });

  it('the check is real: a fence closed with trailing text is caught', () => {
    const broken = unified().use(remarkParse).parse('```text\nout\n``` more text\n\n## Section\n') as unknown as Node;
    const found: string[] = [];
    walk(broken, (node) => {
      if (node.type === 'code') found.push(...(node.value ?? '').split('\n').filter((line) => /^ {0,3}`{3,}/.test(line)));
    });
    expect(found).toEqual(['``` more text']);
  });

  it('every in-page link anywhere in the README has its heading', () => {
    const anchors = slugs(headings.map(text));
    const bad: string[] = [];
    walk(tree, (node) => {
      if (node.type === 'link' && node.url?.startsWith('#') && !anchors.has(decodeURIComponent(node.url.slice(1)))) bad.push(node.url);
    });
    expect(bad).toEqual([]);
  });
});
