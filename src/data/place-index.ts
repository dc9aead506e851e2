/**
 * The gazetteer's GeoNames rows by match key, from the compact index that
 * scripts/build-place-index.ts compiles (dictionaries/places/gazetteer-index.json):
 * the keys are worked out at build time and searched in one sorted string,
 * so loading does no work per row and keeps no object per row.
 */
import { surfaceKey } from '../dictionaries/keys';

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** A place name's match key (see surfaceKey); most names are plain words, whose key is their lower case. */
export function placeKey(name: string): string {
  return PLAIN.test(name) ? name.toLowerCase() : surfaceKey(name);
}

/** gazetteer-index.json. */
export interface PlaceIndexFile {
  /** What the file is. */
  description: string;
  /** Every match key, sorted (UTF-16 order) and joined by line breaks. */
  keys: string;
  /** Key i's row numbers are rows[first[i]] up to rows[first[i + 1]]; one more entry than keys. */
  first: number[];
  /** Row numbers (lines of gazetteer.json's `places`), key by key. */
  rows: number[];
  /** Every proper prefix of a multi-word key, joined by line breaks. */
  prefixes: string;
  /** How many lines gazetteer.json's `places` had: an index is only good for that file. */
  places: number;
}

/** The rows of the gazetteer, searchable by key. */
export interface PlaceRows {
  has(key: string): boolean;
  /** The row numbers called by this key, in the order the index gives them. */
  rowsOf(key: string): number[];
  /** A row's line: name|country|region|lat|lon|flags. */
  row(n: number): string;
  /** Every proper prefix of a multi-word key. */
  prefixes: string[];
}

/** Where each line of `text` starts, with the end of the text (plus its missing line break) last. */
function lineStarts(text: string): Int32Array {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  const starts = new Int32Array(lines + 1);
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[n++] = at + 1;
  starts[n] = text.length + 1;
  return starts;
}

/** `key` against text[from, to), as JavaScript's default sort orders strings. */
function compare(key: string, text: string, from: number, to: number): number {
  const len = to - from;
  const n = Math.min(key.length, len);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return key.length - len;
}

export function placeRows(index: PlaceIndexFile, places: string): PlaceRows {
  const keyStarts = lineStarts(index.keys);
  const rowStarts = lineStarts(places);
  if (rowStarts.length - 1 !== index.places) {
    throw new Error(`gazetteer-index.json was compiled for ${index.places} places and gazetteer.json has ${rowStarts.length - 1}: run npm run build:place-index`);
  }
  const count = keyStarts.length - 1;
  const find = (key: string): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(key, index.keys, keyStarts[mid], keyStarts[mid + 1] - 1);
      if (d === 0) return mid;
      if (d < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  };
  return {
    has: (key) => find(key) !== -1,
    rowsOf(key) {
      const i = find(key);
      return i === -1 ? [] : index.rows.slice(index.first[i], index.first[i + 1]);
    },
    row: (n) => places.slice(rowStarts[n], rowStarts[n + 1] - 1),
    prefixes: index.prefixes === '' ? [] : index.prefixes.split('\n'),
  };
}
