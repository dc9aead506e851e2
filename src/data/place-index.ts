/**
 * The gazetteer's GeoNames rows by match key, from the compact index that
 * scripts/build-place-index.ts compiles (dictionaries/places/gazetteer-index.json):
 * the keys are worked out at build time and kept sorted in one string, found
 * by a binary search, so loading builds no table and keeps no object per row.
 */
import { surfaceKey } from '../dictionaries/keys';
import { findSorted, lineAt, lineTable } from '../util/line-table';

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

export function placeRows(index: PlaceIndexFile, places: string): PlaceRows {
  const count = index.first.length - 1;
  const keys = lineTable(index.keys, count);
  if (!keys) throw new Error(`gazetteer-index.json does not hold the ${count} keys its rows are listed for: run npm run build:place-index`);
  const rows = lineTable(places, index.places);
  if (!rows) {
    throw new Error(`gazetteer-index.json was compiled for ${index.places} places and gazetteer.json has ${places.split('\n').length}: run npm run build:place-index`);
  }
  const flagsOf = new Uint8Array(count);
  for (let k = 0; k < count; k++) if (index.first[k + 1] > index.first[k]) flagsOf[k] = PLACE_KEY;
  for (const k of index.prefixes) flagsOf[k] |= PLACE_PREFIX;
  // A binary search of the sorted keys in their one string: no table to build at load (hashing every key was the
  // dearest part of the gazetteer's first use), at most 15 comparisons a search.
  const flags = (key: string): number => {
    const k = findSorted(keys, key);
    return k === -1 ? 0 : flagsOf[k];
  };
  return {
    has: (key) => (flags(key) & PLACE_KEY) !== 0,
    flags,
    rowsOf(key) {
      const i = findSorted(keys, key);
      return i === -1 ? [] : index.rows.slice(index.first[i], index.first[i + 1]);
    },
    row: (n) => lineAt(rows, n),
  };
}
