import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { keywordReadings, wordKey, wordReadings } from '../../src/language/spelling.js';
import { normalizeWord } from '../../src/text/normalize.js';
import type { SpellingContext } from '../../src/language/types.js';

/**
 * Word-form probes for languages other than English (tests/language/<code>-forms.probes.txt;
 * English has its own test, en-forms.test.ts): `= lemma form…` must match, `! a b` must not.
 * Words are normalised as in a document (case, diacritics the language does not keep) and keyed
 * as the matcher keys them (wordKey: the language's wordForm, a function word as itself) with
 * the spelling class of the word as written in the probe file (Language.spelling: Spanish
 * accents, German capitals), as a word in running text.
 * `k= keyword form…` and `k! keyword form` lines put a keyword as typed (Language.spelling's
 * `typed`) against text words. Pairs compare keys only (the matcher also matches equal
 * normalised words in every mode: exact ⊂ forms).
 * Every probe file found is run: adding a language's list adds it here.
 */
type Word = { word: string; where: SpellingContext };
type Pair = [Word, Word];
type Pairs = { match: Pair[]; differ: Pair[] };
/** A `# held-out, session N…` comment opens a block written before the engine was measured on it:
 * its pairs are also reported on their own (they are part of the whole list as well). */
const HELD_OUT = /^#\s*held-out\b(?:.*?session\s+(\d+))?/i;
function probes(code: string): Pairs & { heldOut: Map<string, Pairs> } {
  const match: Pair[] = [];
  const differ: Pair[] = [];
  const heldOut = new Map<string, Pairs>();
  let block: Pairs | null = null;
  const text = (word: string): Word => ({ word, where: 'text' });
  for (const line of readFileSync(new URL(`./${code}-forms.probes.txt`, import.meta.url), 'utf8').split('\n')) {
    const opened = HELD_OUT.exec(line.trim());
    if (opened !== null) {
      const name = `session ${opened[1] ?? '?'}`;
      if (!heldOut.has(name)) heldOut.set(name, { match: [], differ: [] });
      block = heldOut.get(name)!;
    }
    const [kind, first, ...rest] = line.trim().split(/\s+/);
    const whole: Pairs = { match, differ };
    const lists = (which: 'match' | 'differ') => (block === null ? [whole] : [whole, block]).map((pairs) => pairs[which]);
    const firstWord: Word = { word: first!, where: kind!.startsWith('k') ? 'typed' : 'text' };
    if (kind === '=' || kind === 'k=') for (const form of rest) lists('match').forEach((list) => list.push([firstWord, text(form)]));
    else if (kind === '!' || kind === 'k!') lists('differ').forEach((list) => list.push([firstWord, text(rest[0]!)]));
  }
  return { match, differ, heldOut };
}

const CODES = readdirSync(new URL('.', import.meta.url))
  .map((file) => /^([a-z]{2,3})-forms\.probes\.txt$/.exec(file)?.[1])
  .filter((code): code is string => code !== undefined && code !== 'en')
  .sort();

/** Smallest list sizes per language (must-match pairs, must-not pairs); others: 120 and 70. */
const MIN_SIZES: Record<string, [number, number]> = { es: [60, 40], fr: [60, 40], de: [60, 40] };

// The comparison point: natural's Snowball stemmer for the language, applied once. natural has
// none for Polish (its stemmer_pl returns words unchanged), so Polish is compared with the
// conservative case-ending strip pl.ts used before (copied here from d787a76 as it was).
const require = createRequire(import.meta.url);
const SNOWBALL: Record<string, string> = {
  es: 'porter_stemmer_es', fr: 'porter_stemmer_fr', de: 'porter_stemmer_de', it: 'porter_stemmer_it',
  pt: 'porter_stemmer_pt', nl: 'porter_stemmer_nl', ru: 'porter_stemmer_ru', sv: 'porter_stemmer_sv',
  nb: 'porter_stemmer_no',
};
const PL_ENDINGS = ['ymi', 'imi', 'ych', 'ich', 'ego', 'emu', 'ami', 'ach', 'owi', 'ej', 'ym', 'im', 'om', 'ów', 'em', 'ie', 'y', 'i', 'a', 'ę', 'ą', 'u', 'e', 'o'];
function polishEndingStrip(word: string): string {
  for (const ending of PL_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}
const comparison = (code: string): { name: string; key: (word: string) => string } => {
  const module = SNOWBALL[code];
  if (module === undefined) return { name: 'pre-Hunspell ending strip', key: polishEndingStrip };
  const stemmer = require(`natural/lib/natural/stemmers/${module}`) as { stem(word: string): string };
  return { name: 'plain Snowball', key: (word) => stemmer.stem(word) };
};

const shown = ([a, b]: Pair): string => `${a.where === 'typed' ? 'k:' : ''}${a.word}~${b.word}`;
/** Whether a keyword's word finds a word of the text (the matcher's test: keyword key ∈ text keys). */
type Finds = (keyword: Word, text: Word) => boolean;
/** `= lemma form`: the lemma as a keyword finds the form in a text. `! a b`: neither finds the
 * other (`k! keyword word`: the keyword does not find the word). */
function measure(match: Pair[], differ: Pair[], finds: Finds) {
  const missed = match.filter(([a, b]) => !finds(a, b));
  const wrong = differ.filter(([a, b]) => finds(a, b) || (a.where === 'text' && finds(b, a)));
  return { missed, wrong, recall: 1 - missed.length / match.length, falseRate: wrong.length / differ.length };
}
const sameKey = (key: (word: Word) => string): Finds => (a, b) => key(a) === key(b);

/** The targets for word forms (set for English; the same bar for every language). */
const RECALL_TARGET = 0.99;
const FALSE_MATCH_TARGET = 0.005;
/** Languages whose word forms meet the targets on their probe list; the others are `it.fails`. */
const MEETS_TARGETS = new Set<string>(['de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'sv']);

describe.each(CODES)('%s word forms on the probe list', (code) => {
  const language = languageFor(code);
  const norm = (word: string) => normalizeWord(word, language.keepDiacritics);
  // The spelling class of the word as written (absent for a language that does not opt in).
  const spellingOf = ({ word, where }: Word) => language.spelling?.(word, norm(word), where) ?? '';
  const key = (word: Word) => wordKey(language, norm(word.word), spellingOf(word));
  // A word of the text matches by its key and a homograph's other readings (Language.otherForms);
  // a keyword's word by its key and the readings it is the dictionary form of (keywordForms).
  const finds: Finds = (keyword, text) => {
    const wanted = [key(keyword), ...keywordReadings(language, norm(keyword.word), spellingOf(keyword))];
    const found = [key(text), ...wordReadings(language, norm(text.word), spellingOf(text))];
    return wanted.some((k) => found.includes(k));
  };
  const { match, differ, heldOut } = probes(code);
  const result = measure(match, differ, finds);
  const [minMatch, minDiffer] = MIN_SIZES[code] ?? [120, 70];

  it(`has at least ${minMatch} pairs that must match and ${minDiffer} that must not`, () => {
    expect(language.code).toBe(code);
    expect(match.length).toBeGreaterThanOrEqual(minMatch);
    expect(differ.length).toBeGreaterThanOrEqual(minDiffer);
  });

  it('reports recall and false matches; no more errors than the comparison stemmer', () => {
    const { missed, wrong, recall, falseRate } = result;
    const other = comparison(code);
    const plain = measure(match, differ, sameKey(({ word }) => other.key(norm(word))));
    // Both ways: the form as a keyword finds the lemma too (equal keys; one reading's key can't).
    const bothWays = measure(match, differ, (a, b) => finds(a, b) && (a.where !== 'text' || finds(b, a)));
    console.log(
      `${code} probes: recall ${(recall * 100).toFixed(2)} % (${match.length - missed.length}/${match.length}), ` +
        `false matches ${(falseRate * 100).toFixed(2)} % (${wrong.length}/${differ.length}); ` +
        `missed: ${missed.map(shown).join(', ') || 'none'}; wrong: ${wrong.map(shown).join(', ') || 'none'}` +
        ` (${other.name}: recall ${(plain.recall * 100).toFixed(2)} %, false matches ${(plain.falseRate * 100).toFixed(2)} %;` +
        ` both ways, the form as a keyword finding the lemma too: recall ${(bothWays.recall * 100).toFixed(2)} %)`,
    );
    for (const [name, block] of heldOut) {
      const held = measure(block.match, block.differ, finds);
      console.log(
        `${code} held-out block (${name}): recall ${(held.recall * 100).toFixed(2)} % (${block.match.length - held.missed.length}/${block.match.length}), ` +
          `false matches ${(held.falseRate * 100).toFixed(2)} % (${held.wrong.length}/${block.differ.length})`,
      );
    }
    // No more wrong answers in all than the plain stemmer (Spanish stems twice: it joins more
    // plurals — ciudades, musculares — and as many more derivations — realidad ~ real).
    expect(missed.length + wrong.length).toBeLessThanOrEqual(plain.missed.length + plain.wrong.length);
  });

  const targets = () => {
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(result.falseRate).toBeLessThanOrEqual(FALSE_MATCH_TARGET);
  };
  const title = `meets the targets (recall >= ${RECALL_TARGET * 100} %, false matches <= ${FALSE_MATCH_TARGET * 100} %)`;
  if (MEETS_TARGETS.has(code)) it(title, targets);
  // Not met (README: Languages, limits). `it.fails` keeps the target visible: this test starts
  // failing the day the language's word forms reach it, and the language must then join MEETS_TARGETS.
  else it.fails(`${title}: not yet`, targets);
});
