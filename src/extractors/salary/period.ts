import type { PayPeriod } from '../../types/pay';
import { monthlyUpTo } from './currency';
import payWords from '../../data/words/pay-words.json';
import { alternationOf, escapeRegExp } from '../../util/escape-regexp';
import { machineCodeOnFirstCall } from '../../util/machine-code';
import { COMPILE_ONCE } from '../../util/compile-once';

/**
 * Pay periods as feeds write them: "per annum", "pa", "p.a.", "/annum",
 * "a year", "p/h", "ph", "p.hr", "per calendar month", "pcm", "GBP Hourly" ...
 * `matchPeriodAt` reads one right after an amount; `periodCueBefore` reads
 * the ones that come first ("hourly rate of £9").
 */

const UNIT: Record<string, PayPeriod> = {
  hour: 'hour', hr: 'hour', h: 'hour',
  // A shift is a day's work, however long: "$1,950 per 12-hour shift".
  day: 'day', d: 'day', diem: 'day', shift: 'day',
  week: 'week', wk: 'week', w: 'week',
  month: 'month', mth: 'month', m: 'month', cm: 'month',
  annum: 'year', anum: 'year', year: 'year', yr: 'year', a: 'year', y: 'year',
};

const ADJECTIVE: Record<string, PayPeriod> = {
  hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', annual: 'year', annually: 'year', yearly: 'year',
  // A contract's pay given for a whole year's work: "$65,000 - $72,000 annualized, paid bi-weekly".
  annualized: 'year', annualised: 'year',
};

// Sticky: tried only at the end of an amount. "pm" alone is left out: it is a time of day.
// "€4,000 gross/month", "£30k gross per annum", "$5,000 net a month": gross or net may stand before the period.
const PERIOD = new RegExp(
  String.raw`[ \t]{0,3}(?:(?:gross|net|before\stax)(?:[ \t]{1,3}|(?=\/)))?${COMPILE_ONCE}(?:` +
    String.raw`(?:per|an?|each|every)[ \t]{1,3}(?:calendar[ \t])?(?<perUnit>hour|hr|day|diem|week|wk|month|mth|annum|anum|year|yr)s?` +
    String.raw`|(?:per|a|each|every)[ \t]{1,3}(?:\d{1,2}[ \t-]?(?:hour|hr)[ \t-](?:(?:day|night)[ \t])?)?(?<shiftUnit>shift)` +
    String.raw`|/[ \t]?(?<slashUnit>hour|hr|h|day|d|week|wk|w|month|mth|annum|year|yr|pa|shift)` +
    String.raw`|p\.?/?(?<pUnit>hr|h|d|w|a|y|cm)\.?` +
    String.raw`|(?<bare>annum)` +
    String.raw`|(?<adj>hourly|daily|weekly|monthly|annually|annuali[sz]ed|annual|yearly)` +
    String.raw`|p/m|p\.m\.(?= )` +
  String.raw`)(?![A-Za-z])`,
  'iy',
);

export interface PeriodMatch {
  period: PayPeriod;
  end: number;
  /** Written as an adjective ("3 weekly", "GBP Hourly"): after a bare number it reads as a frequency. */
  adjective: boolean;
}

type Periods = Partial<Record<PayPeriod, string[]>>;
const PERIOD_NAMES: PayPeriod[] = ['hour', 'day', 'week', 'month', 'year'];

/** One named group per period, each an alternation of its words, longest first; a space also matches a line break's space. */
function periodGroups(words: Periods): string {
  return PERIOD_NAMES.filter((p) => words[p]?.length)
    .map((p) => `(?<${p}>${alternationOf(words[p]!).replace(/ /g, '[ \\t]')})`)
    .join('|');
}

const periodOf = (g: Record<string, string | undefined>): PayPeriod | null => PERIOD_NAMES.find((p) => g[p] !== undefined) ?? null;

// The period words of other languages after a figure, a gross or net word allowed first: "45.000 € brutto pro Jahr",
// "3 500 zł miesięcznie", "900 دينار شهريا" (pay-words.json). Sticky, whole words.
const OTHER_PERIOD = new RegExp(
  String.raw`[ \t]{0,3}(?:(?:${payWords.periods.gross.map(escapeRegExp).join('|')})(?:[ \t]{1,3}|[ \t]?(?=\/)))?${COMPILE_ONCE}(?:${periodGroups(payWords.periods.after)})(?![\p{L}\p{N}])`,
  'iyu',
);

/** The period written at `pos` (spaces allowed before it), or null. */
export function matchPeriodAt(text: string, pos: number): PeriodMatch | null {
  PERIOD.lastIndex = pos;
  const m = PERIOD.exec(text);
  if (!m) {
    OTHER_PERIOD.lastIndex = pos;
    const other = OTHER_PERIOD.exec(text);
    const period = other && periodOf(other.groups!);
    return period ? { period, end: pos + other![0].length, adjective: false } : null;
  }
  const g = m.groups!;
  const unit = (g.perUnit ?? g.shiftUnit ?? g.slashUnit ?? g.pUnit ?? g.bare)?.toLowerCase();
  let period: PayPeriod | undefined;
  if (unit === 'pa') period = 'year';
  else if (unit) period = UNIT[unit];
  else if (g.adj) period = ADJECTIVE[g.adj.toLowerCase()];
  else period = 'month'; // p/m, p.m.
  return period ? { period, end: pos + m[0].length, adjective: g.adj !== undefined } : null;
}

/** The longest label word before a figure and the 25 characters after it. */
const OTHER_CUE_WINDOW = 60;

const CUE_BEFORE = new RegExp(
  String.raw`\b(?:(?<hour>hourly|per hour)|(?<day>day|daily)|(?<week>weekly)|(?<month>monthly)|(?<year>annual|yearly))\s(?:(?:gross|base|basic|net)\s)?${COMPILE_ONCE}(?:rate|salary|pay|wage|rate of pay|earnings|income|gross)\b[^.;\n]{0,25}$`,
  'i',
);

// A label of other languages that names the period: "Jahresgehalt: 60.000 €", "salario mensual de 2.000 €" (pay-words.json).
const OTHER_CUE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${periodGroups(payWords.periods.before)})(?![\p{L}\p{N}])[^.;\n]{0,25}$`, 'iu');

// Read before every amount without a period of its own: compiled once each, to machine code (see util/machine-code.ts).
const compileCuesBefore = machineCodeOnFirstCall([CUE_BEFORE, OTHER_CUE_BEFORE]);

/** A period named just before an amount: "day rate £350", "hourly rate of 9.50", "Monatsgehalt: 4.000 €". */
export function periodCueBefore(window: string): PayPeriod | null {
  compileCuesBefore();
  const g = CUE_BEFORE.exec(window)?.groups;
  if (!g) {
    const other = OTHER_CUE_BEFORE.exec(window.slice(-OTHER_CUE_WINDOW));
    return other ? periodOf(other.groups!) : null;
  }
  if (g.hour) return 'hour';
  if (g.day) return 'day';
  if (g.week) return 'week';
  if (g.month) return 'month';
  return 'year';
}

const ARABIC_LETTER = /[\u0600-\u06ff]/;
/** Where pay is quoted by the month and the currency is not known (Arabic text), the figure up to which it is monthly. */
const MONTHLY_UP_TO_UNKNOWN = 100000;

/**
 * Period from magnitude when none is written (GBP/EUR/USD scale): under 100
 * is an hourly rate, under 1,000 a day rate, under 10,000 a monthly salary,
 * anything larger a yearly salary. Where pay is quoted by the month (a
 * currency whose `monthlyUpTo` pay-words.json gives, or no currency and an
 * Arabic `label` before the figure), from 100 up to that figure is monthly.
 * Flagged as inferred by the caller.
 */
export function inferPeriod(value: number, currency: string | null = null, label = ''): PayPeriod {
  if (value < 100) return 'hour';
  const monthly = monthlyUpTo(currency) ?? (currency === null && ARABIC_LETTER.test(label) ? MONTHLY_UP_TO_UNKNOWN : null);
  if (monthly !== null) return value <= monthly ? 'month' : 'year';
  if (value < 1000) return 'day';
  if (value < 10000) return 'month';
  return 'year';
}

const PERIOD_SEARCH = new RegExp(String.raw`(?<![A-Za-z])` + PERIOD.source.replace(String.raw`[ \t]{0,3}`, ''), 'gi');

const OTHER_PERIOD_SEARCH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${periodGroups(payWords.periods.after)})(?![\p{L}\p{N}])`, 'iu');

// "$65,000 - $75,000 plus monthly bonus", "$20 an hour + weekly incentives": the period of what is paid on top.
const SCHEDULE_BEFORE = /\b(?:days?|hours?|hrs|shifts?|nights?|times)\s$/i;
// The noun may have the next label glued on in scraped text ("monthly production bonusUnderwrite ...").
const ON_TOP_NOUN = /^\s(?:[a-z]+\s)?(?:bonus|commission|incentive|allowance|stipend|premium)/i;

const compilePeriodSearches = machineCodeOnFirstCall([PERIOD_SEARCH, OTHER_PERIOD_SEARCH]);

/**
 * The first period written in `text[from, to)`: "24,000 to 30,000 plus benefits per year". A bonus's is passed over
 * where the figure's size can tell its period; a masked figure ("c**** plus annual bonus") has only the bonus's.
 */
export function findPeriodIn(text: string, from: number, to: number, sized = true): PayPeriod | null {
  compilePeriodSearches();
  // Searched in the slice, so a miss costs the window, not the rest of the text.
  const window = text.slice(from, to);
  PERIOD_SEARCH.lastIndex = 0;
  for (let m = PERIOD_SEARCH.exec(window); m; m = PERIOD_SEARCH.exec(window)) {
    // "two days a week", "12 shifts per month": how often the work is done, not the pay's period.
    if (SCHEDULE_BEFORE.test(window.slice(Math.max(0, m.index - 8), m.index))) continue;
    const p = matchPeriodAt(window, m.index);
    if (!p) return null;
    if (!sized || !(p.adjective && ON_TOP_NOUN.test(window.slice(p.end, p.end + 40)))) return p.period;
  }
  const other = OTHER_PERIOD_SEARCH.exec(window);
  return other ? periodOf(other.groups!) : null;
}
