/**
 * A JSON posting's pay given as numbers, the way job APIs serve it: `"salary_min": 24500, "salary_max": 26000`
 * on the job, `"salaryRange": {"min": 60000, "max": 70000, "currency": "GBP", "interval": "per-year-salary"}`,
 * `"salary": {"salary_from": 85000, "salary_to": 100000, "salary_currency": "USD"}`, a list of ranges
 * (`"pay_input_ranges": [{"min_cents": ..., "max_cents": ...}]`). Such figures have no place in the text, so they
 * are read like JSON-LD's `baseSalary` (an empty span), and only where the text states no pay of its own.
 */
import keys from '../../data/words/page-data-keys.json';
import type { JobPostingLd } from '../../contract';
import { asNumber, isObject, type Json } from '../json-ld';
import { foldKey as fold } from './posting-data';

export type NumericPay = NonNullable<JobPostingLd['baseSalary']>;

const PAY = {
  objects: new Set(keys.pay.objects),
  min: new Set(keys.pay.min),
  max: new Set(keys.pay.max),
  value: new Set(keys.pay.value),
  currency: new Set(keys.pay.currency),
  period: new Set(keys.pay.period),
  ownMin: new Set(keys.pay.ownMin),
  ownMax: new Set(keys.pay.ownMax),
};
/** How deep under a pay key a range is looked for (Ashby's tiers hold components that hold the figures). */
const MAX_DEPTH = 4;
/** How many values are looked at in all: an API's job is small; a dump of many is not one posting. */
const MAX_VISITS = 2000;
const CURRENCY_CODE = /^[A-Za-z]{3}$/;
const MAX_FIGURE = 1e9;

// What is paid besides the base, by the key it stands under or its own type's value (Ashby's tiers list
// `{"compensationType": "EquityPercentage", "minValue": 0.1, ...}` beside the salary's): never the pay.
const NOT_BASE = /equity|stock|options|bonus|commission|tips|allowance|stipend/i;
const TYPE_KEY = /type|kind/i;
const isBesides = (o: Record<string, Json>): boolean => Object.entries(o).some(([key, v]) => TYPE_KEY.test(key) && typeof v === 'string' && v.length < 40 && NOT_BASE.test(v));

/** A figure: a number, or a string of one ("50000", "50,000.00"); cents where the key says so. */
function figure(v: Json, key: string): number | undefined {
  const n = asNumber(v);
  if (n === undefined) return undefined;
  const value = key.endsWith('cents') ? n / 100 : n;
  // (Below one is a share or a percentage, no pay.)
  return value >= 1 && value < MAX_FIGURE ? value : undefined;
}

// A period's words in an API's value: "per-year-salary", "1 YEAR", "Per Hour", "PA" (per annum), "hourly", "PH".
const PERIODS: [RegExp, string][] = [
  [/hour|^ph$/i, 'HOUR'],
  [/day|daily|^pd$/i, 'DAY'],
  [/week|^pw$/i, 'WEEK'],
  [/month|^pm$/i, 'MONTH'],
  [/year|annual|annum|^pa$|^yr$/i, 'YEAR'],
];
const periodOf = (v: Json): string | undefined => (typeof v === 'string' ? PERIODS.find(([re]) => re.test(v.trim()))?.[1] : undefined);

/** The pay an object states with its own keys (`min`, `max`, `currency`, `interval` ...), or null. */
function payIn(o: Record<string, Json>, minKeys: ReadonlySet<string>, maxKeys: ReadonlySet<string>): NumericPay | null {
  let min: number | undefined;
  let max: number | undefined;
  let value: number | undefined;
  let currency: string | undefined;
  let unitText: string | undefined;
  for (const [key, v] of Object.entries(o)) {
    const k = fold(key);
    if (minKeys.has(k)) min = min ?? figure(v, k);
    else if (maxKeys.has(k)) max = max ?? figure(v, k);
    else if (PAY.value.has(k)) value = value ?? figure(v, k);
    else if (PAY.currency.has(k) && typeof v === 'string' && CURRENCY_CODE.test(v.trim())) currency = v.trim().toUpperCase();
    else if (PAY.period.has(k)) unitText = unitText ?? periodOf(v);
  }
  if (min !== undefined && max !== undefined && min > max) return null;
  if (min === undefined && max === undefined && value === undefined) return null;
  return { currency, min, max, value: min === undefined && max === undefined ? value : undefined, unitText };
}

/** The first pay found under a pay key, depth first, in the data's order. */
function payUnder(v: Json, depth: number, budget: { left: number }): NumericPay | null {
  if (depth > MAX_DEPTH || --budget.left < 0) return null;
  if (Array.isArray(v)) {
    for (const item of v) {
      const found = payUnder(item, depth + 1, budget);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(v) || isBesides(v)) return null;
  const own = payIn(v, PAY.min, PAY.max);
  if (own && (own.min !== undefined || own.max !== undefined)) return own;
  for (const [key, child] of Object.entries(v)) {
    if (typeof child !== 'object' || child === null || NOT_BASE.test(key)) continue;
    const found = payUnder(child, depth + 1, budget);
    if (found) return found;
  }
  return own;
}

/**
 * The pay a JSON posting (`job`, parsed) gives as numbers: under one of its pay keys, or as figures of its own
 * named as pay (`salary_min`); null where it gives none.
 */
export function numericPay(job: Json): NumericPay | null {
  if (!isObject(job)) return null;
  const budget = { left: MAX_VISITS };
  for (const [key, v] of Object.entries(job)) {
    if (typeof v !== 'object' || v === null || !PAY.objects.has(fold(key))) continue;
    const found = payUnder(v, 0, budget);
    if (found) return found;
  }
  const own = payIn(job, PAY.ownMin, PAY.ownMax);
  return own && (own.min !== undefined || own.max !== undefined) ? own : null;
}
