/**
 * Pay that differs by location: "$126,000 - $148,000 (CA, NY, WA) and
 * $110,000 - $130,000 (other U.S. locations)", a Min/Max block per group of
 * states, "Region 1: $115,500 / Region 2: $109,000". The role's pay is the
 * band whose label names the posting's town, or else the span of those
 * figures, from the lowest to the highest.
 */
import type { Salary } from '../../types/pay';
import { annualise } from './annualise';
import { occursAsWords } from '../../util/whole-words';
import type { ResolvedOptions } from '../../contract';

/** How far the words naming a figure's location may stand before and after it. */
const BEFORE = 120;
const AFTER = 60;
/** Figures further apart than this are not one statement of pay. */
const BLOCK_GAP = 400;

// (Or the people a band is for, where they are: "$190,000–$225,000 for candidates in California, New York and Washington".)
const LOCATION_WORD =
  /\b(?:(?:regions?|zones?|tiers?|markets?|locations?|states|metro(?:politan)?|geograph\w*|cities)\b|(?:candidates|applicants|employees|hires|roles?|positions?)\s(?:(?:based|located|living|residing|working|hired)\s)?in\s(?=[a-z]))/i;
// "(CA, NY, WA)": state or province codes, capitals only.
const STATE_CODES = /\((?:[A-Z]{2}(?:,\s?|\s?\/\s?|\s(?:and|or)\s)?){2,}\)/;
const SENTENCE_END = /[.!?]\s/;
const namesPlace = (s: string) => LOCATION_WORD.test(s) || STATE_CODES.test(s);

/** The words beside `s` that belong to it: from the figure before it to the figure after, within reach. */
function namesLocation(s: Salary, text: string, prevEnd: number, nextStart: number): boolean {
  // The sentence's own words only: a label may stand on the lines above ("Base pay range (CA, WA):\nMin:").
  const before = text.slice(Math.max(prevEnd, s.start - BEFORE), s.start).split(SENTENCE_END).pop()!;
  const after = text.slice(s.end, Math.min(nextStart, s.end + AFTER)).split(/\.\s|\n/)[0];
  return namesPlace(before) || namesPlace(after);
}

const sameUnit = (a: Salary, b: Salary) => a.kind === b.kind && a.period === b.period && a.currency === b.currency;

// A label after its figure: a bracket naming a place, or the people or roles it is for: "$126,000 - $148,000 (CA, NY,
// WA) and ...", "$190,000–$225,000 for candidates in California, New York and Washington, and ...". (Not "(USD)", "(base)"
// or "in base pay", which name none.)
const LABEL_AFTER =
  /^[^\S\n]{0,2}(?:(?:USD|annually|per[^\S\n](?:year|annum))[^\S\n]{1,2})?(?:\((?![A-Z]{3}\))(?=[^)\n]{0,60}\p{Lu})|[Ff]or\s(?:candidates|applicants|employees|hires|roles?|positions?|those|people|individuals)\b|in\s(?:the\s)?\p{Lu})/u;

/**
 * The words that label a band: those after it up to the next figure where they label it (LABEL_AFTER); else its line's,
 * from the figure before it on that line ("- Tier 3 (Boise and all other US locations): "), unless they label that
 * figure, or the row's label over a figure that opens its line ("Minnesota:" / "$88,000 - $112,000").
 */
function bandLabel(text: string, s: Salary, prevEnd: number, nextStart: number): string {
  const wordsAfter = (end: number, limit: number) => text.slice(end, Math.min(limit, end + BEFORE)).split(/\.\s|\n/)[0];
  const after = wordsAfter(s.end, nextStart);
  if (LABEL_AFTER.test(after)) return after;
  if (prevEnd > 0 && LABEL_AFTER.test(wordsAfter(prevEnd, s.start))) return '';
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const own = text.slice(Math.max(prevEnd, lineStart, s.start - BEFORE), s.start);
  if (own.trim() !== '' || lineStart === 0 || lineStart <= prevEnd) return own;
  const above = text.slice(Math.max(prevEnd, text.lastIndexOf('\n', lineStart - 2) + 1, s.start - BEFORE), lineStart - 1);
  return above.trimEnd().endsWith(':') ? above : own;
}

/** How many mentions of a place or grade are looked at, in a label or in the text outside the block. */
const LABEL_MENTIONS = 8;

// A band's grade as its label names it: "Band 17", "Grade 6", "Level 5", "Step 3". Bounded: linear.
const GRADE = /\b(?:band|grade|level|step|scale|tier|pay\s(?:band|grade))\s?[A-Z]?\d{1,3}[A-Z]?\b/i;

/**
 * The band of pay whose label names the posting's town ("- Salem, MA HQ and Portsmouth, NH: $85,000 - $100,000" under
 * "Pay ranges by work location:" for a job in Salem) or the grade the text gives the role elsewhere ("This position is
 * graded at Band 17" over "Band 16: ..." / "Band 17: ..."), among the figures of one block beside the primary; null
 * where none or more than one does, or the block has one figure.
 */
export function namedBand(primary: Salary, salaries: Salary[], text: string, town: string | null, region: string | null = null): Salary | null {
  const at = salaries.indexOf(primary);
  if (at < 0) return null;
  const joins = (a: Salary, b: Salary) => sameUnit(a, primary) && sameUnit(b, primary) && Math.abs(b.start - a.start) <= BLOCK_GAP;
  let first = at;
  let last = at;
  while (first > 0 && joins(salaries[first - 1], salaries[first])) first--;
  while (last < salaries.length - 1 && joins(salaries[last], salaries[last + 1])) last++;
  // (One figure said twice is no set of bands: "CASH DAILY $150/DAY (Houston)" over "compensation: $150/day".)
  const block = salaries.slice(first, last + 1);
  if (first === last || block.every((s) => s.min === primary.min && s.max === primary.max)) return null;
  // The block's own lines aside: the grade is named again where the text says which is the role's. (Folded once, and
  // only where a label holds a grade: most blocks have none.)
  let outside: string | undefined;
  const graded = (label: string) => {
    const grade = GRADE.exec(label)?.[0].toLowerCase();
    if (grade === undefined) return false;
    outside ??= `${text.slice(0, text.lastIndexOf('\n', salaries[first].start - 1) + 1)}\n${text.slice(salaries[last].end)}`.toLowerCase();
    return occursAsWords(outside, grade, 0, LABEL_MENTIONS);
  };
  // (Places compared folded: a label may print its town in capitals.)
  const labelled = (place: string | null, withGrade: boolean) =>
    block.filter((s, k) => {
      const label = bandLabel(text, s, salaries[first + k - 1]?.end ?? 0, salaries[first + k + 1]?.start ?? text.length);
      return s.min !== null && ((place !== null && occursAsWords(label.toLowerCase(), place.toLowerCase(), 0, LABEL_MENTIONS)) || (withGrade && graded(label)));
    });
  const bands = labelled(town, true);
  if (bands.length === 1) return bands[0];
  // Else the band of the town's state or county ("Minnesota: $88,000 – $112,000" for a job in Plymouth, MN).
  const byRegion = bands.length === 0 && region !== null && region !== town ? labelled(region, false) : [];
  return byRegion.length === 1 ? byRegion[0] : null;
}

/**
 * The primary pay widened to the lowest and highest of the figures beside it
 * that each name a location, or `primary` itself where fewer than two do. `salaries`
 * are in text order and `primary` is one of them.
 */
export function regionalSpan(primary: Salary, salaries: Salary[], text: string, options: ResolvedOptions): Salary {
  const at = salaries.indexOf(primary);
  if (at < 0 || primary.min === null || primary.max === null) return primary;
  const located = (k: number) => namesLocation(salaries[k], text, salaries[k - 1]?.end ?? 0, salaries[k + 1]?.start ?? text.length);
  if (!located(at)) return primary;
  let first = at;
  let last = at;
  const joins = (k: number, near: Salary) => {
    const s = salaries[k];
    return sameUnit(s, primary) && s.min !== null && s.max !== null && Math.abs(s.start - near.start) <= BLOCK_GAP && located(k);
  };
  while (first > 0 && joins(first - 1, salaries[first])) first--;
  while (last < salaries.length - 1 && joins(last + 1, salaries[last])) last++;
  if (first === last) return primary;
  const group = salaries.slice(first, last + 1);
  const min = Math.min(...group.map((s) => s.min!));
  const max = Math.max(...group.map((s) => s.max!));
  if (min === primary.min && max === primary.max) return primary;
  // The span stays the primary's own: a span from the first figure to the last would run across
  // lines, list items or fields, and the other ranges are in `salaries` with their own spans.
  return { ...primary, min, max, annual: annualise(min, max, primary.period, options.annualization), reason: 'salary/regional-span' };
}
