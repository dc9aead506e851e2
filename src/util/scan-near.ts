/**
 * A global pattern scanned only near the places where its matches can be:
 * for patterns whose every match holds (or ends at) one of a few literal
 * marks, found first with `indexOf`, which costs far less than trying the
 * pattern at every position of the text.
 */
import { isHighSurrogate, isLowSurrogate } from './surrogates';
import { forLastText } from './last-text';

/** Where each of `marks` occurs in `text`, in order. */
export function occurrences(text: string, marks: readonly string[]): number[] {
  const at: number[] = [];
  for (const mark of marks) for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

/**
 * Where each ASCII digit or asterisk (a masked figure's) stands in `text`, in
 * order: the pay's and the hours' scans both read a document's figures, so
 * the text is read once for them, the answer kept for the last text.
 */
export const figureMarks = forLastText((text: string): number[] => {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2a) at.push(i);
  }
  return at;
});

/** Where each ASCII digit (what `\d` matches) stands in `text`, in order: the figure marks without the asterisks. */
export function digitMarks(text: string): number[] {
  return figureMarks(text).filter((at) => text.charCodeAt(at) !== 0x2a);
}

/** Where every match of the global pattern `re` starts in `text`, overlapping ones included, in order. */
export function matchStarts(text: string, re: RegExp): number[] {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    at.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return at;
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

/** A pattern's sticky copy, and a sticky search of up to `reach` characters ahead for where the pattern matches. */
interface StartSearch {
  sticky: RegExp;
  ahead: RegExp;
  reach: number;
}

// Made once per pattern (and reach).
const startSearches = new WeakMap<RegExp, StartSearch>();

function startSearchOf(re: RegExp, reach: number): StartSearch {
  let search = startSearches.get(re);
  if (search?.reach !== reach) {
    const flags = `${re.flags.replace('g', '')}y`;
    // The lazy run tries the lookahead at each start in turn, nearest first, inside one call; the pattern's
    // groups keep their numbers (nothing before them captures), and its lookbehinds see the text before the start.
    search = { sticky: new RegExp(re.source, flags), ahead: new RegExp(`[^]{0,${reach}}?(?=(?:${re.source}))`, flags), reach };
    startSearches.set(re, search);
  }
  return search;
}

/**
 * {@link matchesNear}'s matches, under the same contract, found by trying the
 * pattern only where a match can start: at each position of `[anchor - reach,
 * anchor]`. matchesNear lets the engine scan on from there to the next match,
 * or to the end of the text, however far that is (for a pattern with few
 * anchors and rare matches, some times the text's length); a bounded search
 * costs less than that scan.
 */
export function matchesStartingNear(text: string, re: RegExp, anchors: readonly number[], reach: number): RegExpExecArray[] {
  const search = startSearchOf(re, reach);
  // A unicode pattern's scan steps by code points: it never starts between the halves of one.
  const byCodePoint = /[uv]/.test(re.flags);
  const out: RegExpExecArray[] = [];
  let from = 0;
  let next = 0;
  for (;;) {
    while (next < anchors.length && anchors[next] < from) next++;
    if (next === anchors.length) return out;
    const anchor = anchors[next];
    const found = firstMatchIn(text, search, Math.max(from, anchor - reach), anchor, byCodePoint);
    if (found === null) {
      // No match starts at or before this anchor: the next one can only start nearer a later anchor.
      from = anchor + 1;
      continue;
    }
    out.push(found);
    from = found.index + found[0].length;
  }
}

/** The match that starts first in `[first, last]`, if any. */
function firstMatchIn(text: string, { sticky, ahead, reach }: StartSearch, first: number, last: number, byCodePoint: boolean): RegExpExecArray | null {
  // A window of most of the reach is searched inside one call of the engine (a call per position cost more than
  // the tries), the match found read again from its start for its groups; the search reads the whole reach, so a
  // shorter window (anchors close together, as digits are) is tried position by position.
  if (2 * (last - first) >= reach) {
    if (byCodePoint && first > 0 && isLowSurrogate(text.charCodeAt(first)) && isHighSurrogate(text.charCodeAt(first - 1))) first++;
    ahead.lastIndex = first;
    const skipped = ahead.exec(text);
    // The search may look past the window's end: no such start counts.
    if (skipped === null || first + skipped[0].length > last) return null;
    sticky.lastIndex = first + skipped[0].length;
    return sticky.exec(text);
  }
  for (let p = first; p <= last; p++) {
    if (byCodePoint && p > 0 && isLowSurrogate(text.charCodeAt(p)) && isHighSurrogate(text.charCodeAt(p - 1))) continue;
    sticky.lastIndex = p;
    const found = sticky.exec(text);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The runs of `text` around each of `anchors` (sorted) that hold no
 * character `isBreak` accepts: `[start, end)` pairs, sorted, each once.
 */
export function runsAround(text: string, anchors: readonly number[], isBreak: (code: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (const at of anchors) {
    const last = runs[runs.length - 1];
    if (last && at < last[1]) continue;
    let start = at;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    runs.push([start, end]);
  }
  return runs;
}

/**
 * The matches of the global pattern `re` in `text`, the same as a scan of the
 * whole text finds, when every match lies inside one of `runs` and the text
 * just outside a run reads the same to the pattern as the run's edge (a break
 * character that is no word character, for `\b`; no lookbehind or lookahead
 * past the run). Each run is scanned on its own; `index` is into `text`.
 */
export function matchesInRuns(text: string, re: RegExp, runs: readonly (readonly [number, number])[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const [start, end] of runs) {
    const run = text.slice(start, end);
    re.lastIndex = 0;
    for (let m = re.exec(run); m !== null; m = re.exec(run)) {
      m.index += start;
      out.push(m);
    }
  }
  return out;
}
