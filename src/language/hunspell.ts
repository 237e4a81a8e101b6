/**
 * Word forms from a Hunspell dictionary (README: Word forms). A Hunspell dictionary is a list
 * of lemmas (.dic: `word/FLAGS`) and affix rules (.aff: `SFX flag strip add[/cont] condition`)
 * that generate each lemma's forms. `hunspellForms` answers the other way round, as Hunspell's
 * own lookup does: it strips the affixes a word could carry and keeps the lemmas whose flags
 * allow exactly that affix (the form is regenerated from the lemma and compared, so conditions
 * and strip strings are checked on the dictionary's own spelling), then picks one key. The
 * key choice is one mechanism for every language, with a policy (`choose`) over the same
 * sources: the exception table, the candidate lemmas, the language's rule lemmas (`rules`,
 * `lemmaRules`, `fallback`) and compound parts (`compoundPart`). `closest` (the default; es fr
 * de ru pl pt):
 *
 * 1. the word itself when it is a lemma of the dictionary (a form that is also a lemma of its
 *    own — Spanish "como", French "sens" — stays apart from the other lemma; with
 *    `capitalisedEntries: 'unlessForm'` a proper noun's entry does not count when a lower-case
 *    lemma has the word as an inflection: lourdes → lourd; and among candidate lemmas a
 *    proper noun's gives way to a lower-case one);
 * 2. else the candidate lemma that changes the word least: fewest characters removed from the
 *    end plus added (removed + added after the longest common prefix), then the shorter lemma,
 *    then the first in code-unit order (deterministic);
 * 3. words the dictionary does not know are their own key (or a rule lemma's).
 * `shortest` (it nl sv nb, dictionaries that list many forms as entries of their own): the
 * smallest of the word, its candidates and its rule lemmas, chosen once more (see `choose`).
 * A language's exception table (irregular forms the dictionary lists as lemmas of their own:
 * German ging, Spanish fui) maps a form to its lemma first and a chosen key to its lemma last;
 * the table's lemmas are keys as they stand.
 *
 * Supported .aff features: FLAG (single characters, UTF-8, long, num), SFX/PFX with cross
 * products, conditions, continuation classes (twofold suffixes: one affix whose continuation
 * class allows a second one), NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD, CIRCUMFIX, IGNORE.
 * Compounding (German) is not done: a compound the dictionary does not list is unknown.
 * ICONV/OCONV are not applied: words arrive normalised (text/normalize.ts: NFKD folding,
 * straight apostrophes), which covers the ligatures and apostrophes French's ICONV maps.
 *
 * Dictionaries are read on first use from the npm package's files (resolved, never imported:
 * wooorm's dictionary-xx index.js reads both files at import).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface HunspellOptions {
  /** npm package with index.aff and index.dic (wooorm's dictionary-xx)… */
  package?: string;
  /** …or the two files' text (tests). */
  data?: { aff: string; dic: string };
  /** The language's word normalisation (normalizeWord with its keepDiacritics): applied to
   *  the dictionary's lemmas and affixes so they compare with document words. */
  normalize: (word: string) => string;
  /**
   * Affix flags (as written in the .aff) that make derivations. Their forms are never keyed
   * by the lemma they come from: a derived word is a lemma of its own, and its inflections
   * key to it (German J: Behandlung, Behandlungen → behandlung, never behandeln).
   */
  derivationFlags?: readonly string[];
  /** Single suffix rules that derive within a flag that otherwise inflects (dictionary-nb's K
   *  adds the genitive -es and also the adjective -sk: medisiner → medisinsk), by the flag and
   *  the rule's add string as written in the .aff. Off when absent. */
  derivationRule?: (flag: string, add: string) => boolean;
  /** Every prefix of the dictionary is a derivation (Spanish). */
  noPrefixes?: boolean;
  /** Affix flags ignored altogether (German's compound-part flags). */
  ignoreFlags?: readonly string[];
  /** Normalised form or lemma → normalised lemma, applied after the analysis (irregulars);
   *  a function is called on first use (nothing is built for a language no article uses). */
  exceptions?: ReadonlyMap<string, string> | (() => ReadonlyMap<string, string>);
  /** Flags whose readings win when a word has several candidate lemmas (Spanish G, S: the
   *  adjective's "larga" is largo's before it is the verb largar's). */
  preferFlags?: readonly string[];
  /** Normalised lemmas that win among several candidates (common verbs: "sale" is salir's
   *  before it is salar's). Checked before preferFlags. */
  preferLemmas?: ReadonlySet<string>;
  /** Flags whose forms make a lemma another's only if the lemma carries the given flag
   *  (Spanish { D: 'G' }: a participle absorbs the adjective "hablado/GS", not the noun
   *  "comida/S"). */
  absorbRequires?: Readonly<Record<string, string>>;
  /**
   * Last resort for a word that would be its own key (unknown, or a lemma no rule links to
   * another): candidate lemmas (normalised) in order from a rule of the language (Spanish
   * plurals the dictionary lists apart, German ge- participles and umlaut plurals); the first
   * that is a lemma of the dictionary is used. `lookup` gives the dictionary's entries of a
   * normalised word, with its inflection flags (those that have rules, derivations left out).
   */
  fallback?: (norm: string, lookup: (norm: string) => readonly DictionaryEntry[]) => readonly string[];
  /**
   * Flags without affix rules that `lookup` and `entries()` report in DictionaryEntry.marks
   * (German: igerman98's NOSUGGEST `n`, on rare words such as Wart). Absent (every other
   * language): entries have no `marks`, and nothing else changes.
   */
  markFlags?: readonly string[];
  /**
   * What an entry spelled with a capital in the .dic (a proper noun: French Lourdes, Vienne,
   * Portuguese Caius) does to the lower-case word of a text. `lemma` (default): the word is a
   * lemma itself, like any entry. `unlessForm`: such an entry makes the word a lemma only when
   * no lower-case lemma has it as an inflection (lourdes → lourd, vienne → venir; Paris stays
   * paris), and among a form's candidate lemmas a proper noun's gives way to a lower-case one
   * (a form of both a name and a common word is the common word's). Off by default because German spells every noun with a capital: there the noun is
   * the word's lemma (Schmerzen), not a verb that shares its spelling.
   */
  capitalisedEntries?: 'lemma' | 'unlessForm';

  // ---- Key choice (README: Word forms). One policy per language, over the same sources: the
  // exception table, the dictionary's candidate lemmas, the language's rule lemmas, compounds.
  /**
   * How the key is chosen among the candidates.
   * - `closest` (default): the word itself when it is a lemma of the dictionary (unless
   *   redundant), else the candidate lemma that changes it least (see the module comment); a
   *   rule lemma (`rules`) only for a word with no candidate (or first, `rulesFirst`).
   * - `shortest`: for dictionaries that list many inflected forms as entries of their own
   *   (Italian "farmaci" beside "farmaco", Dutch "maken", Norwegian "bile" beside "bil"): the
   *   smallest of S(word) = {the word, when it is an entry} ∪ its candidate lemmas ∪ the rule
   *   lemmas the dictionary knows (shorter, then code-unit order), then once more the same
   *   choice from S(that lemma), dictionary only, so a lemma and its forms agree (bil: {bil,
   *   bile} → bil; bilen: {bil, bile} → bil). A lemma of the exception table among the
   *   candidates wins (skriver: skrive, not the stem skriv).
   * With either policy a lemma of the exception table is a key as it stands (datter, not its
   * look-alike datt), and the table is consulted for the word and again for the chosen key.
   */
  choose?: 'closest' | 'shortest';
  /**
   * Regular inflections the dictionary does not link (their forms are entries of their own, or
   * unknown): a form matching the pattern gets each replacement as a candidate lemma (the
   * first the dictionary knows counts). `closest`: tried on a word with no candidate lemma;
   * `shortest`: on words the dictionary does not know.
   */
  rules?: readonly InflectionRule[];
  /** `shortest`: rules also tried on a word that is an entry tied to no other lemma (Italian
   *  "farmaci", "parlato"). */
  lemmaRules?: readonly InflectionRule[];
  /**
   * What a rule may give: `forms` (default with `closest`), any word the dictionary knows
   * (Polish czytając → czytający, a form of czytać: then its key); `entries` (default with
   * `shortest`), only an entry or a lemma of its own by `ownLemma`.
   */
  ruleResults?: 'forms' | 'entries';
  /** Shortest key a rule may produce (default 2). */
  minLength?: number;
  /** A language's own test of a rule's lemma for a word (Dutch: a verb stem takes -t). */
  accept?: (lemma: string, word: string) => boolean;
  /** `shortest`: a `lemmaRules` lemma replaces an entry tied to nothing even when it is longer
   *  (Swedish: the dictionary lists strong pasts apart, flög → flyga); default: only when it is
   *  no longer than the word. */
  ruleLemmaWins?: boolean;
  /**
   * `shortest`: a flag that marks entries that are words in their own right (dictionary-nb: its
   * compound flag z, which its common lemmas carry and the bare stems and syncopated forms it
   * also lists — kjenn, gafl, himl, modn — do not), except entries that also carry a flag of
   * `notWith` (nb: I, the plural of -er agent nouns, derivations: samler must not draw samle's
   * present). When members of S(word) are marked, the choice is among those only (then
   * shortest, and the word keeps a length tie); when none is, nothing changes.
   */
  lemmaMark?: { flag: string; notWith?: readonly string[] };
  /**
   * `shortest`: lemmas that are keys in their own right whatever their relatives (nb: a noun with
   * a paradigm of its own, rust): such a lemma keys as itself, and the second choice stops at it
   * (rusten → rust, not on to rus, whose neuter rust is spelt like it).
   */
  keepsKey?: (lemma: string, word: string) => boolean;
  /** `shortest`: `first`, the first rule whose lemma is accepted decides (spelling rules that
   *  exclude one another, Dutch praten → praat before prat); default: every rule competes. */
  ruleOrder?: 'shortest' | 'first';
  /** `closest`: the rules before the dictionary's candidates for a word that is no entry
   *  (Portuguese: the plural rule's noun *animal* before the verb reading *animar* of
   *  *animais*); a rule lemma must then be an entry (or `ownLemma`'s). */
  rulesFirst?: boolean;
  /**
   * `closest`: forms whose being an entry shows that a word the dictionary has only as another
   * lemma's form is a lemma of its own (Portuguese: "livros" is listed, so "livro" is the noun,
   * not livrar's first person). Such a word is its own key.
   */
  ownLemma?: (norm: string) => readonly string[];
  /**
   * Compounds (Dutch, Swedish, Norwegian write them as one word and the dictionaries build
   * most of them by compounding rules rather than listing them): a word the dictionary does
   * not know, with no rule lemma, is keyed as its first part plus the key of its longest final
   * part the dictionary knows, both parts at least this long (spierkrampen → spier + kramp).
   * Off when absent.
   */
  compoundPart?: number;
  /**
   * A dictionary that puts an inflection flag on a word class it does not inflect so, to make a
   * derivation (dictionary-sv gives verbs the noun definite -n, E, for their action nouns:
   * vänta → väntan, börja → början): true when the form a flag gives an entry with these flags
   * is no form of it; `entry` and `form` are the entry's word and the form made, as the .dic
   * spells them (Norwegian tells a rule that strips, handel → handle, from one that adds). Off
   * when absent.
   */
  notFormOf?: (flag: string, entryFlags: readonly string[], entry: string, form: string) => boolean;
  /**
   * Flags whose readings do not make a word another lemma's form when the word is an entry
   * with inflection flags of its own (a homograph with its own paradigm: Dutch diepte, the
   * noun with its plural dieptes, is not read as the past tense of diepen, diep + -te). Off
   * when absent.
   */
  homographFlags?: readonly string[];
  /**
   * Readings only through `flags` give way to another lemma's reading through a flag of `to`
   * (Dutch: a noun plural before a past tense — maanden, paarden, manden are maand's, paard's,
   * mand's plurals before they are the pasts of manen, paren, mannen). Off when absent.
   */
  yieldFlags?: { flags: readonly string[]; to: readonly string[] };
  /**
   * `entries()` also gives each entry's flags as the .dic writes them, derivation and ignored
   * flags included (DictionaryEntry `allFlags`: Dutch tells a noun, which has diminutive or
   * compound-part flags, from a strong past that carries a plural flag only to make its past
   * plural, hing/Zb → hingen). Off when absent.
   */
  entryAllFlags?: boolean;
  /**
   * The letters the least-change choice among candidate lemmas compares (`closest`: step 2 of
   * the module comment): a language whose normalisation keeps accents that are only spelling
   * (French, read with its accents since session 11) measures the change on the word and lemma
   * folded, so an accent does not count as a changed letter (parais: paraître before parer, as
   * with the folded dictionary). Absent (every other language): the normalised words as they are.
   */
  changeLetters?: (word: string) => string;
}

/** A language's inflection rule: a form pattern and the lemma replacement(s) to try, in order. */
export type InflectionRule = readonly [pattern: RegExp, ...replacements: Replacement[]];
/** A replacement string ($1…) or a function of the match (String.prototype.replace's). */
export type Replacement = string | ((match: string, ...groups: string[]) => string);
const applyRule = (word: string, pattern: RegExp, replacement: Replacement): string =>
  typeof replacement === 'string' ? word.replace(pattern, replacement) : word.replace(pattern, replacement as (match: string, ...rest: unknown[]) => string);

/** A dictionary entry as a language's fallback sees it. */
export interface DictionaryEntry {
  /** As spelled in the .dic (case and diacritics kept). */
  word: string;
  /** Its inflection flags (derivation and ignored flags left out). */
  flags: readonly string[];
  /** Usable on its own (not NEEDAFFIX, ONLYINCOMPOUND or FORBIDDENWORD). */
  lemma: boolean;
  /** All its flags as the .dic writes them (with `entryAllFlags` only). */
  allFlags?: readonly string[];
  /** The entry's flags among HunspellOptions.markFlags (only when that option is given). */
  marks?: readonly string[];
}

/** What an analysis found (for tests and tools): the key and every candidate lemma. */
export interface Analysis {
  key: string;
  /** True when the word is a lemma itself. */
  lemma: boolean;
  /** Normalised candidate lemmas (sorted), without the exception table. */
  candidates: string[];
  /** With `lemmaMark`: the word (when an entry) and candidates whose entries carry the mark. */
  marked?: string[];
}

/**
 * One way a normalised word reads in the dictionary (for languages whose key choice sees the
 * word as written, Language.spelling): the lemma, as normalised and as the .dic spells it, and
 * the forms as spelled that the lemma's affixes give and that normalise to the word.
 */
export interface Reading {
  lemma: string;
  /** The entry's own spelling (case and diacritics kept): "Schmerz", "cálculo". */
  entry: string;
  /** The word as this reading spells it: "Schmerzen", "calculó"; the entry itself for the word's own entry. */
  spelled: readonly string[];
  /** Made by inflection only (no derivation flag or prefix). */
  plain: boolean;
  /** The word's own entry (else a lemma whose affixes make the word). */
  own: boolean;
  /** Own entry: its inflection flags; else the affix flags the word was reached through. */
  flags: readonly string[];
}

export interface HunspellForms {
  /** The key of a normalised word (see the module comment). */
  wordForm(norm: string): string;
  analyse(norm: string): Analysis;
  /** Every reading of a normalised word: its own usable entries, then the candidate lemmas (sorted). */
  readings(norm: string): Reading[];
  /** The dictionary's entries of a normalised word, with their inflection flags (a language's
   *  rule tests: Norwegian ablaut is tried only on entries without inflection flags). */
  entries(norm: string): readonly DictionaryEntry[];
  /** Load the dictionary now (else on first use); returns load time in ms. */
  load(): number;
  /** The .dic text as loaded, for a language's own scan of its entries (read once, shared). */
  dicText(): string;
  /** Number of dictionary entries and affix rules, once loaded. */
  stats(): { entries: number; suffixes: number; prefixes: number } | null;
}

interface Rule {
  flag: string;
  /** A derivation (derivationFlags, noPrefixes): its forms name a lemma of their own. */
  derivation: boolean;
  cross: boolean;
  strip: string;
  add: string;
  cond: RegExp | null;
  cont: readonly string[];
  /** Normalised add and strip strings (the index and the reverse step use these). */
  nAdd: string;
  nStrip: string;
}

interface Entry {
  word: string;
  flags: readonly string[];
}

interface Dictionary {
  /** Normalised word → start offset(s) of its .dic line(s); lines are parsed on lookup. */
  index: Map<string, number | number[]>;
  dic: string;
  flagsOf: (raw: string) => string[];
  strip: (s: string) => string;
  parsed: Map<string, readonly Entry[]>;
  suffixes: Map<string, Rule[]>;
  prefixes: Map<string, Rule[]>;
  /** Suffix rules by a flag of their continuation class, then by normalised add string: the
   *  inner suffixes a given outer suffix may follow. */
  innerByFlag: Map<string, Map<string, Rule[]>>;
  /** Inflection rules by flag (to generate an entry's forms). */
  byFlag: Map<string, { suffixes: Rule[]; prefixes: Rule[] }>;
  /** Derivation rules by flag. */
  derivedByFlag: Map<string, { suffixes: Rule[]; prefixes: Rule[] }>;
  maxSuffix: number;
  maxPrefix: number;
  needAffix: string | null;
  onlyInCompound: string | null;
  forbidden: string | null;
  circumfix: string | null;
  counts: { entries: number; suffixes: number; prefixes: number };
}

const require = createRequire(import.meta.url);

/** Mark, among the flags a candidate was reached through, a reading made by a derivation
 *  or one by inflection only. */
const DERIVED = '\u0000derived';
const PLAIN = '\u0000plain';

/** Directory of an installed package, found without running its entry point. */
function packageDir(name: string): string {
  return dirname(require.resolve(name));
}

type FlagMode = 'char' | 'long' | 'num' | 'utf-8';

function splitFlags(raw: string, mode: FlagMode): string[] {
  if (raw === '') return [];
  if (mode === 'long') {
    const out: string[] = [];
    for (let i = 0; i < raw.length; i += 2) out.push(raw.slice(i, i + 2));
    return out;
  }
  if (mode === 'num') return raw.split(',').filter(Boolean);
  return [...raw];
}

/** Hunspell conditions are a regular-expression subset (literals, `.`, `[...]`, `[^...]`). */
const conditions = new Map<string, RegExp>();
function condition(source: string, suffix: boolean): RegExp | null {
  if (source === '.' || source === '') return null;
  const pattern = suffix ? `(?:${source})$` : `^(?:${source})`;
  let re = conditions.get(pattern);
  if (re === undefined) conditions.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

function parse(options: HunspellOptions): Dictionary {
  let aff: string;
  let dic: string;
  if (options.data !== undefined) ({ aff, dic } = options.data);
  else if (options.package !== undefined) {
    const dir = packageDir(options.package);
    aff = readFileSync(join(dir, 'index.aff'), 'utf8');
    dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  } else throw new Error('hunspellForms: give `package` or `data`');
  const normalize = options.normalize;
  const derivations = new Set(options.derivationFlags ?? []);
  const ignored = new Set(options.ignoreFlags ?? []);

  let mode: FlagMode = 'char';
  let ignore: RegExp | null = null;
  const special = { needAffix: null as string | null, onlyInCompound: null as string | null, forbidden: null as string | null, circumfix: null as string | null };
  const headers = new Map<string, { cross: boolean }>();
  const suffixes = new Map<string, Rule[]>();
  const prefixes = new Map<string, Rule[]>();
  const byFlag = new Map<string, { suffixes: Rule[]; prefixes: Rule[] }>();
  const innerByFlag = new Map<string, Map<string, Rule[]>>();
  const derivedByFlag = new Map<string, { suffixes: Rule[]; prefixes: Rule[] }>();
  let maxSuffix = 0;
  let maxPrefix = 0;
  let nSuffixes = 0;
  let nPrefixes = 0;
  const contCache = new Map<string, string[]>();
  const flagsOf = (raw: string): string[] => {
    let out = contCache.get(raw);
    if (out === undefined) {
      out = splitFlags(raw, mode);
      contCache.set(raw, out);
    }
    return out;
  };
  const strip = (s: string) => (ignore === null ? s : s.replace(ignore, ''));

  for (const line of aff.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.trim().split(/\s+/);
    const [kind] = parts;
    switch (kind) {
      case 'FLAG': {
        const value = (parts[1] ?? '').toLowerCase();
        mode = value === 'long' ? 'long' : value === 'num' ? 'num' : value === 'utf-8' ? 'utf-8' : 'char';
        break;
      }
      case 'IGNORE':
        ignore = new RegExp(`[${[...(parts[1] ?? '')].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');
        break;
      case 'NEEDAFFIX':
      case 'PSEUDOROOT':
        special.needAffix = parts[1] ?? null;
        break;
      case 'ONLYINCOMPOUND':
        special.onlyInCompound = parts[1] ?? null;
        break;
      case 'FORBIDDENWORD':
        special.forbidden = parts[1] ?? null;
        break;
      case 'CIRCUMFIX':
        special.circumfix = parts[1] ?? null;
        break;
      case 'SFX':
      case 'PFX': {
        const flag = parts[1]!;
        const key = `${kind} ${flag}`;
        const header = headers.get(key);
        if (header === undefined) {
          // Header line: SFX flag cross count.
          headers.set(key, { cross: parts[2] === 'Y' });
          break;
        }
        if (parts.length < 4) break;
        const suffix = kind === 'SFX';
        if (ignored.has(flag)) break;
        const [addRaw = '', contRaw] = splitAdd(parts[3]!);
        const rule: Rule = {
          flag,
          derivation: derivations.has(flag) || (!suffix && options.noPrefixes === true) || (suffix && options.derivationRule?.(flag, addRaw === '0' ? '' : addRaw) === true),
          cross: header.cross,
          strip: parts[2] === '0' ? '' : strip(parts[2]!),
          add: addRaw === '0' ? '' : strip(addRaw),
          cond: condition(parts[4] ?? '.', suffix),
          cont: contRaw === undefined ? [] : flagsOf(contRaw),
          nAdd: '',
          nStrip: '',
        };
        rule.nAdd = rule.add === '' ? '' : normalize(rule.add);
        rule.nStrip = rule.strip === '' ? '' : normalize(rule.strip);
        // byFlag holds inflections only (paradigms); derivations are in derivedByFlag.
        const groups = rule.derivation ? derivedByFlag : byFlag;
        let group = groups.get(flag);
        if (group === undefined) groups.set(flag, (group = { suffixes: [], prefixes: [] }));
        (suffix ? group.suffixes : group.prefixes).push(rule);
        const index = suffix ? suffixes : prefixes;
        let list = index.get(rule.nAdd);
        if (list === undefined) index.set(rule.nAdd, (list = []));
        list.push(rule);
        if (suffix) {
          for (const next of rule.cont) {
            let inner = innerByFlag.get(next);
            if (inner === undefined) innerByFlag.set(next, (inner = new Map()));
            let same = inner.get(rule.nAdd);
            if (same === undefined) inner.set(rule.nAdd, (same = []));
            same.push(rule);
          }
          nSuffixes++;
          maxSuffix = Math.max(maxSuffix, rule.nAdd.length);
        } else {
          nPrefixes++;
          maxPrefix = Math.max(maxPrefix, rule.nAdd.length);
        }
        break;
      }
      default:
        break;
    }
  }

  // The .dic is indexed, not parsed: normalised word → offset of its line (most of its
  // 60,000–85,000 lines are never looked up; an object per line cost 50–80 MB of memory).
  const index = new Map<string, number | number[]>();
  let nEntries = 0;
  let pos = dic.indexOf('\n') + 1;
  if (pos === 0) pos = dic.length;
  while (pos < dic.length) {
    let end = dic.indexOf('\n', pos);
    if (end === -1) end = dic.length;
    const first = dic.charCodeAt(pos);
    // Comment lines (German's header) start with a tab; morphological fields follow a tab or space.
    if (end > pos && first !== 9 && first !== 35 && first !== 13) {
      const word = strip(lineWord(dic, pos, end));
      if (word !== '') {
        const norm = normalize(word);
        const at = index.get(norm);
        if (at === undefined) index.set(norm, pos);
        else if (typeof at === 'number') index.set(norm, [at, pos]);
        else at.push(pos);
        nEntries++;
      }
    }
    pos = end + 1;
  }
  return {
    index,
    dic,
    flagsOf,
    strip,
    parsed: new Map(),
    suffixes,
    prefixes,
    byFlag,
    innerByFlag,
    derivedByFlag,
    maxSuffix,
    maxPrefix,
    ...special,
    counts: { entries: nEntries, suffixes: nSuffixes, prefixes: nPrefixes },
  };
}

/** End of a .dic line's first field (word/flags), before a tab, space or CR. */
function fieldEnd(dic: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = dic.charCodeAt(i);
    if (c === 9 || c === 32 || c === 13) break;
    i++;
  }
  return i;
}

/** The slash that starts a line's flags (not an escaped `\/`), or -1. */
function lineSlash(dic: string, pos: number, stop: number): number {
  for (let i = pos + 1; i < stop; i++) if (dic.charCodeAt(i) === 47 && dic.charCodeAt(i - 1) !== 92) return i;
  return -1;
}

function lineWord(dic: string, pos: number, end: number): string {
  const stop = fieldEnd(dic, pos, end);
  const slash = lineSlash(dic, pos, stop);
  return dic.slice(pos, slash === -1 ? stop : slash);
}

const NO_ENTRIES: readonly Entry[] = [];

/** The dictionary entries of a normalised word, parsed from their lines on first lookup. */
function entriesOf(d: Dictionary, norm: string): readonly Entry[] {
  let out = d.parsed.get(norm);
  if (out !== undefined) return out;
  const at = d.index.get(norm);
  if (at === undefined) return NO_ENTRIES;
  out = (typeof at === 'number' ? [at] : at).map((pos) => {
    let end = d.dic.indexOf('\n', pos);
    if (end === -1) end = d.dic.length;
    const stop = fieldEnd(d.dic, pos, end);
    const slash = lineSlash(d.dic, pos, stop);
    return {
      word: d.strip(d.dic.slice(pos, slash === -1 ? stop : slash)),
      flags: slash === -1 ? [] : d.flagsOf(d.dic.slice(slash + 1, stop)),
    };
  });
  if (d.parsed.size < 100_000) d.parsed.set(norm, out);
  return out;
}

/** `add/cont` → [add, cont]; a slash escaped as `\/` belongs to the add string. */
function splitAdd(field: string): [string, string | undefined] {
  const at = findSlash(field);
  return at === -1 ? [field.replace(/\\\//g, '/'), undefined] : [field.slice(0, at).replace(/\\\//g, '/'), field.slice(at + 1)];
}

function findSlash(field: string): number {
  for (let i = 1; i < field.length; i++) if (field[i] === '/' && field[i - 1] !== '\\') return i;
  return -1;
}

function applySuffix(rule: Rule, word: string): string | null {
  if (!word.endsWith(rule.strip) || (rule.cond !== null && !rule.cond.test(word))) return null;
  return word.slice(0, word.length - rule.strip.length) + rule.add;
}

function applyPrefix(rule: Rule, word: string): string | null {
  if (!word.startsWith(rule.strip) || (rule.cond !== null && !rule.cond.test(word))) return null;
  return rule.add + word.slice(rule.strip.length);
}

/** How much a lemma differs from a word: characters after their common prefix, both sides. */
function change(word: string, lemma: string): number {
  let i = 0;
  while (i < word.length && i < lemma.length && word[i] === lemma[i]) i++;
  return word.length - i + (lemma.length - i);
}

/**
 * Language.otherForms from the dictionary: the keys of the lemmas `word` is a form of by
 * inflection flags (no derivation flag or prefix; a name's entry, capitalised, left out) and,
 * with `table`, the lemma an exception table gives it, other than `key`; distinct and sorted.
 * `keyOf` keys a lemma as the language does (a lemma in the forms' normalisation).
 */
export function readingKeys(forms: HunspellForms, word: string, key: string, keyOf: (lemma: string) => string, table?: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const reading of forms.readings(word)) {
    if (reading.own || !reading.plain || capitalised(reading.entry)) continue;
    out.add(keyOf(reading.lemma));
  }
  const listed = table?.get(word);
  if (listed !== undefined) out.add(keyOf(listed));
  out.delete(key);
  return [...out].sort();
}

/**
 * An exception table from "form… lemma" lines (the last word of a line is the lemma of the
 * others), normalised with the language's normalisation.
 */
export function formTable(text: string, normalize: (word: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean).map(normalize);
    if (words.length < 2) continue;
    const lemma = words[words.length - 1]!;
    for (const form of words.slice(0, -1)) map.set(form, lemma);
  }
  return map;
}

export function hunspellForms(options: HunspellOptions): HunspellForms {
  let dict: Dictionary | null = null;
  const normalize = options.normalize;
  let exceptionTable: ReadonlyMap<string, string> | null = null;
  const exceptions = (): ReadonlyMap<string, string> => {
    if (exceptionTable === null) {
      const given = options.exceptions ?? new Map<string, string>();
      exceptionTable = typeof given === 'function' ? given() : given;
    }
    return exceptionTable;
  };
  const preferFlags = new Set(options.preferFlags ?? []);
  const preferLemmas = options.preferLemmas ?? new Set<string>();
  const absorbRequires = options.absorbRequires ?? {};
  const absorbs = (flag: string, entry: Entry): boolean => {
    const needed = absorbRequires[flag];
    return needed === undefined || entry.flags.includes(needed);
  };
  const get = (): Dictionary => (dict ??= parse(options));
  const yieldCapitals = options.capitalisedEntries === 'unlessForm';
  const mark = options.lemmaMark;
  const markNotWith = new Set(mark?.notWith ?? []);
  const notFormOf = options.notFormOf;
  const homographFlags = new Set(options.homographFlags ?? []);
  const yieldingFlags = new Set(options.yieldFlags?.flags ?? []);
  const yieldTo = new Set(options.yieldFlags?.to ?? []);

  /** A usable entry: not forbidden, not only for compounds; `bare`: usable without an affix. */
  const usable = (d: Dictionary, entry: Entry, bare: boolean): boolean =>
    !(d.forbidden !== null && entry.flags.includes(d.forbidden)) &&
    !(d.onlyInCompound !== null && entry.flags.includes(d.onlyInCompound)) &&
    !(bare && d.needAffix !== null && entry.flags.includes(d.needAffix));

  /**
   * The lemma a form is keyed by, as spelled in the dictionary: the entry, or for a form made
   * with a derivation the derived word — the shortest form its derivation flag gives the
   * entry (Behandlung for behandeln + J's -ung/-ungen; canción + S), with a derivational
   * prefix put before it (verkaufen). Null when the derived form cannot be made.
   */
  function derivedName(d: Dictionary, word: string, prefix: Rule | null, a: Rule, b: Rule | null): string | null {
    let name = word;
    // Two suffixes: `a` is the inner one, `b` the outer; one suffix: `a` alone.
    const inner = a;
    const outer = b;
    if (inner.derivation) {
      const base = shortestForm(d, inner.flag, word);
      if (base === null) return null;
      name = base;
    } else if (outer !== null && outer.derivation) {
      const first = applySuffix(inner, word);
      const base = first === null ? null : shortestForm(d, outer.flag, first);
      if (base === null) return null;
      name = base;
    }
    if (prefix !== null && prefix.derivation) {
      const prefixed = applyPrefix(prefix, name);
      if (prefixed === null) return null;
      name = prefixed;
    }
    return name;
  }

  const shortestCache = new Map<string, string | null>();
  function shortestForm(d: Dictionary, flag: string, word: string): string | null {
    const id = `${flag}\u0000${word}`;
    let out = shortestCache.get(id);
    if (out !== undefined) return out;
    out = null;
    for (const rule of d.derivedByFlag.get(flag)?.suffixes ?? []) {
      const form = applySuffix(rule, word);
      if (form !== null && (out === null || form.length < out.length || (form.length === out.length && form < out))) out = form;
    }
    if (shortestCache.size < 100_000) shortestCache.set(id, out);
    return out;
  }

  const has = (flag: string | null, rule: Rule | null): boolean => flag !== null && rule !== null && rule.cont.includes(flag);
  /** While readings() runs: each candidate's forms as spelled (name → forms). */
  let spelledSink: Map<string, Set<string>> | null = null;

  /**
   * Lemmas from which `target` is generated by suffixes (after `prefix`, if any, was taken off:
   * `stemNorm` is what remains): one suffix the entry carries, or two (the outer one allowed by
   * the inner one's continuation class). With a prefix, both must allow cross products and the
   * entry must carry the prefix's flag too (or the prefix's continuation class the suffix's).
   * A suffix needing one more affix (NEEDAFFIX in its class) counts only with a prefix; a
   * CIRCUMFIX suffix only with a CIRCUMFIX prefix, and the other way round.
   */
  function bySuffix(d: Dictionary, stemNorm: string, target: string, out: Map<string, Set<string>>, prefix: Rule | null): void {
    const circumfixPrefix = has(d.circumfix, prefix);
    const carries = (entry: Entry, flag: string): boolean => entry.flags.includes(flag) || (prefix !== null && prefix.cont.includes(flag));
    const regenerate = (entry: Entry, form: string | null, a: Rule, b: Rule | null): void => {
      if (form === null) return;
      if (notFormOf !== undefined && (notFormOf(a.flag, entry.flags, entry.word, form) || (b !== null && notFormOf(b.flag, entry.flags, entry.word, form)))) return;
      const full = prefix === null ? form : applyPrefix(prefix, form);
      if (full === null || normalize(full) !== target) return;
      const name = derivedName(d, entry.word, prefix, a, b);
      if (name === null) return;
      if (spelledSink !== null) via(spelledSink, name, full);
      via(out, name, a.flag);
      if (b !== null) via(out, name, b.flag);
      via(out, name, a.derivation || (b !== null && b.derivation) || (prefix !== null && prefix.derivation) ? DERIVED : PLAIN);
    };
    const max = Math.min(d.maxSuffix, stemNorm.length);
    for (let k = 0; k <= max; k++) {
      const rules = d.suffixes.get(stemNorm.slice(stemNorm.length - k));
      if (rules === undefined) continue;
      const base = stemNorm.slice(0, stemNorm.length - k);
      for (const outer of rules) {
        if (prefix !== null && !(prefix.cross && outer.cross)) continue;
        const stem = base + outer.nStrip;
        // One suffix.
        if (has(d.circumfix, outer) === circumfixPrefix && (prefix !== null || !has(d.needAffix, outer))) {
          for (const entry of entriesOf(d, stem)) {
            if (!usable(d, entry, false) || !carries(entry, outer.flag)) continue;
            // The prefix: the entry's flag, or allowed by the suffix's continuation class
            // (French "parler" → "parle/j'…": j'parle… l'eau).
            if (prefix !== null && !entry.flags.includes(prefix.flag) && !outer.cont.includes(prefix.flag)) continue;
            regenerate(entry, applySuffix(outer, entry.word), outer, null);
          }
        }
        // Two suffixes: inner rules whose continuation class carries the outer flag.
        const innerIndex = d.innerByFlag.get(outer.flag);
        if (innerIndex === undefined) continue;
        const max2 = Math.min(d.maxSuffix, stem.length);
        for (let j = 0; j <= max2; j++) {
          const inner = innerIndex.get(stem.slice(stem.length - j));
          if (inner === undefined) continue;
          const base2 = stem.slice(0, stem.length - j);
          for (const rule of inner) {
            if (prefix !== null && !rule.cross) continue;
            if ((has(d.circumfix, outer) || has(d.circumfix, rule)) !== circumfixPrefix) continue;
            if (prefix === null && has(d.needAffix, outer)) continue;
            for (const entry of entriesOf(d, base2 + rule.nStrip)) {
              if (!usable(d, entry, false) || !carries(entry, rule.flag)) continue;
              if (prefix !== null && !entry.flags.includes(prefix.flag) && !outer.cont.includes(prefix.flag) && !rule.cont.includes(prefix.flag)) continue;
              const first = applySuffix(rule, entry.word);
              regenerate(entry, first === null ? null : applySuffix(outer, first), rule, outer);
            }
          }
        }
      }
    }
  }

  /** Candidates are recorded with the flags they were reached through. */
  function via(out: Map<string, Set<string>>, word: string, flag: string): void {
    let flags = out.get(word);
    if (flags === undefined) out.set(word, (flags = new Set()));
    flags.add(flag);
  }

  function candidates(d: Dictionary, norm: string): { lemma: boolean; found: Map<string, Set<string>> } {
    const found = new Map<string, Set<string>>();
    const own = entriesOf(d, norm).filter((entry) => usable(d, entry, true));
    bySuffix(d, norm, norm, found, null);
    const max = Math.min(d.maxPrefix, norm.length);
    for (let k = 0; k <= max; k++) {
      const rules = d.prefixes.get(norm.slice(0, k));
      if (rules === undefined) continue;
      const stem = rules.length > 0 ? norm.slice(k) : '';
      for (const prefix of rules) {
        const root = prefix.nStrip + stem;
        // Prefix alone.
        if (!has(d.needAffix, prefix) && !has(d.circumfix, prefix)) {
          for (const entry of entriesOf(d, root)) {
            if (!usable(d, entry, false) || !entry.flags.includes(prefix.flag)) continue;
            const form = applyPrefix(prefix, entry.word);
            // A derivational prefix names the word itself (a lemma of its own).
            if (form !== null && normalize(form) === norm) {
              const name = prefix.derivation ? form : entry.word;
              if (spelledSink !== null) via(spelledSink, name, form);
              via(found, name, prefix.flag);
              via(found, name, prefix.derivation ? DERIVED : PLAIN);
            }
          }
        }
        // Prefix and suffix(es).
        bySuffix(d, root, norm, found, prefix);
      }
    }
    const lemma = yieldCapitals
      ? own.some((entry) => !capitalised(entry.word)) ||
        (own.length > 0 && ![...found].some(([name, flags]) => flags.has(PLAIN) && !capitalised(name)))
      : own.length > 0;
    return { lemma, found };
  }

  /**
   * The normalised forms an entry generates (itself, one suffix, two suffixes, one prefix),
   * or null past `limit` forms (a verb's paradigm: never the redundant kind below).
   */
  function paradigm(d: Dictionary, entry: Entry, limit: number): Set<string> | null {
    const forms = new Set<string>();
    if (!(d.needAffix !== null && entry.flags.includes(d.needAffix))) forms.add(normalize(entry.word));
    for (const flag of entry.flags) {
      const group = d.byFlag.get(flag);
      if (group === undefined) continue;
      for (const rule of group.suffixes) {
        const form = applySuffix(rule, entry.word);
        if (form === null) continue;
        if (!has(d.needAffix, rule) && !has(d.circumfix, rule)) forms.add(normalize(form));
        for (const next of rule.cont) {
          for (const outer of d.byFlag.get(next)?.suffixes ?? []) {
            if (has(d.needAffix, outer) || has(d.circumfix, outer)) continue;
            const second = applySuffix(outer, form);
            if (second !== null) forms.add(normalize(second));
          }
        }
        if (forms.size > limit) return null;
      }
      for (const rule of group.prefixes) {
        const form = applyPrefix(rule, entry.word);
        if (form !== null && !has(d.needAffix, rule) && !has(d.circumfix, rule)) forms.add(normalize(form));
      }
      if (forms.size > limit) return null;
    }
    return forms;
  }

  /**
   * A lemma whose every form is also a form of one other lemma (a root: not redundant itself) is that lemma's: Spanish
   * "larga/S" (larga, largas) is listed beside "largo/GS", "hablado/GS" beside "hablar"'s
   * participles, "ayuda/S" beside "ayudar" (ayuda, ayudas). A lemma with forms of its own
   * stays apart ("caso": casos is no form of casar). Returns the other lemmas (normalised).
   */
  const redundantCache = new Map<string, string[]>();
  function redundant(d: Dictionary, norm: string, depth = 0): string[] {
    const id = `${depth} ${norm}`;
    let out = redundantCache.get(id);
    if (out === undefined) {
      out = findRedundant(d, norm, depth);
      if (redundantCache.size < 100_000) redundantCache.set(id, out);
    }
    return out;
  }

  function findRedundant(d: Dictionary, norm: string, depth: number): string[] {
    const own = entriesOf(d, norm).filter((entry) => usable(d, entry, true));
    let common = null as Set<string> | null;
    for (const entry of own) {
      const forms = paradigm(d, entry, 40);
      if (forms === null) return [];
      for (const form of forms) {
        const found = new Set<string>();
        for (const [word, flags] of candidates(d, form).found) {
          const n = normalize(word);
          if (n !== norm && flags.has(PLAIN) && [...flags].some((flag) => flag !== PLAIN && flag !== DERIVED && absorbs(flag, entry))) found.add(n);
        }
        if (common === null) common = found;
        else for (const n of [...common]) if (!found.has(n)) common.delete(n);
        if (common.size === 0) return [];
      }
    }
    // Only into a lemma that stays itself (no chains: "bebida/S" is a G-form of the
    // adjective "bebido", which is beber's participle; the noun stays apart).
    if (common !== null) for (const n of [...common]) if (depth >= 2 || redundant(d, n, depth + 1).length > 0) common.delete(n);
    if (common !== null && common.size > 0) return [...common].sort();
    // An entry without affix flags that a lemma's rule gives once the accent the
    // normalisation folds is ignored: Spanish "países" beside "país/S" (the S rule's condition
    // excludes a stressed vowel before the -s, so the dictionary lists the plural itself).
    if (own.length > 0 && own.every((entry) => !entry.flags.some((flag) => d.byFlag.has(flag)))) {
      const found = new Set<string>();
      const max = Math.min(d.maxSuffix, norm.length);
      for (let k = 1; k <= max; k++) {
        for (const rule of d.suffixes.get(norm.slice(norm.length - k)) ?? []) {
          if (has(d.needAffix, rule) || has(d.circumfix, rule)) continue;
          const stem = norm.slice(0, norm.length - k) + rule.nStrip;
          for (const entry of entriesOf(d, stem)) {
            if (usable(d, entry, false) && entry.flags.includes(rule.flag) && stem !== norm) found.add(stem);
          }
        }
      }
      return [...found].sort();
    }
    return [];
  }

  /**
   * One lemma of several: a preferred lemma, else one reached by a preferred flag, else the
   * least change (then shorter, then code-unit order: `list` is sorted).
   */
  function best(norm: string, list: readonly string[], preferred: ReadonlySet<string> = new Set()): string {
    let pool = list.filter((lemma) => preferLemmas.has(lemma));
    if (pool.length === 0) pool = list.filter((lemma) => preferred.has(lemma));
    if (pool.length === 0) pool = [...list];
    let out = pool[0]!;
    const letters = options.changeLetters;
    const costOf = letters === undefined ? (lemma: string) => change(norm, lemma) : (lemma: string) => change(letters(norm), letters(lemma));
    let outCost = costOf(out);
    for (const candidate of pool) {
      const cost = costOf(candidate);
      if (cost < outCost || (cost === outCost && candidate.length < out.length)) {
        out = candidate;
        outCost = cost;
      }
    }
    return out;
  }

  const lemmaKeys = new Map<string, string>();
  /** A lemma's key: itself, or (redundant lemmas) the other lemma's key, a few levels deep. */
  /** The language's fallback for a word that is its own key so far (see HunspellOptions). */
  function viaFallback(d: Dictionary, norm: string): string {
    if (options.fallback === undefined) return norm;
    for (const stem of options.fallback(norm, (n) => lookup(d, n))) {
      if (stem !== norm && isLemma(d, stem)) return stem;
    }
    return norm;
  }

  function lemmaKey(d: Dictionary, lemma: string): string {
    let key = lemmaKeys.get(lemma);
    if (key !== undefined) return key;
    const others = redundant(d, lemma);
    // Redundant lemmas are absorbed only into roots, so one step is enough.
    key = others.length === 0 ? viaFallback(d, lemma) : best(lemma, others, preferredOf(d, lemma));
    if (lemmaKeys.size < 100_000) lemmaKeys.set(lemma, key);
    return key;
  }

  /** Normalised candidate lemmas of a word reached through a preferred flag. */
  function preferredOf(d: Dictionary, norm: string): Set<string> {
    const out = new Set<string>();
    for (const [word, flags] of candidates(d, norm).found) if ([...flags].some((flag) => preferFlags.has(flag))) out.add(normalize(word));
    return out;
  }

  const isLemma = (d: Dictionary, norm: string): boolean => entriesOf(d, norm).some((entry) => usable(d, entry, true));
  const markFlags = options.markFlags === undefined ? null : new Set(options.markFlags);
  const lookup = (d: Dictionary, norm: string): DictionaryEntry[] =>
    entriesOf(d, norm).map((entry) => {
      const out: DictionaryEntry = { word: entry.word, flags: entry.flags.filter((flag) => d.byFlag.has(flag)), lemma: usable(d, entry, true) };
      if (options.entryAllFlags === true) out.allFlags = entry.flags;
      if (markFlags !== null) out.marks = entry.flags.filter((flag) => markFlags.has(flag));
      return out;
    });

  /** An entry with inflection flags of its own (a paradigm). */
  const ownParadigm = (d: Dictionary, norm: string): boolean => entriesOf(d, norm).some((entry) => usable(d, entry, true) && entry.flags.some((flag) => d.byFlag.has(flag)));
  /** A candidate reached only through flags of `set`. */
  const onlyThrough = (flags: Set<string>, set: ReadonlySet<string>): boolean => [...flags].every((flag) => flag === PLAIN || flag === DERIVED || set.has(flag));

  function analyse(norm: string): Analysis {
    const d = get();
    const { lemma, found } = candidates(d, norm);
    // `homographFlags`: an entry with a paradigm of its own is not another lemma's form by them.
    if (homographFlags.size > 0 && lemma && ownParadigm(d, norm)) for (const [name, flags] of [...found]) if (onlyThrough(flags, homographFlags)) found.delete(name);
    // `yieldFlags`: their readings give way to a reading through a flag of `to`.
    if (yieldTo.size > 0 && [...found.values()].some((flags) => [...flags].some((flag) => yieldTo.has(flag)))) {
      for (const [name, flags] of [...found]) if (onlyThrough(flags, yieldingFlags)) found.delete(name);
    }
    // `capitalisedEntries: 'unlessForm'`: among candidate lemmas a proper noun's gives way to a lower-case one.
    if (yieldCapitals && [...found.keys()].some((name) => !capitalised(name))) for (const name of [...found.keys()]) if (capitalised(name)) found.delete(name);
    const list = [...new Set([...found.keys()].map(normalize))].sort();
    // A reading by inflection of an entry wins over one by derivation (Spanish "aparecido" is
    // aparecer's participle before it is a- + parecido).
    const plain = new Set<string>();
    const preferred = new Set<string>();
    for (const [word, flags] of found) {
      if (flags.has(PLAIN)) plain.add(normalize(word));
      if ([...flags].some((flag) => preferFlags.has(flag))) preferred.add(normalize(word));
    }
    const pool = plain.size > 0 ? list.filter((n) => plain.has(n)) : list;
    let key = norm;
    if (lemma) key = lemmaKey(d, norm);
    else if (pool.length > 0) key = lemmaKey(d, best(norm, pool, preferred));
    else key = viaFallback(d, norm);
    if (mark === undefined) return { key, lemma, candidates: list };
    const marked = (lemma ? [norm, ...list] : list).filter((n) => entriesOf(d, n).some((entry) => usable(d, entry, true) && entry.flags.includes(mark.flag) && !entry.flags.some((flag) => markNotWith.has(flag))));
    return { key, lemma, candidates: list, marked };
  }

  function readings(norm: string): Reading[] {
    const d = get();
    const sink = new Map<string, Set<string>>();
    spelledSink = sink;
    let found: Map<string, Set<string>>;
    try {
      found = candidates(d, norm).found;
    } finally {
      spelledSink = null;
    }
    const own: Reading[] = entriesOf(d, norm)
      .filter((entry) => usable(d, entry, true))
      .map((entry) => ({ lemma: norm, entry: entry.word, spelled: [entry.word], plain: true, own: true, flags: entry.flags.filter((flag) => d.byFlag.has(flag)) }));
    const others: Reading[] = [...found].map(([name, flags]) => ({
      lemma: normalize(name), entry: name, spelled: [...(sink.get(name) ?? [])].sort(), plain: flags.has(PLAIN), own: false,
      flags: [...flags].filter((flag) => flag !== PLAIN && flag !== DERIVED).sort(),
    }));
    others.sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
    return [...own, ...others];
  }

  const wordForm = keyChoice(options, analyse, exceptions);

  return {
    analyse,
    readings,
    entries: (norm) => lookup(get(), norm),
    wordForm,
    load() {
      const start = performance.now();
      get();
      return performance.now() - start;
    },
    dicText: () => get().dic,
    stats: () => dict?.counts ?? null,
  };
}

/** Spelled with a capital first letter in the .dic (a proper noun, or a German noun). */
function capitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function smaller(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/**
 * The key of a normalised word under the language's policy (HunspellOptions `choose`), from
 * the dictionary analysis, the exception table, rule lemmas and compound parts.
 */
function keyChoice(
  options: HunspellOptions,
  analyse: (norm: string) => Analysis,
  exceptionsOf: () => ReadonlyMap<string, string>,
): (norm: string) => string {
  const { rules = [], minLength = 2, choose = 'closest', ownLemma, lemmaRules = [], accept, ruleOrder = 'shortest', compoundPart, rulesFirst = false, ruleLemmaWins = false, keepsKey } = options;
  const ruleResults = options.ruleResults ?? (choose === 'closest' ? 'forms' : 'entries');
  let targetSet: Set<string> | null = null;
  /** The exception table's lemmas. */
  const targets = (): Set<string> => (targetSet ??= new Set(exceptionsOf().values()));
  /** An entry of the dictionary. */
  const known = (word: string): boolean => analyse(word).lemma;
  /** What a rule's result must be: an entry, or (`forms`) any word the dictionary knows. */
  const ruleKnows = (word: string): boolean => {
    const analysis = analyse(word);
    return analysis.lemma || (ruleResults === 'forms' && analysis.candidates.length > 0);
  };
  const own = (word: string, analysis = analyse(word)): boolean => ownLemma !== undefined && !analysis.lemma && ownLemma(word).some(known);

  /** `closest`: the engine's key, a rule lemma's key for a word with no candidate; null when
   *  nothing is known of the word. */
  const pickClosest = (word: string): string | null => {
    const analysis = analyse(word);
    if (own(word, analysis)) return word;
    if (analysis.candidates.length === 0 || (rulesFirst && !analysis.lemma)) {
      for (const [pattern, ...replacements] of rules) {
        if (!pattern.test(word)) continue;
        for (const replacement of replacements) {
          const lemma = applyRule(word, pattern, replacement);
          if (lemma === word || lemma.length < minLength) continue;
          // A rule may give another form of the lemma (pisząc → piszący, pisać's).
          const found = analyse(lemma);
          if (own(lemma, found)) return lemma;
          if (found.lemma || (ruleResults === 'forms' && found.candidates.length > 0)) return found.key;
        }
      }
    }
    // The engine's key also covers a word its `fallback` explains (German gemacht → machen).
    return analysis.lemma || analysis.candidates.length > 0 || analysis.key !== word ? analysis.key : null;
  };

  /** `shortest`: the smallest member of S(word), or null when the dictionary knows nothing of it. */
  const pickShortest = (word: string, withRules: boolean): string | null => {
    const analysis = analyse(word);
    const lemmas = targets();
    // `lemmaMark`: when some members of S(word) carry the mark, only those compete.
    const marked = analysis.marked !== undefined && analysis.marked.length > 0 ? new Set(analysis.marked) : null;
    const members = marked === null ? analysis.candidates : analysis.candidates.filter((candidate) => marked.has(candidate));
    let out: string | null = analysis.lemma && (marked === null || marked.has(word)) ? word : null;
    // A lemma of the exception table among them wins (skriver: skrive, not the stem skriv).
    let target: string | null = analysis.lemma && lemmas.has(word) ? word : null;
    for (const candidate of analysis.candidates) if (lemmas.has(candidate) && (target === null || smaller(candidate, target))) target = candidate;
    if (target !== null) return target;
    // Of the same length, another lemma wins over the word itself (jenta: jente's definite form)
    // — unless the mark already says the word is a lemma (bord is no form of bore).
    for (const candidate of members) {
      if (out === null || smaller(candidate, out) || (out === word && marked === null && candidate.length === word.length)) out = candidate;
    }
    // Rules for words the dictionary leaves unexplained, and `lemmaRules` for entries it ties
    // to no other lemma: a rule's guess never overrides a lemma the dictionary gives.
    if (!withRules) return out;
    const tiedToNothing = out === word && analysis.candidates.length === 0;
    const overrides = tiedToNothing && ruleLemmaWins;
    const list = out === null ? rules : tiedToNothing ? lemmaRules : [];
    // `ruleLemmaWins`: for an entry tied to nothing a rule's lemma wins over the word whatever
    // its length (flög → flyga), then the smallest of the rules' lemmas.
    let ruled = false;
    for (const [pattern, ...replacements] of list) {
      if (!pattern.test(word)) continue;
      if (ruleOrder === 'first' && out !== null && out !== word) break;
      // The replacements in order of preference: the first the dictionary knows is the rule's.
      for (const replacement of replacements) {
        const lemma = applyRule(word, pattern, replacement);
        if (lemma === word || lemma.length < minLength || !ruleKnows(lemma)) continue;
        if (accept !== undefined && !accept(lemma, word)) continue;
        // A rule says the word is a form of its lemma: the lemma wins a tie with the word.
        if (out === null || smaller(lemma, out) || (out === word && lemma.length === word.length) || (overrides && !ruled)) out = lemma;
        ruled = true;
        break;
      }
    }
    return out;
  };

  const pick = (word: string, withRules = true): string | null => (choose === 'closest' ? pickClosest(word) : pickShortest(word, withRules));

  /** The key of a lemma or form; `shortest` chooses once more from the first choice's relatives. */
  const canonical = (word: string): string => {
    // A lemma of the exception table is a key as it stands (datter, not its look-alike datt).
    if (targets().has(word) || keepsKey?.(word, word) === true) return word;
    const first = pick(word) ?? word;
    if (targets().has(first) || keepsKey?.(first, word) === true) return first;
    // The second choice uses the dictionary only: rules applied twice would chain (barn → bar).
    return choose === 'closest' || first === word ? first : (pick(first, false) ?? first);
  };
  const knows = (word: string): boolean => {
    const analysis = analyse(word);
    return analysis.lemma || analysis.candidates.length > 0;
  };
  const whole = (norm: string): string => {
    const table = exceptionsOf();
    let out = canonical(table.get(norm) ?? norm);
    const again = table.get(out);
    if (again !== undefined) out = canonical(again);
    return out;
  };
  const compound = (word: string): string | null => {
    const table = exceptionsOf();
    if (compoundPart === undefined || table.has(word) || knows(word)) return null;
    for (let i = compoundPart; i <= word.length - compoundPart; i++) {
      const last = word.slice(i);
      if (knows(last) || table.has(last)) return word.slice(0, i) + whole(last);
    }
    return null;
  };
  return (norm) => {
    if (compoundPart !== undefined && pick(norm) === null && !exceptionsOf().has(norm)) {
      const parts = compound(norm);
      if (parts !== null) return parts;
    }
    return whole(norm);
  };
}
