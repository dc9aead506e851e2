/**
 * The one wink-nlp instance of the process, with the English lite web model,
 * created on first use (~200 ms, ~56 MB). wink's custom entities are not
 * used: dictionaries are matched by our own token trie, so instances never
 * fight over `learnCustomEntities()`.
 */
import type winkNLPType from 'wink-nlp';

/** The small part of wink's API we use, typed loosely: its own typings fight its helpers. */
interface WinkItem {
  out(its?: unknown): unknown;
}
export interface WinkItemCollection extends WinkItem {
  itemAt(k: number): WinkItem;
}
export interface WinkDoc {
  tokens(): WinkItemCollection;
  sentences(): WinkItemCollection;
}
export interface WinkNLP {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let instance: WinkNLP | null = null;
// wink's entity step is left out: it halves readDoc's throughput, and the one thing read from it
// (email and URL spans) is in the token types already.
const PIPE = ['sbd', 'pos'];

export function wink(): WinkNLP {
  if (!instance) {
    // Required lazily so that importing jobsift costs nothing until the first extract().
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    const model = require('wink-eng-lite-web-model');
    // Sentence boundaries and POS tags (and lemmas); no extractor reads the
    // sentiment, negation, entity or custom-entity steps.
    instance = winkNLP(model, PIPE) as unknown as WinkNLP;
  }
  return instance;
}
