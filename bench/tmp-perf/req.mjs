import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const t = performance.now();
const { unified } = require('unified');
const remarkParse = require('remark-parse').default;
const gfm = require('remark-gfm').default;
const fm = require('remark-frontmatter').default;
const p = unified().use(remarkParse).use(gfm).use(fm, ['yaml']);
console.log(p.parse('# hi\n\n| a |\n|---|\n| b |\n').children.length, (performance.now()-t).toFixed(1));
