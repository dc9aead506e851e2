import type { PayKind } from '../../types/pay';
import { COMPILE_ONCE } from '../../util/compile-once';
import { machineCodeOnFirstCall } from '../../util/machine-code';

/**
 * Words around an amount that say what it is: the kind of pay, whether it is
 * a bound ("up to", "from"), approximate ("circa"), negotiable, competitive,
 * pro rata, or not pay at all ("£5m turnover", "3 years", "Level 2").
 * Every pattern is anchored to a short window (`WINDOW` characters), so the
 * cost per amount is constant.
 */

export const WINDOW = 60;

const CLAUSE_END = /[;!?\n|]|\.\s|\s{3,}/g;

/** Whether a clause ends just before `i`: ";", "!", "?", a line break, "|", ". " or a run of three spaces. */
function clauseBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 33 || c === 63 || c === 10 || c === 124) return true;
  if (c === 32 || c === 9) {
    if (text.charCodeAt(i - 1) === 46) return true; // ". "
    return (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 32);
  }
  return false;
}

/** `text[from, to)` cut back to the current clause: a backward walk that stops at the nearest break. */
export function clauseBefore(text: string, from: number, to: number): string {
  const lo = Math.max(from, to - WINDOW);
  let i = to - 1;
  while (i >= lo && !clauseBreakAt(text, i)) i--;
  return text.slice(i + 1, to);
}

/** `text[from, to)` cut at the end of the current clause. */
export function clauseAfter(text: string, from: number, to: number): string {
  const w = text.slice(from, Math.min(to, from + WINDOW));
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(w);
  return m ? w.slice(0, m.index) : w;
}

/**
 * The line above the one `at` opens, when only spaces and line breaks stand
 * between that line's end and `at` (a label or heading over a figure): its
 * last `max` characters at most, else ''. Bounded scans, no regex.
 */
export function lineAbove(text: string, at: number, max = 60): string {
  let i = at;
  let broken = false;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
    if (text.charCodeAt(i - 1) === 10) broken = true;
    i--;
  }
  if (!broken) return '';
  let from = i;
  while (from > 0 && i - from < max && text.charCodeAt(from - 1) !== 10) from--;
  return text.slice(from, i);
}

// Earnings with commission in them ("avg. total earnings $110,000", "first-year earnings $70,000 - $90,000") are on-target
// earnings, not the base.
const KIND_WORDS =
  String.raw`(?<ote>OTE|on[\s-]?target\s(?:earnings?|commission)|realistic\s(?:first\syear\s)?earnings|earnings?\spotential|uncapped\searnings|(?:average|avg\.?|typical|expected|projected|total|first[\s-]year|year[\s-]one)\s(?:total\s)?earnings)` +
  String.raw`|(?<bonus>bonus(?:es)?)|(?<commission>commission|comms?)|(?<allowance>allowance|weighting|differentials?|(?<=(?:shift|night|weekend|evening)\s)premiums?|(?:travel|meals?|daily|lodging)\sper\s?diems?|per\s?diems?\s(?:allowance|stipend|of)` +
  // The Nordic languages' allowances and supplements, whole or in compounds: "Friskvårdsbidrag", "nattillæg".
  // German's subsidies ("Zuschuss 25 €/Monat", "Fahrtkostenzuschuss"); French allowances ("indemnité de transport",
  // "Forfait mobilités durables de 700 € par an").
  String.raw`|[a-zåäöæø]{0,20}(?:bidrag|tillæg|tillägg|tillegg|zuschuss)|indemnit[ée]s?|forfaits?\smobilit[ée]s?)` +
  String.raw`|(?<tips>tips|gratuities|tronc|service\scharge)` +
  String.raw`|(?<other>(?:joining|sign(?:ing)?[\s-]on|welcome|retention|golden)\s(?:award|payment)|golden\shello|relocation|overtime|on[\s-]?call\s(?:pay|rate|premium|stipend|rotation|duty)|standby\s(?:pay|rate|premium)|referral|refer\sa\sfriend|for\s(?:each|every|any)\s(?:successful\s)?referral|expenses|mileage` +
  // Benefit amounts and equity beside the pay: "$300 wellness stipend", "$50k life insurance", "group medical insurance of
  // ₹5,00,000" (its cover), "equity grant of $20,000", a board's "Additional pay: $6K - $14K /yr" beside its estimate,
  // "Employee housing available ($450/month)", "Staff apartment available at $450/month", "a per diem of $75/day", "an education fund of €500 a year", "a learning budget of $500 per annum", "Therapy budget £1,000 per year", "a CPE budget of $3,000 a year" (continuing education's), "an employer contribution to a health savings account ($1,200)". A role's
  // "budget" alone may be its pay ("a budget of up to £45k").
  String.raw`|(?:[a-z-]+\s){0,2}stipends?|reimburse(?:ment|d)|student\sloans?(?:\s(?:repayment|forgiveness|assistance))?|(?:employee|staff)\s(?:housing|apartments?|accommodation)|(?:life|medical|health|group|accident|term)\s(?:insurance|cover(?:age)?)|tuition(?:\sassistance)?|additional\s(?:pay|compensation)|equity|stock|RSUs?|shares` +
  // "€500 energy bill credit", "Flexible benefits of S$1,200 per year".
  String.raw`|(?:[a-z-]+\s)?(?:bill|energy|account|store|travel|wellness|learning|training|education|childcare)\scredits?|flex(?:ible)?\sbenefits?` +
  // "a $750 annual wellness account", "lifestyle spending account" (Canada's); meal vouchers ("tickets restaurant de 10 € par
  // jour", Belgium's "chèques-repas de 8 €" and "éco-chèques", read from the "co" after the accent, where a word
  // boundary stands); a profit share ("profit share (last year worth £2,100 per person)").
  String.raw`|(?:wellness|well-?being|lifestyle|health|spending)\s(?:spending\s)?accounts?|tickets?[\s-]restaurants?|titres?[\s-]restaurants?|meal\svouchers?|luncheon\svouchers?|ch[eè]ques?[\s-]repas|e?co[\s-]ch[eè]ques?|profit[\s-]shar(?:e|ing)` +
  // Another job's pay: "We are also hiring a Dental Assistant (starting at $19 per hour)", "Substitutes are also needed at
  // $13.00 per hour".
  String.raw`|also\s(?:hiring|recruiting|seeking|looking\sfor|needed)` +
  String.raw`|(?:health\s)?savings\saccounts?|HSA|(?:401\(?k\)?|retirement|pension)\s(?:match|contribution)` +
  // What is paid for the worker's own kit: "A kit/computer rental of $50 per week"; a subsidy towards a perk: "Urban
  // Sports Club subsidy (€50/month)".
  String.raw`|rentals?|subsid(?:y|ies)` +
  String.raw`|(?:learning|development|training|education(?:al)?|CPE|CME|CPD|CE|L&D|conference|books?|equipment|(?:home[\s-])?office|travel|wellness|well-?being|fitness|gym|therapy|(?:mental\s)?health|childcare|commut(?:e|ing)|phone|internet|lunch|coworking|co-working)\s(?:budgets?|funds?)` +
  // A tax-free part of the pay ("salary packaging up to $15,900", Australia's), not the pay.
  String.raw`|salary\s(?:packaging|sacrifice))` +
  String.raw`|(?<base>salary|salaries|basic|base\s(?:salary|pay|rate)|wages?)` +
  // Generic words: "refer a friend and earn £200" is still a referral payment.
  String.raw`|(?<generic>pay|rate|package|remuneration|compensation|earn|earnings)`;

const KIND_LEFT = new RegExp(String.raw`\b(?:${KIND_WORDS})\b`, 'gi');

// A piece rate, read right after its amount only: "$4 per delivery" is no rate of time (a rate per distance is no pay,
// see NOT_PAY_AFTER); nor is a teacher's rate per credit, course or class ("$1,150 per credit hour" was read as a
// month's pay for its size).
// So is a fee per piece of work ("$450 per interior spread", "$50 per extra stop"), and a physician's rate per work unit
// ("$55 per wRVU").
const PIECE_RATE = String.raw`(?<piece>per\s(?:(?:extra|additional|interior|single)\s)?(?:piece|delivery|drop|stop|load|visit|unit|(?:semester\s|contact\s)?credit(?:\shour)?|course|class|session|lesson|spread|illustration|article|project|w?RVUs?))`;

// A benefit's amount, its purpose in a few words before its noun: "$1,000 one-time home office setup stipend", "$500
// annual creative development fund", "$3,000 annual license maintenance and continuing education allowance", "$75/month
// wellness reimbursement", "a $2,000 tool purchase program", "a $1,200 home office setup". (Read after the amount only: "Fund Accountant £45,000" is pay.)
// (Not where a word joins it to the pay or qualifies the pay: "£25,000 plus car allowance", "**** together with allowances",
// "****K INC SHIFT ALLOWANCE", "Up to **** depending on experience allowance enhancements"; an allowance named alone,
// "****k allowances of £****", is KIND_WORDS'. No word of pay either: a bare figure before them is none, "c**** Life unit
// linked Funds".)
const JOINS_PAY = String.raw`(?:plus|with|including|incl|inc|inclusive|together|excluding|per|depending|dependent|doe|based|negotiable|pro|benefits?|package)\s`;
const BENEFIT_WORD = String.raw`(?!${JOINS_PAY})[a-z-]+\s`;
// One benefit named by its purpose ("$150 monthly commuter benefit"); not praise of the benefits or their package ("£30,000
// excellent benefit package" is the pay).
const PRAISE = String.raw`(?:excellent|great|generous|attractive|competitive|good|fantastic|comprehensive|full|amazing|superb|brilliant|fabulous|substantial|flexible|additional|other|staff|employee)\s`;
const BENEFIT_AFTER = String.raw`(?<benefit>(?!(?:and|or|a|an|the|to|of|no)\s)(?:${BENEFIT_WORD}){1,5}allowances?|(?:${BENEFIT_WORD}){0,4}(?!${PRAISE})(?!${JOINS_PAY})[a-z-]+\sbenefit(?!s|\s(?:package|scheme|plan))|(?:${BENEFIT_WORD}){0,5}(?:stipends?|funds?|budgets?|reimbursements?|credits?|spending\saccounts?|programs?|programmes?|set-?ups?))`;

// Any word or two naming an extra before its kind: "$2,000 signing bonus", "$500 attendance bonus", "$1.00 holiday premium",
// "$500 peak-season completion bonus" (not the pay's own words glued to the next line's, "$130,000 - $160,000 base
// salaryAnnual bonus");
// not a word that joins the pay to it, lists it among the benefits or praises it ("£25,000 plus bonus", "**** Benefits Bonus",
// "£30k excellent bonuses" are the pay); a referral bonus is some other pay, as "referral" alone says.
const EXTRA_NAMED = String.raw`(?:(?!(?:plus|and|or|with|including|excluding|per|a|an|the|to|of|no|base|basic|salary|pay|benefits?|package|referral|excellent|great|generous|attractive|competitive|good|fantastic|huge|big|lucrative|amazing|superb|brilliant|fabulous|substantial|potential)\s)[a-z][a-z-]{2,15}\s){1,2}(?=(?:bonus(?:es)?|allowance|stipend|differential|premium)\b)`;

// A kind word right after the amount that is not followed by an amount of its own ("17k OTE 25k"), also after "in" ("$4-6/hr
// in tips", "$30,000 in variable commission") and, for tips and commission, "with" ("Average earnings $25-$35/hr with tips", "Earn $22-$28 per hour including
// tips": the pay and the tips together, earnings as OTE is, which are the pay where no base is stated).
const KIND_RIGHT = new RegExp(
  String.raw`^\+?\s{0,2}(?:(?<in>in\s(?:[a-z]{3,15}\s)?(?=(?:tips|gratuities|bonus(?:es)?|commissions?|equity|stock|relocation|student\sloans?)\b))|(?<total>(?:with|including|incl\.?)\s(?=(?:tips|gratuities|commissions?)\b)))?(?:(?:car|shift|night|weekend|evening|annual|joining|performance|sales|guaranteed|achievable|retention|sign[\s-]on|relocation|london|first\syear|year\sone|realistic|uncapped|basic|cell\sphone)\s|${EXTRA_NAMED})?` +
    String.raw`${COMPILE_ONCE}(?:${KIND_WORDS}|${PIECE_RATE}|${BENEFIT_AFTER})\b(?!:?\s{0,2}(?:of\s{1,2})?(?:approx\w*\.?\s{1,2})?(?:[£$€\d*]|c\d))`,
  'i',
);

/** How many characters at the start of `right` name the kind of the figure before it ("$1.00/hr| shift differential"), or 0. */
export function kindWordLength(right: string): number {
  return KIND_RIGHT.exec(right)?.[0].length ?? 0;
}

function kindOf(g: Record<string, string | undefined>): PayKind {
  if (g.ote || g.total) return 'ote';
  if (g.bonus) return 'bonus';
  if (g.commission) return 'commission';
  if (g.allowance) return 'allowance';
  if (g.tips) return 'tips';
  if (g.other || g.piece || g.benefit) return 'other';
  return 'base';
}

export interface KindCue {
  kind: PayKind;
  /** A pay word stands right before or after the amount: evidence that a bare number is pay. */
  payWord: boolean;
}

/** How close before a bare number a pay word must stand ("Salary: 25,000", not "pay ... 25 resellers"). */
const PAY_WORD_REACH = 30;

// "plus $1.50/hour shift differential": an amount added to the pay before it.
const ADDED_BEFORE = /(?:\bplus|\+|\badditional|\bextra)[ \t]{0,2}$/i;

/** Whether the clause before an amount ends by adding it to the pay ("..., plus "). */
export function addedBefore(left: string): boolean {
  return ADDED_BEFORE.test(left);
}

// What an employer contributes is a benefit, never the pay: "Contoso contributes £11,214 towards you being a member of
// the Civil Service pension scheme" (every UK civil service advert), "we contribute $500 to your HSA", "Beitrag von CHF
// 3'000 pro Jahr an Weiterbildungen".
const CONTRIBUTED_BEFORE = /\b(?:contribut(?:es?|ing|ions?(?:\sof)?)|beitrag\s(?:von|in\sH[öo]he\svon)|participation\sde)\s(?:up\sto\s|an?\s(?:additional|extra|further)\s|bis\szu\s)?$/i;

// An aside on what a perk is worth is no pay: "a bus pass or parking validation for each shift (worth up to $12 per
// evening)".
const WORTH_ASIDE_BEFORE = /\(\s?worth\s(?:up\sto\s|about\s|around\s|approx(?:imately|\.)?\s)?$/i;

// What the worker pays for is no pay: "apprentices pay only for books (about $300 per year)". Bounded: linear.
const PAYS_FOR_BEFORE = /\b(?:you|they|apprentices|trainees|students|candidates|applicants|participants)\s(?:will\s|must\s|would\s)?(?:only\s)?(?:pay|spend|buy)s?\s(?:only\s)?for\s(?:[\w-]{1,20}\s){0,3}\(?(?:about\s|around\s|approx(?:imately|\.)?\s)?$/i;

// A wage that the pay is a share of is no pay of this job: "start at $18.95 per hour (45% of the current journeyman wage
// of $42.10)". Bounded: linear.
const SHARE_OF_BEFORE = /\b\d{1,3}(?:\.\d{1,2})?\s?%\sof\s(?:the\s|a\s)?(?:[\w-]{1,20}\s){0,3}(?:wages?|rates?|pay|salary|scale)\s?(?:of\s|is\s|[(:]\s?)?$/i;

// A differential or a shift's premium is paid on top of a rate, never a rate itself: "$1.50/hr night differential
// included in the pay above", "2nd shift with $1.50/hr shift premium".
const DIFFERENTIAL = /\b(?:differentials?|premiums?)\b/i;

// A benefit's amount by the period is no rate of pay: "$75/month internet stipend", "$100/month wellness budget", "€500
// energy bill credit each winter", "$150 monthly commuter benefit" (one benefit: "£30,000 excellent benefits" is pay).
const BENEFIT_AMOUNT = /\b(?:stipends?|budgets?|funds?|reimburse(?:ment|d)|insurance|credits?|benefit)\b/i;

// (A figure glued on is the next line's, "benefit4 weeks PTO", not an amount the benefit's noun labels: a stop between.)
const GLUED = /(\p{Ll})(\p{Lu}|\d)/gu;

function gluedBenefit(right: string): RegExpExecArray | null {
  const m = KIND_RIGHT.exec(right.replace(GLUED, '$1. $2'));
  return m?.groups!.benefit || m?.groups!.other ? m : null;
}

// A row that labels the figure an intern's or trainee's stipend or allowance, its pay: "💰 Allowance: SGD 1,200 – 1,800
// per month", "Stipend: R6 500 per month" (not a named allowance beside the pay: "Car allowance:").
const STIPEND_ROW = /(?:^|\n)[^\S\n]*(?:\p{Extended_Pictographic}\uFE0F?[^\S\n]*)?(?:monthly |internship |training |trainee )?(?:stipend|allowance)[^\S\n]?:[^\S\n]?(?:[A-Z]{1,3}[^\S\n]?)?$/iu;
const STIPEND_ROW_REACH = 48;

// Read around every amount: compiled once each, to machine code (see util/machine-code.ts).
const compileKindCues = machineCodeOnFirstCall([CONTRIBUTED_BEFORE, SHARE_OF_BEFORE, PAYS_FOR_BEFORE, WORTH_ASIDE_BEFORE, STIPEND_ROW, KIND_LEFT, KIND_RIGHT]);

/**
 * The kind named nearest before the amount, overridden by one right after it
 * ("£5,000 car allowance") unless the amount carries its own period: a rate
 * with a period is pay in itself ("17.55/hour Shift Allowance" is a rate plus
 * a note that an allowance exists), except where it is added to the pay
 * ("$19.25/hour plus $1.50/hour shift differential"), is a differential, or is
 * said to come "in" or "with" that kind ("$4-6/hr in tips").
 */
export function kindCue(left: string, right: string, hasPeriod: boolean): KindCue {
  compileKindCues();
  if (CONTRIBUTED_BEFORE.test(left) || SHARE_OF_BEFORE.test(left) || PAYS_FOR_BEFORE.test(left) || WORTH_ASIDE_BEFORE.test(left)) return { kind: 'other', payWord: true };
  if (STIPEND_ROW.test(left.slice(-STIPEND_ROW_REACH))) return { kind: 'base', payWord: true };
  let found: Record<string, string | undefined> | null = null;
  let specific: Record<string, string | undefined> | null = null;
  let foundEnd = -1;
  KIND_LEFT.lastIndex = 0;
  for (let m = KIND_LEFT.exec(left); m; m = KIND_LEFT.exec(left)) {
    found = m.groups!;
    foundEnd = m.index + m[0].length;
    if (!found.generic) specific = found;
  }
  // The nearest word names the kind, unless it is generic and a specific one stands earlier in the clause.
  if (found?.generic && specific) found = specific;
  // (Scraped text may glue the next line on: "$1,500 learning budgetBluenose Marine ...": a benefit's noun read so.)
  const after = KIND_RIGHT.exec(right) ?? gluedBenefit(right);
  if (after && (!hasPeriod || after.groups!.ote || after.groups!.in || after.groups!.total || addedBefore(left) || DIFFERENTIAL.test(after[0]) || BENEFIT_AMOUNT.test(after[0]))) return { kind: kindOf(after.groups!), payWord: !after.groups!.benefit };
  return { kind: found ? kindOf(found) : 'base', payWord: found !== null && left.length - foundEnd <= PAY_WORD_REACH };
}

export type Bound = 'up_to' | 'from' | 'approx' | 'between' | null;

// A cue speaks for an amount on its own line only ("Nurse c" above "£25,000" is no "circa").
const BOUND_LEFT =
  /\b(?:(?<upTo>up\s?to|upto|to|max(?:imum)?(?:\sof)?|not\sexceeding|as\shigh\sas)|(?<from>from|starting\s(?:at|from)|min(?:imum)?(?:\sof)?|at\sleast|over|in\sexcess\sof|upwards\sof|more\sthan)|(?<approx>c|ca|circa|approx(?:imately)?|around|about|in\sthe\sregion\sof|iro|i\.r\.o)|(?<between>between|zwischen|entre|tussen|tra|fra|między))\.?[ \t]{0,2}(?:of[ \t])?[£$€]?$/i;

export interface BoundCue {
  bound: Bound;
  /** Where the cue starts in `left`. */
  index: number;
}

/** End-anchored cues are tried on the tail only: the longest cue is shorter than this. */
const TAIL = 28;

const compileBounds = machineCodeOnFirstCall([BOUND_LEFT]);

export function boundCue(left: string): BoundCue {
  compileBounds();
  const offset = Math.max(0, left.length - TAIL);
  const m = BOUND_LEFT.exec(left.slice(offset));
  const g = m?.groups;
  // "Fresno, CA $22": a state's or country's code in capitals, not "ca." for circa.
  if (!m || !g || g.approx === 'CA') return { bound: null, index: left.length };
  const bound: Bound = g.upTo ? 'up_to' : g.from ? 'from' : g.approx ? 'approx' : 'between';
  return { bound, index: offset + m.index };
}

// A board's estimate or a market's average beside the posting, not its pay: "Salary estimate", "Base pay range £26K - £33K
// /yr (Est.)" (not "(Employer est.)", the employer's own), "Median pay:", "Median: $114K /yr", "respondents reported an average base salary of
// SGD 168,000", "Gehaltsschätzung". (Not "Estimated pay range: ...", nor "Average annual salary will be ...": the employer's
// own words for its pay.)
const ESTIMATE_BEFORE =
  /\b(?:(?:salary|pay|wage)\s(?:estimates?|estimation)|(?:median|market)\s(?:base\s|annual\s)?(?:salary|salaries|pay|wages?)|median(?=\s?:)|reported\san?\s(?:average|median)|salaries\sreported|(?:gehalts|lohn)sch[äa]tzung|estimation\s(?:de|du)\ssalaire)\b[^.!?\n]{0,30}$/i;
const ESTIMATE_AFTER = /^\s{0,2}\(\s?(?:est\.?|estimated?|(?:glassdoor|indeed)\sest(?:\.|imated?)?)\s?\)/i;

const compileEstimates = machineCodeOnFirstCall([ESTIMATE_BEFORE, ESTIMATE_AFTER]);

/** Whether the figure is a board's estimate or a market average (`left` its clause, `above` the line over it, `ahead` what follows). */
export function estimated(left: string, above: string, ahead: string): boolean {
  compileEstimates();
  return ESTIMATE_BEFORE.test(left) || ESTIMATE_BEFORE.test(above) || ESTIMATE_AFTER.test(ahead);
}

/** "90000 - 105000 plus bonus": something paid on top says the figure before it is pay, and base pay. */
export const PAID_ON_TOP = /^\s{0,2}(?:\+|plus)\s{0,2}(?:an?\s)?(?:annual\s|quarterly\s|performance\s)?(?:bonus(?:es)?|commission|benefits|equity|overtime)\b/i;

/** "10,000+" / "£40k plus" with nothing after: an open top. */
// "£30k+", "$50K+ depending on experience", "$40+ per hour"; not "£25k + bonus".
export const OPEN_TOP = /^(?:\+(?![\s]?[A-Za-z])|\+(?=\s(?:depending|dependent|doe|based|per|a|an|annually|yearly|p\.?a)\b)|\s(?:and\sabove|or\smore|upwards))/;

const NEGOTIABLE = /\b(?:negotiable|neg|doe|d\.o\.e|depending\s(?:up)?on\s(?:experience|skills|exp)|depend[ae]nt\s(?:up)?on\sexp\w*|dep\.?\son\sexp\w*|commensurate)\b/i;
const COMPETITIVE = /\bcompetitive\b/i;
const PRO_RATA = /\bpro[\s-]?rata\b|\bFTE\b/i;

export interface Flags {
  negotiable: boolean;
  competitive: boolean;
  proRata: boolean;
}

export function flagsIn(left: string, right: string): Flags {
  return {
    negotiable: NEGOTIABLE.test(left) || NEGOTIABLE.test(right),
    competitive: COMPETITIVE.test(left) || COMPETITIVE.test(right),
    proRata: PRO_RATA.test(left) || PRO_RATA.test(right),
  };
}

// Words before a bare number that make it a code, a level or a count; US federal pay plans name a grade ("GS 12").
// Pay scales and grades of other languages too: the Dutch health service's "FWG 45", "schaal 8", "Entgeltgruppe 9".
const NOT_PAY_BEFORE =
  /\b(?:hours?|hrs|level|grade|band|gs|gg|wg|ws|wl|nvq|step|stage|ref|reference|no|number|id|tel|telephone|phone|mobile|call|fax|room|unit|page|version|aged?|since|in|est|established|founded|over|top|year|years|line|edition|iso|bs|part|section|vat|phase|tier|ks|key\sstage|class|cat|category|module|floor|suite|po\sbox|box|route|junction|(?<!(?:salary|pay)\s)scale|fwg|schaal|salarisschaal|entgeltgruppe|stufe)\W{0,3}$/i;

// Words after any amount that make it something other than pay ("$10+ billion", "18k GitHub stars"; "+ 10% bonus" is pay's); a sales quota
// is a target to sell, not pay ("a $900K+ annual quota"); a rate per distance ("$0.96/km" mileage, a driver's "$0.62 per
// mile") has no period of pay to read it by, nor has a price per weight or volume ("$0.40 a hundredweight", "$3.10 per
// gallon"); nor is an applicant's fee ("a $30 non-refundable application fee"); nor a market's price with its move ("Brent
// $74.62 ▲ 0.41", a board's ticker).
const NOT_PAY_AFTER = new RegExp(
  String.raw`^\s{0,2}${COMPILE_ONCE}(?:\+?\s{0,2}(?:(?:annual|yearly|quarterly|monthly)\s)?(?:quotas?|sales\stargets?)\b|\+\s{0,2}(?:million|billion|bn)\b|(?:\/\s?|per\s|a\s)(?:km|kilomet(?:re|er)|mi|mile|lbs?|pounds?|kg|kilos?|kilograms?|tons?|tonnes?|hundredweight|cwt|gallons?|gal|litres?|liters?|barrels?|bushels?)\b|(?:-|–|to)?\s{0,2}\d{1,3}(?:\.\d{1,2})?\s?%|%|percent\b|per\s?cent\b|million(?!aire|th)|billion(?!aire|th)|bn\b|turnover\b|revenue\b|budget\b|funding\b|investment\b|discount\b|off\b|vouchers?\b|gift\s?cards?\b|worth\sof\b|portfolio\b|valuation\b|raised\b|(?:pay\s)?raise\b|pay\srise\b|deposit\b|(?:non-refundable\s)?(?:application|registration|exam|testing|enrol(?:l)?ment|membership|initiation|processing|placement)\sfees?\b|(?:monthly\s|active\s)?(?:subscribers|followers|readers|downloads|installs|visitors)\b|(?:github\s)?stars\b|fees?\b|x\b(?![ ]?1[2-6][ ]?(?:months|mths))|\/\s?7\b|[▲▼△▽↑↓])`,
  'i',
);

// Words after a bare number that make it a count, a duration or a quantity.
const COUNT_AFTER = new RegExp(
  String.raw`^\s{0,2}(?:\+\s{0,2})?${COMPILE_ONCE}(?:(?:work(?:ing)?|duty|contract(?:ed)?|school|teaching|instructional)\s(?:days|hours|weeks)|years?|yrs?|months?|weeks?|days?|(?:vacation|holiday|leave|sick|pto)\sdays?|(?:paid\s)?holidays?|paid\s(?:days|weeks)|hours?|hrs?|mins?|minutes?|seconds?|milliseconds?|ms\b|microseconds?|countries|people|persons?|staff|employees|members|salaries|reviews|ratings|applicants|applications|sites|stores|shops|branches|locations|offices|miles|km|clients|customers|users|requests|queries|transactions|messages|events|records|tickets|calls|sessions|devices|servers|orders|shipments|parcels|packages|rps|qps|tps|beds|bedded|rooms|vehicles|units|properties|students|pupils|children|patients|homes|outlets|restaurants|hotels|covers|seats|pounds?\sin\sweight|kg|tonnes|tons|sq|square|metres|meters|feet|ft|mm|cm|times|x\b|st\b|nd\b|rd\b|th\b|am\b|pm\b|o'clock|and\s\d|or\s\d|,\s?\d)`,
  'i',
);

// Words before any amount that make it a sum the job handles, not its pay: "quota $600K", "Average deal size $25,000",
// "cash transactions up to $10,000 daily", "annual spend of $30M", "a P&L of $5M" (a budget is read apart: it may be the pay).
const HANDLED_BEFORE =
  /\b(?:(?:quotas?|deal\s(?:sizes?|values?)|transactions?|orders?|invoices?|claims?|P&L|portfolios?|assets)\s(?:of\s|exceeding\s|over\s|worth\s)?|annual\s(?:sales|revenue|turnover|spend)\s(?:of\s)?|(?:sales|revenue|turnover|spend)\s(?:of|exceeding|over|worth)\s)(?:up\sto\s|over\s|about\s|around\s)?$/i;

// A UK postcode's outward code before its inward one: "LE5 4PW" is no £4 per week.
const POSTCODE_OUTWARD = /\b[A-Z]{1,2}\d[A-Z\d]?[ ]$/;

const compileHandled = machineCodeOnFirstCall([HANDLED_BEFORE]);

/** A sum the job handles, named just before the amount. */
export function handledBefore(left: string): boolean {
  compileHandled();
  return HANDLED_BEFORE.test(left.slice(-TAIL - 8));
}

// Hours said before their figure: "Typical hours are 50 per week", "hours of around 37.5 a week".
const HOURS_ARE_BEFORE = /\bhours\s(?:are|will\sbe|average|of)\s(?:(?:around|about|approximately|typically|usually|up\sto)\s)?$/i;

export function notPayBefore(left: string): boolean {
  const tail = left.slice(-TAIL);
  return NOT_PAY_BEFORE.test(tail) || POSTCODE_OUTWARD.test(tail) || HOURS_ARE_BEFORE.test(tail);
}

const compileNotPayAfter = machineCodeOnFirstCall([NOT_PAY_AFTER]);

export function notPayAfter(right: string, bare: boolean): boolean {
  compileNotPayAfter();
  return NOT_PAY_AFTER.test(right) || (bare && COUNT_AFTER.test(right));
}
