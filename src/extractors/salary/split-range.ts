import type { ResolvedOptions } from '../../contract';
import type { Salary } from '../../types/pay';
import { annualise } from './annualise';

/**
 * A range written as two figures apart: "Min\n$75,000/Yr\nMax\n$95,000/Yr"
 * in a details box, "between USD 140,000 in the lowest market and USD
 * 250,000 in the highest". The finder marks a single figure that opens one
 * (a "between" or minimum label) and one that closes it (a maximum label,
 * "and"); each open figure joins the next figure when that one closes it.
 */
export interface RangeMarks {
  opens: boolean;
  closes: boolean;
}

export const MIN_LABEL = /\b(?:min|minimum|low|lowest)\b[^\n\d]{0,12}$/i;
export const MAX_LABEL = /\b(?:max|maximum|high|highest|and)\b[^\n\d]{0,12}$/i;

/** How far apart the two figures may stand. */
const REACH = 100;

export function joinSplitRanges(text: string, figures: Salary[], marks: RangeMarks[], options: ResolvedOptions): Salary[] {
  const out: Salary[] = [];
  for (let k = 0; k < figures.length; k++) {
    const a = figures[k];
    const b = figures[k + 1];
    const joins =
      b !== undefined &&
      marks[k].opens &&
      marks[k + 1].closes &&
      b.start - a.end <= REACH &&
      a.kind === b.kind &&
      a.min !== null &&
      b.max !== null &&
      a.min < b.max &&
      (a.currency === b.currency || a.currencyInferred || b.currencyInferred) &&
      (a.period === b.period || a.periodInferred || b.periodInferred);
    if (!joins) {
      out.push(a);
      continue;
    }
    const period = a.periodInferred ? b.period : a.period;
    out.push({
      ...a,
      text: text.slice(a.start, b.end),
      end: b.end,
      max: b.max,
      period,
      annual: annualise(a.min, b.max, period, options.annualization),
      periodInferred: a.periodInferred && b.periodInferred,
      negotiable: a.negotiable || b.negotiable,
      competitive: a.competitive || b.competitive,
      proRata: a.proRata || b.proRata,
      reason: 'salary/split-range',
    });
    k++;
  }
  return out;
}
