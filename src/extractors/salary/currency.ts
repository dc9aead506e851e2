/**
 * Which currency a salary is in when the text does not say. The order is the
 * issue's: the caller's `defaultCurrency`, then the posting's own evidence
 * (another amount with a symbol, JSON-LD, the country). Anything inferred is
 * flagged by the caller; with no evidence the currency stays null.
 */

/** Symbols that name one currency wherever they stand ("$" depends on the country). */
export const SYMBOL_CURRENCY: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR' };

/** The currency of the first unambiguous currency symbol in `text`, or null. */
export function firstSymbolCurrency(text: string): string | null {
  const m = /[£€]/.exec(text);
  return m ? SYMBOL_CURRENCY[m[0]] : null;
}

/** Countries whose "$" is not the US dollar. */
const DOLLAR_BY_COUNTRY: Record<string, string> = {
  AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD',
};

const CURRENCY_BY_COUNTRY: Record<string, string> = {
  GB: 'GBP', UK: 'GBP', IE: 'EUR', US: 'USD', DE: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR',
  BE: 'EUR', PT: 'EUR', AT: 'EUR', FI: 'EUR', ...DOLLAR_BY_COUNTRY, IN: 'INR', ZA: 'ZAR', CH: 'CHF',
};

/** Reads "$" with the country in mind ("$" in an Australian posting is AUD). */
export function dollarCurrency(country: string | null | undefined): string {
  return (country && DOLLAR_BY_COUNTRY[country.toUpperCase()]) || 'USD';
}

export function currencyOfCountry(country: string | null | undefined): string | null {
  return (country && CURRENCY_BY_COUNTRY[country.toUpperCase()]) || null;
}

export interface CurrencyEvidence {
  defaultCurrency: string | null;
  /** The currency stated on another amount of the same posting. */
  stated: string | null;
  /** From outside the text: JSON-LD, a symbol elsewhere in the posting. */
  posting: string | null;
  country: string | null;
}

/** The currency to assume for an amount that states none, or null. */
export function inferCurrency(e: CurrencyEvidence): string | null {
  return e.defaultCurrency ?? e.stated ?? e.posting ?? currencyOfCountry(e.country);
}
