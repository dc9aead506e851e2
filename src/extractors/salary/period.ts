import type { PayPeriod } from '../../types/pay';

/**
 * Pay periods as feeds write them: "per annum", "pa", "p.a.", "/annum",
 * "a year", "p/h", "ph", "p.hr", "per calendar month", "pcm", "GBP Hourly" ...
 * `matchPeriodAt` reads one right after an amount; `periodCueBefore` reads
 * the ones that come first ("hourly rate of £9").
 */

const UNIT: Record<string, PayPeriod> = {
  hour: 'hour', hr: 'hour', h: 'hour',
  day: 'day', d: 'day', diem: 'day',
  week: 'week', wk: 'week', w: 'week',
  month: 'month', mth: 'month', m: 'month', cm: 'month',
  annum: 'year', anum: 'year', year: 'year', yr: 'year', a: 'year', y: 'year',
};

const ADJECTIVE: Record<string, PayPeriod> = {
  hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', annual: 'year', annually: 'year', yearly: 'year',
};

// Sticky: tried only at the end of an amount. "pm" alone is left out: it is a time of day.
const PERIOD = new RegExp(
  String.raw`[ \t]{0,3}(?:` +
    String.raw`(?:per|an?|each|every)[ \t]{1,3}(?:calendar[ \t])?(?<perUnit>hour|hr|day|diem|week|wk|month|mth|annum|anum|year|yr)s?` +
    String.raw`|/[ \t]?(?<slashUnit>hour|hr|h|day|d|week|wk|w|month|mth|annum|year|yr|pa)` +
    String.raw`|p\.?/?(?<pUnit>hr|h|d|w|a|y|cm)\.?` +
    String.raw`|(?<bare>annum)` +
    String.raw`|(?<adj>hourly|daily|weekly|monthly|annually|annual|yearly)` +
    String.raw`|p/m|p\.m\.(?= )` +
  String.raw`)(?![A-Za-z])`,
  'iy',
);

export interface PeriodMatch {
  period: PayPeriod;
  end: number;
  /** Written as an adjective ("3 weekly", "GBP Hourly"): after a bare number it reads as a frequency. */
  adjective: boolean;
}

/** The period written at `pos` (spaces allowed before it), or null. */
export function matchPeriodAt(text: string, pos: number): PeriodMatch | null {
  PERIOD.lastIndex = pos;
  const m = PERIOD.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const unit = (g.perUnit ?? g.slashUnit ?? g.pUnit ?? g.bare)?.toLowerCase();
  let period: PayPeriod | undefined;
  if (unit === 'pa') period = 'year';
  else if (unit) period = UNIT[unit];
  else if (g.adj) period = ADJECTIVE[g.adj.toLowerCase()];
  else period = 'month'; // p/m, p.m.
  return period ? { period, end: pos + m[0].length, adjective: g.adj !== undefined } : null;
}

const CUE_BEFORE = /\b(?:(?<hour>hourly|per hour)|(?<day>day|daily)|(?<week>weekly)|(?<month>monthly)|(?<year>annual|yearly))\s(?:rate|salary|pay|wage|rate of pay)\b[^.;\n]{0,25}$/i;

/** A period named just before an amount: "day rate £350", "hourly rate of 9.50". */
export function periodCueBefore(window: string): PayPeriod | null {
  const g = CUE_BEFORE.exec(window)?.groups;
  if (!g) return null;
  if (g.hour) return 'hour';
  if (g.day) return 'day';
  if (g.week) return 'week';
  if (g.month) return 'month';
  return 'year';
}

/**
 * Period from magnitude when none is written (GBP/EUR/USD scale): under 100
 * is an hourly rate, under 1,000 a day rate, under 10,000 a monthly salary,
 * anything larger a yearly salary. Flagged as inferred by the caller.
 */
export function inferPeriod(value: number): PayPeriod {
  if (value < 100) return 'hour';
  if (value < 1000) return 'day';
  if (value < 10000) return 'month';
  return 'year';
}

const PERIOD_SEARCH = new RegExp(String.raw`(?<![A-Za-z])` + PERIOD.source.replace(String.raw`[ \t]{0,3}`, ''), 'gi');

/** The first period written in `text[from, to)`: "24,000 to 30,000 plus benefits per year". */
export function findPeriodIn(text: string, from: number, to: number): PayPeriod | null {
  // Searched in the slice, so a miss costs the window, not the rest of the text.
  const window = text.slice(from, to);
  PERIOD_SEARCH.lastIndex = 0;
  const m = PERIOD_SEARCH.exec(window);
  return m ? (matchPeriodAt(window, m.index)?.period ?? null) : null;
}
