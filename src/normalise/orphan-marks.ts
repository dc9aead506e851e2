/**
 * Text taken from a page node by node (BeautifulSoup's `get_text("\n")`, a scraper joining every text node with a
 * line break) puts the pieces of one inline run on lines of their own: "Remote" / "(" / "Australia" / ")", "$160,000" /
 * "—" / "$385,000 USD". Brackets alone on the lines around a line's words are joined to them, and a dash alone between two
 * amounts makes them one range again, so the place and the pay read as the page showed them. A dash between other lines
 * (a rule between sections) stays; "by" or "at" alone on a line goes with the employer's name under it ("by" /
 * "Contoso"), and a public body's name after a slash with the title over it ("Court Clerk" / "/ Ministry of Justice").
 * The map to the caller's characters is kept.
 */
import { MappedTextBuilder, type MappedText } from './mapped-text';
import { trimmedLines, type TrimmedLine } from '../util/lines';
import { isOrganisation } from './page/company';

const DASHES = new Set(['-', '–', '—']);
// An amount's end ("$160,000", "45k") over the dash, and an amount's start ("$385,000 USD", "£50k") under it: a
// currency's sign or code, thousands, or "k" (not a list's "2." under a rule).
const AMOUNT_END = /(?:[£$€¥₹][\d,.]{0,20}\d|\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,2})?|\d[kK])$/;
const AMOUNT_START = /^(?:[A-Z]{0,2}[£$€¥₹]|[A-Z]{3}\s?\d|\d{1,3}(?:,\d{3}){1,4}\b|\d{1,3}(?:\.\d)?[kK]\b)/;

// "by" / "Contoso", "at" / "Contoso": the word a board sets before the employer's link, alone on its line.
const NAME_LEAD = /^(?:[Aa]t|[Bb]y)$/;
// A name's first character: not a list's marker ("at" over "- Care assistants") nor a mark.
const NAME_START = /^[\p{L}\d]/u;

// A slash or a bar that opens a line, before a name.
const BODY_AFTER_MARK = /^[/|] \S/;

/** How many lines a bracket's words may take. */
const MAX_INSIDE = 4;

/** The line of the ")" that closes the "(" alone on line `open`, or -1: a few lines of words in between. */
function closingLine(lines: readonly TrimmedLine[], open: number): number {
  for (let k = open + 1; k < Math.min(lines.length, open + 2 + MAX_INSIDE); k++) {
    const t = lines[k].text;
    if (t === ')') return k > open + 1 ? k : -1;
    if (!t || t.includes('(') || t.includes(')')) return -1;
  }
  return -1;
}

/** `m` with lone brackets and dashes joined to the run they belong to, or `m` itself where it has none. */
export function joinOrphanMarks(m: MappedText): MappedText {
  const text = m.text;
  // Most texts have no line of one mark: one scan for "\n(\n", "\n)\n", a dash alone or a line opening "/ " answers them.
  if (!/\n[ \t]*(?:(?:[()\-–—]|[Aa]t|[Bb]y)[ \t]*\r?\n|[/|] )/.test(text)) return m;
  const lines = trimmedLines(text);
  // What replaces the break after line i: a space, nothing, or (undefined) the break stays.
  const joins = new Map<number, string>();
  for (let i = 1; i + 1 < lines.length; i++) {
    const mark = lines[i].text;
    const before = lines[i - 1].text;
    const after = lines[i + 1].text;
    // "(" / words / ")": the bracket's words on a line or a few between the two ("Germany" / "United Kingdom", one
    // place each), the lines inside apart by a comma.
    const close = mark === '(' && before && after ? closingLine(lines, i) : -1;
    if (close !== -1) {
      joins.set(i - 1, ' ');
      joins.set(i, '');
      for (let k = i + 1; k < close - 1; k++) joins.set(k, ', ');
      joins.set(close - 1, '');
    } else if (DASHES.has(mark) && AMOUNT_END.test(before.slice(-30)) && AMOUNT_START.test(after)) {
      joins.set(i - 1, ' ');
      joins.set(i, ' ');
    } else if (NAME_LEAD.test(mark) && NAME_START.test(after)) joins.set(i, ' ');
    // "Court Clerk" / "/ Ministry of Justice": the body's name after the title's slash, in a node of its own.
    if (before && BODY_AFTER_MARK.test(mark) && isOrganisation(mark.slice(2))) joins.set(i - 1, ' ');
  }
  if (joins.size === 0) return m;
  const out = new MappedTextBuilder(text.length);
  let pos = 0;
  for (const i of [...joins.keys()].sort((a, b) => a - b)) {
    const breakStart = lines[i].end;
    const breakEnd = lines[i + 1].start;
    out.copy(m, pos, breakStart);
    out.replace(m, breakStart, breakEnd, joins.get(i)!);
    pos = breakEnd;
  }
  out.copy(m, pos, text.length);
  return out.build();
}
