/**
 * A starting figure and the ceiling stated after it in one sentence are one
 * range: "$22/hr to start, up to $25/hr with experience", "Starting at $4,200
 * per month (Trainee); up to $5,350 per month (Certified)".
 */
import type { Salary } from '../../types/pay';
import type { ResolvedOptions } from '../../contract';
import { annualise } from './annualise';

/** The longest stretch of words between the two figures. */
const MAX_GAP = 60;
// Within one sentence (a semicolon or a bracket may part them).
const GAP = /^[^.!?\n]*$/;
const UP_TO = /^up\s+to\b/i;

/** `primary` run on to the "up to" figure after it, or `primary` itself. `salaries` are in text order. */
export function startAndCeiling(primary: Salary, salaries: Salary[], text: string, options: ResolvedOptions): Salary {
  // (`primary` may be a copy of its mention, with its reason: found by its span.)
  const at = salaries.findIndex((s) => s.start === primary.start && s.end === primary.end);
  const next = at < 0 ? undefined : salaries[at + 1];
  if (!next || primary.min === null || (primary.max !== null && primary.max !== primary.min)) return primary;
  if (next.kind !== primary.kind || next.period !== primary.period || next.currency !== primary.currency) return primary;
  if (next.min !== null || next.max === null || next.max <= primary.min || !UP_TO.test(next.text)) return primary;
  const gap = text.slice(primary.end, next.start);
  if (gap.length > MAX_GAP || !GAP.test(gap)) return primary;
  return {
    ...primary,
    text: text.slice(primary.start, next.end),
    end: next.end,
    max: next.max,
    annual: annualise(primary.min, next.max, primary.period, options.annualization),
    reason: 'salary/start-to-ceiling',
  };
}
