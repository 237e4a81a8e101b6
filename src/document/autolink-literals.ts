/**
 * remark-gfm's autolink literals (`www.example.com`, `https://…`, `me@example.com` in plain text)
 * are found after parsing by a transform (mdast-util-gfm-autolink-literal) that runs
 * mdast-util-find-and-replace four times over the whole tree, one pass per pattern, with an
 * array of ancestors built for every node: about 8 % of a Markdown parse, although most text
 * nodes can match none of the patterns. Here the same transform runs only on the top-level blocks
 * that hold a text node one of them could match; the other blocks it would leave as they are.
 *
 * The tree is the same: every pattern needs `@` (e-mail, `mailto:`, `xmpp:`) or `://` / `www.`
 * (URLs) in one text node's value, each replacement changes only the children of that text
 * node's parent, and the replace functions look at the text node alone (not at its ancestors),
 * so passes over separate blocks do not interact and their order does not matter. Text under a
 * link or link reference is not searched, as the transform itself skips it.
 */
import type { Nodes, Root } from 'mdast';

type Transform = (tree: Root) => Root | undefined | void;

interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: Transform[];
}

/** A text value that could hold an autolink literal (a superset of the transform's patterns). */
const MAY_LINK = /@|:\/\/|www\./i;

/**
 * Replaces the autolink-literal transform in a frozen-to-be unified processor's
 * `fromMarkdownExtensions` (what remark-parse hands mdast-util-from-markdown at each parse) by
 * its block-by-block form. Returns the processor.
 */
export function blockwiseAutolinkLiterals<P extends { freeze(): unknown; data(key: string): unknown }>(processor: P): P {
  processor.freeze();
  const extensions = ((processor.data('fromMarkdownExtensions') ?? []) as unknown[]).flat(Infinity) as FromMarkdownExtension[];
  for (const extension of extensions) {
    // The extension that turns `literalAutolink` tokens into links carries the transform.
    if (extension.enter?.['literalAutolink'] === undefined || extension.transforms === undefined) continue;
    extension.transforms = extension.transforms.map(blockwise);
  }
  return processor;
}

function blockwise(transform: Transform): Transform {
  return (tree) => {
    // mdast puts text in blocks, never straight under the root; if it ever is, the whole tree.
    if (tree.children.some((child) => (child as Nodes).type === 'text')) return transform(tree);
    for (const block of tree.children) {
      if (mayLink(block)) transform(block as unknown as Root);
    }
    return undefined;
  };
}

/** True when a text node under `node`, outside links, could hold an autolink literal. */
function mayLink(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      if (MAY_LINK.test(current.value)) return true;
      continue;
    }
    if (current.type === 'link' || current.type === 'linkReference') continue;
    if ('children' in current) for (const child of current.children) stack.push(child as Nodes);
  }
  return false;
}
