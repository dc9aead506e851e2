/**
 * Which currency a salary is in when the text does not say. The order is the
 * issue's: the caller's `defaultCurrency`, then the posting's own evidence
 * (another amount with a symbol, JSON-LD, the country). Anything inferred is
 * flagged by the caller; with no evidence the currency stays null.
 *
 * The currencies read, the words and signs written beside a figure in other
 * languages ("zł", "₹", "دينار") and the countries that pay in each are data:
 * src/data/words/pay-words.json.
 */
import payWords from '../../data/words/pay-words.json';
import { alternationOf } from '../../util/escape-regexp';
import { forLastText } from '../../util/last-text';

interface CurrencyWords {
  code: string;
  countries: string[];
  before?: string[];
  after?: string[];
  decimals?: number;
  monthlyUpTo?: number;
  ifMoney?: string[];
  dollar?: boolean;
}
const CURRENCIES = payWords.currencies as CurrencyWords[];

/** Symbols that name one currency wherever they stand ("$" depends on the country). */
export const SYMBOL_CURRENCY: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR' };

// The signs that name one currency: "£", "€", "₹", "₱" ..., and the dollars named by a prefix ("NZ$", "A$", "S$").
const UNAMBIGUOUS_SIGN = /[£€₹₱₦₩฿₺]|(?<![A-Za-z])(?:NZ|AU|A|CA|C|S|HK|US|MX|R)\$/;

/** The currency of the first unambiguous currency symbol in `text`, or null (location and pay both ask it of a document). */
export const firstSymbolCurrency = forLastText((text): string | null => {
  const m = UNAMBIGUOUS_SIGN.exec(text);
  return m ? (SYMBOL_CURRENCY[m[0]] ?? currencyOfWord(m[0]) ?? null) : null;
});


/** The ISO 4217 codes read beside a figure ("CHF 90'000", "12 000 PLN"), as a pattern's alternation. */
export const CURRENCY_CODE_SOURCE = CURRENCIES.map((c) => c.code).join('|');

const CODES: ReadonlySet<string> = new Set(CURRENCIES.map((c) => c.code));

/** Whether `text` at [start, end) is a currency's code beside a figure: "AED 40 million", "2,000 CAD". */
export function codeBesideFigure(text: string, start: number, end: number): boolean {
  return CODES.has(text.slice(start, end)) && (/^[ \t]?\d/.test(text.slice(end, end + 2)) || /\d[ \t]?$/.test(text.slice(Math.max(0, start - 2), start)));
}

/** Signs whose currency the country decides ("Rs", "¥" before a figure, "kr" after it), and the currencies each may be (the first failing the country's). */
interface CountrySigns {
  before?: string[];
  after?: string[];
  currencies: string[];
}
const COUNTRY_SIGNS = payWords.byCountry as CountrySigns[];

/** A word or sign to its currency; null for one whose country decides ("Rs", "¥"). Keys lower-cased. */
const WORD_CURRENCY = new Map<string, string | null>();
for (const c of CURRENCIES) for (const w of [...(c.before ?? []), ...(c.after ?? [])]) WORD_CURRENCY.set(w.toLowerCase(), c.code);
const SIGN_CHOICES = new Map<string, readonly string[]>();
for (const s of COUNTRY_SIGNS) {
  for (const w of [...(s.before ?? []), ...(s.after ?? [])]) {
    WORD_CURRENCY.set(w.toLowerCase(), null);
    SIGN_CHOICES.set(w.toLowerCase(), s.currencies);
  }
}

/** The rupees: "Rs." and India's lakhs and crores are written in one of them. */
export const RUPEES: readonly string[] = SIGN_CHOICES.get('rs')!;

/** The currencies a sign whose country decides may be ("¥": JPY or CNY, "kr"); undefined for any other word. */
export function signChoices(word: string): readonly string[] | undefined {
  return SIGN_CHOICES.get(word.toLowerCase());
}

/** Signs and codes that are English letters or words too ("R", "PHP"): read only before a figure that reads as money. */
export const IF_MONEY: ReadonlySet<string> = new Set(CURRENCIES.flatMap((c) => c.ifMoney ?? []));

/** Words and signs written before a figure ("₹", "R$", "Rs."), as a pattern's alternation. */
export const CURRENCY_BEFORE_SOURCE = alternationOf([...CURRENCIES.flatMap((c) => c.before ?? []), ...COUNTRY_SIGNS.flatMap((s) => s.before ?? [])]);
/** Words and signs written after a figure ("zł", "€", "دينار", "kr"), as a pattern's alternation. */
export const CURRENCY_AFTER_SOURCE = alternationOf([...CURRENCIES.flatMap((c) => c.after ?? []), ...COUNTRY_SIGNS.flatMap((s) => s.after ?? [])]);

/** The currency a word or sign beside a figure names: a code, null for one the country decides, undefined for none known. */
export function currencyOfWord(word: string): string | null | undefined {
  return WORD_CURRENCY.get(word.toLowerCase());
}

const THREE_DECIMALS = new Set(CURRENCIES.filter((c) => c.decimals === 3).map((c) => c.code));
const MONTHLY_UP_TO = new Map(CURRENCIES.filter((c) => c.monthlyUpTo).map((c) => [c.code, c.monthlyUpTo!]));

/** A currency written with three decimals: "850.000 JOD" is 850 dinars, not 850,000. */
export function hasThreeDecimals(code: string | null): boolean {
  return code !== null && THREE_DECIMALS.has(code);
}

/** Where pay is quoted by the month (Poland, the Gulf, Brazil ...), the figure up to which one with no period is monthly; else null. */
export function monthlyUpTo(code: string | null): number | null {
  return code ? (MONTHLY_UP_TO.get(code) ?? null) : null;
}

/** Countries whose "$" is not the US dollar: Australia's, Canada's, Mexico's pesos ... */
const DOLLAR_BY_COUNTRY: Record<string, string> = {};
for (const c of CURRENCIES) if (c.dollar) for (const country of c.countries) DOLLAR_BY_COUNTRY[country] = c.code;

const CURRENCY_BY_COUNTRY: Record<string, string> = { UK: 'GBP' };
for (const c of CURRENCIES) for (const country of c.countries) CURRENCY_BY_COUNTRY[country] = c.code;

// Retirement savings paid on top, as Australian and New Zealand postings state them beside the pay: "$90k + super",
// "plus 11.5% super", "+ KiwiSaver".
const SUPER = /(?:\+|\bplus|\binc(?:l|luding)?\.?)[ ]{0,2}(?:\d{1,2}(?:\.\d{1,2})?[ ]?%[ ]{0,2})?super(?:annuation)?\b/i;
const KIWISAVER = /\bKiwiSaver\b/i;
// SUPER tries its opening alternatives at every position; every match holds the word, which a literal search finds
// (or rules out) at a fraction of the cost.
const SUPER_WORD = /super/i;

/**
 * The country the pay's own words name where nothing else does: "+ super" is Australia's, KiwiSaver New Zealand's
 * (location and pay both ask it of a document).
 */
export const payCountryCue = forLastText((text): string | null => (KIWISAVER.test(text) ? 'NZ' : SUPER_WORD.test(text) && SUPER.test(text) ? 'AU' : null));

/** Reads "$" with the country in mind ("$" in an Australian posting is AUD). */
export function dollarCurrency(country: string | null | undefined): string {
  return (country && DOLLAR_BY_COUNTRY[country.toUpperCase()]) || 'USD';
}

/**
 * The currency of a figure whose sign the country decides: the country's where it pays in one of `choices`, else
 * the first ("Rs." and lakhs are most often Indian rupees, "¥" in an English posting yen).
 */
export function countryChoice(choices: readonly string[], country: string | null | undefined): string {
  const code = currencyOfCountry(country);
  return code !== null && choices.includes(code) ? code : choices[0];
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
