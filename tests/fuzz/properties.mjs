/**
 * The fuzz suite's generators and invariants, shared by tests/fuzz/fuzz.test.ts (CI: fixed seed,
 * bounded runs) and scripts/fuzz.mjs (`npm run fuzz`: random seed, runs for a set time). Plain
 * JavaScript so the script can load it next to the built library (dist/index.js).
 *
 * Every generated article goes through the library API (auditFile, buildReport, renderReport)
 * and must: throw nothing but an InputError; give a JSON report that fits the report schema;
 * give the same result parsed in 256-character chunks as in one parse (Markdown); give the
 * same counts and positions with LF, CRLF and lone-CR line ends; and the same counts in NFC
 * and NFD (decomposed except where that changes the markup: nfdKeepingMarkup).
 */
import fc from 'fast-check';

const WORDS = ['leg', 'cramps', 'Leg', 'night', 'muscle', 'stretch', 'café', 'École', 'naïve', "don't", 'x2', 'ß', 'été', 'Ñandú', '東京', 'مرحبا', '🙂', 'U.S.', 'e.g.', '3.5', 'Dr.', 'a-b'];
const PUNCT = ['.', '!', '?', '…', ',', ';', ':', '...', '."', '.)', ' —', ''];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom(...PUNCT))
  .map(([words, end]) => words.join(' ') + end);
const inline = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((t) => `*${t}*`) },
  { weight: 1, arbitrary: sentence.map((t) => `**${t}**`) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.constantFrom('https://example.com/a', '/blog/b', '#top', 'c.md')).map(([t, u]) => `[${t}](${u})`) },
  { weight: 1, arbitrary: sentence.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&nbsp;', '&#8217;', '&#97;x', '&eacute;t&eacute;', '&bogus;', '<!-- leg cramps -->', '<br>', '\\*', '~~x~~', '<!--', '{/*', '![alt leg](i.png)') },
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const markdownBlock = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  { weight: 4, arbitrary: line },
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((t) => `- ${t}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${i + 1}. ${t}`).join('\n')),
  line.map((t) => `> ${t}`),
  line.map((t) => '```\n' + t + '\n```'),
  line.map((t) => `${t}\n===`),
  fc.tuple(line, line).map(([a, b]) => `| ${a.replaceAll('|', ' ')} | h |\n| --- | --- |\n| ${b.replaceAll('|', ' ')} | c |`),
  fc.constantFrom('---', '***', '<div>raw <b>html</b></div>', '<!-- seo-audit-disable keyword-density -->', '[ref]: https://example.com', '<script>leg cramps</script>'),
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.tuple(sentence, sentence).map(([t, d]) => `---\ntitle: "${t.replaceAll('"', '')}"\ndescription: "${d.replaceAll('"', '')}"\n---\n`),
  fc.tuple(sentence).map(([t]) => `+++\ntitle = "${t.replaceAll('"', '')}"\n+++\n`),
  fc.tuple(sentence).map(([t]) => `{\n"title": ${JSON.stringify(t)}\n}\n`),
  fc.constantFrom('---\ntitle: [unclosed\n---\n', '---\nkeywords:\n  - leg cramps\n  - night\n---\n', '---\ntitle: *nope\n---\n'),
);
export const markdownDocument = fc
  .tuple(frontMatter, fc.array(markdownBlock, { maxLength: 14 }))
  .map(([front, blocks]) => front + blocks.join('\n\n') + '\n');

const htmlInline = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((t) => `<em>${t}</em>`) },
  { weight: 1, arbitrary: sentence.map((t) => `<a href="/x">${t}</a>`) },
  { weight: 1, arbitrary: sentence.map((t) => `<img alt="${t.replaceAll('"', '')}" src="a.png">`) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&nbsp;', '&#x1F642;', '&#97;x a', '<br>', '<!-- c -->', '<b>unclosed', '</i>', '<script>leg</script>', '<!--') },
);
const htmlLine = fc.array(htmlInline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const htmlBlock = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), htmlLine).map(([level, t]) => `<h${level}>${t}</h${level}>`),
  { weight: 3, arbitrary: htmlLine.map((t) => `<p>${t}</p>`) },
  htmlLine.map((t) => `<p>${t}`),
  fc.array(htmlLine, { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((t) => `<li>${t}`).join('')}</ul>`),
  htmlLine.map((t) => `<table><tr><td>${t}</td></tr></table>`),
);
export const htmlDocument = fc
  .tuple(fc.option(sentence, { nil: null }), fc.array(htmlBlock, { maxLength: 12 }))
  .map(([title, blocks]) => `<!doctype html>\n<html lang="en"><head>${title ? `<title>${title}</title>` : ''}</head>\n<body>\n${blocks.join('\n')}\n</body></html>\n`);

/** A generated document with random characters inserted, deleted or duplicated. */
export function mutated(document) {
  const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'duplicate'), fc.constantFrom('\n', '\r', '#', '*', '[', ']', '(', '`', '<', '>', '&', '-', ' ', '\u0301', '\u00a0', '|', '\\', '"', '---\n', '\t'));
  return fc.tuple(document, fc.array(edit, { minLength: 1, maxLength: 8 })).map(([text, edits]) => {
    let out = text;
    for (const [at, kind, piece] of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      if (kind === 'insert') out = out.slice(0, i) + piece + out.slice(i);
      else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + 1);
      else out = out.slice(0, i) + out.slice(i, i + 12) + out.slice(i);
    }
    return out;
  });
}

export const anyArticle = fc.oneof(
  { weight: 3, arbitrary: markdownDocument.map((source) => ({ source, format: 'markdown' })) },
  { weight: 2, arbitrary: mutated(markdownDocument).map((source) => ({ source, format: 'markdown' })) },
  { weight: 1, arbitrary: htmlDocument.map((source) => ({ source, format: 'html' })) },
  { weight: 1, arbitrary: mutated(htmlDocument).map((source) => ({ source, format: 'html' })) },
);

const KEYWORDS = ['leg cramps', 'night', 'été', 'muscle stretch'];

/**
 * The NFD form of an NFC text, except where decomposing would change how the markup is tokenised.
 * NFC and NFD are the same *text*, but not always the same *document*: the HTML tokenizer (parse5,
 * as in browsers) reads an ASCII letter or digit differently from any other character in a few
 * places, and NFD turns a precomposed letter into an ASCII letter plus a combining mark. So a
 * character is kept composed when
 * - its decomposition starts with an ASCII letter or digit and it comes directly after `<`, `</`,
 *   `<!` + ASCII letters (a tag, end tag or `<!DOCTYPE` would open: `<été` is text, `<e\u0301té`
 *   a tag that swallows what follows up to the next `>`), or after `&` or `&#` + ASCII letters and
 *   digits (a character reference would change: `&#xé` is text, `&#xe\u0301` is U+000E and a mark;
 *   `&am` + ṗ is text, `&amp` + U+0307 is `&` and a mark);
 * - it is one of ≮ ≠ ≯ (U+226E, U+2260, U+226F), whose decompositions start with `<`, `=`, `>`
 *   (`≯` at a Markdown line start is text, `>` + U+0338 a blockquote; inside a tag `>` closes it).
 * Everything else is decomposed (segments between kept characters are normalised as a whole), so
 * the result is canonically equivalent to the input: its NFC is the input.
 */
export function nfdKeepingMarkup(text) {
  let out = '';
  let from = 0;
  const AFTER = /(?:<\/?|<![A-Za-z]*|&#?[A-Za-z0-9]*)$/;
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const nfd = ch.normalize('NFD');
    const keep = nfd !== ch && (/^[<=>]\u0338/.test(nfd) || (/^[A-Za-z0-9]/.test(nfd) && AFTER.test(text.slice(Math.max(0, i - 40), i))));
    if (keep) {
      out += text.slice(from, i).normalize('NFD') + ch;
      from = i + ch.length;
    }
    i += ch.length;
  }
  return out + text.slice(from).normalize('NFD');
}

/** What must not change between two equivalent inputs. */
function outline(report, { positions = true } = {}) {
  if (report.status === 'error') return { status: 'error', error: report.error };
  return {
    status: report.status,
    stats: report.stats,
    score: report.score,
    coverage: report.coverage,
    links: report.links,
    title: report.title === null ? null : report.title.normalize('NFC'),
    keywords: report.keywords.map((k) => ({ phrase: k.phrase, counts: k.counts, placements: k.placements })),
    headings: report.headings.map((h) => ({ level: h.level, words: h.words, ...(positions ? { line: h.line } : {}) })),
    findings: report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, ...(positions ? { line: f.line, column: f.column } : {}) })),
  };
}

/**
 * Checks every invariant on one article; returns the first broken one as a message, or null.
 * `lib` is the library (src/index.ts in tests, dist/index.js in the script), `validate` the
 * schema validator with its schema.
 */
export function check(lib, { validate, schema, InputError }, article) {
  const path = article.format === 'html' ? 'article.html' : 'article.md';
  const audit = (source, parse = {}) => {
    try {
      return lib.auditFile({ path, source, format: article.format }, { extraKeywords: KEYWORDS, parse, includeDrafts: true });
    } catch (error) {
      if (error instanceof InputError) return { status: 'error', error: error.message };
      throw error;
    }
  };
  let base;
  try {
    base = audit(article.source);
  } catch (error) {
    return `exception: ${error instanceof Error ? error.stack : String(error)}`;
  }
  if (base.status === 'error') return null;
  const report = lib.buildReport([base], '0.0.0', {});
  const json = JSON.parse(lib.renderReport('json', report, { color: false, quiet: false, cwd: '/' }));
  try {
    validate(json, schema);
  } catch (error) {
    return `schema: ${error.message}`;
  }
  const want = JSON.stringify(outline(base));
  if (article.format === 'markdown') {
    const chunked = JSON.stringify(outline(audit(article.source, { chunkSize: 256 })));
    if (chunked !== want) return `chunked (256) differs from one parse:\n  one:     ${want}\n  chunked: ${chunked}`;
  }
  const lf = article.source.replace(/\r\n?/g, '\n');
  if (lf === article.source) {
    for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r']]) {
      const other = JSON.stringify(outline(audit(lf.replaceAll('\n', eol))));
      if (other !== want) return `${name} differs from LF:\n  LF:   ${want}\n  ${name}: ${other}`;
    }
  }
  const nfc = article.source.normalize('NFC');
  const nfd = nfdKeepingMarkup(nfc);
  if (nfc === article.source && nfc !== nfd) {
    const a = JSON.stringify(outline(base, { positions: false }));
    const b = JSON.stringify(outline(audit(nfd), { positions: false }));
    if (a !== b) return `NFD differs from NFC:\n  NFC: ${a}\n  NFD: ${b}`;
  }
  return null;
}
