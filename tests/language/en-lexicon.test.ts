import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { generate } from '../../scripts/en-lexicon.mjs';

describe('src/language/en-lexicon.ts', () => {
  it('is exactly what scripts/en-lexicon.mjs generates from wink-lexicon (no hand edits, no drift)', () => {
    expect(readFileSync(new URL('../../src/language/en-lexicon.ts', import.meta.url), 'utf8')).toBe((generate as () => string)());
  });
});
