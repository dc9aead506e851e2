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

// A character class (skipped whole; its closing bracket optional only so that no start fails after a long run), or an
// escape: a numbered back-reference, or any other escaped character.
const CLASS_OR_ESCAPE = /\[(?:\\[^]|[^\\\]])*\]?|\\(?:([1-9]\d*)|[^])/g;

/** `source` with its numbered back-references renumbered for one group more in front of its own. */
function shiftBackReferences(source: string): string {
  return source.replace(CLASS_OR_ESCAPE, (all, group: string | undefined) => (group === undefined ? all : `\\${Number(group) + 1}`));
}

// A sticky search of up to `reach` characters ahead for the pattern, made once per pattern (and reach). The lazy run
// tries the pattern at each start in turn, nearest first, inside one call of the engine (a call per position cost more
// than the tries); the pattern is one capture group, so it is compiled once (a lookahead and a sticky copy to read the
// groups were two compiles, the dearest part of a cold start), its lookbehinds seeing the text before the start.
const aheadSearches = new WeakMap<RegExp, { ahead: RegExp; reach: number }>();

function aheadSearchOf(re: RegExp, reach: number): RegExp {
  let search = aheadSearches.get(re);
  if (search?.reach !== reach) {
    search = { ahead: new RegExp(`[^]{0,${reach}}?(${shiftBackReferences(re.source)})`, `${re.flags.replace('g', '')}y`), reach };
    aheadSearches.set(re, search);
  }
  return search.ahead;
}

/** The ahead search's match read as the pattern's own: its groups one number down, its index where the pattern starts. */
function patternMatch(found: RegExpExecArray, text: string): RegExpExecArray {
  const m = found.slice(1) as RegExpExecArray;
  m.index = found.index + found[0].length - found[1].length;
  m.input = text;
  m.groups = found.groups;
  return m;
}

/**
 * The matches of the global pattern `re` in `text`, the same as a scan of the
 * whole text finds, when every match starting at `p` has an anchor in
 * `[p, p + reach]` (`anchors` sorted; extra anchors only cost time), found by
 * trying the pattern only where a match can start: at each position of
 * `[anchor - reach, anchor]`. A scan let on from there would run to the next
 * match, or to the end of the text, however far that is (for a pattern with
 * few anchors and rare matches, some times the text's length); a bounded
 * search costs less. Not for patterns that can match the empty string.
 */
export function matchesStartingNear(text: string, re: RegExp, anchors: readonly number[], reach: number): RegExpExecArray[] {
  const ahead = aheadSearchOf(re, reach);
  // A unicode pattern's scan steps by code points: it never starts between the halves of one.
  const byCodePoint = /[uv]/.test(re.flags);
  const out: RegExpExecArray[] = [];
  // What the last search learnt, for anchors close together (as digits are): no match starts in [searched, clearTo),
  // and `found` starts at clearTo; or, `found` null, none starts in [searched, clearTo] either.
  let searched = -1;
  let clearTo = -1;
  let found: RegExpExecArray | null = null;
  let from = 0;
  let next = 0;
  for (;;) {
    while (next < anchors.length && anchors[next] < from) next++;
    if (next === anchors.length) return out;
    const anchor = anchors[next];
    let first = Math.max(from, anchor - reach);
    if (first < searched || first > clearTo || (found === null && anchor > clearTo)) {
      if (byCodePoint && first > 0 && isLowSurrogate(text.charCodeAt(first)) && isHighSurrogate(text.charCodeAt(first - 1))) first++;
      ahead.lastIndex = first;
      const m = ahead.exec(text);
      found = m && patternMatch(m, text);
      searched = first;
      clearTo = found === null ? first + reach : found.index;
    }
    if (found === null || found.index > anchor) {
      // No match starts at or before this anchor: the next one can only start nearer a later anchor.
      from = anchor + 1;
      continue;
    }
    out.push(found);
    from = found.index + found[0].length;
  }
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
