/** Whole-word occurrences of a phrase: no letter or digit touches it on either side. */

const WORD_CHAR = /[\p{L}\d]/u;

/** Whether the `length` characters at `at` in `text` stand as words of their own. */
export function standsAlone(text: string, at: number, length: number): boolean {
  return !WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + length] ?? ' ');
}

/**
 * Whether `phrase` stands as words of its own in `text` at `from` or after, looking at its first `limit`
 * occurrences (a name or title is said again near its first mentions; the reading stays short).
 */
export function occursAsWords(text: string, phrase: string, from: number, limit: number): boolean {
  for (let at = text.indexOf(phrase, from), seen = 0; at !== -1 && seen++ < limit; at = text.indexOf(phrase, at + 1)) {
    if (standsAlone(text, at, phrase.length)) return true;
  }
  return false;
}

/** Whether `phrase` stands as words of its own in `text` ending at `before` or earlier, looking at its last `limit` occurrences. */
export function occursAsWordsBefore(text: string, phrase: string, before: number, limit: number): boolean {
  if (before < phrase.length) return false;
  for (let at = text.lastIndexOf(phrase, before - phrase.length), seen = 0; at !== -1 && seen++ < limit; at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1) {
    if (standsAlone(text, at, phrase.length)) return true;
  }
  return false;
}
