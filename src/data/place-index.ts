/**
 * The gazetteer's GeoNames rows by match key, from the compact index that
 * scripts/build-place-index.ts compiles (dictionaries/places/gazetteer-index.json):
 * the keys are worked out at build time and kept sorted in one string, found
 * by a binary search, so loading builds no table and keeps no object per row.
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
  /** Every match key and every proper prefix of a multi-word key, sorted (UTF-16 order) and joined by line breaks. */
  keys: string;
  /** Key i's row numbers are rows[first[i]] up to rows[first[i + 1]] (none for a prefix no place is called); one more entry than keys. */
  first: number[];
  /** Row numbers (lines of gazetteer.json's `places`), key by key. */
  rows: number[];
  /** The keys (their numbers, in order) that are a proper prefix of a multi-word key. */
  prefixes: number[];
  /** How many lines gazetteer.json's `places` had: an index is only good for that file. */
  places: number;
}

/** The rows of the gazetteer, searchable by key. */
/** {@link PlaceRows.flags}: some row is called by the key. */
export const PLACE_KEY = 1;
/** {@link PlaceRows.flags}: the key is a proper prefix of a multi-word key ("milton" of "milton keynes"). */
export const PLACE_PREFIX = 2;

export interface PlaceRows {
  has(key: string): boolean;
  /** PLACE_KEY and PLACE_PREFIX bits of `key`, in one search (0: neither). */
  flags(key: string): number;
  /** The row numbers called by this key, in the order the index gives them. */
  rowsOf(key: string): number[];
  /** A row's line: name|country|region|lat|lon|flags. */
  row(n: number): string;
}

/**
 * Where each of the `lines` lines of `text` starts, with the end of the text (plus its missing line break) last; null
 * when the text has another number of lines. The index says how many, so one pass finds them.
 */
function lineStarts(text: string, lines: number): Int32Array | null {
  const starts = new Int32Array(lines + 1);
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (n === lines) return null;
    starts[n++] = at + 1;
  }
  if (n !== lines) return null;
  starts[n] = text.length + 1;
  return starts;
}

/** Compares `key` with text[from, to) by UTF-16 units, as the index's keys were sorted: negative, 0 or positive. */
function compareAt(key: string, text: string, from: number, to: number): number {
  const n = Math.min(key.length, to - from);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return key.length - (to - from);
}

export function placeRows(index: PlaceIndexFile, places: string): PlaceRows {
  const count = index.first.length - 1;
  const keyStarts = lineStarts(index.keys, count);
  if (!keyStarts) throw new Error(`gazetteer-index.json does not hold the ${count} keys its rows are listed for: run npm run build:place-index`);
  const rowStarts = lineStarts(places, index.places);
  if (!rowStarts) {
    throw new Error(`gazetteer-index.json was compiled for ${index.places} places and gazetteer.json has ${places.split('\n').length}: run npm run build:place-index`);
  }
  const flagsOf = new Uint8Array(count);
  for (let k = 0; k < count; k++) if (index.first[k + 1] > index.first[k]) flagsOf[k] = PLACE_KEY;
  for (const k of index.prefixes) flagsOf[k] |= PLACE_PREFIX;
  // A binary search of the sorted keys in their one string: no table to build at load (hashing every key was the
  // dearest part of the gazetteer's first use), at most 15 comparisons a search.
  const find = (key: string): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compareAt(key, index.keys, keyStarts[mid], keyStarts[mid + 1] - 1);
      if (d === 0) return mid;
      if (d < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  };
  const flags = (key: string): number => {
    const k = find(key);
    return k === -1 ? 0 : flagsOf[k];
  };
  return {
    has: (key) => (flags(key) & PLACE_KEY) !== 0,
    flags,
    rowsOf(key) {
      const i = find(key);
      return i === -1 ? [] : index.rows.slice(index.first[i], index.first[i + 1]);
    },
    row: (n) => places.slice(rowStarts[n], rowStarts[n + 1] - 1),
  };
}
