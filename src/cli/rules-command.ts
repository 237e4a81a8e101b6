/** `seo-audit rules [--format json]`: every rule (both kinds) with its default severity, weight and options. */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { ALL_RULES } from '../rules/registry.js';
import { isCrossFileRule } from '../rules/types.js';
import type { OptionSpec, RegisteredRule } from '../rules/types.js';
import { shouldColor } from './color.js';
import type { CliIo } from './io.js';
import { parseFormat } from './output.js';
import { writeStdout } from '../io/write.js';

export interface RuleListing {
  id: string;
  defaultSeverity: string;
  description: string;
  /** Weight in the file score; null for a cross-file rule (it judges the run, not one file). */
  weight: number | null;
  options: Record<string, { type: OptionSpec['type']; default: unknown; description: string }>;
}

export function ruleListing(rule: RegisteredRule): RuleListing {
  const options: RuleListing['options'] = {};
  const specs = rule.options as Record<string, OptionSpec>;
  const defaults = rule.defaults as Record<string, unknown>;
  for (const name of Object.keys(specs).sort()) {
    const spec = specs[name]!;
    options[name] = { type: spec.type, default: defaults[name] ?? null, description: spec.description };
  }
  return { id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description, weight: isCrossFileRule(rule) ? null : rule.weight, options };
}

export async function runRulesCommand(options: { format: string; color?: boolean }, io: CliIo): Promise<number> {
  const format = parseFormat(options.format, ['terminal', 'json']);
  const listing = ALL_RULES.map(ruleListing);
  if (format === 'json') {
    await writeStdout(JSON.stringify(listing, null, 2) + '\n', io.stdout as NodeJS.WriteStream);
    return 0;
  }
  const chalk = new Chalk({ level: shouldColor(options.color, io.env, io.stdout.isTTY === true) ? 1 : 0 });
  const severityColor: Record<string, (text: string) => string> = {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
    off: chalk.gray,
  };
  const table = new Table({
    head: ['rule', 'default', 'weight', 'description', 'options'],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [26, 9, 8, 52, 34],
  });
  for (const rule of listing) {
    const opts = Object.entries(rule.options)
      .map(([name, spec]) => `${name} = ${JSON.stringify(spec.default)}`)
      .join('\n');
    table.push([rule.id, (severityColor[rule.defaultSeverity] ?? String)(rule.defaultSeverity), rule.weight === null ? '—' : String(rule.weight), rule.description, opts || '—']);
  }
  await writeStdout(table.toString() + '\n', io.stdout as NodeJS.WriteStream);
  return 0;
}
