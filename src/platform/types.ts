/** What createExtractor() needs from the runtime it runs on: Node reads files, a browser cannot. */
import type { BuiltinData } from '../data/source';
import type { ReadDictionaryFiles } from '../dictionaries/load';

/** The runtime's access to files, for dictionary paths and `dataDir`. */
export interface Platform {
  /** Reads a user dictionary file, or every `.json` file below a folder, parsed but not yet validated. */
  readDictionaryFiles: ReadDictionaryFiles;
  /** Reads and checks a data folder laid out like the package's `dist/data/`. */
  readDataDir(dir: string): BuiltinData;
}
