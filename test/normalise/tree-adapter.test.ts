import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { linearTreeAdapter, settleTree } from '../../src/normalise/tree-adapter';

/**
 * The linear adapter builds the tree parse5's own adapter builds, on inputs
 * with many top-level nodes (where its shortcut runs) and with misnested
 * tags, tables and templates (where parse5 moves nodes about).
 */
const parse = (html: string, linear: boolean, isDocument: boolean) => {
  const options = { sourceCodeLocationInfo: true, ...(linear ? { treeAdapter: linearTreeAdapter() } : {}) } as Parameters<typeof cheerio.load>[1];
  try {
    return cheerio.load(html, options, isDocument);
  } finally {
    settleTree();
  }
};

/** Every node's type, name, text and source offsets, in document order. */
function shape($: cheerio.CheerioAPI): string {
  const out: string[] = [];
  const walk = (node: any, depth: number) => {
    const loc = node.sourceCodeLocation;
    out.push(`${depth} ${node.type} ${node.name ?? ''} ${JSON.stringify(node.data ?? '')} ${loc ? `${loc.startOffset}-${loc.endOffset}` : '-'} ${node.prev ? 'p' : ''}${node.next ? 'n' : ''}`);
    for (const child of node.children ?? []) {
      expect(child.parent).toBe(node);
      walk(child, depth + 1);
    }
  };
  walk($.root()[0], 0);
  return out.join('\n');
}

const PIECES = ['<li>Excel', '</li>', '<b>', '</b>', '<p>', '</p>', '<i>x', '</i>', '<td>', '<tr>', '<table>', '</table>', '<template>', '</template>', '<a href=#>', '</a>', 'text ', '\n', '<div>', '</div>', '<title>T</title>', '<select><option>o', '<br>'];

test('the same tree as parse5’s adapter, large fragments and documents alike', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 400 }), fc.boolean(), (pieces, isDocument) => {
      const html = pieces.join('');
      expect(shape(parse(html, true, isDocument))).toBe(shape(parse(html, false, isDocument)));
    }),
    { numRuns: 300 },
  );
});

test('a long list of bare items: every item is a top-level node of the fragment', () => {
  const html = '<li>Excel</li>\n'.repeat(5000);
  const $ = parse(html, true, false);
  expect($.root()[0].children).toHaveLength(10000);
  expect(shape($)).toBe(shape(parse(html, false, false)));
});
