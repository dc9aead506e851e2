/** The single-amount rule: one figure as pay. */
import type { SalaryRule } from './rule';
import { readEndpoint } from './endpoint';

/** One amount: "£25K", "c40000", "6.50 p/h", "****K". Bounds ("up to", "from") are read by the caller. */
export const singleRule: SalaryRule = {
  name: 'salary/single',
  match({ text, amounts }, i) {
    const a = amounts[i];
    const e = readEndpoint(text, a);
    if (!e) return null;
    return {
      start: a.start,
      end: e.end,
      next: i + 1,
      min: a.value,
      max: a.value,
      masked: a.masked,
      thousands: a.thousands,
      currency: a.currency,
      dollar: a.dollar,
      approx: a.approx,
      period: e.period,
      periodAdjective: e.adjective,
      bare: !a.masked && !a.currency && !a.thousands && (!e.period || e.adjective),
      reason: a.masked ? 'salary/masked' : 'salary/single',
    };
  },
};
