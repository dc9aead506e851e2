/**
 * Text that remembers where every character came from. Each character `i` of
 * `text` maps to the half-open source range `[srcStart[i], srcEnd[i])` of the
 * caller's input; an inserted character (a line break between blocks) maps to
 * an empty range. Every normalisation step reads one MappedText and builds the
 * next, so offsets survive any number of steps.
 */
export interface MappedText {
  text: string;
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

export function identity(source: string): MappedText {
  const n = source.length;
  const srcStart = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    srcStart[i] = i;
    srcEnd[i] = i + 1;
  }
  return { text: source, srcStart, srcEnd };
}

/** Map a half-open span of the mapped text to a half-open span of the source. */
export function toSource(m: MappedText, start: number, end: number): [number, number] {
  const n = m.text.length;
  if (n === 0) return [0, 0];
  let s = Math.max(0, Math.min(start, n));
  let e = Math.max(s, Math.min(end, n));
  // Inserted characters (empty source range) at the edges do not count: a
  // span never starts or ends on a position the source does not have.
  while (s < e && m.srcStart[s] === m.srcEnd[s]) s++;
  while (e > s && m.srcStart[e - 1] === m.srcEnd[e - 1]) e--;
  if (s === e) {
    const at = s < n ? m.srcStart[s] : m.srcEnd[n - 1];
    return [at, at];
  }
  return [m.srcStart[s], m.srcEnd[e - 1]];
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private length = 0;

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  /** The text written so far in `[start, end)`. */
  peek(start: number, end = this.length): string {
    return this.parts.join('').slice(start, end);
  }

  /** Copy `from.text[a, b)` with its mapping. */
  copy(from: MappedText, a: number, b: number): void {
    if (b <= a) return;
    this.parts.push(from.text.slice(a, b));
    for (let i = a; i < b; i++) {
      this.starts.push(from.srcStart[i]);
      this.ends.push(from.srcEnd[i]);
    }
    this.length += b - a;
  }

  /** Write `replacement` for `from.text[a, b)`: each new character maps to the whole source range. */
  replace(from: MappedText, a: number, b: number, replacement: string): void {
    if (replacement.length === 0) return;
    if (replacement.length === b - a) {
      this.parts.push(replacement);
      for (let i = a; i < b; i++) {
        this.starts.push(from.srcStart[i]);
        this.ends.push(from.srcEnd[i]);
      }
    } else {
      const s = from.srcStart[a];
      const e = b > a ? from.srcEnd[b - 1] : s;
      this.parts.push(replacement);
      for (let i = 0; i < replacement.length; i++) {
        this.starts.push(s);
        this.ends.push(e);
      }
    }
    this.length += replacement.length;
  }

  /** Write characters that stand for the source range `[s, e)` (decoded HTML). */
  raw(str: string, s: number, e: number): void {
    this.parts.push(str);
    for (let i = 0; i < str.length; i++) {
      this.starts.push(s);
      this.ends.push(e);
    }
    this.length += str.length;
  }

  /** Insert characters that have no source (a line break between blocks), at source position `at`. */
  insert(str: string, at: number): void {
    this.raw(str, at, at);
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      srcStart: Int32Array.from(this.starts),
      srcEnd: Int32Array.from(this.ends),
    };
  }
}
