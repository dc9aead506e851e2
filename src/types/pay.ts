import type { Explained, Span } from './common';

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';
export type PayKind = 'base' | 'ote' | 'bonus' | 'commission' | 'allowance' | 'tips' | 'other';

export interface Salary extends Span, Explained {
  /** ISO 4217 code, or null when neither the text nor the options give one. */
  currency: string | null;
  min: number | null;
  max: number | null;
  period: PayPeriod | null;
  /** `min` and `max` converted to a year with `options.annualization`. */
  annual: { min: number | null; max: number | null };
  kind: PayKind;
  /** The publisher hid the figures (`****K`). */
  masked: boolean;
  /** "negotiable", "DOE", "depending on experience". */
  negotiable: boolean;
  /** "competitive salary". */
  competitive: boolean;
  proRata: boolean;
  /** The period was not stated and was inferred from the magnitude. */
  periodInferred: boolean;
  /** The currency was not stated and came from options or other evidence. */
  currencyInferred: boolean;
}

export type EmploymentType = 'full_time' | 'part_time';
export type ContractType =
  | 'permanent'
  | 'contract'
  | 'temporary'
  | 'fixed_term'
  | 'internship'
  | 'apprenticeship'
  | 'volunteer'
  | 'locum'
  | 'bank'
  | 'temp_to_perm'
  | 'seasonal'
  | 'freelance';
export type Workplace = 'onsite' | 'hybrid' | 'remote';

/** One value of a terms field with the mentions that support it. */
export interface TermValue<V extends string> {
  value: V;
  /** schema.org JobPosting `employmentType` value, when it has one. */
  schemaOrg: string | null;
  /** The text rules the value out ("no remote working", "not a contract role"). */
  negated: boolean;
  mentions: (Span & Explained)[];
}

export type ShiftPattern = 'days' | 'nights' | 'weekends' | 'evenings' | 'rota' | 'shifts' | 'flexible';

export interface Hours {
  /** Hours per week, when stated. */
  perWeek: { min: number; max: number } | null;
  shifts: ShiftPattern[];
  mentions: (Span & Explained)[];
}

/**
 * What the salary finder may know beyond the text it reads. All optional:
 * `findSalaries(text, options)` works on a bare string.
 */
export interface SalaryEvidence {
  /** Ranges of `text` that are a salary field: bare numbers there are pay ("25000 - 30000"). */
  salaryFields?: { start: number; end: number }[];
  /** ISO 4217 code the posting supports elsewhere (a symbol in the text, JSON-LD, the country). */
  currency?: string | null;
  /** ISO 3166-1 alpha-2 country of the posting, used to read `$` and to infer a currency. */
  country?: string | null;
}
