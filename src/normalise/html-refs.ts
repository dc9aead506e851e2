import type { Warning } from '../types/common';

const MAX_CODE_POINT = 0x10ffff;
/** parse5 reads references of up to this many digits (leading zeros count); longer ones overflow. */
const MAX_SAFE_DIGITS = 16;
// A numeric reference; one pass, no backtracking.
const NUMERIC_REF = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/g;
const REPLACEMENT_REF = '&#65533;';

/**
 * Numeric character references beyond U+10FFFF read as U+FFFD (the HTML
 * standard's rule) with a warning. parse5 applies the rule itself to short
 * ones, but throws `Invalid code point NaN` on long ones ("&#999…9;"): those
 * are rewritten as `&#65533;` and a comment that fills the rest of their
 * length, so every offset into the HTML stays where it was.
 */
export function sanitiseNumericRefs(html: string, warnings: Warning[]): string {
  if (!html.includes('&#')) return html;
  const out: string[] = [];
  let pos = 0;
  for (let m = NUMERIC_REF.exec(html); m; m = NUMERIC_REF.exec(html)) {
    const hex = m[1] !== undefined;
    const digits = hex ? m[1] : m[2];
    const significant = digits.replace(/^0+/, '');
    if (significant.length <= 7 && parseInt(significant || '0', hex ? 16 : 10) <= MAX_CODE_POINT) continue;
    warnings.push({
      code: 'html/invalid-character-reference',
      // Warning offsets point into the normalised text; this place is in the HTML source.
      message: `The numeric character reference at HTML offset ${m.index} is beyond U+10FFFF and was read as U+FFFD.`,
    });
    if (digits.length <= MAX_SAFE_DIGITS) continue;
    // At least 2 + 17 characters: room for the reference and an empty comment "<!---->".
    out.push(html.slice(pos, m.index), REPLACEMENT_REF, '<!--', '-'.repeat(m[0].length - REPLACEMENT_REF.length - 7), '-->');
    pos = m.index + m[0].length;
  }
  if (pos === 0) return html;
  out.push(html.slice(pos));
  return out.join('');
}
