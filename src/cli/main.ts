/**
 * The command tree. This module stays light on purpose: `--version` and
 * `--help` must not load remark, rehype, natural or cli-table3, so every
 * command's implementation is imported only when that command runs.
 */
import type { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { escapeControl } from '../io/escape.js';
import { silenceNodeWarnings } from '../io/warnings.js';
import { toolVersion } from './version.js';
import type { AuditCliOptions } from './audit-command.js';
import type { CliIo } from './io.js';
import type { SuggestCliOptions } from './suggest-command.js';

export const HELP_HINT = 'see seo-audit --help';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

type Commander = typeof import('commander');

function buildProgram({ Command, Option }: Commander, io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('seo-audit');
  const configure = (command: Command): Command =>
    command
      .exitOverride()
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
        // Errors are printed by main() as one line; commander's own text is dropped.
        outputError: () => undefined,
      })
      .showSuggestionAfterError(true);

  configure(program)
    .description('SEO auditor for Markdown and HTML articles: keyword coverage, density, placement and structure.')
    .version(toolVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', '\nRun `seo-audit <command> --help` for a command\'s options. Exit codes: 0 passed, 1 audit failed, 2 usage or input error.');

  const audit = configure(program.command('audit', { isDefault: true }))
    .summary('audit articles (the default command)')
    .description('Audit Markdown/HTML articles against a keyword set.')
    .argument('[paths...]', 'files, directories, globs, or - for stdin')
    .option('-k, --keywords <file>', 'keyword set file (YAML, JSON or TXT)')
    .option('--keyword <phrase>', 'an ad-hoc keyword, repeatable; the first is primary unless a set names one', collect)
    .option('-c, --config <file>', "config file for every article (default: each article's configs, from its directory upward)")
    .option('--no-config', 'ignore every config file (.seo-auditignore files still apply)')
    .option('-f, --format <name>', 'terminal, json, sarif, junit, github, markdown, gitlab or html', 'terminal')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--output-dir <dir>', 'with --format html: write index.html and one page per article into <dir>')
    .option('--min-coverage <n>', "fail when a file's keyword coverage is below n (0–1, or a percentage like 80%)")
    .option('--min-score <n>', "fail when a file's score (0–100) is below n")
    .option('--max-warnings <n>', 'fail when the total number of warnings exceeds n')
    .option('--match <mode>', 'default matching mode: exact, forms or sentence (default: forms)')
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off (NO_COLOR and FORCE_COLOR are honoured; no colour when not a TTY)')
    .option('--shard <i/n>', 'audit only the i-th of n deterministic slices of the inputs')
    .option('--stdin-filename <name>', 'name (and so format) of the article read from -')
    .option('--include-drafts', 'also audit drafts, partials, redirect stubs and noindex pages (skipped by default)')
    .option('--print-config <file>', 'print the effective config for that article as JSON and exit')
    .option('--baseline <file>', 'findings whose fingerprint is listed there are reported as baselined and neither count nor fail')
    .option('--write-baseline <file>', "write every current finding's fingerprint to the file (sorted, one a line) and exit 0")
    .option('--changed-since <ref>', 'audit only articles that differ from the git ref (committed, staged, unstaged, untracked), plus the articles whose cross-file findings they affect')
    .option('--cache', 'reuse per-file results when the file, its config, its keyword set and the tool are unchanged')
    .option('--cache-location <path>', 'where the cache is kept: a directory, or a .json file (default: node_modules/.cache/seo-audit; implies --cache)')
    .option('--file-timeout <seconds>', 'an article that takes longer is reported as errored, the others still are (default: 60)')
    .addOption(new Option('--debug', 'print stack traces for errors'))
    .action(async (paths: string[], options: AuditCliOptions) => {
      const { runAuditCommand } = await import('./audit-command.js');
      setCode(await runAuditCommand(paths, options, io));
    });
  // `seo-audit --help` also shows the default command's options: that is what most people run.
  program.addHelpText('after', () => `\n${audit.helpInformation()}`);

  configure(program.command('rules'))
    .description('List every rule: id, default severity, description and options.')
    .option('-f, --format <name>', 'terminal or json', 'terminal')
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .addOption(new Option('--debug', 'print stack traces for errors'))
    .action(async (options: { format: string; color?: boolean }) => {
      const { runRulesCommand } = await import('./rules-command.js');
      setCode(await runRulesCommand(options, io));
    });

  configure(program.command('suggest'))
    .description('Candidate keywords from the text (TF-IDF, n-grams) not yet in the keyword set.')
    .argument('<path>', 'the article (other paths given are the comparison corpus)')
    .argument('[others...]', 'more articles for the TF-IDF background')
    .option('-k, --keywords <file>', 'keyword set whose phrases are marked as already present')
    .option('-c, --config <file>', 'config file')
    .option('--no-config', 'ignore any discovered config file')
    .option('-f, --format <name>', 'terminal or json', 'terminal')
    .option('-o, --output <file>', 'write the suggestions to a file instead of stdout')
    .option('--limit <n>', 'how many suggestions to list')
    .option('--stdin-filename <name>', 'name (and so format) of the article read from -')
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .addOption(new Option('--debug', 'print stack traces for errors'))
    .action(async (path: string, others: string[], options: SuggestCliOptions) => {
      const { runSuggestCommand } = await import('./suggest-command.js');
      setCode(await runSuggestCommand([path, ...others], options, io));
    });

  configure(program.command('init'))
    .description('Write a starter seo-audit.config.yaml and keywords/keywords.yaml (never overwrites without --force).')
    .option('--force', 'overwrite existing files')
    .addOption(new Option('--debug', 'print stack traces for errors'))
    .action(async (options: { force?: boolean }) => {
      const { runInitCommand } = await import('./init-command.js');
      setCode(await runInitCommand(options, io));
    });

  configure(program.command('merge'))
    .description('Combine JSON reports of sharded runs into the report of one unsharded run.')
    .argument('<reports...>', 'JSON reports written by `seo-audit --format json`')
    .option('-c, --config <file>', 'config file whose rule settings apply to cross-file rules (default: discovered)')
    .option('--no-config', 'ignore any discovered config file')
    .option('-f, --format <name>', 'output format: json (default), terminal, sarif, junit, github, markdown or gitlab', 'json')
    .option('-o, --output <file>', 'write the merged report to a file (atomically) instead of stdout')
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .addOption(new Option('--debug', 'print stack traces for errors'))
    .action(async (reports: string[], options: { format: string; output?: string; quiet?: boolean; color?: boolean; config?: string | false }) => {
      const { runMergeCommand } = await import('./merge-command.js');
      setCode(await runMergeCommand(reports, options, io));
    });

  return program;
}

function isCommanderError(error: unknown): error is CommanderError {
  return error instanceof Error && typeof (error as CommanderError).code === 'string' && (error as CommanderError).code.startsWith('commander.');
}

/** One line for stderr from anything thrown; control characters from user data escaped (SPEC §2). */
export function describeError(error: unknown): string {
  return escapeControl(describeErrorText(error));
}

function describeErrorText(error: unknown): string {
  if (error instanceof InputError) return `seo-audit: ${error.describe()}`;
  if (error instanceof UsageError) return `seo-audit: ${error.message}`;
  if (isCommanderError(error)) return `seo-audit: ${commanderLine(error)}`;
  const message = error instanceof Error ? error.message : String(error);
  return `seo-audit: internal error — ${message.split('\n')[0]} (run with --debug for details)`;
}

function commanderLine(error: CommanderError): string {
  const lines = error.message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const what = lines[0] ?? 'invalid command line';
  const suggestion = lines.slice(1).join(' ').replace(/^\((.*)\)$/, '$1');
  return suggestion ? `${what} — ${suggestion}; ${HELP_HINT}` : `${what} — ${HELP_HINT}`;
}

/** Runs the CLI; resolves to the exit code (the bin shim sets process.exitCode). */
export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const fullIo: CliIo = {
    cwd: io?.cwd ?? process.cwd(),
    env: io?.env ?? process.env,
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
  };
  // Fast path: `--version` is what wrappers and editors run most; it needs nothing but package.json.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    fullIo.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  const debug = argv.includes('--debug');
  // Only when main() owns the process (the bin), not when a library user or a test passes its own io.
  if (io === undefined) silenceNodeWarnings(debug);
  let code = 0;
  const program = buildProgram(await import('commander'), fullIo, (value) => {
    code = value;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (isCommanderError(error)) {
      // --help and --version "fail" with exit code 0.
      if (error.exitCode === 0) return 0;
      fullIo.stderr.write(describeError(error) + '\n');
      return 2;
    }
    // Usage and input errors are exit 2; so is a bug (there is no other code that CI would not misread as "audit failed").
    fullIo.stderr.write(describeError(error) + '\n');
    if (debug && error instanceof Error && error.stack) fullIo.stderr.write(error.stack + '\n');
    return 2;
  }
}
