import { readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
const p = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const dir = 'bench/corpus/md';
const files = readdirSync(dir).sort().map(n => [n, readFileSync(dir + '/' + n, 'utf8')]);
for (let pass = 0; pass < 3; pass++) {
  const times = [];
  const t0 = performance.now();
  for (const [n, t] of files) { const s = performance.now(); p.parse(t); times.push([performance.now() - s, n, t.length]); }
  console.log('pass', pass, (performance.now() - t0).toFixed(0));
  if (pass !== 1) times.sort((a, b) => b[0] - a[0]).slice(0, 5).forEach(x => console.log('  ', x[0].toFixed(0), x[1], x[2]));
}
