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
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  outputs: TrieOutput[] | null;
  /** First-level nodes only: surfaces not yet inserted below (see `add`). */
  pending: { keys: string[]; surface: Surface; entry: ResolvedEntry }[] | null;
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
  private readonly root: TrieNode = { next: null, outputs: null, pending: null };
  size = 0;

  /** Context phrases recur across thousands of aliases: split each once. */
  private readonly contextKeys = new Map<string, string[]>();

  /**
   * Surfaces are filed under their first key and their branch is built the
   * first time a text reaches it: a document touches a few hundred of the
   * thousands of first words, so the first extract() pays for those only.
   */
  add(surface: Surface, entry: ResolvedEntry): void {
    const keys = surface.key.split(' ');
    this.root.next ??= new Map();
    let first = this.root.next.get(keys[0]);
    if (!first) {
      first = { next: null, outputs: null, pending: [] };
      this.root.next.set(keys[0], first);
    }
    if (first.pending) first.pending.push({ keys, surface, entry });
    else this.insert(first, keys, surface, entry);
    this.size++;
  }

  /** A child node, with its branch built if it was still pending. */
  private built(node: TrieNode | undefined): TrieNode | undefined {
    if (node?.pending) {
      const pending = node.pending;
      node.pending = null;
      for (const p of pending) this.insert(node, p.keys, p.surface, p.entry);
    }
    return node;
  }

  /** Inserts below `first`, the node of `keys[0]`. */
  private insert(first: TrieNode, keys: string[], surface: Surface, entry: ResolvedEntry): void {
    let node = first;
    for (let i = 1; i < keys.length; i++) {
      node.next ??= new Map();
      let child = node.next.get(keys[i]);
      if (!child) {
        child = { next: null, outputs: null, pending: null };
        node.next.set(keys[i], child);
      }
      node = child;
    }
    node.outputs ??= [];
    const rule = surface.rule;
    node.outputs.push({ entry, surface: surface.text, raw: surface.raw, rule, context: rule?.context ? rule.context.map((c) => this.keysOf(c)) : null });
  }

  private keysOf(phrase: string): string[] {
    let keys = this.contextKeys.get(phrase);
    if (!keys) {
      keys = keyPieces(phrase).map((p) => p.key);
      this.contextKeys.set(phrase, keys);
    }
    return keys;
  }

  /** Whether the last `step` went by the lemma (a field, not a result object: this is the hot path). */
  private steppedByLemma = false;

  /** The child for `piece`: by its own key, else by its lemma. */
  private step(node: TrieNode, piece: KeyPiece, lemmas: ReadonlyMap<number, string> | undefined): TrieNode | undefined {
    this.steppedByLemma = false;
    const next = node.next;
    if (!next) return undefined;
    const hit = next.get(piece.key);
    if (hit) return this.built(hit);
    const lemma = lemmas?.get(piece.start);
    if (lemma === undefined || lemma === piece.key) return undefined;
    this.steppedByLemma = true;
    return this.built(next.get(foldPiece(lemma)));
  }

  /** The valid output at the end of pieces `[first, end)`, or null. */
  private accept(node: TrieNode, text: string, pieces: KeyPiece[], first: number, end: number): TrieOutput | null {
    for (const out of node.outputs ?? []) {
      if (passes(out, text, pieces, first, end)) return out;
    }
    return null;
  }

  /** Longest valid match starting at piece `i`. */
  longestAt(text: string, pieces: KeyPiece[], i: number, lemmas?: ReadonlyMap<number, string>): TrieHit | null {
    let node: TrieNode | undefined = this.root;
    let viaLemma = false;
    let best: TrieHit | null = null;
    for (let j = i; j < pieces.length && node; j++) {
      // A surface never runs over a line break: "customer service" ending a line and "- Manager" opening a list item are two things.
      if (j > i && hasLineBreak(text, pieces[j - 1].end, pieces[j].start)) break;
      node = this.step(node, pieces[j], lemmas);
      viaLemma ||= this.steppedByLemma;
      if (node?.outputs) {
        const out = this.accept(node, text, pieces, i, j + 1);
        if (out) best = { output: out, first: i, end: j + 1, reason: viaLemma ? 'dictionary/lemma' : 'dictionary/alias' };
      }
    }
    return best;
  }

  /** The rule-free surface for exactly the key sequence `keys`, if any. */
  exact(keys: string[]): TrieOutput | null {
    let node: TrieNode | undefined = this.root;
    for (const k of keys) {
      node = this.built(node.next?.get(k));
      if (!node) return null;
    }
    // Only rule-free surfaces: a guarded alias ("Word", "excel") is never reached by coordination.
    return node.outputs?.find((o) => o.rule === null) ?? null;
  }

  /** All longest, non-overlapping matches, plus coordinated ones ("verbal and written communication"). */
  matchPieces(text: string, pieces: KeyPiece[], lemmas?: ReadonlyMap<number, string>): TrieHit[] {
    const hits: TrieHit[] = [];
    const covered = new Uint8Array(pieces.length);
    for (let i = 0; i < pieces.length; ) {
      const hit = this.longestAt(text, pieces, i, lemmas);
      if (hit) {
        hits.push(hit);
        covered.fill(1, hit.first, hit.end);
        i = hit.end;
      } else i++;
    }
    const extra: TrieHit[] = [];
    for (const hit of hits) {
      if (hit.end - hit.first >= 2) this.coordinated(text, pieces, hit, covered, extra);
    }
    return extra.length ? [...hits, ...extra].sort((a, b) => a.first - b.first) : hits;
  }

  /**
   * "verbal and written communication": the match "written communication"
   * lends its tail to the modifiers coordinated before it ("verbal"), as long
   * as modifier + tail is itself a known surface.
   */
  private coordinated(text: string, pieces: KeyPiece[], hit: TrieHit, covered: Uint8Array, out: TrieHit[]): void {
    const tail = pieces.slice(hit.first + 1, hit.end).map((p) => p.key);
    let k = hit.first - 1;
    for (let guard = 0; guard < 4 && k >= 0; guard++) {
      let modifier = k;
      if (COORDINATORS.has(pieces[k].key)) modifier = k - 1;
      else if (!/^[\s]*[,/][\s]*$/.test(text.slice(pieces[k].end, pieces[k + 1].start))) return;
      if (modifier < 0 || covered[modifier]) return;
      const gap = text.slice(pieces[modifier].end, pieces[modifier + 1].start);
      if (gap.includes('\n') || /[.;:!?]/.test(gap)) return;
      const output = this.exact([pieces[modifier].key, ...tail]);
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
  const found = (a: number, b: number, dir: 1 | -1): boolean => {
    // Walk outwards piece by piece, stopping at the window or a line break.
    for (let k = a; k >= 0 && k < pieces.length && k !== b; k += dir) {
      const p = pieces[k];
      if (p.start < from || p.end > to) return false;
      const gapStart = dir === 1 ? pieces[k - 1].end : p.end;
      const gapEnd = dir === 1 ? p.start : pieces[k + 1].start;
      if (text.slice(gapStart, gapEnd).includes('\n')) return false;
      for (const phrase of context) {
        if (phrase[0] !== p.key) continue;
        let ok = true;
        for (let q = 1; q < phrase.length && ok; q++) ok = pieces[k + q]?.key === phrase[q];
        if (ok) return true;
      }
    }
    return false;
  };
  return found(end, -1, 1) || found(first - 1, -1, -1);
}
