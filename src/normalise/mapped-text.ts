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

// 0, 1, 2 ...: the identity map of a posting-sized text is two copies out of it, not a loop (at most 256 KB kept for
// it). It grows to the longest text read so far: filled all at once, it was a loop of 65,536 steps in every cold start.
const COUNTING_MAX = 1 << 16;
let counting = new Int32Array(0);

/** `counting` holding at least 0 ... `n` (`n` < COUNTING_MAX). */
function countingTo(n: number): Int32Array {
  if (counting.length <= n) {
    const grown = new Int32Array(Math.min(COUNTING_MAX, Math.max(n + 1, 2 * counting.length)));
    grown.set(counting);
    for (let i = counting.length; i < grown.length; i++) grown[i] = i;
    counting = grown;
  }
  return counting;
}

export function identity(source: string): MappedText {
  const n = source.length;
  if (n < COUNTING_MAX) {
    const upTo = countingTo(n);
    return { text: source, srcStart: upTo.slice(0, n), srcEnd: upTo.slice(1, n + 1) };
  }
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
  if (m.srcEnd[e - 1] >= m.srcStart[s]) return [m.srcStart[s], m.srcEnd[e - 1]];
  // The parser moved text out of source order (a table's stray text goes before the table):
  // the span covers every character it holds, so it never ends before it starts.
  let lo = m.srcStart[s];
  let hi = m.srcEnd[s];
  for (let i = s + 1; i < e; i++) {
    if (m.srcStart[i] === m.srcEnd[i]) continue;
    lo = Math.min(lo, m.srcStart[i]);
    hi = Math.max(hi, m.srcEnd[i]);
  }
  return [lo, hi];
}

/** A space put in at each of `cuts` (any order), mapped to no source character. */
export function insertSpaces(m: MappedText, cuts: number[]): MappedText {
  return insertSeparators(m, cuts, []);
}

/**
 * A space at each of `spaces` and a line break at each of `breaks` (any order, repeats counted once), mapped to no
 * source character; where both fall on one position, the line break alone.
 */
export function insertSeparators(m: MappedText, spaces: number[], breaks: number[]): MappedText {
  if (spaces.length === 0 && breaks.length === 0) return m;
  const broken = new Set(breaks);
  const cuts = [...[...new Set(spaces)].filter((at) => !broken.has(at)).map((at) => ({ at, ch: ' ' })), ...[...broken].map((at) => ({ at, ch: '\n' }))];
  cuts.sort((a, b) => a.at - b.at);
  const out = new MappedTextBuilder(m.text.length + cuts.length);
  let from = 0;
  for (const { at, ch } of cuts) {
    out.copy(m, from, at);
    out.insert(ch, m.srcStart[at]);
    from = at;
  }
  out.copy(m, from, m.text.length);
  return out.build();
}

export class MappedTextBuilder {
  private parts: string[] = [];
  // Typed buffers that double when full: copying a run of mapped text is a memcpy.
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  /** `capacity`: the length expected, when known (a repair of a text is about as long as the text): no regrowing. */
  constructor(capacity = 256) {
    this.starts = new Int32Array(Math.max(capacity, 16));
    this.ends = new Int32Array(Math.max(capacity, 16));
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  /** The text written so far in `[start, end)`. */
  peek(start: number, end = this.length): string {
    return this.joined().slice(start, end);
  }

  /** The parts as one string, which then stands for them all (build() would join them again). */
  private joined(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts.length ? this.parts[0] : '';
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < need) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Copy `from.text[a, b)` with its mapping. */
  copy(from: MappedText, a: number, b: number): void {
    if (b <= a) return;
    this.reserve(b - a);
    this.parts.push(from.text.slice(a, b));
    this.starts.set(from.srcStart.subarray(a, b), this.length);
    this.ends.set(from.srcEnd.subarray(a, b), this.length);
    this.length += b - a;
  }

  /** Write `replacement` for `from.text[a, b)`: each new character maps to the whole source range. */
  replace(from: MappedText, a: number, b: number, replacement: string): void {
    if (replacement.length === 0) return;
    if (replacement.length === b - a) {
      this.reserve(b - a);
      this.parts.push(replacement);
      this.starts.set(from.srcStart.subarray(a, b), this.length);
      this.ends.set(from.srcEnd.subarray(a, b), this.length);
      this.length += b - a;
      return;
    }
    const s = from.srcStart[a];
    const e = b > a ? from.srcEnd[b - 1] : s;
    this.raw(replacement, s, e);
  }

  /** Write characters that stand for the source range `[s, e)` (decoded HTML). */
  raw(str: string, s: number, e: number): void {
    this.reserve(str.length);
    this.parts.push(str);
    this.starts.fill(s, this.length, this.length + str.length);
    this.ends.fill(e, this.length, this.length + str.length);
    this.length += str.length;
  }

  /** Insert characters that have no source (a line break between blocks), at source position `at`. */
  insert(str: string, at: number): void {
    this.raw(str, at, at);
  }

  /** The text written; the builder is done with after this (its buffers may be handed over as they are). */
  build(): MappedText {
    // Views, not copies: the unused room at the end goes when the mapped text does, with the extract() call that made it.
    return { text: this.joined(), srcStart: this.starts.subarray(0, this.length), srcEnd: this.ends.subarray(0, this.length) };
  }
}
