/**
 * The gazetteer's GeoNames rows by match key, from the compact index that
 * scripts/build-place-index.ts compiles (dictionaries/places/gazetteer-index.json):
 * the keys are worked out at build time and kept sorted in one string, found
 * by a binary search, so loading builds no table and keeps no object per row.
 */
import { surfaceKey } from '../dictionaries/keys';
import { findSorted, lineAt, lineTable, type LineTable } from '../util/line-table';

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
  /** How many characters it had: checked when the index loads, where counting its lines would cost a pass over them. */
  placesLength: number;
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

/** The binary search of a sorted list of numbers: is `n` in it? */
function hasSorted(list: readonly number[], n: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] === n) return true;
    if (list[mid] < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function placeRows(index: PlaceIndexFile, places: string): PlaceRows {
  const count = index.first.length - 1;
  const keys = lineTable(index.keys, count);
  if (!keys) throw new Error(`gazetteer-index.json does not hold the ${count} keys its rows are listed for: run npm run build:place-index`);
  const stale = () => new Error(`gazetteer-index.json was compiled for ${index.places} places and gazetteer.json has ${places.split('\n').length}: run npm run build:place-index`);
  if (places.length !== index.placesLength) throw stale();
  // Where each row starts, found when a row is first read, as many documents never do (their places are curated ones).
  let rows: LineTable | null = null;
  // A binary search of the sorted keys in their one string: no table to build at load (hashing every key was the
  // dearest part of the gazetteer's first use), at most 15 comparisons a search; a key's flags are read from the
  // index when it is found, not set beforehand for every key.
  const flags = (key: string): number => {
    const k = findSorted(keys, key);
    if (k === -1) return 0;
    return (index.first[k + 1] > index.first[k] ? PLACE_KEY : 0) | (hasSorted(index.prefixes, k) ? PLACE_PREFIX : 0);
  };
  return {
    has: (key) => (flags(key) & PLACE_KEY) !== 0,
    flags,
    rowsOf(key) {
      const i = findSorted(keys, key);
      return i === -1 ? [] : index.rows.slice(index.first[i], index.first[i + 1]);
    },
    row(n) {
      rows ??= lineTable(places, index.places);
      if (!rows) throw stale();
      return lineAt(rows, n);
    },
  };
}
