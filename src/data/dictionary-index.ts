/**
 * The built-in dictionaries as scripts/build-dictionary-index.ts compiles
 * them (dictionaries/compiled/dictionaries.json): every entry resolved and
 * every surface form with its match key, checked in the build, so loading
 * them does no validation, key folding or collision search. The dictionary
 * files in dictionaries/<type>/ stay the source; a test keeps this current.
 */
import type { LoadedDictionaries, LoadedEntry, Surface } from '../dictionaries/load';
import { rawPieces } from '../dictionaries/keys';
import type { Trie } from '../dictionaries/trie';
import type { DictionaryType, MatchRule, ResolvedEntry } from '../dictionaries/types';
import { DICTIONARY_TYPES } from '../dictionaries/types';
import { lineTable } from '../util/line-table';

/**
 * One entry: id, name, kind, category, level, code, seniority, ids (null:
 * none), the index of its source file, and its surfaces: their texts joined
 * by line breaks (one string, split only when a text reaches the entry),
 * their keys (0: each key is its text in lower case; else one per surface,
 * 0 where it is), and their rules (0: none; else one per surface, an index
 * into `rules` or -1).
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
  texts: string,
  keys: (string | 0)[] | 0,
  rules: number[] | 0,
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
  /** Every distinct first piece of a surface's key, sorted by UTF-16 units (the trie finds them by binary search), joined by line breaks. */
  firstKeys: string;
  /** First key i's surfaces are triples firstAt[i] up to firstAt[i + 1] of firstRefs; one more entry than keys. */
  firstAt: number[];
  /** (type's index in DICTIONARY_TYPES, entry's index in its type, surface's index in its entry), in trie fill order. */
  firstRefs: number[];
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

/** An entry read from the index: its surfaces are made when first asked for (by a trie branch, a user file, a test). */
class IndexedLoadedEntry implements LoadedEntry {
  private made: Surface[] | null = null;

  constructor(
    readonly entry: ResolvedEntry,
    private readonly row: IndexedEntry,
    private readonly rules: MatchRule[],
  ) {}

  get surfaces(): Surface[] {
    if (!this.made) {
      // Indexes, not destructuring: that walks an iterator, an object per field, in code run once.
      const row = this.row;
      const keys = row[10];
      const rules = row[11];
      this.made = row[9].split('\n').map((text, i) => {
        const key = keys === 0 ? 0 : keys[i];
        const rule = rules === 0 ? -1 : rules[i];
        return new IndexedSurface(text, key === 0 ? text.toLowerCase() : key, rule < 0 ? null : this.rules[rule]);
      });
    }
    return this.made;
  }
}

/** Loaded tables straight from the index, untouched by user files: they fill a trie by first key (see fillFromIndex). */
const UNTOUCHED = new WeakMap<LoadedDictionaries, DictionaryIndexFile>();

/**
 * The loaded dictionaries the index holds: fresh entries, so user files may
 * extend them. `alone`: no user file will change them, so a trie may be
 * filled from the index's first keys (fillFromIndex).
 */
export function loadedFromIndex(index: DictionaryIndexFile, alone = false): LoadedDictionaries {
  const loaded = {} as LoadedDictionaries;
  for (const type of DICTIONARY_TYPES) {
    const table = new Map<string, LoadedEntry>();
    const rows = index.entries[type];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const entry = { id: row[0], name: row[1], type, kind: row[2], category: row[3], level: row[4], code: row[5], seniority: row[6], ids: row[7] ?? {}, source: index.sources[row[8]] };
      table.set(entry.id, new IndexedLoadedEntry(entry, row, index.rules));
    }
    loaded[type] = table;
  }
  if (alone) UNTOUCHED.set(loaded, index);
  return loaded;
}

/**
 * Fills `trie` (one slot per type, in DICTIONARY_TYPES order) with `loaded`
 * as the index gives it: by first key, each key filed only when the trie
 * interns it and each key's surfaces made only when a text reaches it.
 * False when `loaded` is not an untouched index (user files changed it):
 * then the trie is filled surface by surface.
 */
export function fillFromIndex(trie: Trie, loaded: LoadedDictionaries): boolean {
  const index = UNTOUCHED.get(loaded);
  if (!index) return false;
  const { firstAt, firstRefs } = index;
  const keys = lineTable(index.firstKeys, firstAt.length - 1);
  if (!keys) throw new Error('dictionaries/compiled/dictionaries.json does not hold the first keys its surfaces are listed for: run npm run build:dictionary-index');
  // Each type's entries in load order, listed the first time a text reaches a key.
  let byType: LoadedEntry[][] | null = null;
  // Every entry has a surface: a type with entries has a first key.
  const slots = DICTIONARY_TYPES.reduce((mask, type, slot) => (index.entries[type].length > 0 ? mask | (1 << slot) : mask), 0);
  trie.addSorted(keys, slots, firstAt[firstAt.length - 1], (i) => {
    let keySlots = 0;
    for (let r = firstAt[i] * 3; r < firstAt[i + 1] * 3; r += 3) keySlots |= 1 << firstRefs[r];
    const later = () => {
      const lists = (byType ??= DICTIONARY_TYPES.map((type) => [...loaded[type].values()]));
      const out = [];
      for (let r = firstAt[i] * 3; r < firstAt[i + 1] * 3; r += 3) {
        const loadedEntry = lists[firstRefs[r]][firstRefs[r + 1]];
        out.push({ surface: loadedEntry.surfaces[firstRefs[r + 2]], entry: loadedEntry.entry, slot: firstRefs[r] });
      }
      return out;
    };
    return { slots: keySlots, later };
  });
  return true;
}
