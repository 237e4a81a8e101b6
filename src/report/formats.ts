/**
 * The names of the report formats of `--format`, in the order `--format` lists them: the registry
 * (./index.ts) must have exactly these (a type error otherwise). Kept apart so the CLI can check a
 * `--format` value without loading every reporter (and cli-table3, chalk): a `-f json` run never
 * loads the terminal, SARIF or HTML code.
 */
export const FORMATS = ['terminal', 'json', 'sarif', 'junit', 'github', 'markdown', 'gitlab', 'html'] as const;

export type ReportFormat = (typeof FORMATS)[number];
