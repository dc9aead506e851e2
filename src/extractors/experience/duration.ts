/** Finds stated lengths of time ("5+ years", "3-5 yrs", "two years", "18 months") and their bounds. */
import { collapsedRange, type DurationUnit } from './collapsed-range';
import { NUMBER_WORD_PATTERN, parseNumber } from './numbers';
import { matchesStartingNear } from '../../util/scan-near';
import { alternationOf } from '../../util/escape-regexp';
import { COMPILE_ONCE } from '../../util/compile-once';
import experienceWords from '../../data/words/experience-words.json';
import { lazy } from '../../util/lazy';

/** A stated length of time: "a minimum of 5 years", "3-5 yrs", "18months", "two years", the US "five (5) years". */
export interface Duration {
  start: number;
  end: number;
  unit: DurationUnit;
  /** In the stated unit; `null` when the feed masked the figure. */
  min: number | null;
  max: number | null;
  /** The figure was read as a range the feed collapsed ("35 years" → 3-5). */
  collapsed: boolean;
  /** The rule that read it. */
  reason: string;
}

const NUM = `\\d{1,4}(?:\\.\\d)?|\\*{2,}|${NUMBER_WORD_PATTERN}`;
const LOWER = 'a[ ]{1,2}minimum[ ]{1,2}of|minimum[ ]{1,2}of|a[ ]{1,2}min(?:imum)?|min(?:imum)?\\.?|at[ ]{1,2}least|over|more[ ]{1,2}than|in[ ]{1,2}excess[ ]{1,2}of|upwards[ ]{1,2}of';
const UPPER = 'up[ ]{1,2}to|a[ ]{1,2}maximum[ ]{1,2}of|maximum[ ]{1,2}of|max\\.?|no[ ]{1,2}more[ ]{1,2}than';

// Every repetition is bounded or over disjoint classes, so the scan is linear. A figure in brackets after
// a number word repeats it ("five (5) years"), as US postings write it, as often with "or more" after it; "and"
// joins a range after "between" only ("between 4 and 6 years", not "Python 3 and 5 years of Java").
const DURATION = new RegExp(
  `(?<![\\w*])(?:(${LOWER})[ ]{1,2}|(${UPPER})[ ]{1,2})?(${NUM})(?:[ ]{0,2}\\(\\d{1,2}\\+?\\))?(?:[ ]{0,2}(\\+|plus\\b|or[ ]{1,2}(?:more|greater)\\b))?(?:[ ]{0,2}(?:-|–|—|to|or|(?<=between[ ]{1,2}[\\w*]{1,12}[ ]{0,2})and)[ ]{0,2}(\\d{1,2}(?:\\.\\d)?|${NUMBER_WORD_PATTERN})[ ]{0,2}\\+?)?[ ]{0,2}(years?|yrs?|months?|mths?)(?![a-z])(?:['’]s?)?`,
  'gi',
);

// Every duration holds its unit word at most UNIT_REACH characters after its start (a bound such as
// "a  minimum  of  " 16, the longest number word "a  couple  of" 13, " (5)" 7, "  or  greater" 11, "  and  a  couple
// of +" 23, spaces 2), and a masked figure's stars begin at most 16 after it: the pattern is tried only near those
// marks (see matchesStartingNear), which finds what a scan of the whole text finds.
const UNIT_REACH = 72;
// No mark ends with a letter another begins with, so a scan for them misses none.
const UNIT_MARKS = /y(?:ea)?r|m(?:on)?th|\*\*/gi;

function unitMarks(text: string): number[] {
  const at: number[] = [];
  UNIT_MARKS.lastIndex = 0;
  for (let m = UNIT_MARKS.exec(text); m !== null; m = UNIT_MARKS.exec(text)) at.push(m.index);
  return at;
}

export interface DurationOptions {
  /** The text carries the feed's marks: undo collapsed ranges. */
  feedMarks: boolean;
}

// Other languages, from src/data/words/experience-words.json, with figures only (number words are English's):
// "3 Jahre", "2 à 3 ans", "5+ años", "3-5 jaar".
const LOCAL_UNITS = alternationOf(Object.values(experienceWords.units).flat());
const LOCAL_DURATION = lazy(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}*.,])(\d{1,2})(?:[ ]{0,2}(?:-|–|—|(?:${alternationOf(experienceWords.rangeWords)})(?= ))[ ]{0,2}(\d{1,2}))?[ ]{0,2}(\+)?[ ]{0,2}${COMPILE_ONCE}(${LOCAL_UNITS})(?![\p{L}])`,
  'giu',
));

function localDurations(text: string, out: Duration[]): void {
  for (const m of text.matchAll(LOCAL_DURATION())) {
    const [whole, first, second, plus, unitWord] = m;
    const min = parseNumber(first);
    const max = second !== undefined ? parseNumber(second) : null;
    const reason = second !== undefined ? 'experience/range' : plus ? 'experience/minimum' : 'experience/years';
    out.push({ start: m.index!, end: m.index! + whole.length, unit: /^m/i.test(unitWord) ? 'month' : 'year', min, max, collapsed: false, reason });
  }
}

// "1 year to less than 2 years", "2 years - 3 years": a range whose ends both carry the unit (Canada's Job Bank writes
// its bands so). Sticky, read right after a duration.
const SECOND_END = /[ ]{1,2}(?:to|-|–)[ ]{1,2}(?:less[ ]{1,2}than[ ]{1,2}|under[ ]{1,2})?(\d{1,2})[ ]{1,2}(years?|yrs?|months?)(?![a-z])/iy;

/** Joins a duration with a second end written with its own unit; drops the durations the joined span covers. */
function joinSecondEnds(text: string, durations: Duration[]): Duration[] {
  const out: Duration[] = [];
  let joinedEnd = -1;
  for (const d of durations) {
    if (d.start < joinedEnd) continue;
    SECOND_END.lastIndex = d.end;
    const m = d.max === null && d.min !== null && !d.collapsed ? SECOND_END.exec(text) : null;
    const max = m ? parseNumber(m[1]) : null;
    if (m && max !== null && max > d.min! && /^m/i.test(m[2]) === (d.unit === 'month')) {
      joinedEnd = d.end + m[0].length;
      out.push({ ...d, end: joinedEnd, max, reason: 'experience/range' });
    } else out.push(d);
  }
  return out;
}

/** Every duration in `text`, in text order. */
export function findDurations(text: string, options: DurationOptions): Duration[] {
  const out: Duration[] = [];
  localDurations(text, out);
  for (const m of matchesStartingNear(text, DURATION, unitMarks(text), UNIT_REACH)) {
    const [whole, lower, upper, first, plus, second, unitWord] = m;
    const unit: DurationUnit = /^m/i.test(unitWord) ? 'month' : 'year';
    let min = parseNumber(first);
    let max = second !== undefined ? parseNumber(second) : null;
    let collapsed = false;
    let reason = second !== undefined ? 'experience/range' : 'experience/years';
    const range = options.feedMarks && second === undefined && !plus ? collapsedRange(first, unit) : null;
    if (range) {
      min = range.min;
      max = range.max;
      collapsed = true;
      reason = 'experience/collapsed-range';
    } else if (upper && second === undefined) {
      max = min;
      min = null;
      reason = 'experience/up-to';
    } else if ((lower || plus) && second === undefined) {
      reason = 'experience/minimum';
    }
    out.push({ start: m.index, end: m.index + whole.length, unit, min, max, collapsed, reason });
  }
  return joinSecondEnds(text, out.sort((a, b) => a.start - b.start));
}
