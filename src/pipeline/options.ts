/** Checks the caller's options and completes them with the defaults. */
import { DEFAULT_ANNUALIZATION } from '../extractors/salary/annualise';
import type { ExtractOptions } from '../types/result';
import type { ResolvedOptions } from './types';

const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;

function positive(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`jobsift: options.annualization.${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

/** Checks and completes options; later sources override earlier ones. */
export function resolveOptions(...sources: (ExtractOptions | undefined)[]): ResolvedOptions {
  const merged: ExtractOptions = {};
  for (const s of sources) {
    if (s === undefined) continue;
    if (typeof s !== 'object' || s === null) throw new TypeError('jobsift: options must be an object');
    Object.assign(merged, s, { annualization: { ...merged.annualization, ...s.annualization } });
  }
  const currency = merged.defaultCurrency?.toUpperCase() ?? null;
  if (currency !== null && !CURRENCY.test(currency)) {
    throw new TypeError(`jobsift: options.defaultCurrency must be an ISO 4217 code such as "GBP", got ${JSON.stringify(merged.defaultCurrency)}`);
  }
  const country = merged.defaultCountry?.toUpperCase() ?? null;
  if (country !== null && !COUNTRY.test(country)) {
    throw new TypeError(`jobsift: options.defaultCountry must be an ISO 3166-1 alpha-2 code such as "GB", got ${JSON.stringify(merged.defaultCountry)}`);
  }
  const a = merged.annualization ?? {};
  return {
    defaultCurrency: currency,
    defaultCountry: country,
    annualization: {
      hoursPerYear: positive('hoursPerYear', a.hoursPerYear) ?? DEFAULT_ANNUALIZATION.hoursPerYear,
      daysPerYear: positive('daysPerYear', a.daysPerYear) ?? DEFAULT_ANNUALIZATION.daysPerYear,
      weeksPerYear: positive('weeksPerYear', a.weeksPerYear) ?? DEFAULT_ANNUALIZATION.weeksPerYear,
      monthsPerYear: positive('monthsPerYear', a.monthsPerYear) ?? DEFAULT_ANNUALIZATION.monthsPerYear,
    },
  };
}
