/** Finds weekly hours and shift patterns. */
import type { Explained, Span } from '../../types/common';
import type { Hours, ShiftPattern } from '../../types/pay';
import { isNegated } from './negation';
import { sameLine } from '../../util/same-line';
import { alternationOf } from '../../util/escape-regexp';
import { COMPILE_ONCE } from '../../util/compile-once';
import { digitMarks, matchesStartingNear } from '../../util/scan-near';
import termWords from '../../data/words/employment-terms.json';
import { lowerCased } from '../../util/last-text';
import { leavesItsField, type Range } from '../../util/spans';

/**
 * Weekly hours ("37.5 hours per week", "20-30 hrs a week", "a 40 hour week", "76 hours per fortnight",
 * "between 16 and 24 hours per week") and shift patterns (days, nights,
 * weekends, evenings, rota, shifts, flexible). "No weekends" is not a shift.
 */
// A figure glued to a mask ("****5 hours") is the tail of a masked number, read as no figure.
const NUM = String.raw`(\d{1,2}(?:\.\d{1,2})?)`;
const PER_WEEK = String.raw`\s?(?:hours?|hrs?)(?:\s(?:per|a|each|every|\/|p\.?\/?)|\/)\s?(?:week|wk|w)\b`;
// Hours and shifts are read within a line (sameLine): "Monday" and "Friday" in two items are no week.
const WEEKLY_HOURS = sameLine(new RegExp(
  String.raw`(?<![\d.*])(?:between\s)?${NUM}(?:\s?(?:-|–|to|and)\s?${NUM})?${PER_WEEK}` +
    String.raw`|(?<![\d.*])${NUM}(?:\s?(?:-|–|to)\s?${NUM})?[\s-]?(?:hours?|hrs?)\s(?:working\s)?week\b` +
    // "Hours: 37.5", not "Hours: 5 days in 7" nor "Hours: 9am - 5pm".
    String.raw`|\bhours(?:\sper\sweek)?\s?:[ \n]?${NUM}(?:\s?(?:-|–|to)\s?${NUM})?(?![\d.])(?!\s?(?:days?|am|pm|a\.m|p\.m|:|\/))` +
    // A board's row, its value on the next line: "Expected hours:" then "30 – 40 per week".
    String.raw`|(?<=\bhours\s?:[ \n]?)${NUM}(?:\s?(?:-|–|to)\s?${NUM})?\s(?:per|a|each)\s(?:week|wk)\b`,
  'gi',
));
// The same in other languages, from employment-terms.json `weeklyHours`, figures first: "32 - 40 uur per week",
// "35 Stunden/Woche", "35h/semaine", "40 horas semanales".
const LOCAL_WEEKLY_HOURS = sameLine(
  new RegExp(
    String.raw`(?<![\d.*])${NUM}(?:\s?(?:-|–)\s?${NUM})?\s?(?:${alternationOf(termWords.weeklyHours.hours)})\s?${COMPILE_ONCE}(?:${alternationOf(termWords.weeklyHours.perWeek)})(?![\p{L}])`,
    'giu',
  ),
);

// Australia and New Zealand count hours by the fortnight, paid so: "76 hours per fortnight" is a 38-hour week.
const FORTNIGHTLY_HOURS = sameLine(/(?<![\d.*])(\d{1,3}(?:\.\d{1,2})?)(?:\s?(?:-|–|to)\s?(\d{1,3}(?:\.\d{1,2})?))?\s?(?:hours?|hrs?)\s(?:per|a|each|every)\s(?:fortnight|fn)\b/gi);

// Every match of the weekly patterns holds a figure at most this far from its start ("hours per week: 37.5"), so each
// is tried only near the text's digits (see matchesStartingNear): the one that opens with a word cost a try at
// every position of the text.
export const DIGIT_REACH = 17;

export const WEEKLY_PATTERNS: readonly [RegExp, number][] = [
  [WEEKLY_HOURS, 1],
  [LOCAL_WEEKLY_HOURS, 1],
  [FORTNIGHTLY_HOURS, 2],
];

/** A week of more than this many hours is a misread. */
const MAX_WEEKLY_HOURS = 80;

// Each pattern with the lower-case words one of which every match holds: a text without them (most name few
// shifts) is not scanned. The patterns are ASCII and case-insensitive without the u flag, so their letters
// match ASCII letters only, and those the lower-cased text has lower-cased in place.
const SHIFTS: readonly [ShiftPattern, RegExp, readonly string[]][] = ([
  ['days', /\bday\s?shifts?\b|\bdays\sonly\b|\bmonday\s{0,2}(?:to|-|–)?\s{0,2}friday\b|\bmon\s?(?:-|–|to)\s?fri\b/gi, ['day', 'mon']],
  ['nights', /\bnight\s?shifts?\b|\bnights\b|\bwaking\snights?\b|\bnight\s(?:duty|work)\b|\bsleep[\s-]?ins?\b/gi, ['night', 'sleep']],
  ['weekends', /\bweekends\b|\bweekend\s(?:work|working|shifts?|cover|rota|days)\b/gi, ['weekend']],
  ['evenings', /\bevenings\b|\bevening\s(?:shifts?|work)\b/gi, ['evening']],
  ['rota', /\brotas?\b|\brota's\b|\brotating\b|\brotational\b|\bon[\s-]?call\b/gi, ['rota', 'call']],
  ['shifts', /\bshift\s(?:work|pattern|patterns|basis|rotation)\b|(?<!\b(?:day|night|evening|weekend)\s?)\bshifts\b/gi, ['shift']],
  ['flexible', /\bflexible\s(?:working\s)?hours\b|\bflexi[\s-]?time\b|\bflexible\sshifts\b/gi, ['flexi']],
] as const).map(([shift, re, cues]) => [shift, sameLine(re), cues]);

/** `fields` are the header fields' spans: a match that leaves its field ("Title: hours:" into the next line) is none. */
export function findHours(text: string, fields: readonly Range[] = []): Hours | null {
  const mentions: (Span & Explained)[] = [];
  let perWeek: Hours['perWeek'] = null;
  // Each pattern with what its figures are divided by to give a week's hours.
  const digits = digitMarks(text);
  for (const [re, weeks] of WEEKLY_PATTERNS) {
    for (const m of matchesStartingNear(text, re, digits, DIGIT_REACH)) {
      const nums = m.slice(1).filter((v): v is string => v !== undefined).map((v) => Number(v) / weeks);
      const min = Math.min(...nums);
      const max = Math.max(...nums);
      // Less than an hour a week is a share of a post misread ("Hours: 0.8 WTE").
      if (min < 1 || max > MAX_WEEKLY_HOURS || leavesItsField({ start: m.index, end: m.index + m[0].length }, fields)) continue;
      perWeek ??= { min, max };
      mentions.push({ text: m[0], start: m.index, end: m.index + m[0].length, reason: 'terms/hours-per-week' });
    }
  }
  const shifts: ShiftPattern[] = [];
  const lower = lowerCased(text);
  for (const [shift, re, cues] of SHIFTS) {
    if (!cues.some((cue) => lower.includes(cue))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (isNegated(text, m.index, end) || /^\s?off\b/i.test(text.slice(end, end + 5))) continue;
      if (!shifts.includes(shift)) shifts.push(shift);
      mentions.push({ text: m[0], start: m.index, end, reason: `terms/shift-${shift}` });
    }
  }
  if (!perWeek && shifts.length === 0) return null;
  mentions.sort((a, b) => a.start - b.start);
  return { perWeek, shifts, mentions };
}
