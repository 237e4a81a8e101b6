/**
 * The spelling plumbing (Language.spelling, README: Matching): a language that opts in sees every
 * word as written — document text (with sentence starts), headings, the short fields (title,
 * slug typed), keyword phrases and section names (typed) — and its words are keyed per
 * (norm, spelling class). A made-up language `qx` (a generic Language the test decorates) has a
 * rule that depends on nothing but the spelling, so each assertion fails when the spelling is
 * dropped at one step: a capitalised word inside a sentence is a "noun" (key N:…), a word at a
 * sentence start or in lower case the plain reading, a typed word the noun reading; -s is its
 * only inflection.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/keywords/analyze.js';
import { adHocKeywordSet } from '../../src/keywords/load.js';
import { matchPhrases, tableFromStrings } from '../../src/keywords/matcher.js';
import { languageFor } from '../../src/language/registry.js';
import type { Language, SpellingContext } from '../../src/language/types.js';
import { docFromMarkdown } from './helpers.js';

const toy = languageFor('qx');
const saved = { wordForm: toy.wordForm, spelling: toy.spelling };
const plain = (norm: string): string => norm.replace(/s$/, '');
const calls: SpellingContext[] = [];

beforeAll(() => {
  Object.assign(toy, {
    wordForm: (norm: string, spelling = ''): string => (spelling === 'N' ? `N:${plain(norm)}` : plain(norm)),
    spelling: (written: string, _norm: string, where: SpellingContext): string => {
      calls.push(where);
      return where === 'typed' || (where === 'text' && /^\p{Lu}/u.test(written)) ? 'N' : '';
    },
  } satisfies Partial<Language>);
});
afterAll(() => Object.assign(toy, saved));

const doc = (source: string, extra: Parameters<typeof docFromMarkdown>[2] = {}) => docFromMarkdown(source, 'toy.md', { language: 'qx', ...extra });
const result = (source: string, phrase: string, extra: Parameters<typeof docFromMarkdown>[2] = {}) => {
  const document = doc(source, extra);
  expect(document.lang).toBe(toy);
  return analyze(document, adHocKeywordSet([phrase])).keywords[0]!;
};

describe('spelling classes along the pipeline', () => {
  // Tokens: Cats (heading start: plain), Dogs (heading, capitalised: noun); Cats (sentence
  // start: plain), My (start), Cats (capitalised inside: noun), cats (lower case: plain).
  const source = '# Cats and Dogs\n\nCats sleep. My Cats and cats nap.\n';

  it('document text: only the capitalised word inside a sentence takes the noun key', () => {
    const document = doc(source);
    const keys = Array.from(document.tokens.stem, (id) => document.vocabulary.stems[id]!);
    expect(keys).toEqual(['cat', 'and', 'N:dog', 'cat', 'sleep', 'my', 'N:cat', 'and', 'cat', 'nap']);
    // One norm, two classes: two stems for "cats", the same norm id.
    expect(document.tokens.norm[6]).toBe(document.tokens.norm[8]);
    expect(document.vocabulary.spelledStem.size).toBe(2); // Dogs, Cats (N)
  });

  it('keyword side: a typed word takes its typed class (noun), so "cat" matches the noun Cats and no plain cats', () => {
    const r = result(source, 'cat');
    // Forms: "My Cats" only (N:cat); no word is "cat" as written, so no exact match.
    expect(r.counts).toEqual({ exact: 0, forms: 1, sentence: 1 });
    expect(r.occurrences.map((o) => [o.line, o.column, o.text])).toEqual([[3, 16, 'Cats']]);
  });

  it('exact ⊂ forms: the same word as written matches in every mode even when the typed phrase is keyed apart', () => {
    // "cats" typed is N:cat; Cats at the starts and "cats" are keyed cat, but they are the word itself.
    const r = result(source, 'cats');
    expect(r.counts).toEqual({ exact: 4, forms: 4, sentence: 4 });
  });

  it('headings: the H1 word "Dogs" is a noun inside the heading, so "dog" is in the H1', () => {
    const r = result(source, 'dog');
    expect(r.counts.forms).toBe(1);
    expect(r.placements.h1).toBe(true);
  });

  it('fields: the title is text (first word a start), the slug typed', () => {
    const title = { text: 'Why Cats nap', from: 'frontMatter' as const, offset: 0 };
    const slug = { text: 'cats-nap', from: 'frontMatter' as const, offset: 0 };
    // Title "Why Cats nap": Cats capitalised inside the field → N:cat; slug "cats" typed → N:cat.
    expect(result(source, 'cat', { title, slug }).placements).toMatchObject({ title: true, slug: true });
    // A title starting with the word: the start says nothing → plain key, no noun placement.
    expect(result(source, 'cat', { title: { ...title, text: 'Cats nap' }, slug: { ...slug, text: 'nap' } }).placements).toMatchObject({ title: false, slug: false });
  });

  it('section names are typed: a group section "dog" is the heading with the noun Dogs, not "dogs at night"', () => {
    const document = doc('# Pets\n\n## dogs at night\n\ndogs bark.\n\n## Big Dogs\n\nA Dog barks.\n');
    const base = adHocKeywordSet(['dog']);
    const keyword = { ...base.keywords[0]!, group: 'g' };
    const set = { ...base, keywords: [keyword], groups: [{ name: 'g', section: 'dog', keywords: [keyword] }] };
    const r = analyze(document, set).keywords[0]!;
    expect(r.counts.forms).toBe(2); // Dogs (heading), Dog
    expect(r.placements.section).toBe(true);
  });

  it('languages without spelling are never asked (English)', () => {
    calls.length = 0;
    const document = docFromMarkdown('# Cats\n\nMy Cats nap.\n');
    analyze(document, adHocKeywordSet(['cat']));
    tableFromStrings(['My Cats'], document.lang);
    expect(calls).toEqual([]);
    expect(document.vocabulary.spelledStem.size).toBe(0);
  });
});

describe('exact ⊂ forms ⊂ sentence with spelling classes (property)', () => {
  const word = fc.constantFrom('cat', 'cats', 'Cat', 'Cats', 'dog', 'Dogs', 'nap');
  it('forms = adjacent runs equal by key (classes as written) or by norm; exact = equal by norm', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom('cat', 'cats', 'dog', 'nap'), { minLength: 1, maxLength: 3 }), (sentences, phraseWords) => {
        const phrase = phraseWords.join(' ');
        const table = tableFromStrings(sentences.map((s) => s.join(' ')), toy);
        const [m] = matchPhrases(table, [phrase]);
        const typed = phraseWords.map((w) => ({ norm: w, key: toy.wordForm(w, 'N') }));
        let exact = 0;
        let forms = 0;
        for (const s of sentences) {
          const text = s.map((w, i) => {
            const norm = w.toLowerCase();
            const spelling = i > 0 && /^\p{Lu}/u.test(w) ? 'N' : '';
            return { norm, key: toy.wordForm(norm, spelling) };
          });
          for (let i = 0; i + typed.length <= text.length; i++) {
            const run = text.slice(i, i + typed.length);
            const byNorm = run.every((t, j) => t.norm === typed[j]!.norm);
            const byKey = run.every((t, j) => t.key === typed[j]!.key);
            if (byNorm) exact++;
            if (byNorm || byKey) forms++;
          }
        }
        expect(m!.counts.exact).toBe(exact);
        expect(m!.counts.forms).toBe(forms);
        expect(m!.counts.sentence).toBeGreaterThanOrEqual(forms);
      }),
      { numRuns: 300 },
    );
  });
});
