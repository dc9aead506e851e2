/**
 * A global pattern scanned only near the places where its matches can be:
 * for patterns whose every match holds (or ends at) one of a few literal
 * marks, found first with `indexOf`, which costs far less than trying the
 * pattern at every position of the text.
 */
import { isHighSurrogate, isLowSurrogate } from './surrogates';

/** Where each of `marks` occurs in `text`, in order. */
export function occurrences(text: string, marks: readonly string[]): number[] {
  const at: number[] = [];
  for (const mark of marks) for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

/**
 * The matches of the global pattern `re` in `text`, the same as a scan of the
 * whole text finds, when every match starting at `p` has an anchor in
 * `[p, p + reach]` (`anchors` sorted; extra anchors only cost time): from the
 * scan's position, no match can start more than `reach` before the next
 * anchor, so the scan goes straight there. Not for patterns that can match
 * the empty string.
 */
export function matchesNear(text: string, re: RegExp, anchors: readonly number[], reach: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let next = 0;
  for (;;) {
    while (next < anchors.length && anchors[next] < re.lastIndex) next++;
    if (next === anchors.length) return out;
    let from = Math.max(re.lastIndex, anchors[next] - reach);
    // A jump never lands between the halves of a code point, where a scan of the whole text would not start.
    if (from > re.lastIndex && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null) return out;
    out.push(m);
  }
}
