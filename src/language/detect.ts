/**
 * franc's `francAll(value, { only, minLength })`, computed the same way from franc's own data
 * (franc 6.2.0: data.js, expressions.js; trigram-utils' cleaning) but faster for a fixed `only`
 * list: trigram models are built for the allowed languages only (franc builds all 160 at import),
 * the filtering of the script's languages is done once, and a script's models are held as one
 * Map from trigram to every language's rank, so that each trigram of the text is looked up once
 * (not once per language: ten Latin-script languages). Same scores, same order (tests/language/detect.test.ts compares it
 * with francAll on random text and on every fixture).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Scores = [string, number][];

/** franc's MAX_LENGTH, MAX_DIFFERENCE. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** A script's allowed languages, in franc's order, and trigram → each language's rank in its model (-1: not in it). */
interface ScriptModels {
  names: string[];
  ranks: Map<string, Int16Array>;
}

interface Detector {
  expressions: [string, RegExp][];
  /** Per script with trigram data. */
  models: Map<string, ScriptModels>;
}

/** trigram-utils' clean(): ASCII punctuation, symbols and digits (U+0021–U+0040) to spaces, white space collapsed, lowercase. */
const clean = (value: string): string => value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

const detectors = new Map<string, Detector>();

function detector(only: readonly string[]): Detector {
  const key = only.join(' ');
  let found = detectors.get(key);
  if (found !== undefined) return found;
  const { data } = require('franc/data.js') as { data: Record<string, Record<string, string>> };
  const { expressions } = require('franc/expressions.js') as { expressions: Record<string, RegExp> };
  const models = new Map<string, ScriptModels>();
  for (const script of Object.keys(data)) {
    const names = Object.keys(data[script]!).filter((name) => only.length === 0 || only.includes(name));
    const ranks = new Map<string, Int16Array>();
    names.forEach((name, at) => {
      const model = data[script]![name]!.split('|');
      // As franc: from the end, so that a repeated trigram keeps its first (lowest) rank.
      for (let weight = model.length - 1; weight >= 0; weight--) {
        let row = ranks.get(model[weight]!);
        if (row === undefined) {
          row = new Int16Array(names.length).fill(-1);
          ranks.set(model[weight]!, row);
        }
        row[at] = weight;
      }
    });
    models.set(script, { names, ranks });
  }
  found = { expressions: Object.entries(expressions), models };
  detectors.set(key, found);
  return found;
}

/** Scores of the allowed languages, best first (1 = best), or [['und', 1]]: francAll's result. */
export function detectScores(input: string, only: readonly string[], minLength: number): Scores {
  if (!input || input.length < minLength) return [['und', 1]];
  const value = input.slice(0, MAX_LENGTH);
  const { expressions, models } = detector(only);

  // The script most of the characters are in (first one wins a tie, as in franc).
  let topScript: string | undefined;
  let topCount = -1;
  for (const [script, expression] of expressions) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      topScript = script;
    }
  }
  const languages = topScript === undefined ? undefined : models.get(topScript);
  if (topScript === undefined || languages === undefined) {
    if (topScript === undefined || topCount === 0 || (only.length > 0 && !only.includes(topScript))) return [['und', 1]];
    return [[topScript, 1]];
  }

  // Trigram counts of the cleaned, padded text (trigram-utils' asTuples, as a Map).
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }

  // franc's distance per language: Σ over the text's trigrams of |count − rank − 1|, or
  // MAX_DIFFERENCE when the model lacks the trigram (integers: the sum's order does not matter).
  const { names, ranks } = languages;
  const totals = new Array<number>(names.length).fill(0);
  let inNoModel = 0;
  for (const [trigram, count] of counts) {
    const row = ranks.get(trigram);
    if (row === undefined) {
      inNoModel++;
      continue;
    }
    for (let at = 0; at < row.length; at++) {
      const rank = row[at]!;
      if (rank < 0) {
        totals[at]! += MAX_DIFFERENCE;
      } else {
        const difference = count - rank - 1;
        totals[at]! += difference < 0 ? -difference : difference;
      }
    }
  }
  let distances: Scores = names.map((name, at) => [name, totals[at]! + inNoModel * MAX_DIFFERENCE]);
  if (distances.length === 0) distances = [['und', 1]];
  else distances.sort((a, b) => a[1] - b[1]);

  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
