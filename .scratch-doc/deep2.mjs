import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import rehypeParse from 'rehype-parse';
const md = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter,['yaml']);
const html = unified().use(rehypeParse);
for (const n of [5000, 10000]) {
  for (const [name, src] of [['bq', '>'.repeat(n)+' hi\n'], ['listb', '- '.repeat(n)+'x\n']]) {
    try { const t0=Date.now(); md.parse(src); console.log('md', name, n, 'ok', Date.now()-t0); } catch(e) { console.log('md', name, n, e.constructor.name, e.message.slice(0,80)); }
  }
  try { const t0=Date.now(); html.parse('<div>'.repeat(n)+'hi'); console.log('html', n, 'ok', Date.now()-t0); } catch(e) { console.log('html', n, e.constructor.name, e.message.slice(0,80)); }
  try { const t0=Date.now(); html.parse('<blockquote>'.repeat(n)+'hi'); console.log('html bq', n, 'ok', Date.now()-t0); } catch(e) { console.log('html', n, e.constructor.name, e.message.slice(0,80)); }
}
