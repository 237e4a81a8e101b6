import { describe, expect, it } from 'vitest';
import { isGenericLinkText } from '../../src/site/generic-link-text.js';

describe('generic link text', () => {
  it("is judged by the language's own list on every call (verdicts kept per list)", () => {
    for (let round = 0; round < 2; round++) {
      expect(isGenericLinkText('Hier', 'de')).toBe(true);
      expect(isGenericLinkText('Hier', 'en')).toBe(false);
      // No list for the language: every list's phrases count.
      expect(isGenericLinkText('Hier', 'eo')).toBe(true);
      expect(isGenericLinkText('  Read more…', 'en-GB')).toBe(true);
      expect(isGenericLinkText('Read more about calf stretches', 'en')).toBe(false);
      expect(isGenericLinkText('→', 'en')).toBe(false);
    }
  });
});
