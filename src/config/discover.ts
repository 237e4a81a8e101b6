import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { READ_LIMITS, readFileBoundedSync } from '../io/read.js';

/** File names checked in each directory, in this order; package.json counts only with a "seo-audit" key. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  'seo-audit.config.json',
  'seo-audit.config.yaml',
  'seo-audit.config.yml',
  '.seo-auditrc.json',
  '.seo-auditrc.yaml',
  '.seo-auditrc.yml',
  'package.json',
];

export const PACKAGE_JSON_KEY = 'seo-audit';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function packageJsonHasKey(path: string): boolean {
  try {
    const json: unknown = JSON.parse(readFileBoundedSync(path, READ_LIMITS.config).toString('utf8'));
    return typeof json === 'object' && json !== null && !Array.isArray(json) && Object.hasOwn(json, PACKAGE_JSON_KEY);
  } catch {
    // A broken package.json belongs to npm to complain about; it just isn't our config.
    return false;
  }
}

/** The config file of `dir` itself (absolute path), or null: the first of CONFIG_FILE_NAMES that exists. */
export function configFileIn(dir: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(dir, name);
    if (!isFile(candidate)) continue;
    if (name === 'package.json' && !packageJsonHasKey(candidate)) continue;
    return candidate;
  }
  return null;
}

/** Per-directory ignore file (gitignore syntax). */
export const IGNORE_FILE_NAME = '.seo-auditignore';

/**
 * The nearest config file from `cwd` upward to the filesystem root (absolute path), or null.
 * Within one directory the first name of CONFIG_FILE_NAMES that exists wins.
 */
export function discoverConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const found = configFileIn(dir);
    if (found !== null) return found;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
