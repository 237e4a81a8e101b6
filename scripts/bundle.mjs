// Bundles the CLI (after tsc) into dist/bundle/: one ES module per entry plus shared chunks.
// Node 20 has no module compile cache, and loading remark, micromark and yaml as ~300 separate
// ES modules costs ~250 ms; bundled they load in ~60 ms. Dynamic imports stay lazy (splitting).
// dist/ (unbundled, with .d.ts files) remains the library entry point.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const result = await build({
  entryPoints: { main: 'dist/cli/main.js', 'audit-worker': 'dist/pipeline/audit-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (cli-table3, picomatch) call require() for Node built-ins;
  // give esbuild's require shim a real require in ES module scope.
  banner: {
    js: "import { createRequire as __seoAuditRequire } from 'node:module'; globalThis.require ??= __seoAuditRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

// The build id (src/cache: a --cache written by another build is never used): a hash of this
// build's output files and of the installed versions of the runtime dependencies, which carry
// the language data (stemmers, stop words, detection trigrams).
const hash = createHash('sha256');
for (const file of Object.keys(result.metafile.outputs).sort()) {
  hash.update(basename(file)).update('\0').update(readFileSync(file)).update('\0');
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
  let version = 'missing';
  try {
    version = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
  } catch {
    // not installed: the id still differs from an installed build's
  }
  hash.update(`${name}@${version}\0`);
}
writeFileSync('dist/bundle/build-id.txt', hash.digest('hex').slice(0, 16) + '\n');
