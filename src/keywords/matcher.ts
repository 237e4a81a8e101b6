/**
 * Finds every keyword of a set in one pass over a TokenTable (README: Matching).
 *
 * - `forms`: a trie over stem ids, walked from each token; a walk stops at the
 *   first token no phrase continues with, so its cost depends on the text and
 *   the longest phrase prefix present, never on the number of keywords. A
 *   homograph's token (Language.otherForms) steps the walk by each of its keys.
 *   `exact` matches are the forms matches whose normalised words are also equal
 *   (same word ⇒ same stem, so exact ⊂ forms by construction).
 * - `sentence`: an inverted index stem → (keyword, slot); each sentence bumps
 *   the counters of the slots its tokens hit and then settles only the touched
 *   keywords. A sentence counts, per keyword, the minimum over the phrase's
 *   distinct content stems of floor(occurrences in the sentence / times the
 *   stem occurs in the phrase) — so "cramp after cramp" needs two "cramp"s —
 *   and never less than its forms matches, keeping forms ⊂ sentence even for
 *   self-overlapping phrases ("cramp cramp" twice in "cramp cramp cramp").
 *
 * Keyword words are looked up in the table's vocabulary, never added to it: a
 * word the text does not contain cannot match. Phrases are normalised, segmented
 * and reduced to word forms in the table's language (vocabulary.language).
 */
import { internWord, createVocabulary } from '../document/build.js';
import type { TokenTable, Vocabulary } from '../document/model.js';
import { en } from '../language/en.js';
import type { Language } from '../language/types.js';
import { tokenize } from '../text/tokenize.js';
import { keyedWords } from '../language/spelling.js';

export interface MatchTable {
  tokens: TokenTable;
  vocabulary: Vocabulary;
}

/** A phrase reduced to what matching needs; independent of any document. */
export interface PhrasePlan {
  norms: string[];
  stems: string[];
  /** Distinct stems of the content words (all words when every word is a function word). */
  contentStems: string[];
  /** How many times each content stem occurs in the phrase. */
  contentNeeds: number[];
  /**
   * The phrase's other readings (Language.keywordForms: a typed word that is also the dictionary
   * form of another reading), each keyed as a whole like `stems`; empty for most phrases.
   */
  variants: PhraseReading[];
}

/** One way of keying a phrase's words. */
export interface PhraseReading {
  stems: string[];
  contentStems: string[];
  contentNeeds: number[];
}

/** Most readings one phrase is matched by (its words' choices multiplied, the plain one included). */
const PHRASE_READINGS_LIMIT = 16;

export interface KeywordMatches {
  /** Adjacent in-order matches by stem: [start, end) token ranges, in document order. */
  formsStart: number[];
  formsEnd: number[];
  /** True when every word of the match equals the phrase's word (case/diacritics aside). */
  formsExact: boolean[];
  /** Sentences with a sentence-mode count > 0, in document order. */
  sentence: number[];
  sentenceCount: number[];
  /** First token in that sentence carrying one of the phrase's content stems. */
  sentenceFirstToken: number[];
  counts: { exact: number; forms: number; sentence: number };
}

const planCaches = new Map<Language, Map<string, PhrasePlan>>();
const PLAN_CACHE_LIMIT = 100_000;

export function planPhrase(phrase: string, language: Language = en): PhrasePlan {
  let planCache = planCaches.get(language);
  if (planCache === undefined) {
    planCache = new Map();
    planCaches.set(language, planCache);
  }
  const cached = planCache.get(phrase);
  if (cached) return cached;
  const { norms, keys: stems, choices } = keyedWords(phrase, language, true);
  const isContent = norms.map((n) => !language.functionWords.has(n));
  const anyContent = isContent.includes(true);
  const reading = (keys: string[]): PhraseReading => {
    const needs = new Map<string, number>();
    keys.forEach((key, i) => {
      if (isContent[i] || !anyContent) needs.set(key, (needs.get(key) ?? 0) + 1);
    });
    return { stems: keys, contentStems: [...needs.keys()], contentNeeds: [...needs.values()] };
  };
  // Every combination of the words' choices, the plain keys first, in a fixed order.
  let combinations: string[][] = [[]];
  for (const options of choices) {
    const next: string[][] = [];
    for (const head of combinations) for (const key of options) if (next.length < PHRASE_READINGS_LIMIT) next.push([...head, key]);
    combinations = next;
  }
  const plain = reading(stems);
  const variants = combinations.slice(1).map(reading);
  const plan: PhrasePlan = { norms, stems, contentStems: plain.contentStems, contentNeeds: plain.contentNeeds, variants };
  if (planCache.size < PLAN_CACHE_LIMIT) planCache.set(phrase, plan);
  return plan;
}

/**
 * Aho–Corasick automaton over word ids (stem ids for `forms`, norm ids for `exact`); node 0 is
 * the root. One left-to-right pass finds every occurrence of every phrase, overlapping ones
 * included, in time linear in the text plus the matches reported — a phrase that overlaps
 * itself ("a a a … a" in a text of "a a a …") no longer costs text × phrase length.
 */
class PhraseAutomaton {
  readonly children: Map<number, number>[] = [new Map()];
  readonly terminals: (number[] | undefined)[] = [undefined];
  readonly depth: number[] = [0];
  private fail: Int32Array = new Int32Array(1);
  /** Nearest node on the failure chain (itself excluded) that ends a phrase; -1 when none. */
  private output: Int32Array = new Int32Array(1).fill(-1);
  private rootNext: Int32Array = new Int32Array(0);

  insert(ids: readonly number[], keyword: number): void {
    let node = 0;
    for (const id of ids) {
      let next = this.children[node]!.get(id);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.terminals.push(undefined);
        this.depth.push(this.depth[node]! + 1);
        this.children[node]!.set(id, next);
      }
      node = next;
    }
    (this.terminals[node] ??= []).push(keyword);
  }

  get empty(): boolean {
    return this.children[0]!.size === 0;
  }

  /** Failure and output links (breadth first); `alphabet` is the number of distinct ids. */
  build(alphabet: number): void {
    const size = this.children.length;
    this.fail = new Int32Array(size);
    this.output = new Int32Array(size).fill(-1);
    this.rootNext = new Int32Array(alphabet);
    const queue: number[] = [];
    for (const [id, child] of this.children[0]!) {
      if (id >= 0 && id < alphabet) this.rootNext[id] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [id, child] of this.children[node]!) {
        let f = this.fail[node]!;
        let next = this.children[f]!.get(id);
        while (next === undefined && f !== 0) {
          f = this.fail[f]!;
          next = this.children[f]!.get(id);
        }
        const target = next !== undefined && next !== child ? next : 0;
        this.fail[child] = target;
        this.output[child] = this.terminals[target] !== undefined ? target : this.output[target]!;
        queue.push(child);
      }
    }
  }

  step(state: number, id: number): number {
    let node = state;
    for (;;) {
      if (node === 0) return id >= 0 && id < this.rootNext.length ? this.rootNext[id]! : 0;
      const next = this.children[node]!.get(id);
      if (next !== undefined) return next;
      node = this.fail[node]!;
    }
  }

  /** Calls `found(keyword, length)` for every phrase ending at `state`. */
  emit(state: number, found: (keyword: number, length: number) => void): void {
    for (let node = this.terminals[state] !== undefined ? state : this.output[state]!; node > 0; node = this.output[node]!) {
      const length = this.depth[node]!;
      for (const k of this.terminals[node]!) found(k, length);
    }
  }
}

function emptyMatches(): KeywordMatches {
  return {
    formsStart: [], formsEnd: [], formsExact: [],
    sentence: [], sentenceCount: [], sentenceFirstToken: [],
    counts: { exact: 0, forms: 0, sentence: 0 },
  };
}

function lookupAll(values: string[], ids: Map<string, number>): number[] | null {
  const out: number[] = [];
  for (const v of values) {
    const id = ids.get(v);
    if (id === undefined) return null;
    out.push(id);
  }
  return out;
}

/** Matches every phrase against the table in all three modes; results in phrase order. */
export function matchPhrases(table: MatchTable, phrases: readonly string[]): KeywordMatches[] {
  const { tokens, vocabulary } = table;
  const plans = phrases.map((phrase) => planPhrase(phrase, vocabulary.language));
  const results = plans.map(emptyMatches);

  // Compile against this table's vocabulary.
  const stemAutomaton = new PhraseAutomaton();
  const normAutomaton = new PhraseAutomaton();
  const slotStem: number[] = [];
  const slotNeed: number[] = [];
  // Sentence mode works on units: a phrase's plain reading and each of its variants, its own
  // slots each; a keyword's sentence count is its best unit's there (see the merge below).
  const unitSlots: { start: number; end: number }[] = [];
  const unitKeyword: number[] = [];
  let variantCount = 0;
  // A language that keys words by their spelling too (Language.spelling) may key a typed
  // phrase's word apart from the same word in the text (German keyword "fragen": the noun's
  // plural; "fragen" in running text: the verb). Its exact matches are walked on their own and
  // count as forms matches as well, so exact ⊂ forms still holds.
  const spelled = vocabulary.language.spelling !== undefined;
  plans.forEach((plan, k) => {
    let inserted = false;
    for (const reading of plan.norms.length > 0 ? [plan, ...plan.variants] : []) {
      const stemIds = lookupAll(reading.stems, vocabulary.stemId);
      if (stemIds === null) continue;
      stemAutomaton.insert(stemIds, k);
      inserted = true;
      if (reading !== plan) variantCount++;
    }
    if (inserted || (spelled && plan.norms.length > 0)) {
      // Otherwise same words ⇒ same stems, so an exact match is always a forms match too.
      const normIds = lookupAll(plan.norms, vocabulary.normId);
      if (normIds) normAutomaton.insert(normIds, k);
    }
    for (const reading of [plan, ...plan.variants]) {
      const contentIds = reading.contentStems.length > 0 ? lookupAll(reading.contentStems, vocabulary.stemId) : null;
      if (contentIds === null) continue;
      const start = slotStem.length;
      contentIds.forEach((id, i) => {
        slotStem.push(id);
        slotNeed.push(reading.contentNeeds[i]!);
      });
      unitSlots.push({ start, end: slotStem.length });
      unitKeyword.push(k);
    }
  });

  const count = tokens.count;
  const stemOf = tokens.stem;
  const normOf = tokens.norm;
  const sentenceOf = tokens.sentence;

  // Forms (and exact): one pass of each automaton, restarted at every sentence boundary
  // (a match never spans two sentences). At each token the exact matches ending there are
  // marked first, then every forms match ending there is recorded (in order of its end, which
  // for one phrase is the order of its start).
  // A homograph's token (Vocabulary.readings) steps the stem automaton by each of its readings:
  // the walk keeps one state per distinct way the text reads (one state while no homograph is in
  // reach), and a match found through two readings counts once (`formsEnd`), as one found
  // through two of a phrase's readings (PhrasePlan.variants) does.
  const homographs = vocabulary.readings;
  if (!stemAutomaton.empty || (spelled && !normAutomaton.empty)) {
    stemAutomaton.build(vocabulary.stems.length);
    normAutomaton.build(vocabulary.norms.length);
    const exactEnd = new Int32Array(plans.length).fill(-1);
    const formsEnd = spelled || homographs.size > 0 || variantCount > 0 ? new Int32Array(plans.length).fill(-1) : null;
    const stemEmpty = stemAutomaton.empty;
    const normEmpty = normAutomaton.empty;
    let stemStates: number[] = [0];
    let nextStates: number[] = [];
    let normState = 0;
    for (let j = 0; j < count; j++) {
      if (j > 0 && sentenceOf[j] !== sentenceOf[j - 1]) {
        stemStates.length = 1;
        stemStates[0] = 0;
        normState = 0;
      }
      if (!stemEmpty) {
        const readings = homographs.size === 0 ? undefined : homographs.get(stemOf[j]!);
        if (readings === undefined && stemStates.length === 1) stemStates[0] = stemAutomaton.step(stemStates[0]!, stemOf[j]!);
        else {
          nextStates.length = 0;
          for (const state of stemStates) {
            for (const id of readings ?? [stemOf[j]!]) {
              const next = stemAutomaton.step(state, id);
              if (next !== 0 && !nextStates.includes(next)) nextStates.push(next);
            }
          }
          if (nextStates.length === 0) nextStates.push(0);
          [stemStates, nextStates] = [nextStates, stemStates];
        }
      }
      const stemMatched = stemStates.length > 1 || stemStates[0] !== 0;
      if (!stemMatched && !spelled) {
        normState = 0;
        continue;
      }
      normState = normEmpty ? 0 : normAutomaton.step(normState, normOf[j]!);
      if (normState !== 0) normAutomaton.emit(normState, (k) => (exactEnd[k] = j));
      if (stemMatched) {
        for (const state of stemStates) {
          if (state === 0) continue;
          stemAutomaton.emit(state, (k, length) => {
            if (formsEnd !== null && formsEnd[k] === j) return;
            const result = results[k]!;
            const exact = exactEnd[k] === j;
            result.formsStart.push(j + 1 - length);
            result.formsEnd.push(j + 1);
            result.formsExact.push(exact);
            result.counts.forms++;
            if (exact) result.counts.exact++;
            if (formsEnd !== null) formsEnd[k] = j;
          });
        }
      }
      // Spelled languages: an exact match the forms walk did not find is a forms match too.
      if (spelled && normState !== 0) {
        normAutomaton.emit(normState, (k, length) => {
          if (formsEnd![k] === j) return;
          const result = results[k]!;
          result.formsStart.push(j + 1 - length);
          result.formsEnd.push(j + 1);
          result.formsExact.push(true);
          result.counts.forms++;
          result.counts.exact++;
        });
      }
    }
  }

  // Sentence mode. Each keyword is triggered by its rarest content stem in this
  // text (an inverted index stem → keywords, laid out flat by stem id); per
  // sentence we count its stems once, then settle only the keywords whose
  // trigger occurs there, reading their other stems from the sentence counts.
  // Work per sentence: its tokens + the keywords it triggers.
  if (unitKeyword.length > 0) {
    const stemCount = vocabulary.stems.length;
    const frequency = new Int32Array(stemCount);
    for (let t = 0; t < count; t++) {
      const readings = homographs.size === 0 ? undefined : homographs.get(stemOf[t]!);
      if (readings === undefined) frequency[stemOf[t]!]!++;
      else for (const id of readings) frequency[id]!++;
    }
    const units = unitKeyword.length;
    const triggerOf = new Int32Array(units);
    const triggerStart = new Int32Array(stemCount + 1);
    for (let u = 0; u < units; u++) {
      const { start, end } = unitSlots[u]!;
      let trigger = slotStem[start]!;
      for (let g = start + 1; g < end; g++) if (frequency[slotStem[g]!]! < frequency[trigger]!) trigger = slotStem[g]!;
      triggerOf[u] = trigger;
      triggerStart[trigger + 1]!++;
    }
    for (let id = 0; id < stemCount; id++) triggerStart[id + 1]! += triggerStart[id]!;
    const triggered = new Int32Array(units);
    const fill = triggerStart.slice(0, stemCount);
    for (let u = 0; u < units; u++) triggered[fill[triggerOf[u]!]!++] = u;

    const stemStamp = new Int32Array(stemCount);
    const stemInSentence = new Int32Array(stemCount);
    const stemFirst = new Int32Array(stemCount);
    const distinct: number[] = [];
    const rawSentence: { sentence: number[]; count: number[]; first: number[] }[] = plans.map(() => ({ sentence: [], count: [], first: [] }));
    // The sentence a keyword's latest entry is for: a second unit of the keyword in the same
    // sentence raises that entry's count to the better of the two instead of adding one.
    const lastSentence = new Int32Array(plans.length).fill(-1);
    let stamp = 0;
    const see = (id: number, at: number): void => {
      if (stemStamp[id] !== stamp) {
        stemStamp[id] = stamp;
        stemInSentence[id] = 0;
        stemFirst[id] = at;
        distinct.push(id);
      }
      stemInSentence[id]!++;
    };
    let t = 0;
    while (t < count) {
      const sentence = sentenceOf[t]!;
      stamp++;
      distinct.length = 0;
      for (; t < count && sentenceOf[t] === sentence; t++) {
        // A homograph counts once for each of its readings.
        const readings = homographs.size === 0 ? undefined : homographs.get(stemOf[t]!);
        if (readings === undefined) see(stemOf[t]!, t);
        else for (const id of readings) see(id, t);
      }
      for (const id of distinct) {
        for (let p = triggerStart[id]!, last = triggerStart[id + 1]!; p < last; p++) {
          const u = triggered[p]!;
          const k = unitKeyword[u]!;
          const { start, end } = unitSlots[u]!;
          let best = Infinity;
          let first = Infinity;
          for (let g = start; g < end && best > 0; g++) {
            const stemId = slotStem[g]!;
            const seen = stemStamp[stemId] === stamp ? stemInSentence[stemId]! : 0;
            best = Math.min(best, Math.floor(seen / slotNeed[g]!));
            if (seen > 0) first = Math.min(first, stemFirst[stemId]!);
          }
          if (best > 0) {
            const raw = rawSentence[k]!;
            if (lastSentence[k] === sentence) {
              const last = raw.sentence.length - 1;
              raw.count[last] = Math.max(raw.count[last]!, best);
              raw.first[last] = Math.min(raw.first[last]!, first);
            } else {
              lastSentence[k] = sentence;
              raw.sentence.push(sentence);
              raw.count.push(best);
              raw.first.push(first);
            }
          }
        }
      }
    }

    // A sentence never counts fewer than its adjacent (forms) matches.
    rawSentence.forEach((raw, k) => {
      const result = results[k]!;
      let f = 0;
      for (let r = 0; r < raw.sentence.length; r++) {
        const sentence = raw.sentence[r]!;
        let inSentence = 0;
        while (f < result.formsStart.length && sentenceOf[result.formsStart[f]!]! < sentence) f++;
        while (f < result.formsStart.length && sentenceOf[result.formsStart[f]!]! === sentence) {
          inSentence++;
          f++;
        }
        const n = Math.max(raw.count[r]!, inSentence);
        result.sentence.push(sentence);
        result.sentenceCount.push(n);
        result.sentenceFirstToken.push(raw.first[r]!);
        result.counts.sentence += n;
      }
    });
  }
  if (spelled) for (const result of results) addExactSentences(result, sentenceOf);
  return results;
}

/**
 * Spelled languages: a sentence holding a forms match that the sentence walk missed (an exact
 * match whose words the phrase keys apart, see `spelled`) counts its forms matches, so forms ⊂
 * sentence still holds. Both lists are in document order; the merge keeps it.
 */
function addExactSentences(result: KeywordMatches, sentenceOf: Uint32Array): void {
  const { formsStart } = result;
  if (formsStart.length === 0) return;
  const sentence: number[] = [];
  const sentenceCount: number[] = [];
  const sentenceFirstToken: number[] = [];
  let added = 0;
  let r = 0;
  let f = 0;
  while (f < formsStart.length) {
    const at = sentenceOf[formsStart[f]!]!;
    while (r < result.sentence.length && result.sentence[r]! < at) {
      sentence.push(result.sentence[r]!);
      sentenceCount.push(result.sentenceCount[r]!);
      sentenceFirstToken.push(result.sentenceFirstToken[r]!);
      r++;
    }
    const first = formsStart[f]!;
    let inSentence = 0;
    while (f < formsStart.length && sentenceOf[formsStart[f]!]! === at) {
      inSentence++;
      f++;
    }
    if (r < result.sentence.length && result.sentence[r] === at) continue;
    sentence.push(at);
    sentenceCount.push(inSentence);
    sentenceFirstToken.push(first);
    added += inSentence;
  }
  if (added === 0) return;
  for (; r < result.sentence.length; r++) {
    sentence.push(result.sentence[r]!);
    sentenceCount.push(result.sentenceCount[r]!);
    sentenceFirstToken.push(result.sentenceFirstToken[r]!);
  }
  result.sentence = sentence;
  result.sentenceCount = sentenceCount;
  result.sentenceFirstToken = sentenceFirstToken;
  result.counts.sentence += added;
}

/**
 * A small table for short strings (title, meta description, slug, image alt):
 * each string is one block and one sentence, with its own vocabulary. `typed[i]`: string i
 * is typed, not text (a slug), for Language.spelling.
 */
export function tableFromStrings(strings: readonly string[], language: Language = en, typed: readonly boolean[] = []): MatchTable {
  const vocabulary = createVocabulary(language);
  const spelling = language.spelling;
  const start: number[] = [];
  const end: number[] = [];
  const norm: number[] = [];
  const stems: number[] = [];
  const sentence: number[] = [];
  strings.forEach((text, index) => {
    // A field is one sentence: its first word starts it; a slug's words are typed (no case).
    const where = typed[index] === true ? 'typed' : 'text';
    let first = true;
    for (const token of tokenize(text, 0, language)) {
      const ids = spelling === undefined
        ? internWord(vocabulary, token.norm)
        : internWord(vocabulary, token.norm, spelling(token.text, token.norm, first && where === 'text' ? 'start' : where));
      first = false;
      start.push(token.start);
      end.push(token.end);
      norm.push(ids.norm);
      stems.push(ids.stem);
      sentence.push(index);
    }
  });
  const tokens: TokenTable = {
    count: start.length,
    start: Uint32Array.from(start),
    end: Uint32Array.from(end),
    norm: Uint32Array.from(norm),
    stem: Uint32Array.from(stems),
    sentence: Uint32Array.from(sentence),
    block: Uint32Array.from(sentence),
  };
  return { tokens, vocabulary };
}
