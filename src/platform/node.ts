/**
 * Node's file access: user dictionary files and folders, and a data folder
 * (`dataDir`) shipped beside the code instead of inside the bundle.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BUILTIN_DICTIONARY_FILES } from '../data/builtin.generated';
import { MODULE_DATA, PLACE_TABLE_NAMES, type BuiltinData, type PlaceTableName } from '../data/source';
import { DictionaryError } from '../dictionaries/errors';
import { loadDictionariesFrom, type LoadedDictionaries } from '../dictionaries/load';
import type { DictionarySource } from '../dictionaries/types';
import { validateDictionaryFile } from '../dictionaries/validate';
import { createExtractorOn, type ExtractorOptions, type JobExtractor } from '../pipeline/extractor';
import type { Platform } from './types';

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DictionaryError(file, null, `cannot be read as JSON: ${(err as Error).message}`);
  }
}

/**
 * Every JSON file in a folder tree, sorted, so load order (and so results) never
 * depend on the file system. A folder reached twice through symbolic links is a
 * loop, reported as such rather than as the file system's bare ELOOP.
 */
function filesIn(dir: string, seen: Set<string> = new Set()): string[] {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) throw new DictionaryError(dir, null, `symbolic link loop: this folder is ${real}, which is already being read`);
  seen.add(real);
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (isFolder(full)) out.push(...filesIn(full, seen));
    else if (name.endsWith('.json')) out.push(full);
  }
  seen.delete(real);
  return out;
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DictionaryError(file, null, code === 'ELOOP' ? 'symbolic link loop: the link leads back to itself' : `cannot be read: ${(err as Error).message}`);
  }
}

function readDictionaryFiles(source: string): { file: string; data: unknown }[] {
  const files = fs.existsSync(source) && isFolder(source) ? filesIn(source) : [source];
  return files.map((file) => {
    if (!fs.existsSync(file)) throw new DictionaryError(file, null, 'no such file');
    return { file, data: readJson(file) };
  });
}

const dataDirs = new Map<string, BuiltinData>();

/**
 * A data folder is read whole and checked now, so a missing or broken file
 * fails createExtractor() rather than a batch. It holds the same files at the
 * same places as the package's dist/data/ (the bundled index names them); its
 * entries keep the bundled `source` names, so results are the same.
 */
function readDataDir(dir: string): BuiltinData {
  if (!fs.existsSync(dir) || !isFolder(dir)) {
    throw new DictionaryError(dir, null, 'options.dataDir is not a folder: copy node_modules/jobsift/dist/data/ and pass the path of the copy');
  }
  const real = fs.realpathSync(dir);
  const known = dataDirs.get(real);
  if (known) return known;
  const inDir = (rel: string) => {
    const full = path.join(real, rel);
    if (!fs.existsSync(full)) throw new DictionaryError(full, null, `no such file: options.dataDir must hold every file of jobsift's dist/data/ (this one is ${rel})`);
    return { full, data: readJson(full) };
  };
  const dictionaries = BUILTIN_DICTIONARY_FILES.map(({ file, type }) => {
    const { full, data } = inDir(file.replace(/^dictionaries\//, ''));
    validateDictionaryFile(data, full);
    if (data.type !== type) throw new DictionaryError(full, null, `is in ${type}/ but says "type": "${data.type}"`);
    return { file, type, load: () => data };
  });
  const tables = new Map(PLACE_TABLE_NAMES.map((name) => [name, inDir(`places/${name}`).data]));
  const data: BuiltinData = { dictionaries, placeTable: (name: PlaceTableName) => tables.get(name) };
  dataDirs.set(real, data);
  return data;
}

export const NODE_PLATFORM: Platform = { readDictionaryFiles, readDataDir };

/** createExtractor() on Node: dictionary paths and `dataDir` are read from the file system. */
export function createExtractor(options?: ExtractorOptions): JobExtractor {
  return createExtractorOn(NODE_PLATFORM, options);
}

/** The built-in dictionaries (unless `includeBuiltins` is false) and the given ones, read on Node. */
export function loadDictionaries(extra: readonly DictionarySource[] = [], includeBuiltins = true): LoadedDictionaries {
  return loadDictionariesFrom(extra, includeBuiltins ? MODULE_DATA.dictionaries : [], readDictionaryFiles);
}
