/** Number words job ads use for durations; a small table is enough ("two years", "a couple of years"). */
const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'a couple of': 2,
  'a few': 2,
  several: 3,
};

/** The number words as a regex alternative, longest first so "a couple of" wins over "a". */
export const NUMBER_WORD_PATTERN = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ ]{1,2}'))
  .join('|');

/** A figure or number word as a number; `null` for the feed's masked `****`. */
export function parseNumber(raw: string): number | null {
  if (/^\*+$/.test(raw)) return null;
  const word = WORDS[raw.toLowerCase().replace(/\s+/g, ' ')];
  if (word !== undefined) return word;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
