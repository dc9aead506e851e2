/**
 * The gazetteer's GeoNames rows by match key, from the compact index that
 * scripts/build-place-index.ts compiles (dictionaries/places/gazetteer-index.json):
 * the keys are worked out at build time and kept in one string, found through
 * a hash table of numbers, so loading keeps no object per row.
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

/** FNV-1a over the UTF-16 units of text[from, to). */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Is text[from, to) exactly `key`? */
function sameAt(key: string, text: string, from: number, to: number): boolean {
  if (to - from !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

export function placeRows(index: PlaceIndexFile, places: string): PlaceRows {
  const keyStarts = lineStarts(index.keys);
  const rowStarts = lineStarts(places);
  if (rowStarts.length - 1 !== index.places) {
    throw new Error(`gazetteer-index.json was compiled for ${index.places} places and gazetteer.json has ${rowStarts.length - 1}: run npm run build:place-index`);
  }
  const count = keyStarts.length - 1;
  // An open-addressing table of key numbers (plus one; 0 is empty) by hash, over the one string of
  // keys: as quick as a Map to ask, with no string or entry object per key.
  const mask = (1 << Math.ceil(Math.log2(count * 2 + 1))) - 1;
  const slots = new Int32Array(mask + 1);
  for (let k = 0; k < count; k++) {
    let at = hash(index.keys, keyStarts[k], keyStarts[k + 1] - 1) & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = k + 1;
  }
  const flagsOf = new Uint8Array(count);
  for (let k = 0; k < count; k++) if (index.first[k + 1] > index.first[k]) flagsOf[k] = PLACE_KEY;
  for (const k of index.prefixes) flagsOf[k] |= PLACE_PREFIX;
  const find = (key: string): number => {
    for (let at = hash(key, 0, key.length) & mask; slots[at] !== 0; at = (at + 1) & mask) {
      const k = slots[at] - 1;
      if (sameAt(key, index.keys, keyStarts[k], keyStarts[k + 1] - 1)) return k;
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
