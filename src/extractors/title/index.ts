import type { Span } from '../../types/common';
import type { Title } from '../../types/document';
import type { AnalysedDocument, Extractor } from '../../pipeline/types';

const MAX_TITLE_LENGTH = 120;

/** The title without feed noise: masks (`****`) and dangling separators go, words stay. */
export function normaliseTitle(title: string): string {
  return title
    .replace(/\*{2,}[kK]?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s[-|/,:]\s?)+(?=\s[-|/,:]\s|$)/g, '')
    .replace(/^[\s\-|/,:]+|[\s\-|/,:]+$/g, '')
    .replace(/\s+-\s+-\s+/g, ' - ')
    .trim();
}

function titleSpan(doc: AnalysedDocument): { span: Span; reason: string } | null {
  if (doc.header.title) return { span: doc.header.title, reason: doc.inputKind === 'html' ? 'title/first-heading' : 'title/header-field' };
  const ld = doc.jsonLd?.title;
  if (ld) {
    const at = doc.text.indexOf(ld);
    if (at !== -1) return { span: { text: ld, start: at, end: at + ld.length }, reason: 'title/json-ld' };
  }
  // Plain text: a short first line that is not a sentence.
  const first = doc.blocks[0];
  if (first && doc.inputKind === 'text') {
    const text = doc.text.slice(first.start, first.end);
    if (text.length <= MAX_TITLE_LENGTH && !/[.!?]$/.test(text) && doc.blocks.length > 1) {
      return { span: { text, start: first.start, end: first.end }, reason: 'title/first-line' };
    }
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
