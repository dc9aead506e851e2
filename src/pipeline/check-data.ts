/**
 * The built-in data is checked when an extractor is made: data a bundle left
 * behind, or a damaged file, throws once there with what to do, instead of
 * every extractor warning on every posting. Reading it here costs the first
 * extract() nothing more: that call reads every file.
 */
import { BUILTIN_DICTIONARY_INDEX } from '../data/builtin.generated';
import { MODULE_DATA, withData, type BuiltinData } from '../data/source';
import { DictionaryError } from '../dictionaries/errors';
import { DICTIONARY_TYPES } from '../dictionaries/types';
import { gazetteer } from '../extractors/location/gazetteer';

const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];

/** That the bundled data travelled with the code, by loading its smallest table. */
function checkTravelled(): void {
  try {
    MODULE_DATA.placeTable('au-states.json');
  } catch (err) {
    throw new Error(
      `jobsift: the built-in data did not travel with the code (${firstLine(err)}). ` +
        'Bundle it (esbuild and webpack follow its require() calls; rollup needs @rollup/plugin-json), ' +
        "or ship node_modules/jobsift/dist/data/ beside your code and pass its path as createExtractor({ dataDir }).",
    );
  }
}

/** The compiled dictionaries' outline: a file cut short or overwritten fails to parse or lacks it. */
function checkDictionaryIndex(): void {
  const index = BUILTIN_DICTIONARY_INDEX() as Record<string, unknown> | null;
  const entries = index?.entries as Record<string, unknown> | undefined;
  const ok =
    index !== null &&
    typeof index === 'object' &&
    Array.isArray(index.sources) &&
    Array.isArray(index.rules) &&
    typeof index.firstKeys === 'string' &&
    Array.isArray(index.firstAt) &&
    Array.isArray(index.firstRefs) &&
    typeof entries === 'object' &&
    entries !== null &&
    DICTIONARY_TYPES.every((t) => Array.isArray(entries[t]));
  if (!ok) throw new Error('dictionaries/compiled/dictionaries.json is not a compiled dictionary index');
}

/**
 * Throws if the data an extractor will read cannot be read: the bundled data
 * (its place tables, and its dictionaries when `builtinDictionaries` is on)
 * or a `dataDir`'s place tables (its dictionaries were validated as it was read).
 */
export function checkBuiltinData(data: BuiltinData, dataDir: string | null, builtinDictionaries: boolean): void {
  if (dataDir !== null) {
    try {
      withData(data, gazetteer);
    } catch (err) {
      throw new DictionaryError(`${dataDir}/places`, null, `the place tables cannot be read: ${(err as Error).message}`);
    }
    return;
  }
  checkTravelled();
  try {
    withData(data, gazetteer);
    if (builtinDictionaries) checkDictionaryIndex();
  } catch (err) {
    throw new Error(`jobsift: the built-in data is damaged (${firstLine(err)}). Reinstall the package (npm ci), or rebuild it (npm run build) if you built it yourself.`);
  }
}
