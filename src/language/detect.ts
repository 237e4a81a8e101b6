/**
 * franc's `francAll(value, { only, minLength })`, computed the same way from franc's own data
 * (franc 6.2.0: data.js, expressions.js; trigram-utils' cleaning) but faster for a fixed `only`
 * list: trigram models are built for the allowed languages only (franc builds all 160 at import),
 * the filtering of the script's languages is done once, and a script's models are held as one
 * numbering of their trigrams with a table of every language's rank, so that each trigram of the
 * text is looked up once (not once per language: ten Latin-script languages) and counted in a
 * typed array (not a Map of counts). Same scores, same order (tests/language/detect.test.ts
 * compares it with francAll on random text and on every fixture).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Scores = [string, number][];

/** franc's MAX_LENGTH, MAX_DIFFERENCE. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * A script's allowed languages, in franc's order; every trigram of their models numbered
 * (`index`), and row `index × names.length` of `ranks` holding each language's rank of it
 * (-1: not in its model). `counts`: scratch space, one counter per numbered trigram, all 0
 * between calls.
 */
interface ScriptModels {
  names: string[];
  index: Map<string, number>;
  ranks: Int16Array;
  counts: Int32Array;
}

interface Detector {
  expressions: [string, RegExp][];
  /**
   * Per UTF-16 code unit: bit i set when expressions[i] matches the unit alone, UNKNOWN until
   * first seen; null when there are more expressions than bits.
   */
  scriptBits: Int32Array | null;
  /** Per script with trigram data. */
  models: Map<string, ScriptModels>;
}

/** trigram-utils' clean(): ASCII punctuation, symbols and digits (U+0021–U+0040) to spaces, white space collapsed, lowercase. */
const clean = (value: string): string => value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

const detectors = new Map<string, Detector>();

/** Not yet looked up, in a Detector's `scriptBits`. */
const UNKNOWN = -1;
/** Any surrogate: a match may then be two code units, so the expressions are run themselves. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Matches of each of franc's expressions in `value`, as `value.match(expression).length` counts
 * them. Without surrogates every match is one code unit (the expressions are character classes of
 * BMP characters, plus alternatives that start with a high surrogate) and every unit a class
 * holds is matched, so each count is the number of units its class holds: one pass over the text
 * with a per-unit table, instead of a scan and a match array per script.
 */
function scriptCounts(value: string, { expressions, scriptBits }: Detector): number[] {
  const counts = new Array<number>(expressions.length).fill(0);
  if (scriptBits === null || SURROGATE.test(value)) {
    expressions.forEach(([, expression], at) => {
      counts[at] = value.match(expression)?.length ?? 0;
    });
    return counts;
  }
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    let bits = scriptBits[unit]!;
    if (bits === UNKNOWN) {
      bits = 0;
      const char = value[i]!;
      expressions.forEach(([, expression], at) => {
        expression.lastIndex = 0;
        if (expression.test(char)) bits |= 1 << at;
        expression.lastIndex = 0;
      });
      scriptBits[unit] = bits;
    }
    for (let at = 0; bits !== 0; at++, bits >>>= 1) if ((bits & 1) !== 0) counts[at]!++;
  }
  return counts;
}

function detector(only: readonly string[]): Detector {
  const key = only.join(' ');
  let found = detectors.get(key);
  if (found !== undefined) return found;
  const { data } = require('franc/data.js') as { data: Record<string, Record<string, string>> };
  const { expressions } = require('franc/expressions.js') as { expressions: Record<string, RegExp> };
  const models = new Map<string, ScriptModels>();
  for (const script of Object.keys(data)) {
    const names = Object.keys(data[script]!).filter((name) => only.length === 0 || only.includes(name));
    const rows = new Map<string, Int16Array>();
    names.forEach((name, at) => {
      const model = data[script]![name]!.split('|');
      // As franc: from the end, so that a repeated trigram keeps its first (lowest) rank.
      for (let weight = model.length - 1; weight >= 0; weight--) {
        let row = rows.get(model[weight]!);
        if (row === undefined) {
          row = new Int16Array(names.length).fill(-1);
          rows.set(model[weight]!, row);
        }
        row[at] = weight;
      }
    });
    const index = new Map<string, number>();
    const ranks = new Int16Array(rows.size * names.length);
    for (const [trigram, row] of rows) {
      ranks.set(row, index.size * names.length);
      index.set(trigram, index.size);
    }
    models.set(script, { names, index, ranks, counts: new Int32Array(index.size) });
  }
  const entries = Object.entries(expressions);
  found = { expressions: entries, scriptBits: entries.length <= 31 ? new Int32Array(0x10000).fill(UNKNOWN) : null, models };
  detectors.set(key, found);
  return found;
}

/** Scores of the allowed languages, best first (1 = best), or [['und', 1]]: francAll's result. */
export function detectScores(input: string, only: readonly string[], minLength: number): Scores {
  if (!input || input.length < minLength) return [['und', 1]];
  const value = input.slice(0, MAX_LENGTH);
  const found = detector(only);
  const { expressions, models } = found;

  // The script most of the characters are in (first one wins a tie, as in franc).
  let topScript: string | undefined;
  let topCount = -1;
  const matches = scriptCounts(value, found);
  expressions.forEach(([script], at) => {
    const count = matches[at]! / value.length || 0;
    if (count > topCount) {
      topCount = count;
      topScript = script;
    }
  });
  const languages = topScript === undefined ? undefined : models.get(topScript);
  if (topScript === undefined || languages === undefined) {
    if (topScript === undefined || topCount === 0 || (only.length > 0 && !only.includes(topScript))) return [['und', 1]];
    return [[topScript, 1]];
  }

  // Trigram counts of the cleaned, padded text (trigram-utils' asTuples): per numbered model
  // trigram in `counts` (the ones seen listed in `seen`, first sight first), and the distinct
  // trigrams that are in no allowed model.
  const padded = ` ${clean(value)} `;
  const { names, index, ranks, counts } = languages;
  const seen: number[] = [];
  const unknown = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    const at = index.get(trigram);
    if (at === undefined) unknown.add(trigram);
    else if (counts[at]!++ === 0) seen.push(at);
  }

  // franc's distance per language: Σ over the text's trigrams of |count − rank − 1|, or
  // MAX_DIFFERENCE when the model lacks the trigram (integers: the sum's order does not matter).
  const width = names.length;
  const totals = new Array<number>(width).fill(0);
  for (const at of seen) {
    const count = counts[at]!;
    counts[at] = 0;
    const row = at * width;
    for (let language = 0; language < width; language++) {
      const rank = ranks[row + language]!;
      if (rank < 0) {
        totals[language]! += MAX_DIFFERENCE;
      } else {
        const difference = count - rank - 1;
        totals[language]! += difference < 0 ? -difference : difference;
      }
    }
  }
  const inNoModel = unknown.size;
  let distances: Scores = names.map((name, at) => [name, totals[at]! + inNoModel * MAX_DIFFERENCE]);
  if (distances.length === 0) distances = [['und', 1]];
  else distances.sort((a, b) => a[1] - b[1]);

  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
