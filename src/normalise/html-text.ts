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

/**
 * Aligns a text node's decoded `data` with its raw source `raw` (which starts
 * at `base` in the input): `&amp;` (5 source characters) becomes one character
 * mapped to all five, `\r\n` becomes `\n`. The parser decoded the entities; we
 * only need to know how much source each decoded character stands for.
 */
export function alignDecoded(data: string, raw: string, base: number): MappedText {
  const out = new MappedTextBuilder();
  let i = 0;
  let j = 0;
  while (j < data.length && i < raw.length) {
    const r = raw[i];
    const ref = r === '&' ? entityEnd(raw, i) : -1;
    if (ref !== -1 && (raw[ref - 1] === ';' || data[j] !== '&')) {
      const width = decodedWidth(data, j, raw, ref);
      out.raw(data.slice(j, j + width), base + i, base + ref);
      i = ref;
      j += width;
    } else if (r === data[j]) {
      out.raw(data[j], base + i, base + i + 1);
      i++;
      j++;
    } else if (r === '\r') {
      i++;
    } else {
      // Unexpected difference: map the character to where we are and move on.
      out.raw(data[j], base + i, base + i + 1);
      i++;
      j++;
    }
  }
  if (j < data.length) out.raw(data.slice(j), base + raw.length, base + raw.length);
  return out.build();
}
