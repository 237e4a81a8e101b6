#!/usr/bin/env node
// node bench/config-resolution.mjs: what per-directory config resolution costs on 10,000 articles
// (issue 15): 100 folders × 100 files, a root config, a nearer config in every tenth folder with an
// override, and a .seo-auditignore; times resolveFileSettings for every file (best of 3, in process)
// against the same loop with one shared config. Run after `npm run build`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { configResolver, isIgnored, resolveFileSettings } from '../dist/config/index.js';

const root = mkdtempSync(join(tmpdir(), 'seo-audit-config-bench-'));
writeFileSync(join(root, 'seo-audit.config.yaml'), 'keywords: kw.txt\nrules: { readability: off }\nignore: ["**/drafts/**"]\n');
writeFileSync(join(root, 'kw.txt'), 'leg cramps\n');
writeFileSync(join(root, '.seo-auditignore'), 'tmp/\n!keep.md\n');
const files = [];
for (let d = 0; d < 100; d++) {
  const dir = join(root, 'content', `section-${d}`);
  mkdirSync(dir, { recursive: true });
  if (d % 10 === 0) writeFileSync(join(dir, '.seo-auditrc.yaml'), 'rules: { section-length: [warning, { max: 400 }] }\noverrides:\n  - files: ["a-*.md"]\n    rules: { text-length: off }\n');
  for (let f = 0; f < 100; f++) files.push(join(dir, `${f % 2 ? 'a' : 'b'}-${f}.md`));
}
const time = (label, source) => {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const resolver = configResolver(source, true);
    const t = performance.now();
    for (const file of files) {
      const config = resolver.forFile(file);
      isIgnored(config, file);
      resolveFileSettings(config, file, {});
    }
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${label}: ${best.toFixed(0)} ms for ${files.length} files (${((best * 1000) / files.length).toFixed(1)} µs per file)`);
  return best;
};
const discovered = time('per-directory discovery', { cwd: root, explicit: null, noConfig: false });
const single = time('one config (-c)', { cwd: root, explicit: join(root, 'seo-audit.config.yaml'), noConfig: false });
console.log(`ratio ${(discovered / single).toFixed(2)}×`);
rmSync(root, { recursive: true, force: true });
