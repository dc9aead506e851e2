/** The pay finder: every pay mention in a text, with kind, bounds, period, currency and flags. */
import { inAnotherOpening } from '../../util/other-openings';
import type { PayPeriod, Salary, SalaryEvidence } from '../../types/pay';
import type { ResolvedOptions } from '../../contract';
import { scanAmounts } from './parse-amount';
import { findPeriodIn, inferPeriod, matchPeriodAt, periodCueBefore } from './period';
import { countryChoice, dollarCurrency, inferCurrency } from './currency';
import { annualise } from './annualise';
import { inPayFilter } from './pay-filter';
import { addedBefore, boundCue, clauseAfter, clauseBefore, estimated, flagsIn, handledBefore, kindCue, kindWordLength, lineAbove, notPayAfter, notPayBefore, OPEN_TOP, PAID_ON_TOP } from './cues';
import { SALARY_RULES, type Candidate, type RuleInput } from './rules';
import type { KindCue } from './cues';
import { findDescriptivePay } from './rules/descriptive';
import { mergeDescriptive } from './refine';
import { joinSplitRanges, MAX_LABEL, MID_LABEL, MIN_LABEL, type RangeMarks } from './split-range';

/** A bare four-digit number in this range is a year ("since 2004"), not pay. */
// "per diem" right after a day's sum (see findSalaries).
const PER_DIEM_AFTER = /^\s?per[\s-]?diems?\b/i;
const YEAR_MIN = 1950;
const YEAR_MAX = 2039;

function looksLikeYear(c: Candidate, text: string): boolean {
  if (!c.bare || c.min === null || c.max === null || c.min < YEAR_MIN || c.min > YEAR_MAX) return false;
  if (c.min === c.max) return /^\d{4}$/.test(text.slice(c.start, c.end));
  // A span of years: "the 2025–2026 Salary Schedule", "the 2024-25 school year".
  return c.max > c.min && c.max - c.min <= MAX_YEAR_SPAN && YEAR_RANGE.test(text.slice(c.start, c.end));
}
const MAX_YEAR_SPAN = 10;
const YEAR_RANGE = /^\d{4} ?[-–] ?\d{4}$/;

/** Below this a bare figure with no period is a count or a label's number ("Region 1", "Level 2"), not pay. */
const BARE_MIN = 5;

// Below these a figure with no currency by the day, week or month is a count ("product demos, 8-10 per day"), not pay.
const LEAST_PAY: Partial<Record<PayPeriod, number>> = { day: 20, week: 50, month: 100 };
function countByPeriod(c: Candidate, period: PayPeriod | null): boolean {
  const top = c.max ?? c.min;
  return !c.currency && !c.masked && top !== null && period !== null && top < (LEAST_PAY[period] ?? 0);
}

function tooSmall(c: Candidate, bare: boolean): boolean {
  const top = c.max ?? c.min;
  // Nothing is paid at zero: "Try Premium for $0", "$0 deductible".
  return top === 0 || (bare && top !== null && top < BARE_MIN);
}

// "The salary range for this position is $52,500 and $70,000": a range named before two figures joined by "and".
const RANGE_WORD = /\b(?:range|band)\b/i;

const LABEL_TAIL = 24;
// How far after an amount an "and" may stand to join a range, a period between allowed ("$50,000 a year and $60,000").
const AND_REACH = 24;
const AND = /\band\s/gi;

// A range whose ends each carry a note in brackets: "$58,500 (0 years) to $72,000 (20+ years)", a salary schedule's.
// (Read in the text: a note's figure, "(step 1)", is an amount of its own to the finder.)
const NOTED_TO_AFTER = /^ ?\([^()\n]{1,30}\) ?(?:to|[-–]) ?[$£€]?\d/;
const NOTE_REACH = 40;
const NOTED_TO_BEFORE = /\) ?(?:to|[-–]) ?$/;
/** A clause that is blank or only a currency code opens its line: the label is on the line above. */
function labelAbove(text: string, start: number, left: string): string {
  return OPENS_LINE.test(left) ? lineAbove(text, start - left.length, 80) : '';
}

/** The line above when it is a label ("Expected hours:", its value set on the next line), else ''. */
function labelLine(above: string): string {
  return /:\s*$/.test(above) ? above : '';
}

/** A figure set under its label ("Bonus:" / "$6K /yr", as label lines are split) is of the kind the label names. */
function ofLabelKind(cued: KindCue, left: string, above: string): KindCue {
  const label = left === '' ? labelLine(above) : '';
  if (label === '') return cued;
  const named = kindCue(label, '', false);
  return named.kind === 'base' ? cued : named;
}

/** Where each "and" starts, in order: one scan, then a pointer walks it beside the amounts. */
function andPositions(text: string): number[] {
  const out: number[] = [];
  AND.lastIndex = 0;
  for (let m = AND.exec(text); m !== null; m = AND.exec(text)) out.push(m.index);
  return out;
}
const OPENS_LINE = /^\s*(?:[A-Z]{3}\s?)?$/;
const BETWEEN_ABOVE = /\b(?:between|range|band)\b[^\n]{0,20}$/i;

function firstMatch(input: RuleInput, i: number, between: boolean): Candidate | null {
  for (const rule of SALARY_RULES) {
    const c = rule.match(input, i, between);
    if (c) return c;
  }
  return null;
}

const CODE_AFTER_PERIOD = /[ \t]?\(?([A-Z]{3})\)?(?![A-Za-z])/y;
const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

// Between the figures of a list: "$1,200 or $2,500", "£500 and £1,000", "$4/hr for nights, $2/hr weekends".
const LIST_GAP = /^[^$£€\d]{0,30}(?:,|\sor|\sand)\s{1,2}$/;

/**
 * The kind of a figure that its cue calls base pay, read with the figure before it (`last`, ending at `boundary`):
 * "$62,431 - $109,780, plus $2,500 for a master's degree" adds some other pay to the base; "a health savings account
 * contribution ($1,200 or $2,500)" or "Shift differential: $4/hr for nights, $2/hr weekends" lists further figures of the
 * first one's kind, when no pay word and no clause break stands between them.
 */
function kindBeside(cued: KindCue, last: Salary | undefined, boundary: number, bare: boolean, left: string, at: number): KindCue {
  if (cued.kind !== 'base' || !last || last.end !== boundary) return cued;
  if (last.kind === 'base') return !bare && addedBefore(left) ? { kind: 'other', payWord: true } : cued;
  const listed = !cued.payWord && left.length === at - boundary && LIST_GAP.test(left);
  return listed ? { kind: last.kind, payWord: true } : cued;
}

/**
 * Whether a pay word stands by a bare figure as its own: the kind word that closes the figure before ("$1.00/hr shift
 * differential") is that figure's, so "... shift differential Tailspin Plastics runs 40 machines" (a flattened text, its
 * stop lost) gives no pay word to the 40.
 */
function payWordOwn(kind: KindCue, left: string, boundary: number, at: number, figures: Salary[], ahead: string): boolean {
  if (!kind.payWord) return false;
  // The clause runs back to the figure before: no stop stands between them.
  const own = figures.length > 0 && figures[figures.length - 1].end === boundary && at - left.length === boundary ? kindWordLength(left) : 0;
  return own === 0 || kindCue(left.slice(own), ahead, false).payWord;
}

/**
 * Every pay mention in `text`, in order, with offsets into `text`. Pure: the
 * pipeline adapter supplies the salary field ranges and posting evidence.
 */
export function findSalaries(text: string, options: ResolvedOptions, evidence: SalaryEvidence = {}): Salary[] {
  const amounts = scanAmounts(text);
  const fields = evidence.salaryFields ?? [];
  const input: RuleInput = { text, amounts };
  const stated = amounts.find((a) => a.currency)?.currency ?? null;
  const country = evidence.country ?? options.defaultCountry;
  const fallbackCurrency = inferCurrency({
    defaultCurrency: options.defaultCurrency,
    stated: stated === 'USD' && amounts.some((a) => a.dollar) ? dollarCurrency(country) : stated,
    posting: evidence.currency ?? null,
    country,
  });

  const figures: Salary[] = [];
  const marks: RangeMarks[] = [];
  const ands = andPositions(text);
  let nextAnd = 0;
  let boundary = 0;
  for (let i = 0; i < amounts.length; ) {
    const a = amounts[i];
    const left = clauseBefore(text, boundary, a.start);
    const bound = boundCue(left);
    const above = labelAbove(text, a.start, left);
    // "The base pay is between:\n$90,000 and $100,400": the cue may close the line above.
    // "and" joins a range only after "between" or a range word; the words are read only when an "and" follows.
    while (nextAnd < ands.length && ands[nextAnd] < a.end) nextAnd++;
    const andAhead = nextAnd < ands.length && ands[nextAnd] - a.end <= AND_REACH;
    const c = firstMatch(input, i, bound.bound === 'between' || (andAhead && (RANGE_WORD.test(left) || BETWEEN_ABOVE.test(above))));
    if (!c) {
      i++;
      continue;
    }
    let end = c.end;
    let period: PayPeriod | null = c.period;
    let adjective = c.periodAdjective;
    if (!period) {
      const p = matchPeriodAt(text, end);
      if (p) ({ period, end, adjective } = p);
    }
    // "$25/hr CAD": a code after the period says which dollars.
    let dollarCode: string | null = null;
    if (c.dollar && period) {
      CODE_AFTER_PERIOD.lastIndex = end;
      const code = CODE_AFTER_PERIOD.exec(text);
      if (code && DOLLAR_CODES.has(code[1])) [dollarCode, end] = [code[1], end + code[0].length];
    }
    const nextStart = amounts[c.next]?.start ?? text.length;
    const right = clauseAfter(text, end, nextStart);
    // A bare figure, or a mask with no k or period, is pay only with a pay word beside it.
    const bare = (c.bare || (c.masked && !c.thousands && !c.currency)) && (!period || adjective);
    const inField = fields.some((f) => a.start >= f.start && a.start < f.end);
    // The kind and the not-pay words read past the next amount: "17k - 20k OTE 25k", "approx 3 - 5%".
    const ahead = clauseAfter(text, end, text.length);
    // (A day's sum called per diem is an allowance for days away: "$65/day per diem when working overnight".)
    // (Another opening's pay, however far its clause runs: "The district also employs full-time teachers on the
    // certificated salary schedule ($62,450 - $118,300)".)
    const cued: KindCue =
      period === 'day' && PER_DIEM_AFTER.test(ahead)
        ? { kind: 'allowance', payWord: true }
        : inAnotherOpening(text, a.start)
          ? { kind: 'other', payWord: true }
          : ofLabelKind(kindCue(left, ahead, period !== null && !adjective), left, above);
    const kind = kindBeside(cued, figures[figures.length - 1], boundary, bare, left, a.start);
    const leftPeriod = period ? null : periodCueBefore(left || above);
    // Paid on top only for a salary-sized figure: "a team of 12 plus bonus scheme" is a count.
    const evidenced = !bare || inField || payWordOwn(kind, left, boundary, a.start, figures, ahead) || leftPeriod !== null || ((c.max ?? c.min ?? 0) >= 1000 && PAID_ON_TOP.test(ahead));
    // (A count's nouns also after a figure in thousands with no currency: "~12k requests/second".)
    if (notPayAfter(ahead, bare || (c.thousands && !c.currency && !c.masked)) || inPayFilter(text, a.start) || handledBefore(left) || estimated(left, above, ahead) || (!c.currency && !c.thousands && notPayBefore(left || labelLine(above))) || looksLikeYear(c, text) || tooSmall(c, bare) || (!inField && countByPeriod(c, period)) || !evidenced) {
      // A range that is no pay takes both its figures: "hours: 40 - 45 per week" leaves no "45 per week".
      i = c.next;
      continue;
    }
    period ??= leftPeriod ?? findPeriodIn(text, end, end + right.length, (c.max ?? c.min) !== null);

    let { min, max } = c;
    const single = c.next === i + 1;
    if (single && (c.approx || bound.bound === 'approx')) {
      /* an approximate figure is still one figure */
    } else if (single && bound.bound === 'up_to') min = null;
    else if (single && (bound.bound === 'from' || OPEN_TOP.test(right))) max = null;

    let periodInferred = false;
    const magnitude = max ?? min;
    // "Rs. 25,000", "12 LPA": rupees, "¥": yen or yuan, whatever another figure suggests; the country picks which.
    const choices = c.currency ? null : amounts.slice(i, c.next).find((x) => x.byCountry)?.byCountry;
    const currency = c.currency ? (c.dollar ? (dollarCode ?? dollarCurrency(country)) : c.currency) : choices ? (options.defaultCurrency ?? countryChoice(choices, country)) : fallbackCurrency;
    // Only rates are inferred: a joining award or bonus with no period is a lump sum.
    const isRate = kind.kind === 'base' || kind.kind === 'ote';
    if (!period && magnitude !== null && isRate) {
      period = inferPeriod(magnitude, currency, left || above);
      periodInferred = true;
    } else if (!period && c.masked && c.thousands && isRate) {
      period = 'year';
      periodInferred = true;
    }

    const start = bound.bound ? a.start - left.length + bound.index : c.start;
    figures.push({
      text: text.slice(start, end),
      start,
      end,
      currency,
      min,
      max,
      period,
      annual: annualise(min, max, period, options.annualization),
      kind: kind.kind,
      masked: c.masked,
      ...flagsIn(left, right),
      periodInferred,
      currencyInferred: !c.currency && currency !== null,
      reason: c.reason,
    });
    // The labels are end-anchored and short: their tail is enough.
    const tail = left.slice(-LABEL_TAIL);
    const opens = single && (bound.bound === 'between' || MIN_LABEL.test(tail) || MIN_LABEL.test(above) || NOTED_TO_AFTER.test(text.slice(end, end + NOTE_REACH)));
    const closes = single && (MAX_LABEL.test(tail) || MAX_LABEL.test(above) || NOTED_TO_BEFORE.test(text.slice(Math.max(0, start - NOTE_REACH), start)));
    marks.push({
      opens: opens || (single && bound.bound === 'from'),
      closes: closes || (single && bound.bound === 'up_to'),
      middle: single && (MID_LABEL.test(tail) || MID_LABEL.test(above)),
      bounded: (!opens && single && bound.bound === 'from') || (!closes && single && bound.bound === 'up_to'),
    });
    boundary = end;
    i = c.next;
  }

  const descriptive: Salary[] = findDescriptivePay(text).map((d) => ({
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    currency: null,
    min: null,
    max: null,
    period: null,
    annual: { min: null, max: null },
    kind: 'base',
    masked: false,
    negotiable: d.negotiable,
    competitive: d.competitive,
    proRata: false,
    periodInferred: false,
    currencyInferred: false,
    reason: 'salary/descriptive',
  }));
  return mergeDescriptive(joinSplitRanges(text, figures, marks, options), descriptive);
}
