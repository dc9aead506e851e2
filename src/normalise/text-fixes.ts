import { breakLongRuns } from './long-runs';
import { MappedText, MappedTextBuilder } from './mapped-text';

/**
 * Character-level repairs of real feed text, one linear pass: UTF-8 read as
 * Windows-1252 ("â€™"), curly quotes and dashes, exotic spaces, invisible
 * characters, line endings, Unicode compatibility forms (NFKC) and Arabic-Indic digits. Masked
 * numbers (`****`) pass through untouched: they are the feed's mark.
 */

// The mojibake that real feeds carry: UTF-8 bytes decoded as Windows-1252.
const MOJIBAKE: ReadonlyArray<[string, string]> = [
  ['â€™', "'"],
  ['â€˜', "'"],
  ['â€œ', '"'],
  ['â€\u009d', '"'],
  ['â€', '"'],
  ['â€“', '-'],
  ['â€”', '-'],
  ['â€¢', '•'],
  ['â€¦', '...'],
  ['Â£', '£'],
  ['Â€', '€'],
  ['Â\u00a0', ' '],
  ['Â·', '·'],
  ['Ã©', 'é'],
  ['Ã¨', 'è'],
  ['Ã¡', 'á'],
  ['Ã³', 'ó'],
  ['Ã±', 'ñ'],
  ['Ã¼', 'ü'],
  ['Ã¶', 'ö'],
  ['Ã¤', 'ä'],
  ['â‚¬', '€'],
];
// Longest first, so "â€™" wins over its prefix "â€".
const MOJIBAKE_BY_LEAD = new Map<string, Array<[string, string]>>();
for (const pair of [...MOJIBAKE].sort((x, y) => y[0].length - x[0].length)) {
  const list = MOJIBAKE_BY_LEAD.get(pair[0][0]) ?? [];
  list.push(pair);
  MOJIBAKE_BY_LEAD.set(pair[0][0], list);
}

const SINGLE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\ufe58': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u3000': ' ', '\t': ' ', '\u000b': ' ', '\u000c': '\n',
  '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u00ad': '',
  // Bullets of the Symbol and Wingdings fonts, which text taken from a PDF or a Word file keeps as private-use
  // characters: "\uf0b7 Prepare claims", "\uf0a7 Excel".
  '\uf0b7': '•', '\uf0a7': '▪', '\uf076': '•', '\uf0d8': '➢', '\uf0fc': '✓', '\uf0a8': '□', '\uf06e': '■', '\uf0be': '-',
  // Chinese, Japanese and Korean punctuation carries its own space: its ASCII form gets one ("薪资：25-35K" reads as
  // a label and its pay, not a clock time).
  '\uff1a': ': ', '\uff0c': ', ', '\uff1b': '; ', '\uff01': '! ', '\uff1f': '? ', '\u3001': ', ', '\u3002': '. ',
};

const SPACE = /^\p{Zs}$/u;
// Every UTF-16 unit but a line break and printable ASCII other than the backtick and "&" (DEL included, as it always was).
const MAY_NEED_REPAIR = /[^\n\x20-\x25\x27-\x5f\x61-\x7f]/g;

// HTML's character references in text that is not HTML: a scraped CSV's or an API's plain text that kept them
// ("Sales &amp; Marketing", "£35,000&nbsp;-&nbsp;£40,000", "We&#39;re"). The named ones postings use; any number.
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}\d{0,2}));/;
const MAX_REFERENCE = 12;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '-', mdash: '-', minus: '-', lsquo: "'", rsquo: "'", sbquo: "'", ldquo: '"', rdquo: '"', bdquo: '"',
  laquo: '"', raquo: '"', hellip: '...', bull: '•', middot: '·', pound: '£', euro: '€', yen: '¥', cent: '¢',
  dollar: '$', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', frac12: '½', frac14: '¼', frac34: '¾',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á', acirc: 'â', ccedil: 'ç', iacute: 'í', icirc: 'î',
  oacute: 'ó', ocirc: 'ô', uacute: 'ú', ugrave: 'ù', ntilde: 'ñ', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Eacute: 'É', shy: '', zwnj: '', zwj: '',
};

/** The character an HTML reference at `i` stands for, and its width; null when it is none (or a code point that is none). */
function reference(t: string, i: number): [string, number] | null {
  const m = REFERENCE.exec(t.slice(i, i + MAX_REFERENCE));
  if (!m) return null;
  if (m[3] !== undefined) return m[3] in NAMED ? [NAMED[m[3]], m[0].length] : null;
  const code = m[1] !== undefined ? Number(m[1]) : Number.parseInt(m[2], 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return [String.fromCodePoint(code), m[0].length];
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code < 0xa0);
}

/** What one code point (other than "\r", whose repair looks ahead) is repaired to, or null when it stays. */
function repaired(cp: string): string | null {
  const code = cp.charCodeAt(0);
  if (cp in SINGLE) return SINGLE[cp];
  if (isControl(code)) return ' ';
  // Every Unicode space (U+1680 Ogham space mark too, which NFKC keeps) is a plain space.
  if (SPACE.test(cp)) return ' ';
  // Arabic-Indic and Persian digits ("٨٥٠"), which NFKC keeps: the same figure in ASCII digits, one for one.
  if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return String.fromCharCode(0x30 + (code & 0xf));
  // The Arabic decimal and thousands separators.
  if (code === 0x66b || code === 0x66c) return code === 0x66b ? '.' : ',';
  if (code < 0x80) return null;
  const nf = cp.normalize('NFKC');
  return nf !== cp ? (SINGLE[nf] ?? nf) : null;
}

export function fixCharacters(input: MappedText): MappedText {
  const t = input.text;
  // Made on the first repair: a text that needs none is passed on as it is, not copied.
  let out: MappedTextBuilder | null = null;
  let copyFrom = 0;
  let i = 0;
  for (;;) {
    // Straight to the next character that may need a repair: most text is printable ASCII, which never does.
    MAY_NEED_REPAIR.lastIndex = i;
    if (!MAY_NEED_REPAIR.test(t)) break;
    i = MAY_NEED_REPAIR.lastIndex - 1;
    const ch = t[i];
    const code = t.charCodeAt(i);
    let width = 1;
    let replacement: string | null = null;
    const candidates = MOJIBAKE_BY_LEAD.get(ch);
    if (candidates) {
      for (const [bad, good] of candidates) {
        if (t.startsWith(bad, i)) {
          width = bad.length;
          replacement = good;
          break;
        }
      }
    }
    if (replacement === null && ch === '&') {
      const ref = reference(t, i);
      if (!ref) {
        i += 1;
        continue;
      }
      // What it stands for is repaired too: "&rsquo;" is a straight quote, "&#160;" a space.
      width = ref[1];
      replacement = repaired(ref[0]) ?? ref[0];
    } else if (replacement === null) {
      if (ch === '\r') replacement = t[i + 1] === '\n' ? '' : '\n';
      else {
        // One code point (a surrogate pair counts as one).
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < t.length) width = 2;
        replacement = repaired(t.slice(i, i + width));
      }
    }
    if (replacement === null) {
      i += width;
      continue;
    }
    out ??= new MappedTextBuilder(t.length);
    out.copy(input, copyFrom, i);
    out.replace(input, i, i + width, replacement);
    i += width;
    copyFrom = i;
  }
  if (!out) return input;
  out.copy(input, copyFrom, t.length);
  return out.build();
}

/** Everything a piece of source text goes through before structuring: repairs, then long runs broken. */
export function cleanText(input: MappedText): MappedText {
  return breakLongRuns(fixCharacters(input));
}
