/** `--format html --output-dir DIR`: the overview as DIR/index.html, each article as DIR/articles/NNNN-name.html. */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { InputFile } from '../io/inputs.js';
import { writeFileAtomic } from '../io/write.js';
import { renderSite } from '../report/html.js';
import type { HtmlOptions } from '../report/html.js';
import type { Report } from '../report/types.js';

export async function writeHtmlSite(
  report: Report,
  options: Omit<HtmlOptions, 'color'>,
  outputDir: string,
  inputs: readonly InputFile[],
): Promise<void> {
  const root = resolve(options.cwd ?? process.cwd(), outputDir);
  const pages = renderSite(report, { ...options, color: false });
  const inputPaths = new Set(inputs.flatMap((input) => (input.absolute === null ? [] : [input.absolute])));
  for (const page of pages) {
    const target = resolve(root, page.name);
    if (inputPaths.has(target)) {
      throw new InputError('cannot write the HTML report', `${page.name} in ${outputDir} is one of the audited inputs`, { file: outputDir });
    }
  }
  try {
    await mkdir(resolve(root, 'articles'), { recursive: true });
  } catch (error) {
    throw new InputError('cannot write the HTML report', `${outputDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: outputDir });
  }
  for (const page of pages) {
    const target = resolve(root, page.name);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, page.text, `${outputDir}/${page.name}`);
  }
}
