/** The range rule: two amounts joined as one pay range. */
import type { SalaryRule } from './rule';
import type { Amount } from '../parse-amount';
import { readEndpoint, type Endpoint } from './endpoint';

/**
 * Two amounts joined as a range: "25,000 - 30,000", "20K to 30K", "25 - 30k"
 * (k applies to both ends), "30-45000", "8.84 to 12.91 per hour",
 * "90 per day to 120 per day", "between 20 and 25k", "a range of $50,000 and $60,000", "**** to ****", and the
 * feed's hyphen-stripped "****K****K" / "****  ****k".
 */
// Spaces but no line break: "£61.20 per annum" and a "-9" on the next line are not one range; but a dash on a line of
// its own between two figures is one, as a board sets its two figures in boxes of their own ("$25.00" / "-" / "$50.00").
// "minimum of $29,600 to a maximum of $67,500", "minimum salary of $X to maximum salary of $Y" are US forms, and
// "$72,553 to - $94,317 per year" as USAJOBS text is copied.
// A tilde, as East Asian postings join a range ("20,000 ~ 30,000", "600万円〜900万円").
// Other languages: "45.000 bis 55.000 €", "de 30 000 à 35 000 €", "od 8000 do 10000 zł", "da 30.000 a 35.000 €" ("a" only
// before a figure with its currency: "£10 a 20 minute walk" is no range); "and" as
// "zwischen 40.000 und 50.000", "entre 30.000 y 35.000" (after a "between" word, like "and").
// A short note in brackets may stand after the first figure, before a "to" or a dash: "$22/hr (juniors) to $25/hr (seniors)".
const SEPARATOR = /(?:[ \t]{0,2}\([a-z][a-z -]{0,18}\)(?=[ \t]{0,3}(?:to\b|-|–)))?(?:[ \t]{0,3}\n[ \t]{0,3}(?:-{1,2}|–|—|−)[ \t]{0,3}\n[ \t]{0,3}|[ \t]{0,3}(?:-{1,2}|–|—|−|~|〜|to(?: (?:a )?max(?:imum)?(?: (?:salary|pay|rate|wage))?(?: of)?| ?-)?|and|rising\sto|up\sto|bis|à|tot|do|hasta|(?<a>a)|(?<and>und|et|en|y|e|i))[ \t]{0,3})/iy;
// "$15.00 - $22.50 - $30.00": minimum, midpoint and maximum, joined by dashes only.
const DASH = /[ \t]{0,3}(?:-{1,2}|–|—|−)[ \t]{0,3}/y;
// Two masked figures side by side are a range whose hyphen the feed stripped.
const FEED_GAP = /[ \t]{0,4}/y;

/** Above this ratio two figures are not one range ("£8 - £100 vouchers"). */
const MAX_RATIO = 10;

// "$17-22hr": an hourly range written without a space; only after a currency, since "40hr week" is hours.
const GLUED_HOURS = /hrs?\b/y;

function gluedHours(text: string, a: Amount, b: Amount): Endpoint | null {
  if (!a.currency) return null;
  GLUED_HOURS.lastIndex = b.end;
  const m = GLUED_HOURS.exec(text);
  return m ? { amount: b, period: 'hour', adjective: false, end: b.end + m[0].length } : null;
}

/** A third figure after a range that ends it, the middle one being the midpoint: "$15.00 - $22.50 - $30.00". */
function thirdPoint(text: string, amounts: Amount[], i: number, end: number): Endpoint | null {
  const [a, b, c] = [amounts[i], amounts[i + 1], amounts[i + 2]];
  if (!c || a.value === null || b.value === null || c.value === null || !(a.value < b.value && b.value < c.value)) return null;
  if (!!a.currency !== !!c.currency || a.thousands !== c.thousands) return null;
  DASH.lastIndex = end;
  const sep = DASH.exec(text);
  if (!sep || end + sep[0].length !== c.start) return null;
  return readEndpoint(text, c);
}

export const rangeRule: SalaryRule = {
  name: 'salary/range',
  match({ text, amounts }, i, between) {
    const a = amounts[i];
    const b = amounts[i + 1];
    if (!b) return null;
    const left = readEndpoint(text, a);
    if (!left) return null;
    SEPARATOR.lastIndex = left.end;
    let sep = SEPARATOR.exec(text);
    if (sep && (/and/i.test(sep[0]) || sep.groups?.and) && !between) sep = null;
    if (sep?.groups?.a && !b.currency) sep = null;
    if (!sep && a.masked && b.masked) {
      FEED_GAP.lastIndex = left.end;
      sep = FEED_GAP.exec(text);
    }
    if (!sep || left.end + sep[0].length !== b.start) return null;
    const second = readEndpoint(text, b) ?? gluedHours(text, a, b);
    if (!second) return null;
    const third = second.period ? null : thirdPoint(text, amounts, i, second.end);
    const right = third ?? second;
    const top = third ? amounts[i + 2] : b;

    let min = a.value;
    let max = top.value;
    let reason = third ? 'salary/range-midpoint' : 'salary/range';
    if (min !== null && max !== null) {
      // "20-25k", "6-9 lakhs": the multiplier written on the top applies to the bottom too.
      if (b.thousands && !a.thousands && min < 1000) {
        min *= b.multiplier;
        reason = 'salary/range-k';
      } else if (!a.thousands && !b.thousands && min < 1000 && max >= 1000 && min * 1000 <= max && min * 1000 * MAX_RATIO >= max) {
        min *= 1000;
        reason = 'salary/range-k';
      }
      if (min > max) [min, max] = [max, min];
      if (min > 0 && max / min > MAX_RATIO) return null;
    }
    const masked = a.masked || b.masked;
    // "$150,000 - $180,000 CAD": a code at the range's end names the dollars of both ends.
    const named = a.dollar && b.currency !== null && !b.dollar ? b : a.currency ? a : b;
    return {
      start: a.start,
      end: right.end,
      next: third ? i + 3 : i + 2,
      min,
      max,
      masked,
      thousands: a.thousands || b.thousands,
      currency: named.currency,
      dollar: named.dollar,
      approx: a.approx,
      period: left.period ?? right.period,
      periodAdjective: left.period ? left.adjective : right.adjective,
      bare: !masked && !a.currency && !b.currency && !a.thousands && !b.thousands && (!(left.period ?? right.period) || (left.period ? left.adjective : right.adjective)),
      reason: masked ? 'salary/masked-range' : reason,
    };
  },
};
