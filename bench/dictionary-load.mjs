// Dictionary load cost per language: `node --expose-gc bench/dictionary-load.mjs [code...]`
// (after `npm run build`). Each language runs in a fresh process: the time of its first
// wordForm call (which reads and indexes the Hunspell dictionary) and the heap and RSS it adds.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const child = process.argv[2] === '--child';
if (child) {
  const { languageFor } = await import('../dist/language/registry.js');
  const language = languageFor(process.argv[3]);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  language.wordForm('test');
  const ms = performance.now() - start;
  globalThis.gc?.();
  const after = process.memoryUsage();
  console.log(JSON.stringify({ ms, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss }));
} else {
  const codes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'sv', 'nb', 'pl'];
  console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.log('| language | first wordForm ms | heap MB | RSS MB |\n|---|---|---|---|');
  for (const code of codes) {
    const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', code], { encoding: 'utf8' });
    const { ms, heap, rss } = JSON.parse(out);
    console.log(`| ${code} | ${ms.toFixed(0)} | ${(heap / 1e6).toFixed(0)} | ${(rss / 1e6).toFixed(0)} |`);
  }
  console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}
