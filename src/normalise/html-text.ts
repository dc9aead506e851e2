/** Maps text decoded from HTML back to its source characters. */
import { MappedText, MappedTextBuilder } from './mapped-text';

/** End of a character reference (`&amp;`, `&#163;`, `&nbsp`) starting at `i`, or -1. */
function entityEnd(raw: string, i: number): number {
  let k = i + 1;
  while (k < raw.length && k - i <= 32 && /[#a-zA-Z0-9]/.test(raw[k])) k++;
  if (k === i + 1) return -1;
  return raw[k] === ';' ? k + 1 : k;
}

const LOOKAHEAD = 6;
const MAX_DECODED = 8;

/**
 * How many decoded characters a reference ending at `k` stands for: the
 * fewest after which the decoded text lines up with the source again. Most
 * references decode to one character; `&fjlig;` decodes to two, and a legacy
 * reference without `;` ("&pound25") was read together with what follows it.
 */
function decodedWidth(data: string, j: number, raw: string, k: number): number {
  const next = raw.slice(k, k + LOOKAHEAD);
  for (let w = 1; w <= MAX_DECODED && j + w <= data.length; w++) {
    if (next === '' ? j + w === data.length : data.startsWith(next, j + w)) return w;
  }
  const code = data.codePointAt(j) ?? 0;
  return code > 0xffff ? 2 : 1;
}

/** End of the tag or comment that starts at `raw[i] === '<'`, or -1 when it is not one. */
function markupEnd(raw: string, i: number): number {
  if (!/[a-zA-Z/!?]/.test(raw[i + 1] ?? '')) return -1;
  const close = raw.indexOf('>', i + 1);
  return close === -1 ? -1 : close + 1;
}

const RESYNC_WINDOW = 8;

/**
 * Whether the source at `i` reads as `data` at `j` for a few characters (up
 * to a reference, a line break, a NUL or a tag, which the caller handles).
 */
function resumesHere(raw: string, i: number, data: string, j: number): boolean {
  for (let k = 0; k < RESYNC_WINDOW && j + k < data.length && i + k < raw.length; k++) {
    const r = raw[i + k];
    if (r === '&' || r === '\r' || r === '<' || r === '\0') return true;
    if (r !== data[j + k]) return false;
  }
  return true;
}

/**
 * Aligns a text node's decoded `data` with its raw source `raw` (which starts
 * at `base` in the input): `&amp;` (5 source characters) becomes one character
 * mapped to all five. The parser decoded references, turned `\r\n` and a lone
 * `\r` into `\n`, and dropped what it ignores: NULs and stray tags inside a
 * text node it merged (`a</b> London`). `data` is what the source says with
 * those changes, so whatever the source has that `data` does not is skipped,
 * a tag at a time, and every character keeps its own place. After a skipped
 * tag the node resumes only where a few characters agree: the text between
 * is another element's (a table cell between two pieces of text the parser
 * moved before the table).
 */
export function alignDecoded(data: string, raw: string, base: number): MappedText {
  const out = new MappedTextBuilder();
  let i = 0;
  let j = 0;
  let resyncing = false;
  while (j < data.length && i < raw.length) {
    const r = raw[i];
    const d = data[j];
    const ref = r === '&' ? entityEnd(raw, i) : -1;
    if (ref !== -1 && (raw[ref - 1] === ';' || d !== '&')) {
      const width = decodedWidth(data, j, raw, ref);
      out.raw(data.slice(j, j + width), base + i, base + ref);
      i = ref;
      j += width;
    } else if (r === d && (!resyncing || resumesHere(raw, i, data, j))) {
      resyncing = false;
      out.raw(d, base + i, base + i + 1);
      i++;
      j++;
    } else if (r === '\r' && d === '\n') {
      // CRLF is one line break, mapped to both characters; a lone CR is one too.
      const width = raw[i + 1] === '\n' ? 2 : 1;
      out.raw(d, base + i, base + i + width);
      i += width;
      j++;
    } else if (d === '\uFFFD') {
      // A character the parser replaced (a NUL in some contexts).
      out.raw(d, base + i, base + i + 1);
      i++;
      j++;
    } else {
      // Source the parser dropped: a stray tag whole, anything else a character at a time.
      const end = r === '<' ? markupEnd(raw, i) : -1;
      if (end !== -1) resyncing = true;
      i = end === -1 ? i + 1 : end;
    }
  }
  if (j < data.length) out.raw(data.slice(j), base + raw.length, base + raw.length);
  return out.build();
}
