/**
 * What wink says of a token that follows from its lexeme alone, kept by
 * wink's id for the lexeme, so a word's value, type, normal form and lemma
 * are read from wink once, not once a token (wink's `out()` walks every
 * token of a document for each property, and its lemmatiser runs again on
 * every occurrence of a word).
 *
 * The facts only hold where wink itself derives them from the lexeme: value
 * and type always; the normal form and the lemma (for a part of speech) of
 * a token that is not part of a contraction ("ca" of "can't" is normal
 * "can", a lone "ca" is "ca"), which are read from the token each time.
 * wink never gives an id to another string, and its own cache keeps every
 * lexeme it meets for the life of the process; this keeps as many entries.
 */
import type { WinkItemCollection } from './wink';

interface Lexeme {
  value: string;
  type: string;
  /** Unknown until a token of the lexeme outside a contraction is read. */
  normal: string | undefined;
  /** The lemma for the tag the lexeme was first read with (the lemmatiser reads the tag) ... */
  tag: string | undefined;
  lemma: string | undefined;
  /** ... and for the other tags it has had, made when it first has one. */
  otherLemmas: Map<string, string> | null;
}

/** Each token's value, normal form, lemma and type, as wink's `out()` gives them. */
export interface TokenFacts {
  values: string[];
  normals: string[];
  lemmas: string[];
  types: string[];
}

// By wink's id: a dense array (the ids count up from 0), one object a lexeme, read once a token.
const memo: (Lexeme | undefined)[] = [];

/** Facts of the tokens `all` of one document, whose ids, contraction flags and tags are given. */
export function tokenFacts(all: WinkItemCollection, its: Record<string, unknown>, ids: readonly number[], contracted: readonly boolean[], pos: readonly string[]): TokenFacts {
  const n = ids.length;
  const values: string[] = new Array(n);
  const normals: string[] = new Array(n);
  const lemmas: string[] = new Array(n);
  const types: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    while (memo.length <= id) memo.push(undefined);
    let lexeme = memo[id];
    if (lexeme === undefined) {
      const item = all.itemAt(i);
      lexeme = { value: item.out(its.value) as string, type: item.out(its.type) as string, normal: undefined, tag: undefined, lemma: undefined, otherLemmas: null };
      memo[id] = lexeme;
    }
    values[i] = lexeme.value;
    types[i] = lexeme.type;
    if (contracted[i]) {
      const item = all.itemAt(i);
      normals[i] = item.out(its.normal) as string;
      lemmas[i] = item.out(its.lemma) as string;
      continue;
    }
    normals[i] = lexeme.normal ??= all.itemAt(i).out(its.normal) as string;
    lemmas[i] = lemmaOf(lexeme, pos[i], all, its, i);
  }
  return { values, normals, lemmas, types };
}

/** The lexeme's lemma for `tag`, read from token `i` of `all` the first time. */
function lemmaOf(lexeme: Lexeme, tag: string, all: WinkItemCollection, its: Record<string, unknown>, i: number): string {
  if (lexeme.tag === tag) return lexeme.lemma!;
  if (lexeme.tag === undefined) {
    lexeme.tag = tag;
    return (lexeme.lemma = all.itemAt(i).out(its.lemma) as string);
  }
  lexeme.otherLemmas ??= new Map();
  let lemma = lexeme.otherLemmas.get(tag);
  if (lemma === undefined) {
    lemma = all.itemAt(i).out(its.lemma) as string;
    lexeme.otherLemmas.set(tag, lemma);
  }
  return lemma;
}
