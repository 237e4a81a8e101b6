/**
 * The repository root that code-scanning tools resolve paths against: the git top level above
 * the working directory (the nearest directory with a `.git` entry — a directory, or a file in a
 * worktree or submodule), else the working directory itself.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export function repositoryRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/**
 * A report path relative to `root` with forward slashes, when the file is inside it; null when
 * it is not (or no root is known, in which case callers keep the path as given).
 */
export function rootRelative(filePath: string, cwd: string | undefined, root: string | undefined): string | null {
  if (root === undefined) return null;
  const absolute = isAbsolute(filePath) ? filePath : resolve(cwd ?? process.cwd(), filePath);
  const rel = relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(/[\\/]/).join('/');
}
