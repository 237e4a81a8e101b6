#!/usr/bin/env node
// Builds bench/corpus/: every Markdown file (> 1 KB) shipped in node_modules,
// copied in sorted path order, plus an HTML rendering of each (remark -> rehype),
// wrapped in a page with nav/footer so the HTML parser does real work.
// Deterministic: same node_modules, same corpus.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench/corpus');

function findMarkdown(dir, found = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findMarkdown(path, found);
    else if (entry.isFile() && /\.md$/i.test(entry.name) && statSync(path).size > 1024) found.push(path);
  }
  return found;
}

export function makeCorpus() {
  const files = findMarkdown(join(root, 'node_modules')).map((p) => relative(root, p)).sort();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'md'), { recursive: true });
  mkdirSync(join(out, 'html'), { recursive: true });
  const render = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  let bytes = 0;
  files.forEach((file, i) => {
    const name = `${String(i).padStart(4, '0')}-${file.replace(/^node_modules\//, '').replace(/[^A-Za-z0-9.]+/g, '_')}`;
    const markdown = readFileSync(join(root, file), 'utf8');
    const body = String(render.processSync(markdown));
    const html = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title></head>\n<body><nav><a href="/">Home</a></nav>\n<main>\n${body}\n</main>\n<footer>Generated for benchmarks</footer></body></html>\n`;
    writeFileSync(join(out, 'md', name), markdown);
    writeFileSync(join(out, 'html', name.replace(/\.md$/i, '.html')), html);
    bytes += Buffer.byteLength(markdown) + Buffer.byteLength(html);
  });
  return { files: files.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, bytes } = makeCorpus();
  console.log(`bench/corpus: ${files} Markdown files + ${files} HTML renderings, ${(bytes / 1e6).toFixed(2)} MB`);
}
