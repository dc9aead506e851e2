/** The word pieces of the current document, split once and shared by every dictionary pass. */
import { KeyPiece, keyPieces } from './keys';
import { forLastText } from '../util/last-text';

// Every dictionary type (and the gazetteer) matches the same document text in turn: split it into pieces once.
const wholeText = forLastText((text) => keyPieces(text));

/** The word pieces of `text[from, to)`, shared between the matchers of one document. Treat as read-only. */
export function documentPieces(text: string, from = 0, to = text.length): KeyPiece[] {
  return from !== 0 || to !== text.length ? keyPieces(text, from, to) : wholeText(text);
}
