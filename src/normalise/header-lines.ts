/**
 * The lines of a posting's header as plain text gives them: a title's shape, an employer's name, a first line of
 * parts ("Data Engineer | Contoso | Austin, TX"), a name without its place, and the employer the body names. Read by
 * plain-header (a header of lines) and run-on-header (a first line that runs on).
 */
import { lowerCased } from '../util/last-text';
import type { Block, HeaderField } from '../contract';
import type { Span } from '../types/common';
import { isOrganisation, LEGAL_NAME, NOTE_AFTER_NAME, pickCompany, TEAM_NAME, type PickedCompany } from './page/company';
import type { PageMeta } from './page/meta';
import { foldText, isSiteLine, NOT_A_TITLE, isDocumentLine, opensWithSiteWords } from './page/title';
import { lookupHeading } from '../sections/headings';
import { isPlaceLine, isProminentPlace, MAX_PLACE_LINE } from '../extractors/location/place-line';
import { interfaceLead, isGluedMenu, isInterfaceLine } from './interface-lines';
import { isArrowTrail, isSlashTrail } from './copied-page';
import { isAddressOrLogo, isPayPart, isTermsList, PARTS, SCHEDULE_PART, WORKPLACE_PART } from './line-parts';
import { EXECUTIVE_HEAD, FIELD_WORDS, isDepartment, isRoleWord, OF, PLURAL_END, ROLE_NOUN_END, TITLE_QUALIFIER } from './role-words';
import { lazy } from '../util/lazy';

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
export { TITLE_QUALIFIER };

// "at Contoso (View all jobs)": the employer's line as a Greenhouse board prints it under the title.
// "at Contoso", and the invitation under a title: "Join the team at Croagh Coffee Co.".
export const AT = /^(?:join\s(?:the\s|our\s)?team\s)?at\s/i;

const VIEW_ALL = '(view all jobs)';

/** The employer's name of an "at X" line, else the line. */
export function atEmployer(line: string): string {
  const at = AT.exec(line);
  if (!at) return line;
  const name = line.slice(at[0].length).trim();
  return name.toLowerCase().endsWith(VIEW_ALL) ? name.slice(0, -VIEW_ALL.length).trim() : name;
}

/**
 * A line of a site's own words and nothing else ("Home", "Jobs", "Find jobs"), a site's name ("NHS Jobs", "Job
 * Bank") or a line of its interface ("Open roles", also where the text holds no other), its menu bar glued into one
 * line ("JobsCompaniesLog inSign up") or its breadcrumb trail ("VanArsdel › Marketing"): no label ("Location:
 * Leeds"), no sentence.
 */
export function siteLine(line: string): boolean {
  // A line without a word is a button's mark ("×", "☰") or a rule.
  return isSiteLine(line) || (SITE_NAME.test(line) && !CAREERS_LEAD.test(line)) || isDocumentLine(line) || isInterfaceLine(line) || isGluedMenu(line) || isArrowTrail(line) || isSlashTrail(line) || isAddressOrLogo(line) || isMenuOfJobs(line) || !LETTER.test(line);
}

// A menu's links on one line, the site's words first and more kinds of jobs after them: "Find Jobs Travel Jobs Staff Jobs
// Per Diem Salary Data Resources For Employers". No sentence's marks.
const JOBS_WORD = /\bjobs\b/gi;
const isMenuOfJobs = (line: string): boolean => !/[.!?:,]/.test(line) && (line.match(JOBS_WORD)?.length ?? 0) >= 3 && opensWithSiteWords(line);

// An address inside a line: no title holds one.
const ADDRESS_IN_LINE = /https?:\/\/|\bwww\.\S/i;

// A capitalised word: "£30k Field Sales Executive" opens with pay but is a title.
export const CAPITALISED = /\p{Lu}\p{Ll}/u;

// "NHS Jobs", "Acme Careers", "Job Bank", "Jobcentre Plus": a board's name, with at most two words before its kind.
// "Careers at Woodgrove Bank", "Jobs with Contoso": an employer's careers site. "Care jobs in Nottingham": a
// breadcrumb to the board's search (a title names one job).
const SITE_NAME = /^(?:[\p{L}\d&'.-]{1,20} ){0,2}(?:jobs|careers|job ?bank|job ?board|job portal|jobcentre(?: plus)?)$|^(?:careers|jobs) (?:at|with) [\p{L}\d&'. -]{2,60}$|^(?:[\p{L}\d&'.-]{1,20} ){1,3}jobs in [\p{L}, '.-]{2,40}$/iu;

// A school's job that leads its careers work: "Head of Careers", "Director of Careers".
const CAREERS_LEAD = /^\S+ of careers$/i;

/** The longest first line read as a title. */
export const MAX_TITLE_LENGTH = 120;

// A letter's greeting ("Hi Sam,", "Dear Candidate"), as a recruiter's message or a forwarded posting opens.
const GREETING = /^(?:hi|hello|hey|dear|good\s(?:morning|afternoon|evening))\b/i;

/** A short line with a word that is no sentence, clause, greeting, label or section heading ("Job description:", "About the job"): a title's shape. */
// A level's abbreviation with its full stop ending a title: "Sr.", "Jr.", "Ssr.", "Snr.".
const LEVEL_ABBREVIATION_END = /\s(?:Sr|Ssr|Jr|Snr|Jnr)\.$/;
const DASHED_CRY = /\s[-–—]\s[^!?.\n]{2,60}!$/;

export function isTitleLine(line: string): boolean {
  return (
    line.length <= MAX_TITLE_LENGTH &&
    LETTER.test(line) &&
    // (A level's abbreviation ends a title with its full stop: "Data Analyst Sr.", "Analista de Datos Ssr."; a board's
    // cry after a dash, its "!": "School Bus Driver – Paid CDL Training!".)
    (!/[.!?:,]$/.test(line) || LEVEL_ABBREVIATION_END.test(line) || (line.endsWith('!') && DASHED_CRY.test(line) && coreEndsAsRole(line))) &&
    !GREETING.test(line) &&
    lookupHeading(line) === null &&
    !ADDRESS_IN_LINE.test(line)
  );
}

// Plain text has no page head: only the text's own signs vote.
export const NO_META: PageMeta = { titles: [], siteName: null, employerName: null, markedTitle: null, logos: [], siteLogos: [] };

// A name: letters or digits at both ends, a few words, no sentence inside. Bounded: linear.
// (A brand's mark may end it: "Contoso®".)
const NAME_LINE = /^[\p{L}\d][\p{L}\d&'’.,()+\- ]{0,58}[\p{L}\d.)+][®™]?$/u;
export const MAX_NAME_WORDS = 6;
// What else boards print under a title: the terms, pay, a count of applicants, a posting date; or a sentence; or that the
// job is wanted ("Care Assistants Required Leeds", a feed's title run onto its text).
const NOT_A_NAME = /\d{4,}|[£$€¥₹]|\b(?:is|are|was|will|must|should|has|have|you|your|we|our|required|wanted|needed|urgently|full[ -]?time|part[ -]?time|remote|hybrid|on[ -]?site|work from (?:home|office|anywhere)|wfh|contract|permanent|temporary|internship|freelance|applicants?|posted|ago|days?|hours?|years?|yrs|salary|per)\b/i;
// A site's tagline under the title, in a name's capitals: a verb and what it does for whom ("Build High Accuracy Models
// for Enterprises", "Empowering People to Grow"). Bounded: linear.
const TAGLINE =
  /^(?:build|building|create|creating|make|making|empower|empowering|transform|transforming|shape|shaping|deliver|delivering|drive|driving|help|helping|connect|connecting|power|powering|grow|growing|bring|bringing|reimagine|reimagining|redefine|redefining|unlock|unlocking|accelerate|accelerating|enable|enabling|inspire|inspiring)\s[^\n]{1,60}?\s(?:for|to|with|that|through)\s/i;
// A heading that names the employer ("About Summit Ridge", "Life at Contoso"): the page rules read the name in it.
const ABOUT_HEADING = /^(?:about|life at|working at|why join|careers at|jobs at)\s/i;

// A letter or digit right after a phrase, or a capitalised word: the phrase is part of a longer one.
const TITLE_GOES_ON = /^(?:[\p{L}\d]|\s\p{Lu})/u;
// The words before a job's title in a sentence that names the job: "a", "an", "the", "our", "as" (glued to the word
// before where a scraper joined blocks: "The RoleThe Marketing Coordinator").
const JOB_ARTICLE = lazy(() => /(?:^|[^\p{L}]|\p{Ll}(?=\p{Lu}))(?:[Aa]n?|[Tt]he|[Oo]ur|[Aa]s)\s$/u);

/**
 * Whether the text after `from` names `line` as a job: after an article, as a whole phrase (case aside), and not the
 * start of a longer title ("a Senior Payroll Specialist" names no "Senior").
 */
export function restatedAsJob(text: string, line: string, from: number): boolean {
  const lower = lowerCased(text);
  const phrase = line.toLowerCase();
  if (phrase.length < 3) return false;
  // (The first few times it is said: a title is restated near its first mentions, and the reading stays short.)
  let seen = 0;
  for (let at = lower.indexOf(phrase, from); at !== -1 && seen++ < MAX_RESTATEMENTS; at = lower.indexOf(phrase, at + phrase.length)) {
    if (JOB_ARTICLE().test(text.slice(Math.max(0, at - 5), at)) && !TITLE_GOES_ON.test(text.slice(at + phrase.length, at + phrase.length + 2))) return true;
  }
  return false;
}

const MAX_RESTATEMENTS = 20;

/**
 * The employer the body's own signs name, under the title `top` (see pickCompany; `company`, where read already);
 * `lineEnds`: the line under the title is a whole line.
 */
export function companyFromText(
  text: string,
  top: Block,
  lineEnds: boolean,
  header: Partial<Record<HeaderField, Span>>,
  reasons: Partial<Record<HeaderField, string>>,
  company: PickedCompany | null = pickCompany(text, NO_META, top),
): void {
  // The page rules' vote for the line under the title holds only for a whole line; and a name the title's core holds
  // ("Dentist" under "Dentist Cumbria") is the title restated, as feed descriptions open. (One its qualifier names is
  // the employer's: "Software Engineer, Contoso Access", "Warehouse Operative - Northwind".)
  if (!company?.span || isPlaceLine(company.name) || (!lineEnds && company.reason === 'company/line-under-title')) return;
  if (foldText(text.slice(top.start, top.end).split(TITLE_QUALIFIER)[0]).includes(foldText(company.name))) return;
  const { start, end } = company.span;
  header.company = { text: text.slice(start, end), start, end };
  reasons.company = company.reason;
}

// "Contoso | Senior Data Engineer | Austin, TX | Full-time | $140k-$165k" (a forum's hiring post), "Senior Data
// Engineer - Contoso - Austin, TX" (a board's title copied): a first line of parts, each a title, an employer, a
// place, the terms or the pay.
const PART_SEPARATOR = /\s[|·•@]\s|\s[-–—]\s/g;
// A link to apply, and where one works with places or terms after it ("Remote (US/Canada) or ONSITE Toronto").
// (Or a site's address and path with no scheme: "contoso.example.com/jobs".)
const LINK_PART = /^(?:https?:\/\/|www\.|(?:[a-z\d-]+\.)+[a-z]{2,}\/)\S*$/i;

/** Whether a title line ends as a job's title does, or its core before a qualifier does. */
export function coreEndsAsRole(line: string): boolean {
  if (ROLE_NOUN_END.test(line) || ROLE_NOUN_END.test(line.split(TITLE_QUALIFIER)[0])) return true;
  const head = line.split(FIELD_AFTER)[0];
  return head !== line && ROLE_NOUN_END.test(head) && !UNIT_NOUN_END.test(head);
}
// A job's noun before its field ("Research Associate in Flood Hydrology", "Lecturer in Law"); not an organisation's
// unit ending as a job's noun does, "North Dakota Department of Roads", "Ministry of Local Government".
const FIELD_AFTER = new RegExp(` (?:of|${FIELD_WORDS}) `);
const UNIT_NOUN_END = /ment$/i;
/**
 * Whether a part ends as one job's title does, or with a job's noun of another ending ("Mechanic"): a plural is a
 * firm's name ("Contoso Motors", "Northwind Builders"), not the title.
 */
export function endsAsOneJob(part: string): boolean {
  const core = part.split(TITLE_QUALIFIER)[0];
  return !PLURAL_END.test(core) && (coreEndsAsRole(part) || isRoleWord(core.slice(core.lastIndexOf(' ') + 1)));
}
/** How many parts a title line is read in, at most: more is a list, not a header. */
const MAX_PARTS = 8;

export interface LineParts {
  title: Span;
  /** The one part that is neither place, terms nor pay, without a post's tag ("[Hiring]"), when it is the only one. */
  core: Span | null;
  company: Span | null;
  place: Span | null;
  /** A part that is only a number of years ("3-6 yrs", as Indian boards print the experience asked for). */
  years: Span | null;
}

/**
 * The title, employer and place of a first line made of parts, where a part is a place, the terms or the pay and
 * one or two parts are left: the title (the whole line where it is the only one), and the employer beside it. Of
 * two, the first is the title unless it is a registered name ("Contoso Inc.") or only the second ends as a job's
 * title does (a forum's order, employer first). Null for any other line ("Registered Nurse - ICU Nights").
 */
export function titleLineParts(text: string, first: Block, detailsAfter = false): LineParts | null {
  const line: Span = { text: text.slice(first.start, first.end), start: first.start, end: first.end };
  // (A title with its own dash among bars: "Warehouse Associate - Night Shift | Apex Logistics | Memphis, TN".)
  return partsBy(text, line, PART_SEPARATOR, detailsAfter) ?? (PARTS.test(line.text) ? partsBy(text, line, BAR_SEPARATORS, detailsAfter) : null);
}

/** {@link titleLineParts} with `separator` (global) between the parts; `detailsAfter`: the line's details follow it. */
function partsBy(text: string, line: Span, separator: RegExp, detailsAfter: boolean): LineParts | null {
  const parts: Span[] = [];
  let from = line.start;
  // The part after " @ " is the employer: a post's "Junior Frontend Developer @ Wingtip Studio".
  let atFrom = -1;
  separator.lastIndex = 0;
  const body = line.text;
  for (let m = separator.exec(body); m; m = separator.exec(body)) {
    parts.push({ text: text.slice(from, line.start + m.index), start: from, end: line.start + m.index });
    from = line.start + m.index + m[0].length;
    if (m[0].includes('@')) atFrom = from;
    if (parts.length >= MAX_PARTS) return null;
  }
  if (parts.length === 0) return titleAtEmployer(text, line) ?? titleSlashBody(line);
  parts.push({ text: text.slice(from, line.end), start: from, end: line.end });
  let place: Span | null = null;
  let years: Span | null = null;
  let known = 0;
  const others: Span[] = [];
  for (const part of parts) {
    const t = part.text.trim();
    if (YEARS_LINE.test(t)) {
      known++;
      years = years ?? withoutTag(text, part);
    } else if (isTermsList(t) || isPayPart(t) || LINK_PART.test(t) || WORKPLACE_PART.test(t) || (known > 0 && DETAIL_PART.test(t))) known++;
    else if (isPlaceLine(t) || PLACE_WAY.test(t)) {
      known++;
      place = place ?? part;
    } else {
      // A forum's choice of places: "Berlin or REMOTE (EU)", "Austin, TX or Remote (US)".
      const or = PLACE_OR.exec(t);
      const first = or && (isPlaceLine(or[1]) ? or[1] : isPlaceLine(or[2]) ? or[2] : null);
      if (or && (first || WORKPLACE_PART.test(or[1]) || WORKPLACE_PART.test(or[2]))) {
        known++;
        if (first) place = place ?? { text: first, start: part.start + part.text.indexOf(first), end: part.start + part.text.indexOf(first) + first.length };
      } else others.push(part);
    }
  }
  const atEmployer = others.length === 2 && others[1].start === atFrom;
  // "Warehouse Associate | Apex Logistics" over "Memphis, TN" (or run on into it): the place, terms or pay of the two
  // follow, and the body names the employer again (not "Registered Nurse | ICU Nights").
  const detailsBeside =
    known === 0 &&
    others.length === 2 &&
    (detailsAfter || (separator === BAR_SEPARATORS && detailsLine(lineAfter(text, line.end)))) &&
    others.some((o) => LEGAL_NAME.test(o.text.trim()) || repeatedAfter(text, o.text.trim(), line.end));
  if ((known === 0 && !atEmployer && !detailsBeside) || others.length === 0 || others.length > 2) return null;
  if (others.length === 1) {
    // "Warehouse Associate at Apex Logistics | Memphis, TN | $19.50/hr": the job's part names its employer.
    const at = titleAtPart(text, others[0]);
    if (at) return { ...at, place, years };
    // The title with only its place or terms beside it stays whole, as the board prints it ("Sr Analyst - Remote").
    return { title: line, company: null, place, years, core: withoutTag(text, others[0]) };
  }
  const [a, b] = others;
  const employerFirst = !atEmployer && (LEGAL_NAME.test(a.text.trim()) || (!endsAsOneJob(a.text.trim()) && endsAsOneJob(b.text.trim())));
  // (A forum's tag opens the line, before the employer too: "[Hiring] Glasswing Health | Senior iOS Engineer | ...".)
  const [title, company] = (employerFirst ? [b, a] : [a, b]).map((part) => withoutTag(text, part));
  // (A name on the line under the title is the employer, the part beside the title its qualifier: "Registered Nurse - ICU
  // - Nights - $15K Sign-On Bonus" over "Harborline Health".)
  // (Nor is a part that states the terms: "Warehouse Associate | Temp to Hire", "Travel RN - Med/Surg - 13 Weeks".)
  const named = nameLine(company.text.trim()) && !SCHEDULE_PART.test(company.text.trim()) && !(separator !== BAR_SEPARATORS && !atEmployer && nameUnder(text, line.end));
  return { title, company: named ? company : null, place, years, core: null };
}

// Only the bars (and " @ "), for a line whose title holds a dash of its own.
const BAR_SEPARATORS = /\s[|·•@]\s/g;
// A labelled detail among a line's parts, after a place, terms or pay: "Benefits: medical, dental", "Shift: nights".
const DETAIL_PART = /^\p{Lu}[\p{L} ]{1,24}:\s/u;

/** The line after `end` (the next one that is not empty), bounded. */
function lineAfter(text: string, end: number): string {
  let from = end;
  while (from < text.length && (text[from] === '\n' || text[from] === ' ')) from++;
  const to = text.indexOf('\n', from);
  return text.slice(from, Math.min(to === -1 ? text.length : to, from + 200)).trim();
}

/** Whether the line under `end` is an employer's name by its shape: no sentence, place or job's title. */
function nameUnder(text: string, end: number): boolean {
  const under = lineAfter(text, end);
  return under !== '' && !/[.!?]$/.test(under) && nameLine(under) && !endsAsOneJob(under) && !detailsLine(under);
}

/** Whether a line states a place, the terms or the pay, and nothing else. */
function detailsLine(line: string): boolean {
  return line !== '' && line.split(PARTS).every((part) => {
    const p = part.trim();
    return isPlaceLine(p) || isTermsList(p) || isPayPart(p) || WORKPLACE_PART.test(p);
  });
}

// A place with its way of working in brackets: "London (Remote)", "NYC (hybrid, 2 days)". Bounded: linear.
const PLACE_WAY = /\(\s?(?:remote|hybrid|on[\s-]?site)\b[^()]{0,30}\)$/i;
// Two places or ways of working, either one. Bounded: linear.
const PLACE_OR = /^([^|]{2,40}?) or ([^|]{2,40})$/i;

// "Founding Designer at Contoso (W22)": a job's title and its employer on one line. Bounded: linear.
const TITLE_AT = /^([^\n]{2,80}?) at (\p{Lu}[^\n]{0,60})$/u;

/**
 * A first line that names the job and its employer with "at" ("Founding Product Designer at Contoso (W22)"): where the
 * part before is shaped as a job's title and the text names the employer again (its board's note left out).
 */
function titleAtEmployer(text: string, line: Span): LineParts | null {
  const parts = titleAtPart(text, line);
  return parts && repeatedAfter(text, parts.company!.text, line.end) ? parts : null;
}

// "Court Clerk / Ministry of Justice", as public boards print the job and its body: one slash, a body's name after it.
const TITLE_SLASH_BODY = /^([^/\n]{2,80}?) \/ ([^/\n]{2,80})$/;

/**
 * A first line of a job and the public body, university or hospital that hires it after a slash ("Court Clerk /
 * Ministry of Justice", "محاسب / وزارة المالية"); not two jobs ("Ward Clerk / Hospital Porter": the part after ends as
 * a job's title does).
 */
function titleSlashBody(line: Span): LineParts | null {
  const m = TITLE_SLASH_BODY.exec(line.text.trimEnd());
  if (!m || !isOrganisation(m[2]) || ROLE_NOUN_END.test(m[2])) return null;
  const nameStart = line.start + m[1].length + 3;
  return { title: { text: m[1], start: line.start, end: line.start + m[1].length }, company: { text: m[2], start: nameStart, end: nameStart + m[2].length }, place: null, years: null, core: null };
}

/** The job's title and its employer of a part "<title> at <Employer>", where the part before is shaped as a title. */
function titleAtPart(text: string, part: Span): LineParts | null {
  const m = TITLE_AT.exec(part.text.trim());
  // (Or an executive's, its field after its head: "Head of Finance at ...", "VP of Engineering at ...".)
  const head = m?.[1].split(OF)[0];
  const role = head !== undefined && (ROLE_NOUN_END.test(m![1]) || (head.length < m![1].length && (ROLE_NOUN_END.test(head) || EXECUTIVE_HEAD.test(head))));
  if (!m || !role || PLURAL_END.test(m[1])) return null;
  // The employer's place after "in", a comma or a dash: "Project Manager at Northwind Traders in Chicago, IL", "Store
  // Manager at Pinnacle Pharmacy, Cape Town".
  const noted = m[2].replace(NOTE_AFTER_NAME, '');
  const inPlace = noted.lastIndexOf(' in ');
  const comma = noted.indexOf(', ');
  const name =
    inPlace > 0 && isPlaceLine(noted.slice(inPlace + 4)) ? noted.slice(0, inPlace) : comma > 0 && isPlaceLine(noted.slice(comma + 2)) ? noted.slice(0, comma) : withoutPlace(noted);
  if (!nameLine(name)) return null;
  const start = part.start + part.text.indexOf(m[0]);
  const nameStart = start + m[1].length + 4;
  const placeStart = name.length < noted.length ? nameStart + name.length + /^[\s,–—-]*(?:in )?/.exec(noted.slice(name.length))![0].length : -1;
  return {
    title: { text: m[1], start, end: start + m[1].length },
    company: { text: name, start: nameStart, end: nameStart + name.length },
    place: placeStart === -1 ? null : { text: text.slice(placeStart, nameStart + noted.length), start: placeStart, end: nameStart + noted.length },
    years: null,
    core: null,
  };
}

/** The header fields of a first line of parts, with `title` as its title. */
export function setParts(parts: LineParts, title: Span, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  header.title = title;
  reasons.title = 'title/first-line-part';
  if (parts.place && !header.location) header.location = parts.place;
  if (parts.years && !header.experience) header.experience = parts.years;
  if (parts.company && !header.company) {
    header.company = parts.company;
    reasons.company = 'company/first-line-part';
  }
}

// Nouns that end as a job's title does but name none: "Infrastructure Project", "Financial Services Client".
export const NOT_A_ROLE = /(?:project|subject|object|effect|connect|content|event|ment|client|center|centre|order|power|water|paper|number|computer)$/i;
// Words that end a details row or a business's name as a job's title ends, on a line of their own: "Duration
// Permanent", "Hiring Urgent", "Le Grand Chai Restaurant". (After a title's dash, "Permanent" is its qualifier.)
export const NOT_A_ROLE_LINE = /\b(?:permanent|urgent|current|recent|frequent|excellent|different|independent|relevant|important|significant|vacant|pleasant|talent|percent|restaurant)$/i;

/** Whether `name` stands again after `at` as words of their own (or glued at a capital: "Woodgrove BankBranch"). */
export function repeatedAfter(text: string, name: string, at: number): boolean {
  const edge = (outside: string | undefined, inside: string) =>
    outside === undefined || !LETTER_OR_DIGIT.test(outside) || (LOWER.test(outside) !== LOWER.test(inside) && LETTER.test(inside));
  for (let i = text.indexOf(name, at); i !== -1; i = text.indexOf(name, i + 1)) {
    if (edge(text[i - 1], name[0]) && edge(text[i + name.length], name[name.length - 1])) return true;
  }
  return false;
}

/** The length of the site's menu that opens a run-on line (see interfaceLead), or 0. */
export function menuLead(text: string, first: Block): number {
  const lower = lowerCased(text);
  return interfaceLead(text.slice(first.start, first.end), (from, to) => lower.includes(lower.slice(first.start + from, first.start + to), first.start + to));
}

// A forum post's tag before the job: "[Hiring]", "(HIRING)".
const POST_TAG = /^(?:[[(](?:hiring|job|remote|paid|contratando)[\])]\s*){1,3}/i;

/** `part` trimmed, without a post's tag before the job. */
function withoutTag(text: string, part: Span): Span {
  const raw = part.text;
  const lead = raw.length - raw.trimStart().length;
  const tag = POST_TAG.exec(raw.slice(lead))?.[0].length ?? 0;
  const start = part.start + lead + tag;
  const end = part.start + raw.trimEnd().length;
  return { text: text.slice(start, end), start, end };
}

// The separators a board prints between an employer's name and its place: a dash, or a comma after a registered
// name ("Contoso GmbH, Hamburg"; after any other words a comma as often ends a sentence's clause).
const NAME_PLACE = /\s[-–—]\s|,\s/g;
// A town with its state's or province's code after it: "Charleston, SC", "Tucson, AZ 85719" (not a region and its
// country, "California, United States", which may follow a place's own name).
const TOWN_WITH_REGION = /^[^,]{2,40}, [A-Z]{2,3}(?: \d{4,6})?$/;

/** "Tailspin Couriers – Manchester", "Contoso GmbH, Hamburg": the name before the first separator (or glued junction) whose rest is a place. */
export function withoutPlace(name: string): string {
  // A place is short: only the separators near the end are read (and each rest once).
  NAME_PLACE.lastIndex = Math.max(0, name.length - MAX_PLACE_LINE - 3);
  for (let m = NAME_PLACE.exec(name); m; m = NAME_PLACE.exec(name)) {
    const rest = name.slice(m.index + m[0].length);
    // (Any name before a town with its state's code: "The Harbor Grill, Charleston, SC"; a clause ends at no such place,
    // and a place alone after a comma may be the name's own, "Bank of Melbourne, Victoria".)
    if (m[0][0] === ',' && !LEGAL_NAME.test(name.slice(0, m.index)) && !isOrganisation(name.slice(0, m.index)) && !(TOWN_WITH_REGION.test(rest) && !isPlaceLine(name.slice(0, m.index)))) continue;
    if (isPlaceLine(rest)) return name.slice(0, m.index);
  }
  // A page that set the place beside the name, copied without the break between them (the normaliser puts back a
  // space): "Fabrikam Coffee Roasters Melbourne VIC 3000". A place of one word alone ends many a name ("Bank of
  // Melbourne"): the rest must be a place with its region or postcode, without a comma.
  // "Contoso Austin, TX", "Heidi Melbourne, Victoria, Australia" (a social network's card copied): a name, then a city
  // of note and its region. Not a place's own name ("New York, NY", "Greater Boston Area"), nor a name's own end
  // ("Bank of Melbourne, Victoria").
  const comma = name.indexOf(',');
  if (comma > 0 && !isPlaceLine(name.slice(0, comma)) && isPlaceLine(name)) {
    const head = name.slice(0, comma);
    for (let sp = head.indexOf(' '); sp !== -1; sp = head.indexOf(' ', sp + 1)) {
      const before = head.slice(0, sp);
      if (CAPITAL_START.test(head.slice(sp + 1)) && isProminentPlace(head.slice(sp + 1)) && !NAME_JOIN_END.test(before) && !PLACE_PREFIX.test(before)) return before;
    }
  }
  // A line that is a place whole ("Greater Boston Area") is no name with its place.
  if (isPlaceLine(name)) return name;
  PLACE_AFTER_SPACE.lastIndex = Math.max(0, name.length - MAX_PLACE_LINE - 1);
  for (let m = PLACE_AFTER_SPACE.exec(name); m; m = PLACE_AFTER_SPACE.exec(name)) {
    const rest = name.slice(m.index + 1);
    // A comma's place is the separators' above ("Northwind Hospital, Galway": a village is named Hospital).
    if (rest.includes(' ') && !rest.includes(',') && isPlaceLine(rest)) return name.slice(0, m.index);
  }
  return name;
}
// A space before a capital: where a place may start.
const PLACE_AFTER_SPACE = / (?=[A-Z][a-z])/g;
// A place's name opens with a capital: "Santa Clara Valley (Cupertino)" is one place.
const CAPITAL_START = /^\p{Lu}/u;
// What ends no name before its place: a joining word ("Bank of", "Smith &", "Nurse Job in", "required for nursing
// home in"), a word in lower case, or a board's "Jobs" ("Support Worker Jobs Leeds, West Yorkshire").
const NAME_JOIN_END = /\s(?:\p{Ll}[\p{L}'’-]*|&|[Jj]obs?|JOBS?|[Vv]acanc(?:y|ies))$/u;
// A word that opens a town's name before a bigger place's ("Lake Oswego", "West Hollywood", "Port Melbourne").
const PLACE_PREFIX = /^(?:north|south|east|west|new|old|lake|port|fort|ft\.?|mount|mt\.?|saint|st\.?|san|santa|los|las|el|la|le|palm|glen|grand|little|great|upper|lower|royal|point|cape|bay|park|university|college)$/i;

// "3 - 6 years", "5+ Yrs": a line that is only a number of years, as Indian boards print the experience asked for.
export const YEARS_LINE = /^\d{1,2}(?: ?(?:-|–|to) ?\d{1,2})?\+? ?(?:years?|yrs?)\.?$/i;

export function nameLine(name: string): boolean {
  return (
    NAME_LINE.test(name) &&
    // A public body's name runs longer: "Department for Energy Security and Net Zero".
    (name.split(' ').length <= MAX_NAME_WORDS || isOrganisation(name)) &&
    !NOT_A_NAME.test(name) &&
    !TAGLINE.test(name) &&
    !TEAM_NAME.test(name) &&
    !isTermsList(name) &&
    !ABOUT_HEADING.test(name) &&
    !NOT_A_TITLE.test(name) &&
    lookupHeading(name) === null &&
    !isAddressOrLogo(name) &&
    !isPlaceLine(name) &&
    !isDepartment(name.split(DEPARTMENT_TEAM)[0])
  );
}

// "Engineering", "Engineering – Platform": a department (and its team) an ATS prints under the title.
const DEPARTMENT_TEAM = /\s[-–—]\s/;

// A company's size as a board prints it on the employer's card: "51-200 employees", "10,001+ employees". Bounded: linear.
const COMPANY_SIZE = /^\d{1,3}(?:,\d{3})?(?: ?[-–] ?\d{1,3}(?:,\d{3})?|\+) (?:employees|staff)$/i;
// A name's words, capitalised but for its small joining words (a tagline is in small letters: "Payments for small shops").
const CAPITALISED_WORDS = /^[\p{Lu}\d][^\s]*(?: (?:[\p{Lu}\d&][^\s]*|of|and|for|the|de))*$/u;
/** How far over the title the card's size line stands, and how far over that its name. */
const SIZE_OVER_TITLE = 1;
const NAME_OVER_SIZE = 2;

/**
 * The employer's card a board prints over the title (its name, perhaps a tagline, its size: "Fernlight" / "Energy
 * monitoring for small businesses" / "51-200 employees" / "Frontend Engineer"): the name, as a span; null where no
 * such card stands right over the title.
 */
export function employerCardOverTitle(text: string, blocks: readonly Block[], title: Span): Span | null {
  const at = blocks.findIndex((b) => b.start <= title.start && title.start < b.end);
  const line = (k: number) => text.slice(blocks[k].start, blocks[k].end).trim();
  for (let size = at - 1; size >= Math.max(0, at - SIZE_OVER_TITLE); size--) {
    if (!COMPANY_SIZE.test(line(size))) continue;
    for (let k = size - 1; k >= Math.max(0, size - NAME_OVER_SIZE); k--) {
      const name = line(k);
      if (!CAPITALISED_WORDS.test(name) || !nameLine(name) || coreEndsAsRole(name) || isSiteLine(name) || isPlaceLine(name) || isInterfaceLine(name)) continue;
      const start = blocks[k].start + text.slice(blocks[k].start, blocks[k].end).indexOf(name);
      return { text: name, start, end: start + name.length };
    }
  }
  return null;
}
