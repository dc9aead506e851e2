import { normalise } from '../normalise';
import type { InputField } from '../types/common';
import type { PostingInput } from '../types/result';

/** A span of the result placed in the text the view shows. */
interface Placed {
  start: number;
  end: number;
}

/**
 * The posting as a reader sees it (the normalised text: for HTML, the page's
 * text without markup) and a function that places a result span, whose
 * offsets point into the caller's input, in that text. The normaliser is run
 * again for its offset map; each source character points back to the first
 * character of the text made from it.
 */
export function readableText(input: string | PostingInput): { text: string; place(span: { start: number; end: number; field?: InputField }): Placed | null } {
  const doc = normalise(input);
  const { text, srcStart, srcEnd } = doc.mapped;
  let sourceLength = 0;
  for (let i = 0; i < text.length; i++) sourceLength = Math.max(sourceLength, srcEnd[i]);
  const at = new Int32Array(sourceLength).fill(-1);
  for (let i = 0; i < text.length; i++) for (let p = srcStart[i]; p < srcEnd[i]; p++) if (at[p] === -1) at[p] = i;
  const base = (field?: InputField) => doc.regions.find((r) => r.field === field)?.base ?? 0;
  return {
    text,
    place(span) {
      if (span.end <= span.start) return null;
      const offset = base(span.field);
      let first = -1;
      let last = -1;
      for (let p = span.start + offset; p < span.end + offset && p < sourceLength; p++) {
        if (at[p] === -1) continue;
        if (first === -1 || at[p] < first) first = at[p];
        if (at[p] > last) last = at[p];
      }
      return first === -1 ? null : { start: first, end: last + 1 };
    },
  };
}
