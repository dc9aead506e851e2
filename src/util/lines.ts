/** A line of a text without its spaces and tabs at both ends (and a "\r" before its break): `[start, end)` and its text. */
export interface TrimmedLine {
  start: number;
  end: number;
  text: string;
}

/** The lines of `text`, each trimmed of spaces and tabs, in order; a text ending in a break ends with an empty line. */
export function trimmedLines(text: string): TrimmedLine[] {
  const lines: TrimmedLine[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
    lines.push({ start: s, end: e, text: text.slice(s, e) });
    start = end + 1;
  }
  return lines;
}

/** A line that ends as a sentence does: its stop, perhaps a closing quote or bracket, then only spaces. */
export const ENDS_AS_SENTENCE = /[.!?]["”’)]?\s*$/;

/**
 * Where the line that ends at `end` (a break or the text's end) starts, looked for within `max` characters so that a
 * long line costs no more than a short one; -1 when the line is longer.
 */
export function shortLineStart(text: string, end: number, max: number): number {
  const from = Math.max(0, end - max - 1);
  const nl = text.slice(from, end).lastIndexOf('\n');
  return nl !== -1 ? from + nl + 1 : from === 0 ? 0 : -1;
}

/** Where the line that starts at `start` ends, looked for within `max` characters; -1 when the line is longer. */
export function shortLineEnd(text: string, start: number, max: number): number {
  const nl = text.slice(start, start + max + 1).indexOf('\n');
  return nl !== -1 ? start + nl : start + max + 1 >= text.length ? text.length : -1;
}
