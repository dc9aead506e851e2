/** A half-open `[start, end)` range of offsets. */
export interface Range {
  start: number;
  end: number;
}

/** Whether two half-open ranges share at least one position. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `[start, end)` shares a position with any of `ranges` (none given: false). */
export function overlapsAny(ranges: readonly Range[] | undefined, start: number, end: number): boolean {
  return ranges !== undefined && ranges.some((r) => start < r.end && r.start < end);
}

/** Whether offset `at` lies in one of `ranges` (sorted, disjoint): a binary search. */
export function inRanges(ranges: readonly Range[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start <= at;
}

/** The index of the last of `ranges` (sorted by start) that starts at or before `at`, or -1: a binary search. */
export function lastStartingBy(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether `span` lies inside one of `ranges` (sorted by start, disjoint) that is longer than it. */
export function insideLonger(ranges: readonly Range[], span: Range): boolean {
  const r = ranges[lastStartingBy(ranges, span.start)];
  return r !== undefined && span.end <= r.end && r.end - r.start > span.end - span.start;
}

/**
 * The members of `items` (sorted and disjoint, as matches kept by longest-first are) that overlap none of `blockers`:
 * one merge pass over both, so linear in their sizes.
 */
export function withoutOverlap<T extends Range>(items: readonly T[], blockers: readonly Range[]): T[] {
  if (!blockers.length) return [...items];
  const sorted = [...blockers].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  let b = 0;
  let reach = -Infinity; // the furthest end among blockers that start before the current item ends
  for (const item of items) {
    while (b < sorted.length && sorted[b].start < item.end) reach = Math.max(reach, sorted[b++].end);
    // Blockers that started earlier and still reach into the item also block it.
    if (reach > item.start) continue;
    out.push(item);
  }
  return out;
}

/**
 * Whether `span` starts inside one of `fields` (the header fields: object input's properties,
 * the feed's lines) and runs past its end: a label in one field joined to the next field's words.
 */
export function leavesItsField(span: Range, fields: readonly Range[]): boolean {
  return fields.some((f) => span.start >= f.start && span.start < f.end && span.end > f.end);
}

/** The spans of the header fields a document has (`AnalysedDocument.header`). */
export function fieldSpans(header: Partial<Record<string, Range>>): Range[] {
  return Object.values(header).filter((f): f is Range => f !== undefined);
}
