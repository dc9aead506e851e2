import { occurrences } from '../util/scan-near';
import { spaceAfterMatches } from './feed-joins';
import type { MappedText } from './mapped-text';

/**
 * Text scraped from job boards loses its line breaks, gluing a field label
 * or the next heading to the word before it: "experienceSalary: $120,000",
 * "$24Job Summary", "$150,000Benefits: 401k". A space is put back where a
 * known label starts after a lower-case word, and where a capitalised word
 * starts right after a currency amount. Nothing else is split: "JavaScript",
 * "PowerPoint" and "LinkedIn" are words of their own. The space maps to no
 * source character.
 */
const LABELS = 'Salary|Pay|Pay Range|Pay Rate|Base Pay|Base Salary|Compensation|Wage|Rate|Location|Benefits|Job Type|Position Type|Employment Type|Schedule|Job Summary|Job Description|Responsibilities|Requirements|Qualifications|Education|Experience|Shift|Hours'.split('|');
// A lower-case word of three letters or more, or an upper-case one ("ASAPLocation:"), then a label with its colon.
const LABEL_JOIN = new RegExp(String.raw`(?:[a-z]{3}|[A-Z]{2,8})(?=(?:${LABELS.join('|')}):)`, 'g');
const WITH_COLON = LABELS.map((label) => label + ':');
// A currency amount (bounded digits), then a capitalised word: "$24Job", "$150,000Benefits".
const AMOUNT_JOIN = /[£$€]\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?(?=[A-Z][a-z])/g;

export function splitScrapedJoins(m: MappedText): MappedText {
  return spaceAfterMatches(m, [{ re: LABEL_JOIN, marks: (text) => occurrences(text, WITH_COLON), reach: 8 }, AMOUNT_JOIN]);
}
