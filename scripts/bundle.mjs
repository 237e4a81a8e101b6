// Bundles the CLI (after tsc) into dist/bundle/: one ES module per entry plus shared chunks.
// Node 20 has no module compile cache, and loading remark, micromark and yaml as ~300 separate
// ES modules costs ~250 ms; bundled they load in ~60 ms. Dynamic imports stay lazy (splitting).
// dist/ (unbundled, with .d.ts files) remains the library entry point.
import { build } from 'esbuild';

await build({
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
});
