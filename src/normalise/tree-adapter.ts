/**
 * cheerio's parse5 tree adapter, with detaching made linear. parse5 ends a
 * fragment by moving every top-level node into the fragment, first child
 * first, and the adapter removes each with `splice(index, 1)`, which copies
 * the rest of the array: quadratic in the number of top-level nodes (a 1 MB
 * list of bare `<li>` items took 7–10 s in that loop alone). Here a large
 * parent's first child is detached by advancing a start index instead; the
 * detached entries are cut off the front in one go when the array empties,
 * when any other step reads it, and after the parse (`settleTree`). The tree
 * parse5 builds is the same.
 */
import type { adapter as Parse5Adapter } from 'parse5-htmlparser2-tree-adapter';

type Adapter = typeof Parse5Adapter;

// Lazy, as cheerio is (parse5 and its adapter cost ~60 ms to require, and most inputs are not HTML).
let adapter: Adapter;
type Parent = Parameters<Adapter['getChildNodes']>[0];
type Child = Parameters<Adapter['detachNode']>[0];

// Below this many children a splice is as cheap as the bookkeeping.
const LARGE = 64;
/** Parents whose first `n` children are detached but still in `children`. */
const detachedAtFront = new Map<Parent, number>();

function compact(parent: Parent): void {
  const n = detachedAtFront.get(parent);
  if (n === undefined) return;
  parent.children.splice(0, n);
  detachedAtFront.delete(parent);
}

function detachNode(node: Child): void {
  const parent = node.parent;
  if (!parent) return;
  const front = detachedAtFront.get(parent) ?? 0;
  if (parent.children.length < LARGE || parent.children[front] !== node) {
    compact(parent);
    adapter.detachNode(node);
    return;
  }
  // The first live child has no previous sibling: only the next one's link changes.
  const next = node.next;
  node.prev = null;
  node.next = null;
  if (next) next.prev = null;
  node.parent = null;
  if (front + 1 === parent.children.length) {
    parent.children.length = 0;
    detachedAtFront.delete(parent);
  } else detachedAtFront.set(parent, front + 1);
}

let linear: Adapter | null = null;

/** The adapter to pass to cheerio's `load` as `treeAdapter` (made on first use); call {@link settleTree} when the parse returns. */
export function linearTreeAdapter(): Adapter {
  if (!linear) {
    adapter = (require('parse5-htmlparser2-tree-adapter') as { adapter: Adapter }).adapter;
    linear = {
      ...adapter,
      detachNode,
      getFirstChild: (node) => node.children[detachedAtFront.get(node) ?? 0],
      getChildNodes: (node) => (compact(node), node.children),
      getTemplateContent: (node) => (compact(node), adapter.getTemplateContent(node)),
      insertBefore: (parent, node, reference) => (compact(parent), adapter.insertBefore(parent, node, reference)),
      insertTextBefore: (parent, text, reference) => (compact(parent), adapter.insertTextBefore(parent, text, reference)),
      setDocumentType: (document, name, publicId, systemId) => (compact(document), adapter.setDocumentType(document, name, publicId, systemId)),
    };
  }
  return linear;
}

/** Cuts the detached entries left at the front of any array, so the tree holds only live children. */
export function settleTree(): void {
  for (const parent of [...detachedAtFront.keys()]) compact(parent);
}
