/** Full or part time read from the weekly hours where the posting names neither. */
import type { EmploymentType, Hours, TermValue } from '../../types/pay';
import { sentenceAround } from './role-context';
import { EMPLOYMENT_SCHEMA } from './schema-org';

/**
 * A week of at least FULL_WEEK hours is full time and one under PART_WEEK is
 * part time in the UK and the US alike; between the two ("30 hours", "32.5
 * hours") the markets differ, so nothing is read.
 */
const FULL_WEEK = 35;
const PART_WEEK = 30;

// "benefits for employees scheduled to work less than 20 hours per week": a threshold of a policy, not this role's week.
const THRESHOLD_BEFORE = /\b(?:less|fewer|more)\sthan\s$|\b(?:at\sleast|under|over|minimum\sof|maximum\sof)\s$/i;
const STAFF_IN_SENTENCE = /\b(?:employees|colleagues|staff\smembers|associates)\b/i;

function aThreshold(text: string, start: number, end: number): boolean {
  return THRESHOLD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || STAFF_IN_SENTENCE.test(sentenceAround(text, start, end));
}

/**
 * The employment type the weekly hours state ("37.5 hours per week" is full
 * time, "16 hours per week" part time), with the hours' mention as its
 * mention, or null where the hours are unknown, between the two marks, or a
 * range that spans both.
 */
export function employmentFromHours(hours: Hours | null, text: string): TermValue<EmploymentType> | null {
  if (!hours?.perWeek) return null;
  const { min, max } = hours.perWeek;
  const value: EmploymentType | null = min >= FULL_WEEK ? 'full_time' : max < PART_WEEK ? 'part_time' : null;
  const mention = hours.mentions.find((m) => m.reason === 'terms/hours-per-week');
  if (!value || !mention || aThreshold(text, mention.start, mention.end)) return null;
  return { value, schemaOrg: EMPLOYMENT_SCHEMA[value], negated: false, mentions: [{ ...mention, reason: 'terms/weekly-hours' }] };
}
