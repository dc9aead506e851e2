/**
 * A text of many lines read by line number: where each line starts, found
 * in one pass, so loading thousands of keys or rows kept as one string makes
 * no string per line and fills no Map (a cold start's dearest kind of
 * work); lines kept sorted are found by a binary search.
 */

/** Line i of `text` is text[starts[i], starts[i + 1] - 1). */
export interface LineTable {
  readonly text: string;
  readonly starts: Int32Array;
  /** How many lines. */
  readonly count: number;
}

/** The table of `text`, which has `count` lines; null when it has another number. The count is known, so one pass finds them. */
export function lineTable(text: string, count: number): LineTable | null {
  const starts = new Int32Array(count + 1);
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (n === count) return null;
    starts[n++] = at + 1;
  }
  if (n !== count) return null;
  // The end of the text, plus its missing line break.
  starts[n] = text.length + 1;
  return { text, starts, count };
}

/** Line `i`. */
export function lineAt(table: LineTable, i: number): string {
  return table.text.slice(table.starts[i], table.starts[i + 1] - 1);
}

/** Compares `key` with text[from, to) by UTF-16 units, as sorted lines are sorted: negative, 0 or positive. */
function compareAt(key: string, text: string, from: number, to: number): number {
  const n = Math.min(key.length, to - from);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return key.length - (to - from);
}

/** The number of the line that is `key` in a table whose lines are sorted by UTF-16 units, or -1: at most 15 comparisons for 30,000 lines. */
export function findSorted(table: LineTable, key: string): number {
  const { text, starts } = table;
  let lo = 0;
  let hi = table.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = compareAt(key, text, starts[mid], starts[mid + 1] - 1);
    if (d === 0) return mid;
    if (d < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}
