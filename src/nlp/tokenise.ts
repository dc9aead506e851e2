/** Runs wink-nlp over the normalised text: tokens, sentences and entities with character offsets. */
import type { NlpEntity, Sentence, Token } from '../contract';
import type { Block } from '../contract';
import { wink } from './wink';
import { guardForWink } from './wink-guard';
import { tokenFacts } from './lexemes';

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  nlpEntities: NlpEntity[];
  /** Each token's lemma where it is not its normal form, by the token's start. */
  lemmas: Map<number, string>;
}

/**
 * Tokens, sentences, POS tags, lemmas and wink's email and URL tokens of `text`, with
 * half-open character offsets. wink gives token indexes only; its
 * tokenisation is lossless, so a token starts after the spaces that follow
 * the previous one (line breaks and tabs are tokens of their own); they are
 * read from the text wink was given, not from wink, which makes a string of
 * them per token.
 * Sentences also end at block boundaries (a list item never runs into the next).
 */
export function tokenise(text: string, blocks: readonly Block[]): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const read = guardForWink(text);
  const doc = nlp.readDoc(read);
  const all = doc.tokens();
  const pos = all.out(its.pos) as string[];
  const { values, normals, lemmas, types } = tokenFacts(all, its, all.out(its.uniqueId) as number[], all.out(its.contractionFlag) as boolean[], pos);
  const n = values.length;
  // Sentence boundaries: wink's (its sentences' spans, in order), plus every block start.
  const winkSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  let nextSpan = 0;

  const tokens: Token[] = new Array(n);
  const sentences: Sentence[] = [];
  // wink's tokeniser types emails and URLs itself; they are the entities extractors read.
  const nlpEntities: NlpEntity[] = [];
  const lemmaAt = new Map<number, string>();
  let sentence: Sentence | null = null;
  let offset = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    while (isPrecedingSpace(read.charCodeAt(offset))) offset++;
    let start = offset;
    if (text.startsWith(value, start) === false) {
      // Defensive: should wink ever alter a token, find it again nearby.
      const found = text.indexOf(value, start);
      if (found !== -1 && found - start < 16) start = found;
    }
    const end = start + value.length;
    offset = end;
    while (b < blocks.length && blocks[b].end <= start) b++;
    const opensBlock = b < blocks.length && start >= blocks[b].start && (i === 0 || tokens[i - 1].end <= blocks[b].start);
    while (nextSpan < winkSpans.length && winkSpans[nextSpan][0] < i) nextSpan++;
    const opensWinkSentence = nextSpan < winkSpans.length && winkSpans[nextSpan][0] === i;
    if (sentence === null || opensWinkSentence || opensBlock) {
      if (sentence) sentence.endToken = i;
      sentence = { start, end, firstToken: i, endToken: n };
      sentences.push(sentence);
    }
    sentence.end = end;
    tokens[i] = { index: i, text: value, normal: normals[i], lemma: lemmas[i], pos: pos[i], start, end, sentence: sentences.length - 1 };
    if (lemmas[i] !== normals[i]) lemmaAt.set(start, lemmas[i]);
    const type = types[i] === 'email' ? 'EMAIL' : types[i] === 'url' ? 'URL' : null;
    if (type) nlpEntities.push({ type, start, end, text: value });
  }
  return { tokens, sentences, nlpEntities, lemmas: lemmaAt };
}

/** The spaces wink keeps as a token's preceding spaces (the first class of its splitter helper). */
function isPrecedingSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20;
  return c >= 0xa0 && (c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f);
}
