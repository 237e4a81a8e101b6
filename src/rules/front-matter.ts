import type { Rule } from './types.js';

export type FrontMatterOptions = Record<string, never>;

/** Front matter that the parser could not read, or a mapped field of the wrong type (SPEC §5). */
export const frontMatter: Rule<FrontMatterOptions> = {
  id: 'front-matter',
  description: 'The front matter can be read (YAML, TOML or JSON) and its title, description and slug fields are strings.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Site generators drop or misread fields they cannot parse: the page then ships without the title, ' +
    'description or slug the author wrote. The body is audited regardless.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      { source: '---\ntitle: "Leg cramps"\ntitle: "Leg cramps at night"\n---\n\nText.\n' },
      { source: '+++\ntitle = "Leg cramps"\n+++\n\nText.\n' },
    ],
    invalid: [
      {
        name: 'unreadable YAML',
        source: '---\ntitle: [unclosed\n---\n\nText.\n',
        messages: [{ message: 'YAML front matter cannot be read', line: 2 }],
      },
      {
        name: 'a title that is a list',
        source: '---\ntitle: [a, b]\n---\n\nText.\n',
        messages: [{ message: 'Front matter field "title" should be a string', line: 2, column: 8 }],
      },
    ],
  },
  check({ document }) {
    const problems = document.frontMatterProblems;
    // No front matter at all: nothing to check, and no part in the score.
    if (problems.length === 0 && document.frontMatter === null) return { score: 1, messages: [], skipped: true };
    if (problems.length === 0) return { score: 1, messages: [] };
    return { score: 0, messages: problems.map((problem) => ({ message: problem.message, offset: problem.offset })) };
  },
};
