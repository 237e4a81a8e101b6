import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/language/en.js';
import { keyOf } from '../../src/language/spelling.js';
import { normalizeWord } from '../../src/text/normalize.js';

type Pairs = { match: [string, string][]; differ: [string, string][] };
/** A `# held-out, session N…` comment opens a block written before the word forms were measured
 * on it: its pairs are also reported on their own (they are part of the whole list as well),
 * each block apart (named by its comment up to the second comma). */
const HELD_OUT = /^#\s*(held-out\b,?[^,]*)/i;
type HeldOut = Pairs & { name: string };
/** The probe file: `= lemma form…` must match, `! a b` must not (derivations, look-alikes). */
function probes(): Pairs & { heldOut: HeldOut[] } {
  const match: [string, string][] = [];
  const differ: [string, string][] = [];
  const heldOut: HeldOut[] = [];
  for (const line of readFileSync(new URL('./en-forms.probes.txt', import.meta.url), 'utf8').split('\n')) {
    const opens = HELD_OUT.exec(line.trim());
    if (opens) heldOut.push({ name: opens[1]!, match: [], differ: [] });
    const block = heldOut.at(-1);
    const [kind, first, ...rest] = line.trim().split(/\s+/);
    if (kind === '=') for (const form of rest) [match, ...(block ? [block.match] : [])].forEach((list) => list.push([first!, form]));
    else if (kind === '!') [differ, ...(block ? [block.differ] : [])].forEach((list) => list.push([first!, rest[0]!]));
  }
  return { match, differ, heldOut };
}

function measure({ match, differ }: Pairs) {
  const missed = match.filter(([a, b]) => key(a) !== key(b));
  const wrong = differ.filter(([a, b]) => key(a) === key(b));
  return { missed, wrong, recall: 1 - missed.length / match.length, falseRate: wrong.length / differ.length };
}
const percent = (share: number) => `${(share * 100).toFixed(2)} %`;

/** A probe word keyed as a document's word is: normalised (case, curly apostrophes), then keyed
 * with the spelling class of the word as written (APIs). */
const key = (word: string) => keyOf(en, word, normalizeWord(word), 'text');

/** The targets for word forms. */
const RECALL_TARGET = 0.99;
const FALSE_MATCH_TARGET = 0.005;
/** Whether English meets them on its whole probe list (else the targets test is `it.fails`). */
const MEETS_TARGETS = true;

describe('English word forms (inflection, never derivation)', () => {
  const { match, differ, heldOut } = probes();

  it('has at least 300 pairs that must match and 200 that must not', () => {
    expect(match.length).toBeGreaterThanOrEqual(300);
    expect(differ.length).toBeGreaterThanOrEqual(200);
  });

  const result = measure({ match, differ });

  it('reports recall and false matches on the whole list and on its held-out block', () => {
    const { missed, wrong, recall, falseRate } = result;
    console.log(
      `en probes: recall ${percent(recall)} (${match.length - missed.length}/${match.length}), ` +
        `false matches ${percent(falseRate)} (${wrong.length}/${differ.length}); ` +
        `missed: ${missed.map((p) => p.join('~')).join(', ') || 'none'}; wrong: ${wrong.map((p) => p.join('~')).join(', ') || 'none'}`,
    );
    for (const block of heldOut) {
      const held = measure(block);
      console.log(
        `en ${block.name} block: recall ${percent(held.recall)} (${block.match.length - held.missed.length}/${block.match.length}), ` +
          `false matches ${percent(held.falseRate)} (${held.wrong.length}/${block.differ.length})`,
      );
    }
    expect(missed.length + wrong.length).toBeLessThan(match.length + differ.length);
  });

  const targets = () => {
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(result.falseRate).toBeLessThanOrEqual(FALSE_MATCH_TARGET);
  };
  const title = `meets the targets (recall >= ${RECALL_TARGET * 100} %, false matches <= ${FALSE_MATCH_TARGET * 100} %)`;
  if (MEETS_TARGETS) it(title, targets);
  // Not met (README: Matching). `it.fails` keeps the target visible: it starts failing the day
  // the word forms reach it, and MEETS_TARGETS must then be set.
  else it.fails(`${title}: not yet`, targets);

  it('names the cases of the issue', () => {
    expect(key('news')).not.toBe(key('new'));
    expect(key('commander')).not.toBe(key('command'));
    expect(key('children')).toBe(key('child'));
    expect(key('prevented')).toBe(key('prevent'));
    expect(key("cramp's")).toBe(key('cramps'));
  });
});
