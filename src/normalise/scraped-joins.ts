import { MappedText, insertSeparators } from './mapped-text';
import { isAsciiDigit, isAsciiLower, isAsciiUpper, runBefore } from './chars';
import { gluedHeader } from './plain-header';
import { CHIP, CHIP_END } from './line-parts';
import { headingKey, isKnownHeading } from '../sections/headings';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NO_LETTER_FIRST = /^[^\p{L}]/u;

/**
 * Text scraped from job boards loses its line breaks, gluing a field label
 * or the next heading to the word before it: "experienceSalary: $120,000",
 * "$24Job Summary", "$150,000Benefits: 401k". A space is put back where a
 * known label and its colon start right after three lower-case letters or
 * two capitals ("ASAPLocation:"), and where a capitalised word starts right
 * after a currency amount. Nothing else is split: "JavaScript",
 * "PowerPoint" and "LinkedIn" are words of their own. The space maps to no
 * source character. Labels are looked for before each colon, so the text
 * is not searched once per label.
 *
 * A line that runs several labelled fields together ("Company: Acme
 * Location: Dallas, TX Salary: $80,000 Job Type: Full-time") lost its line
 * breaks: each label opens a line again, as the board printed it.
 */
const LABELS = [
  'Salary', 'Pay', 'Pay Range', 'Pay Rate', 'Base Pay', 'Base Salary', 'Compensation', 'Wage', 'Rate', 'Location', 'Benefits', 'Job Type',
  'Position Type', 'Employment Type', 'Schedule', 'Job Summary', 'Job Description', 'Description', 'Responsibilities', 'Requirements',
  'Qualifications', 'Education', 'Experience', 'Shift', 'Hours', 'Company', 'Job Title', 'Department', 'Skills', 'Contract',
  'Contract Type', 'Type of Contract', 'Contract Duration',
];
// A currency amount (bounded digits), then a capitalised word: "$24Job", "$150,000Benefits"; India's lakhs per annum
// after a figure: "20-28 LPAWe are hiring"; a state's or country's code after its town, then the next cell's word:
// "Denver, CORemote (United States)", "Portland, ME, USAFull-time"; or its pay's dollar, which would make California's code a currency's ("San Francisco, CA$150,000");
// a bracket's close, then the next field's word: "Delivery Driver (CDL Class B)Valley Harvest Produce".
const AMOUNT_JOIN = /[£$€]\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?(?=[A-Z][a-z])|\d ?LPA(?=[A-Z][a-z])|, (?:[A-Z]{2}|USA)(?=[A-Z][a-z]{2}|\$\d)|\)(?=[A-Z][a-z]{2})/g;
// A figure glued to the word before it: "Accounting4+ years of experience", "vision401(k) with match"; a word
// glued to a long lower-case word before it: "experienceCPA preferred", "preferredAdvanced Excel". Seven lower-case
// letters at least, so the names that join words with a capital stay whole ("PostgreSQL", "ServiceNow", "GraphQL"),
// and not after a place name's linking word, which the UK feed writes without its hyphens ("StocktononTees").
// Both cut where a lower-case letter meets a digit or a capital: those junctions are found first, and the rest
// checked only there (trying the whole rule at every position cost far more).
const JUNCTION = /[a-z](?=[0-9A-Z])/g;
const FIGURE_AFTER = /\d{1,2}\+?[ ]?(?:years?|yrs)\b|40[13]\(?[kb]\)?/y;
const WORD_AFTER = /[A-Z](?:[A-Z]|[a-z]{2})/y;
const LINKING_WORD_BEFORE = /(?:on|upon|under|la|le|de|en|sur|am|an|im)$/;
// A pay's period, a short word, glued to the next field: "$65K - $75K/yearFull-time", "$18 an hourPart-time".
const PERIOD_BEFORE = /(?:\/|\b(?:an?|per) )(?:hour|hr|year|yr|annum|month|week|day)$/;
// A label's length from which its lower-case form glued to a word is one too ("employment type:", "compensation:").
const MIN_LOWER_LABEL = 8;
// Labels that start a field, on a line with fewer of them, are part of its text ("as listed under Benefits:").
const LABELS_ON_A_RUN_LINE = 2;
// Words a label's own name may open with ("Key Responsibilities:", "Years of Experience:", "Work Location:").
const MODIFIER_WORDS = String.raw`(?:Key|Main|Required|Preferred|Minimum|Basic|Desired|Additional|Other|Relevant|Work|Hourly|Annual|Monthly|Estimated|Expected|Starting|Total|Years of|Level of|Highest|Primary|Your|Our|Job|Base|Salary|Shift)`;
const LABEL_MODIFIER = new RegExp(String.raw`(?:^|[^\p{L}])${MODIFIER_WORDS} $`, 'u');
// The modifier itself glued to the word before: "per yearWork Location:", "monthJob Type:".
const GLUED_MODIFIER = new RegExp(String.raw`(?<=[a-z]{3})${MODIFIER_WORDS} $`);

// A board's chip of the terms glued to what follows it: "Pretoria, GautengPermanentJacaranda Life provides ...", "Full
// timeAbout us". What follows opens a line, as on the board: read as a space, the chip would open the next sentence's name.
const CHIP_REACH = 12;
const WORD_AFTER_CHIP = /^[A-Z][a-z]/;
// Chips glued to each other ("Full TimeRemote", "On-siteFull-time") stay one line of chips, a space apart; so does
// a run of chips glued to the word before it ("45 applicantsOn-siteFull-time", LinkedIn's top card scraped).
const CHIP_AFTER = new RegExp(String.raw`^${CHIP}(?![a-z])`);
const CHIP_RUN_AFTER = new RegExp(String.raw`^${CHIP}(?=${CHIP}(?![a-z])|\d)`);
// A chip glued to the fields either side of it, each then a line of its own: to a figure before it, a postcode's
// ("Singapore 637019Full TimePermanent"); between a place's name and a field ("United StatesFull-timeCompany
// Description"); to a pay after it whose currency is a capital letter or two ("Full TimeR8,500", rand and ringgit).
const CHIP_SCAN = new RegExp(CHIP, 'g');
const FIELD_AFTER_CHIP = /^(?:[A-Z][a-z]|[A-Z]?\d|[$£€])/;
const CHIP_AT = new RegExp(`^${CHIP}`);
const CAPITAL_CURRENCY = /^(?:R|RM|Rs)\.? ?\d/;
// A place's name before the chip: a capital, then three lower-case letters or more (bounded), after no letter.
const NAME_REACH = 40;
// A chip a converter's line wrap broke ("Full\ntimePart time"): a row of options, not a word the chips are glued to.
const WRAPPED_CHIP = /(?:Full|Part)\s[Tt]ime$/;
// The last word of a details row's label that holds the terms: "Job Type", "Employment type", "Work schedule", and a UK
// board's "Hours" and "Contract" ("HoursFull-time", "ContractPermanent").
const ROW_LABEL_END = /(?:^|[^a-z])(?:[Tt]ype|[Ss]chedule|[Ss]tatus|[Bb]asis|Hours|Contract)$/;

// A link's words run together ("www.example.co.uk/JobSeeking/SeniorEducationRecruitmentConsultant"): no heading or chip.
const LINK_SIGN = /https?:\/\/|www\.|\.(?:com|co|org|net|uk|io|jobs)\//g;
const LINK_REACH = 200;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** The `[start, end)` ranges of the links in `t`, in order: each sign's word, to the spaces around it (bounded). */
function linkRanges(t: string): [number, number][] {
  const out: [number, number][] = [];
  LINK_SIGN.lastIndex = 0;
  for (let m = LINK_SIGN.exec(t); m; m = LINK_SIGN.exec(t)) {
    let start = m.index;
    while (start > 0 && m.index - start < LINK_REACH && !isSpace(t.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < t.length && end - m.index < LINK_REACH && !isSpace(t.charCodeAt(end))) end++;
    if (out.length > 0 && start <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], end);
    else out.push([start, end]);
    LINK_SIGN.lastIndex = end;
  }
  return out;
}

// A section's heading glued to its first words: "About UsGulfline Marine Services provides ...", "What You'll DoRecord
// daily cash", "ResponsibilitiesManage the team". The heading starts a line, follows a sentence's stop or a bracket, or is
// glued to the word before it; its words are a known heading's whole.
const HEADING_REACH = 40;
// An About heading that names the employer, glued to the sentence that opens with the name: "About LaurelbankLaurelbank
// Software builds ...".
const ABOUT_NAME = /^About (?:the )?(\p{Lu}[\p{L}&'’-]+(?: \p{Lu}[\p{L}&'’-]+){0,2})$/u;
// A heading of one word is a long one ("Responsibilities", "Requirements"): a short one opens names ("PayPal").
const MIN_HEADING_WORD = 8;
const HEADING_START = /(?<=^|[.!?:)]|[a-z])[A-Z]/g;

/** Where the known heading that ends right before `at` starts, or -1. */
function gluedHeadingStart(t: string, at: number): number {
  const from = Math.max(0, at - HEADING_REACH);
  const window = t.slice(from, at);
  const lineStart = window.lastIndexOf('\n') + 1;
  const line = window.slice(lineStart);
  // (A window cut short inside a line has no line start of its own: its first letter starts nothing.)
  const whole = lineStart > 0 || from === 0;
  HEADING_START.lastIndex = 0;
  for (let m = HEADING_START.exec(line); m; m = HEADING_START.exec(line)) {
    if (m.index === 0 && !whole) continue;
    const words = line.slice(m.index);
    // (A heading of one word glued to the word before it is as often a menu's run of links: "InnovationBenefitsFrequently";
    // not glued to a chip of the terms, which ends a details box: "Position TypeRegular Part-TimeOverviewGreenleaf ...".)
    const single = !words.includes(' ');
    const gluedToWord = isAsciiLower(line.charCodeAt(m.index - 1)) && !CHIP_END.test(line.slice(0, m.index));
    if ((!single || (words.length >= MIN_HEADING_WORD && !gluedToWord)) && isKnownHeading(headingKey(words))) return from + lineStart + m.index;
    const about = ABOUT_NAME.exec(words);
    if (about && t.startsWith(about[1].split(' ')[0], at)) return from + lineStart + m.index;
  }
  return -1;
}

/** Each label's lower-case form where it is long enough to count so (see MIN_LOWER_LABEL), else null. */
const LOWER_LABELS = LABELS.map((label) => (label.length >= MIN_LOWER_LABEL ? label.toLowerCase() : null));

export function splitScrapedJoins(m: MappedText): MappedText {
  const t = m.text;
  const cuts: number[] = [];
  const labels: number[] = [];
  for (let colon = t.indexOf(':'); colon !== -1; colon = t.indexOf(':', colon + 1)) {
    // The longest label before the colon: "Base Salary", not "Salary". (In lower case too where it is a long one, as
    // Craigslist prints its attributes: "$25/hremployment type: part-timejob title: Mover".)
    let at = -1;
    let lower = false;
    for (let k = 0; k < LABELS.length; k++) {
      const label = LABELS[k];
      const from = colon - label.length;
      if (from < 0 || (at !== -1 && from >= at)) continue;
      if (t.startsWith(label, from)) [at, lower] = [from, false];
      else if (LOWER_LABELS[k] !== null && t.startsWith(LOWER_LABELS[k]!, from)) [at, lower] = [from, true];
    }
    // (A label in lower case counts only glued to a word: "Key candidate requirements:" is a heading of the text's own.)
    if (at === -1 || (lower && !runBefore(t, at, 2, isAsciiLower))) continue;
    if (lower || runBefore(t, at, 3, isAsciiLower) || runBefore(t, at, 2, isAsciiUpper)) {
      cuts.push(at);
      labels.push(at);
    } else if (at === 0 || !WORD_CHAR.test(t[at - 1])) {
      const glued = GLUED_MODIFIER.exec(t.slice(Math.max(0, at - 15), at));
      if (glued) {
        cuts.push(at - glued[0].length);
        labels.push(at - glued[0].length);
        continue;
      }
      const modifier = LABEL_MODIFIER.exec(t.slice(Math.max(0, at - 12), at));
      labels.push(modifier ? at - modifier[0].length + (NO_LETTER_FIRST.test(modifier[0]) ? 1 : 0) : at);
    }
  }
  AMOUNT_JOIN.lastIndex = 0;
  for (let x = AMOUNT_JOIN.exec(t); x !== null; x = AMOUNT_JOIN.exec(t)) cuts.push(x.index + x[0].length);
  const chips: number[] = [];
  const links = linkRanges(t);
  let link = 0;
  JUNCTION.lastIndex = 0;
  for (let x = JUNCTION.exec(t); x !== null; x = JUNCTION.exec(t)) {
    const at = x.index + 1;
    while (link < links.length && links[link][1] <= at) link++;
    const inLink = link < links.length && links[link][0] < at;
    const glued = isAsciiUpper(t.charCodeAt(at)) && WORD_AFTER_CHIP.test(t.slice(at, at + 2)) && !inLink;
    const heading = glued ? gluedHeadingStart(t, at) : -1;
    if (heading !== -1) {
      // (A heading glued to the word before it opens its own line too: "yards.What You'll DoRecord ...".)
      if (heading > 0 && t[heading - 1] !== '\n' && t[heading - 1] !== ' ') chips.push(heading);
      chips.push(at);
      continue;
    }
    const digit = isAsciiDigit(t.charCodeAt(at));
    const chipBefore = (glued || (digit && !inLink)) && CHIP_END.test(t.slice(Math.max(0, at - CHIP_REACH), at));
    const after = glued && chipBefore ? CHIP_AFTER.exec(t.slice(at, at + CHIP_REACH)) : null;
    // A chip glued to a figure: "Full-time501-1,000 employees".
    if (chipBefore && digit) chips.push(at);
    else if (glued && chipBefore && !after) chips.push(at);
    else if (after && twoChips(t, at, after[0])) cuts.push(at);
    else if (glued && !chipBefore && runBefore(t, at, 3, isAsciiLower) && !WRAPPED_CHIP.test(t.slice(Math.max(0, at - CHIP_REACH), at)) && CHIP_RUN_AFTER.test(t.slice(at, at + 2 * CHIP_REACH))) cuts.push(at);
    // A chip glued to the details row's label before it: "Job TypeFull-Time", "Work scheduleFull-time".
    else if (glued && ROW_LABEL_END.test(t.slice(Math.max(0, at - 10), at)) && CHIP_AFTER.test(t.slice(at, at + CHIP_REACH))) cuts.push(at);
    else if (isAsciiUpper(t.charCodeAt(at)) ? isWordJoin(t, at) : isFigureJoin(t, at)) cuts.push(at);
  }
  chips.push(...gluedChipFields(t, links));
  return insertSeparators(m, cuts, [...gluedHeader(t), ...chips, ...labelsOpeningLines(t, labels), ...valuesRunIntoLabels(t), ...gluedRows(t)]);
}

/** Where a chip glued to the fields either side of it (see CHIP_SCAN) and what follows it open lines; not inside a link. */
function gluedChipFields(t: string, links: readonly [number, number][]): number[] {
  const out: number[] = [];
  let link = 0;
  CHIP_SCAN.lastIndex = 0;
  for (let x = CHIP_SCAN.exec(t); x !== null; x = CHIP_SCAN.exec(t)) {
    const [start, end] = [x.index, x.index + x[0].length];
    while (link < links.length && links[link][1] <= start) link++;
    if (link < links.length && links[link][0] < end) continue;
    const after = t.slice(end, end + 4);
    if (isAsciiDigit(t.charCodeAt(start - 1)) && !isAsciiLower(t.charCodeAt(end))) {
      out.push(start);
      // (And a chip glued after it: "637019Full TimePermanent".)
      if (CHIP_AT.test(t.slice(end, end + 12))) out.push(end);
    }
    // (Not after another chip, whole or wrapped: "Quick filters: RemotePart-timePosted this week", "Full\nTimePart
    // TimeIntermittent" are rows of options.)
    else if (afterName(t, start) && FIELD_AFTER_CHIP.test(after) && !CHIP_AT.test(t.slice(end, end + 12)) && !followsChip(t, start)) out.push(start);
    if (CAPITAL_CURRENCY.test(after)) out.push(end);
  }
  return out;
}

const followsChip = (t: string, at: number): boolean => {
  const before = t.slice(Math.max(0, at - CHIP_REACH), at);
  return CHIP_AT_END.test(before) || WRAPPED_CHIP.test(before);
};

/** Does a capitalised word of three lower-case letters or more end at `at`, glued to it? */
function afterName(t: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i <= NAME_REACH && isAsciiLower(t.charCodeAt(i - 1))) i--;
  return at - i >= 3 && at - i <= NAME_REACH && i > 0 && isAsciiUpper(t.charCodeAt(i - 1)) && (i === 1 || !/[A-Za-z]/.test(t[i - 2]));
}

// A details row copied from a page whose label and value sat in cells side by side: "Employment TypeFull Time",
// "Location TypeOn-site", "Compensation$29.00", "PostedNovember 27", and a job board's criteria box flattened into the
// text ("Seniority levelMid-Senior level Employment typeFull-time"). The value goes on a line of its own under its
// label, as the normaliser sets a row's. Labels of six letters or more only ("PayPal" is a name).
const CRITERIA = ['Seniority level', 'Employment type', 'Job function'];
// "Full-Time/Part-TimeFull-Time": a label that names both terms, run into the one the job has.
const ROW_LABELS = [...LABELS, 'Location Type', 'Workplace Type', 'Work Type', 'Time Type', 'Worker Type', 'Job Category', 'Requisition Number', 'Posted', 'Work Location', 'Full-Time/Part-Time', 'Full/Part Time', ...CRITERIA]
  .filter((l) => l.length >= 6)
  .sort((a, b) => b.length - a.length);
const VALUE_RUN_IN = new RegExp(String.raw`(?:${ROW_LABELS.join('|')})(?=[A-Z0-9$£€][a-z0-9,.:-])`, 'y');
// The criteria box's labels run into their values anywhere on a flattened line, not only at its start.
const CRITERIA_RUN_IN = new RegExp(String.raw`(?<![^\s])(?:${CRITERIA.join('|')})(?=[A-Z][a-z])`, 'g');

/** Where a value starts that a row's label at a line's start (or a criteria label anywhere) runs into. */
function valuesRunIntoLabels(t: string): number[] {
  const out: number[] = [];
  for (let at = 0; at !== -1; ) {
    VALUE_RUN_IN.lastIndex = at;
    const m = VALUE_RUN_IN.exec(t);
    if (m) out.push(at + m[0].length);
    const nl = t.indexOf('\n', at);
    at = nl === -1 ? -1 : nl + 1;
  }
  CRITERIA_RUN_IN.lastIndex = 0;
  for (let m = CRITERIA_RUN_IN.exec(t); m; m = CRITERIA_RUN_IN.exec(t)) if (!out.includes(m.index + m[0].length)) out.push(m.index + m[0].length);
  return out.sort((a, b) => a - b);
}

// The kind of choice a chip makes: the hours, or the way of working (else the contract).
const HOURS_CHIP = /^(?:Full|Part)[ -]?[Tt]ime$/;
const WORKPLACE_CHIP = /^(?:Hybrid|Remote|On-?site)$/;
const chipKind = (chip: string): number => (HOURS_CHIP.test(chip) ? 0 : WORKPLACE_CHIP.test(chip) ? 1 : 2);
const CHIP_AT_END = new RegExp(String.raw`${CHIP}$`);

/**
 * Whether the chip `after` glued at `at` to the chip before it makes a pair of a posting's own terms ("On-siteFull-time",
 * "Full TimeRemote"), not a search form's row of options glued together ("Full timePart timeContract/Temp"): two chips
 * of different kinds, and no third glued after them.
 */
function twoChips(t: string, at: number, after: string): boolean {
  const before = CHIP_AT_END.exec(t.slice(Math.max(0, at - CHIP_REACH), at))?.[0] ?? '';
  const first = at - before.length;
  return (
    chipKind(before) !== chipKind(after) &&
    !CHIP_AFTER.test(t.slice(at + after.length, at + after.length + CHIP_REACH)) &&
    !CHIP_AT_END.test(t.slice(Math.max(0, first - CHIP_REACH), first))
  );
}

// An ATS's details copied with their line breaks lost, the labels glued between the values. Workday's labels are in
// lower case ("Senior Financial AnalystApplylocationsColumbia, SCtime typeFull timeposted onPosted 30+ Days Agojob
// requisition idJR-2025-0417Pembrook Utilities delivers ..."); iCIMS's in title case without colons ("Pharmacist - Part
// TimeJob LocationsUS-TX-LubbockID2025-4412CategoryPharmacyPosition TypeRegular Part-Time", or a space before each
// value: "ShiftJob Locations US-NH-ManchesterID 2025-2231Category OperationsType Full-Time"). Each label opens a line
// and its value another, as the page prints them; so does Workday's "Apply" button glued before them, and the body
// after the requisition's code. Read in the header only.
// Each with what a label is glued to: Workday's to anything; iCIMS's to a small letter, a figure or a bracket, as a
// value ends ("LubbockID", "4412Category"), not inside a word in capitals ("INSIDE IR35"). Two different labels at least.
const GLUED_ROW_LABELS: readonly { label: RegExp; after: RegExp }[] = [
  { label: /(Apply)?(locations?|time type|posted on|job requisition id|worker sub-type|time left to apply)(?=[A-Z0-9])/g, after: /\S/ },
  { label: /()(Job Locations?|Req(?:uisition)? ID|Job ID|ID(?=\s?\d)|Category|Position Type|Type(?=\s?(?:Full|Part|Regular|Temporary|Seasonal|Per Diem|PRN))|# of Openings|Posted Date)(?=\s?[A-Z0-9])/g, after: /[a-z0-9)]/ },
];
const ROWS_REACH = 600;
const REQUISITION_END = /^[A-Z]{0,5}[-_]?\d[\w-]{2,20}?(?=\p{Lu}\p{Ll})/u;
const MIN_GLUED_LABELS = 2;

/** Where an ATS's glued labels, their values and the body after them open lines, when two labels or more are glued so. */
function gluedRows(t: string): number[] {
  const head = t.slice(0, ROWS_REACH);
  return GLUED_ROW_LABELS.flatMap(({ label, after }) => {
    const out: number[] = [];
    const names = new Set<string>();
    label.lastIndex = 0;
    for (let m = label.exec(head); m; m = label.exec(head)) {
      // (Glued to what comes before: a line's own "Locations" heading is no run.)
      if (m.index === 0 || !after.test(head[m.index - 1])) continue;
      const start = m.index + (m[1]?.length ?? 0);
      names.add(m[2]);
      out.push(m.index, ...(m[1] ? [start] : []), m.index + m[0].length);
      if (m[2] === 'job requisition id') {
        const code = REQUISITION_END.exec(head.slice(m.index + m[0].length));
        if (code) out.push(m.index + m[0].length + code[0].length);
      }
    }
    return names.size >= MIN_GLUED_LABELS ? out : [];
  });
}

/** A capitalised word glued at `at` to a long lower-case word or a pay's period before it. */
function isWordJoin(t: string, at: number): boolean {
  const longWord = runBefore(t, at, 7, isAsciiLower) && !LINKING_WORD_BEFORE.test(t.slice(at - 5, at));
  if (!longWord && !PERIOD_BEFORE.test(t.slice(Math.max(0, at - 10), at))) return false;
  WORD_AFTER.lastIndex = at;
  return WORD_AFTER.test(t);
}

/** A figure of years or a 401(k) glued at `at` (a digit) to a word before it. */
function isFigureJoin(t: string, at: number): boolean {
  if (!runBefore(t, at, 3, isAsciiLower)) return false;
  FIGURE_AFTER.lastIndex = at;
  return FIGURE_AFTER.test(t);
}

/** The label starts (in text order) that open a line again: on lines holding several, each but one at the line's start. */
function labelsOpeningLines(t: string, labels: readonly number[]): number[] {
  const breaks: number[] = [];
  let i = 0;
  while (i < labels.length) {
    // The labels of one line: up to the next line break after the first.
    const lineEnd = t.indexOf('\n', labels[i]);
    let j = i;
    while (j < labels.length && (lineEnd === -1 || labels[j] < lineEnd)) j++;
    if (j - i >= LABELS_ON_A_RUN_LINE) {
      for (let k = i; k < j; k++) if (labels[k] > 0 && t[labels[k] - 1] !== '\n') breaks.push(labels[k]);
    }
    i = j;
  }
  return breaks;
}
