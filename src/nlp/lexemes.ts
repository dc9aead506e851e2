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
  /** By part of speech: the lemmatiser reads the tag. */
  lemmas: Record<string, string>;
}

/** Each token's value, normal form, lemma and type, as wink's `out()` gives them. */
export interface TokenFacts {
  values: string[];
  normals: string[];
  lemmas: string[];
  types: string[];
}

const memo = new Map<number, Lexeme>();

/** Facts of the tokens `all` of one document, whose ids, contraction flags and tags are given. */
export function tokenFacts(all: WinkItemCollection, its: Record<string, unknown>, ids: readonly number[], contracted: readonly boolean[], pos: readonly string[]): TokenFacts {
  const n = ids.length;
  const values: string[] = new Array(n);
  const normals: string[] = new Array(n);
  const lemmas: string[] = new Array(n);
  const types: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let lexeme = memo.get(ids[i]);
    if (lexeme === undefined) {
      const item = all.itemAt(i);
      lexeme = { value: item.out(its.value) as string, type: item.out(its.type) as string, normal: undefined, lemmas: Object.create(null) };
      memo.set(ids[i], lexeme);
    }
    values[i] = lexeme.value;
    types[i] = lexeme.type;
    if (contracted[i]) {
      const item = all.itemAt(i);
      normals[i] = item.out(its.normal) as string;
      lemmas[i] = item.out(its.lemma) as string;
      continue;
    }
    if (lexeme.normal === undefined) lexeme.normal = all.itemAt(i).out(its.normal) as string;
    normals[i] = lexeme.normal;
    lemmas[i] = lexeme.lemmas[pos[i]] ??= all.itemAt(i).out(its.lemma) as string;
  }
  return { values, normals, lemmas, types };
}
