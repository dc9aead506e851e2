/**
 * A search form's filter of job types in a whole page copied as text (a select-all copy, a scraper's `innerText`):
 * each option a line ("Full time" / "Part time" / "Contract" / "Temporary") or all on one ("On-site Hybrid Remote").
 * The HTML path drops the form as page furniture; copied text keeps its lines, whose terms are not the posting's.
 */

import { shortLineEnd, shortLineStart } from '../../util/lines';
import { isAsciiUpper } from '../../normalise/chars';
import { lazy } from '../../util/lazy';

const LETTER = /\p{L}/u;

// A filter's options by the field they choose in: a filter offers several of one field ("Full time" and "Part time").
// (Boards in other languages name them too: "Vollzeit", "Teilzeit", "Befristeter Vertrag", "CDI", "Télétravail".)
// (And the levels an experience filter offers beside "Internship": "Entry level", "Associate", "Mid-Senior level".)
const OPTION =
  /(full ?\/ ?part[ -]?time|full[ -]?time|part[ -]?time|flexible(?: hours| working)?|hourly|vollzeit|teilzeit|temps (?:plein|partiel)|tiempo (?:completo|parcial)|medio tiempo|jornada (?:completa|parcial))|((?:un)?befristet(?:er vertrag)?|feste? anstellung|festanstellung|freie mitarbeit|praktikum|werkstudent(?:in)?|minijob|ausbildung|cdi|cdd|stage|alternance|int[ée]rim|indefinido|temporal|pr[aá]cticas|permanent|(?:contract|temp)[ -]to[ -](?:hire|perm)|contract(?:or|ual)?s?(?:\/temp)?|locums?|bank|secondments?|zero[ -]hours?|job[ -]share|term[ -]time|intermittent|temp(?:orary)?(?:\/seasonal)?|casual(?:\/vacation)?|intern(?:ship)?s?|apprenticeships?|learnerships?|traineeships?|graduate|maternity cover|supply|limited[ -]term|gig(?: \/ shift work)?|shift work|seasonal(?:\/temp(?:orary)?)?|freelance|volunteer|fixed[ -]term|per[ -]diem|prn)|((?:fully |100% )?remote(?: working| only| \/ work from home)?|hybrid(?: remote| work(?:ing)?)?|on[ -]?site(?: only)?|in[ -]office|in[ -]person|work from (?:home|office)|home[ -]based|office[ -]based|homeoffice(?: möglich)?|vollständig remote|vor ort|télétravail|teletrabajo|remoto|presencial)|(entry[ -]level|associate|mid[ -]senior level|mid[ -]level|senior level|director|executive)/iy;
// A board's count of jobs or a note may follow an option: "Part time (12)", "Remote (Work From Home)", and a bare count
// where a facet is run onto one line ("Full Time 3 Part Time 84 Temporary 73").
const NOTE = / ?(?:\([^()\n]{1,25}\)|\d{1,6}(?= |$))/y;
// A filter's first choice: "All job types", "Any type", "Any".
export const ANY_OPTION = /^(?:all|any)(?: [a-z-]{2,12}){0,3}$/i;
// (A filter's options all on one line run longer: "Full time Part time Contract/Temp Casual/Vacation Remote / work from home".)
const MAX_OPTION_LINE = 120;
/** Options a filter lists at least, of which two choose in one field. */
const MIN_OPTIONS = 3;

/** The field of a filter's "Any": none of the four. */
const ANY_FIELD = 4;

/** An option: the field it chooses in (0 hours, 1 contract, 2 workplace, 3 level; ANY_FIELD) and its words, folded. */
interface Option {
  field: number;
  words: string;
}

/** The option that starts at `at` in `text` (with its note), and where it ends; null for none. */
function optionAt(text: string, at: number): { option: Option; end: number } | null {
  OPTION.lastIndex = at;
  const m = OPTION.exec(text);
  if (!m) return null;
  let end = at + m[0].length;
  NOTE.lastIndex = end;
  if (NOTE.test(text)) end = NOTE.lastIndex;
  return { option: { field: m[1] ? 0 : m[2] ? 1 : m[3] ? 2 : 3, words: m[0].toLowerCase().replace(/[^a-z]/g, '') }, end };
}

// A filter's name before its options, and the separators between them: "Hours:", "Working pattern:", "/", "&", and
// "Hours" or a name of what is chosen without its colon ("Hours Full time Part time Flexible", "Employment type
// Full-time Part-time Contract", "Work settings On-Site Remote Hybrid").
// (A copy of a row of buttons glues the label to its first option: "HoursAnyFull time".)
// (A dropdown's mark after its label: "Employment Type ▾"; a select's dashes round it: "-- Position Type --".)
const FILTER_LABEL = /(?:\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:|[/|&▾▼]|--|Hours|\p{Lu}\p{Ll}+ (?:[Tt]ypes?|[Ss]chedules?|[Ss]ettings?|[Pp]atterns?|[Aa]rrangements?))(?= |$|\p{Lu})/uy;
// A filter's first choice among its options: "Any", "All" ("HoursAnyFull timePart time").
const ANY_CHOICE = /(?:Any|All)(?= |$|[A-Z])/y;
// An option the board names its own way beside the options known ("Third Party", "Intermittent", "Part-Time / Adjunct"):
// one a filter's line may hold, of a capitalised word or two.
const OTHER_OPTION = /\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?(?= |$)/uy;
// (After a separator it may be lower-case, the second name of one choice: "Bank / relief", "Intern / Student Worker".)
const OTHER_AFTER_SEPARATOR = lazy(() => /\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?(?= |$)/uy);
const SEPARATOR_AFTER = /^ ?[/|&]/;
const FILTERS_LABEL = /(?:^|\s)[Ff]ilters?:/;
/** How many words a line of its own holds that is an option unknown between known ones. */
const OTHER_OPTION_WORDS = 3;

/** Where a filter's label or separator that starts at `at` ends (see FILTER_LABEL), or -1. */
function labelEnd(text: string, at: number): number {
  FILTER_LABEL.lastIndex = at;
  return FILTER_LABEL.test(text) ? FILTER_LABEL.lastIndex : -1;
}

// A filter's name that opens with an option's word: "Contract type", "Contract:".
const NAMED_FOR_OPTION = /^\p{L}+(?: (?:[Tt]ypes?|[Ss]chedules?|[Ss]ettings?|[Pp]atterns?|[Aa]rrangements?))?:?$/u;

/**
 * Where the label at `at` ends, where no option is found there, or where the option's word opens a filter's name
 * ("Contract type", "Contract:"), else -1 ("Temporary Remote Salary:" is two options and a label).
 */
function longerLabel(text: string, at: number, found: { end: number } | null): number {
  const end = labelEnd(text, at);
  if (!found || end === -1) return end;
  return end > found.end && NAMED_FOR_OPTION.test(text.slice(at, end)) ? end : -1;
}

/**
 * The options that make up the whole of `line` (its filters' labels aside; none for a label alone), or null. One option
 * of the board's own naming may stand beside known ones.
 */
function optionsOf(line: string): Option[] | null {
  const options: Option[] = [];
  let other = false;
  let separator = false;
  let at = 0;
  while (at < line.length) {
    const found = optionAt(line, at);
    // (An option's word that opens a longer label is the label's: "Contract: Permanent Temporary", "Contract type".)
    const label = longerLabel(line, at, found);
    if (label !== -1) {
      separator = SEPARATOR_AFTER.test(line.slice(at, label));
      at = label + (line[label] === ' ' ? 1 : 0);
      continue;
    }
    const afterSeparator = separator;
    separator = false;
    ANY_CHOICE.lastIndex = at;
    if (!found && ANY_CHOICE.test(line)) {
      // (It chooses nothing, and counts as an option: "Any" / "Full time" / "Part time" is a filter's three.)
      options.push({ field: ANY_FIELD, words: 'any' });
      at = ANY_CHOICE.lastIndex + (line[ANY_CHOICE.lastIndex] === ' ' ? 1 : 0);
      continue;
    }
    if (!found) {
      // (After an option or a label, or before a separator: "Contract Third Party Internship", "Part-Time / Adjunct",
      // "Visiting / Temporary"; not opening a line of words, "Graphic Design Intern".)
      const named = afterSeparator ? OTHER_AFTER_SEPARATOR() : OTHER_OPTION;
      named.lastIndex = at;
      if (other || !named.test(line) || (at === 0 && !SEPARATOR_AFTER.test(line.slice(named.lastIndex)))) return null;
      other = true;
      at = named.lastIndex + 1;
      continue;
    }
    options.push(found.option);
    at = found.end;
    if (line[at] === ' ') at++;
    // (Options glued together, as a copy of a row of buttons runs them: "Full timePart timeContract/Temp".)
    else if (at < line.length && !(isAsciiUpper(line.charCodeAt(at)) && optionAt(line, at))) return null;
  }
  if (other && options.length === 0) return null;
  // (A filter's label alone on its line, the normaliser's break after it, is read over: "Hours:" / "Full-time Part-time".)
  return options.length > 0 || line.length > 0 ? options : null;
}

/** Whether `line` may be an option of the board's own naming, alone on its line between known ones ("Intermittent"). */
function otherOptionLine(line: string): boolean {
  const t = line.trim();
  OTHER_OPTION.lastIndex = 0;
  return t.split(' ').length <= OTHER_OPTION_WORDS && OTHER_OPTION.test(t) && OTHER_OPTION.lastIndex === t.length;
}

/** Whether two options choose between different things of one field ("Full time" and "Part time", not a chip said twice). */
const chooses = (options: readonly Option[]): boolean => options.some((a) => options.some((b) => a.field === b.field && a.words !== b.words));

const startOfLine = (text: string, end: number): number => shortLineStart(text, end, MAX_OPTION_LINE);
const endOfLine = (text: string, start: number): number => shortLineEnd(text, start, MAX_OPTION_LINE);

/** How many lines of options either side of a term's own are read, at most: a filter's options are few. */
const RUN_LINES = 8;

// A facet's choice: a few words and the count of jobs it finds, in brackets or bare ("Temporary 73"). Bounded: linear.
const COUNTED = /^[^\n()]{2,60} (?:\(\d{1,6}\)|\d{1,6})$/;
const BRACKETED_COUNT = / \(\d{1,6}\)$/;

// A facet's count of jobs on a line of its own, under its choice (a page copied node by node): "Seasonal" / "116" /
// "Thesis work" / "74".
const COUNT_LINE = /^\(?\d{1,6}\)?$/;
const MAX_CHOICE = 60;

/** How many choices, each over its count line, the run holds around the line `[from, to)`, its own counted; 0 for none. */
function choicesOverCounts(text: string, from: number, to: number): number {
  const lineAt = (start: number): [number, number] | null => {
    const end = start < text.length ? endOfLine(text, start) : -1;
    return end === -1 ? null : [start, end];
  };
  const lineBefore = (end: number): [number, number] | null => {
    const start = end > 0 ? startOfLine(text, end - 1) : -1;
    return start === -1 ? null : [start, end - 1];
  };
  const isCount = (l: [number, number] | null) => l !== null && COUNT_LINE.test(text.slice(l[0], l[1]).trim());
  const isChoice = (l: [number, number] | null) => {
    const t = l === null ? '' : text.slice(l[0], l[1]).trim();
    return t.length >= 2 && t.length <= MAX_CHOICE && !COUNT_LINE.test(t);
  };
  let count = lineAt(to + 1);
  if (!isCount(count)) return 0;
  let n = 1;
  for (let k = 1; k < RUN_LINES && count; k++) {
    const choice = lineAt(count[1] + 1);
    const next = choice && lineAt(choice[1] + 1);
    if (!isChoice(choice) || !isCount(next)) break;
    n++;
    count = next;
  }
  let top: [number, number] | null = [from, to];
  for (let k = 1; k < RUN_LINES && top; k++) {
    const above = lineBefore(top[0]);
    const choice = above && lineBefore(above[0]);
    if (!isCount(above) || !isChoice(choice)) break;
    n++;
    top = choice;
  }
  return n;
}

// The next facet's name between two runs of choices: "Internship (18)" / "Work model" / "Remote (57)".
const FACET_NAME = lazy(() => /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}$/u);

/**
 * How many lines of a facet's choices (see COUNTED) the run holds around the line `[from, to)`, its own counted; the
 * next facet's name may stand between two choices.
 */
function countedRun(text: string, from: number, to: number): number {
  return 1 + countedLines(text, from, -1) + countedLines(text, to, 1);
}

/** The counted choices from the line edge `at` on, upwards (`step` -1, `at` a line's start) or downwards (1, its end). */
function countedLines(text: string, at: number, step: -1 | 1): number {
  let n = 0;
  let named = false;
  for (let k = 0; k < RUN_LINES && (step < 0 ? at > 0 : at < text.length); k++) {
    const next = step < 0 ? startOfLine(text, at - 1) : endOfLine(text, at + 1);
    if (next === -1) break;
    const line = (step < 0 ? text.slice(next, at - 1) : text.slice(at + 1, next)).trim();
    if (COUNTED.test(line)) n++;
    else if (named || !FACET_NAME().test(line)) break;
    else named = true;
    at = next;
  }
  return n;
}

/**
 * Whether the term at `[start, end)` is an option of a search form's filter: its line is options only, three or more
 * with two of one field, or one of a run of such lines that holds as many, or that a filter's "All job types" opens, or
 * that stands beside the form's other lines (a pay band, a date's choice, its buttons).
 */
export function inOptionList(text: string, start: number, end: number): boolean {
  const from = startOfLine(text, start);
  const to = from === -1 ? -1 : endOfLine(text, from);
  if (from === -1 || to === -1 || to < end) return false;
  const line = text.slice(from, to).trim();
  // (A search's facet, each choice with its count of jobs: "Contrato por tiempo determinado (96)" / "Prácticas
  // profesionales (11)" / "Honorarios (163)", whatever words it uses.)
  if ((COUNTED.test(line) && countedRun(text, from, to) >= MIN_OPTIONS) || choicesOverCounts(text, from, to) >= MIN_OPTIONS) return true;
  // (A facet's one way of working with its count of jobs, under the facet's name: "Work Setting" / "Remote (1)". A
  // posting's own carries no bare count; a contract's may be a tax form's number, "Contract (1099)".)
  const alone = optionAt(line, 0);
  if (alone && alone.option.field === WORKPLACE_FIELD && alone.end === line.length && BRACKETED_COUNT.test(line)) return true;
  const own = optionsOf(line);
  if (!own) return false;
  // (A line its label calls filters: "Quick filters: Remote Part-time".)
  if ((own.length >= MIN_OPTIONS && chooses(own)) || (own.length > 0 && FILTERS_LABEL.test(line))) return true;
  const run = [...own];
  let any = false;
  let form = false;
  const take = (line: string): boolean => {
    const more = optionsOf(line.trim());
    if (more) run.push(...more);
    else {
      any ||= ANY_OPTION.test(line.trim());
      form ||= FORM_FURNITURE.test(line.trim());
    }
    return more !== null;
  };
  // (One line of an option the board names its own way may stand between options, each way: "Permanent" / "Temporary"
  // / "Term" / "Internships".)
  for (let k = 0, at = from, skipped = false; k < RUN_LINES && at > 0; k++) {
    const above = startOfLine(text, at - 1);
    if (above === -1) break;
    const line = text.slice(above, at - 1);
    if (!take(line)) {
      const next = above > 0 ? startOfLine(text, above - 1) : -1;
      if (skipped || next === -1 || !otherOptionLine(line) || !optionsOf(text.slice(next, above - 1).trim())?.length) break;
      skipped = true;
    }
    at = above;
  }
  for (let k = 0, at = to, skipped = false; k < RUN_LINES && at < text.length; k++) {
    const below = endOfLine(text, at + 1);
    if (below === -1) break;
    const line = text.slice(at + 1, below);
    if (!take(line)) {
      const next = below < text.length ? endOfLine(text, below + 1) : -1;
      if (skipped || next === -1 || !otherOptionLine(line) || !optionsOf(text.slice(below + 1, next).trim())?.length) break;
      skipped = true;
    }
    at = below;
  }
  // (A lone toggle between a form's other filters: "$80,000+" / "Remote" / "Apply filters".)
  return ((run.length >= MIN_OPTIONS || (any && run.length >= 2)) && chooses(run)) || form;
}

// A pay filter's period after a figure ("/hr", " per year", " p/m", " a week"), and its band: a figure with its "+"
// ("80,000+/yr"). Shared with the pay filter (salary/pay-filter), which reads the same bands. Bounded: linear.
export const PAY_PERIOD_TAIL = String.raw`(?: ?(?:\/|per |p\/|a |an )?[a-z]{1,6}\.?)?`;
export const PAY_BAND = String.raw`\d[\d,. ]{0,9}[kK]?\+` + PAY_PERIOD_TAIL;

// A search form's other lines beside its options: a pay band with its currency ("$80,000+", not "1+ years"), a date
// filter's choice ("Last 7 days") or its name with no date under it ("Date posted" / "Remote"), its buttons ("Apply
// filters").
const FORM_FURNITURE = new RegExp(
  String.raw`^(?:(?:[$£€₹]|[A-Z]{1,3} ?)${PAY_BAND}|any time|past (?:24 hours|week|month)|last (?:24 hours|\d{1,2} days|week|month)|(?:apply|clear|reset)(?: all)? filters?|show results|date posted)$`,
  'i',
);

/** How far either side of a term a filter's run of options on a longer line (a page run onto one) is read. */
const RUN_REACH = 160;
/** On a longer line a run of options must be longer: "Permanent Full Time Part Time" may be a posting's own, its commas lost. */
const MIN_RUN_OPTIONS = 4;

/**
 * Whether the term at `[start, end)` is one of a run of options inside a longer line, as a page scraped onto one line
 * keeps a filter ("... All job types Full time Part time Contract Temporary Internship Search ..."): four options or
 * more one space apart, two of them choosing in one field.
 */
export function inOptionRun(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - RUN_REACH);
  const window = text.slice(from, end + RUN_REACH);
  const at = start - from;
  const run: (Option & { start: number; end: number })[] = [];
  // Whether a form's token stands right before the run, or right after it; whether a filter's label does.
  let formBefore = false;
  let formAfter = false;
  let labelled = false;
  for (let i = 0; i < window.length; ) {
    const option = i === 0 || window[i - 1] === ' ' ? optionAt(window, i) : null;
    // (A filter's label or a separator between its options goes on with the run: "Hours: Full-time Part-time Contract:
    // Permanent Temporary / Contract Internship"; an option's word with a colon is a label.)
    const label = i > 0 && window[i - 1] !== ' ' ? -1 : longerLabel(window, i, option);
    const found = label === -1 ? option : null;
    if (label !== -1) {
      // (A label that calls what follows filters is the form's word: "Quick filters: Remote Part-time".)
      if (run.length === 0 && FILTERS_LABEL.test(window.slice(i, label))) formBefore = true;
      if (run.length === 0) labelled = true;
      i = label + (window[label] === ' ' ? 1 : 0);
      continue;
    }
    // (A date filter's choices are the form's words beside the run: "Last 7 days Last 14 days Remote / work from home".)
    DATE_CHOICE.lastIndex = i;
    if (!found && (i === 0 || window[i - 1] === ' ') && DATE_CHOICE.test(window)) {
      if (run.length > 0 && run[run.length - 1].end > at) {
        formAfter = true;
        break;
      }
      [run.length, formBefore, labelled] = [0, true, false];
      i = DATE_CHOICE.lastIndex + 1;
      continue;
    }
    // (A filter's first choice opens its run as its label does: "Job type All Full-time Part-time Contract", "Any work
    // type Full Time Part Time Gig".)
    ANY_OPENER.lastIndex = i;
    if (!found && run.length === 0 && (i === 0 || window[i - 1] === ' ') && ANY_OPENER.test(window)) {
      labelled = true;
      i = ANY_OPENER.lastIndex + 1;
      continue;
    }
    if (!found) {
      const space = window.indexOf(' ', i);
      const token = window.slice(i, space === -1 ? window.length : space);
      if (token !== '') {
        const form = FORM_TOKEN.test(token);
        // A word between ends the run, unless the term's run is already read.
        if (run.length > 0 && run[run.length - 1].end <= at) [run.length, formBefore, labelled] = [0, form, false];
        else if (run.length > 0) {
          formAfter = form;
          break;
        } else [formBefore, labelled] = [form, false];
      }
      if (space === -1) break;
      i = space + 1;
      continue;
    }
    // (An option glued to a word goes on into it: "Contractor".)
    if (LETTER.test(window[found.end] ?? '')) {
      i = found.end;
      continue;
    }
    run.push({ ...found.option, start: i, end: found.end });
    i = found.end + 1;
  }
  const holds = run.some((o) => o.start <= at && at < o.end);
  // (Or a shorter run beside the form's other words, as Markdown glues a select's options: "Salary Any$50K+$75K+
  // Remote / work from home Top employers only".)
  // (Or three under a filter's label, a space alone between them: "Job type: Full time Contractual Internship",
  // "Position Type Full-Time Part-Time Per Diem"; a posting's own row parts its values with commas, "Job types:
  // Full-time, Part-time, Permanent".)
  // (Nor "Contract" before another kind, the next row's label: "Hours Full time Contract Permanent".)
  const spaced = run.every((o, k) => k === 0 || window.slice(run[k - 1].end, o.start) === ' ');
  const labelledChoice = labelled && spaced && run.length >= MIN_LABELLED_OPTIONS && chooses(run.filter((o) => o.words !== 'contract'));
  return holds && ((run.length >= MIN_RUN_OPTIONS && chooses(run)) || labelledChoice || waysOfWorking(run) >= MIN_WAYS || formBefore || formAfter);
}

const MIN_LABELLED_OPTIONS = 3;
const ANY_OPENER = /(?:All|Any)(?: [a-z-]{2,12}){0,3}(?= )/y;
// A date filter's choice (not a posting's own "Today" or "3 days ago").
const DATE_CHOICE = /(?:Last \d{1,2} (?:hours|days)|Past (?:24 hours|week|month)|Any time)(?= |$)/y;

/**
 * The ways of working a run names (on site, hybrid, remote), counted by their words ("Hybrid Remote" is read as one
 * option and names two): three are choices, however short the run, as no job is all three at once.
 */
const MIN_WAYS = 3;
const WORKPLACE_FIELD = 2;
// (The words without their accents and spaces: "vor Ort" is "vorort", "télétravail" is "tltravail".)
const WAYS = [/site|office|person|vorort|presencial/, /hybrid/, /remote|home|teletrabajo|tltravail|remoto/];
const waysOfWorking = (run: readonly Option[]): number => {
  const words = run.filter((o) => o.field === WORKPLACE_FIELD).map((o) => o.words);
  return WAYS.filter((way) => words.some((w) => way.test(w))).length;
};

// A search form's word on a page run onto one line: its pay bands ("$125K+", "Any$50K+$75K+"). (Not "any": "any
// temporary assignments" is prose.)
const FORM_TOKEN = /[$£€₹]\d[\d,.]*[kK]?\+/;
