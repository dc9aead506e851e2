/**
 * The CLI's own check of --currency and --country, so a typo is a usage
 * error that names the flag, before any posting is read. The code lists are
 * the library's (src/pipeline/iso-codes).
 */
import { COUNTRY_CODES, isCountryCode, isCurrencyCode } from '../pipeline/iso-codes';

const regionName = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The upper-cased ISO 4217 code, or an error message for the flag. */
export function checkCurrency(value: string): { code: string } | { error: string } {
  const code = value.trim().toUpperCase();
  if (isCurrencyCode(code)) return { code };
  return { error: `--currency ${JSON.stringify(value)} is not an ISO 4217 currency code (such as GBP, USD, EUR)` };
}

/** The upper-cased ISO 3166-1 alpha-2 code, or an error message for the flag that suggests the code meant ("UK" → GB). */
export function checkCountry(value: string): { code: string } | { error: string } {
  const code = value.trim().toUpperCase();
  if (isCountryCode(code)) return { code };
  const message = `--country ${JSON.stringify(value)} is not an ISO 3166-1 alpha-2 country code (such as GB, US, IE)`;
  // ICU knows some reserved codes as aliases of an assigned one (UK is the United Kingdom, GB).
  const name = /^[A-Z]{2}$/.test(code) ? regionName.of(code) : undefined;
  const meant = name ? [...COUNTRY_CODES].find((c) => regionName.of(c) === name) : undefined;
  return { error: meant ? `${message}; did you mean ${meant}?` : message };
}
