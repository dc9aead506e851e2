/** The word-piece trie behind every dictionary match: longest match, lemmas, coordination, rules. */
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
  /** Context phrases as key sequences. */
  context: string[][] | null;
  /** Which vocabulary the surface belongs to, when one trie holds several (0 to 30). */
  slot: number;
}

/** Surfaces filed by `addLater`: read, in order, the first time a text reaches their first key. */
export type LaterSurfaces = () => { surface: Surface; entry: ResolvedEntry; slot: number }[];

interface TrieNode {
  next: Map<string, TrieNode> | null;
  outputs: TrieOutput[] | null;
  /** First-level nodes only: surfaces not yet inserted below (see `add` and `addLater`). */
  pending: ({ keys: string[]; surface: Surface; entry: ResolvedEntry; slot: number } | LaterSurfaces)[] | null;
  /** The slots (bit per slot) with a surface through this node, pending ones included. */
  mask: number;
}

const DEFAULT_CONTEXT_WINDOW = 80;
const COORDINATORS = new Set(['and', 'or', '&']);

export interface TrieHit {
  output: TrieOutput;
  /** Piece range `[first, end)`. */
  first: number;
  end: number;
  reason: string;
}

export class Trie {
  private readonly root: TrieNode = { next: null, outputs: null, pending: null, mask: 0 };
  size = 0;

  /** Context phrases recur across thousands of aliases: split each once. */
  private readonly contextKeys = new Map<string, string[]>();

  /**
   * Surfaces are filed under their first key and their branch is built the
   * first time a text reaches it: a document touches a few hundred of the
   * thousands of first words, so the first extract() pays for those only.
   */
  add(surface: Surface, entry: ResolvedEntry, slot = 0): void {
    const keys = surface.key.split(' ');
    this.root.next ??= new Map();
    let first = this.root.next.get(keys[0]);
    if (!first) {
      first = { next: null, outputs: null, pending: [], mask: 0 };
      this.root.next.set(keys[0], first);
    }
    first.mask |= 1 << slot;
    this.root.mask |= 1 << slot;
    if (first.pending) first.pending.push({ keys, surface, entry, slot });
    else this.insert(first, keys, surface, entry, slot);
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
    this.root.next ??= new Map();
    this.root.mask |= slots;
    this.size += count;
    const first = this.root.next.get(key);
    // A new node's list holds exactly the one item: there are thousands of first keys.
    if (!first) this.root.next.set(key, { next: null, outputs: null, pending: [later], mask: slots });
    else {
      first.mask |= slots;
      if (first.pending) first.pending.push(later);
      else for (const p of later()) this.insert(first, p.surface.key.split(' '), p.surface, p.entry, p.slot);
    }
  }

  /** A child node, with its branch built if it was still pending. */
  private built(node: TrieNode | undefined): TrieNode | undefined {
    if (node?.pending) {
      const pending = node.pending;
      node.pending = null;
      for (const p of pending) {
        if (typeof p !== 'function') this.insert(node, p.keys, p.surface, p.entry, p.slot);
        else for (const q of p()) this.insert(node, q.surface.key.split(' '), q.surface, q.entry, q.slot);
      }
    }
    return node;
  }

  /** Inserts below `first`, the node of `keys[0]`. */
  private insert(first: TrieNode, keys: string[], surface: Surface, entry: ResolvedEntry, slot: number): void {
    let node = first;
    for (let i = 1; i < keys.length; i++) {
      node.next ??= new Map();
      let child = node.next.get(keys[i]);
      if (!child) {
        child = { next: null, outputs: null, pending: null, mask: 0 };
        node.next.set(keys[i], child);
      }
      child.mask |= 1 << slot;
      node = child;
    }
    node.outputs ??= [];
    const rule = surface.rule;
    node.outputs.push({ entry, surface: surface.text, raw: surface.raw, rule, context: rule?.context ? rule.context.map((c) => this.keysOf(c)) : null, slot });
  }

  private keysOf(phrase: string): string[] {
    let keys = this.contextKeys.get(phrase);
    if (!keys) {
      keys = keyPieces(phrase).map((p) => p.key);
      this.contextKeys.set(phrase, keys);
    }
    return keys;
  }

  // The walk's frontier, reused between calls (this is the hot path): node, slots on it, reached via a lemma.
  private frontNodes: TrieNode[] = [];
  private frontMasks: number[] = [];
  private frontLemma: boolean[] = [];
  private nextNodes: TrieNode[] = [];
  private nextMasks: number[] = [];
  private nextLemma: boolean[] = [];
  // Per walk: each piece's folded lemma key (null: none), found the first time a step needs it, and the lemma steps taken.
  private lemmaKeys: (string | null | undefined)[] = [];
  private lemmaUse: Map<number, number> = new Map();

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
    const lemmaKeys = this.lemmaKeys;
    nodes[0] = this.root;
    masks[0] = want;
    viaLemma[0] = false;
    let size = 1;
    let got = 0;
    for (let j = i; j < pieces.length && size > 0; j++) {
      // A surface never runs over a line break: "customer service" ending a line and "- Manager" opening a list item are two things.
      if (j > i && hasLineBreak(text, pieces[j - 1].end, pieces[j].start)) break;
      const piece = pieces[j];
      let count = 0;
      for (let f = 0; f < size; f++) {
        const next = nodes[f].next;
        if (!next) continue;
        let mask = masks[f];
        const byKey = this.built(next.get(piece.key));
        if (byKey && byKey.mask & mask) {
          nextNodes[count] = byKey;
          nextMasks[count] = byKey.mask & mask;
          nextLemma[count++] = viaLemma[f];
          mask &= ~byKey.mask;
        }
        if (!mask || lemmas === undefined) continue;
        let lemmaKey = lemmaKeys[j];
        if (lemmaKey === undefined) {
          const lemma = lemmas.get(piece.start);
          lemmaKey = lemma === undefined || lemma === piece.key ? null : foldPiece(lemma);
          lemmaKeys[j] = lemmaKey;
        }
        const byLemma = lemmaKey === null ? undefined : this.built(next.get(lemmaKey));
        if (byLemma && byLemma.mask & mask) {
          nextNodes[count] = byLemma;
          nextMasks[count] = byLemma.mask & mask;
          nextLemma[count++] = true;
          this.lemmaUse.set(j, (this.lemmaUse.get(j) ?? 0) | (byLemma.mask & mask));
        }
      }
      // Swap the buffers: the next frontier becomes the current one.
      [nodes, nextNodes] = [nextNodes, nodes];
      [masks, nextMasks] = [nextMasks, masks];
      [viaLemma, nextLemma] = [nextLemma, viaLemma];
      size = count;
      for (let f = 0; f < size; f++) {
        const outputs = nodes[f].outputs;
        if (!outputs) continue;
        let taken = 0; // slots already given a match of this length: the first passing output of a slot wins
        for (const output of outputs) {
          const bit = 1 << output.slot;
          if (!(masks[f] & bit) || taken & bit || !passes(output, text, pieces, i, j + 1)) continue;
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

  /** The rule-free surface of `slot` for exactly the key sequence `keys`, if any. */
  exact(keys: string[], slot = 0): TrieOutput | null {
    let node: TrieNode | undefined = this.root;
    for (const k of keys) {
      node = this.built(node.next?.get(k));
      if (!node) return null;
    }
    // Only rule-free surfaces: a guarded alias ("Word", "excel") is never reached by coordination.
    return node.outputs?.find((o) => o.rule === null && o.slot === slot) ?? null;
  }

  /**
   * For each slot in `0..slots-1`, all longest, non-overlapping matches, plus
   * coordinated ones ("verbal and written communication"): what one trie per
   * slot would give, in one walk of the pieces for all of them. `only`, when
   * given, limits the walk to that slot (the others get no hits).
   */
  matchPieces(text: string, pieces: KeyPiece[], lemmas: ReadonlyMap<number, string> | undefined, slots = 1, only?: number): TrieHit[][] {
    return this.walk(text, pieces, lemmas, slots, only).hits;
  }

  /**
   * {@link matchPieces}, and the lemma steps the walk took: piece index to
   * the slots that went on through that piece's lemma. A slot's matches
   * depend on the lemma table only at those pieces (and where it names a
   * lemma at all), so another table that agrees there gives the same matches.
   */
  walk(text: string, pieces: KeyPiece[], lemmas: ReadonlyMap<number, string> | undefined, slots = 1, only?: number): { hits: TrieHit[][]; lemmaUse: Map<number, number> } {
    const hits: TrieHit[][] = Array.from({ length: slots }, () => []);
    const covered = Array.from({ length: slots }, () => new Uint8Array(pieces.length));
    const all = only === undefined ? this.root.mask & ((1 << slots) - 1) : this.root.mask & (1 << only);
    // Each slot's next free piece: a slot whose last match still covers piece i (a bit in `busy`) is not looked for there.
    const nextFree = new Array<number>(slots).fill(0);
    let busy = 0;
    const found = new Array<TrieHit>(slots);
    const lemmaUse = new Map<number, number>();
    this.lemmaKeys = new Array(pieces.length);
    this.lemmaUse = lemmaUse;
    for (let i = 0; i < pieces.length; i++) {
      for (let t = 0; t < slots && busy >>> t; t++) if (busy & (1 << t) && nextFree[t] <= i) busy &= ~(1 << t);
      const want = all & ~busy;
      if (!want) continue;
      const got = this.longestAt(text, pieces, i, lemmas, found, want);
      for (let t = 0; t < slots && got >>> t; t++) {
        if (!(got & (1 << t))) continue;
        const hit = found[t];
        hits[t].push(hit);
        covered[t].fill(1, hit.first, hit.end);
        nextFree[t] = hit.end;
        busy |= 1 << t;
      }
    }
    this.lemmaKeys = [];
    return {
      hits: hits.map((slotHits, t) => {
        const extra: TrieHit[] = [];
        for (const hit of slotHits) {
          if (hit.end - hit.first >= 2) this.coordinated(text, pieces, hit, covered[t], extra, t);
        }
        return extra.length ? [...slotHits, ...extra].sort((a, b) => a.first - b.first) : slotHits;
      }),
      lemmaUse,
    };
  }

  /**
   * "verbal and written communication": the match "written communication"
   * lends its tail to the modifiers coordinated before it ("verbal"), as long
   * as modifier + tail is itself a known surface.
   */
  private coordinated(text: string, pieces: KeyPiece[], hit: TrieHit, covered: Uint8Array, out: TrieHit[], slot: number): void {
    const tail = pieces.slice(hit.first + 1, hit.end).map((p) => p.key);
    let k = hit.first - 1;
    for (let guard = 0; guard < 4 && k >= 0; guard++) {
      let modifier = k;
      if (COORDINATORS.has(pieces[k].key)) modifier = k - 1;
      else if (!/^[\s]*[,/][\s]*$/.test(text.slice(pieces[k].end, pieces[k + 1].start))) return;
      if (modifier < 0 || covered[modifier]) return;
      const gap = text.slice(pieces[modifier].end, pieces[modifier + 1].start);
      if (gap.includes('\n') || /[.;:!?]/.test(gap)) return;
      const output = this.exact([pieces[modifier].key, ...tail], slot);
      if (!output || output.entry.id === hit.output.entry.id) return;
      covered[modifier] = 1;
      out.push({ output, first: modifier, end: modifier + 1, reason: 'dictionary/coordination' });
      k = modifier - 1;
    }
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

function passes(out: TrieOutput, text: string, pieces: KeyPiece[], first: number, end: number): boolean {
  const rule = out.rule;
  if (!rule) return true;
  if (rule.caseSensitive) {
    for (let k = first; k < end; k++) if (pieces[k].raw !== out.raw[k - first]) return false;
  }
  if (out.context) return hasContext(out.context, text, pieces, first, end, rule.contextWindow ?? DEFAULT_CONTEXT_WINDOW);
  return true;
}

/** A context phrase within `window` characters on either side, on the same line (block). */
function hasContext(context: string[][], text: string, pieces: KeyPiece[], first: number, end: number, window: number): boolean {
  const from = pieces[first].start - window;
  const to = pieces[end - 1].end + window;
  return contextFrom(context, text, pieces, end, 1, from, to) || contextFrom(context, text, pieces, first - 1, -1, from, to);
}

/** Walks outwards from piece `k` in direction `dir`, stopping at the window [from, to) or a line break. */
function contextFrom(context: string[][], text: string, pieces: KeyPiece[], k: number, dir: 1 | -1, from: number, to: number): boolean {
  for (; k >= 0 && k < pieces.length; k += dir) {
    const p = pieces[k];
    if (p.start < from || p.end > to) return false;
    if (dir === 1 ? hasLineBreak(text, pieces[k - 1].end, p.start) : hasLineBreak(text, p.end, pieces[k + 1].start)) return false;
    for (const phrase of context) {
      if (phrase[0] !== p.key) continue;
      let ok = true;
      for (let q = 1; q < phrase.length && ok; q++) ok = pieces[k + q]?.key === phrase[q];
      if (ok) return true;
    }
  }
  return false;
}
