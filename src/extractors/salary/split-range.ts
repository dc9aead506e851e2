import type { ResolvedOptions } from '../../contract';
import type { Salary } from '../../types/pay';
import { annualise } from './annualise';

/**
 * A range written as two figures apart: "Min\n$75,000/Yr\nMax\n$95,000/Yr"
 * in a details box, "between USD 140,000 in the lowest market and USD
 * 250,000 in the highest", "ranges from $X a year in the lowest market up
 * to $Y a year in the highest". The finder marks a single figure that opens one
 * (a "between" or minimum label, "from") and one that closes it (a maximum
 * label, "and", "up to"); each open figure joins the next figure when that one
 * closes it.
 */
export interface RangeMarks {
  opens: boolean;
  closes: boolean;
  /** A midpoint label ("Mid:", "Midpoint") names the figure: it may stand between the two ends. */
  middle: boolean;
  /**
   * The mark comes from a bound ("from $X", "up to $Y"), which also stands on one figure alone:
   * it joins only within one sentence ("Pay from $20 an hour. Overtime up to $30" is two figures).
   */
  bounded: boolean;
}

/** A sentence end or a line break between two figures. */
const SENTENCE_BREAK = /[.!?;]\s|\n/;

export const MIN_LABEL = /\b(?:min|minimum|low|lowest)\b[^\n\d]{0,12}$/i;
export const MAX_LABEL = /\b(?:max|maximum|high|highest|and)\b[^\n\d]{0,12}$/i;
export const MID_LABEL = /\b(?:mid|midpoint|mid-point|median)\b[^\n\d]{0,12}$/i;

/** How far apart the two figures may stand. */
const REACH = 100;

/**
 * "Min: $80,000 / Mid: $95,000 / Max: $110,000": a midpoint between the two ends is part of the
 * range, not a figure of its own. The index of the figure that closes the range opened at `k`.
 */
function closer(figures: Salary[], marks: RangeMarks[], k: number): number {
  const mid = figures[k + 1];
  const end = figures[k + 2];
  const { min } = figures[k];
  if (mid && end && marks[k + 1].middle && marks[k + 2].closes && mid.kind === figures[k].kind && min !== null && end.max !== null) {
    const value = mid.min ?? mid.max;
    if (value !== null && min <= value && value <= end.max) return k + 2;
  }
  return k + 1;
}

export function joinSplitRanges(text: string, figures: Salary[], marks: RangeMarks[], options: ResolvedOptions): Salary[] {
  const out: Salary[] = [];
  for (let k = 0; k < figures.length; k++) {
    const a = figures[k];
    const next = marks[k].opens ? closer(figures, marks, k) : k + 1;
    const b = figures[next];
    const joins =
      b !== undefined &&
      marks[k].opens &&
      marks[next].closes &&
      b.start - figures[next - 1].end <= REACH &&
      (!(marks[k].bounded || marks[next].bounded) || !SENTENCE_BREAK.test(text.slice(a.end, b.start))) &&
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
      reason: next === k + 2 ? 'salary/split-range-midpoint' : 'salary/split-range',
    });
    k = next;
  }
  return out;
}
