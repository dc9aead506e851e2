/** The pipeline's last step: maps every offset in the result from the normalised text back to the input. */
import type { FieldRegion } from '../normalise';
import { MappedText, toSource } from '../normalise/mapped-text';
import type { InputField, Warning } from '../types/common';
import type { ExtractionResult } from '../types/result';

/**
 * The last step, and the one place the result's promises are kept: every
 * object that carries `start` and `end` (spans, sections, warnings) gets
 * offsets into the caller's input instead of the normalised text, and then
 * - `0 <= start <= end <=` the length of the input, or of the property named
 *   by `field` for object input;
 * - a span never runs from one property into the next: it is cut at the end
 *   of the property it starts in, and its text with it;
 * - `entities` and `sections` are sorted by start, then end;
 * - every number is finite: one that is not is dropped (null), with a warning.
 * A rule that breaks one of these is a bug the warnings name
 * (`result/...`), so the property tests find it.
 */
export function finaliseResult(result: ExtractionResult, mapped: MappedText, regions: readonly FieldRegion[], inputLength: number): void {
  const warnings: Warning[] = [];
  const seen = new Set<object>();
  // The keys down to the value being visited: a path is only spelt out when a warning names it.
  const trail: (string | number)[] = [];
  const path = () => 'result' + trail.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const visit = (v: object): void => {
    // One hash lookup, not two: the set grows only for an object not seen before.
    const size = seen.size;
    if (seen.add(v).size === size) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item !== 'object' || item === null) continue;
        trail.push(i);
        visit(item);
        trail.pop();
      }
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') placeSpan(o, mapped, regions, inputLength, path, warnings);
    // for...in with an own-property check visits Object.keys' keys in the same order, without building the array.
    for (const key in o) {
      if (!hasOwn.call(o, key)) continue;
      const value = o[key];
      if (typeof value === 'object') {
        if (value === null) continue;
        trail.push(key);
        visit(value);
        trail.pop();
      } else if (typeof value === 'number' && !Number.isFinite(value)) {
        trail.push(key);
        o[key] = null;
        warnings.push({ code: 'result/not-finite', message: `${path()} was ${value}, not a finite number, and is left out.` });
        trail.pop();
      }
    }
  };
  visit(result);
  result.entities.sort(byPosition);
  result.sections.sort(byPosition);
  result.warnings.push(...warnings);
}

const hasOwn = Object.prototype.hasOwnProperty;

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

function placeSpan(o: Record<string, unknown> & { field?: InputField }, mapped: MappedText, regions: readonly FieldRegion[], inputLength: number, path: () => string, warnings: Warning[]): void {
  let start = o.start as number;
  let end = o.end as number;
  // A value with no place in the text (read from JSON-LD) keeps its empty span at 0.
  if (start === 0 && end === 0 && o.text === '') return;
  const n = mapped.text.length;
  const givenStart = start;
  const givenEnd = end;
  if (!(start >= 0 && start <= end && end <= n)) {
    warnings.push({ code: 'result/span-out-of-range', message: `${path()} had the span [${start}, ${end}) in a text of ${n}; it is cut to fit.` });
    start = Math.min(Math.max(0, start), n);
    end = Math.min(Math.max(start, end), n);
  }
  let region: FieldRegion | undefined;
  if (regions.length) {
    // A span at the very end has no character of its own: it sits where the last one ends.
    region = regionOf(regions, start < n ? mapped.srcStart[start] : n > 0 ? mapped.srcEnd[n - 1] : 0);
    // Cut where the span leaves its property: the text after it belongs to the next one.
    let cut = start;
    while (cut < end && mapped.srcEnd[cut] <= region.base + region.length && mapped.srcStart[cut] >= region.base) cut++;
    if (cut < end) {
      if (mapped.text.slice(cut, end).trim() !== '') {
        warnings.push({ code: 'result/span-crosses-field', message: `${path()} ran from "${region.field}" into the next property; it is cut at the end of "${region.field}".` });
      }
      while (cut > start && /\s/.test(mapped.text[cut - 1])) cut--;
      end = cut;
      // A text that was the span's slice stays its slice; another text (a normalised value) is left alone.
      if (typeof o.text === 'string' && o.text === mapped.text.slice(givenStart, givenEnd)) o.text = mapped.text.slice(start, end);
    }
  }
  let [s, e] = toSource(mapped, start, end);
  if (e < s) {
    warnings.push({ code: 'result/span-reversed', message: `${path()} mapped to [${s}, ${e}) in the input; it is left empty at ${s}.` });
    e = s;
  }
  const length = region ? region.length : inputLength;
  if (region) {
    s -= region.base;
    e -= region.base;
    o.field = region.field;
  }
  o.start = Math.min(Math.max(0, s), length);
  o.end = Math.min(Math.max(o.start as number, e), length);
}

/** The property a source offset of the virtual object source falls in (the last one that starts at or before it). */
function regionOf(regions: readonly FieldRegion[], at: number): FieldRegion {
  let found = regions[0];
  for (const r of regions) if (r.base <= at) found = r;
  return found;
}
