/** The word-piece trie behind every dictionary match: longest match, lemmas, coordination, rules. */
import { findSorted, lineAt, type LineTable } from '../util/line-table';
import { foldPiece, KeyPiece, keyPieces } from './keys';
import type { Surface } from './load';
import type { MatchRule, ResolvedEntry } from './types';

/**
 * A trie over word-piece keys: each step is one hash lookup, so matching a
 * text costs (pieces x longest alias) lookups whatever the dictionary size.
 */
export interface TrieOutput {
  entry: ResolvedEntry;
  surface: string;
  /** The alias pieces as written, for case-sensitive rules. */
  raw: string[];
  rule: MatchRule | null;
  /** The rule's context phrases. */
  context: Context | null;
  /** Which vocabulary the surface belongs to, when one trie holds several (0 to 7). */
  slot: number;
}

/** Surfaces filed by `addLater`: read, in order, the first time a text reaches their first key. */
export type LaterSurfaces = () => { surface: Surface; entry: ResolvedEntry; slot: number }[];

/** The key at a line of those given to `addSorted`, asked for when it is filed: its slots (a bit per slot) and its surfaces. */
export type SortedKey = (line: number) => { slots: number; later: LaterSurfaces };

/** Context phrases as sequences of piece ids, and a bit set of their first ids (modulo 256) to pass over most pieces at once. */
interface Context {
  phrases: number[][];
  firsts: Uint32Array;
}

/** A first-level node's surfaces not yet inserted below it (see `add` and `addLater`). */
type Pending = { keys: string[]; surface: Surface; entry: ResolvedEntry; slot: number } | LaterSurfaces;

const DEFAULT_CONTEXT_WINDOW = 80;
const COORDINATORS = new Set(['and', 'or', '&']);

// The walk finds piece ids in a copy of the vocabulary Map, an open-addressing table of four integers per key: its
// id + 1 (0: empty), and the key itself packed when it is at most 12 one-byte characters (its characters, 0 after
// its end), else its hash, LONG and 0 (the key is then compared as a string). Most keys are that short, so a lookup
// reads one slot and no string, where the Map reads a bucket, an entry and the key string, each a cache miss inside
// extract(), where wink runs between two walks.
const PACKED = 4;
// The second integer of a key not packed: no packed key's, as a key's characters are never 0 (a packed key's 0 bytes
// all follow its end).
const LONG = 0x100;
// Keys copied into the table per walk: filling the Map is native and quick, and the first extract() hashes
// no more keys than this in JavaScript; after a few documents the table holds them all.
const COPIED_PER_WALK = 256;
// Keys given to addSorted and not interned yet that each walk files (see fileSortedKeys): the first extract()
// files those its text reaches and a few more; after some dozens of documents all are in, and a key missing from
// the vocabulary is looked for no more among them.
const SORTED_PER_WALK = 256;
// The size of the buffers each walk reuses (see lemmaIdsBuffer).
const REUSED = 1 << 14;
// A first-level node is found by its piece id in `roots` (two integers per id: the node, 0 for none, and its mask);
// a deeper one in the edge table: four integers per edge: parent node, piece id, child node, the child's mask.
// A mask has a bit per slot with a surface through the node, pending ones included.
const EDGE = 4;
// Slots use bits 0 to 7 of a mask. Bits 8 to 28 say which children the node has: one bit per child, by its piece id
// modulo 21 (see childBit), so most steps to a child the node lacks are refused from the mask in hand, without a
// probe of the edge table (a cache miss inside extract()); none set: the node has no children. Two more bits: it
// has surfaces of its own; (a first-level node) its surfaces are still pending.
/** How many vocabularies one trie holds at most: each is a bit of a mask (see merged-pass.test.ts). */
export const SLOT_COUNT = 8;
const CHILD_BITS = 21;
const CHILDREN = ((1 << CHILD_BITS) - 1) << SLOT_COUNT;
const HAS_OUTPUTS = 1 << 30;
const PENDING = 1 << 31;
const SLOTS = (1 << SLOT_COUNT) - 1;
const FLAGS = CHILDREN | HAS_OUTPUTS;
const ROOT = 0;
// A first-level node slot (see `roots`) of a key interned while addSorted's keys are not all filed, and not yet
// looked for among them: it is, when the key is first read as a first key (see rootOf).
const UNCHECKED = -1;

/** The bit a node's mask has when it may have a child by `piece`. */
function childBit(piece: number): number {
  return 1 << (SLOT_COUNT + (piece % CHILD_BITS));
}

/** Where an edge (parent, piece) probes first: a mix of both numbers. */
function edgeHash(parent: number, piece: number): number {
  const h = Math.imul(parent ^ Math.imul(piece, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

export interface TrieHit {
  output: TrieOutput;
  /** Piece range `[first, end)`. */
  first: number;
  end: number;
  reason: string;
}

/**
 * Nodes are numbers. Every key a surface or a context phrase uses gets a
 * number too (its piece id); a first-level node is found by piece id in an
 * array, a deeper one by (node, piece id) in one open-addressing table of
 * integers: a step reads a slot of a typed array instead of a Map of strings
 * per node, and a document's pieces are looked up by key once (per piece
 * list, not per walk and step).
 */
export class Trie {
  size = 0;
  /** Piece ids: every key the trie holds. It only grows, so its size tells whether a piece missing before may be there now. */
  private readonly vocabulary = new Map<string, number>();
  /** The keys by piece id. */
  private readonly keys: string[] = [];
  /** The table copy of the vocabulary: keys 0 up to `copied` (see PACKED). */
  private packed: Int32Array = new Int32Array(PACKED * 1024);
  private copied = 0;
  // The packed form of the last key hashed (see hashKey).
  private packed0 = 0;
  private packed1 = 0;
  private packed2 = 0;
  private roots: Int32Array = new Int32Array(2 * 4096);
  private rootMask = 0;
  private edges: Int32Array = new Int32Array(EDGE * 4096);
  private edgeCount = 0;
  /**
   * Each node's surfaces, by node number (the root is 0): one alone (almost
   * every node has one), not in a list, so the walk reads it with one load
   * less (a cache miss inside extract()); or a list.
   */
  private readonly outputs: (TrieOutput | TrieOutput[] | null)[] = [null];
  /** A pending first-level node's items, by node number: one item alone (there are thousands of first keys), or a list. */
  private readonly pending: (Pending | Pending[] | undefined)[] = [];
  // The mask of the child `step` returned last.
  private stepMask = 0;
  /** The first keys given to addSorted while some are not filed yet: the next line a walk files, and how many are filed. */
  private sorted: { keys: LineTable; key: SortedKey; next: number; filed: number } | null = null;

  /** Context phrases recur across thousands of aliases: split each once, and compile each list once. */
  private readonly contextKeys = new Map<string, number[]>();
  private readonly contexts = new WeakMap<string[], Context>();

  /**
   * Surfaces are filed under their first key and their branch is built the
   * first time a text reaches it: a document touches a few hundred of the
   * thousands of first words, so the first extract() pays for those only.
   */
  add(surface: Surface, entry: ResolvedEntry, slot = 0): void {
    const keys = surface.key.split(' ');
    this.file(keys[0], 1 << slot, { keys, surface, entry, slot });
    this.size++;
  }

  /**
   * Files `count` surfaces of the slots in `slots` (a bit per slot) under
   * their first key without reading them: `later` gives them the first time
   * a text reaches the key (compiled dictionaries, whose first keys are known
   * at build time, so the first extract() makes objects for the surfaces it
   * reaches only).
   */
  addLater(key: string, slots: number, count: number, later: LaterSurfaces): void {
    this.size += count;
    this.file(key, slots, later);
  }

  /**
   * Files the surfaces of many first keys (`keys`, sorted by UTF-16 units)
   * without reading any, not even a key: a key is filed, as addLater files
   * one, the first time it is read as a first key (a text reaches it), found
   * then by binary search, `key` giving its slots and surfaces; each walk
   * files some more until all are in (see SORTED_PER_WALK). A trie holds
   * thousands of first keys and a document reaches a few hundred: interning
   * them all was most of the first extract()'s dictionary cost. For an empty
   * trie; `slots`: a bit per slot some key holds, `count`: the number of
   * surfaces.
   */
  addSorted(keys: LineTable, slots: number, count: number, key: SortedKey): void {
    if (this.keys.length > 0) throw new Error('addSorted fills an empty trie');
    this.size += count;
    this.rootMask |= slots;
    this.sorted = { keys, key, next: 0, filed: 0 };
  }

  /** Files `item` under the first-level node of `key`: pending while that node is, else inserted now. `slots` go on the node's mask and the root's. */
  private file(key: string, slots: number, item: Pending): void {
    this.rootMask |= slots;
    const piece = this.intern(key);
    const at = 2 * piece;
    if (this.rootOf(piece) === 0) {
      this.roots[at] = this.newNode();
      this.roots[at + 1] = PENDING | slots;
      this.pending[this.roots[at]] = item;
      return;
    }
    this.roots[at + 1] |= slots;
    const node = this.roots[at];
    const pending = this.pending[node];
    if (Array.isArray(pending)) pending.push(item);
    else if (pending) this.pending[node] = [pending, item];
    else if (typeof item !== 'function') this.insert(piece, item.keys, item.surface, item.entry, item.slot);
    else for (const p of item()) this.insert(piece, p.surface.key.split(' '), p.surface, p.entry, p.slot);
  }

  /** FNV-1a of `key`; puts its packed form (see PACKED) in packed0 to packed2. */
  private hashKey(key: string): number {
    let h = 0x811c9dc5;
    let a = 0;
    let b = 0;
    let c = 0;
    let packs = key.length <= 12;
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i);
      h = Math.imul(h ^ ch, 0x01000193);
      if (ch > 0xff) packs = false;
      else if (i < 4) a |= ch << (8 * i);
      else if (i < 8) b |= ch << (8 * (i - 4));
      else c |= ch << (8 * (i - 8));
    }
    this.packed0 = packs ? a : h;
    this.packed1 = packs ? b : LONG;
    this.packed2 = packs ? c : 0;
    return h;
  }

  /** The piece id of `key`; -1 when the trie has no such key. */
  private idOf(key: string): number {
    const h = this.hashKey(key);
    const p0 = this.packed0;
    const p1 = this.packed1;
    const p2 = this.packed2;
    const table = this.packed;
    const last = table.length / PACKED - 1;
    for (let at = h & last; ; at = (at + 1) & last) {
      const v = at * PACKED;
      const id = table[v] - 1;
      if (id < 0) return (this.copied === this.keys.length ? undefined : this.vocabulary.get(key)) ?? this.sortedId(key);
      if (table[v + 1] === p0 && table[v + 2] === p1 && table[v + 3] === p2 && (p1 !== LONG || this.keys[id] === key)) return id;
    }
  }

  /** Copies up to `count` more keys into the table. */
  private copyKeys(count: number): void {
    const end = Math.min(this.keys.length, this.copied + count);
    // At most half full, so probes stay short and always end at an empty slot.
    while (end * 2 * PACKED > this.packed.length) this.packed = rehash(this.packed, PACKED, 0, (t, v) => this.hashKey(this.keys[t[v] - 1]));
    const table = this.packed;
    const last = table.length / PACKED - 1;
    for (let id = this.copied; id < end; id++) {
      const h = this.hashKey(this.keys[id]);
      let at = h & last;
      while (table[at * PACKED] !== 0) at = (at + 1) & last;
      const v = at * PACKED;
      table[v] = id + 1;
      table[v + 1] = this.packed0;
      table[v + 2] = this.packed1;
      table[v + 3] = this.packed2;
    }
    this.copied = end;
  }

  private intern(key: string): number {
    return this.vocabulary.get(key) ?? this.newKey(key);
  }

  /** A key not in the vocabulary yet, added: its piece id. */
  private newKey(key: string): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.vocabulary.set(key, id);
    if (this.roots.length < 2 * this.keys.length) {
      const roots = new Int32Array(this.roots.length * 2);
      roots.set(this.roots);
      this.roots = roots;
    }
    // Most keys interned are a longer surface's or a context phrase's: looked for among the sorted keys only if read as a first key.
    if (this.sorted) this.roots[2 * id] = UNCHECKED;
    return id;
  }

  /** The first-level node of piece `piece` (0: none), found first among addSorted's keys if not looked for there yet. */
  private rootOf(piece: number): number {
    const node = this.roots[2 * piece];
    if (node !== UNCHECKED) return node;
    const line = this.sorted === null ? -1 : findSorted(this.sorted.keys, this.keys[piece]);
    if (line < 0) return (this.roots[2 * piece] = 0);
    this.fileSorted(piece, line);
    return this.roots[2 * piece];
  }

  /** The piece id of `key`, not in the vocabulary, when it is a key given to addSorted (interned and filed now); else -1. */
  private sortedId(key: string): number {
    const line = this.sorted === null ? -1 : findSorted(this.sorted.keys, key);
    if (line < 0) return -1;
    const id = this.newKey(key);
    this.fileSorted(id, line);
    return id;
  }

  /** Files the surfaces of the sorted key at `line`, interned as piece `id`, under a new first-level node, pending. */
  private fileSorted(id: number, line: number): void {
    const sorted = this.sorted!;
    const { slots, later } = sorted.key(line);
    const node = this.newNode();
    this.roots[2 * id] = node;
    this.roots[2 * id + 1] = PENDING | slots;
    this.pending[node] = later;
    if (++sorted.filed === sorted.keys.count) this.sorted = null;
  }

  /** Interns and files up to `count` more of the sorted keys not interned yet. */
  private fileSortedKeys(count: number): void {
    const sorted = this.sorted!;
    for (; count > 0 && this.sorted !== null && sorted.next < sorted.keys.count; sorted.next++) {
      const key = lineAt(sorted.keys, sorted.next);
      const id = this.vocabulary.get(key);
      if (id !== undefined && this.roots[2 * id] !== UNCHECKED) continue;
      this.fileSorted(id ?? this.newKey(key), sorted.next);
      count--;
    }
  }

  private newNode(): number {
    this.outputs.push(null);
    return this.outputs.length - 1;
  }

  /** The edge (parent, piece)'s index in `edges`, or -1. */
  private find(parent: number, piece: number): number {
    const edges = this.edges;
    const last = edges.length / EDGE - 1;
    for (let at = edgeHash(parent, piece) & last; ; at = (at + 1) & last) {
      const e = at * EDGE;
      if (edges[e + 2] === 0) return -1;
      if (edges[e] === parent && edges[e + 1] === piece) return e;
    }
  }

  /** The edge (parent, piece)'s index in `edges`, made (with a new child and an empty mask) if missing; `parent` is not the root. */
  private edgeTo(parent: number, piece: number): number {
    // At most half full once this edge is in, so probes stay short and always end at an empty slot.
    if ((this.edgeCount + 1) * 2 * EDGE > this.edges.length) this.edges = rehash(this.edges, EDGE, 2, (t, e) => edgeHash(t[e], t[e + 1]));
    const edges = this.edges;
    const last = edges.length / EDGE - 1;
    let at = edgeHash(parent, piece) & last;
    for (; edges[at * EDGE + 2] !== 0; at = (at + 1) & last) {
      if (edges[at * EDGE] === parent && edges[at * EDGE + 1] === piece) return at * EDGE;
    }
    const e = at * EDGE;
    edges[e] = parent;
    edges[e + 1] = piece;
    edges[e + 2] = this.newNode();
    this.edgeCount++;
    return e;
  }

  /**
   * The child of `node` by `piece` (an id, not -1), 0 for none, with its mask
   * in `stepMask`; a first-level child's pending surfaces are inserted first.
   */
  private step(node: number, piece: number): number {
    if (node !== ROOT) {
      const e = this.find(node, piece);
      if (e < 0) return 0;
      this.stepMask = this.edges[e + 3];
      return this.edges[e + 2];
    }
    const child = this.rootOf(piece);
    if (child === 0) return 0;
    const mask = this.roots[2 * piece + 1];
    if (mask & PENDING) {
      this.roots[2 * piece + 1] = mask & ~PENDING;
      const pending = this.pending[child]!;
      this.pending[child] = undefined;
      for (const p of Array.isArray(pending) ? pending : [pending]) {
        if (typeof p !== 'function') this.insert(piece, p.keys, p.surface, p.entry, p.slot);
        else for (const q of p()) this.insert(piece, q.surface.key.split(' '), q.surface, q.entry, q.slot);
      }
    }
    // Read again: inserting may have given the node surfaces of its own.
    this.stepMask = this.roots[2 * piece + 1];
    return child;
  }

  /** Inserts below the first-level node of piece id `first` (that of `keys[0]`). */
  private insert(first: number, keys: string[], surface: Surface, entry: ResolvedEntry, slot: number): void {
    let node = this.roots[2 * first];
    // The edge that reached the node (-1: the first-level node), where its mask is.
    let e = -1;
    for (let i = 1; i < keys.length; i++) {
      const piece = this.intern(keys[i]);
      this.flag(first, e, childBit(piece));
      e = this.edgeTo(node, piece);
      this.edges[e + 3] |= 1 << slot;
      node = this.edges[e + 2];
    }
    this.flag(first, e, HAS_OUTPUTS);
    const rule = surface.rule;
    const output: TrieOutput = { entry, surface: surface.text, raw: surface.raw, rule, context: rule?.context ? this.contextOf(rule.context) : null, slot };
    const held = this.outputs[node];
    if (held === null) this.outputs[node] = output;
    else if (Array.isArray(held)) held.push(output);
    else this.outputs[node] = [held, output];
  }

  /** Sets `flag` on the mask of edge `e`, or (e = -1) on the first-level node of piece `first`. */
  private flag(first: number, e: number, flag: number): void {
    if (e < 0) this.roots[2 * first + 1] |= flag;
    else this.edges[e + 3] |= flag;
  }

  private contextOf(phrases: string[]): Context {
    let context = this.contexts.get(phrases);
    if (!context) {
      const ids = phrases.map((c) => this.keysOf(c));
      const firsts = new Uint32Array(8);
      for (const [first] of ids) firsts[(first >>> 5) & 7] |= 1 << (first & 31);
      context = { phrases: ids, firsts };
      this.contexts.set(phrases, context);
    }
    return context;
  }

  private keysOf(phrase: string): number[] {
    let keys = this.contextKeys.get(phrase);
    if (!keys) {
      keys = keyPieces(phrase).map((p) => this.intern(p.key));
      this.contextKeys.set(phrase, keys);
    }
    return keys;
  }

  // Each piece list's ids, kept while the list lives (the dictionary types and the lemma tables of one
  // document walk the same list): ids[j] is the piece's id; while it has none, -2 - the vocabulary's size
  // when it was looked up; -1 before it is. An array of the heap: a typed array per document cost more to allocate.
  private readonly idCache = new WeakMap<KeyPiece[], number[]>();
  private ids: number[] = [];

  /** Piece `j`'s id in the list being walked; -1 when the trie has no such key. */
  private pieceId(pieces: KeyPiece[], j: number): number {
    const known = this.ids[j];
    if (known >= 0) return known;
    const missing = -2 - this.keys.length;
    if (known === missing) return -1;
    const id = this.idOf(pieces[j].key);
    this.ids[j] = id >= 0 ? id : missing;
    return id;
  }

  // The walk's frontier, reused between calls (this is the hot path): node, slots on it, reached via a lemma.
  private frontNodes: number[] = [];
  private frontMasks: number[] = [];
  private frontLemma: boolean[] = [];
  private nextNodes: number[] = [];
  private nextMasks: number[] = [];
  private nextLemma: boolean[] = [];
  // Per walk: each piece's folded lemma key (null: none), found the first time a step needs it, its id
  // (encoded like `ids`), and the lemma steps taken.
  private lemmaKeys: (string | null | undefined)[] = [];
  private lemmaIds: Int32Array = new Int32Array(0);
  // A walk of a posting-sized text takes its lemma ids and covered pieces (see walk) from these, kept from walk to
  // walk: a typed array is allocated outside the heap, which costs more than clearing the part a walk uses.
  private readonly lemmaIdsBuffer = new Int32Array(REUSED);
  private readonly coveredBuffer = new Uint8Array(REUSED);
  private lemmaUse: Map<number, number> = new Map();
  /** The current walk's caller vouches for every guard's context (see {@link MatchOptions.contextGiven}). */
  private contextGiven = false;

  /** The id of piece `j`'s lemma (-1: none, or no such key), when it differs from the piece. */
  private lemmaId(pieces: KeyPiece[], j: number, lemmas: ReadonlyMap<number, string>): number {
    let lemmaKey = this.lemmaKeys[j];
    if (lemmaKey === undefined) {
      const piece = pieces[j];
      const lemma = lemmas.get(piece.start);
      lemmaKey = lemma === undefined || lemma === piece.key ? null : foldPiece(lemma);
      this.lemmaKeys[j] = lemmaKey;
    }
    if (lemmaKey === null) return -1;
    const known = this.lemmaIds[j];
    if (known >= 0) return known;
    const missing = -2 - this.keys.length;
    if (known === missing) return -1;
    const id = this.idOf(lemmaKey);
    this.lemmaIds[j] = id >= 0 ? id : missing;
    return id;
  }

  /**
   * Whether a surface of a slot in `want` can begin at piece `i`, by its key
   * or its lemma: most pieces begin none, and are passed over without
   * setting up a walk from them.
   */
  private mayOpen(pieces: KeyPiece[], i: number, lemmas: ReadonlyMap<number, string> | undefined, want: number): boolean {
    const piece = this.pieceId(pieces, i);
    if (piece >= 0 && this.rootOf(piece) !== 0 && this.roots[2 * piece + 1] & want) return true;
    if (lemmas === undefined) return false;
    const lemma = this.lemmaId(pieces, i, lemmas);
    return lemma >= 0 && this.rootOf(lemma) !== 0 && (this.roots[2 * lemma + 1] & want) !== 0;
  }

  /**
   * The longest valid match of each wanted slot starting at piece `i`, in one
   * walk for all slots. Each slot follows the path a trie of its own would:
   * the child by the piece's key where that child holds surfaces of the slot,
   * else the child by the piece's lemma; slots on the same path walk together
   * (the frontier holds at most one node per slot, and almost always one).
   * `want` has a bit per slot to look for; `found[slot]` receives the slot's
   * hit (a longer one replaces a shorter one), and the returned mask says
   * which slots got one.
   */
  private longestAt(text: string, pieces: KeyPiece[], i: number, lemmas: ReadonlyMap<number, string> | undefined, found: TrieHit[], want: number): number {
    let nodes = this.frontNodes;
    let masks = this.frontMasks;
    let viaLemma = this.frontLemma;
    let nextNodes = this.nextNodes;
    let nextMasks = this.nextMasks;
    let nextLemma = this.nextLemma;
    nodes[0] = ROOT;
    // The root's children are found in `roots`, not by the mask.
    masks[0] = want | CHILDREN;
    viaLemma[0] = false;
    let size = 1;
    let got = 0;
    for (let j = i; j < pieces.length && size > 0; j++) {
      // A surface never runs over a line break: "customer service" ending a line and "- Manager" opening a list item are two things.
      if (j > i && hasLineBreak(text, pieces[j - 1].end, pieces[j].start)) break;
      const piece = this.pieceId(pieces, j);
      let count = 0;
      for (let f = 0; f < size; f++) {
        // A node without children takes no step (most nodes are the end of a surface).
        if (!(masks[f] & CHILDREN)) continue;
        let mask = masks[f] & SLOTS;
        const byKey = piece < 0 || !(masks[f] & childBit(piece)) ? 0 : this.step(nodes[f], piece);
        if (byKey !== 0 && this.stepMask & mask) {
          nextNodes[count] = byKey;
          nextMasks[count] = this.stepMask & (mask | FLAGS);
          nextLemma[count++] = viaLemma[f];
          mask &= ~this.stepMask;
        }
        if (!mask || lemmas === undefined) continue;
        const lemma = this.lemmaId(pieces, j, lemmas);
        const byLemma = lemma < 0 || !(masks[f] & childBit(lemma)) ? 0 : this.step(nodes[f], lemma);
        if (byLemma !== 0 && this.stepMask & mask) {
          nextNodes[count] = byLemma;
          nextMasks[count] = this.stepMask & (mask | FLAGS);
          nextLemma[count++] = true;
          this.lemmaUse.set(j, (this.lemmaUse.get(j) ?? 0) | (this.stepMask & mask));
        }
      }
      // Swap the buffers: the next frontier becomes the current one.
      [nodes, nextNodes] = [nextNodes, nodes];
      [masks, nextMasks] = [nextMasks, masks];
      [viaLemma, nextLemma] = [nextLemma, viaLemma];
      size = count;
      for (let f = 0; f < size; f++) {
        if (!(masks[f] & HAS_OUTPUTS)) continue;
        const held = this.outputs[nodes[f]]!;
        const many = Array.isArray(held);
        let taken = 0; // slots already given a match of this length: the first passing output of a slot wins
        for (let o = 0; o < (many ? held.length : 1); o++) {
          const output = many ? held[o] : held;
          const bit = 1 << output.slot;
          if (!(masks[f] & bit) || taken & bit || !this.passes(output, text, pieces, i, j + 1, viaLemma[f])) continue;
          taken |= bit;
          got |= bit;
          found[output.slot] = { output, first: i, end: j + 1, reason: viaLemma[f] ? 'dictionary/lemma' : 'dictionary/alias' };
        }
      }
    }
    this.frontNodes = nodes;
    this.frontMasks = masks;
    this.frontLemma = viaLemma;
    this.nextNodes = nextNodes;
    this.nextMasks = nextMasks;
    this.nextLemma = nextLemma;
    return got;
  }

  /** The rule-free surface of `slot` for exactly the piece ids `keys`, if any. */
  private exact(keys: number[], slot: number): TrieOutput | null {
    let node = ROOT;
    for (const k of keys) {
      node = k < 0 ? 0 : this.step(node, k);
      if (node === 0) return null;
    }
    // Only rule-free surfaces: a guarded alias ("Word", "excel") is never reached by coordination.
    const held = this.outputs[node];
    const outputs = held === null ? [] : Array.isArray(held) ? held : [held];
    return outputs.find((o) => o.rule === null && o.slot === slot) ?? null;
  }

  /**
   * For each slot in `0..slots-1`, all longest, non-overlapping matches, plus
   * coordinated ones ("verbal and written communication"): what one trie per
   * slot would give, in one walk of the pieces for all of them. `only`, when
   * given, limits the walk to that slot (the others get no hits).
   */
  matchPieces(text: string, pieces: KeyPiece[], lemmas: ReadonlyMap<number, string> | undefined, slots = 1, only?: number, contextGiven = false): TrieHit[][] {
    this.contextGiven = contextGiven;
    try {
      return this.walk(text, pieces, lemmas, slots, only).hits;
    } finally {
      this.contextGiven = false;
    }
  }

  /**
   * {@link matchPieces}, and the lemma steps the walk took: piece index to
   * the slots that went on through that piece's lemma. A slot's matches
   * depend on the lemma table only at those pieces (and where it names a
   * lemma at all), so another table that agrees there gives the same matches.
   */
  walk(text: string, pieces: KeyPiece[], lemmas: ReadonlyMap<number, string> | undefined, slots = 1, only?: number): { hits: TrieHit[][]; lemmaUse: Map<number, number> } {
    const n = pieces.length;
    const hits: TrieHit[][] = [];
    for (let t = 0; t < slots; t++) hits.push([]);
    // Slot t's covered pieces are covered[t * n, (t + 1) * n).
    const covered = slots * n <= REUSED ? this.coveredBuffer.fill(0, 0, slots * n) : new Uint8Array(slots * n);
    const all = only === undefined ? this.rootMask & ((1 << slots) - 1) : this.rootMask & (1 << only);
    // Each slot's next free piece: a slot whose last match still covers piece i (a bit in `busy`) is not looked for there.
    const nextFree = new Array<number>(slots).fill(0);
    let busy = 0;
    const found = new Array<TrieHit>(slots);
    const lemmaUse = new Map<number, number>();
    let ids = this.idCache.get(pieces);
    if (!ids) {
      ids = new Array<number>(n).fill(-1);
      this.idCache.set(pieces, ids);
    }
    this.ids = ids;
    if (this.sorted) this.fileSortedKeys(SORTED_PER_WALK);
    if (this.copied < this.keys.length) this.copyKeys(COPIED_PER_WALK);
    this.lemmaKeys = new Array(n);
    this.lemmaIds = n <= REUSED ? this.lemmaIdsBuffer.fill(-1, 0, n) : new Int32Array(n).fill(-1);
    this.lemmaUse = lemmaUse;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < slots && busy >>> t; t++) if (busy & (1 << t) && nextFree[t] <= i) busy &= ~(1 << t);
      const want = all & ~busy;
      if (!want || !this.mayOpen(pieces, i, lemmas, want)) continue;
      const got = this.longestAt(text, pieces, i, lemmas, found, want);
      for (let t = 0; t < slots && got >>> t; t++) {
        if (!(got & (1 << t))) continue;
        const hit = found[t];
        hits[t].push(hit);
        covered.fill(1, t * n + hit.first, t * n + hit.end);
        nextFree[t] = hit.end;
        busy |= 1 << t;
      }
    }
    const out = {
      hits: hits.map((slotHits, t) => {
        const extra: TrieHit[] = [];
        for (const hit of slotHits) {
          if (hit.end - hit.first >= 2) this.coordinated(text, pieces, hit, covered, t * n, extra, t, slotHits);
        }
        return extra.length ? [...slotHits, ...extra].sort((a, b) => a.first - b.first) : slotHits;
      }),
      lemmaUse,
    };
    this.lemmaKeys = [];
    return out;
  }

  /**
   * "verbal and written communication": the match "written communication"
   * lends its tail to the modifiers coordinated before it ("verbal"), as long
   * as modifier + tail is itself a known surface. The slot's covered pieces
   * start at `covered[at]`.
   */
  private coordinated(text: string, pieces: KeyPiece[], hit: TrieHit, covered: Uint8Array, at: number, out: TrieHit[], slot: number, slotHits: readonly TrieHit[]): void {
    const keys = [-1];
    for (let k = hit.first + 1; k < hit.end; k++) keys.push(this.pieceId(pieces, k));
    let k = hit.first - 1;
    for (let guard = 0; guard < 4 && k >= 0; guard++) {
      let modifier = k;
      if (COORDINATORS.has(pieces[k].key)) modifier = k - 1;
      else if (!/^[\s]*[,/&][\s]*$/.test(text.slice(pieces[k].end, pieces[k + 1].start))) return;
      if (modifier < 0) return;
      const gap = text.slice(pieces[modifier].end, pieces[modifier + 1].start);
      if (gap.includes('\n') || /[.;:!?]/.test(gap)) return;
      keys[0] = this.pieceId(pieces, modifier);
      const output = this.exact(keys, slot);
      // A modifier matched on its own as what it would give with the head ("dental" in "health, dental and vision
      // coverage") is still in the list; one matched as something else ("administrative") ends it.
      if (covered[at + modifier]) {
        const own = hitStarting(slotHits, modifier);
        if (!own || !output || own.output.entry.id !== output.entry.id) return;
        k = modifier - 1;
        continue;
      }
      if (!output || output.entry.id === hit.output.entry.id) return;
      covered[at + modifier] = 1;
      out.push({ output, first: modifier, end: modifier + 1, reason: 'dictionary/coordination' });
      k = modifier - 1;
    }
  }

  /** `viaLemma`: some piece matched by its lemma, not as written. */
  private passes(out: TrieOutput, text: string, pieces: KeyPiece[], first: number, end: number, viaLemma: boolean): boolean {
    const rule = out.rule;
    if (!rule) return true;
    if (viaLemma && rule.inflected === false) return false;
    if (rule.caseSensitive) {
      for (let k = first; k < end; k++) if (pieces[k].raw !== out.raw[k - first]) return false;
      // "M&A" is no "M.A.": an ampersand joins the letters of another abbreviation.
      if (end - first > 1 && !out.surface.includes('&') && text.slice(pieces[first].end, pieces[end - 1].start).includes('&')) return false;
    }
    if (out.context && !this.contextGiven) return this.hasContext(out.context, text, pieces, first, end, rule.contextWindow ?? DEFAULT_CONTEXT_WINDOW);
    return true;
  }

  /** A context phrase within `window` characters on either side, on the same line (block). */
  private hasContext(context: Context, text: string, pieces: KeyPiece[], first: number, end: number, window: number): boolean {
    const from = pieces[first].start - window;
    const to = pieces[end - 1].end + window;
    return this.contextFrom(context, text, pieces, end, 1, from, to) || this.contextFrom(context, text, pieces, first - 1, -1, from, to);
  }

  /** Walks outwards from piece `k` in direction `dir`, stopping at the window [from, to) or a line break. */
  private contextFrom(context: Context, text: string, pieces: KeyPiece[], k: number, dir: 1 | -1, from: number, to: number): boolean {
    for (; k >= 0 && k < pieces.length; k += dir) {
      const p = pieces[k];
      if (p.start < from || p.end > to) return false;
      if (dir === 1 ? hasLineBreak(text, pieces[k - 1].end, p.start) : hasLineBreak(text, p.end, pieces[k + 1].start)) return false;
      const id = this.pieceId(pieces, k);
      if (id < 0 || !((context.firsts[(id >>> 5) & 7] >>> (id & 31)) & 1)) continue;
      for (const phrase of context.phrases) {
        if (phrase[0] !== id) continue;
        let ok = true;
        for (let q = 1; q < phrase.length && ok; q++) ok = k + q < pieces.length && this.pieceId(pieces, k + q) === phrase[q];
        if (ok) return true;
      }
    }
    return false;
  }
}

/**
 * `table` (`stride` integers a slot; a slot is taken when its integer at
 * `taken` is not 0) at twice the size, each slot moved where `hashOf` puts it.
 */
function rehash(table: Int32Array, stride: number, taken: number, hashOf: (table: Int32Array, at: number) => number): Int32Array {
  const out = new Int32Array(table.length * 2);
  const last = out.length / stride - 1;
  for (let s = 0; s < table.length; s += stride) {
    if (table[s + taken] === 0) continue;
    let at = hashOf(table, s) & last;
    while (out[at * stride + taken] !== 0) at = (at + 1) & last;
    for (let k = 0; k < stride; k++) out[at * stride + k] = table[s + k];
  }
  return out;
}

/** The hit of one piece at `piece` among `hits` (in text order, not overlapping), by binary search. */
function hitStarting(hits: readonly TrieHit[], piece: number): TrieHit | undefined {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].first < piece) lo = mid + 1;
    else hi = mid;
  }
  const hit = hits[lo];
  return hit && hit.first === piece && hit.end === piece + 1 ? hit : undefined;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}
