import type { PayKind, Salary } from '../../types/pay';
import { clauseBefore, kindCue, lineAbove } from './cues';
import { wordKey } from '../../data/words/fold';

/**
 * After the rules: fold figure-less mentions into a figure nearby, and pick
 * the primary base pay.
 */

/** How far apart a descriptive mention and a figure may stand and still be one statement. */
const NEAR = 80;

/** Both lists in text order; one sweep, so the cost is linear in their lengths. */
export function mergeDescriptive(figures: Salary[], descriptive: Salary[]): Salary[] {
  const kept: Salary[] = [];
  let i = 0;
  for (const d of descriptive) {
    while (i < figures.length && figures[i].end + NEAR <= d.start) i++;
    const f = figures[i];
    const near = f && f.start - NEAR < d.end ? f : undefined;
    if (near) {
      near.competitive ||= d.competitive;
      near.negotiable ||= d.negotiable;
    } else kept.push(d);
  }
  return [...figures, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

const KIND_RANK: Partial<Record<PayKind, number>> = { base: 0, ote: 1 };

function figureRank(s: Salary): number {
  if (s.min !== null || s.max !== null) return 0;
  return s.masked ? 1 : 2;
}

const HEADING_MAX = 40;
// What may follow the pay on its line: what is paid on top ("Up to $70,000 a year base + uncapped commission").
const ALONE_AFTER = /^\s*(?:base\s*)?(?:(?:\+|plus)\s[^\n]{0,60})?$/i;
/** The posting's first lines, and their characters at most, where a line of pay alone is the board's own pay under the title. */
const HEADER_LINES = 6;
const HEADER_REACH = 600;

/** Whether the figure's line is the figure alone, among the text's first lines ("Heavy Equipment Operator" / ... / "$28 - $36 an hour"). */
function headerPayLine(s: Salary, text: string): boolean {
  // (Read within the header's reach only: every look-up stays short whatever the text's length.)
  if (s.end > HEADER_REACH) return false;
  const head = text.slice(0, HEADER_REACH);
  const lineStart = head.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = head.indexOf('\n', s.end);
  const rest = text.slice(s.end, lineEnd === -1 ? Math.min(text.length, s.end + HEADER_REACH) : lineEnd);
  if (head.slice(lineStart, s.start).trim() !== '' || !ALONE_AFTER.test(rest)) return false;
  let lines = 0;
  for (let i = head.indexOf('\n'); i !== -1 && i < lineStart; i = head.indexOf('\n', i + 1)) if (++lines >= HEADER_LINES) return false;
  return true;
}

/**
 * A base-pay label stands just before the figure: "Salary:", "the pay range for this role is", or a heading above it;
 * or the figure is a line of the header on its own.
 */
function labelled(s: Salary, text: string | undefined): number {
  if (text === undefined) return 0;
  if (s.kind === 'base' && !s.masked && headerPayLine(s, text)) return 0;
  let left = clauseBefore(text, 0, s.start);
  // A short line right above a figure that opens its own line is its label ("Base Salary:\n$51,500").
  if (left.trim() === '') {
    const above = lineAbove(text, s.start, HEADING_MAX + 1);
    left = above.length <= HEADING_MAX ? above : '';
  }
  const cue = kindCue(left, '', false);
  return cue.payWord && cue.kind === 'base' ? 0 : 1;
}

/**
 * The primary pay: base before OTE (a posting that gives only OTE is read by
 * that figure), figures before masked before words, a salary field before the
 * description, a line of pay that the posting's `title` labels (a list by
 * level: "Software Engineer II: $128,000 – $152,000") before other figures,
 * base pay that a label names ("Salary:", "the pay range for
 * this role is") before other figures, in the text both ends stated before
 * an open bound, then the first in the text; an open bound that a range elsewhere
 * states in full ("up to £55,000", "£52,000 - £55,000") gives way to the range. Bonus, commission and other extras are
 * never primary. `text` is the text the offsets point into; without it the
 * labels are not read.
 */
export function pickPrimary(salaries: Salary[], fields: { start: number; end: number }[] = [], text?: string, title?: string): Salary | null {
  const ofTitle = titleOfLine(title);
  let best: Salary | null = null;
  let bestHead: number[] = [];
  let bestTail: number[] | null = null;
  let bestInField = false;
  for (const s of salaries) {
    const kind = KIND_RANK[s.kind];
    if (kind === undefined) continue;
    const inField = fields.some((f) => s.start >= f.start && s.end <= f.end);
    const head = [kind, figureRank(s), inField ? 0 : 1];
    let order = best ? compareKeys(head, bestHead) : -1;
    // The label and the bounds are read only to break a tie on the head.
    let tail: number[] | null = null;
    if (order === 0) {
      bestTail ??= tieBreak(best!, bestInField, text, ofTitle);
      tail = tieBreak(s, inField, text, ofTitle);
      order = compareKeys(tail, bestTail);
    }
    if (order < 0) {
      best = s;
      bestHead = head;
      bestTail = tail;
      bestInField = inField;
    }
  }
  // Inside a salary field its first figure stands as written.
  return best && !bestInField ? fullerStatement(best, salaries) : best;
}

/** Inside a salary field the field is the label, and its first figure is meant ("Up to 30,000 + 25000.00-30000.00"). */
function tieBreak(s: Salary, inField: boolean, text: string | undefined, ofTitle: (label: string) => boolean): number[] {
  return inField ? [0, 0, 0, s.start] : [text !== undefined && ofTitle(lineLabel(text, s.start)) ? 0 : 1, labelled(s, text), closed(s), s.start];
}

/** The longest label a line of pay opens with: "Senior Software Engineer: $155,000 – $185,000". */
const MAX_LINE_LABEL = 80;
const LINE_LABEL = /^([^\n\d:]{3,80}?)\s?[:–-]\s?$/;

/** The words before a figure on its line (or on the line above, which the normaliser opens at a label), when they end with a label's colon or dash; else ''. */
function lineLabel(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - MAX_LINE_LABEL), start);
  const own = before.slice(before.lastIndexOf('\n') + 1);
  const line = own.trim() === '' ? lineAbove(text, start, MAX_LINE_LABEL) : own;
  return LINE_LABEL.exec(line)?.[1] ?? '';
}

/**
 * Whether a pay line's label names the posting's job: a pay-transparency list by level ("Software Engineer I: ...",
 * "Software Engineer II: ...") under "Software Engineer II (Backend)". The label is the title, or its first words.
 */
function titleOfLine(title: string | undefined): (label: string) => boolean {
  const t = title ? wordKey(title) : '';
  return (label) => {
    const l = label === '' ? '' : wordKey(label);
    return l !== '' && t !== '' && (t === l || t.startsWith(`${l} `));
  };
}

/** "up to £55,000" and "£52,000 - £55,000" elsewhere are one pay: the range says it in full. */
function fullerStatement(open: Salary, salaries: Salary[]): Salary {
  if (closed(open) === 0) return open;
  const full = salaries.find(
    (s) => s.kind === open.kind && s.period === open.period && s.currency === open.currency && s.min !== null && s.max !== null && s.min < s.max && (s.max === open.max || s.min === open.min),
  );
  return full ?? open;
}

/** Both ends stated ("$70,000 - $90,000", "£25,000"), not an open bound ("up to $5,000", "from $500k"). */
function closed(s: Salary): number {
  return s.min !== null && s.max !== null ? 0 : 1;
}

/** Negative when `a` sorts first: the first part that differs decides. */
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
