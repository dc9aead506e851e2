/** Puts back the spaces the Adzuna feed lost between words and sentences. */
import { MappedText, MappedTextBuilder } from './mapped-text';

/**
 * The Adzuna feed lost line breaks between fields and sentences and glued
 * the words together: "SurreySalary upto ****", "hospital.The position".
 * Only in feed text (it carries `****` masks) a space is put back: after a
 * sentence's full stop before a capital, and before a field label glued to
 * a word. The space maps to no source character.
 */
const FULL_STOP_JOIN = /[a-z]{2}\.(?=[A-Z][a-z])/g;
const LABEL_JOIN = /(?:[a-z]{3}|\*{4})(?=(?:Location|Salary|Hours|Description|Requirements|Responsibilities|Benefits|Contract|Closing|Interview|Package|Duties)\b)/g;
const MASK = /\*{3,}/;

export function splitFeedJoins(m: MappedText): MappedText {
  if (!MASK.test(m.text)) return m;
  return spaceAfterMatches(m, [FULL_STOP_JOIN, LABEL_JOIN]);
}

/** A space put in after every match of each global pattern in `joins`. */
export function spaceAfterMatches(m: MappedText, joins: readonly RegExp[]): MappedText {
  const cuts: number[] = [];
  for (const re of joins) {
    re.lastIndex = 0;
    for (let x = re.exec(m.text); x !== null; x = re.exec(m.text)) cuts.push(x.index + x[0].length);
  }
  return insertSpaces(m, cuts);
}

/** A space put in at each cut, mapped to no source character. */
function insertSpaces(m: MappedText, cuts: number[]): MappedText {
  if (cuts.length === 0) return m;
  cuts.sort((a, b) => a - b);
  const out = new MappedTextBuilder();
  let from = 0;
  for (const at of cuts) {
    out.copy(m, from, at);
    out.insert(' ', m.srcStart[at]);
    from = at;
  }
  out.copy(m, from, m.text.length);
  return out.build();
}
