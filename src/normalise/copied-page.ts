/**
 * A whole job page copied as text (a select-all copy, a scraper's
 * `innerText`) opens with the site's own lines: menus, a search box, banners,
 * breadcrumbs, often twenty lines or more, in words no list can hold. The
 * posting's header is where the details a board prints under a title gather
 * (the place, the way of working, the pay, the terms, the apply button, the
 * posting's date or number), and its title is the line just over them.
 */
import type { Block } from '../contract';
import { isPlaceLine } from '../extractors/location/place-line';
import { isSiteLine, NOT_A_TITLE, SPOKEN_PREFIX, SPOKEN_SUFFIX } from './page/title';
import { isPayPart, isTermsList, PARTS, RATING_LINE, WORKPLACE_PART } from './line-parts';
import { isInterfaceLine } from './interface-lines';
import { isOrganisation, legalName, RATING_AFTER_NAME } from './page/company';
import { labelField, rowLabel } from './field-labels';
import { isRoleWord, namesRole } from './role-words';
import { lookupHeading } from '../sections/headings';
import { lowerCased } from '../util/last-text';
import { escapeRegExp } from '../util/escape-regexp';
import pageWords from '../data/words/page-words.json';
import { ANY_OPTION, inOptionList } from '../extractors/terms/filter-options';

/** The text of line `k` of `lines`, trimmed. */
const lineReader = (text: string, lines: readonly Block[]) => (k: number): string => text.slice(lines[k].start, lines[k].end).trim();

/** A line shaped as a job's title whose core ends as one does ("Senior DevOps Engineer"): plain-header's test, passed in. */
type RoleTitle = (line: string) => boolean;

type Detail = 'place' | 'way' | 'pay' | 'terms' | 'apply' | 'posted';

/** A search form's choice is a short line, and its choices under their first are few. */
const MAX_CHOICE = 40;
const MAX_CHOICES = 10;
const MIN_PICKER_RUN = 3;
/** A line that is a place, or a way of working, alone: a place picker's choice. */
const isPlaceOrWay = (line: string): boolean => isPlaceLine(line) || WORKPLACE_PART.test(line);
/** How far down a copied page its header may start, in lines: a large site's menus run to hundreds. */
const MAX_TOP_LINES = 400;
/** The lines a cluster of details spans from its first: a board prints them together. */
const CLUSTER_LINES = 5;
/** How far over the first detail the title may stand: an employer's line and its rating may come between. */
const TITLE_REACH = 3;
const LONE_DETAIL_REACH = 2;
// A search's count of its results, with what and where it searched: "312 payroll jobs in Wakefield, West Yorkshire",
// "nurse jobs in Remote · 147 jobs" (not a posting's own "3 vacancies"). Bounded: linear.
const RESULTS_COUNT = /^(?:\d[\d,.]{0,8}\+? (?:[\p{L}&'’-]+ ){0,3}jobs (?:in|near) [^\n·]{2,60}|[\p{L}&'’ -]{1,40} jobs (?:in|near) [^\n·]{2,40} · \d[\d,.]{0,8} jobs)$/iu;
/** A line of more words, with a sentence's end, is prose: the body has begun at two such lines in a row (a banner is one). */
const PROSE_WORDS = 12;
/** The fewest lines read over as a menu; under a line shaped as no title, the fewest besides the interface's. */
const MIN_MENU = 4;
const MIN_LINES_OVER = 2;
/** A menu's line has at most this many words; this share of the lines over the header must (under a title-shaped first line, the second). */
const MENU_WORDS = 5;
const MENU_SHARE = 0.6;
const OWN_TITLE_MENU_SHARE = 0.8;
/** The most lines a title stands over its first detail, labels and their values passed over included. */
const MAX_HEADER_LINES = 10;
/** A detail line is short: a sentence that names a place or a sum is the body's. */
const MAX_DETAIL = 90;

// "Apply", "Apply now", "Easy Apply", "Apply with Indeed", "Apply for this job": a board's button, as copied.
export const APPLY = /^(?:[Ee]asy\s|[Qq]uick\s)?(?:[Aa]pply|APPLY)(?:\b|(?=[A-Z]))/;
// "Posted 3 days ago", "Posted Today by Contoso Ltd", "Posting date: 3 March", "Closing date: ...", "Job ID: 2482000",
// "Req #12345"; in other languages the openings of page-words.json `posted` ("Publicado hace 2 días", "Publiée le
// 02/12/2026").
const POSTED_WORDS = Object.values(pageWords.posted).flat().map(escapeRegExp).join('|');
// A board's credit for the posting: "Job posted by ZipRecruiter", "Listed via Contoso Jobs".
const POSTED_BY_LINE = /^(?:job\s)?(?:posted|listed|advertised)\s(?:by|via|on)\b/i;
export const POSTED = new RegExp(
  String.raw`^(?:posted|reposted|(?:date|posting) (?:posted|date|advertised|listed)|advertised (?:on|date)|closing date|publication date|published|req(?:uisition)?\b\.?\s?(?:id|#|no)?)\b|\bjob\s?(?:id|no|number)\b|\b(?:days?|hours?|weeks?|months?)\sago\b|^(?:${POSTED_WORDS})(?![\p{L}\p{N}])`,
  'iu',
);
// The separators of a line of details: "Austin, TX · 2 weeks ago", "$130,000 - $160,000 a year - Full-time", and a dot
// without spaces, which no word holds ("Sales·Manchester·Hybrid").
const DETAIL_PARTS = new RegExp(String.raw`${PARTS.source}|\s[-–—]\s|[·•]`);

/**
 * What a short line under a title says, if it is a line of a board's details: its parts' kinds, where its first part
 * is a detail or two of them are ("$130,000 - $160,000 a year - Full-time", "TX - Houston Job No. 123 - Remote"). A
 * title with a place or terms after it ("PR Coordinator - Japan", "Planner | Onsite | Oregon") is none.
 */
function detailsOf(line: string, roleTitle: RoleTitle): Detail[] {
  if (line.length > MAX_DETAIL) return chipsRun(line);
  const parts = line.split(DETAIL_PARTS);
  const kinds = parts.map((part) => partDetail(part));
  const out = kinds.filter((kind): kind is Detail => kind !== null);
  return kinds[0] !== null || (out.length >= 2 && !roleTitle(parts[0])) ? out : [];
}

/** Whether a line is a board's line of details (see detailsOf). */
export const isDetailsLine = (line: string, roleTitle: RoleTitle): boolean => detailsOf(line, roleTitle).length > 0;

/**
 * Whether a line holds a board's details and nothing else, two of them at least ("Fort Collins, CO · Hybrid ·
 * Full-time"): no title's words among them ("Remote Utilization Management Nurse", "100% Remote || Project Manager").
 */
export function isDetailsOnly(line: string): boolean {
  if (line.length > MAX_DETAIL) return false;
  const parts = line.split(DETAIL_PARTS).filter((part) => part.trim() !== '');
  return parts.length >= 2 && parts.every((part) => partDetail(part.trim()) !== null);
}

// The terms among a run of chips: "Full time", "Permanent", "Contract".
const TERMS_IN_RUN = /\b(?:full[\s-]?time|part[\s-]?time|permanent|contract|casual|temporary)\b/i;
/** A longer line of chips at most, and a sentence's end, which such a run has none of. */
const MAX_CHIPS = 200;
const SENTENCE_IN_RUN = /[.!?]\s\p{Lu}/u;

/**
 * A board's details run into one line without separators ("Christchurch Central, Canterbury Aged Care (Healthcare)
 * Full time $36 – $42 per hour"): its pay and its terms, where it states both and no sentence.
 */
function chipsRun(line: string): Detail[] {
  if (line.length > MAX_CHIPS || SENTENCE_IN_RUN.test(line)) return [];
  return isPayPart(line) && TERMS_IN_RUN.test(line) ? ['pay', 'terms'] : [];
}

function partDetail(part: string): Detail | null {
  if (APPLY.test(part)) return 'apply';
  if (POSTED.test(part)) return 'posted';
  if (WORKPLACE_PART.test(part)) return 'way';
  if (isPayPart(part)) return 'pay';
  if (isTermsList(part)) return 'terms';
  return isPlaceLine(part) || cityAndArea(part) ? 'place' : null;
}

// A part of the town, capitalised words after its comma: "Cape Town, Northern Suburbs", "Nairobi, Westlands".
const AREA = /^(?:\p{Lu}[\p{L}'-]*)(?: \p{Lu}[\p{L}'-]*){0,2}$/u;

/** A known town and its part, as a board's details print the place: not a title ("Analyst, Risk" names no town). */
function cityAndArea(part: string): boolean {
  const comma = part.indexOf(',');
  return comma > 0 && AREA.test(part.slice(comma + 1).trim()) && !isRoleWord(part.slice(part.lastIndexOf(' ') + 1)) && isPlaceLine(part.slice(0, comma));
}

// A detail's label on a line of its own or before its value, as boards print them ("Closing Date:"), and a date
// opening a line ("10/07/2026 Job Ref No: 1517700"). (Their buttons, "Print", are interface lines.)
const DETAIL_LABEL = /^(?:closing date|deadline|job ref(?:erence)?(?: no)?|reference|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b[^\n]{0,40}$/i;
// "Process Analyst page is loaded", as an app tells a screen reader which page it drew. Bounded: linear.
export const PAGE_LOADED = String.raw` page (?:is )?loaded`;
const ANNOUNCED = new RegExp(String.raw`^([^\n]{2,120}?)${PAGE_LOADED}$`, 'i');
const LOADED_END = / loaded$/i;
// " at Contoso (W22)", " at Contoso": the employer after the job on its title line.
const AT_EMPLOYER = / at \S[^\n]{0,80}$/;

// The separators of a breadcrumb trail: "Home > Jobs > Sales", "Home › Jobs", "Jobs / Finance / Senior Accountant".
const CRUMB = / [>›»/] /;
// An arrow between two crumbs ("VanArsdel › Marketing"), or opening the last one on a line of its own, as a page taken
// node by node prints it ("› Housing Officer"): no title holds one, where a slash may ("Cook / Chef").
const ARROW_CRUMB = / [>›»] |^[›»] /;
/** A breadcrumb trail of two crumbs or more, by its arrows: the site's line (a short one: not a page run into one line). */
export const isArrowTrail = (line: string): boolean => line.length <= MAX_TRAIL && ARROW_CRUMB.test(line);
const MAX_TRAIL = 120;
const MIN_CRUMBS = 3;
/** How many lines under a trail the title that restates its last crumb may stand. */
const CRUMB_REACH = 8;
/** A trail by slashes whose first crumb is the site's own ("All jobs / Data Engineer"): a slash alone may be a title's ("Cook / Chef"). */
export const isSlashTrail = (line: string): boolean => line.length <= MAX_TRAIL && SLASH_CRUMB.test(line) && isInterfaceLine(line.split(SLASH_CRUMB)[0]);
const SLASH_CRUMB = / \/ /;
const foldCrumb = (s: string): string => s.trim().toLowerCase();

/**
 * The job's part of a title line: the first of its parts ("Senior Platform Engineer | Remote | Australia"), without
 * the employer after it ("Founding Designer at Contoso (W22)").
 */
const jobPart = (line: string): string => line.split(PARTS)[0].replace(AT_EMPLOYER, '');

const wordCount = (line: string): number => line.split(/\s+/).length;
/** A field's label alone on its line: one we know ("Job Location") or any few words with a colon ("Institution:"). */
const isLabel = (line: string): boolean => labelField(line) !== undefined || (line.endsWith(':') && wordCount(line) <= 3);
// A sentence's end: a menu glued into one line has none.
const SENTENCE_END = /[.!?](?:\s|$)/;
const isProse = (line: string): boolean => wordCount(line) > PROSE_WORDS && SENTENCE_END.test(line);
// A row of a document's details: a label of a few words, not a job's, and its value ("Reports to: Head of Finance").
const isLabelRow = (line: string, roleTitle: RoleTitle): boolean => {
  const row = rowLabel(line);
  return row !== null && row.valued && !roleTitle(row.label);
};

/**
 * The index of the line that opens the posting's header in a copied page, the title's (`from` where the text does not
 * read as one). The line an app's announcement names ("X page is loaded" over "X"); else, where the text marks its
 * headings (`headings`: Markdown's, a converter's capitals), the highest one shaped as a title or over the board's
 * details; else the line nearest over the first cluster of details (two or more of different kinds within
 * CLUSTER_LINES lines) that is shaped as a title and a line of its own in the caller's text (`wholeLine`: not a
 * part of a feed's run of sentences), where the lines over it read as a site's menus. Text that opens with a title of
 * its own keeps it. `top.line` is set where the header starts over its title (a board that prints the title under its
 * details).
 */
export function copiedPageStart(
  text: string,
  lines: readonly Block[],
  from: number,
  roleTitle: RoleTitle,
  wholeLine: (k: number) => boolean,
  headings: ReadonlyMap<Block, number>,
  top: { line: number } = { line: -1 },
): number {
  const at = lineReader(text, lines);
  if (from >= lines.length) return from;
  const end = Math.min(lines.length, from + MAX_TOP_LINES);
  // (Each line's details read once: a search form's choices are read over again for the lines under them.)
  const read: Detail[][] = [];
  const detailsAt = (k: number) => (read[k - from] ??= detailsOf(at(k), roleTitle));
  const details: Detail[][] = [];
  const detail = (k: number) => (details[k - from] ??= inSearchForm(k) ? [] : detailsAt(k));
  // A search form's choices are no posting's details: a filter's options ("Full Time" / "Part Time" / "Contract"), or a
  // run of choices under its first, "All locations" / "Any workplace" ("Bristol, England" / "Cardiff, Wales").
  // (Or a place picker's run of places, "Grand Rapids, Michigan" / "Holland, Michigan" / "Elkhart, Indiana" / "Remote",
  // its "All Locations" left out of the text as the interface's: a header has one place line.)
  const inSearchForm = (k: number): boolean => {
    if (at(k).length > MAX_CHOICE) return false;
    if (inOptionList(text, lines[k].start, lines[k].end)) return true;
    const choice = (line: string) => line.length <= MAX_CHOICE && isPlaceOrWay(line);
    let run = choice(at(k)) ? 1 : 0;
    for (let up = k - 1; up >= Math.max(from, k - MAX_CHOICES); up--) {
      const line = at(up);
      if (ANY_OPTION.test(line)) return true;
      if (run > 0 && choice(line)) run++;
      else if (line.length > MAX_CHOICE || detailsAt(up).length === 0) break;
    }
    for (let down = k + 1; run > 0 && down < Math.min(end, k + MAX_CHOICES) && choice(at(down)); down++) run++;
    return run >= MIN_PICKER_RUN;
  };
  // What a search box holds, as its user typed it, over the box's place: a line in small letters that a title further
  // down names with its capitals ("barista" / "Melbourne VIC" / ... / "Barista - Part Time").
  const typedQuery = (t: number): boolean => {
    const query = at(t);
    if (query !== query.toLowerCase() || query === query.toUpperCase()) return false;
    for (let k = t + 1; k < Math.min(end, t + QUERY_REACH); k++) {
      const line = at(k);
      if (line !== line.toLowerCase() && line.length <= MAX_QUERY_TITLE && wholeWordsIn(line.toLowerCase(), query)) return true;
    }
    return false;
  };
  const kindsUnder = (j: number) => {
    const kinds = new Set<Detail>();
    for (let k = j; k < Math.min(end, j + CLUSTER_LINES); k++) for (const d of detail(k)) kinds.add(d);
    return kinds;
  };
  // An app's announcement to screen readers names the page it drew ("Senior Analyst page is loaded"): the title line
  // that follows it, the same words.
  for (let k = from; k + 1 < end; k++) {
    const line = at(k);
    if (!LOADED_END.test(line)) continue;
    const announced = ANNOUNCED.exec(line);
    if (announced && announced[1] === at(k + 1) && !isSiteLine(announced[1])) return k + 1;
  }
  // What the board says of its heading to screen readers marks the title line: "Senior Payroll Administrator - job post".
  for (let k = from; k < end; k++) if (SPOKEN_SUFFIX.test(at(k)) && wholeLine(k) && !isSiteLine(at(k))) return k;
  // A list of jobs' cards over the one on show: its card's title and employer printed again as its header ("Staff Nurse -
  // Medical Ward (Permanent)" / "St. Enda's Hospital" among the cards, then "Staff Nurse - Medical Ward (Permanent)" /
  // "St. Enda's Hospital 3.9 ★ 61 reviews" over its details).
  const seen = new Map<string, number>();
  // (A line of words that is no detail, no label and no site's: a title's, an employer's.)
  const named = (k: number): boolean => WORDS.test(at(k)) && detailsAt(k).length === 0 && !isLabel(at(k)) && rowLabel(at(k)) === null && !isSiteLine(at(k)) && !isInterfaceLine(at(k)) && !isProse(at(k));
  // (A card's details follow its title and employer at once: "Laval, QC" under "Entrepôts Boréal Inc.".)
  const detailsRightUnder = (j: number): boolean => (j < end && detailsAt(j).length > 0) || (j + 1 < end && detailsAt(j + 1).length > 0);
  for (let k = from; k + 1 < end && !(k > from && isProse(at(k)) && isProse(at(k - 1))); k++) {
    const line = foldCrumb(at(k));
    const card = seen.get(line);
    // (A title in any language, where both print the board's details under them: "Kommissionierer" / "Weser Spedition
    // GmbH" / "Achim" / "Befristet".)
    const shaped = (): boolean => roleTitle(jobPart(at(k))) || (named(k) && named(k + 1) && detailsRightUnder(card! + 2) && detailsRightUnder(k + 2));
    if (card !== undefined && card < k - 1 && at(card + 1) !== '' && foldCrumb(at(k + 1)).startsWith(foldCrumb(at(card + 1))) && shaped() && wholeLine(k)) return k;
    if (card === undefined) seen.set(line, k);
  }
  // A breadcrumb trail ends with the page's own name: where the line under it restates its last crumb ("Home > Jobs >
  // Forklift Operator" over "Forklift Operator"), or the line under the employer's there, that line is the title.
  for (let k = from; k + 1 < end; k++) {
    const crumbs = at(k).split(CRUMB);
    if (crumbs.length < MIN_CRUMBS) continue;
    const last = foldCrumb(crumbs[crumbs.length - 1]);
    // (A reference row between them may be broken at its labels into several: "Réf. Apec :" / "176543210W".) A trail
    // that ends with the employer ("Remote Jobs / Golang Jobs / Contoso") restates it under the title.
    for (let t = k + 1; t <= k + CRUMB_REACH && t < end && !isProse(at(t)); t++) {
      if (last !== foldCrumb(at(t)) || isSiteLine(at(t)) || !wholeLine(t)) continue;
      return t > k + 1 && roleTitle(jobPart(at(t - 1))) && !roleTitle(jobPart(at(t))) && wholeLine(t - 1) ? t - 1 : t;
    }
  }
  // A government board prints the hiring body over the title ("Department of Public Lands" / "Bureau of Range Services"
  // / "Hydrologist"): the line under a public body's name that is a title or a job's noun alone, before the body starts.
  // (Not a board's credit under the employer's name at the text's end: "Job posted by ZipRecruiter".)
  for (let k = from; k + 1 < end && !(k > from && isProse(at(k)) && isProse(at(k - 1))); k++) {
    const under = at(k + 1);
    if (isOrganisation(at(k)) && (roleTitle(jobPart(under)) || (!under.includes(' ') && isRoleWord(under))) && !isSiteLine(under) && !isOrganisation(under) && !POSTED_BY_LINE.test(under) && wholeLine(k + 1)) return k + 1;
  }
  // A title printed twice in a row (the trail's last crumb or a sticky bar, then the heading): the posting's, when
  // shaped as one, before the body starts.
  for (let k = from; k + 1 < end && !(k > from && isProse(at(k)) && isProse(at(k - 1))); k++) {
    const line = at(k);
    if (foldCrumb(line) === foldCrumb(at(k + 1)) && (roleTitle(jobPart(line)) || (namesAJob(line, roleTitle) && k + 2 < end && legalName(at(k + 2)) !== null)) && !isSiteLine(line) && wholeLine(k + 1)) return k + 1;
  }
  // Markdown names its headings: the title is the highest of them (then the first) over the posting's text (two
  // sentences in a row; a footer's headings are the site's) shaped as a title, or over the board's details (a title
  // without a job's noun: "Process Improvement PMO II").
  if (headings.size) {
    const candidates: [number, number][] = [];
    for (let k = from; k < end && !(k > from && isProse(at(k)) && isProse(at(k - 1))); k++) {
      const level = headings.get(lines[k]);
      if (level !== undefined) candidates.push([level, k]);
    }
    candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, k] of candidates) {
      // (Without what the board says of it to screen readers: "Job posting Cook".)
      const line = at(k).replace(SPOKEN_PREFIX, '');
      // (Nor a registered name over the details, the employer's: "CONTOSO PHARMA (PVT) LTD".)
      // (Nor a section's heading over the details: "Benefits" over "Meridian, ID" and the pay.)
      if (isSiteLine(line) || NOT_A_TITLE.test(line) || isProse(line) || !wholeLine(k) || legalName(line) !== null || lookupHeading(line) !== null) continue;
      if (roleTitle(jobPart(line)) || kindsUnder(k + 1).size >= 2) return k;
    }
  }
  // A search's count of its results ("312 payroll jobs in Wakefield, West Yorkshire", "nurse jobs in Remote · 147 jobs"):
  // the search form's lines are over it, the results or the posting on show under it.
  for (let k = from; k < end && !(k > from && isProse(at(k)) && isProse(at(k - 1))); k++) {
    if (RESULTS_COUNT.test(at(k))) {
      from = k + 1;
      break;
    }
  }
  // The header opens at title line `t` where the lines over it read as a site's. (Or a banner's sentences: a posting
  // opens with its title, never with a page's notice of its cookies.) (Nor where two lines or more stand over it and
  // the first is shaped as no title: a menu's "CV Services" / "Blog", a search box's "Western Cape" / "Search", their
  // menus' other lines left out of the text as the interface's. An employer's line over the title, with its rating, is
  // plain-header's to read: "Fabrikam Dental" / "4.2 ★".)
  const headerAt = (t: number): number => {
    const over = lines.slice(from, t).filter((_, k) => !isInterfaceLine(at(from + k))).length;
    const menuOver = over >= MIN_LINES_OVER && (!roleTitle(jobPart(at(from))) || typedQuery(from));
    // (Or a site's logo alone over it, one word in capitals: "SEEK" over "Registered Nurse"; not an employer's name,
    // "Contoso" over "Data Engineer".)
    const logoOver = over === 1 && t === from + 1 && LOGO_WORD.test(at(from)) && !roleTitle(at(from));
    return t > from && (isProse(at(from)) || readsAsMenu(lines.slice(0, t).map((_, k) => at(k)), roleTitle) || menuOver || logoOver) ? t : from;
  };
  // Where no title stands over a cluster of details: a title-shaped line right over the employer's registered name
  // ("Executive - Human Resources" / "Tailspin Garments Ltd."), under lines that read as the site's, before the body.
  const overRegistered = (): number => {
    for (let k = from + 1; k + 1 < end && !(isProse(at(k)) && isProse(at(k - 1))); k++) {
      const line = at(k);
      const titled = roleTitle(jobPart(line)) || (namesRole(line) && namesAJob(line, roleTitle));
      if (titled && legalName(at(k + 1)) === at(k + 1) && !isSiteLine(line) && !isInterfaceLine(line) && wholeLine(k)) return headerAt(k);
    }
    return from;
  };
  // (Whether the body may have begun: a title missed over a cluster of details is looked for further down only before.)
  let prose = false;
  for (let j = from + 1; j < end; j++) {
    if (isProse(at(j)) && isProse(at(j - 1))) break;
    prose ||= isProse(at(j));
    const first = detail(j);
    if (first.length === 0) continue;
    const kinds = kindsUnder(j);
    // One detail is a header too under a title, or its employer's line under one ("Engineering Manager" / "Cupertino,
    // California"; "Accounts Executive" / "Contoso Pharma" / "Colombo").
    // (A field's label on a line of its own, and the value under a label's colon, are passed over freely: "Registered
    // Nurse" / "Job Location" / "Contoso Medical Center" / "1200 N Central Ave" / "Phoenix, Arizona"; "Assistant
    // Professor" / "Institution:" / "Woodgrove College" / "Location:" / "Burlington, VT".)
    let reach = kinds.size >= 2 ? TITLE_REACH : LONE_DETAIL_REACH;
    // (Or, in a language whose titles our job nouns miss, the highest line the body restates in small letters, as it
    // names a job and never the employer: "Auxiliar de Bodega" of "requiere auxiliar de bodega". Only where no line
    // within reach is shaped as a title.)
    let named = -1;
    // (And a board's one-sentence summary under the title: "Diesel Mechanic" / "Keep the region's trucks moving." /
    // "Contoso Diesel Ltd" / "Hamilton, Waikato".)
    let summary = false;
    for (let t = j - 1; t >= Math.max(from, j - reach, j - MAX_HEADER_LINES); t--) {
      const line = at(t);
      // (Nor is the board's rating of the employer a line of the header: "Contoso" / "3.6 ★ 58 evaluaciones".)
      if (isLabel(line) || (t > from && at(t - 1).endsWith(':')) || RATING_LINE.test(line)) reach++;
      else if (!summary && isProse(line)) {
        summary = true;
        reach++;
      }
      if (isSiteLine(line) || !wholeLine(t) || isLabelRow(line, roleTitle) || typedQuery(t)) continue;
      // (A job's noun alone, "Accountant", over a cluster of two kinds or more: a title of one word. Not a job
      // description's row that names a job: "Reports to: Head of Operations".)
      const oneWord = kinds.size >= 2 && !line.includes(' ') && isRoleWord(line) && !isInterfaceLine(line);
      // (Or, in any language, the line over the employer's registered name over the details: "Impiegato/a contabile" /
      // "Contoso S.r.l." / "Bergamo (BG) · In sede" / "Pubblicata 6 gg fa"; one detail is enough where the name has its
      // board's rating, "Contoso AG 4.2 ★ (31 Bewertungen)" / "Veröffentlicht: vor 4 Tagen".)
      const overEmployer = (kinds.size >= 2 || RATING_AFTER_NAME.test(at(j - 1))) && t === j - 2 && registeredLine(at(j - 1)) && namesAJob(line, roleTitle);
      if (roleTitle(jobPart(line)) || oneWord || overEmployer) return headerAt(t);
      if (kinds.size >= 2 && restatedInSmall(text, line, lines[j].end) && !isInterfaceLine(line) && legalName(line) === null && lookupHeading(line) === null) named = t;
    }
    if (named !== -1) return headerAt(named);
    // A board that prints its title under the details ("Contoso Pharma" / "Colombo" / "Full Time" / "Apply by email" /
    // "Accounts Executive"): the first line past them that is no detail, shaped as a title, under menus. Else the
    // title is looked for over the next cluster: a search box's values ("All Locations" / "Meridian, ID") are one too.
    if (kinds.size < 2) continue;
    const under = titleUnder(j, at, detail, roleTitle, wholeLine, end);
    if (under !== null) {
      // (The header then starts at its details, its employer's line over them: "Contoso Pharma (Pvt) Ltd" / "Colombo".)
      top.line = j > from && registeredLine(at(j - 1)) ? j - 1 : j;
      return under;
    }
    if (prose) return overRegistered();
  }
  return overRegistered();
}

/** How far under a search box's value the title that names it is looked for, and its length at most. */
const QUERY_REACH = 40;
const MAX_QUERY_TITLE = 120;

/** Whether `phrase` stands in `line` as whole words. */
function wholeWordsIn(line: string, phrase: string): boolean {
  for (let at = line.indexOf(phrase); at !== -1; at = line.indexOf(phrase, at + 1)) if (wholeAt(line, at, phrase.length)) return true;
  return false;
}

/** Whether `text[at, at + length)` is no part of a longer word: no letter or figure either side. */
const wholeAt = (text: string, at: number, length: number): boolean => !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + length] ?? '');
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** An employer's line by its registered name, its place after a comma at most: "Contoso S.r.l.", "Contoso A/S, Køge". */
function registeredLine(rated: string): boolean {
  // (The board's rating after it is none of it: "Contoso Haustechnik AG 4.2 ★ (31 Bewertungen)".)
  const line = rated.replace(RATING_AFTER_NAME, '');
  const name = legalName(line);
  return name !== null && (name === line || (line.startsWith(name) && line.length - name.length <= MAX_PLACE_AFTER_NAME && line[name.length] === ','));
}
const MAX_PLACE_AFTER_NAME = 40;

// A site's logo as a copy keeps its alt text: one word in capitals ("SEEK"); an employer's logo drawn as its initials
// ("BR" over "Middle School Math Teacher").
const LOGO_WORD = /^\p{Lu}{1,20}$/u;

// A title's opening capital, in any language ("Técnico/a de Mantenimiento", "Lagermedarbejder til nattehold").
const CAPITAL_START = /^\p{Lu}/u;

/**
 * A line that may be a title in a language whose job nouns we do not list (printed twice, or over its employer's
 * registered name): a few words from a capital, not all capitals, no heading, place, detail, registered name or
 * site's word.
 */
function namesAJob(line: string, roleTitle: RoleTitle): boolean {
  const words = wordCount(line);
  // (Not a heading in capitals, a site's "HOW WE'RE ORGANIZED" printed twice.)
  return words >= 2 && words <= MAX_DOUBLED_WORDS && CAPITAL_START.test(line) && line !== line.toUpperCase() && lookupHeading(line) === null && !isPlaceLine(line) &&
    detailsOf(line, roleTitle).length === 0 && !NOT_A_TITLE.test(line) && !isInterfaceLine(line) && legalName(line) === null;
}
const MAX_DOUBLED_WORDS = 10;

/** The most words of a title the body restates, and its fewest characters (a dialog's "No" is restated anywhere). */
const MAX_RESTATED_WORDS = 6;
const MIN_RESTATED = 5;

/**
 * Whether the text after `from` writes `line`, a line with a capital, in small letters as a whole phrase:
 * as running text names a job ("buscamos auxiliar de bodega"), never a name, a place or a menu's link.
 */
function restatedInSmall(text: string, line: string, from: number): boolean {
  const small = line.toLowerCase();
  if (small === line || line.length < MIN_RESTATED || wordCount(line) > MAX_RESTATED_WORDS || /[.!?:,]$/.test(line) || isPlaceLine(line)) return false;
  const lower = lowerCased(text);
  for (let at = lower.indexOf(small, from); at !== -1; at = lower.indexOf(small, at + 1)) {
    if (wholeAt(text, at, small.length) && text.slice(at, at + small.length) === small) return true;
  }
  return false;
}

/** The title under a cluster of details that starts at line `j`: the first line past them, when shaped as one. */
function titleUnder(
  j: number,
  at: (k: number) => string,
  detail: (k: number) => Detail[],
  roleTitle: RoleTitle,
  wholeLine: (k: number) => boolean,
  end: number,
): number | null {
  let k = j;
  while (k < end && k < j + CLUSTER_LINES + 2 && (detail(k).length > 0 || DETAIL_LABEL.test(at(k)) || isInterfaceLine(at(k)))) k++;
  if (k >= end || k === j) return null;
  const line = at(k);
  if (!roleTitle(jobPart(line)) || isSiteLine(line) || !wholeLine(k) || isLabelRow(line, roleTitle)) return null;
  return readsAsMenu(Array.from({ length: j }, (_, i) => at(i)), roleTitle) ? k : null;
}

/**
 * Whether the lines over a title, from the text's first, read as a site's menus and banners: a menu's worth of them
 * (a line or two over a title are plain-header's to read: "Contoso" over "Senior Engineer"), most a few words long.
 * Under a first line shaped as a title ("Senior Accountant", or a menu's "Emerging Talent"), nearly all short, and a
 * banner's sentence at most: a posting's own title is followed by its text.
 */
function readsAsMenu(over: string[], roleTitle: RoleTitle): boolean {
  if (over.length < MIN_MENU) return false;
  const short = over.filter((line) => wordCount(line) <= MENU_WORDS).length;
  if (!roleTitle(over[0]) || NOT_A_TITLE.test(over[0])) return short >= MENU_SHARE * over.length;
  return short >= OWN_TITLE_MENU_SHARE * over.length && over.filter(isProse).length <= 1;
}

/** A card's lines under its title, at most: the employer's, a rating, the place, the pay, the terms, the date. */
const MAX_CARD_LINES = 6;
/** Cards in a row that make a list of other jobs: a posting's own header is one. */
const MIN_CARDS = 3;
const MAX_CARD_LINE = 80;

/**
 * The lists of jobs' cards in a page copied as text, from line `from` on: three cards or more in a row, each a line that
 * names a job ("Controls Technician (Contract, 6 months)") over a few short lines of its details and employer, at least
 * one of them a detail ("United States-New Mexico-Hobbs" / "Full-time" / "$24.00 - $29.00 per hour"). Their text's
 * start and end.
 */
export function cardLists(text: string, lines: readonly Block[], from: number, roleTitle: RoleTitle): { start: number; end: number }[] {
  const at = lineReader(text, lines);
  const out: { start: number; end: number }[] = [];
  // Each line read once, for both readers of cards: its details (null for prose or a line too long for a card's), and
  // whether it names a job.
  const read: (Detail[] | null)[] = [];
  const detailsAt = (k: number): Detail[] | null =>
    read[k] !== undefined ? read[k] : (read[k] = at(k).length > MAX_CARD_LINE || isProse(at(k)) ? null : detailsOf(at(k), roleTitle));
  const titles: boolean[] = [];
  const namesJob = (k: number): boolean => (titles[k] ??= roleTitle(jobPart(at(k))));
  // The line after card `k`'s last line, or -1 where no card opens at `k`.
  const cardEnd = (k: number): number => {
    if (detailsAt(k) === null || rowLabel(at(k)) !== null || !namesJob(k)) return -1;
    let d = k + 1;
    let details = 0;
    for (; d < lines.length && d <= k + MAX_CARD_LINES; d++) {
      const lineDetails = detailsAt(d);
      if (lineDetails === null || namesJob(d)) break;
      if (lineDetails.length > 0) details++;
    }
    return details > 0 ? d : -1;
  };
  for (let k = from; k < lines.length; ) {
    let end = cardEnd(k);
    if (end === -1) {
      k++;
      continue;
    }
    let cards = 1;
    let last = end;
    for (let next = end; next < lines.length && (end = cardEnd(next)) !== -1; next = end) {
      cards++;
      last = end;
    }
    if (cards >= MIN_CARDS) out.push({ start: lines[k].start, end: lines[last - 1].end });
    k = last;
  }
  // (By their rhythm over the header too: a list of cards over the posting on show. The header's line parts the two
  // reads, so the card printed again as the posting's header, which copiedPageStart finds, is in neither.)
  return [...out, ...rhythmCards(text, lines, 0, from, roleTitle, detailsAt), ...rhythmCards(text, lines, from, lines.length, roleTitle, detailsAt)];
}

/** The fewest lines of a card read by its lines' rhythm: a run of two-line rows is a details box's as often. */
const MIN_RHYTHM = 3;
/** The most: a card may print its details under their labels ("Location" / "Canberra ACT" / "Salary" / "$80,315"). */
const MAX_RHYTHM = 12;
const BREAK = '.';
const TITLE = 'T';
const LABEL = 'L';
const ROW = 'R';
const WORDS = /\p{L}{3}/u;
// A line of details among a unit's shapes: any letter but the four above.
const DETAILS_SHAPE = /[^.TLR]/;

/**
 * Each line's shape for rhythmCards, a letter: BREAK (prose, a long line), LABEL (a field's label alone), ROW (a
 * label with its value, a details box's), TITLE (any other short line: a title, an employer), or the kinds of the
 * details it holds, a letter for each set of kinds met. `detailsAt`: each line's details as cardLists reads them once.
 */
function lineShapes(text: string, lines: readonly Block[], from: number, to: number, roleTitle: RoleTitle, detailsAt: (k: number) => Detail[] | null): string {
  const at = lineReader(text, lines);
  const letters = new Map<string, string>();
  let shapes = '';
  for (let k = from; k < to; k++) {
    const line = at(k);
    const details = detailsAt(k);
    if (details === null) shapes += BREAK;
    else if (details.length > 0) {
      const kinds = [...new Set(details)].sort().join();
      if (!letters.has(kinds)) letters.set(kinds, String.fromCharCode(0x61 + letters.size));
      shapes += letters.get(kinds);
    } else shapes += isLabel(line) ? LABEL : isLabelRow(line, roleTitle) ? ROW : TITLE;
  }
  return shapes;
}

/**
 * Lists of jobs' cards by their rhythm, whatever the titles' language ("Comptable fournisseurs" / "Groupe Hesbaye
 * Logistique · Liège" / "CDI · Temps plein · il y a 15 jours"): the same shapes of lines (see lineShapes) over and over
 * at a period of MIN_RHYTHM lines or more, MIN_CARDS times or more, a card of a title line and the same kinds of
 * details each time, and no label's row (the posting's own box of details). A run starts at a card's first line, a
 * title line after its last detail.
 */
function rhythmCards(
  text: string,
  lines: readonly Block[],
  from: number,
  to: number,
  roleTitle: RoleTitle,
  detailsAt: (k: number) => Detail[] | null,
): { start: number; end: number }[] {
  const shapes = lineShapes(text, lines, from, to, roleTitle, detailsAt);
  const out: { start: number; end: number }[] = [];
  // reach[p]: where the lines from the last k read at period p stop repeating, the same for every k before it: each
  // line is compared once for each period.
  const reach: number[] = [];
  for (let k = 0; k < shapes.length; ) {
    let best: { start: number; end: number } | null = null;
    for (let p = MIN_RHYTHM; p <= MAX_RHYTHM && k + MIN_CARDS * p <= shapes.length; p++) {
      const unit = shapes.slice(k, k + p);
      if (unit.includes(BREAK) || unit.includes(ROW) || !unit.includes(TITLE) || !DETAILS_SHAPE.test(unit)) continue;
      let j = k < (reach[p] ?? 0) ? reach[p] : k;
      while (j + p < shapes.length && shapes[j] === shapes[j + p]) j++;
      reach[p] = j;
      // The card's first line: a title line after a line of another shape.
      let first = 0;
      while (first < p && !(unit[first] === TITLE && unit[(first + p - 1) % p] !== TITLE)) first++;
      const start = k + first;
      const end = j + p;
      if (end - start >= MIN_CARDS * p && (!best || end - start > best.end - best.start)) best = { start, end };
    }
    if (!best) {
      k++;
      continue;
    }
    out.push({ start: lines[from + best.start].start, end: lines[from + best.end - 1].end });
    k = best.end;
  }
  return out;
}

/** Sentences a site's lines hold at most: a cookie banner's, a notice's. */
const MAX_SITE_SENTENCES = 2;
/** The body's section that no site's menu names (a menu has "Benefits", "About us", a filter "Experience", "Education"). */
const BODY_SECTION = 'responsibilities';
// (Nor a tab a board names so over its header: "Job Description".)
const DESCRIPTION_TAB = /^(?:job )?description$/i;

/**
 * Whether lines `[from, to)` read as a site's, not a posting's body: no two sentences in a row, few in all, and no
 * heading of the role's duties ("Your tasks", "Responsibilities").
 */
export function noBodyBetween(text: string, lines: readonly Block[], from: number, to: number): boolean {
  const at = lineReader(text, lines);
  let sentences = 0;
  for (let k = from; k < to; k++) {
    const line = at(k);
    const kind = line.length <= MAX_CHOICE ? lookupHeading(line)?.kind : undefined;
    if (kind === BODY_SECTION && !DESCRIPTION_TAB.test(line)) return false;
    if (!isProse(line)) continue;
    if (++sentences > MAX_SITE_SENTENCES || (k > from && isProse(at(k - 1)))) return false;
  }
  return true;
}
