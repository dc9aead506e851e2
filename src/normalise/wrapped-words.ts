/**
 * Text taken from a PDF or a fixed-width document breaks long words at the end of a line with a hyphen
 * ("preventive mainte-\nnance", "industrial main-\ntenance"). Read as it is, "main-" and "tenance" are
 * two words and no dictionary knows either. A hyphen that ends a line between letters, the next line
 * going on in lower case, joins the word again; a compound's hyphen ("self-\nmotivated") stays, only the
 * break goes. The map to the caller's characters is kept.
 */
import { MappedTextBuilder, type MappedText } from './mapped-text';

// The first parts of compounds, whose hyphen is the word's own: "self-motivated", "well-known", "co-ordinate".
const COMPOUND_FIRST = new Set([
  'self', 'well', 'co', 'non', 'multi', 'cross', 'full', 'part', 'long', 'short', 'high', 'low', 'hands', 'fast',
  'client', 'customer', 'detail', 'results', 'team', 'time', 'cost', 'face', 'one', 'two', 'three', 'four', 'five',
  'pre', 'post', 'sub', 'anti', 'semi', 'mid', 'ex', 'on', 'off', 'up', 'out', 'state', 'world', 'award', 'fee',
]);
/** The longest first part read back from the hyphen. */
const MAX_PART = 30;

const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

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
