/**
 * The built-in dictionaries as scripts/build-dictionary-index.ts compiles
 * them (dictionaries/compiled/dictionaries.json): every entry resolved and
 * every surface form with its match key, checked in the build, so loading
 * them does no validation, key folding or collision search. The dictionary
 * files in dictionaries/<type>/ stay the source; a test keeps this current.
 */
import type { LoadedDictionaries, Surface } from '../dictionaries/load';
import { rawPieces } from '../dictionaries/keys';
import type { DictionaryType, MatchRule } from '../dictionaries/types';
import { DICTIONARY_TYPES } from '../dictionaries/types';

/**
 * One entry: id, name, kind, category, level, code, seniority, ids (null:
 * none), the index of its source file, and its surfaces as a flat list of
 * (text, key, rule) triples: the key is 0 where it is the text in lower
 * case, the rule an index into `rules` or -1 for none.
 */
export type IndexedEntry = [
  id: string,
  name: string,
  kind: string | null,
  category: string | null,
  level: string | null,
  code: string | null,
  seniority: string | null,
  ids: Record<string, string> | null,
  source: number,
  surfaces: (string | number)[],
];

/** dictionaries/compiled/dictionaries.json. */
export interface DictionaryIndexFile {
  /** What the file is. */
  description: string;
  /** The dictionary files it was compiled from, in load order: an entry's `source`. */
  sources: string[];
  /** The distinct match rules of guarded surfaces. */
  rules: MatchRule[];
  /** The entries of each type, in load order. */
  entries: Record<DictionaryType, IndexedEntry[]>;
}

/** A surface read from the index: its pieces as written are worked out only if a text reaches it. */
class IndexedSurface implements Surface {
  constructor(
    readonly text: string,
    readonly key: string,
    readonly rule: MatchRule | null,
  ) {}

  get raw(): string[] {
    return rawPieces(this.text);
  }
}

/** The loaded dictionaries the index holds: fresh entries and surface lists, so user files may extend them. */
export function loadedFromIndex(index: DictionaryIndexFile): LoadedDictionaries {
  const loaded = {} as LoadedDictionaries;
  for (const type of DICTIONARY_TYPES) {
    const table = new Map();
    for (const [id, name, kind, category, level, code, seniority, ids, source, flat] of index.entries[type]) {
      const surfaces: Surface[] = [];
      for (let i = 0; i < flat.length; i += 3) {
        const text = flat[i] as string;
        const key = flat[i + 1];
        const rule = flat[i + 2] as number;
        surfaces.push(new IndexedSurface(text, key === 0 ? text.toLowerCase() : (key as string), rule < 0 ? null : index.rules[rule]));
      }
      const entry = { id, name, type, kind, category, level, code, seniority, ids: ids ?? {}, source: index.sources[source] };
      table.set(id, { entry, surfaces });
    }
    loaded[type] = table;
  }
  return loaded;
}
