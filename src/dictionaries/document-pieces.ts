/** The word pieces of the current document, split once and shared by every dictionary pass. */
import { KeyPiece, keyPieces } from './keys';

// Every dictionary type (and the gazetteer) matches the same document text in
// turn: split it into pieces once. One entry is enough; it keeps only the last
// document's pieces, until the next document replaces them.
let lastText: string | null = null;
let lastPieces: KeyPiece[] = [];

/** The word pieces of `text[from, to)`, shared between the matchers of one document. Treat as read-only. */
export function documentPieces(text: string, from = 0, to = text.length): KeyPiece[] {
  if (from !== 0 || to !== text.length) return keyPieces(text, from, to);
  if (text !== lastText) {
    lastPieces = keyPieces(text);
    lastText = text;
  }
  return lastPieces;
}
