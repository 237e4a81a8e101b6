/**
 * vitest globalSetup: the CLI tests run the built bundle (bin/seo-audit.js → dist/bundle/), so
 * before any test runs, rebuild when any build input (src/, scripts/bundle.mjs, tsconfig.json,
 * package.json, package-lock.json) is newer than the bundle — a targeted `npx vitest run` never
 * tests a stale build. `npm test` builds first, so this is then a no-op.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

function newest(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export default function setup(): void {
  const built = statSync(join(ROOT, 'dist', 'bundle', 'main.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const inputs = ['src', 'scripts/bundle.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
  const changed = Math.max(...inputs.map((input) => newest(join(ROOT, input))));
  if (changed <= built) return;
  process.stderr.write('fresh-build: the bundle is older than its sources; running npm run build\n');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
