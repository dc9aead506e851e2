/** Converts pay to yearly figures, with the default paid-time annualisation. */
import type { PayPeriod } from '../../types/pay';
import type { Annualization } from '../../types/result';

/**
 * How a pay period converts to a year, by default.
 *
 * The defaults count *paid* time, because an hourly or daily rate in a
 * permanent job is also paid during annual leave and bank holidays:
 * - hoursPerYear 1950 = 37.5 hours (the usual UK full-time week) x 52 weeks;
 * - daysPerYear 260 = 5 days x 52 weeks (1950 / 260 = a 7.5-hour day, the same basis);
 * - weeksPerYear 52, monthsPerYear 12.
 * Job boards that compare "annual equivalents" of worked time use smaller
 * figures (Adzuna: 1920 / 240 / 48 / 12, i.e. 40 h x 48 weeks); pass them as
 * `options.annualization` to reproduce such figures.
 */
export const DEFAULT_ANNUALIZATION: Readonly<Annualization> = Object.freeze({
  hoursPerYear: 1950,
  daysPerYear: 260,
  weeksPerYear: 52,
  monthsPerYear: 12,
});

export function periodsPerYear(period: PayPeriod, a: Annualization): number {
  switch (period) {
    case 'hour': return a.hoursPerYear;
    case 'day': return a.daysPerYear;
    case 'week': return a.weeksPerYear;
    case 'month': return a.monthsPerYear;
    case 'year': return 1;
  }
}

/** `min`/`max` as yearly figures, rounded to the penny. */
export function annualise(
  min: number | null,
  max: number | null,
  period: PayPeriod | null,
  a: Annualization,
): { min: number | null; max: number | null } {
  if (!period) return { min: null, max: null };
  const f = periodsPerYear(period, a);
  const conv = (v: number | null) => (v === null ? null : Math.round(v * f * 100) / 100);
  return { min: conv(min), max: conv(max) };
}
