/**
 * Homographs (Language.otherForms, README: Matching): a word of the text that is also a form of
 * another lemma matches a keyword's word by its key or by any of its other readings' keys; a
 * keyword's word is matched by its key alone. A made-up language `qx` (the generic Language,
 * decorated here) has one homograph, "lit" (its own key, and lire's), lisons and lis are lire's,
 * lits is lit's; "two" reads three ways (two, one, three). On the keyword side (Language.keywordForms)
 * "spelen" is spel's plural (its key) and the dictionary form of the verb keyed speel (speelt).
 * French and Dutch are then checked through the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, findSection } from '../../src/keywords/analyze.js';
import { adHocKeywordSet } from '../../src/keywords/load.js';
import { languageFor } from '../../src/language/registry.js';
import type { Language } from '../../src/language/types.js';
import { run } from '../helpers/cli.js';
import { docFromMarkdown } from './helpers.js';

const toy = languageFor('qx');
const saved = { wordForm: toy.wordForm, otherForms: toy.otherForms, keywordForms: toy.keywordForms };
const KEYS: Record<string, string> = { lisons: 'lire', lis: 'lire', lits: 'lit', spelen: 'spel', speelt: 'speel' };
const OTHERS: Record<string, string[]> = { lit: ['lire'], two: ['one', 'three'] };
const KEYWORD_OTHERS: Record<string, string[]> = { spelen: ['speel'] };
const keyOf = (norm: string): string => KEYS[norm] ?? norm;
const othersOf = (norm: string): readonly string[] => OTHERS[norm] ?? [];
const keywordOthersOf = (norm: string): readonly string[] => KEYWORD_OTHERS[norm] ?? [];

beforeAll(() => {
  Object.assign(toy, { wordForm: keyOf, otherForms: othersOf, keywordForms: keywordOthersOf } satisfies Partial<Language>);
});
afterAll(() => Object.assign(toy, saved));

const doc = (source: string) => docFromMarkdown(source, 'toy.md', { language: 'qx' });
const counts = (source: string, phrases: string[]) => analyze(doc(source), adHocKeywordSet(phrases)).keywords.map((k) => k.counts);

describe('homograph readings in the matcher', () => {
  it('a keyword finds the homograph by its other reading; the homograph as a keyword finds its own forms only', () => {
    const [lire, lit] = counts('Paul lit. Nous lisons le lit et les lits.', ['lire', 'lit']);
    // lire: lit (twice: the homograph is read both ways) and lisons.
    expect(lire).toEqual({ exact: 0, forms: 3, sentence: 3 });
    // lit: lit twice (exact) and lits; never lisons.
    expect(lit).toEqual({ exact: 2, forms: 3, sentence: 3 });
  });

  it('phrases through a homograph: every reading walks on, and one match is counted once', () => {
    const [lireVite, litVite, two, oneTwo] = counts('Il lit vite. One two two.', ['lire vite', 'lit vite', 'one', 'one three']);
    expect(lireVite!.forms).toBe(1);
    expect(litVite!.forms).toBe(1);
    // "one": the word One and both "two"s (one of their readings); each token once.
    expect(two!.forms).toBe(3);
    // "one three": One two (two read as three), two two (the first read as one, the second as three).
    expect(oneTwo!.forms).toBe(2);
  });

  it('sentence mode counts a homograph for each reading, never fewer than the adjacent matches', () => {
    const [phrase] = counts('Vite, il lit. Lisons.', ['lire vite']);
    expect(phrase).toEqual({ exact: 0, forms: 0, sentence: 1 });
  });

  it('a keyword finds the forms of every reading it is the dictionary form of; the other way round, only its key', () => {
    const [spelen, speelt, spel] = counts('Hij speelt een spel. De spelen zijn leuk.', ['spelen', 'speelt', 'spel']);
    // spelen: speelt (the verb's reading), spel and spelen (its key: spel's plural).
    expect(spelen).toEqual({ exact: 1, forms: 3, sentence: 3 });
    // speelt is no dictionary form: its key alone, so neither spel nor spelen.
    expect(speelt).toEqual({ exact: 1, forms: 1, sentence: 1 });
    // spel: spel and spelen, never speelt (keywordForms is for the keyword's word, not the text's).
    expect(spel).toEqual({ exact: 1, forms: 2, sentence: 2 });
  });

  it('a phrase with two readings counts a sentence once, by its better reading', () => {
    // "spelen vite": one sentence holds vite and speelt (the verb's reading) and spel (the plain one).
    const [phrase] = counts('Vite, hij speelt een spel. Vite.', ['spelen vite']);
    expect(phrase).toEqual({ exact: 0, forms: 0, sentence: 1 });
    const [adjacent] = counts('Spelen vite, speelt vite.', ['spelen vite']);
    expect(adjacent).toEqual({ exact: 1, forms: 2, sentence: 2 });
  });

  it('a section name finds a heading through a keyword reading', () => {
    const document = doc('# Intro\n\nText.\n\n## Hij speelt\n\nMore text.\n');
    expect(findSection(document, 'spelen')).toBe(document.headings[1]!.section);
    expect(findSection(document, 'spel')).toBeNull();
  });

  it('a section name finds a heading through a homograph', () => {
    const document = doc('# Intro\n\nText.\n\n## Il lit\n\nMore text.\n');
    expect(findSection(document, 'lire')).toBe(document.headings[1]!.section);
  });

  it('languages without otherForms keep one id per word (English)', () => {
    const document = docFromMarkdown('# Cats\n\nMy cats nap.\n');
    analyze(document, adHocKeywordSet(['cat']));
    expect(document.vocabulary.readings.size).toBe(0);
  });
});

describe('homograph matches equal a brute-force count (property)', () => {
  const WORDS = ['lit', 'lire', 'lits', 'lisons', 'two', 'one', 'three', 'vite', 'spelen', 'speelt', 'spel'];
  it('forms = adjacent runs where a key of each keyword word is among the text word keys; exact = equal words; sentence >= forms', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (sentences, phraseWords) => {
          const phrases = [...new Set(phraseWords.map((words) => words.join(' ')))];
          // Capitalised, so that every "." ends a sentence (the words are normalised to lower case).
          const source = sentences.map((words) => { const text = words.join(' '); return `${text[0]!.toUpperCase()}${text.slice(1)}.`; }).join(' ');
          const found = counts(source, phrases);
          phrases.forEach((phrase, p) => {
            const wanted = phrase.split(' ');
            let forms = 0;
            let exact = 0;
            for (const words of sentences) {
              for (let i = 0; i + wanted.length <= words.length; i++) {
                const at = wanted.every((w, j) => {
                  const text = [keyOf(words[i + j]!), ...othersOf(words[i + j]!)];
                  return [keyOf(w), ...keywordOthersOf(w)].some((key) => text.includes(key));
                });
                if (at) forms++;
                if (at && wanted.every((w, j) => w === words[i + j])) exact++;
              }
            }
            expect(found[p]!.forms).toBe(forms);
            expect(found[p]!.exact).toBe(exact);
            expect(found[p]!.sentence).toBeGreaterThanOrEqual(forms);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Each keyword's exact and forms counts on one article `source`, audited by the CLI as file `name`. */
function cliCounts(name: string, source: string, keywords: string[]): Record<string, { exact: number; forms: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'seo-homographs-')), name);
  writeFileSync(file, source);
  const result = run([file, '--no-config', '--format', 'json', ...keywords.flatMap((keyword) => ['--keyword', keyword])]);
  expect(result.stderr).toBe('');
  const found = JSON.parse(result.stdout).files[0].keywords as { phrase: string; counts: { exact: number; forms: number } }[];
  return Object.fromEntries(found.map((k) => [k.phrase, k.counts]));
}

describe('French homographs through the CLI', () => {
  it('keyword lire finds il lit (and, the price, au lit); keyword lit never finds lisons; coupons is couper’s and coupon’s; plaire never finds plus', () => {
    const byPhrase = cliCounts(
      'article.md',
      '---\ntitle: Le soir\nlang: fr\n---\n\n# Le soir\n\nLe soir, Paul lit un roman dans son lit. Nous lisons aussi, plus tard.\n\nLes coupons sont en bas : nous coupons le papier.\n',
      ['lire', 'lit', 'couper', 'coupon', 'plaire'],
    );
    // lire: lit (the verb), lit (the bed: one key per reading cannot tell them apart), lisons.
    expect(byPhrase.lire).toMatchObject({ exact: 0, forms: 3 });
    expect(byPhrase.lit).toMatchObject({ exact: 2, forms: 2 });
    expect(byPhrase.couper).toMatchObject({ exact: 0, forms: 2 });
    expect(byPhrase.coupon).toMatchObject({ exact: 0, forms: 2 });
    // plus is plaire's passé simple too, but one of French's commonest words: read as itself only.
    expect(byPhrase.plaire).toMatchObject({ exact: 0, forms: 0 });
  });
});

describe('Dutch keyword readings through the CLI', () => {
  it('keyword spelen finds the verb (speelt, gespeeld) and spel; keyword spel never finds speelt; wegen finds weegt and wegen', () => {
    const byPhrase = cliCounts(
      'artikel.md',
      '---\ntitle: Spelen\nlang: nl\n---\n\n# Spelen\n\nDe kinderen spelen buiten. Ze speelt een spel. Gisteren hebben we gespeeld.\n\nHij weegt de bloem op de weg. Alle wegen zijn nat.\n',
      ['spelen', 'spel', 'wegen', 'weg'],
    );
    // spelen: Spelen (the H1), spelen, speelt, spel, gespeeld.
    expect(byPhrase.spelen).toMatchObject({ exact: 2, forms: 5 });
    // spel: spel, and spelen twice (its plural: one key cannot tell the verb apart), never speelt or gespeeld.
    expect(byPhrase.spel).toMatchObject({ exact: 1, forms: 3 });
    // wegen: weegt (the verb's reading), weg and wegen (weg's plural).
    expect(byPhrase.wegen).toMatchObject({ exact: 1, forms: 3 });
    // weg: weg and wegen; never weegt.
    expect(byPhrase.weg).toMatchObject({ exact: 1, forms: 2 });
  });
});

describe('Italian homographs through the CLI', () => {
  it('keyword pescare finds la pesca (the noun and the verb), portare finds porti; pasta never finds pasto', () => {
    const byPhrase = cliCounts(
      'articolo.md',
      '---\ntitle: Al mare\nlang: it\n---\n\n# Al mare\n\nOggi porto la pasta al porto. Tu porti il pane? I porti sono pieni.\n\nMia nonna pesca nel lago e mangia una pesca. Il pasto è pronto.\n',
      ['portare', 'porto', 'pesca', 'pescare', 'pasta', 'pasto'],
    );
    // portare: porto twice (portare's present and the noun, one key), porti twice (portare's
    // present and porto's plural: a reading each).
    expect(byPhrase.portare).toMatchObject({ exact: 0, forms: 4 });
    expect(byPhrase.porto).toMatchObject({ exact: 2, forms: 4 });
    // pesca: both (the noun's key); pescare: both, by pesca's verb reading.
    expect(byPhrase.pesca).toMatchObject({ exact: 2, forms: 2 });
    expect(byPhrase.pescare).toMatchObject({ exact: 0, forms: 2 });
    // dictionary-it has pasta only as pasto's feminine: the look-alike list keeps them apart.
    expect(byPhrase.pasta).toMatchObject({ exact: 1, forms: 1 });
    expect(byPhrase.pasto).toMatchObject({ exact: 1, forms: 1 });
  });
});

describe('function words match as themselves through the CLI (session 15)', () => {
  const countsIn = (lang: string, body: string, keywords: string[]) =>
    cliCounts('article.md', `---\ntitle: Prova\nlang: ${lang}\n---\n\n${body}\n`, keywords);

  it('Italian: dovere never counts dove, anca never anche, dare never da, essere never the conjunction e', () => {
    const counts = countsIn('it', 'Dove sei? Il dovere chiama anche la anca. Da qui si va a dare. E il vino è buono, e sono felice di essere qui.', [
      'dovere',
      'anca',
      'dare',
      'essere',
      'dove',
    ]);
    expect(counts.dovere).toMatchObject({ exact: 1, forms: 1 });
    expect(counts.anca).toMatchObject({ exact: 1, forms: 1 });
    expect(counts.dare).toMatchObject({ exact: 1, forms: 1 });
    // essere: sei, è, sono and essere (its forms among the function words keep its key); not E, e.
    expect(counts.essere).toMatchObject({ exact: 1, forms: 4 });
    // A function word typed as a keyword finds itself, and its language reading's forms too
    // (dovere: typed, dove may mean the verb's form); the text's Dove still counts for no dovere.
    expect(counts.dove).toMatchObject({ exact: 1, forms: 2 });
  });

  it('Swedish: bära never counts bara, mod never mot, äta never the preposition åt; fisk finds fisken', () => {
    const counts = countsIn('sv', 'Hon vill bara bära väskan. Efter maten går han mot dörren med mod. Fisken var god, och jag åt fisk åt dig.', [
      'bära',
      'mod',
      'äta',
      'fisk',
    ]);
    expect(counts['bära']).toMatchObject({ exact: 1, forms: 1 });
    expect(counts.mod).toMatchObject({ exact: 1, forms: 1 });
    expect(counts['äta']).toMatchObject({ exact: 0, forms: 0 });
    expect(counts.fisk).toMatchObject({ exact: 1, forms: 2 });
  });

  it('Bokmål: egg never counts og', () => {
    const counts = countsIn('nb', 'Vi spiste egg og brød, eller bare brød og ost.', ['egg', 'brød']);
    expect(counts.egg).toMatchObject({ exact: 1, forms: 1 });
    expect(counts['brød']).toMatchObject({ exact: 2, forms: 2 });
  });
});

describe('Bokmål loanwords, weak pasts and homograph participles through the CLI (session 16)', () => {
  it('keyword app finds appen and apper, spille finds spilte and spilt, blåse finds blåst; blåst never finds blåser', () => {
    const byPhrase = cliCounts(
      'artikkel.md',
      '---\ntitle: Appen\nlang: nb\n---\n\n# Appen\n\nVi lastet ned appen i går. Alle apper trenger plass. Han spilte fotball og har spilt lenge.\n\nVinden var sterk. Det har blåst hele natten, og vinden blåser.\n',
      ['app', 'spille', 'blåse', 'blåst'],
    );
    // app (unknown to the dictionary, as are its forms): Appen (the H1), appen, apper.
    expect(byPhrase.app).toMatchObject({ exact: 0, forms: 3 });
    // spille (the dictionary gives it no past): spilte, spilt.
    expect(byPhrase.spille).toMatchObject({ exact: 0, forms: 2 });
    // blåse: blåst (the noun, wind, and the participle), blåser.
    expect(byPhrase['blåse']).toMatchObject({ exact: 0, forms: 2 });
    // blåst, the noun: itself only.
    expect(byPhrase['blåst']).toMatchObject({ exact: 1, forms: 1 });
  });
});

describe('Bokmål -e verbs beside their nouns and adjectives through the CLI (session 17)', () => {
  it('keyword fylle finds fylte and fylt but not fyll, the noun; plan finds planen and planene; rusten finds rustne, never rust', () => {
    const byPhrase = cliCounts(
      'artikkel.md',
      '---\ntitle: Tanken\nlang: nb\n---\n\n# Tanken\n\nVi må fylle tanken. Han fylte den i går, og nå er den fylt. Fyll er ikke bra.\n\nPlanen er klar, og planene holder. Én plan er nok.\n\nSykkelen er rusten, og rustne sykler selges billig. Rust er et problem.\n',
      ['fylle', 'fyll', 'plan', 'rusten', 'rust'],
    );
    // fylle: fylle, fylte, fylt (the verb keys as itself now, not as the noun fyll).
    expect(byPhrase.fylle).toMatchObject({ exact: 1, forms: 3 });
    // fyll, the noun: Fyll only, no imperative reading of fylle.
    expect(byPhrase.fyll).toMatchObject({ exact: 1, forms: 1 });
    // plan: Planen, planene, plan (the look-alike verb plane takes none of them).
    expect(byPhrase.plan).toMatchObject({ exact: 1, forms: 3 });
    // rusten, the adjective: rusten, rustne; rust, the noun: Rust alone.
    expect(byPhrase.rusten).toMatchObject({ exact: 1, forms: 2 });
    expect(byPhrase.rust).toMatchObject({ exact: 1, forms: 1 });
  });
});
