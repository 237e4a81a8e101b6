import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';

/**
 * Word-form probes for languages other than English (tests/language/<code>-forms.probes.txt):
 * `= lemma form…` must match, `! a b` must not. Words are normalised as in a document (case,
 * diacritics the language does not keep) and keyed by the language's wordForm.
 */
function probes(code: string): { match: [string, string][]; differ: [string, string][] } {
  const match: [string, string][] = [];
  const differ: [string, string][] = [];
  for (const line of readFileSync(new URL(`./${code}-forms.probes.txt`, import.meta.url), 'utf8').split('\n')) {
    const [kind, first, ...rest] = line.trim().split(/\s+/);
    if (kind === '=') for (const form of rest) match.push([first!, form]);
    else if (kind === '!') differ.push([first!, rest[0]!]);
  }
  return { match, differ };
}

// natural's Snowball stemmer for the language, applied once, as the comparison point.
const require = createRequire(import.meta.url);
const snowball = (code: string): ((word: string) => string) => {
  const stemmer = require(`natural/lib/natural/stemmers/porter_stemmer_${code}`) as { stem(word: string): string };
  return (word) => stemmer.stem(word);
};

function measure(match: [string, string][], differ: [string, string][], key: (word: string) => string) {
  const missed = match.filter(([a, b]) => key(a) !== key(b));
  const wrong = differ.filter(([a, b]) => key(a) === key(b));
  return { missed, wrong, recall: 1 - missed.length / match.length, falseRate: wrong.length / differ.length };
}

/** The targets for word forms (set for English; the same bar for every language). */
const RECALL_TARGET = 0.99;
const FALSE_MATCH_TARGET = 0.005;

describe.each(['es', 'fr', 'de'])('%s word forms on the probe list', (code) => {
  const language = languageFor(code);
  const norm = (word: string) => normalizeWord(word, language.keepDiacritics);
  const key = (word: string) => language.wordForm(norm(word));
  const { match, differ } = probes(code);
  const result = measure(match, differ, key);

  it('has at least 60 pairs that must match and 40 that must not', () => {
    expect(match.length).toBeGreaterThanOrEqual(60);
    expect(differ.length).toBeGreaterThanOrEqual(40);
  });

  it('reports recall and false matches; no more errors than the plain Snowball stemmer', () => {
    const { missed, wrong, recall, falseRate } = result;
    const plain = measure(match, differ, (word) => snowball(code)(norm(word)));
    console.log(
      `${code} probes: recall ${(recall * 100).toFixed(2)} % (${match.length - missed.length}/${match.length}), ` +
        `false matches ${(falseRate * 100).toFixed(2)} % (${wrong.length}/${differ.length}); ` +
        `missed: ${missed.map((p) => p.join('~')).join(', ') || 'none'}; wrong: ${wrong.map((p) => p.join('~')).join(', ') || 'none'}` +
        ` (plain Snowball: recall ${(plain.recall * 100).toFixed(2)} %, false matches ${(plain.falseRate * 100).toFixed(2)} %)`,
    );
    // No more wrong answers in all than the plain stemmer (Spanish stems twice: it joins more
    // plurals — ciudades, musculares — and as many more derivations — realidad ~ real).
    expect(missed.length + wrong.length).toBeLessThanOrEqual(plain.missed.length + plain.wrong.length);
  });

  // Not met: natural's Snowball stemmers miss verb forms and irregulars and join derivations
  // (README: Languages, limits). `it.fails` keeps the target visible: this test starts failing
  // the day the language's word forms reach it, and must then become a plain `it`.
  it.fails(`meets the targets (recall >= ${RECALL_TARGET * 100} %, false matches <= ${FALSE_MATCH_TARGET * 100} %): not yet`, () => {
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(result.falseRate).toBeLessThanOrEqual(FALSE_MATCH_TARGET);
  });
});
