import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/language/en.js';

type Pairs = { match: [string, string][]; differ: [string, string][] };
/** A `# held-out, session N…` comment opens a block written before the word forms were measured
 * on it: its pairs are also reported on their own (they are part of the whole list as well). */
const HELD_OUT = /^#\s*held-out\b/i;
/** The probe file: `= lemma form…` must match, `! a b` must not (derivations, look-alikes). */
function probes(): Pairs & { heldOut: Pairs } {
  const match: [string, string][] = [];
  const differ: [string, string][] = [];
  const heldOut: Pairs = { match: [], differ: [] };
  let held = false;
  for (const line of readFileSync(new URL('./en-forms.probes.txt', import.meta.url), 'utf8').split('\n')) {
    if (HELD_OUT.test(line.trim())) held = true;
    const [kind, first, ...rest] = line.trim().split(/\s+/);
    if (kind === '=') for (const form of rest) (held ? [match, heldOut.match] : [match]).forEach((list) => list.push([first!, form]));
    else if (kind === '!') (held ? [differ, heldOut.differ] : [differ]).forEach((list) => list.push([first!, rest[0]!]));
  }
  return { match, differ, heldOut };
}

function measure({ match, differ }: Pairs) {
  const missed = match.filter(([a, b]) => key(a) !== key(b));
  const wrong = differ.filter(([a, b]) => key(a) === key(b));
  return { missed, wrong, recall: 1 - missed.length / match.length, falseRate: wrong.length / differ.length };
}
const percent = (share: number) => `${(share * 100).toFixed(2)} %`;

const key = (word: string) => en.wordForm(word.toLowerCase());

describe('English word forms (inflection, never derivation)', () => {
  const { match, differ, heldOut } = probes();

  it('has at least 300 pairs that must match and 200 that must not', () => {
    expect(match.length).toBeGreaterThanOrEqual(300);
    expect(differ.length).toBeGreaterThanOrEqual(200);
  });

  it('recall >= 99 % and false matches <= 0.5 % on the probes', () => {
    const { missed, wrong, recall, falseRate } = measure({ match, differ });
    console.log(
      `en probes: recall ${percent(recall)} (${match.length - missed.length}/${match.length}), ` +
        `false matches ${percent(falseRate)} (${wrong.length}/${differ.length}); ` +
        `missed: ${missed.map((p) => p.join('~')).join(', ') || 'none'}; wrong: ${wrong.map((p) => p.join('~')).join(', ') || 'none'}`,
    );
    if (heldOut.match.length + heldOut.differ.length > 0) {
      const held = measure(heldOut);
      console.log(
        `en held-out block: recall ${percent(held.recall)} (${heldOut.match.length - held.missed.length}/${heldOut.match.length}), ` +
          `false matches ${percent(held.falseRate)} (${held.wrong.length}/${heldOut.differ.length})`,
      );
    }
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(falseRate).toBeLessThanOrEqual(0.005);
  });

  it('names the cases of the issue', () => {
    expect(key('news')).not.toBe(key('new'));
    expect(key('commander')).not.toBe(key('command'));
    expect(key('children')).toBe(key('child'));
    expect(key('prevented')).toBe(key('prevent'));
    expect(key("cramp's")).toBe(key('cramps'));
  });
});
