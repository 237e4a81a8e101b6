/** `--format html --output-dir DIR`: the overview as DIR/index.html, each article as DIR/articles/NNNN-name.html. */
import { mkdir } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { InputFile } from '../io/inputs.js';
import { writeFileAtomic } from '../io/write.js';
import { PAGE_BREAK } from '../report/html.js';
import type { HtmlPage } from '../report/html.js';

/**
 * Writes the pages (renderSite's, or a streamed run's: htmlSitePages) after checking that no
 * name in `names` (every page's, in order) is one of the audited inputs.
 */
export async function writeHtmlSite(
  pages: Iterable<HtmlPage> | AsyncIterable<HtmlPage>,
  names: readonly string[],
  cwd: string,
  outputDir: string,
  inputs: readonly InputFile[],
): Promise<void> {
  const root = resolve(cwd, outputDir);
  const inputPaths = new Set(inputs.flatMap((input) => (input.absolute === null ? [] : [input.absolute])));
  for (const name of names) {
    if (inputPaths.has(resolve(root, name))) {
      throw new InputError('cannot write the HTML report', `${name} in ${outputDir} is one of the audited inputs`, { file: outputDir });
    }
  }
  try {
    await mkdir(resolve(root, 'articles'), { recursive: true });
  } catch (error) {
    throw new InputError('cannot write the HTML report', `${outputDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: outputDir });
  }
  for await (const page of pages) {
    const target = resolve(root, page.name);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, page.text, `${outputDir}/${page.name}`);
  }
}

/** The pages of a streamed --output-dir run (html siteStream): its text cut at each PAGE_BREAK, named in order. */
export async function* htmlSitePages(chunks: AsyncIterable<string | Uint8Array>, names: readonly string[]): AsyncGenerator<HtmlPage> {
  const decoder = new StringDecoder('utf8');
  let current = '';
  let at = 0;
  for await (const chunk of chunks) {
    const parts = (typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk))).split(PAGE_BREAK);
    current += parts[0]!;
    for (const part of parts.slice(1)) {
      yield { name: names[at++]!, text: current };
      current = part;
    }
  }
  current += decoder.end();
  yield { name: names[at++]!, text: current };
  if (at !== names.length) throw new Error(`html site: ${at} pages for ${names.length} names`);
}
