/** Compiles loaded dictionary entries into tries and the per-type matchers extractors query. */
import { documentPieces } from './document-pieces';
import type { LoadedDictionaries, LoadedEntry } from './load';
import { Trie } from './trie';
import type { CompiledDictionaries, CompiledDictionary, DictionaryMatch, DictionaryType, ResolvedEntry } from './types';
import { DICTIONARY_TYPES } from './types';

export function compileDictionary(type: DictionaryType, table: ReadonlyMap<string, LoadedEntry>): CompiledDictionary {
  const trie = new Trie();
  const entries = new Map<string, ResolvedEntry>();
  for (const { entry, surfaces } of table.values()) {
    entries.set(entry.id, entry);
    for (const s of surfaces) trie.add(s, entry);
  }
  return {
    type,
    entries,
    surfaceCount: trie.size,
    match(text: string, from = 0, to = text.length, lemmas?: ReadonlyMap<number, string>): DictionaryMatch[] {
      const pieces = documentPieces(text, from, to);
      return trie.matchPieces(text, pieces, lemmas).map((hit) => {
        const start = pieces[hit.first].start;
        const end = pieces[hit.end - 1].end;
        return { entry: hit.output.entry, start, end, text: text.slice(start, end), surface: hit.output.surface, reason: hit.reason };
      });
    },
  };
}

/**
 * Loads (through `load`, once) and compiles each dictionary type on first
 * use: an instance pays only for what its extractors read.
 */
export function compileAll(load: () => LoadedDictionaries): CompiledDictionaries {
  const cache = new Map<DictionaryType, CompiledDictionary>();
  let loaded: LoadedDictionaries | null = null;
  const out = {} as CompiledDictionaries;
  for (const type of DICTIONARY_TYPES) {
    Object.defineProperty(out, type, {
      enumerable: true,
      get(): CompiledDictionary {
        let compiled = cache.get(type);
        if (!compiled) {
          loaded ??= load();
          compiled = compileDictionary(type, loaded[type]);
          cache.set(type, compiled);
        }
        return compiled;
      },
    });
  }
  return out;
}
