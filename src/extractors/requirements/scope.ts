/** The stretch of text a requirement cue reaches: the sentence or block around a span, bounded. */
import type { AnalysedDocument } from '../../contract';

import type { Range } from '../../util/spans';

// Feed text often runs a whole list into one "sentence"; a cue further away
// than this belongs to another requirement.
const MAX_REACH = 160;

const CLAUSE_END = /[.!?;\n]/;

/** Index of the item holding `at`, or -1. Binary search: blocks and sentences are sorted and do not overlap. */
function indexAt(items: readonly Range[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (at < item.start) hi = mid - 1;
    else if (at >= item.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function containing<T extends Range>(items: readonly T[], at: number): T | undefined {
  const i = indexAt(items, at);
  return i === -1 ? undefined : items[i];
}

/** Index into `doc.blocks` of the block (paragraph, list item, header field) that holds `at`, or -1. */
export function blockIndexAt(doc: AnalysedDocument, at: number): number {
  return indexAt(doc.blocks, at);
}

/** The block (paragraph, list item, header field) that holds `at`. */
export function blockAt(doc: AnalysedDocument, at: number) {
  return containing(doc.blocks, at);
}

/**
 * The scope a requirement cue applies to: the sentence and the block that
 * hold the span, whichever is narrower, cut to a bounded reach around it.
 * Without analysis (no sentences, no blocks) it falls back to the clause
 * between sentence punctuation.
 */
export function scopeOf(doc: AnalysedDocument, start: number, end: number): Range {
  const text = doc.text;
  let from = Math.max(0, start - MAX_REACH);
  let to = Math.min(text.length, end + MAX_REACH);
  const block = blockAt(doc, start);
  const sentence = containing(doc.sentences, start);
  if (block) {
    from = Math.max(from, block.start);
    to = Math.min(to, Math.max(block.end, end));
  }
  if (sentence) {
    from = Math.max(from, sentence.start);
    to = Math.min(to, Math.max(sentence.end, end));
  }
  if (!block && !sentence) {
    let i = start;
    while (i > from && !CLAUSE_END.test(text[i - 1])) i--;
    let j = end;
    while (j < to && !CLAUSE_END.test(text[j])) j++;
    from = i;
    to = Math.min(text.length, j + 1);
  }
  return { start: from, end: to };
}
