const ASCII = /^[\x00-\x7f]*$/;
const NO_ASCII_WORD = /[^a-z0-9]+/g;
const MARKS = /\p{M}/gu;
const NO_WORD_CHARS = /[^\p{L}\p{N}]+/gu;

/**
 * The key a word table is looked up by: case, accents and punctuation do not
 * count, and Arabic letters that writers interchange are one (alef with or
 * without hamza or madda, final ta marbuta and ha, alef maqsura and ya, the
 * tatweel that stretches a word). A loop-free chain of replacements: linear.
 */
export function wordKey(s: string): string {
  // Plain ASCII (most labels and lines) has no accent or Arabic letter to fold: the same key without the Unicode passes.
  if (ASCII.test(s)) return s.toLowerCase().replace(NO_ASCII_WORD, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .replace(NO_WORD_CHARS, ' ')
    .trim();
}
