/** The JSON-LD baseSalary as a Salary without a span. */
import type { PayPeriod, Salary } from '../../types/pay';
import type { JobPostingLd, ResolvedOptions } from '../../contract';
import { annualise } from './annualise';

const UNIT_TEXT: Record<string, PayPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/**
 * The JSON-LD `baseSalary` as a Salary. It has no place in the visible text,
 * so its span is empty at offset 0 and its text is empty.
 */
export function salaryFromJsonLd(ld: NonNullable<JobPostingLd['baseSalary']>, options: ResolvedOptions): Salary | null {
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
    reason: 'salary/json-ld',
  };
}
