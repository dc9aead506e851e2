/** One end of a pay figure: an amount with a period written right after it. */
import type { PayPeriod } from '../../../types/pay';
import type { Amount } from '../parse-amount';
import { matchPeriodAt } from '../period';

/** One end of a pay figure: the amount and a period written right after it ("8p/hr", "90 per day"). */
export interface Endpoint {
  amount: Amount;
  period: PayPeriod | null;
  /** The period is an adjective ("weekly"), which alone does not make a bare number pay. */
  adjective: boolean;
  end: number;
}

const LETTER = /[A-Za-z]/;
// Scraped text's next label glued onto a sum in a currency: "$140KBonus: 10%"; and a range's "to" between two sums a
// board sets in spans of their own: "$6,500to$9,000".
const GLUED_LABEL = /^(?:[A-Z][a-z]|to[£$€])/;

/** Reads amount `a` as a pay endpoint, or null when letters run on from it ("2AB", "16hrs", "****JC"). */
export function readEndpoint(text: string, a: Amount): Endpoint | null {
  const p = matchPeriodAt(text, a.end);
  if (p) return { amount: a, period: p.period, adjective: p.adjective, end: p.end };
  if (LETTER.test(text.charAt(a.end)) && !(a.currency && GLUED_LABEL.test(text.slice(a.end, a.end + 3)))) return null;
  return { amount: a, period: null, adjective: false, end: a.end };
}
