/**
 * Text taken from a PDF or a fixed-width document breaks its lines where the page ran out, and long words at the end of a line with a hyphen
 * ("preventive mainte-\nnance", "industrial main-\ntenance"). Read as it is, "main-" and "tenance" are
 * two words and no dictionary knows either. A hyphen that ends a line between letters, the next line
 * going on in lower case, joins the word again; a compound's hyphen ("self-\nmotivated") stays, only the
 * break goes. The map to the caller's characters is kept.
 */
import { PARTS } from './line-parts';
import { MappedTextBuilder, type MappedText } from './mapped-text';

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
// What ends a line that wraps on: a letter, digit, comma or closing bracket.
const WRAPPED_END = /[\p{L}\p{N},)]/u;
const CAPITAL_INSIDE = /^\p{L}*\p{Lu}/u;

// The first parts of compounds, whose hyphen is the word's own: "self-motivated", "well-known", "co-ordinate".
const COMPOUND_FIRST = new Set([
  'self', 'well', 'co', 'non', 'multi', 'cross', 'full', 'part', 'long', 'short', 'high', 'low', 'hands', 'fast',
  'client', 'customer', 'detail', 'results', 'team', 'time', 'cost', 'face', 'one', 'two', 'three', 'four', 'five',
  'pre', 'post', 'sub', 'anti', 'semi', 'mid', 'ex', 'on', 'off', 'up', 'out', 'state', 'world', 'award', 'fee',
]);
/** The longest first part read back from the hyphen. */
const MAX_PART = 30;

const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** `m` with words broken over lines by a hyphen joined again; `m` itself where there are none. */
export function joinWrappedWords(m: MappedText): MappedText {
  const text = m.text;
  let at = text.indexOf('-\n');
  if (at === -1) return m;
  const out = new MappedTextBuilder(text.length);
  let pos = 0;
  for (; at !== -1; at = text.indexOf('-\n', at + 2)) {
    if (!isLower(text[at - 1]) || !isLetter(text[at - 2])) continue;
    let next = at + 2;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (!isLower(text[next])) continue;
    let first = at - 1;
    while (first > 0 && at - first < MAX_PART && isLetter(text[first - 1])) first--;
    const compound = COMPOUND_FIRST.has(text.slice(first, at).toLowerCase());
    out.copy(m, pos, compound ? at + 1 : at);
    pos = next;
  }
  if (pos === 0) return m;
  out.copy(m, pos, text.length);
  return out.build();
}

/** A line shorter than this ended where its writer ended it (a list item, a label), not where the page ran out. */
const MIN_WRAPPED_LINE = 45;

/**
 * `m` with the lines a PDF or a fixed-width page broke mid-sentence joined by a space: a long line that ends
 * in a word, a figure or a comma, the next going on in lower case ("...and review claim\n   edits prior to
 * submission."). Each sentence is then one block, as its writer wrote it; list items' own lines, which start
 * with a bullet or a capital, are kept. The map to the caller's characters is kept (the space stands for the break).
 */
export function joinWrappedLines(m: MappedText): MappedText {
  const text = m.text;
  let out: MappedTextBuilder | null = null;
  let pos = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1; lineStart = at + 1, at = text.indexOf('\n', at + 1)) {
    let end = at;
    while (end > lineStart && text[end - 1] === ' ') end--;
    let first = lineStart;
    while (first < end && text[first] === ' ') first++;
    if (end - first < MIN_WRAPPED_LINE || !WRAPPED_END.test(text[end - 1])) continue;
    let next = at + 1;
    while (next < text.length && text[next] === ' ') next++;
    // "o " opens a sub-item in Word's lists; a word with a capital inside is a name ("eBay", "myGwork") on a line of its own.
    if (!LOWER.test(text[next] ?? '') || (text[next] === 'o' && text[next + 1] === ' ') || CAPITAL_INSIDE.test(text.slice(next, next + MAX_PART))) continue;
    // A line of parts between bars is a header's, never prose: "Senior Platform Engineer | Remote | Australia" over its
    // employer's "iterate".
    if (PARTS.test(text.slice(first, end))) continue;
    out ??= new MappedTextBuilder(text.length);
    out.copy(m, pos, end);
    out.replace(m, end, next, ' ');
    pos = next;
  }
  if (!out) return m;
  out.copy(m, pos, text.length);
  return out.build();
}
