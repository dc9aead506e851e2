/**
 * How surface forms become match keys. Matching is case- and
 * punctuation-insensitive: a key is the sequence of word pieces (runs of
 * letters and digits, with a trailing `+` or `#` kept for C++ and C#), lower-cased
 * and without diacritics. So "problem-solving", "Problem Solving" and
 * "problem/solving" share a key; "problemsolving" does not, and dictionaries
 * list it as an alias of its own.
 */
export interface KeyPiece {
  /** Lower-cased, diacritics removed. */
  key: string;
  /** The piece as written. */
  raw: string;
  start: number;
  end: number;
}

// One linear pass; the pattern has no nested or overlapping quantifiers.
const PIECE = /[\p{L}\p{N}]+[+#]*/gu;
const COMBINING = /[\u0300-\u036f]/g;

export function foldPiece(raw: string): string {
  const lower = raw.toLowerCase();
  // Only decompose when needed: most pieces are plain ASCII.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(COMBINING, '') : lower;
}

/** Word pieces of `text[from, to)` with offsets into `text`. */
export function keyPieces(text: string, from = 0, to = text.length): KeyPiece[] {
  const pieces: KeyPiece[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(slice); m !== null; m = PIECE.exec(slice)) {
    const raw = m[0];
    pieces.push({ key: foldPiece(raw), raw, start: from + m.index, end: from + m.index + raw.length });
  }
  return pieces;
}

/** The match key of a surface form: its pieces joined by single spaces. */
export function surfaceKey(surface: string): string {
  return keyPieces(surface)
    .map((p) => p.key)
    .join(' ');
}

/** The pieces of a surface form as written: for dictionary loading, where offsets are not needed. */
export function rawPieces(surface: string): string[] {
  return surface.match(PIECE) ?? [];
}
