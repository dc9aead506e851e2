/** A half-open `[start, end)` range of offsets. */
export interface Range {
  start: number;
  end: number;
}

/** Whether two half-open ranges share at least one position. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
