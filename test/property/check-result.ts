import type { ExtractionResult, PostingInput } from '../../src';

/**
 * What every result promises, as a list of broken promises (empty when all
 * hold): offsets inside the input or the property named by `field`, start <=
 * end, entities and sections sorted, finite numbers only, JSON round-trips,
 * no `result/` warning (the final step had to mend a span), no warning of a
 * rule that threw (`input/unreadable`, `extractor/<name>/failed`), and, where
 * `slices` is set, every span's text is the input's characters at its offsets
 * (tags, list markers and spaces aside).
 */
export function brokenPromises(input: string | PostingInput, result: ExtractionResult, slices: boolean): string[] {
  const problems: string[] = [];
  const sourceOf = (field: string | undefined): string | undefined =>
    typeof input === 'string' ? input : field ? (input as Record<string, string | undefined>)[field] : undefined;
  // The text leaves out tags, list markers opening a line and spaces; the source keeps them.
  // In HTML a line break is a space, and a block's tag may open a line.
  const html = result.inputKind === 'html';
  const bare = (s: string) =>
    // The markers of a CDATA section are no text: the normaliser reads a feed's values inside them (escaped-html.ts).
    (html ? s.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/\s/g, ' ').replace(/<\/?(?:p|div|li|ul|ol|h\d|br|tr|td|th|table|body|head|html|title)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '') : s)
      .replace(/(^|\n)[ \t]*(?:[-*•·▪‣◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])(?=[ \t])/g, '$1')
      .replace(/\s+/g, '');
  const visit = (v: unknown, path: string): void => {
    if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${path} is ${v}`);
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const source = sourceOf(o.field as string | undefined);
      const unplaced = o.start === 0 && o.end === 0 && o.text === '';
      if (source === undefined && !unplaced) problems.push(`${path} has no input to point into (field ${String(o.field)})`);
      else if (source !== undefined && !(0 <= o.start && o.start <= o.end && o.end <= source.length)) {
        problems.push(`${path} [${o.start}, ${o.end}) is outside an input of ${source.length}`);
      } else if (slices && source !== undefined && typeof o.text === 'string' && !unplaced) {
        const slice = source.slice(o.start, o.end);
        if (bare(slice) !== bare(o.text)) problems.push(`${path} [${o.start}, ${o.end}) slices to ${JSON.stringify(slice)}, its text is ${JSON.stringify(o.text)}`);
      }
    }
    for (const [k, x] of Object.entries(o)) visit(x, `${path}.${k}`);
  };
  visit(result, 'result');
  for (const name of ['entities', 'sections'] as const) {
    const list = result[name];
    for (let i = 1; i < list.length; i++) if (list[i - 1].start > list[i].start) problems.push(`result.${name} is not sorted at ${i}`);
  }
  // A rule that threw is caught (the step's findings, or all of them, are lost) and named in a warning: a bug, never an answer.
  for (const w of result.warnings) if (w.code.startsWith('result/') || w.code === 'input/unreadable' || w.code.endsWith('/failed')) problems.push(`warning ${w.code}: ${w.message}`);
  if (JSON.stringify(JSON.parse(JSON.stringify(result))) !== JSON.stringify(result)) problems.push('the result does not round-trip through JSON');
  return problems;
}
