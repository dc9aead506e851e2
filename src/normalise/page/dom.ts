/** The parts of a cheerio (domhandler) node the page readers use. */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
  /** parse5's source location: half-open offsets into the HTML. */
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

export const tagName = (node: DomNode): string | undefined => (node.type === 'tag' || node.type === 'script' || node.type === 'style' ? node.name?.toLowerCase() : undefined);

/** Elements in document order, children after their parent (an explicit stack: no recursion on depth). */
export function* elements(root: DomNode): Generator<DomNode> {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The text of `node`, whitespace collapsed (scripts and styles left out). */
export function textOf(node: DomNode, limit = 400): string {
  const parts: string[] = [];
  let length = 0;
  for (const n of elements(node)) {
    if (n.type === 'text' && n.data && n.parent?.type !== 'script' && n.parent?.type !== 'style') {
      parts.push(n.data);
      length += n.data.length;
      if (length > limit) break;
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A class, id or label as lower-case words: `jobDescriptionText` gives "job description text". */
export function words(value: string | undefined): string {
  if (!value) return '';
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
