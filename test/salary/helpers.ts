import type { ResolvedOptions } from '../../src/contract';
import type { Salary, SalaryEvidence } from '../../src/types/pay';
import { findSalaries } from '../../src/extractors/salary';
import { DEFAULT_ANNUALIZATION } from '../../src/extractors/salary/annualise';
import { extract, type PostingInput } from '../../src';

export const options: ResolvedOptions = { defaultCurrency: null, defaultCountry: null, annualization: { ...DEFAULT_ANNUALIZATION } };

/** Adzuna's annual equivalents: 40 h x 48 weeks. */
export const ADZUNA = { hoursPerYear: 1920, daysPerYear: 240, weeksPerYear: 48, monthsPerYear: 12 };

/** Salaries of a text read as free text. */
export function inText(text: string, opts: Partial<ResolvedOptions> = {}, evidence: SalaryEvidence = {}): Salary[] {
  return findSalaries(text, { ...options, ...opts }, evidence);
}

/** Salaries of a text read as a salary field (bare numbers are pay there). */
export function inField(text: string, opts: Partial<ResolvedOptions> = {}): Salary[] {
  return findSalaries(text, { ...options, ...opts }, { salaryFields: [{ start: 0, end: text.length }] });
}

/** The first salary of a field, reduced to the parts a test compares. */
export function one(text: string, opts: Partial<ResolvedOptions> = {}) {
  const s = inField(text, opts)[0];
  return s && { min: s.min, max: s.max, period: s.period, currency: s.currency, kind: s.kind };
}

/** The primary pay of a posting as [min, max, period], or null when it has none. */
export function primaryPay(input: string | PostingInput) {
  const s = extract(input).salary;
  return s && [s.min, s.max, s.period];
}
