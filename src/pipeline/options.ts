/** Checks the caller's options and completes them with the defaults. */
import type { DictionarySource } from '../dictionaries/types';
import { DEFAULT_ANNUALIZATION } from '../extractors/salary/annualise';
import type { Annualization, ExtractOptions } from '../types/result';
import { isCountryCode, isCurrencyCode } from './iso-codes';
import type { Extractor, ResolvedOptions } from '../contract';

/**
 * Options are checked before any work, with a TypeError that names the
 * option and what it accepts. Only own enumerable properties count, and each
 * is read once (a getter runs once; an inherited or misspelt key is an error).
 */

/** Input longer than this (UTF-16 units) is cut, with a warning: about twice the largest whole job-board page in the eval set (566 KB). */
export const DEFAULT_MAX_LENGTH = 1_000_000;

const EXTRACT_KEYS = ['defaultCurrency', 'defaultCountry', 'annualization', 'maxLength'] as const;
const EXTRACTOR_KEYS = [...EXTRACT_KEYS, 'dictionaries', 'builtinDictionaries', 'extractors', 'dataDir'] as const;

// The most a year can hold; monthsPerYear allows the 13th and 14th month salaries some countries pay.
const ANNUALIZATION_LIMITS: Readonly<Annualization> = { hoursPerYear: 8784, daysPerYear: 366, weeksPerYear: 53, monthsPerYear: 14 };

/** A value as an error message shows it: `"UK"`, `840 (a number)`, `a Date`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' || typeof value === 'function') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    if (name && name !== 'Object') return `a ${name}`;
    return isPlainObject(value) ? 'an object' : 'an object that inherits from another object (own properties are read)';
  }
  return `${String(value)} (a ${typeof value})`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The own enumerable properties of a plain object, each read once, unknown keys rejected; `hint` may add what an
 * unknown key most likely meant.
 */
export function readOwn(value: unknown, what: string, allowed: readonly string[], hint: (key: string) => string = () => ''): Record<string, unknown> {
  if (!isPlainObject(value)) throw new TypeError(`jobsift: ${what} must be a plain object { ${allowed.join(', ')} }; got ${describe(value)}`);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new TypeError(`jobsift: unknown ${what} "${key}"; expected one of ${allowed.join(', ')}${hint(key)}`);
    out[key] = value[key];
  }
  return out;
}

function code(name: string, value: unknown, check: (code: string) => boolean, example: string): string | null {
  if (value === undefined) return null;
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  if (!check(upper)) {
    const hint = name === 'defaultCountry' && upper === 'UK' ? ' ("GB" is the United Kingdom)' : '';
    throw new TypeError(`jobsift: options.${name} must be ${example}${hint}; got ${describe(value)}`);
  }
  return upper;
}

function annualization(value: unknown, base: Annualization): Annualization {
  if (value === undefined) return base;
  const a = readOwn(value, 'options.annualization', Object.keys(ANNUALIZATION_LIMITS));
  const out = { ...base };
  for (const key of Object.keys(a) as (keyof Annualization)[]) {
    const n = a[key];
    if (n === undefined) continue;
    const max = ANNUALIZATION_LIMITS[key];
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0 || n > max) {
      throw new TypeError(`jobsift: options.annualization.${key} must be a number above 0 and at most ${max}; got ${describe(n)}`);
    }
    out[key] = n;
  }
  return out;
}

function maxLength(value: unknown, base: number): number {
  if (value === undefined) return base;
  if (typeof value !== 'number' || !(value === Infinity || (Number.isSafeInteger(value) && value > 0))) {
    throw new TypeError(`jobsift: options.maxLength must be a whole number above 0 (or Infinity for no limit); got ${describe(value)}`);
  }
  return value;
}

/** What extractors read, and the size limit that extract() applies before them. */
export type CallOptions = ResolvedOptions & { maxLength: number };

/** Checks and completes options; later sources override earlier ones. */
export function resolveOptions(...sources: unknown[]): CallOptions {
  return sources.reduce<CallOptions>(withOptions, {
    defaultCurrency: null,
    defaultCountry: null,
    annualization: { ...DEFAULT_ANNUALIZATION },
    maxLength: DEFAULT_MAX_LENGTH,
  });
}

/** `resolved` (already checked) with `source` checked and laid over it: a call's options over its instance's. */
export function withOptions(resolved: CallOptions, source: unknown): CallOptions {
  if (source === undefined) return resolved;
  const o = readOwn(source, 'options', EXTRACT_KEYS);
  return {
    defaultCurrency: code('defaultCurrency', o.defaultCurrency, isCurrencyCode, 'an ISO 4217 currency code such as "GBP", "USD" or "EUR"') ?? resolved.defaultCurrency,
    defaultCountry: code('defaultCountry', o.defaultCountry, isCountryCode, 'an ISO 3166-1 alpha-2 country code such as "GB", "US" or "IE"') ?? resolved.defaultCountry,
    annualization: annualization(o.annualization, resolved.annualization),
    maxLength: maxLength(o.maxLength, resolved.maxLength),
  };
}

export interface CheckedExtractorOptions {
  extractOptions: ExtractOptions;
  dictionaries: DictionarySource[];
  builtinDictionaries: boolean;
  extractors: Extractor[];
  dataDir: string | null;
}

/** createExtractor()'s options: its own four checked here, the rest by resolveOptions(). */
export function checkExtractorOptions(options: unknown): CheckedExtractorOptions {
  const { dictionaries = [], builtinDictionaries = true, extractors = [], dataDir, ...rest } = options === undefined ? {} : readOwn(options, 'options', EXTRACTOR_KEYS);
  if (!Array.isArray(dictionaries)) {
    throw new TypeError(`jobsift: options.dictionaries must be an array of dictionary file paths, folder paths or dictionary objects; got ${describe(dictionaries)}`);
  }
  dictionaries.forEach((d, i) => {
    if (typeof d !== 'string' && !isPlainObject(d)) throw new TypeError(`jobsift: options.dictionaries[${i}] must be a file or folder path or a dictionary object; got ${describe(d)}`);
  });
  if (typeof builtinDictionaries !== 'boolean') throw new TypeError(`jobsift: options.builtinDictionaries must be true or false; got ${describe(builtinDictionaries)}`);
  if (!Array.isArray(extractors)) throw new TypeError(`jobsift: options.extractors must be an array of { name, run(ctx) } objects; got ${describe(extractors)}`);
  extractors.forEach((e, i) => {
    const ok = typeof e === 'object' && e !== null && typeof (e as Extractor).name === 'string' && typeof (e as Extractor).run === 'function';
    if (!ok) throw new TypeError(`jobsift: options.extractors[${i}] must be an object { name: string, run(ctx) }; got ${describe(e)}`);
  });
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir === '')) throw new TypeError(`jobsift: options.dataDir must be the path of a folder; got ${describe(dataDir)}`);
  return {
    extractOptions: rest as ExtractOptions,
    dictionaries: [...(dictionaries as DictionarySource[])],
    builtinDictionaries,
    extractors: [...(extractors as Extractor[])],
    dataDir: dataDir ?? null,
  };
}
