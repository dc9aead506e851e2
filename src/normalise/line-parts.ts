/**
 * The parts a header line of a board or a post is made of ("Senior Data
 * Engineer | Contoso | Austin, TX | Full-time | $140k"), as plain-header
 * reads a first line of parts and copied-page a line of details.
 */
import { CURRENCY_AFTER_SOURCE, CURRENCY_BEFORE_SOURCE, CURRENCY_CODE_SOURCE } from '../extractors/salary/currency';
import termWords from '../data/words/employment-terms.json';
import { wordKey } from '../data/words/fold';
import { isRoleWord } from './role-words';

// "Acme Corp · Austin, TX": the bars between parts.
export const PARTS = /\s[·•|]\s/;
// (The shifts are a part of the terms too: "Nights", "Days/Nights", "Mon-Fri", "Weekends only". A named shift is the
// title's own qualifier: "Warehouse Associate - Night Shift".)
const SHIFT = String.raw`(?:days|nights|evenings|weekends|(?:days|nights)\s?(?:\/|&|and|or)\s?(?:days|nights)|mon(?:day)?\s?[-–]\s?fri(?:day)?)(?:\sonly)?`;
// Other languages' terms as boards print them alone on a line: "CDI", "Vollzeit", "Tiempo completo", "Heltid".
const OTHER_TERMS = String.raw`cdi|cdd|alternance|int[ée]rim|temps\s(?:plein|partiel)|vollzeit|teilzeit|feste?\sanstellung|festanstellung|(?:un)?befristet|tiempo\s(?:completo|parcial)|medio\stiempo|jornada\s(?:completa|parcial)|indefinido|tempo\s(?:integral|pieno|indeterminato|determinato)|heltid|deltid|fast\s(?:stilling|ansættelse)|tillsvidare`;
export const TERMS_PART = new RegExp(
  String.raw`^(?:(?:fully|100%)\s)?(?:full[\s-]?time|part[\s-]?time|remote|hybrid|on[\s-]?site|onsite|in[\s-]office|contract|permanent|temporary|internship|freelance|visa\b.{0,30}|(?:no\s)?sponsorship\b.{0,30}|${SHIFT}|${OTHER_TERMS})(?:\s?\([^)]{0,30}\))?$`,
  'i',
);
// A board's chip of the terms as it prints it, capitalised: scraped text glues it to its neighbours ("Full TimeRemote",
// "applicantsOn-siteFull-timeAbout the job").
export const CHIP = String.raw`(?:Full[ -]?[Tt]ime|Part[ -]?[Tt]ime|Permanent|Temporary|Contract|Casual|Fixed[ -][Tt]erm|Hybrid|Remote|On-?site|Internship|Seasonal)`;
// A line that ends with a chip.
export const CHIP_END = new RegExp(String.raw`(?:^|[\s·|•,;:()]|\p{Ll})${CHIP}$`, 'u');

// Pay, with its currency's sign or code (any the pay rules read: "USD 120,000", "PHP 35,000/month", "AED 8,000"), or in
// thousands or India's lakhs: "$140k", "£30,000", "45K", "18-24 LPA", "6-9 Lacs P.A.".
// (Or the euro's sign after the figure, as Europe writes it: "12,50 € par heure".)
const PAY_PART = new RegExp(String.raw`[£$€¥₹]\s?\d|\d[\s\u00a0]?€|\d\s?[kK]\b|\b(?:${CURRENCY_CODE_SOURCE})\s?\d|\d\s?(?:LPA|[Ll]akhs?|[Ll]acs?|LAKHS?|LACS?)\b`);
// A sum in thousands with a currency's word or sign of any market before or after it: "R 35 000", "KSh 80,000",
// "₦250,000", "4.500 zł" (thousands, so that "R2" or "A1" is no pay). Literal alternations, bounded digits: linear.
const MONEY = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${CURRENCY_BEFORE_SOURCE})[ \t]?\d{1,3}(?:[ ,.\u00a0]\d{3})+(?!\d)|\d{1,3}(?:[ ,.\u00a0]\d{3})+[ \t]?(?:${CURRENCY_AFTER_SOURCE})(?![\p{L}])`,
  'u',
);
// Pay a board states without a figure: "Competitive", "Market related", "Negotiable salary", "Salary: negotiable".
// (With what a startup pays on top: "Competitive salary + equity".)
const UNSTATED_PAY = /^(?:(?:competitive|negotiable|market[\s-]related|attractive)(?:\s(?:salary|pay|package|rate|remuneration))?|(?:salary|pay):?\s(?:negotiable|competitive|market[\s-]related))(?:\s?(?:\+|plus|and|&)\s?(?:equity|stock|options|bonus|benefits))?$/i;

/** Whether a part of a header line states its pay: "$140k", "£30,000 - £35,000 a year", "R 35 000 per month", "Competitive". */
export function isPayPart(part: string): boolean {
  return PAY_PART.test(part) || MONEY.test(part) || UNSTATED_PAY.test(part.trim());
}
// The way of working opening a part: "Remote (US)", "Hybrid - 3 days", "100% remote", "Work from home".
export const WORKPLACE_PART = /^(?:(?:fully|100%)\s)?(?:remote|hybrid|on[\s-]?site|onsite|in[\s-]office|work from (?:home|office))\b/i;

// The terms as postings in other languages state them, a part whole: "Vollzeit", "Festanstellung" (employment-terms.json).
const TERM_PHRASES: ReadonlySet<string> = new Set(
  termWords.terms.flatMap((t) => Object.values(t.phrases as Record<string, string[]>).flat()).map(wordKey),
);

// The same as the details a board prints after a title: a learner's terms ("Praktikum", "Ausbildung zum") open as
// many titles as they follow.
const DETAIL_PHRASES = termWords.terms.filter((t) => !t.values.some((v) => v === 'internship' || v === 'apprenticeship')).flatMap((t) => Object.values(t.phrases as Record<string, string[]>).flat());
const DETAIL_KEYS: ReadonlySet<string> = new Set(DETAIL_PHRASES.map(wordKey));
const MAX_DETAIL_WORDS = Math.max(...DETAIL_PHRASES.map((p) => p.split(' ').length));

/**
 * Whether `words` open with the terms as another language states them ("Festanstellung, Vollzeit · Hamburg",
 * "Homeoffice möglich"): a run-on line's details after its title. Not a job's own noun ("Werkstudent").
 */
export function opensWithTermPhrase(words: readonly string[]): boolean {
  for (let n = 1; n <= Math.min(words.length, MAX_DETAIL_WORDS); n++) {
    const phrase = words.slice(0, n).join(' ');
    if (DETAIL_KEYS.has(wordKey(phrase)) && !(n === 1 && isRoleWord(phrase))) return true;
  }
  return false;
}

/** Whether `value` states the terms and nothing else ("Full-time", "Permanent", "Remote (US)", "Vollzeit"). */
export function isTermsPart(value: string): boolean {
  const trimmed = value.trim();
  return TERMS_PART.test(trimmed) || TERM_PHRASES.has(wordKey(trimmed));
}

// A contract's length among the terms: "Contract, 6 months".
const DURATION_PART = /^\d{1,2}[\s-]months?$/i;

// Between the terms of a list: a comma, or where copying glued two chips ("Full TimeRemote").
const TERMS_SEPARATOR = /,\s?|(?<=\p{Ll})(?=\p{Lu})/u;

// The terms a header's part may name that read no other way (no title holds them alone): a hiring route ("Temp to
// Hire", "Direct Hire"), a travel assignment's length ("13 Weeks"), a shift ("PM shifts", "Overnight", "Weekend
// Work"). Never an employer's name.
export const SCHEDULE_PART =
  /^(?:(?:temp|contract)[\s-]to[\s-](?:hire|perm(?:anent)?)|direct[\s-]hire|\d{1,2}[\s-](?:weeks?|months?)|overnights?|(?:am|pm|day|night|evening|weekend|overnight|early|late|swing)\s?shifts?|weekend\swork)$/i;

/** Whether `value` states the terms, one or a list of them ("Full-time, onsite", "Contract, 6 months", "Full TimeRemote"). */
export function isTermsList(value: string): boolean {
  return isTermsPart(value) || value.split(TERMS_SEPARATOR).every((v) => isTermsPart(v) || DURATION_PART.test(v.trim()));
}

// A board's rating of the employer on a line of its own under its name ("Fabrikam Dental" / "4.2 ★" / the title), with
// its count of reviews in the board's language ("3.6 ★ 58 evaluaciones").
export const RATING_LINE = /^[1-5][.,]\d\s?★?(?:\s\(?\d[\d,.]{0,8}[kK]?\s\p{L}{3,20}\)?)?$/u;

// The genders a title in German- and French-speaking markets is open to: "(m/w/d)", "(w/m/d)", "(m/f/d)", "(H/F)", "(all
// genders)". Only a job's title carries one.
export const GENDER_MARK = /\((?:[mwfdxh]\s?\/\s?){1,3}[mwfdxh]\*?\)|\((?:all genders|alle geschlechter|gn\*?)\)/i;

// A page's address, a contact's email or a logo's alt text on a line of their own, as converters print a linked logo
// ("Contoso logo", "https://contoso.example/careers", "careers@contoso.example"): the site's, never a title or employer.
// No two classes overlap: linear.
const ADDRESS_OR_LOGO = /^(?:(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+|(?:\S+ ){0,3}logo)$/i;

export function isAddressOrLogo(line: string): boolean {
  return ADDRESS_OR_LOGO.test(line);
}
