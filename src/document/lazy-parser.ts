/**
 * A syntax tree parser loaded on demand. Loading remark (+ gfm) or rehype costs 100–200 ms, more
 * than auditing a small article, so a run loads only the syntaxes it meets: the pipeline awaits
 * loadParsers(formats) (src/document/parsers.ts) first. Library callers that skip it still work:
 * the first sync parse loads the modules through require(esm) (on by default since Node 20.19).
 */
import { createRequire } from 'node:module';

export interface TreeParser<Tree> {
  parse(source: string): Tree;
}

export interface LazyParser<Tree> {
  /** Imports the modules (asynchronously, once). */
  load(): Promise<void>;
  /** The parser, loading it synchronously when load() was not awaited. */
  get(): TreeParser<Tree>;
}

export interface LazyParserSpec<Tree> {
  /** Package names, in the order `importAll` imports them (for the synchronous path). */
  modules: readonly string[];
  /** `Promise.all([import('a'), import('b')])` with literal specifiers, so the CLI bundler includes them. */
  importAll: () => Promise<unknown[]>;
  create(mods: unknown[]): TreeParser<Tree>;
}

export function lazyParser<Tree>(spec: LazyParserSpec<Tree>): LazyParser<Tree> {
  let parser: TreeParser<Tree> | null = null;
  return {
    async load() {
      if (parser !== null) return;
      const mods = await spec.importAll();
      parser ??= spec.create(mods);
    },
    get() {
      if (parser === null) {
        const require = createRequire(import.meta.url);
        parser = spec.create(spec.modules.map((name) => require(name) as unknown));
      }
      return parser;
    },
  };
}

type Unified = typeof import('unified');
export type UnifiedPlugin = Parameters<ReturnType<Unified['unified']>['use']>[0];

/** `unified` (mods[0]) and the default export of mods[i]: the plugins' types do not survive the dynamic import. */
export function unifiedModules(mods: unknown[]): { unified: Unified['unified']; plugin: (i: number) => UnifiedPlugin } {
  return {
    unified: (mods[0] as Unified).unified,
    plugin: (i) => (mods[i] as { default: unknown }).default as UnifiedPlugin,
  };
}
