/**
 * One key per word from a Hunspell analysis, for languages whose dictionaries list many
 * inflected forms as entries of their own (Italian "farmaci" beside "farmaco", Dutch "boeken"
 * beside "boek", Norwegian "bile" beside "bil", Russian "люди"): the engine's own key keeps a
 * word that is a lemma apart, which leaves those forms unmatched. Here the key is chosen from
 * S(word) = {word, when it is a dictionary word} ∪ the lemmas the dictionary's affix rules
 * give for it ∪ the lemmas a language's own inflection rules give (`rules`, each result kept
 * only when the dictionary knows it): the shortest member, then the first in code-unit order,
 * then once more the same choice from S(that member), so a lemma and its forms agree (bil:
 * {bil, bile} → bil; bilen: {bil, bile} → bil). An exception table (irregular forms: form →
 * lemma, both normalised) is consulted first, and again for the chosen key.
 */
import type { HunspellForms } from './hunspell.js';

/** A language's inflection rule: a form pattern and the lemma replacement(s) to try. */
export type InflectionRule = readonly [pattern: RegExp, ...replacements: string[]];

export interface LemmaKeyOptions {
  forms: HunspellForms;
  /**
   * Regular inflections the dictionary does not link (their forms are entries of their own):
   * a form matching the pattern gets each replacement as a candidate lemma, kept when the
   * dictionary lists it as an entry.
   */
  rules?: readonly InflectionRule[];
  /** Normalised form → normalised lemma (irregulars). */
  exceptions?: ReadonlyMap<string, string>;
  /** Shortest key a rule may produce (default 2). */
  minLength?: number;
  /** Choose once more from the chosen lemma's own relatives (default true). */
  settle?: boolean;
  /**
   * `shortest` (default): the smallest member of S(word) as above. `engine`: the Hunspell
   * engine's own key (the word itself when it is a lemma, else the closest lemma), a rule's
   * lemma (by its engine key) when the engine found none other than the word.
   */
  choose?: 'shortest' | 'engine';
  /**
   * Forms whose being an entry shows that a word the dictionary has only as another lemma's
   * form is a lemma of its own (Portuguese: "livros" is listed, so "livro" is the noun, not
   * livrar's first person). Such a word is its own key.
   */
  ownLemma?: (norm: string) => readonly string[];
  /**
   * What a rule may give: `forms` (default in `engine` mode), any word the dictionary knows
   * (Polish czytając → czytający, a form of czytać); `entries`, only an entry or a word that
   * is a lemma of its own by `ownLemma` (Portuguese livros → livro, never portugues → portugue;
   * the default in `shortest` mode).
   */
  ruleResults?: 'forms' | 'entries';
  /**
   * `shortest` mode: rules also tried on a word that is an entry tied to no other lemma (the
   * plain `rules` only on words the dictionary does not know). For dictionaries that list
   * forms as flagless entries of their own (Italian "farmaci", "parlato").
   */
  lemmaRules?: readonly InflectionRule[];
  /** A language's own test of a rule's lemma for a word (Dutch: a verb stem takes -t). */
  accept?: (lemma: string, word: string) => boolean;
  /** `first`: the first rule whose lemma is accepted decides (spelling rules that exclude one
   *  another, Dutch praten → praat before prat); default: every rule's lemma competes. */
  ruleOrder?: 'shortest' | 'first';
  /**
   * Compounds (Dutch, Swedish, Norwegian write them as one word and the dictionaries build
   * most of them by compounding rules rather than listing them): a word the dictionary does
   * not know, with no rule lemma, is keyed as its first part plus the key of its longest
   * final part the dictionary knows, both parts at least this long (spierkrampen → spier +
   * kramp). Off when absent.
   */
  compoundPart?: number;
  /** `engine` mode: try the rules before the dictionary's candidates, not only when it has
   *  none (Portuguese: the plural rule's noun *animal* before the verb reading *animar* of
   *  *animais*), for words that are no entry themselves. A rule lemma must then be an entry
   *  (or `ownLemma`'s). */
  rulesFirst?: boolean;
}

function smaller(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

export function lemmaKey(options: LemmaKeyOptions): (norm: string) => string {
  const { forms, rules = [], exceptions = new Map<string, string>(), minLength = 2, settle = true, choose = 'shortest', ownLemma, ruleResults = choose === 'engine' ? 'forms' : 'entries', lemmaRules = [], accept, ruleOrder = 'shortest', compoundPart, rulesFirst = false } = options;
  const targets = new Set(exceptions.values());
  /** An entry of the dictionary. */
  const known = (word: string): boolean => forms.analyse(word).lemma;
  /** What a rule's result must be: an entry, or (`forms`) any word the dictionary knows. */
  const ruleKnows = (word: string): boolean => {
    const analysis = forms.analyse(word);
    return analysis.lemma || (ruleResults === 'forms' && analysis.candidates.length > 0);
  };
  /** The smallest member of S(word), or null when the dictionary knows nothing of it. */
  const pick = (word: string, withRules = true): string | null =>
    choose === 'engine' ? pickEngine(word) : pickShortest(word, withRules);
  const own = (word: string, analysis = forms.analyse(word)): boolean =>
    ownLemma !== undefined && !analysis.lemma && ownLemma(word).some(known);
  const pickEngine = (word: string): string | null => {
    const analysis = forms.analyse(word);
    if (own(word, analysis)) return word;
    if (analysis.candidates.length === 0 || (rulesFirst && !analysis.lemma)) {
      for (const [pattern, ...replacements] of rules) {
        if (!pattern.test(word)) continue;
        for (const replacement of replacements) {
          const lemma = word.replace(pattern, replacement);
          if (lemma === word || lemma.length < minLength) continue;
          // Here a rule may also give another form of the lemma (pisząc → piszący, pisać's).
          const found = forms.analyse(lemma);
          if (own(lemma, found)) return lemma;
          if (found.lemma || (ruleResults === 'forms' && found.candidates.length > 0)) return found.key;
        }
      }
    }
    return analysis.lemma || analysis.candidates.length > 0 ? analysis.key : null;
  };
  const pickShortest = (word: string, withRules: boolean): string | null => {
    const analysis = forms.analyse(word);
    let out: string | null = analysis.lemma ? word : null;
    // A lemma of the exception table among them wins (skriver: skrive, not the stem skriv).
    let target: string | null = analysis.lemma && targets.has(word) ? word : null;
    for (const candidate of analysis.candidates) if (targets.has(candidate) && (target === null || smaller(candidate, target))) target = candidate;
    if (target !== null) return target;
    // Of the same length, another lemma wins over the word itself (jenta: jente's definite form).
    for (const candidate of analysis.candidates) {
      if (out === null || smaller(candidate, out) || (out === word && candidate.length === word.length)) out = candidate;
    }
    // Rules for words the dictionary leaves unexplained, and `lemmaRules` for entries it ties
    // to no other lemma: a rule's guess never overrides a lemma the dictionary gives.
    if (!withRules) return out;
    const list = out === null ? rules : out === word && analysis.candidates.length === 0 ? lemmaRules : [];
    for (const [pattern, ...replacements] of list) {
      if (!pattern.test(word)) continue;
      if (ruleOrder === 'first' && out !== null && out !== word) break;
      // The replacements in order of preference: the first the dictionary knows is the rule's.
      for (const replacement of replacements) {
        const lemma = word.replace(pattern, replacement);
        if (lemma === word || lemma.length < minLength || !ruleKnows(lemma)) continue;
        if (accept !== undefined && !accept(lemma, word)) continue;
        // A rule says the word is a form of its lemma: the lemma wins a tie with the word.
        if (out === null || smaller(lemma, out) || (out === word && lemma.length === word.length)) out = lemma;
        break;
      }
    }
    return out;
  };
  /** The key of a lemma or form: its smallest relative, once more (dictionary only) when `settle`. */
  const canonical = (word: string): string => {
    // A lemma of the exception table is a key as it stands (datter, not its look-alike datt).
    if (targets.has(word)) return word;
    const first = pick(word) ?? word;
    if (targets.has(first)) return first;
    // The second choice uses the dictionary only: rules applied twice would chain (barn → bar).
    return !settle || choose === 'engine' || first === word ? first : pick(first, false) ?? first;
  };
  const knows = (word: string): boolean => {
    const analysis = forms.analyse(word);
    return analysis.lemma || analysis.candidates.length > 0;
  };
  const compound = (word: string): string | null => {
    if (compoundPart === undefined || exceptions.has(word) || knows(word)) return null;
    for (let i = compoundPart; i <= word.length - compoundPart; i++) {
      const last = word.slice(i);
      if (knows(last) || exceptions.has(last)) return word.slice(0, i) + whole(last);
    }
    return null;
  };
  const whole = (norm: string): string => {
    let out = canonical(exceptions.get(norm) ?? norm);
    const again = exceptions.get(out);
    if (again !== undefined) out = canonical(again);
    return out;
  };
  return (norm) => {
    if (compoundPart !== undefined && pick(norm) === null && !exceptions.has(norm)) {
      const parts = compound(norm);
      if (parts !== null) return parts;
    }
    let out = canonical(exceptions.get(norm) ?? norm);
    const again = exceptions.get(out);
    if (again !== undefined) out = canonical(again);
    return out;
  };
}

/**
 * An exception table from lines of "form form … lemma" (the last word of a line is the lemma
 * of the others), each word normalised as document words are.
 */
export function exceptionTable(text: string, normalize: (word: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.trim().split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean).map(normalize);
    const lemma = words[words.length - 1];
    if (lemma === undefined) continue;
    for (const form of words.slice(0, -1)) map.set(form, lemma);
  }
  return map;
}
