/** Result types for pay and terms: Salary, employment and contract type, workplace, hours. */
import type { Explained, Span } from './common';

/** What one unit of pay is for: an hourly rate, a day rate ... a yearly salary. */
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';
/**
 * What a pay mention is: `base` salary or wage, `ote` (on-target earnings),
 * `bonus`, `commission`, `allowance` (London weighting, car allowance), `tips`
 * (gratuities, tronc, service charge), `other` (joining award, relocation,
 * overtime, referral, mileage).
 */
export type PayKind = 'base' | 'ote' | 'bonus' | 'commission' | 'allowance' | 'tips' | 'other';

/**
 * One pay mention. `reason` names the rule: `salary/single`, `salary/range`,
 * `salary/range-k`, `salary/masked`, `salary/masked-range`, `salary/descriptive`
 * (no figures: "competitive", "DOE"), `salary/json-ld`, `salary/page-data` (a JSON posting's or a page's app
 * state's pay given as numbers, with an empty span like JSON-LD's).
 */
export interface Salary extends Span, Explained {
  /** ISO 4217 code, or null when neither the text nor the options give one. */
  currency: string | null;
  /**
   * Lower figure in currency units per `period` ("25k" is 25000, "£6.50 p/h"
   * is 6.5); equals `max` for a single figure; null for "up to 30k", masked
   * pay and pay described without figures.
   */
  min: number | null;
  /** Upper figure, as `min`; null for "from 25k", masked pay and pay without figures. */
  max: number | null;
  /** Stated, or inferred from the magnitude for base pay and OTE (see `periodInferred`); null when neither. */
  period: PayPeriod | null;
  /** `min` and `max` converted to a year with `options.annualization`. */
  annual: {
    /** `min` per year, rounded to the penny; null when `min` or `period` is null. */
    min: number | null;
    /** `max` per year, rounded to the penny; null when `max` or `period` is null. */
    max: number | null;
  };
  /** Base pay, OTE or an extra; only `base` and `ote` can be the primary `salary`. */
  kind: PayKind;
  /** The publisher hid the figures (`****K`). */
  masked: boolean;
  /** "negotiable", "DOE", "depending on experience". */
  negotiable: boolean;
  /** "competitive salary". */
  competitive: boolean;
  /** "pro rata", "pro-rata": the figure is for full-time hours and is paid in proportion. */
  proRata: boolean;
  /** The period was not stated and was inferred from the magnitude. */
  periodInferred: boolean;
  /** The currency was not stated and came from options or other evidence. */
  currencyInferred: boolean;
}

/** Full- or part-time, as stated. */
export type EmploymentType = 'full_time' | 'part_time';
/** The terms of the engagement; see the README for what each maps to in schema.org. */
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
  | 'freelance'
  | 'casual';
/** Where the work is done: at the workplace, partly remote, or remote. */
export type Workplace = 'onsite' | 'hybrid' | 'remote';

/**
 * The schema.org JobPosting terms jobsift maps to: `employmentType` values,
 * and `TELECOMMUTE` for `jobLocationType`.
 */
export type SchemaOrgTerm = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'PER_DIEM' | 'INTERN' | 'VOLUNTEER' | 'TELECOMMUTE';

/** One value of a terms field with the mentions that support it. */
export interface TermValue<V extends string> {
  /** The value, one per list: `full_time`, `permanent`, `remote` ... */
  value: V;
  /**
   * The schema.org JobPosting value (`FULL_TIME`, `PART_TIME`, `CONTRACTOR`,
   * `TEMPORARY`, `PER_DIEM`, `INTERN`, `VOLUNTEER`; `TELECOMMUTE` for
   * `jobLocationType`), or null where schema.org has no term (permanent,
   * apprenticeship, onsite, hybrid).
   */
  schemaOrg: SchemaOrgTerm | null;
  /** Every mention rules the value out ("no remote working", "not a contract role"); one positive mention makes it false. */
  negated: boolean;
  /** Each place the value is stated, in text order; `reason` names the cue. */
  mentions: (Span & Explained)[];
}

/** Shift patterns a posting states: day shifts, nights, weekend work, evenings, a rota or on-call, shift work, flexible hours. */
export type ShiftPattern = 'days' | 'nights' | 'weekends' | 'evenings' | 'rota' | 'shifts' | 'flexible';

/** Working hours; `null` in the result when the posting states neither weekly hours nor shifts. */
export interface Hours {
  /** Hours per week, the first weekly figure stated ("37.5 hours per week", "20-30 hrs a week"); null when none is. */
  perWeek: {
    /** Lower bound in hours (more than 0); equals `max` for one figure. */
    min: number;
    /** Upper bound in hours (at most 80). */
    max: number;
  } | null;
  /** Shift patterns in order of first mention, each once; "no weekends" is not a shift. */
  shifts: ShiftPattern[];
  /** The weekly-hours and shift mentions, in text order (`terms/hours-per-week`, `terms/shift-nights` ...). */
  mentions: (Span & Explained)[];
}

/**
 * What the salary finder may know beyond the text it reads. All optional:
 * `findSalaries(text, options)` works on a bare string.
 */
export interface SalaryEvidence {
  /** Ranges of `text` that are a salary field: bare numbers there are pay ("25000 - 30000"). */
  salaryFields?: {
    /** Offset into `text` where the field starts. */
    start: number;
    /** Offset just past its end. */
    end: number;
  }[];
  /** ISO 4217 code the posting supports elsewhere (a symbol in the text, JSON-LD, the country). */
  currency?: string | null;
  /** ISO 3166-1 alpha-2 country of the posting, used to read `$` and to infer a currency. */
  country?: string | null;
}
