/**
 * Browsers and edge runtimes have no file system: dictionaries come as
 * objects, and the built-in data is in the bundle.
 */
import { DictionaryError } from '../dictionaries/errors';
import type { Platform } from './types';

export const BROWSER_PLATFORM: Platform = {
  readDictionaryFiles(path) {
    throw new DictionaryError(path, null, 'dictionary files and folders are read on Node only; in the browser build pass the dictionary as an object');
  },
  readDataDir() {
    throw new TypeError('jobsift: options.dataDir is for Node; the browser build carries its data');
  },
};
