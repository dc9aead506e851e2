/**
 * The one wink-nlp instance of the process, with the English lite web model,
 * created on first use (~200 ms, ~56 MB). wink's custom entities are not
 * used: dictionaries are matched by our own token trie, so instances never
 * fight over `learnCustomEntities()`.
 */
import type winkNLPType from 'wink-nlp';

/** The small part of wink's API we use, typed loosely: its own typings fight its helpers. */
interface WinkItemCollection {
  out(its?: unknown): unknown;
  each(fn: (item: { out(its?: unknown): unknown }) => void): void;
}
export interface WinkDoc {
  tokens(): WinkItemCollection;
  sentences(): WinkItemCollection;
  entities(): WinkItemCollection;
}
export interface WinkNLP {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let instance: WinkNLP | null = null;
const PIPE = ['sbd', 'pos', 'ner'];

export function wink(): WinkNLP {
  if (!instance) {
    // Required lazily so that importing jobsift costs nothing until the first extract().
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    const model = require('wink-eng-lite-web-model');
    // Sentence boundaries, POS tags (and lemmas) and wink's entities; the
    // sentiment, negation and custom-entity steps are not read by any extractor.
    instance = winkNLP(model, PIPE) as unknown as WinkNLP;
  }
  return instance;
}
