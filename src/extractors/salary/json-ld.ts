/** The JSON-LD baseSalary as a Salary without a span. */
import type { PayPeriod, Salary } from '../../types/pay';
import type { JobPostingLd, ResolvedOptions } from '../../contract';
import { annualise } from './annualise';
import { currencyOfCountry } from './currency';
import { inferPeriod } from './period';

const UNIT_TEXT: Record<string, PayPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/**
 * The JSON-LD `baseSalary` (or a JSON posting's pay in its shape, `reason` then saying so) as a Salary. It has no
 * place in the visible text, so its span is empty at offset 0 and its text is empty.
 */
export function salaryFromJsonLd(ld: NonNullable<JobPostingLd['baseSalary']>, options: ResolvedOptions, reason = 'salary/json-ld'): Salary | null {
  const min = ld.min ?? ld.value ?? null;
  const max = ld.max ?? ld.value ?? null;
  if (min === null && max === null) return null;
  const period = (ld.unitText && UNIT_TEXT[ld.unitText.toUpperCase()]) || null;
  const currency = ld.currency?.toUpperCase() ?? options.defaultCurrency;
  return {
    text: '',
    start: 0,
    end: 0,
    currency,
    min,
    max,
    period,
    annual: annualise(min, max, period, options.annualization),
    kind: 'base',
    masked: false,
    negotiable: false,
    competitive: false,
    proRata: false,
    periodInferred: false,
    currencyInferred: !ld.currency && currency !== null,
    reason,
  };
}

/**
 * A JSON posting's pay given as numbers (an API's `salary_min`, `salaryRange`), as JSON-LD's is read; an API often
 * leaves out what its market takes for granted, so a missing currency is the country's and a missing period is
 * inferred from the figure, as in text, and both are flagged.
 */
export function salaryFromData(pay: NonNullable<JobPostingLd['baseSalary']>, options: ResolvedOptions, country: string | null): Salary | null {
  const s = salaryFromJsonLd(pay, options, 'salary/page-data');
  if (!s) return null;
  if (s.currency === null) {
    s.currency = currencyOfCountry(country);
    s.currencyInferred = s.currency !== null;
  }
  if (s.period === null) {
    s.period = inferPeriod((s.max ?? s.min)!, s.currency);
    s.periodInferred = true;
    s.annual = annualise(s.min, s.max, s.period, options.annualization);
  }
  return s;
}
