/** Runs wink-nlp over the normalised text: tokens, sentences and entities with character offsets. */
import type { NlpEntity, Sentence, Token } from '../contract';
import type { Block } from '../contract';
import { wink } from './wink';
import { guardForWink } from './wink-guard';

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  nlpEntities: NlpEntity[];
}

/**
 * Tokens, sentences, POS tags, lemmas and wink's email and URL tokens of `text`, with
 * half-open character offsets. wink gives token indexes only; its
 * tokenisation is lossless, so offsets are the running sum of each token's
 * preceding spaces and its value. Sentences also end at block boundaries
 * (a list item never runs into the next).
 */
export function tokenise(text: string, blocks: readonly Block[]): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(guardForWink(text));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];

  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    let start = offset;
    if (text.startsWith(values[i], start) === false) {
      // Defensive: should wink ever alter a token, find it again nearby.
      const found = text.indexOf(values[i], start);
      if (found !== -1 && found - start < 16) start = found;
    }
    const end = start + values[i].length;
    tokens[i] = { index: i, text: values[i], normal: normals[i], lemma: lemmas[i], pos: pos[i], start, end, sentence: 0 };
    offset = end;
  }

  // Sentence boundaries: wink's, plus every block start.
  const breaks = new Uint8Array(tokens.length + 1);
  for (const [first] of doc.sentences().out(its.span) as unknown as [number, number][]) breaks[first] = 1;
  let b = 0;
  for (const t of tokens) {
    while (b < blocks.length && blocks[b].end <= t.start) b++;
    if (b < blocks.length && t.start >= blocks[b].start && (t.index === 0 || tokens[t.index - 1].end <= blocks[b].start)) {
      breaks[t.index] = 1;
    }
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || breaks[i]) {
      if (sentences.length) sentences[sentences.length - 1].endToken = i;
      sentences.push({ start: tokens[i].start, end: tokens[i].end, firstToken: i, endToken: tokens.length });
    }
    const s = sentences[sentences.length - 1];
    s.end = tokens[i].end;
    tokens[i].sentence = sentences.length - 1;
  }

  // wink's tokeniser types emails and URLs itself; they are the entities extractors read.
  const nlpEntities: NlpEntity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i] === 'email' ? 'EMAIL' : types[i] === 'url' ? 'URL' : null;
    if (type) nlpEntities.push({ type, start: tokens[i].start, end: tokens[i].end, text: tokens[i].text });
  }
  return { tokens, sentences, nlpEntities };
}
