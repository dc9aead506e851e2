/**
 * Whether a string input is nothing but a pay string ("8.50 per hour",
 * "35,000 - 40,000", "£25k + bonus"), as callers with a pay column pass it.
 * Such an input is read as a salary field, exactly as `{ salary }` is, so the
 * two ways of passing it agree. One short line that opens with a figure
 * shaped like pay: a currency sign, decimals, thousands, a k, or a range;
 * "12 Warehouse Operatives" and "2025 Graduate Scheme" are not pay-shaped.
 */
import { CURRENCY_BEFORE_SOURCE, CURRENCY_CODE_SOURCE } from '../extractors/salary/currency';

const MAX_PAY_LINE = 120;
const LEAD = /^\s*(?:(?:up\s?to|to|from|circa|c\.?|between|min(?:imum)?|max(?:imum)?|around|approx\.?)\s*)?/i;
const PAY_FIGURE = /^(?:[£$€]\s?\d|\d{1,3}(?:,\d{3})+\b|\d+\.\d{2}\b|\d+(?:\.\d+)?\s?k\b|\d+\s?[-–]\s?[£$€]?\d|\d{4,6}\b)/i;
const YEAR = /^(?:19|20)\d\d(?![\d,.]|\s?[-–]\s?\d)/;
// Any other currency's sign or code the pay rules read before a figure (pay-words.json): "¥5,000,000", "AED 8,000 -
// 10,000", "Rs. 45,000 per month"; the figure after it grouped, with decimals or a k, or a range ("R2 units", "CAD 2000
// Technician" are none).
const SIGN = new RegExp(String.raw`^(?:${CURRENCY_BEFORE_SOURCE}|${CURRENCY_CODE_SOURCE})\s?(?=\d)`);
const SIGNED_FIGURE = /^(?:\d{1,3}(?:[, ]\d{3})+\b|\d+\.\d{2}\b|\d+(?:\.\d+)?\s?k\b|\d+\s?[-–]\s?\D{0,3}\d)/i;

export function isPayOnly(input: string): boolean {
  if (input.length > MAX_PAY_LINE || input.trim().includes('\n')) return false;
  const rest = input.slice(LEAD.exec(input)![0].length);
  const sign = SIGN.exec(rest);
  return sign ? SIGNED_FIGURE.test(rest.slice(sign[0].length)) : PAY_FIGURE.test(rest) && !YEAR.test(rest);
}
