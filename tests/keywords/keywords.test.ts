/**
 * The keyword engine on the bundled article. Every count below was worked
 * out by reading fixtures/leg-cramps.md line by line (line numbers refer to
 * that file; "S2" = its second sentence).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document, SourceFormat } from '../../src/document/model.js';
import { adHocKeywordSet, analyze, keywordSetFromText, loadKeywordSet } from '../../src/keywords/index.js';
import type { Analysis, KeywordResult } from '../../src/keywords/index.js';
import { words } from '../../src/text/tokenize.js';
import { docFromMarkdown, docFromText } from './helpers.js';

const PARSER = new URL('../../src/document/index.ts', import.meta.url);
const hasParser = existsSync(PARSER);

/** The real parser when it exists; until then the fixture-shaped test builder (Markdown only). */
async function load(path: string): Promise<Document> {
  const source = readFileSync(path, 'utf8');
  if (hasParser) {
    const modulePath = '../../src/document/index.js';
    const { parseDocument } = (await import(modulePath)) as {
      parseDocument: (source: string, format: SourceFormat, path: string) => Document;
    };
    return parseDocument(source, path.endsWith('.html') ? 'html' : 'markdown', path);
  }
  return docFromMarkdown(source, path);
}

const set = loadKeywordSet('keywords/leg-cramps.yaml');
const byPhrase = (analysis: Analysis, phrase: string): KeywordResult => {
  const found = analysis.keywords.find((k) => k.phrase === phrase);
  if (!found) throw new Error(`no result for ${phrase}`);
  return found;
};

describe('leg-cramps.md, hand-counted', async () => {
  const doc = await load('fixtures/leg-cramps.md');
  const analysis = analyze(doc, set);

  it('counts "leg cramps" in all three modes', () => {
    // exact 28: L1 H1 (1); L3 S1, S3, S4 (3); L5 H2 (1); L7 S1 "Leg cramps,", S3 "nocturnal leg
    // cramps" (2); L9 H2 (1); L11 S1 (1); L19 (1); L21 H2 (1); L23 S1 (1); L29 (1); L32 H2 (1);
    // L34 (1); L45 S1, S2 (2); L49 S1 (1); L51: S1 two quotes, S2 "leg cramps"+"nocturnal leg
    // cramps", S3 two, S4 "how to prevent leg cramps", S5 two, S6 one (10). 1+3+1+2+1+1+1+1+1+1+1+1+2+1+10 = 28.
    // forms 29: plus "leg cramp prevention" in L51 S4 (singular "leg cramp").
    // sentence 32: every sentence above counts once except L51 S2 (leg ×3, cramps ×3 → 3) and
    // L51 S4 (leg ×2, cramp ×2 → 2), plus L15 "legs … cramps" and L18 "leg muscles … cramps"
    // (not adjacent): 18 outside L51 + 2 + L51 (2+3+2+2+2+1 = 12) = 32.
    const k = byPhrase(analysis, 'leg cramps');
    expect(k.counts).toEqual({ exact: 28, forms: 29, sentence: 32 });
    expect(k.count).toBe(29);
    expect(k.match).toBe('forms');
    expect(k.primary).toBe(true);
    expect(k.occurrences.filter((o) => o.mode === 'forms').map((o) => [o.line, o.text])).toEqual([[51, 'leg cramp']]);
    expect(k.occurrences[0]).toMatchObject({ line: 1, column: 17, text: 'Leg Cramps', mode: 'exact' });
  });

  it('counts the longer keywords', () => {
    // "nocturnal leg cramps": L7 S3 and L51 S2, adjacent both times; "nocturnal" occurs nowhere else.
    expect(byPhrase(analysis, 'nocturnal leg cramps').counts).toEqual({ exact: 2, forms: 2, sentence: 2 });
    // "leg cramp prevention": written once (L51 S4). Sentence (leg, cramp, prevention — the noun;
    // "prevent" and "preventable" are other words, SPEC §5 forms are inflections only): L1 H1,
    // L21 H2, L51 S4 (prevention once) = 3.
    expect(byPhrase(analysis, 'leg cramp prevention').counts).toEqual({ exact: 1, forms: 1, sentence: 3 });
    // "how to prevent leg cramps": only L51 S4 verbatim ("how to prevent them" in L3 is not it).
    // Sentence (prevent, leg, cramps): L3 S4 ("how to prevent them" … "leg cramps"), L29
    // ("prevent deficiencies that lead to leg cramps"), L51 S4 = 3.
    expect(byPhrase(analysis, 'how to prevent leg cramps').counts).toEqual({ exact: 1, forms: 1, sentence: 3 });
    // "muscle cramps": L7 S1, L13, L16, L17, L51 S2. Sentence adds L14, L18 ("leg muscles"),
    // L27, L36 S1 ("muscle during a cramp"), L37 and L39 ("cramping muscle"), L41, and L7 S1
    // counts 2 (muscle cramps + "more muscles", Leg cramps): 5 + 7 + 1 = 13.
    expect(byPhrase(analysis, 'muscle cramps').counts).toEqual({ exact: 5, forms: 5, sentence: 13 });
    // "what causes leg cramps": L3 S4 and L51 S1. Sentence (caus, leg, cramp): + L1 H1, L9 H2,
    // L51 S3 ("causes of leg cramps") = 5.
    expect(byPhrase(analysis, 'what causes leg cramps').counts).toEqual({ exact: 2, forms: 2, sentence: 5 });
    // "leg spasms": adjacent only in L51 S2.
    expect(byPhrase(analysis, 'leg spasms').counts.exact).toBe(1);
  });

  it('covers the whole set and measures density on the document words', () => {
    // Every keyword of the set is written out in the last paragraph (L51).
    expect(analysis.coverage.ratio).toBe(1);
    expect(analysis.coverage.covered).toBe(13);
    expect(analysis.coverage.total).toBe(13);
    expect(analysis.coverage.groups.map((g) => [g.name, g.covered, g.total])).toEqual([
      ['core', 4, 4], ['causes', 3, 3], ['prevention', 2, 2], ['treatment', 3, 3], ['doctor', 1, 1],
    ]);
    // Independent word count: every word of the file minus the "1."…"7." list numbers (7 + 6 + 6 items)
    // and nothing else (the file has no code, front matter or URLs).
    const raw = readFileSync('fixtures/leg-cramps.md', 'utf8').replace(/^\d+\.\s/gm, '');
    expect(doc.wordCount).toBe(words(raw).length);
    expect(doc.wordCount).toBe(908);
    // 29 / 908 × 100 = 3.1938… → 3.19
    expect(byPhrase(analysis, 'leg cramps').density).toBe(3.19);
    expect(byPhrase(analysis, 'nocturnal leg cramps').density).toBe(0.22); // 2 / 908 = 0.2203
  });

  it('places "leg cramps" and the group keywords', () => {
    const k = byPhrase(analysis, 'leg cramps');
    // H2/H3: What Are…, Common Causes…, Prevention Tips…, Treatment Options… contain it;
    // When to See a Doctor and Conclusion do not.
    expect(k.placements).toMatchObject({ h1: true, subheadings: { with: 4, of: 6 }, intro: true, slug: true, section: null });
    // Sections: 0 preamble, 1 H1, 2 What Are, 3 Causes, 4 Prevention, 5 Treatment, 6 Doctor, 7 Conclusion.
    // "causes" matches the H1 too ("…: Causes, Prevention…") but an H2 is preferred.
    expect(analysis.groupSections).toEqual({ core: null, causes: 3, prevention: 4, treatment: 5, doctor: 6 });
    // "Causes of Leg Cramps" is the L9 heading itself.
    expect(byPhrase(analysis, 'causes of leg cramps').placements).toMatchObject({ section: true, subheadings: { with: 1, of: 6 }, intro: false });
    // "what causes leg cramps" is in the intro (L3) and the conclusion, not under the causes heading.
    expect(byPhrase(analysis, 'what causes leg cramps').placements).toMatchObject({ section: false, intro: true });
    // All prevention/treatment/doctor keywords are only in the conclusion (L51).
    for (const phrase of ['how to prevent leg cramps', 'treatment for leg cramps', 'when to see a doctor for leg cramps']) {
      expect(byPhrase(analysis, phrase).placements.section).toBe(false);
    }
    expect(analysis.intro.tokenStart).toBe(doc.blocks[1]!.tokenStart);
  });

  it('builds a section × group matrix that sums to the total count', () => {
    const m = analysis.matrix;
    expect(m.groups).toEqual(['core', 'causes', 'prevention', 'treatment', 'doctor']);
    expect(m.sections.map((s) => s.line)).toEqual([1, 5, 9, 21, 32, 43, 47]); // preamble is empty: no row
    // "What Are Leg Cramps and Spasms?" (L5–7): leg cramps ×3 (L5, L7 S1, L7 S3), nocturnal leg
    // cramps ×1, muscle cramps ×1 → core 5; nothing else.
    expect(m.counts[1]).toEqual([5, 0, 0, 0, 0]);
    // H1 section's own range is L1 + L3: leg cramps ×4, what causes leg cramps ×1.
    expect(m.counts[0]).toEqual([4, 1, 0, 0, 0]);
    const sum = m.counts.flat().reduce((a, b) => a + b, 0);
    expect(sum).toBe(analysis.keywords.reduce((a, k) => a + k.count, 0));
  });

  it('applies a --match override except to quoted phrases', () => {
    const quoted = keywordSetFromText('"leg cramp"\nleg cramps\n', 'txt', 'set.txt');
    const a = analyze(doc, quoted, { match: 'sentence' });
    // "leg cramp" exact: only L51 S4.
    expect(a.keywords[0]).toMatchObject({ match: 'exact', count: 1 });
    expect(a.keywords[1]).toMatchObject({ match: 'sentence', count: 32 });
    expect(a.keywords[1]!.density).toBe(3.52); // 32 / 908 = 3.524…
  });

  it.skipIf(!hasParser)('gives the same counts for the .md and .html fixtures', async () => {
    const html = analyze(await load('fixtures/leg-cramps.html'), set);
    const pick = (a: Analysis) => a.keywords.map((k) => [k.phrase, k.counts, k.count, k.placements.h1, k.placements.subheadings, k.placements.intro, k.placements.section]);
    expect(pick(html)).toEqual(pick(analysis));
    expect(html.words).toBe(analysis.words);
    expect(html.coverage).toEqual(analysis.coverage);
    // The HTML head has a meta description and a canonical URL ending in /leg-cramps.
    expect(byPhrase(html, 'leg cramps').placements).toMatchObject({ title: true, metaDescription: true, slug: true });
  });
});

describe('placements on short fields', () => {
  const doc = docFromMarkdown('# Stretching\n\nSome words about calves.\n', 'posts/x.md', {
    title: { text: 'Night-time Leg Cramps', from: 'title', offset: 0 },
    metaDescription: { text: 'Why legs cramp at night.', from: 'meta', offset: 0 },
    slug: { text: 'https://example.com/a/leg-cramp-relief?x=1', from: 'canonical', offset: 0 },
    images: [{ alt: 'A runner holding her leg', src: null, offset: 0 }, { alt: 'Leg cramps diagram', src: null, offset: 0 }],
  });
  const a = analyze(doc, adHocKeywordSet(['leg cramps', 'night']));

  it('matches title, meta description, slug and image alt by the keyword mode', () => {
    // "Leg Cramps" in the title; the meta has "legs cramp" (forms: leg+cramp, adjacent);
    // slug leg-cramp-relief; the second alt.
    expect(a.keywords[0]!.placements).toMatchObject({ title: true, metaDescription: true, slug: true, imageAlt: true, h1: false, intro: false });
    expect(a.keywords[0]!.count).toBe(0);
    // "night": title "Night-time" (hyphen splits), meta "night"; not in the slug or alts.
    expect(a.keywords[1]!.placements).toMatchObject({ title: true, metaDescription: true, slug: false, imageAlt: false });
  });

  it('uses the first 10 % of words as the intro when there is no paragraph', () => {
    const headingsOnly = docFromMarkdown('# One two three four five six seven eight nine ten\n\n## Eleven twelve\n');
    expect(analyze(headingsOnly, adHocKeywordSet(['two'])).intro).toEqual({ tokenStart: 0, tokenEnd: 2 }); // ceil(12 × 0.1)
    expect(analyze(headingsOnly, adHocKeywordSet(['one'])).keywords[0]!.placements.intro).toBe(true);
    expect(analyze(headingsOnly, adHocKeywordSet(['three'])).keywords[0]!.placements.intro).toBe(false);
  });
});

describe('matching rules', () => {
  const count = (text: string, phrase: string) => analyze(docFromText(text), adHocKeywordSet([phrase])).keywords[0]!.counts;

  it('matches forms across case, plural, possessive and hyphens', () => {
    // Leg-Cramps, leg cramp, LEG CRAMPS, leg cramp's: 4 forms; "Leg-Cramps" and "LEG CRAMPS" are
    // exact (case and the hyphen do not matter), "cramp" and "cramp's" are other forms.
    expect(count('Leg-Cramps hurt. A leg cramp is bad. LEG CRAMPS! The leg cramp\'s end.', 'leg cramps')).toEqual({ exact: 2, forms: 4, sentence: 4 });
  });

  it('counts overlapping keywords per keyword', () => {
    const a = analyze(docFromText('Nocturnal leg cramps wake people.'), adHocKeywordSet(['nocturnal leg cramps', 'leg cramps']));
    expect(a.keywords.map((k) => k.count)).toEqual([1, 1]);
    expect(a.matrix.counts).toEqual([[2]]);
  });

  it('never matches across a sentence or block boundary', () => {
    expect(count('Stretch the leg. Cramps fade.', 'leg cramps')).toEqual({ exact: 0, forms: 0, sentence: 0 });
    const doc = docFromMarkdown('# Sore leg\n\nCramps fade.\n');
    expect(analyze(doc, adHocKeywordSet(['leg cramps'])).keywords[0]!.counts.forms).toBe(0);
  });

  it('counts a sentence min over content words, needing repeats a phrase has', () => {
    // cramps ×3, leg ×1 → 1; a phrase repeating "cramp" needs two per count.
    expect(count('Cramps, cramps and more cramps in one leg.', 'leg cramps').sentence).toBe(1);
    expect(count('Cramps, cramps and more cramps in one leg.', 'cramp after cramp').sentence).toBe(1);
    expect(count('One cramp in the leg.', 'cramp after cramp').sentence).toBe(0);
    // A self-overlapping phrase: 2 adjacent matches in "cramp cramp cramp"; sentence never counts fewer.
    expect(count('cramp cramp cramp', 'cramp cramp')).toEqual({ exact: 2, forms: 2, sentence: 2 });
  });

  it('drops function words in sentence mode but keeps them in a phrase of only function words', () => {
    expect(count('Cramps: how do they stop? They stop when you stretch.', 'how to stop cramps').sentence).toBe(1);
    const set = adHocKeywordSet(['to be']);
    expect(set.warnings).toHaveLength(1);
    expect(analyze(docFromText('To be or not to be. It is to be.'), set).keywords[0]!.counts).toEqual({ exact: 3, forms: 3, sentence: 3 });
  });

  it('reports a sentence occurrence at the first matched content word', () => {
    const a = analyze(docFromText('Cramps often hit the leg at night.'), adHocKeywordSet(['leg cramps']), { match: 'sentence' });
    expect(a.keywords[0]!.occurrences).toEqual([
      { line: 1, column: 1, offset: 0, text: 'Cramps', mode: 'sentence', token: 0, tokenEnd: 1, sentence: 0 },
    ]);
  });

  it('does not match a word the document lacks and leaves the vocabulary alone', () => {
    const doc = docFromText('Legs ache.');
    const before = doc.vocabulary.norms.length;
    expect(analyze(doc, adHocKeywordSet(['leg cramps'])).keywords[0]!.counts).toEqual({ exact: 0, forms: 0, sentence: 0 });
    expect(doc.vocabulary.norms.length).toBe(before);
  });

  it('handles an empty document and an empty set', () => {
    const empty = docFromMarkdown('');
    const a = analyze(empty, adHocKeywordSet(['leg']));
    expect(a.keywords[0]).toMatchObject({ count: 0, density: 0, found: false });
    expect(a.coverage.ratio).toBe(0);
    const none = analyze(docFromText('Some text.'), adHocKeywordSet([]));
    expect(none.coverage).toEqual({ ratio: 1, covered: 0, total: 0, groups: [] });
    expect(none.primary).toBeNull();
  });

  it('weights coverage and honours min', () => {
    const set = keywordSetFromText(
      'keywords:\n  - { phrase: leg, weight: 3 }\n  - { phrase: arm, weight: 1 }\n  - { phrase: cramp, min: 2 }\n',
      'yaml', 'w.yaml',
    );
    const a = analyze(docFromText('A leg cramp.'), set);
    // leg found (3), arm not (1), cramp once < min 2 → 3 / 5 = 0.6; 1 of 3 keywords covered.
    expect(a.coverage).toMatchObject({ ratio: 0.6, covered: 1, total: 3 });
  });
});
