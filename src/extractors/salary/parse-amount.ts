import { figureMarks, matchesStartingNear } from '../../util/scan-near';
import { matchPeriodAt } from './period';
import { CURRENCY_AFTER_SOURCE, CURRENCY_BEFORE_SOURCE, CURRENCY_CODE_SOURCE, currencyOfWord, hasThreeDecimals, IF_MONEY, RUPEES, signChoices, SYMBOL_CURRENCY } from './currency';
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
  /** The value with any multiplier applied; null when masked. */
  value: number | null;
  masked: boolean;
  /** A multiplier of thousands or millions was written: `k`/`K`, `m`/`M` ("$1.2M"). */
  thousands: boolean;
  /** What the written multiplier is worth: 1 without one, 1,000 for k, 10,000 for 万 / 만, 100,000 a lakh, 1,000,000 for m, 10,000,000 a crore. */
  multiplier: number;
  /** ISO 4217 code written next to the number. */
  currency: string | null;
  /** The symbol was `$`, whose currency depends on the country. */
  dollar: boolean;
  /** Written with "c" / "c." attached ("c40000"). */
  approx: boolean;
  /**
   * Written with a sign whose currency the country decides, and no currency named: "Rs." or lakhs and crores
   * ("12 LPA"), one of the rupees; "¥", yen or yuan. The currencies it may be; null for any other figure.
   */
  byCountry: readonly string[] | null;
}

const CURRENCY_CODES = CURRENCY_CODE_SOURCE;

const AMOUNT_SOURCE =
  // Not inside a word, number or code ("COVID-19", "ISO9001"), but "20k-30k" and "****K****K" are ranges.
  // (Nor the second year of a school's or a budget's year: "the 2024-25 teacher master contract".)
  // (A currency's letters start one after a colon too, "Remuneration:R25 000"; a figure or a mask never does, "10:30".)
  // A currency symbol starts an amount also after a word, a colon or a postcode that lost its space ("Salary:$160,000",
  // "for$130,000", "TN 37090$18.50"), a comma that ends a word (a CSV row's cell, "London,£35000"; not "1,£5"), or a
  // sentence's full stop ("our team.$50,000 - $60,000"; not "1.$5").
  String.raw`(?:(?=[£$€][ \t]?\d)(?<![_£$€]|\d,)(?<![^A-Za-z]\.|^\.)|(?<![\d_.,/£$€]|[^\d*][A-Za-z]-|^[A-Za-z]-|[\d*][A-JL-Za-jl-z]-)(?!(?<=(?<!\d)(?:19|20)\d\d[-–])\d{2}(?!\d))(?!(?<=:)[\d*])(?:(?<![A-Za-z])|(?<=\*[kK])))` +
  // "c £25k", never a "c" ending the line above; "C$40" is Canadian dollars.
  String.raw`(?<approx>(?:[cC]\.[ \t]?|[cC][ \t]|c)(?=[£$€\d*])|C(?=[£€\d*]))?` +
  // A code before the dollar names which dollars: "CAD $90,000", "USD $210,000", "SGD $8,000".
  String.raw`(?:(?<codeSign>${CURRENCY_CODES})[ \t]?(?=\$))?` +
  String.raw`(?<cur>[£$€][ \t]?|(?:${CURRENCY_CODES}|${CURRENCY_BEFORE_SOURCE})[ \t]?)?` +
  // Thousands grouped by commas, in India's lakhs ("12,00,000"), by apostrophes as in Switzerland ("CHF 90'000"),
  // by dots or spaces as in most of Europe ("45.000 €", "3.500,00 EUR", "12 000 PLN", a decimal comma after them).
  String.raw`(?<num>(?<!\*)\*{3,6}(?!\*)|\d{1,3}(?:,\d{3}){1,3}(?:\.\d{1,2})?|\d{1,2}(?:,\d{2}){1,3},\d{3}(?:\.\d{1,2})?|\d{1,3}(?:['’]\d{3}){1,3}(?:\.\d{1,2})?` +
  // A decimal comma alone ("14,50 €") counts only beside a currency (see scanAmounts).
  String.raw`|(?<dotted>\d{1,3}(?:\.\d{3}){1,3}(?:,\d{1,2})?|\d{1,3}(?: \d{3}){1,2}(?:,\d{1,2})?|(?<comma>\d{1,4},\d{2}))|\d{1,7}(?:\.\d{1,2})?)` +
  String.raw`(?![\d*]|[,.:/'’]\d)` +
  // India writes pay in lakhs and crores: "6-9 Lacs P.A.", "12 LPA" (lakhs per annum: the "PA" is left for the period).
  // East Asia counts in ten thousands: "600万円", "5,000만원"; Vietnam in millions: "15 - 25 triệu". A "k" may have a label glued on ("$140KBonus:"), never a
  // digit (a Canadian postcode's "V1W 3K7") or a letter of a currency's word ("45 000 Kč" is Czech crowns).
  String.raw`(?:[ \t]?(?<mult>[kK](?![a-z\d\u00C0-\u024F]|[A-Z](?![a-z]))|(?<lakh>(?:[Ll]akhs?|[Ll]acs?|LAKHS?|LACS?)(?![A-Za-z])|L(?=PA\b))|(?<crore>[Cc]rores?|CRORES?)(?![A-Za-z])|(?<man>万|만)|(?<million>triệu)(?![A-Za-z\u00C0-\u1EF9])|(?<mil>(?<=\d)[mM])(?![A-Za-z\d])))?` +
  // Not a sign that opens the next figure: "Dublin 2 €45,000" is the district, then the pay. French Canada writes the
  // dollar after the figure: "22,50 $ de l'heure".
  String.raw`(?:[ \t]?(?<curAfter>${CURRENCY_CODES}|UK Pounds|pounds|sterling|dollars|\$|${CURRENCY_AFTER_SOURCE})(?![A-Za-z]|[ \t]?\d))?`;

const AMOUNT = new RegExp(AMOUNT_SOURCE, 'g');
// The number starts at most 9 characters into a match ("c. CAD $ 25k"): the scan runs only near digits and asterisks.
const AMOUNT_REACH = 9;

const WORDS: Record<string, string> = {
  'uk pounds': 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  dollars: 'USD',
};

function currencyOf(raw: string | undefined): { code: string | null; dollar: boolean } {
  if (!raw) return { code: null, dollar: false };
  const key = raw.trim();
  if (key === '$' || key.toLowerCase() === 'dollars') return { code: 'USD', dollar: true };
  const word = currencyOfWord(key);
  return { code: SYMBOL_CURRENCY[key] ?? WORDS[key.toLowerCase()] ?? (word === undefined ? key.toUpperCase() : word), dollar: false };
}

/** Parses the digits of an amount ("25,000.00", "90'000" → 25000, 90000); `dotted` for "3.500,50" and "12 000" (3500.5, 12000). */
export function parseNumber(digits: string, dotted = false): number {
  return dotted ? Number(digits.replace(/[. ]/g, '').replace(',', '.')) : Number(digits.replace(/[,'’]/g, ''));
}

// US retirement plans named by their tax-code section: "401k", "401(k)", "403(b)", "457 plan".
const RETIREMENT_PLAN = /^(?:401|403|457)\s?(?:\(?[kb]\)?|plan)/i;
// A clock time: "8 a.m.", "5pm", "9.30 am".
const CLOCK = /^\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b/i;
// "lift up to 25 pounds": pounds of weight, as US postings give them.
const WEIGHT_BEFORE = /\b(?:lift\w*|carr(?:y|ies|ying)|push\w*|pull\w*|weigh\w*|mov(?:e|es|ing)|handl\w*)\b[^.;\n]{0,30}$/i;

/** Numbers that name something else: a retirement plan, a clock time, a weight in pounds. */
function namesOther(text: string, m: RegExpExecArray): boolean {
  const g = m.groups!;
  if (g.cur) return false;
  if (g.curAfter) return g.curAfter.toLowerCase() === 'pounds' && WEIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index));
  // Cheap guards first: a plan is 401/403/457, a clock time at most "12:30".
  const plan = g.num === '401' || g.num === '403' || g.num === '457';
  if (!plan) {
    const after = m.index + m[0].length;
    const ch = text[text.charCodeAt(after) === 32 ? after + 1 : after];
    if (g.num.length > 5 || (ch !== 'a' && ch !== 'p' && ch !== 'A' && ch !== 'P')) return false;
  }
  const at = m.index + (g.approx?.length ?? 0);
  const head = text.slice(at, at + 12);
  return plan ? RETIREMENT_PLAN.test(head) : CLOCK.test(head);
}

// Thousands grouped in lakhs, as only South Asia writes them: "12,00,000".
const LAKH_GROUPS = /^\d{1,2}(?:,\d{2})+,\d{3}/;
// Thousands grouped as money is written: "35 000", "8,500", "12.000".
const GROUPED = /[,.' ’]\d{3}/;

/**
 * A sign or code that is an English letter or word too (pay-words.json `ifMoney`: "R" the rand, "PHP") names a
 * currency only before a figure that reads as money: thousands grouped ("R35 000"), a multiplier ("R450k") or a pay
 * period after it ("R180 per hour"). "R2", "R 4.3", a code "R12345" or "PHP 7.4" is no pay.
 */
function letterSignHolds(text: string, m: RegExpExecArray): boolean {
  const g = m.groups!;
  return g.mult !== undefined || GROUPED.test(g.num) || matchPeriodAt(text, m.index + m[0].length) !== null;
}

const ARABIC_LETTER = /[\u0600-\u06ff]/;
const ARABIC_REACH = 40;

/**
 * "850.000" is 850 in a currency of three decimals (dinars and fils), or with no currency in Arabic text, where
 * the countries that write pay so (Jordan, Kuwait, Bahrain, Oman) post it; elsewhere it is 850,000.
 */
function threeDecimals(text: string, at: number, num: string, code: string | null): boolean {
  if (num.length !== 7 || num[3] !== '.') return false;
  return hasThreeDecimals(code) || (code === null && ARABIC_LETTER.test(text.slice(Math.max(0, at - ARABIC_REACH), at)));
}

// Millions as pay is written in them ("R900k - R1.1m", "$1.2M - $1.5M", "R1.1m per annum"): a range's end, or with
// its year. A sum in millions alone is a company's ("$20M raised", "a $5M budget"). Tested on short slices: linear.
const RANGE_NEXT = /^[ \t]{0,3}(?:-|–|—|to)[ \t]{0,3}(?:[£$€¥₹R]|[A-Z]{3}[ \t]?)?\d/;
const RANGE_BEFORE = /\d[ \t]?[kKmM][ \t]{0,3}(?:-|–|—|to)[ \t]{0,3}$/;
const YEAR_NEXT = /^[ \t]{0,2}(?:per[ \t](?:annum|year)|p\.?a\b|a[ \t]year|annually|\/[ \t]?(?:yr|year|annum)|CTC|package)/i;

function millionsAsPay(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  return RANGE_NEXT.test(after) || YEAR_NEXT.test(after) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Every amount in `text`, in order. Numbers that read as codes (leading zero, "0161") are skipped. */
export function scanAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of matchesStartingNear(text, AMOUNT, figureMarks(text), AMOUNT_REACH)) {
    const g = m.groups!;
    const num = g.num;
    const masked = num.charCodeAt(0) === 42; // '*'
    if (!masked && num.length > 1 && num[0] === '0' && num[1] !== '.') continue;
    if (!masked && namesOther(text, m)) continue;
    if (((g.cur !== undefined && IF_MONEY.has(g.cur.trim())) || (g.curAfter !== undefined && IF_MONEY.has(g.curAfter))) && !letterSignHolds(text, m)) continue;
    const thousands = g.mult !== undefined || g.mil !== undefined;
    const multiplier =
      g.lakh !== undefined ? 100_000 : g.crore !== undefined ? 10_000_000 : g.man !== undefined ? 10_000 : g.million !== undefined || g.mil !== undefined ? 1_000_000 : g.mult !== undefined ? 1000 : 1;
    const before = currencyOf(g.codeSign ?? g.cur);
    // A dollar after the figure only as French Canada writes both ("22,50 $", "45 000 $"), not "Top 10 $ deals".
    const after = currencyOf(g.curAfter === '$' && g.dotted === undefined ? undefined : g.curAfter);
    // "$180,000 CAD": a code after the figure says which dollars.
    const cur = before.code && !(before.dollar && after.code) ? before : after;
    // (Or beside a sign whose country decides its currency: "172,50 kr.".)
    if (g.comma !== undefined && !cur.code && !g.cur && !g.curAfter) continue;
    if (g.mil !== undefined && (!g.cur || !millionsAsPay(text, m.index, m.index + m[0].length))) continue;
    const dotted = g.dotted !== undefined && !threeDecimals(text, m.index, num, cur.code);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: masked ? null : parseNumber(num, dotted) * multiplier,
      masked,
      thousands,
      multiplier,
      currency: cur.code,
      dollar: cur.dollar,
      approx: g.approx !== undefined,
      byCountry: cur.code !== null ? null : g.cur !== undefined || g.curAfter !== undefined ? (signChoices((g.cur ?? g.curAfter).trim()) ?? null) : g.lakh !== undefined || g.crore !== undefined || LAKH_GROUPS.test(num) ? RUPEES : null,
    });
  }
  return out;
}
