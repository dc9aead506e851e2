/** The title extractor: the posting's title span and its normalised form. */
import type { Span } from '../../types/common';
import type { Title } from '../../types/document';
import type { AnalysedDocument, Extractor } from '../../contract';
import { SPOKEN_PREFIX, SPOKEN_SUFFIX } from '../../normalise/page/title';

/** The title's span without a board's spoken words. */
function withoutSpokenWords(span: Span): Span {
  const m = SPOKEN_SUFFIX.exec(span.text);
  const end = m ? m.index : span.text.length;
  const skip = SPOKEN_PREFIX.exec(span.text)?.[0].length ?? 0;
  return m || skip ? { text: span.text.slice(skip, end), start: span.start + skip, end: span.start + end } : span;
}

// Separators, and currency signs orphaned when the feed masked the figure after them.
const SEPARATORS = new Set(['-', '|', '/', ',', ':', '£', '$', '€']);
const isSeparatorWord = (w: string) => [...w].every((c) => SEPARATORS.has(c));

/** `word` without separator characters at its ends (a loop: linear on any input). */
function trimSeparators(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && SEPARATORS.has(word[a])) a++;
  while (b > a && SEPARATORS.has(word[b - 1])) b--;
  return word.slice(a, b);
}

/**
 * The title without feed noise: masks (`****`) go, and so do separators left
 * dangling or doubled by them ("SE Eng - **** Asset Finance"); words stay.
 */
export function normaliseTitle(title: string): string {
  const words: string[] = [];
  for (const w of title.replace(/\*{2,}[kK]?/g, ' ').split(/\s+/)) {
    if (w === '') continue;
    if (isSeparatorWord(w) && (words.length === 0 || isSeparatorWord(words[words.length - 1]))) continue;
    words.push(w);
  }
  while (words.length > 0 && isSeparatorWord(words[words.length - 1])) words.pop();
  if (words.length > 0) {
    words[0] = trimSeparators(words[0]) || words[0];
    words[words.length - 1] = trimSeparators(words[words.length - 1]) || words[words.length - 1];
  }
  return words.join(' ');
}

function titleSpan(doc: AnalysedDocument): { span: Span; reason: string } | null {
  if (doc.header.title) return { span: withoutSpokenWords(doc.header.title), reason: doc.headerReasons?.title ?? 'title/header-field' };
  const ld = doc.jsonLd?.title;
  if (ld) {
    const at = doc.text.indexOf(ld);
    if (at !== -1) return { span: { text: ld, start: at, end: at + ld.length }, reason: 'title/json-ld' };
  }
  return null;
}

export const titleExtractor: Extractor = {
  name: 'title',
  run({ doc, result }) {
    const found = titleSpan(doc);
    if (!found) return;
    const title: Title = { ...found.span, normalized: normaliseTitle(found.span.text), reason: found.reason };
    result.title = title;
  },
};
