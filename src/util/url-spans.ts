/** Where a text's links, emails and domain names stand: the extractors leave them out, and the normaliser splits nothing inside them. */
import type { Range } from './spans';

// Checked once per whitespace-separated token, so the scan stays linear however long a token is.
const URL_TOKEN = /^(?:\W*(?:https?:\/\/|www\.)|[^@]+@[^@]+$)|[A-Za-z0-9]\.[a-z]{2,}(?:[/?#:]|\W*$)/;
// Every URL_TOKEN match has one of these: only the tokens around them are tested.
const URL_MARK = /[.@:]/g;

/** Is `c` a character `\s` matches? */
function isSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Spans of URLs, emails and domain names in `text`: the whitespace-separated tokens URL_TOKEN accepts. */
export function urlSpans(text: string): Range[] {
  const out: Range[] = [];
  URL_MARK.lastIndex = 0;
  for (let m = URL_MARK.exec(text); m !== null; m = URL_MARK.exec(text)) {
    // The token around the mark; the search goes on after it, so each character is read at most twice.
    let start = m.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    URL_MARK.lastIndex = end;
    if (URL_TOKEN.test(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}
