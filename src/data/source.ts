/**
 * Where the built-in data comes from: the module system (the default, so
 * bundles carry it) or a folder the caller ships beside the code
 * (`dataDir`). Each extractor instance has one source; the gazetteer, which
 * the location rules reach without an instance, reads the source of the
 * extraction under way.
 */
import type { BuiltinDictionaries } from '../dictionaries/load';
import { BUILTIN_DICTIONARY_INDEX, PLACE_TABLE_FILES } from './builtin.generated';
import { loadedFromIndex, type DictionaryIndexFile } from './dictionary-index';

/** The name of a place table (a file of dictionaries/places). */
export type PlaceTableName = keyof typeof PLACE_TABLE_FILES;

/** The place tables the gazetteer reads. */
export const PLACE_TABLE_NAMES = Object.keys(PLACE_TABLE_FILES) as PlaceTableName[];

/** The built-in dictionaries and place tables, from one source. */
export interface BuiltinData {
  /** The built-in dictionaries: compiled (bundled) or as files (a `dataDir`). */
  readonly dictionaries: BuiltinDictionaries;
  /** A place table, parsed. */
  placeTable(name: PlaceTableName): unknown;
}

/** The data bundled with the code: each file loads on first use; the dictionaries in the form the build compiled. */
export const MODULE_DATA: BuiltinData = {
  dictionaries: { compiled: (alone) => loadedFromIndex(BUILTIN_DICTIONARY_INDEX() as DictionaryIndexFile, alone) },
  placeTable: (name) => PLACE_TABLE_FILES[name](),
};

let active: BuiltinData = MODULE_DATA;

/** The data of the extraction under way (the bundled data outside one). */
export function activeData(): BuiltinData {
  return active;
}

/** Runs `fn` with `data` as the active source; extraction is synchronous, so nothing else runs meanwhile. */
export function withData<T>(data: BuiltinData, fn: () => T): T {
  if (data === active) return fn();
  const before = active;
  active = data;
  try {
    return fn();
  } finally {
    active = before;
  }
}
