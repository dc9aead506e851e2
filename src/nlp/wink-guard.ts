/**
 * What reaches wink-nlp. wink's URL pattern nests quantifiers in each host
 * label (`(?:[a-z\d]-*)*[a-z\d]+`), so a host-like run that fails to match
 * costs the product of its label lengths (`//a.bcd.ecd.e…!`: 17 labels,
 * 5 s), and its user-info part (`\S+(?::\S*)?@`) is tried from every `//` of
 * a run. wink is given a view of the text of the same length, so every
 * offset stays true, in which:
 * - a run that is a well-formed URL, with a host whose label lengths
 *   multiply to at most a budget, is left whole (up to 2,048 characters);
 * - any other run has each `//` broken, so wink's URL pattern never starts;
 * - a run longer than a URL (text joined across HTML elements) is cut.
 * The replaced characters become spaces in wink's view only; they are
 * missing from wink's tokens, never from the text.
 */

import { isHighSurrogate, isLowSurrogate } from '../util/surrogates';
import { trimEndOf } from '../util/trim';

/** The longest run wink reads whole: a long URL. */
export const MAX_URL_RUN = 2048;
/** Other runs: longer than any real word (the normaliser breaks them at the same length). */
export const MAX_WORD_RUN = 256;
/** A failed host match tries about this many label splits at most. */
const HOST_BUDGET = 4096;

// Linear: the authority excludes the characters that start a path, a host label excludes the dot.
const URL_SHAPE = /^(?:(?:https?|ftp):)?\/\/([^\s/?#]+)(?:[/?#]\S*)?$/i;
const HOST = /^(?:[a-z\d\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff]{2,}$/i;
const LABEL = /^[a-z\d\u00a1-\uffff](?:[a-z\d\u00a1-\uffff-]*[a-z\d\u00a1-\uffff])?$/i;
const PORT = /^\d{2,5}$/;
// Punctuation wink splits off a run before it tries the URL pattern.
const OPENING = /^["'(<[]+/;
const CLOSING = ')]"\'>.,;:!?';

/** A copy of `text` (same length, same offsets) that wink tokenises in linear time. */
export function guardForWink(text: string): string {
  let out: string[] | null = null;
  const blank = (i: number) => {
    out ??= text.split('');
    out[i] = ' ';
  };
  // The next "//" at or after i, found once for all the runs before it (-1: none left).
  let slashes = text.indexOf('//');
  let i = 0;
  while (i < text.length) {
    if (isWinkSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && !isWinkSpace(text.charCodeAt(end))) end++;
    if (slashes !== -1 && slashes < i) slashes = text.indexOf('//', i);
    const hasSlashes = slashes !== -1 && slashes + 1 < end;
    const url = hasSlashes && end - i <= MAX_URL_RUN + 16 && isSafeUrl(text.slice(i, end));
    const limit = url ? MAX_URL_RUN : MAX_WORD_RUN;
    if (end - i > limit) {
      // Cut between code points: never between a high and a low surrogate.
      let at = i + limit;
      if (isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) at--;
      blank(at);
      if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) blank(at + 1);
      end = at;
    }
    if (hasSlashes && !url) for (let k = slashes; k !== -1 && k + 1 < end; k = text.indexOf('//', k + 2)) blank(k + 1);
    i = end + 1;
  }
  return out === null ? text : (out as string[]).join('');
}

/** A run wink reads as a URL at once, without backtracking. */
function isSafeUrl(run: string): boolean {
  const bare = trimEndOf(run.replace(OPENING, ''), CLOSING);
  // Punctuation around a URL sends wink to its unanchored pattern, which starts at every "//".
  if (bare !== run && bare.indexOf('//') !== bare.lastIndexOf('//')) return false;
  const m = URL_SHAPE.exec(bare);
  if (!m) return false;
  const authority = m[1];
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const colon = hostAndPort.indexOf(':');
  const host = colon === -1 ? hostAndPort : hostAndPort.slice(0, colon);
  if (colon !== -1 && !PORT.test(hostAndPort.slice(colon + 1))) return false;
  if (!HOST.test(host)) return false;
  let product = 1;
  for (const label of host.split('.')) {
    if (!LABEL.test(label)) return false;
    product *= label.length;
  }
  // wink's user-info part reaches for the last "@" of the run: a host after one in the path must be cheap too.
  return product <= HOST_BUDGET && hostsAfterAtAreCheap(bare);
}

function hostsAfterAtAreCheap(run: string): boolean {
  for (let at = run.indexOf('@'); at !== -1; at = run.indexOf('@', at + 1)) {
    let product = 1;
    let label = 0;
    for (let k = at + 1; k <= run.length; k++) {
      const c = k < run.length ? run.charCodeAt(k) : 0;
      if (c === 0x2e) {
        product *= Math.max(label, 1);
        label = 0;
      } else if (isHostChar(c)) label++;
      else break;
    }
    if (product * Math.max(label, 1) > HOST_BUDGET) return false;
  }
  return true;
}

/** wink splits raw tokens on these (its `splitter` helper); everything else is inside a run. */
function isWinkSpace(c: number): boolean {
  // Letters and digits, most of any text, are told apart in two comparisons.
  if (c <= 0x20) return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  return c >= 0xa0 && (c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f);
}

/** Characters of wink's host labels (`[a-z\u00A1-\uFFFF\d]`, and dashes inside). */
function isHostChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c >= 0xa1;
}
