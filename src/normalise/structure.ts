import type { Block, BlockKind } from '../contract';
import { MappedText, MappedTextBuilder } from './mapped-text';
import { CONTINUATION_WORDS } from './words';
import { labelField } from './field-labels';
import { headingKey, isHeadingText, isKnownHeading, lookupHeading } from '../sections/headings';

/**
 * Turns repaired plain text into blocks: one block per line, bullets stripped,
 * and the Adzuna feed's run-together lists split into items. The feed replaced
 * list breaks by double spaces and sometimes by nothing at all ("the following
 *  The ability to be self motivated The ability to manage ..."): after a
 * double space has opened a list, a capitalised word that follows a lower-case
 * content word with no punctuation between starts a new item.
 */

const BULLET = /^(?:[•·▪◦●○■□➢➤►▶✓✔*\-+]|o(?= )|\(?\d{1,2}(?:\)|\.(?!\d))|\(?[a-z][.)](?= ))\s*/;

interface Segment {
  start: number;
  end: number;
  kind: BlockKind;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}
function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}
function isDigitOrStar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || ch === '*');
}

/** Split one line `[a, b)` into list segments where the feed ran items together. */
function splitRunTogether(t: string, a: number, b: number, into: Segment[]): void {
  let segStart = a;
  let listMode = false;
  // Spaces are found with indexOf in the line alone (in the whole text it would run on past lines without one).
  const line = t.slice(a, b);
  const nextSpace = (from: number) => {
    const at = line.indexOf(' ', from - a);
    return at === -1 ? b : a + at;
  };
  let i = nextSpace(a);
  while (i < b) {
    let j = i;
    while (j < b && t[j] === ' ') j++;
    const before = t[i - 1];
    const after = t[j];
    const numericSides = isDigitOrStar(before) || ((before === 'k' || before === 'K') && (isDigitOrStar(after) || after === '£' || after === '$' || after === '€'));
    let split = false;
    if (j - i >= 2 && j < b && !numericSides && (isUpper(after) || /[0-9(•*-]/.test(after))) {
      split = true;
      listMode = true;
    } else if (listMode && j - i === 1 && isUpper(after) && (before === '.' || before === '!')) {
      split = true;
    } else if (listMode && j - i === 1 && isUpper(after) && isLower(before)) {
      // Previous word: scan back to the space before it (bounded by the segment).
      let k = i - 1;
      while (k > segStart && t[k - 1] !== ' ') k--;
      const prev = t.slice(k, i);
      const next = t.slice(j, Math.min(b, j + 3));
      // "I" and acronyms ("CRM", "UK") do not start items.
      const acronym = /^[A-Z]{2}/.test(next) || (next[0] === 'I' && (next[1] === ' ' || next[1] === "'"));
      split = /^[a-z]+$/.test(prev) && !CONTINUATION_WORDS.has(prev) && !acronym;
    }
    if (split) {
      into.push({ start: segStart, end: i, kind: 'list_item' });
      segStart = j;
    }
    i = nextSpace(j);
  }
  into.push({ start: segStart, end: b, kind: 'list_item' });
}

function trimRange(t: string, a: number, b: number): [number, number] {
  while (a < b && t[a] === ' ') a++;
  while (b > a && t[b - 1] === ' ') b--;
  return [a, b];
}

const MAX_INLINE_HEADING_WORDS = 6;

/** The words of `s` between runs of spaces, counted without splitting it. */
function wordCount(s: string): number {
  const trimmed = s.trim();
  if (trimmed === '') return 0;
  let n = 1;
  for (let i = 1; i < trimmed.length; i++) if (trimmed.charCodeAt(i) === 32 && trimmed.charCodeAt(i - 1) !== 32) n++;
  return n;
}

/** Start of the sentence that `pos` stands in, within `[a, pos)`. */
function sentenceStart(t: string, a: number, pos: number): number {
  for (let k = pos - 1; k > a; k--) {
    if (t.charCodeAt(k) !== 32) continue;
    const c = t.charCodeAt(k - 1);
    if (c === 46 || c === 33 || c === 63 || c === 58) return k;
  }
  return a;
}

/** A phrase that reads as an inline label: known heading, or every word capitalised. */
function isInlineHeading(phrase: string): boolean {
  const n = wordCount(phrase);
  if (n === 0 || n > MAX_INLINE_HEADING_WORDS) return false;
  if (lookupHeading(phrase, true)) return true;
  return phrase
    .trim()
    .split(/ +/)
    .every((w) => /^[A-Z&/(]/.test(w) || w === 'and' || w === 'of' || w === '&');
}

/**
 * End of a known capitalised heading that opens a segment and runs straight
 * into the next sentence ("Key Results Areas Manage outbound calls ..."), or 0.
 */
function leadingHeadingEnd(t: string, seg: Segment): number {
  let end = seg.start;
  let words = 0;
  let found = 0;
  while (words < MAX_INLINE_HEADING_WORDS && end < seg.end && isUpper(t[end])) {
    let k = end;
    while (k < seg.end && t[k] !== ' ') k++;
    words++;
    if (words >= 2 && k < seg.end && isUpper(t[k + 1]) && isKnownHeading(headingKey(t.slice(seg.start, k)))) found = k;
    end = k + 1;
  }
  return found;
}

/**
 * Split inline headings out of a segment: "KEY ACCOUNTABILITIES: To work ..."
 * and "Key Responsibilities: Be the first ..." (a label before a colon), and a
 * known heading that ends the segment ("... deadlines. Requirements", where the
 * feed dropped the line break after it).
 */
/** The first ':' in `t[from, to)`, or -1: bounded to the segment (indexOf would scan on to the next colon of the whole text, line after line). */
function colonIn(t: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (t.charCodeAt(i) === 58) return i;
  return -1;
}

function splitInlineHeadings(t: string, seg: Segment, into: Segment[]): void {
  let cursor = seg.start;
  let kind = seg.kind;
  const lead = leadingHeadingEnd(t, seg);
  if (lead > 0) {
    into.push({ start: seg.start, end: lead, kind: 'heading' });
    cursor = lead;
  }
  for (let c = colonIn(t, seg.start, seg.end); c !== -1; c = colonIn(t, c + 1, seg.end)) {
    if (t[c + 1] !== ' ' && c + 1 !== seg.end) continue;
    const from = sentenceStart(t, cursor, c);
    if (!isInlineHeading(t.slice(from, c))) continue;
    if (from > cursor) into.push({ start: cursor, end: from, kind });
    into.push({ start: from, end: c + 1, kind: 'heading' });
    cursor = c + 1;
    kind = 'paragraph';
  }
  const tailFrom = sentenceStart(t, cursor, seg.end);
  const tail = t.slice(tailFrom, seg.end);
  if (tailFrom > cursor && !/[.!?]$/.test(tail) && wordCount(tail) <= MAX_INLINE_HEADING_WORDS && lookupHeading(tail)) {
    into.push({ start: cursor, end: tailFrom, kind });
    into.push({ start: tailFrom, end: seg.end, kind: 'heading' });
    return;
  }
  if (cursor < seg.end) into.push({ start: cursor, end: seg.end, kind });
}

/**
 * Classify and split one line `m[a, b)`. `forced` is the kind the markup gave
 * the line (an HTML `<li>` or `<h2>`); plain text lines are classified here.
 */
export function structureLine(
  m: MappedText,
  a: number,
  b: number,
  forced: BlockKind | undefined,
  out: MappedTextBuilder,
  blocks: Block[],
): void {
  const t = m.text;
  [a, b] = trimRange(t, a, b);
  if (a >= b) return;
  if (forced === 'heading') {
    appendBlock(m, a, b, 'heading', out, blocks);
    return;
  }
  let bulleted = forced === 'list_item';
  const bullet = BULLET.exec(t.slice(a, Math.min(b, a + 6)));
  if (bullet && bullet[0].length > 0 && a + bullet[0].length < b) {
    a += bullet[0].length;
    bulleted = true;
  }
  const segments: Segment[] = [];
  splitRunTogether(t, a, b, segments);
  if (!bulleted) segments[0].kind = 'paragraph';
  // Bulleted items keep their labels ("Computer skills: Microsoft Office").
  const pieces: Segment[] = [];
  for (const seg of segments) {
    if (bulleted) pieces.push(seg);
    else splitInlineHeadings(t, seg, pieces);
  }
  // A field's value in capitals after its label on the line is no heading: "Position: SALES REPRESENTATIVE".
  let afterLabel = false;
  for (const seg of pieces) {
    const [s, e] = trimRange(t, seg.start, seg.end);
    if (s < e) appendBlock(m, s, e, seg.kind, out, blocks, {}, !afterLabel);
    afterLabel = seg.kind === 'heading' && labelField(t.slice(seg.start, seg.end), true) !== undefined;
  }
}

/** Every line of `m[from, to)` through structureLine. */
export function structureLines(m: MappedText, from: number, to: number, out: MappedTextBuilder, blocks: Block[]): void {
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = m.text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    structureLine(m, lineStart, lineEnd, undefined, out, blocks);
    lineStart = lineEnd + 1;
  }
}

/** Append `m[s, e)` as one block, on a line of its own. */
export function appendBlock(
  m: MappedText,
  s: number,
  e: number,
  kind: BlockKind,
  out: MappedTextBuilder,
  blocks: Block[],
  extra: Partial<Block> = {},
  capitalsHead = true,
): Block {
  if (out.size > 0 && out.lastChar() !== '\n') out.insert('\n', m.srcStart[s]);
  const start = out.size;
  out.copy(m, s, e);
  const text = m.text.slice(s, e);
  const block: Block = { kind: kind === 'paragraph' && capitalsHead && isHeadingText(text) ? 'heading' : kind, start, end: out.size, ...extra };
  blocks.push(block);
  return block;
}
