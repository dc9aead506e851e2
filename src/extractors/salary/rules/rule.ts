/** The contract of a pay rule: what it reads and the candidate it returns. */
import type { PayPeriod } from '../../../types/pay';
import type { Amount } from '../parse-amount';

/** What a rule reads: the text and its amounts. */
export interface RuleInput {
  text: string;
  amounts: Amount[];
}

/** The numbers a rule found, before cues, currency and annualisation are applied. */
export interface Candidate {
  /** Span of the numbers and any period written next to them. */
  start: number;
  end: number;
  /** Index of the first amount after the ones consumed. */
  next: number;
  min: number | null;
  max: number | null;
  masked: boolean;
  /** Written with k on some end. */
  thousands: boolean;
  currency: string | null;
  dollar: boolean;
  approx: boolean;
  period: PayPeriod | null;
  /** The period was written as an adjective ("weekly"). */
  periodAdjective: boolean;
  /** A bare figure: no currency, no k, no mask, no period (or only an adjective one). Needs a pay word in free text. */
  bare: boolean;
  reason: string;
}

/** One way of reading amounts as pay, tried at amount `i`; the first rule that matches wins. */
export interface SalaryRule {
  name: string;
  match(input: RuleInput, i: number, between: boolean): Candidate | null;
}
