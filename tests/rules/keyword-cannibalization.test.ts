import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CANNIBALIZATION_RULE_ID,
  cannibalizationEntry,
  crossFileFindingsFromReports,
  findCannibalization,
  stemKey,
  type CannibalizationEntry,
} from '../../src/rules/keyword-cannibalization.js';

const entry = (path: string, primary: string | null, topKeywords: string[] = []): CannibalizationEntry => ({
  path,
  primary,
  topKeywords,
});

describe('stemKey', () => {
  it('normalises case, hyphens and plural forms to one key', () => {
    expect(stemKey('Leg Cramps')).toBe('leg cramp');
    expect(stemKey('leg cramp')).toBe('leg cramp');
    expect(stemKey('leg-cramps')).toBe('leg cramp');
    expect(stemKey('  ')).toBe('');
  });
});

describe('findCannibalization: same primary keyword', () => {
  it('reports three files with one primary (spelled three ways) as one finding naming all three, sorted', () => {
    const findings = findCannibalization([
      entry('posts/c.md', 'leg-cramps'),
      entry('posts/a.md', 'Leg Cramps'),
      entry('posts/d.md', 'calf stretches'),
      entry('posts/b.md', 'leg cramp'),
    ]);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.ruleId).toBe(CANNIBALIZATION_RULE_ID);
    expect(finding!.ruleId).toBe('keyword-cannibalization');
    expect(finding!.severity).toBe('warning');
    expect(finding!.files).toEqual(['posts/a.md', 'posts/b.md', 'posts/c.md']);
    // The keyword is shown as the first file (in path order) wrote it, lowercased.
    expect(finding!.message).toContain('"leg cramps"');
    expect(finding!.message).toContain('3 files');
    for (const path of finding!.files) expect(finding!.message).toContain(path);
    expect(finding!.message).not.toContain('posts/d.md');
  });

  it('gives one finding per shared keyword, ordered by message', () => {
    const findings = findCannibalization([
      entry('x/2.md', 'magnesium'),
      entry('x/1.md', 'Magnesium'),
      entry('y/1.md', 'leg cramps'),
      entry('y/2.md', 'Leg cramps'),
    ]);
    expect(findings.map((f) => f.files)).toEqual([
      ['y/1.md', 'y/2.md'], // message starts '2 files target the same primary keyword "leg cramps"'
      ['x/1.md', 'x/2.md'], // '... "magnesium"' sorts after '... "leg cramps"'
    ]);
  });

  it('reports nothing for distinct primaries, missing primaries or a single file', () => {
    expect(findCannibalization([entry('a.md', 'leg cramps'), entry('b.md', 'leg spasms'), entry('c.md', 'cramp')])).toEqual([]);
    expect(findCannibalization([entry('a.md', null), entry('b.md', null)])).toEqual([]);
    expect(findCannibalization([entry('a.md', '...'), entry('b.md', '!!')])).toEqual([]);
    expect(findCannibalization([entry('a.md', 'leg cramps')])).toEqual([]);
    expect(findCannibalization([])).toEqual([]);
  });

  it('counts a path given twice once', () => {
    expect(findCannibalization([entry('a.md', 'leg cramps'), entry('a.md', 'leg cramps')])).toEqual([]);
  });
});

describe('findCannibalization: overlapping top keywords', () => {
  // A∩B = {a,b,c,d} (4), A∪B = {a,b,c,d,e,f} (6): Jaccard 4/6 ≈ 0.67 >= 0.6.
  // A∩C = {a,b,c} (3), A∪C = 7 keys: 3/7 ≈ 0.43; B∩C likewise 3/7. Neither pair is reported.
  const A = ['a', 'b', 'c', 'd', 'e'];
  const B = ['a', 'b', 'c', 'd', 'f'];
  const C = ['a', 'b', 'c', 'x', 'y'];

  it('reports each pair at or above the threshold once, naming both files', () => {
    const findings = findCannibalization([entry('c.md', 'three', C), entry('b.md', 'two', B), entry('a.md', 'one', A)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.files).toEqual(['a.md', 'b.md']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      'a.md and b.md share 67% of their top keywords ("a", "b", "c", "d") — they compete for the same queries',
    );
  });

  it('uses Jaccard >= threshold (3 of 5 is exactly 0.6) and honours a custom threshold', () => {
    const D = ['p', 'q', 'r'];
    const E = ['p', 'q', 'r', 's', 't'];
    expect(findCannibalization([entry('d.md', null, D), entry('e.md', null, E)])).toHaveLength(1);
    expect(findCannibalization([entry('d.md', null, D), entry('e.md', null, E)], { overlap: 0.61 })).toEqual([]);
    // With 0.4, A–C and B–C (3/7 ≈ 0.43) qualify too: three pairs in path order.
    const loose = findCannibalization([entry('a.md', null, A), entry('b.md', null, B), entry('c.md', null, C)], { overlap: 0.4 });
    expect(loose.map((f) => f.files)).toEqual([
      ['a.md', 'b.md'],
      ['a.md', 'c.md'],
      ['b.md', 'c.md'],
    ]);
  });

  it('does not repeat a pair already reported for a shared primary keyword', () => {
    const findings = findCannibalization([entry('a.md', 'Leg Cramps', A), entry('b.md', 'leg cramp', B)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('same primary keyword');
  });

  it('ignores files without top keywords and rejects a threshold outside (0, 1]', () => {
    expect(findCannibalization([entry('a.md', null, []), entry('b.md', null, [])])).toEqual([]);
    expect(() => findCannibalization([], { overlap: 0 })).toThrow(RangeError);
    expect(() => findCannibalization([], { overlap: 1.5 })).toThrow(RangeError);
  });

  it('finds exactly the pairs a brute-force Jaccard comparison finds (prefix filtering loses none)', () => {
    const keySet = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(keySet, { maxLength: 8 }), fc.constantFrom(0.2, 0.34, 0.5, 0.6, 0.75, 1), (sets, overlap) => {
        const files = sets.map((keys, i) => entry(`f${i}.md`, null, keys));
        const expected: string[][] = [];
        for (let i = 0; i < sets.length; i++) {
          for (let j = i + 1; j < sets.length; j++) {
            const a = new Set(sets[i]);
            const b = new Set(sets[j]);
            const shared = [...a].filter((k) => b.has(k)).length;
            const union = a.size + b.size - shared;
            if (union > 0 && shared / union >= overlap) expected.push([`f${i}.md`, `f${j}.md`]);
          }
        }
        expect(findCannibalization(files, { overlap }).map((f) => f.files)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic whatever the input order', () => {
    const files = [
      entry('c.md', 'leg cramps', C),
      entry('a.md', 'one', A),
      entry('b.md', 'two', B),
      entry('d.md', 'Leg Cramps', []),
    ];
    const first = JSON.stringify(findCannibalization(files));
    expect(JSON.stringify(findCannibalization([...files].reverse()))).toBe(first);
    expect(JSON.stringify(findCannibalization([files[2]!, files[0]!, files[3]!, files[1]!]))).toBe(first);
  });
});

describe('cannibalizationEntry', () => {
  it('takes the primary phrase and the stem keys of the most frequent found keywords', () => {
    const made = cannibalizationEntry(
      'a.md',
      [
        { phrase: 'leg cramps', primary: true, count: 9 },
        { phrase: 'Leg Cramp', primary: false, count: 9 }, // same stem key as the primary: kept once
        { phrase: 'muscle cramps', primary: false, count: 4 },
        { phrase: 'calf cramps', primary: false, count: 4 },
        { phrase: 'night cramps', primary: false, count: 2 },
        { phrase: 'leg spasms', primary: false, count: 0 }, // absent: never a top keyword
      ],
      3,
    );
    // Order: count desc, then phrase: "Leg Cramp" < "leg cramps" (uppercase first), both → "leg cramp";
    // then "calf cramps" < "muscle cramps" at 4.
    expect(made).toEqual({ path: 'a.md', primary: 'leg cramps', topKeywords: ['leg cramp', 'calf cramp', 'muscle cramp'] });
  });

  it('has a null primary when no keyword is primary', () => {
    expect(cannibalizationEntry('b.md', [{ phrase: 'x', primary: false, count: 1 }]).primary).toBeNull();
  });
});

describe('crossFileFindingsFromReports', () => {
  const report = (path: string, status: 'passed' | 'failed' | 'error', primary: string) => ({
    path,
    status,
    keywords: [
      { phrase: primary, primary: true, count: 3 },
      { phrase: 'other', primary: false, count: 1 },
    ],
  });

  it('leaves errored files out and finds the shared primary among the others', () => {
    const findings = crossFileFindingsFromReports([
      report('a.md', 'passed', 'Leg Cramps'),
      report('b.md', 'error', 'leg cramps'),
      report('c.md', 'failed', 'leg cramp'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.files).toEqual(['a.md', 'c.md']);
  });
});
