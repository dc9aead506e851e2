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
// A letter or digit (a whole code point) at lastIndex: the scan below asks it only beyond ASCII.
const WORD_CHAR = /[\p{L}\p{N}]/uy;

export function foldPiece(raw: string): string {
  const lower = raw.toLowerCase();
  // Only decompose when needed: most pieces are plain ASCII.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(COMBINING, '') : lower;
}

// ASCII characters: 0 no letter or digit, 1 a digit or lower-case letter, 2 an upper-case letter.
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_WORD[c] = 2;

/** How many UTF-16 units the letter or digit beyond ASCII at `i` takes (0: none there). */
function wordCharAt(text: string, i: number): number {
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/**
 * Word pieces of `text[from, to)` with offsets into `text`: what PIECE
 * matches, read character by character (it runs over every document), the
 * pattern asked only about characters beyond ASCII. A piece of ASCII without
 * capitals is its own key: most are, and lower-casing each was a third of
 * the time.
 */
export function keyPieces(text: string, from = 0, to = text.length): KeyPiece[] {
  const pieces: KeyPiece[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = slice.length;
  for (let i = 0; i < n; ) {
    let c = slice.charCodeAt(i);
    if (c < 0x80 ? ASCII_WORD[c] === 0 : wordCharAt(slice, i) === 0) {
      // A character that is no letter or digit: a whole code point (a surrogate pair is one).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (slice.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    let upper = false;
    for (;;) {
      if (c < 0x80) {
        const kind = ASCII_WORD[c];
        if (kind === 0) break;
        if (kind === 2) upper = true;
        i++;
      } else {
        const step = wordCharAt(slice, i);
        if (step === 0) break;
        ascii = false;
        i += step;
      }
      if (i >= n) break;
      c = slice.charCodeAt(i);
    }
    while (i < n && (slice.charCodeAt(i) === 0x2b || slice.charCodeAt(i) === 0x23)) i++;
    const raw = slice.slice(start, i);
    pieces.push({ key: !ascii ? foldPiece(raw) : upper ? raw.toLowerCase() : raw, raw, start: from + start, end: from + i });
  }
  return pieces;
}

/**
 * The match key of a surface form: its pieces joined by single spaces. The
 * pieces are PIECE's matches (what keyPieces reads), found in one call of the
 * engine: a name needs no offsets, and keyPieces asks the pattern about each
 * character beyond ASCII (a name in another script, as a country's is, made
 * a call per letter).
 */
export function surfaceKey(surface: string): string {
  return rawPieces(surface).map(foldPiece).join(' ');
}

/** The pieces of a surface form as written: for dictionary loading, where offsets are not needed. */
export function rawPieces(surface: string): string[] {
  return surface.match(PIECE) ?? [];
}
