/**
 * Generators of hostile and broken input for the reliability suites. Everything big is built at
 * test time into a temp directory: nothing large is committed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'seo-audit.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The child's environment: no colour forcing, no vitest variables. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'NO_COLOR' && key !== 'FORCE_COLOR' && !key.startsWith('VITEST')) env[key] = value;
  }
  return { ...env, ...extra };
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: '',
    env: cleanEnv(env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Async spawn, for cases that must not block the event loop (signals, large outputs). */
export function spawnCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `seo-audit-rel-${tag}-`));
}

/** Real PNG signature + IHDR start: a NUL within the first 16 bytes. */
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** Tests run as root in CI containers, where chmod 000 does not stop a read. */
export function chmodBlocksReads(): boolean {
  return typeof process.getuid === 'function' && process.getuid() !== 0;
}

export function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

// ---------------------------------------------------------------------------------------------
// fast-check arbitraries: Markdown and HTML built from fragments.

const WORDS = ['leg', 'cramps', 'night', 'muscle', 'stretch', 'café', 'naïve', "don't", 'Leg-Cramps', 'x2', 'ß', '東京', 'مرحبا', 'שלום', '🙂', 'e\u0301t\u00e9'];

export const word = fc.constantFrom(...WORDS);
export const phraseText = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

const inlineMarkdown = fc.oneof(
  phraseText,
  phraseText.map((t) => `*${t}*`),
  phraseText.map((t) => `**${t}**`),
  phraseText.map((t) => `[${t}](https://example.com/${encodeURIComponent(t)})`),
  phraseText.map((t) => `\`${t}\``),
  fc.constantFrom('&amp;', '&nbsp;', '&#8217;', '&bogus;', '<!-- leg cramps -->', '<br>', '\\*', '~~x~~', '—', '"quoted"', '…'),
  phraseText.map((t) => `![${t}](img.png)`),
);

const line = fc.array(inlineMarkdown, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const markdownBlock = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  line,
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((t) => `- ${t}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${i + 1}. ${t}`).join('\n')),
  line.map((t) => `> ${t}`),
  line.map((t) => '```\n' + t + '\n```'),
  fc.tuple(line, line).map(([a, b]) => `| ${a.replaceAll('|', ' ')} | h |\n| --- | --- |\n| ${b.replaceAll('|', ' ')} | c |`),
  fc.constantFrom('---', '***', '<div>raw <b>html</b></div>', '<!-- seo-audit-disable keyword-density -->', '<script>leg cramps</script>'),
);

export const markdownDocument = fc
  .tuple(fc.option(fc.tuple(phraseText, phraseText), { nil: null }), fc.array(markdownBlock, { maxLength: 12 }))
  .map(([front, blocks]) => (front ? `---\ntitle: "${front[0]}"\ndescription: "${front[1]}"\n---\n` : '') + blocks.join('\n\n') + '\n');

const htmlInline = fc.oneof(
  phraseText,
  phraseText.map((t) => `<em>${t}</em>`),
  phraseText.map((t) => `<a href="/x">${t}</a>`),
  phraseText.map((t) => `<img alt="${t}" src="a.png">`),
  phraseText.map((t) => `<code>${t}</code>`),
  fc.constantFrom('&amp;', '&nbsp;', '&#x1F642;', '<br>', '<!-- c -->', '<b>unclosed', '</i>', '<script>leg cramps</script>', '<style>.leg{}</style>'),
);
const htmlLine = fc.array(htmlInline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const htmlBlock = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), htmlLine).map(([level, t]) => `<h${level}>${t}</h${level}>`),
  htmlLine.map((t) => `<p>${t}</p>`),
  htmlLine.map((t) => `<p>${t}`),
  fc.array(htmlLine, { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((t) => `<li>${t}`).join('')}</ul>`),
  htmlLine.map((t) => `<nav>${t}</nav>`),
  htmlLine.map((t) => `<table><tr><td>${t}</td></tr></table>`),
  htmlLine.map((t) => `<blockquote>${t}</blockquote>`),
);
export const htmlDocument = fc
  .tuple(fc.option(phraseText, { nil: null }), fc.array(htmlBlock, { maxLength: 12 }))
  .map(([title, blocks]) => `<!doctype html>\n<html><head>${title ? `<title>${title}</title>` : ''}</head>\n<body>\n${blocks.join('\n')}\n</body></html>\n`);

/** Phrases including regex metacharacters, emoji, RTL text and long ones. */
export const hostilePhrase = fc.oneof(
  phraseText,
  fc.constantFrom('(a+)+$', '.*', 'leg [cramps]', '\\d{1,}', 'a|b', '^leg$', '(?:x)', '🙂 leg', 'مرحبا بك', 'C++ tips', '$100 (off)'),
  fc.array(word, { minLength: 20, maxLength: 60 }).map((w) => w.join(' ')),
);
