import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/language/registry.js';
import { normalizeWord } from '../../src/text/normalize.js';

/**
 * The dictionaries' flags read as inflection or derivation (hunspell.ts options homographFlags,
 * notFormOf, derivationRule, yieldFlags, and the it/nl/sv/nb rules built on them), against the real
 * dictionaries: each mechanism with the join it prevents and the join it keeps.
 */
const key = (code: string) => {
  const language = languageFor(code);
  return (word: string) => language.wordForm(normalizeWord(word, language.keepDiacritics));
};
const same = (k: (word: string) => string, a: string, b: string) => expect([a, b, k(a)]).toEqual([a, b, k(b)]);
const apart = (k: (word: string) => string, a: string, b: string) => expect([a, b, k(a)]).not.toEqual([a, b, k(b)]);

describe('dictionary flags: inflection or derivation', () => {
  it('Dutch: a past tense does not claim a noun with its own plural, and gives way to a noun plural; -eren infinitives', () => {
    const nl = key('nl');
    for (const [adjective, noun] of [['diep', 'diepte'], ['ziek', 'ziekte'], ['scherp', 'scherpte']]) apart(nl, adjective, noun!);
    same(nl, 'diepte', 'dieptes');
    // A past tense of a word that is no noun still joins its verb.
    same(nl, 'werken', 'werkte');
    for (const [noun, plural] of [['maand', 'maanden'], ['paard', 'paarden'], ['mand', 'manden']]) same(nl, noun!, plural!);
    for (const [verb, form] of [['parkeren', 'parkeert'], ['luisteren', 'luisterde'], ['studeren', 'gestudeerd']]) same(nl, verb!, form!);
    // The -eren plural stays: kinderen is kind's.
    same(nl, 'kind', 'kinderen');
  });

  it('Dutch: an entry with only noun flags is no infinitive or participle; a noun-and-verb entry and an ablaut past still are', () => {
    const nl = key('nl');
    same(nl, 'deken', 'dekens');
    apart(nl, 'deken', 'dekt');
    same(nl, 'gezicht', 'gezichten');
    // leven is a noun and a verb. wezen is a noun and wijzen's past plural: since session 11 an -en
    // noun singular with its own plural (wezen/Za, haven, regen) is no ablaut past, as the strong
    // table already read wezen (a homograph), so it stays the noun (haven is not heffen's, regen not rijgen's).
    apart(nl, 'wijzen', 'wezen');
    apart(nl, 'heffen', 'haven');
    apart(nl, 'rijgen', 'regen');
    same(nl, 'leven', 'leeft');
  });

  it('Dutch: a noun plural in -s keys with its singular when the singular is also an infinitive', () => {
    const nl = key('nl');
    for (const [noun, plural] of [['kussen', 'kussens'], ['jongen', 'jongens'], ['haven', 'havens']]) same(nl, noun!, plural!);
    // Singulars that are no verb were joined before and still are.
    same(nl, 'deken', 'dekens');
  });

  it('Dutch: an open syllable is long (rozen: roos, not ros); a plural that lengthens its one short vowel keeps it; names make no genitive of common words', () => {
    const nl = key('nl');
    for (const [lemma, form] of [['roos', 'rozen'], ['boom', 'bomen'], ['school', 'scholen'], ['doof', 'dove'], ['doos', 'dozen']]) same(nl, lemma!, form!);
    // bom's plural is bommen; dag's one plural lengthens (dagen).
    same(nl, 'dag', 'dagen');
    same(nl, 'bom', 'bommen');
    apart(nl, 'bom', 'bomen');
    // hopen is hoop's plural and the infinitive of hoop's verb (hopen: hoop, hoopt), not hop's plural.
    for (const form of ['hopen', 'hoopt', 'gehoopt']) same(nl, 'hoop', form);
    // PN, the possessive -s of proper names, is ignored: lus is no genitive of a name Lu.
    apart(nl, 'lus', 'lu');
  });

  it('Dutch: plurals the dictionary lists without flags or not at all join a noun; long-vowel adjective -e joins an adjective', () => {
    const nl = key('nl');
    for (const [lemma, form] of [
      ['reus', 'reuzen'], ['kers', 'kersen'], ['kopie', 'kopieën'], ['planeet', 'planeten'],
      ['centrum', 'centra'], ['museum', 'musea'], ['kalf', 'kalveren'], ['dwaas', 'dwaze'], ['scheef', 'scheve'],
    ]) same(nl, lemma!, form!);
    // lid's plural changes its vowel (leden), like stad's (steden).
    same(nl, 'lid', 'leden');
    // roze (pink) is no form of the noun roos.
    apart(nl, 'roos', 'roze');
  });

  it('Dutch: a noun entry with no plural flag (or only the s → z voicing after a short vowel) takes its -en plural before another noun', () => {
    const nl = key('nl');
    // student/CcYb and studente/Zi, envelop and enveloppe/Zj, hart and harten/Za, mes/Zh and mess/Zb.
    for (const [lemma, form] of [['student', 'studenten'], ['envelop', 'enveloppen'], ['hart', 'harten'], ['mes', 'messen'], ['rog', 'roggen'], ['gasbek', 'gasbekken']]) {
      same(nl, lemma!, form!);
    }
    apart(nl, 'studente', 'studenten');
    apart(nl, 'mess', 'messen');
    // A verb form listed apart (particle flags) stays the verb's: gebakken is no plural of gebak.
    same(nl, 'bakken', 'gebakken');
    apart(nl, 'gebak', 'gebakken');
    same(nl, 'spinnen', 'sponnen');
  });

  it('Dutch: a ge- noun with a plural keeps its noun reading before a participle listed only by its -e (Ve); a particle verb\'s participle does not', () => {
    const nl = key('nl');
    for (const [noun, plural] of [['gedicht', 'gedichten'], ['geluid', 'geluiden'], ['gerecht', 'gerechten'], ['gezant', 'gezanten']]) same(nl, noun!, plural!);
    apart(nl, 'gedicht', 'dichten');
    apart(nl, 'geluid', 'luiden');
    // After a particle, the verb's participle (toedichten, inhakken); an adjective entry keeps the participle (gericht: richten).
    same(nl, 'toegedicht', 'toedichten');
    same(nl, 'ingehakt', 'inhakken');
    same(nl, 'gericht', 'richten');
  });

  it('Dutch (session 11): prefixed strong pasts the bare word loses as a homograph, -veren verbs, nominalised infinitives, ge-less -d participles, Latin -a', () => {
    const nl = key('nl');
    // scheen, sloot, brak are nouns or an adjective as bare words; after a prefix they are the verb's.
    for (const [verb, form] of [['verschijnen', 'verscheen'], ['afsluiten', 'afsloot'], ['ontbreken', 'ontbrak']]) same(nl, verb!, form!);
    apart(nl, 'schijnen', 'scheen');
    // -veren infinitives of -eren verbs are no -veren plurals (serf, lef); kalveren still is kalf's.
    for (const [verb, form] of [['serveren', 'serveert'], ['leveren', 'leverde'], ['toveren', 'getoverd']]) same(nl, verb!, form!);
    same(nl, 'kalf', 'kalveren');
    // overlijden/Za is a noun and over- + lijden: the verb's.
    for (const form of ['overlijdt', 'overleed', 'overleden']) same(nl, 'overlijden', form);
    same(nl, 'herstellen', 'hersteld');
    same(nl, 'visum', 'visa');
    // Strong and mixed verbs added to the table from the grammar's classes.
    for (const [verb, form] of [['melken', 'molk'], ['melken', 'gemolken'], ['verzinnen', 'verzon'], ['spugen', 'spoog'], ['vouwen', 'gevouwen']]) same(nl, verb!, form!);
    // The ablaut rule gives only a table verb's forms, after a prefix too (ontbond, ontbroken):
    // aanbod is not aanbidden's (bidden: bad, gebeden), tegen not tijgen's, spraak not spreken's.
    for (const [verb, form] of [['ontbinden', 'ontbond'], ['ontbreken', 'ontbroken'], ['verslinden', 'verslond']]) same(nl, verb!, form!);
    for (const [verb, word] of [['aanbidden', 'aanbod'], ['tijgen', 'tegen'], ['spreken', 'spraak'], ['dwingen', 'dwang']]) apart(nl, verb!, word!);
  });
  it('Dutch (session 11, second round): a form of a verb not in the word list keys to the verb in use', () => {
    const nl = key('nl');
    // kozen "caress", schrokken "gobble", breiden have no form of their own in @zxcvbn-ts/language-nl-be's list.
    for (const [verb, form] of [['kiezen', 'koos'], ['kiezen', 'kozen'], ['schrikken', 'schrok'], ['breien', 'breiden'], ['verwijzen', 'verwees']]) same(nl, verb!, form!);
    // A verb in use keeps its forms (slepen: sleept; roken: rookt), and nouns keep theirs (streek).
    for (const [verb, form] of [['slijpen', 'slepen'], ['ruiken', 'roken'], ['strijken', 'streek']]) apart(nl, verb!, form!);
  });

  it('Swedish: the definite -n on verbs and adjectives makes no form of them; -er plurals the dictionary gives the -a entry', () => {
    const sv = key('sv');
    for (const [verb, noun] of [['vänta', 'väntan'], ['börja', 'början'], ['brun', 'brunn']]) apart(sv, verb!, noun!);
    // A noun that is also a verb keeps its definite form.
    same(sv, 'klocka', 'klockan');
    apart(sv, 'meddela', 'meddelande');
    for (const [noun, plural] of [['skatt', 'skatter'], ['film', 'filmer'], ['sås', 'såser'], ['katt', 'katterna']]) same(sv, noun!, plural!);
    // The irregular table still decides: städer is stad's.
    same(sv, 'stad', 'städer');
  });

  it('Norwegian: -sk is a derivation inside K, the imperative does not claim a noun, -t participle entries join their verb', () => {
    const nb = key('nb');
    apart(nb, 'medisin', 'medisinsk');
    apart(nb, 'gjelde', 'gjeld');
    for (const [verb, forms] of [['bestille', ['bestilt', 'bestilte']], ['glemme', ['glemt']], ['kjenne', ['kjent', 'kjente']], ['tjene', ['tjent']]] as const) {
      for (const form of forms) same(nb, verb, form);
    }
    // Not over the irregular table: sagt is si's.
    same(nb, 'si', 'sagt');
  });

  it('Italian: -ino diminutives listed by their bare plural are nouns; a verb’s subjunctive in -ino is not', () => {
    const it_ = key('it');
    apart(it_, 'tavolo', 'tavolino');
    apart(it_, 'telefono', 'telefonino');
    // The plural only as the feminine diminutive's (uccellini: uccellina's).
    apart(it_, 'uccello', 'uccellino');
    same(it_, 'telefonino', 'telefonini');
    same(it_, 'parlare', 'parlino');
    apart(it_, 'ufficio', 'ufficiale');
  });
});
