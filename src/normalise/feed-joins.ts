/** Puts back the spaces the Adzuna feed lost between words and sentences. */
import { matchesNear, occurrences } from '../util/scan-near';
import { MappedText, MappedTextBuilder } from './mapped-text';

/**
 * The Adzuna feed lost line breaks between fields and sentences and glued
 * the words together: "SurreySalary upto ****", "hospital.The position".
 * Only in feed text (it carries `****` masks) a space is put back: after a
 * sentence's full stop before a capital, and before a field label glued to
 * a word. The space maps to no source character.
 */
const FULL_STOP_JOIN = /[a-z]{2}\.(?=[A-Z][a-z])/g;
const FEED_LABELS = ['Location', 'Salary', 'Hours', 'Description', 'Requirements', 'Responsibilities', 'Benefits', 'Contract', 'Closing', 'Interview', 'Package', 'Duties'];
const LABEL_JOIN = new RegExp(String.raw`(?:[a-z]{3}|\*{4})(?=(?:${FEED_LABELS.join('|')})\b)`, 'g');
const MASK = /\*{3,}/;

export function splitFeedJoins(m: MappedText): MappedText {
  if (!MASK.test(m.text)) return m;
  return spaceAfterMatches(m, [
    { re: FULL_STOP_JOIN, marks: (text) => occurrences(text, ['.']), reach: 2 },
    { re: LABEL_JOIN, marks: (text) => occurrences(text, FEED_LABELS), reach: 4 },
  ]);
}

/**
 * A join pattern scanned only near its marks: every match starting at `p`
 * holds a mark in `[p, p + reach]` (a glued-on label's start, a full stop),
 * and `marks` lists them all, and maybe more. See {@link matchesNear}.
 */
export interface MarkedJoin {
  re: RegExp;
  marks: (text: string) => number[];
  reach: number;
}

/** A space put in after every match of each global pattern in `joins`. */
export function spaceAfterMatches(m: MappedText, joins: readonly (RegExp | MarkedJoin)[]): MappedText {
  const cuts: number[] = [];
  for (const join of joins) {
    if (join instanceof RegExp) {
      join.lastIndex = 0;
      for (let x = join.exec(m.text); x !== null; x = join.exec(m.text)) cuts.push(x.index + x[0].length);
    } else for (const x of matchesNear(m.text, join.re, join.marks(m.text), join.reach)) cuts.push(x.index + x[0].length);
  }
  return insertSpaces(m, cuts);
}

/** A space put in at each cut, mapped to no source character. */
function insertSpaces(m: MappedText, cuts: number[]): MappedText {
  if (cuts.length === 0) return m;
  cuts.sort((a, b) => a - b);
  const out = new MappedTextBuilder(m.text.length + cuts.length);
  let from = 0;
  for (const at of cuts) {
    out.copy(m, from, at);
    out.insert(' ', m.srcStart[at]);
    from = at;
  }
  out.copy(m, from, m.text.length);
  return out.build();
}
