/**
 * A page's data (JSON-LD, a `<script type="application/json">`, `window.__STATE__ = {...}`) read without
 * JSON.parse: the posting's text must keep its place in the page, so what is wanted is where each string
 * value's literal sits and which keys it sits under. One pass over the characters, no backtracking; JS object
 * literals (bare keys, single quotes) read as well as JSON. Malformed data ends the scan, never an error.
 */

/** A string value: its literal's content `[start, end)` (between the quotes) and the keys it sits under. */
export interface JsonString {
  /** Its key, or the key of the array it is an item of; '' when it has none. */
  key: string;
  start: number;
  end: number;
  /** The innermost object holding it: an index into `ScannedJson.objects`, -1 for none. */
  object: number;
}

export interface JsonObject {
  /** The key it is the value of (or its array's key); '' when it has none. */
  key: string;
  /** The object holding it, -1 for none. Parents come before their children. */
  parent: number;
  open: number;
  /** Past its closing brace; the scan's end when it was never closed. */
  close: number;
}

export interface ScannedJson {
  strings: JsonString[];
  objects: JsonObject[];
  /** Past the value's end (where the scan stopped). */
  end: number;
}

/** A page's data can be megabytes; past this many strings the rest is not the posting. */
const MAX_STRINGS = 100000;

interface Frame {
  object: boolean;
  /** An object's own index; an array's innermost object. */
  index: number;
  /** An array's key (its items' key); unused for objects. */
  key: string;
  /** An object's key waiting for its value. */
  pending: string | null;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isIdentifier = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;

/** Where the string literal opened by the quote at `at` closes, or -1. */
export function literalEnd(text: string, at: number, to: number): number {
  const quote = text.charCodeAt(at);
  for (let i = at + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === quote) return i;
  }
  return -1;
}

function skipSpaces(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The JSON value (object or array) opening at `from`, read to its close or `to`. */
export function scanJson(text: string, from: number, to: number): ScannedJson {
  const strings: JsonString[] = [];
  const objects: JsonObject[] = [];
  const stack: Frame[] = [];
  // The key a value opening now takes: its object's pending key, or its array's key.
  const keyHere = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (!top.object) return top.key;
    const key = top.pending ?? '';
    top.pending = null;
    return key;
  };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22 || c === 0x27) {
      const close = literalEnd(text, i, to);
      if (close === -1) break;
      const next = skipSpaces(text, close + 1, to);
      if (top?.object && top.pending === null && text.charCodeAt(next) === 0x3a) {
        top.pending = text.slice(i + 1, close);
        i = next + 1;
        continue;
      }
      if (top && strings.length < MAX_STRINGS) strings.push({ key: keyHere(), start: i + 1, end: close, object: top.index });
      i = close + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      const key = keyHere();
      const parent = top ? top.index : -1;
      if (c === 0x7b) {
        objects.push({ key, parent, open: i, close: to });
        stack.push({ object: true, index: objects.length - 1, key, pending: null });
      } else stack.push({ object: false, index: parent, key, pending: null });
      i++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      const frame = stack.pop();
      if (frame?.object) objects[frame.index].close = i + 1;
      i++;
      if (stack.length === 0) break;
      continue;
    }
    if (top?.object && isIdentifier(c)) {
      // A bare key (a JS object literal's) or a bare value: true, null, a number.
      let j = i + 1;
      while (j < to && isIdentifier(text.charCodeAt(j))) j++;
      const next = skipSpaces(text, j, to);
      if (top.pending === null && text.charCodeAt(next) === 0x3a) {
        top.pending = text.slice(i, j);
        i = next + 1;
      } else {
        top.pending = null;
        i = j;
      }
      continue;
    }
    if (c === 0x2c && top?.object) top.pending = null;
    i++;
  }
  return { strings, objects, end: i };
}

/** A string literal's content decoded, with where each character starts in the page (`at[text.length]` its end). */
export interface DecodedString {
  text: string;
  at: Int32Array;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * The content `[start, end)` of a JSON or JS string literal in `text`, decoded: `\n`, `\"`, `\/`, `\u003c`, `\x3c`.
 * `at`, when `text` is itself decoded, maps its positions on to the page's.
 */
export function decodeLiteral(text: string, start: number, end: number, at?: Int32Array): DecodedString {
  const place = (i: number): number => (at ? at[i] : i);
  const parts: string[] = [];
  const map = new Int32Array(end - start + 1);
  let n = 0;
  let run = start;
  const flush = (to: number) => {
    if (to > run) parts.push(text.slice(run, to));
    for (let k = run; k < to; k++) map[n++] = place(k);
  };
  for (let i = start; i < end; ) {
    if (text.charCodeAt(i) !== 0x5c || i + 1 >= end) {
      i++;
      continue;
    }
    flush(i);
    const e = text[i + 1];
    let width = 2;
    let char: string | null = e;
    const hex = e === 'u' ? 4 : e === 'x' ? 2 : 0;
    if (hex > 0) {
      const digits = text.slice(i + 2, i + 2 + hex);
      // A broken escape ("\u00") is read as its letter: the rest of the text is still worth having.
      if (i + 2 + hex <= end && /^[0-9a-fA-F]+$/.test(digits)) {
        char = String.fromCharCode(Number.parseInt(digits, 16));
        width += hex;
      }
    } else if (e === '\n') char = null;
    else char = SIMPLE_ESCAPES[e] ?? e;
    if (char !== null) {
      parts.push(char);
      map[n++] = place(i);
    }
    i += width;
    run = i;
  }
  flush(end);
  map[n] = place(end);
  return { text: parts.join(''), at: map.subarray(0, n + 1) };
}
