import { SYMBOL_CURRENCY } from './currency';
/**
 * Finds single money amounts ("£25,000", "25k", "c40000", "****K", "6.50",
 * "65000.00 GBP") and turns each into a number. Ranges, periods and kinds are
 * built on top of these by the rules.
 *
 * Every quantifier is bounded and each alternative is anchored by a
 * lookbehind, so a run of 50,000 digits, commas or asterisks costs constant
 * work per position.
 */

export interface Amount {
  start: number;
  end: number;
  /** The value with any `k` applied; null when masked. */
  value: number | null;
  masked: boolean;
  /** A `k`/`K` suffix was written. */
  thousands: boolean;
  /** ISO 4217 code written next to the number. */
  currency: string | null;
  /** The symbol was `$`, whose currency depends on the country. */
  dollar: boolean;
  /** Written with "c" / "c." attached ("c40000"). */
  approx: boolean;
}

const CURRENCY_CODES = 'GBP|USD|EUR|AUD|CAD|NZD|CHF|INR|ZAR|SGD|HKD';

const AMOUNT_SOURCE =
  // Not inside a word, number or code ("COVID-19", "ISO9001"), but "20k-30k" and "****K****K" are ranges.
  String.raw`(?<![\d_.,:/£$€]|[^\d*][A-Za-z]-|^[A-Za-z]-|[\d*][A-JL-Za-jl-z]-)(?:(?<![A-Za-z])|(?<=\*[kK]))` +
  String.raw`(?<approx>[cC]\.?[ \t]?(?=[£$€\d*]))?` + // "c £25k", never a "c" ending the line above
  String.raw`(?<cur>[£$€]|(?:${CURRENCY_CODES})[ \t]?)?` +
  String.raw`(?<num>(?<!\*)\*{3,6}(?!\*)|\d{1,3}(?:,\d{3}){1,3}(?:\.\d{1,2})?|\d{1,7}(?:\.\d{1,2})?)` +
  String.raw`(?![\d*]|[,.:/]\d)` +
  String.raw`(?:[ \t]?(?<mult>[kK](?![A-Za-z])))?` +
  String.raw`(?:[ \t]?(?<curAfter>${CURRENCY_CODES}|UK Pounds|pounds|sterling|dollars|euros)(?![A-Za-z]))?`;

const AMOUNT = new RegExp(AMOUNT_SOURCE, 'g');

const WORDS: Record<string, string> = {
  'uk pounds': 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  dollars: 'USD',
  euros: 'EUR',
};

function currencyOf(raw: string | undefined): { code: string | null; dollar: boolean } {
  if (!raw) return { code: null, dollar: false };
  const key = raw.trim();
  if (key === '$' || key.toLowerCase() === 'dollars') return { code: 'USD', dollar: true };
  return { code: SYMBOL_CURRENCY[key] ?? WORDS[key.toLowerCase()] ?? key.toUpperCase(), dollar: false };
}

/** Parses the digits of an amount ("25,000.00" → 25000). */
export function parseNumber(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

/** Every amount in `text`, in order. Numbers that read as codes (leading zero, "0161") are skipped. */
export function scanAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const g = m.groups!;
    const num = g.num;
    const masked = num.charCodeAt(0) === 42; // '*'
    if (!masked && num.length > 1 && num[0] === '0' && num[1] !== '.') continue;
    const thousands = g.mult !== undefined;
    const before = currencyOf(g.cur);
    const after = currencyOf(g.curAfter);
    const cur = before.code ? before : after;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: masked ? null : parseNumber(num) * (thousands ? 1000 : 1),
      masked,
      thousands,
      currency: cur.code,
      dollar: cur.dollar,
      approx: g.approx !== undefined,
    });
  }
  return out;
}
