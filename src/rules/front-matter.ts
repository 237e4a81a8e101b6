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
  check({ document }) {
    const problems = document.frontMatterProblems;
    if (problems.length === 0) return { score: 1, messages: [] };
    return { score: 0, messages: problems.map((problem) => ({ message: problem.message, offset: problem.offset })) };
  },
};
