/** `seo-audit init [--force]`: a commented starter config and keyword set in the working directory. */
import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import type { CliIo } from './io.js';

export const STARTER_CONFIG_PATH = 'seo-audit.config.yaml';
export const STARTER_KEYWORDS_PATH = 'keywords/keywords.yaml';

export const STARTER_CONFIG = `# seo-audit configuration (see \`seo-audit --help\` and \`seo-audit rules\`).
# Found from the working directory upward; command-line flags override it.

# The keyword set every article is audited against (front matter \`keywords:\` and
# \`overrides\` below take precedence).
keywords: ${STARTER_KEYWORDS_PATH}

# Default matching mode: exact | forms (leg cramp ~ leg cramps) | sentence (words anywhere in one sentence).
match: forms

# CI gate: a file fails below minCoverage (0–1 or "80%") or minScore (0–100);
# the run fails when the total number of warnings exceeds maxWarnings.
thresholds:
  minCoverage: 0.8
  minScore: 70
  # maxWarnings: 50

# Rule severities: error | warning | info | off, or [severity, { options }].
rules:
  heading-increment: error
  section-length: [warning, { max: 300 }]
  # readability: off

# Globs (relative to this file) that are never audited.
ignore:
  - "drafts/**"

# Different keyword sets or rules for parts of the site.
# overrides:
#   - files: ["posts/running/**"]
#     keywords: keywords/running.yaml
`;

export const STARTER_KEYWORDS = `# Keyword set: what the articles should rank for.
# A keyword is a phrase, or { phrase, match, min, max, weight }; a phrase in double
# quotes is always matched exactly. Run \`seo-audit suggest article.md\` for ideas.
name: my-topic
language: en
# The primary keyword: its density, title, H1, intro and slug placement are checked.
primary: leg cramps
density: { min: 0.5, max: 3 }   # percent, for the primary keyword
groups:
  core:
    keywords: [leg cramps, muscle cramps]
  causes:
    # The group's keywords should appear under a heading matching this.
    section: causes
    keywords:
      - what causes leg cramps
      - { phrase: causes of leg cramps, min: 1 }
`;

export async function runInitCommand(options: { force?: boolean }, io: CliIo): Promise<number> {
  const files: [string, string][] = [
    [STARTER_CONFIG_PATH, STARTER_CONFIG],
    [STARTER_KEYWORDS_PATH, STARTER_KEYWORDS],
  ];
  if (!options.force) {
    // Check both before writing either: a half-initialised project is worse than none.
    for (const [name] of files) {
      const exists = await lstat(join(io.cwd, name)).then(
        () => true,
        () => false,
      );
      if (exists) throw new UsageError(`${name} already exists — not overwritten; use --force to replace it`);
    }
  }
  for (const [name, text] of files) {
    const target = join(io.cwd, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text, name);
    io.stdout.write(`wrote ${name}\n`);
  }
  io.stdout.write(`next: edit ${STARTER_KEYWORDS_PATH}, then run \`seo-audit your-article.md\`\n`);
  return 0;
}
