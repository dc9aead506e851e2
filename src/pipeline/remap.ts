/** The pipeline's last step: maps every offset in the result from the normalised text back to the input. */
import type { FieldRegion } from '../normalise';
import { MappedText, toSource } from '../normalise/mapped-text';
import type { InputField } from '../types/common';

/**
 * The last step: every object in the result that carries `start` and `end`
 * (spans, sections, warnings) gets offsets into the caller's input instead of
 * the normalised text. For object input, offsets become relative to the
 * property they fall in, named by `field`. A span that runs past the end of
 * its property (it cannot: fields are separated and blocks never join them)
 * would be cut at the property's end.
 */
export function remapOffsets(value: unknown, mapped: MappedText, regions: readonly FieldRegion[]): void {
  const seen = new WeakSet<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) visit(item);
      return;
    }
    const o = v as Record<string, unknown> & { start?: unknown; end?: unknown; field?: InputField };
    // A value with no place in the text (read from JSON-LD) keeps its empty span at 0.
    const unplaced = o.start === 0 && o.end === 0 && o.text === '';
    if (typeof o.start === 'number' && typeof o.end === 'number' && !unplaced) {
      let [s, e] = toSource(mapped, o.start, o.end);
      if (regions.length) {
        const region = regions.find((r) => s >= r.base && s <= r.base + r.length) ?? regions[regions.length - 1];
        s -= region.base;
        e = Math.min(e - region.base, region.length);
        o.field = region.field;
      }
      o.start = s;
      o.end = e;
    }
    for (const key of Object.keys(o)) visit(o[key]);
  };
  visit(value);
}
