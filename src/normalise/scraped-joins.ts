import { MappedText, insertSpaces } from './mapped-text';
import { isAsciiLower, isAsciiUpper, runBefore } from './chars';

/**
 * Text scraped from job boards loses its line breaks, gluing a field label
 * or the next heading to the word before it: "experienceSalary: $120,000",
 * "$24Job Summary", "$150,000Benefits: 401k". A space is put back where a
 * known label and its colon start right after three lower-case letters or
 * two capitals ("ASAPLocation:"), and where a capitalised word starts right
 * after a currency amount. Nothing else is split: "JavaScript",
 * "PowerPoint" and "LinkedIn" are words of their own. The space maps to no
 * source character. Labels are looked for before each colon, so the text
 * is not searched once per label.
 */
const LABELS = 'Salary|Pay|Pay Range|Pay Rate|Base Pay|Base Salary|Compensation|Wage|Rate|Location|Benefits|Job Type|Position Type|Employment Type|Schedule|Job Summary|Job Description|Responsibilities|Requirements|Qualifications|Education|Experience|Shift|Hours'.split('|');
// A currency amount (bounded digits), then a capitalised word: "$24Job", "$150,000Benefits".
const AMOUNT_JOIN = /[£$€]\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?(?=[A-Z][a-z])/g;

export function splitScrapedJoins(m: MappedText): MappedText {
  const t = m.text;
  const cuts: number[] = [];
  for (let colon = t.indexOf(':'); colon !== -1; colon = t.indexOf(':', colon + 1)) {
    for (const label of LABELS) {
      const at = colon - label.length;
      if (at >= 0 && t.startsWith(label, at) && (runBefore(t, at, 3, isAsciiLower) || runBefore(t, at, 2, isAsciiUpper))) cuts.push(at);
    }
  }
  AMOUNT_JOIN.lastIndex = 0;
  for (let x = AMOUNT_JOIN.exec(t); x !== null; x = AMOUNT_JOIN.exec(t)) cuts.push(x.index + x[0].length);
  return insertSpaces(m, cuts);
}
