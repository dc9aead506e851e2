/**
 * Compiles loaded dictionary entries into one trie for every type, and the
 * per-type matchers extractors query. Every type is matched over a document
 * in a single walk of its word pieces, the first time any type asks for it.
 */
import { fillFromIndex } from '../data/dictionary-index';
import { documentPieces } from './document-pieces';
import type { KeyPiece } from './keys';
import type { LoadedDictionaries, LoadedEntry } from './load';
import { Trie, TrieHit } from './trie';
import type { CompiledDictionaries, CompiledDictionary, DictionaryMatch, DictionaryType, MatchOptions, ResolvedEntry } from './types';
import { DICTIONARY_TYPES } from './types';

const SLOT = new Map(DICTIONARY_TYPES.map((t, i) => [t, i]));

// Pieces hold no punctuation, so a span ends at its last letter or digit. It takes the ")" that closes a "(" inside
// it ("401(k)") and the full stop its surface ends with ("B.E.").
function spanEnd(text: string, start: number, end: number, surface: string): number {
  const next = text.charCodeAt(end);
  if (next === 0x2e) return surface.endsWith('.') ? end + 1 : end;
  if (next !== 0x29) return end;
  const open = text.lastIndexOf('(', end - 1);
  return open >= start && text.lastIndexOf(')', end - 1) < open ? end + 1 : end;
}

function toMatches(text: string, pieces: KeyPiece[], hits: TrieHit[]): DictionaryMatch[] {
  return hits.map((hit) => {
    const start = pieces[hit.first].start;
    const end = spanEnd(text, start, pieces[hit.end - 1].end, hit.output.surface);
    return { entry: hit.output.entry, start, end, text: text.slice(start, end), surface: hit.output.surface, reason: hit.reason };
  });
}

function fill(trie: Trie, table: ReadonlyMap<string, LoadedEntry>, slot: number): void {
  for (const { entry, surfaces } of table.values()) for (const s of surfaces) trie.add(s, entry, slot);
}

/** A table's entries by id. */
function entriesOf(table: ReadonlyMap<string, LoadedEntry>): Map<string, ResolvedEntry> {
  return new Map([...table.values()].map(({ entry }) => [entry.id, entry]));
}

/** The number of surfaces a table puts in a trie. */
function surfaceCountOf(table: ReadonlyMap<string, LoadedEntry>): number {
  let count = 0;
  for (const { surfaces } of table.values()) count += surfaces.length;
  return count;
}

/** One dictionary type on a trie of its own (tests, benchmarks, a single vocabulary). */
export function compileDictionary(type: DictionaryType, table: ReadonlyMap<string, LoadedEntry>): CompiledDictionary {
  const trie = new Trie();
  fill(trie, table, 0);
  return {
    type,
    entries: entriesOf(table),
    surfaceCount: surfaceCountOf(table),
    match(text: string, from = 0, to = text.length, lemmas?: ReadonlyMap<number, string>, options?: MatchOptions): DictionaryMatch[] {
      const pieces = documentPieces(text, from, to);
      return toMatches(text, pieces, trie.matchPieces(text, pieces, lemmas, 1, undefined, options?.contextGiven)[0]);
    },
  };
}

/**
 * Loads (through `load`, once, on first use) and compiles every dictionary
 * type into one trie. The first whole-text match of a document walks it once
 * for all types and keeps the others' matches for their turn. The same text
 * with another lemma table reuses a type's matches when the two tables agree
 * wherever that type's walk could have turned on a lemma; otherwise, and for
 * a range, the asking type is matched alone.
 */
export function compileAll(load: () => LoadedDictionaries): CompiledDictionaries {
  let trie: Trie | null = null;
  let loaded: LoadedDictionaries | null = null;
  // Each type's entries by id, listed when asked for: matching never reads them.
  const entries = new Map<DictionaryType, Map<string, ResolvedEntry>>();
  const compiled = (): Trie => {
    if (!trie) {
      loaded = load();
      trie = new Trie();
      // The compiled built-ins, untouched by user files, go in by first key, each made when a text reaches it.
      if (!fillFromIndex(trie, loaded)) for (const type of DICTIONARY_TYPES) fill(trie, loaded[type], SLOT.get(type)!);
    }
    return trie;
  };
  // The last document's walk: matches of every type. One is enough: extractors read one document at a time.
  let last: LastWalk | null = null;

  const out = {} as CompiledDictionaries;
  for (const type of DICTIONARY_TYPES) {
    const slot = SLOT.get(type)!;
    const dictionary: CompiledDictionary = {
      type,
      get entries() {
        compiled();
        let byId = entries.get(type);
        if (!byId) entries.set(type, (byId = entriesOf(loaded![type])));
        return byId;
      },
      get surfaceCount() {
        compiled();
        return surfaceCountOf(loaded![type]);
      },
      match(text: string, from = 0, to = text.length, lemmas?: ReadonlyMap<number, string>, options?: MatchOptions): DictionaryMatch[] {
        const t = compiled();
        const pieces = documentPieces(text, from, to);
        const whole = from === 0 && to === text.length && !options?.contextGiven;
        if (whole && last?.text !== text) {
          const walk = t.walk(text, pieces, lemmas, DICTIONARY_TYPES.length);
          last = { text, pieces, lemmas, lemmaUse: walk.lemmaUse, byType: walk.hits.map((h) => toMatches(text, pieces, h)) };
        }
        if (!whole || !last || (last.lemmas !== lemmas && !sameLemmaSteps(last, lemmas, slot))) {
          return toMatches(text, pieces, t.matchPieces(text, pieces, lemmas, DICTIONARY_TYPES.length, slot, options?.contextGiven)[slot]);
        }
        return [...last.byType[slot]];
      },
    };
    out[type] = dictionary;
  }
  return out;
}

interface LastWalk {
  text: string;
  pieces: KeyPiece[];
  lemmas: ReadonlyMap<number, string> | undefined;
  /** Piece index to the slots whose walk went on through that piece's lemma. */
  lemmaUse: Map<number, number>;
  byType: DictionaryMatch[][];
}

/**
 * Whether `slot`'s walk under `lemmas` is the walk already made under
 * `last.lemmas`: the new table names no lemma the old one lacks (else a
 * step the old walk never tried could open), and drops or changes none the
 * slot stepped through. (Benefits read the tagger's lemmas, the other types
 * the same table with plurals added: their lemma steps rarely differ.)
 */
function sameLemmaSteps(last: LastWalk, lemmas: ReadonlyMap<number, string> | undefined, slot: number): boolean {
  const before = last.lemmas;
  if (lemmas) for (const [start, lemma] of lemmas) if (before?.get(start) !== lemma) return false;
  for (const [piece, slots] of last.lemmaUse) {
    const start = last.pieces[piece].start;
    if (slots & (1 << slot) && lemmas?.get(start) !== before?.get(start)) return false;
  }
  return true;
}
