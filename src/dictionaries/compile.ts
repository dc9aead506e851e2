/**
 * Compiles loaded dictionary entries into one trie for every type, and the
 * per-type matchers extractors query. Every type is matched over a document
 * in a single walk of its word pieces, the first time any type asks for it.
 */
import { documentPieces } from './document-pieces';
import type { KeyPiece } from './keys';
import type { LoadedDictionaries, LoadedEntry } from './load';
import { Trie, TrieHit } from './trie';
import type { CompiledDictionaries, CompiledDictionary, DictionaryMatch, DictionaryType, ResolvedEntry } from './types';
import { DICTIONARY_TYPES } from './types';

const SLOT = new Map(DICTIONARY_TYPES.map((t, i) => [t, i]));

function toMatches(text: string, pieces: KeyPiece[], hits: TrieHit[]): DictionaryMatch[] {
  return hits.map((hit) => {
    const start = pieces[hit.first].start;
    const end = pieces[hit.end - 1].end;
    return { entry: hit.output.entry, start, end, text: text.slice(start, end), surface: hit.output.surface, reason: hit.reason };
  });
}

function fill(trie: Trie, entries: Map<string, ResolvedEntry>, table: ReadonlyMap<string, LoadedEntry>, slot: number): number {
  const before = trie.size;
  for (const { entry, surfaces } of table.values()) {
    entries.set(entry.id, entry);
    for (const s of surfaces) trie.add(s, entry, slot);
  }
  return trie.size - before;
}

/** One dictionary type on a trie of its own (tests, benchmarks, a single vocabulary). */
export function compileDictionary(type: DictionaryType, table: ReadonlyMap<string, LoadedEntry>): CompiledDictionary {
  const trie = new Trie();
  const entries = new Map<string, ResolvedEntry>();
  const surfaceCount = fill(trie, entries, table, 0);
  return {
    type,
    entries,
    surfaceCount,
    match(text: string, from = 0, to = text.length, lemmas?: ReadonlyMap<number, string>): DictionaryMatch[] {
      const pieces = documentPieces(text, from, to);
      return toMatches(text, pieces, trie.matchPieces(text, pieces, lemmas)[0]);
    },
  };
}

/**
 * Loads (through `load`, once, on first use) and compiles every dictionary
 * type into one trie. The first whole-text match of a document walks it once
 * for all types and keeps the others' matches for their turn; a range, or the
 * same text with another lemma table, is matched for the asking type alone.
 */
export function compileAll(load: () => LoadedDictionaries): CompiledDictionaries {
  let trie: Trie | null = null;
  const entries = new Map(DICTIONARY_TYPES.map((t) => [t, new Map<string, ResolvedEntry>()]));
  const counts = new Map<DictionaryType, number>();
  const compiled = (): Trie => {
    if (!trie) {
      const loaded = load();
      trie = new Trie();
      for (const type of DICTIONARY_TYPES) counts.set(type, fill(trie, entries.get(type)!, loaded[type], SLOT.get(type)!));
    }
    return trie;
  };
  // The last document's matches of every type. One entry is enough: extractors read one document at a time.
  let last: { text: string; lemmas: ReadonlyMap<number, string> | undefined; byType: DictionaryMatch[][] } | null = null;

  const out = {} as CompiledDictionaries;
  for (const type of DICTIONARY_TYPES) {
    const slot = SLOT.get(type)!;
    const dictionary: CompiledDictionary = {
      type,
      get entries() {
        compiled();
        return entries.get(type)!;
      },
      get surfaceCount() {
        compiled();
        return counts.get(type)!;
      },
      match(text: string, from = 0, to = text.length, lemmas?: ReadonlyMap<number, string>): DictionaryMatch[] {
        const t = compiled();
        const pieces = documentPieces(text, from, to);
        // A range, or the same text with another lemma table (benefits read the tagger's lemmas alone): this type only.
        const whole = from === 0 && to === text.length;
        if (!whole || (last?.text === text && last.lemmas !== lemmas)) {
          return toMatches(text, pieces, t.matchPieces(text, pieces, lemmas, DICTIONARY_TYPES.length, slot)[slot]);
        }
        if (last?.text !== text) {
          const hits = t.matchPieces(text, pieces, lemmas, DICTIONARY_TYPES.length);
          last = { text, lemmas, byType: hits.map((h) => toMatches(text, pieces, h)) };
        }
        return [...last.byType[slot]];
      },
    };
    out[type] = dictionary;
  }
  return out;
}
