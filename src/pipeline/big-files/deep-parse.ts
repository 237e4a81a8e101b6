import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../errors.js';

/**
 * remark-parse and rehype-parse build their trees recursively, so a document
 * nested a few thousand levels deep overflows the main thread's stack. Such
 * documents are re-parsed in a worker thread with a large stack; the worker
 * flattens the tree (pre-order, parent indices) so that neither structured
 * cloning nor rebuilding it here recurses. Normal documents never get here.
 */

export type TreeKind = 'markdown' | 'html';

interface FlatTree {
  nodes: Record<string, unknown>[];
  parents: Int32Array;
}

const WORKER_STACK_MB = 512;
const WORKER_TIMEOUT_MS = 10 * 60 * 1000;

// Runs as a CommonJS eval worker: plain JavaScript, packages loaded by absolute URL.
const WORKER_CODE = `
const { workerData } = require('node:worker_threads');
(async () => {
  const { port, flag, kind, urls, source } = workerData;
  try {
    const mods = await Promise.all(urls.map((u) => import(u)));
    const unified = mods[0].unified;
    const processor = kind === 'markdown'
      ? unified().use(mods[1].default).use(mods[2].default).use(mods[3].default, ['yaml']).use(mods[4].default).use(mods[5].default)
      : unified().use(mods[1].default);
    const tree = processor.parse(source);
    const nodes = [];
    const parentList = [];
    const stack = [[tree, -1]];
    while (stack.length > 0) {
      const [node, parent] = stack.pop();
      const flat = {};
      for (const key of Object.keys(node)) {
        if (key !== 'children' && key !== 'content' && key !== 'data') flat[key] = node[key];
      }
      const index = nodes.length;
      nodes.push(flat);
      parentList.push(parent);
      const children = node.children;
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], index]);
    }
    port.postMessage({ nodes, parents: Int32Array.from(parentList) });
  } catch (error) {
    port.postMessage({ error: String(error && error.message || error) });
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
})();
`;

const PACKAGES: Record<TreeKind, string[]> = {
  markdown: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'remark-directive', 'remark-math'],
  html: ['unified', 'rehype-parse'],
};

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Parses `source` in a worker with a large stack and returns the rebuilt tree. */
export function parseDeepTree<T>(kind: TreeKind, source: string, path: string): T {
  const require = createRequire(import.meta.url);
  const urls = PACKAGES[kind].map((name) => pathToFileURL(require.resolve(name)).href);
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { port: port2, flag, kind, urls, source },
    transferList: [port2],
    resourceLimits: { stackSizeMb: WORKER_STACK_MB },
  });
  try {
    const state = Atomics.wait(flag, 0, 0, WORKER_TIMEOUT_MS);
    const reply = receiveMessageOnPort(port1)?.message as (FlatTree & { error?: string }) | undefined;
    if (state === 'timed-out' || reply === undefined) {
      throw new InputError(`cannot parse ${kind}`, 'the document is nested too deeply', { file: path });
    }
    if (reply.error !== undefined) throw new InputError(`cannot parse ${kind}`, reply.error, { file: path });
    return rebuild(reply) as T;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

function rebuild({ nodes, parents }: FlatTree): Record<string, unknown> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (hasChildren(node)) node.children = [];
    const parent = parents[i]!;
    if (parent >= 0) {
      const owner = nodes[parent]!;
      if (!Array.isArray(owner.children)) owner.children = [];
      (owner.children as unknown[]).push(node);
    }
  }
  return nodes[0]!;
}

// Parents always get a children array, even when empty, as the parsers would give them.
function hasChildren(node: Record<string, unknown>): boolean {
  return node.type === 'root' || node.type === 'element' || PARENT_TYPES.has(node.type as string);
}

const PARENT_TYPES = new Set([
  'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'emphasis',
  'strong', 'delete', 'link', 'linkReference', 'footnoteDefinition', 'containerDirective', 'leafDirective', 'textDirective',
]);
