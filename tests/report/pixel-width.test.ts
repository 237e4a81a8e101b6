import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charUnits, DESCRIPTION_LIMIT, ELLIPSIS, textWidth, TITLE_LIMIT, truncateToWidth } from '../../src/report/pixel-width.js';

// Arial advance widths, units per em 2048 (Helvetica AFM ×2.048): a 1139, i 455, m 1706, W 1933, space 569.
describe('Arial pixel widths', () => {
  it('reads per-character widths from the Arial table', () => {
    expect(charUnits('a'.codePointAt(0)!)).toBe(1139);
    expect(charUnits('i'.codePointAt(0)!)).toBe(455);
    expect(charUnits('m'.codePointAt(0)!)).toBe(1706);
    expect(charUnits('W'.codePointAt(0)!)).toBe(1933);
    expect(charUnits(' '.codePointAt(0)!)).toBe(569);
    expect(charUnits('…'.codePointAt(0)!)).toBe(2048);
  });

  it('sizes text by font size: "mm" at 20 px is 2 × 1706 × 20 / 2048 px', () => {
    expect(textWidth('mm', 20)).toBeCloseTo((2 * 1706 * 20) / 2048, 10);
    expect(textWidth('a i', 14)).toBeCloseTo(((1139 + 569 + 455) * 14) / 2048, 10);
  });

  it('gives combining marks no width and a decomposed letter its base letter width', () => {
    expect(textWidth('e\u0301', 20)).toBe(textWidth('e', 20));
    // ǎ (U+01CE) is outside the table; NFD gives "a" + caron.
    expect(charUnits(0x01ce)).toBe(1139);
    // CJK ideographs are one em wide.
    expect(textWidth('日本', 10)).toBe(20);
  });
});

describe('truncateToWidth', () => {
  const { maxPx, fontPx } = TITLE_LIMIT;

  it('leaves text that fits alone (whitespace collapsed)', () => {
    const result = truncateToWidth('  Leg   cramps\n at night ', maxPx, fontPx);
    expect(result).toMatchObject({ text: 'Leg cramps at night', truncated: false });
    expect(result.width).toBeCloseTo(textWidth('Leg cramps at night', fontPx), 10);
  });

  it('cuts the leg-cramps title after the last whole word that fits with " …"', () => {
    const title = 'Understanding Leg Cramps and Spasms: Causes, Prevention, and Treatment';
    // Hand-worked from the table: the whole title is 70,466 units = 688.1 px at 20 px (> 580).
    // "Understanding … Prevention," is 56,578 units = 552.5 px, plus " …" (2,617 units = 25.6 px)
    // = 578.1 px <= 580; with the next word, "… Prevention, and …", it would be 617.0 px.
    const result = truncateToWidth(title, maxPx, fontPx);
    expect(result.truncated).toBe(true);
    expect(result.text).toBe('Understanding Leg Cramps and Spasms: Causes, Prevention, …');
    expect(result.fullWidth).toBeCloseTo(688.14, 2);
    expect(result.width).toBeCloseTo(578.08, 2);
    expect(result.width).toBeLessThanOrEqual(maxPx);
    expect(textWidth('Understanding Leg Cramps and Spasms: Causes, Prevention, and …', fontPx)).toBeGreaterThan(maxPx);
  });

  it('cuts a single over-long word between characters', () => {
    const result = truncateToWidth('m'.repeat(100), maxPx, fontPx);
    // 20 px "m" = 16.66 px; " …" = 25.6 px: floor((580 - 25.56) / 16.66) = 33 m's.
    expect(result.text).toBe(`${'m'.repeat(33)}${ELLIPSIS}`);
  });

  it('keeps a word that ends exactly where the next space would not fit', () => {
    // Width budget chosen so "aaa bbb" fits with the ellipsis but the following space does not.
    const budget = textWidth(`aaa bbb${ELLIPSIS}`, 14);
    expect(truncateToWidth('aaa bbb ccc', budget, 14).text).toBe(`aaa bbb${ELLIPSIS}`);
  });

  it('cuts a description at 920 px of 14 px Arial', () => {
    const long = 'Leg cramps are sudden, painful muscle contractions. '.repeat(6);
    const result = truncateToWidth(long, DESCRIPTION_LIMIT.maxPx, DESCRIPTION_LIMIT.fontPx);
    expect(result.truncated).toBe(true);
    expect(result.width).toBeLessThanOrEqual(920);
    expect(result.text.endsWith(ELLIPSIS)).toBe(true);
  });

  it('property: the result fits, is a prefix of the collapsed text plus the ellipsis, and is maximal by words', () => {
    const word = fc.stringMatching(/^[A-Za-zéü0-9,.:;'’-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 60, max: 900 }), fc.constantFrom(14, 20), (words, max, px) => {
        const text = words.join(' ');
        const result = truncateToWidth(text, max, px);
        expect(result.fullWidth).toBeCloseTo(textWidth(text, px), 8);
        if (!result.truncated) {
          expect(result.text).toBe(text);
          expect(result.fullWidth).toBeLessThanOrEqual(max);
          return;
        }
        expect(result.fullWidth).toBeGreaterThan(max);
        expect(result.text.endsWith(ELLIPSIS)).toBe(true);
        const kept = result.text.slice(0, -ELLIPSIS.length);
        expect(text.startsWith(kept)).toBe(true);
        if (textWidth(`${words[0]!}${ELLIPSIS}`, px) <= max) {
          // Word-boundary cut: the kept words fit, one more word would not.
          expect(result.width).toBeLessThanOrEqual(max + 1e-9);
          const count = kept.split(' ').length;
          expect(kept).toBe(words.slice(0, count).join(' '));
          expect(textWidth(`${words.slice(0, count + 1).join(' ')}${ELLIPSIS}`, px)).toBeGreaterThan(max);
        }
      }),
      { numRuns: 300 },
    );
  });
});
