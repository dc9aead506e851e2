/** Puts back the spaces the Adzuna feed lost between words and sentences. */
import { MappedText, insertSpaces } from './mapped-text';
import { isAsciiLower, isAsciiUpper, isWordChar, runBefore } from './chars';

/**
 * The Adzuna feed lost line breaks between fields and sentences and glued
 * the words together: "SurreySalary upto ****", "hospital.The position".
 * Only in feed text (it carries `****` masks) a space is put back: after a
 * sentence's full stop that follows two lower-case letters, before a capital
 * and a lower-case letter; and before a field label (a whole word) glued to
 * three lower-case letters or to a mask. The space maps to no source
 * character. Each full stop and label is found with `indexOf` and its
 * neighbours read: no pattern is tried along the text.
 */
const FEED_LABELS = ['Location', 'Salary', 'Hours', 'Description', 'Requirements', 'Responsibilities', 'Benefits', 'Contract', 'Closing', 'Interview', 'Package', 'Duties'];
const MASK = /\*{3,}/;
const STAR = 0x2a;

export function splitFeedJoins(m: MappedText): MappedText {
  const t = m.text;
  if (!MASK.test(t)) return m;
  const cuts: number[] = [];
  for (let p = t.indexOf('.'); p !== -1; p = t.indexOf('.', p + 1)) {
    if (isAsciiLower(t.charCodeAt(p - 2)) && isAsciiLower(t.charCodeAt(p - 1)) && isAsciiUpper(t.charCodeAt(p + 1)) && isAsciiLower(t.charCodeAt(p + 2))) cuts.push(p + 1);
  }
  for (const label of FEED_LABELS) {
    for (let p = t.indexOf(label); p !== -1; p = t.indexOf(label, p + 1)) {
      if (isWordChar(t.charCodeAt(p + label.length))) continue;
      if (runBefore(t, p, 3, isAsciiLower) || runBefore(t, p, 4, (c) => c === STAR)) cuts.push(p);
    }
  }
  return insertSpaces(m, cuts);
}
