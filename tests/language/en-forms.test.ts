import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/language/en.js';

/** The probe file: `= lemma form…` must match, `! a b` must not (derivations, look-alikes). */
function probes(): { match: [string, string][]; differ: [string, string][] } {
  const match: [string, string][] = [];
  const differ: [string, string][] = [];
  for (const line of readFileSync(new URL('./en-forms.probes.txt', import.meta.url), 'utf8').split('\n')) {
    const [kind, first, ...rest] = line.trim().split(/\s+/);
    if (kind === '=') for (const form of rest) match.push([first!, form]);
    else if (kind === '!') differ.push([first!, rest[0]!]);
  }
  return { match, differ };
}

const key = (word: string) => en.wordForm(word.toLowerCase());

describe('English word forms (inflection, never derivation)', () => {
  const { match, differ } = probes();

  it('has at least 300 pairs that must match and 200 that must not', () => {
    expect(match.length).toBeGreaterThanOrEqual(300);
    expect(differ.length).toBeGreaterThanOrEqual(200);
  });

  it('recall >= 99 % and false matches <= 0.5 % on the probes', () => {
    const missed = match.filter(([a, b]) => key(a) !== key(b));
    const wrong = differ.filter(([a, b]) => key(a) === key(b));
    const recall = 1 - missed.length / match.length;
    const falseRate = wrong.length / differ.length;
    console.log(
      `en probes: recall ${(recall * 100).toFixed(2)} % (${match.length - missed.length}/${match.length}), ` +
        `false matches ${(falseRate * 100).toFixed(2)} % (${wrong.length}/${differ.length}); ` +
        `missed: ${missed.map((p) => p.join('~')).join(', ') || 'none'}; wrong: ${wrong.map((p) => p.join('~')).join(', ') || 'none'}`,
    );
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
