/**
 * Plain text copied from a job board starts the way the board shows it: the
 * title on the first line, then the employer ("Acme Corp"), and often the
 * place ("Austin, TX 78701"). The employer is read from the lines under the
 * title by the same signs as on a whole page (the line under the title, a
 * name the body repeats or introduces, a registered name), so that its name
 * is no place and no skill.
 */
import { forLastText, lowerCased } from '../util/last-text';
import type { Block, HeaderField } from '../contract';
import type { MappedText } from './mapped-text';
import type { Span } from '../types/common';
import { isOrganisation, LEGAL_NAME, legalName, pickCompany } from './page/company';
import type { PageMeta } from './page/meta';
import { foldText, isSiteLine, jobEnd, NOT_A_TITLE, opensWithSiteWords } from './page/title';
import { lookupHeading } from '../sections/headings';
import { isPlaceLine, isProminentPlace, needsPlaceCue } from '../extractors/location/place-line';
import { labelField } from './field-labels';
import { interfaceLead, isGluedMenu, isInterfaceLine, RATING_SOURCE } from './interface-lines';
import { gluedWords } from './glued-words';
import { sentenceBreaks } from './sentence-breaks';
import { isPayOnly } from './pay-only';
import { copiedPageStart, isArrowTrail } from './copied-page';
import { GENDER_MARK, isAddressOrLogo, PARTS, PAY_PART, TERMS_PART, WORKPLACE_PART } from './line-parts';
import { LEVEL_END, namesRole, PLURAL_END, ROLE_NOUN_END } from './role-words';
import { flatPageTitle, isAnnounced, isLegalForm, type FlatPageTitle, type RunOnReading } from './flat-page';
import pageWords from '../data/words/page-words.json';
import { wordKey } from '../data/words/fold';

/** Site words (breadcrumbs, a menu) read over before the header, at most. */
const MAX_SITE_LINES = 8;

// The place line's parts: "Austin, TX · 2 weeks ago", "San Francisco, CA / Remote".
const PLACE_PARTS = /\s[·•|/]\s/;
// "at Contoso (View all jobs)": the employer's line as a Greenhouse board prints it under the title.
const AT = /^at\s/i;
// "by Contoso": the employer's line under a title, as some boards print it.
const BY = /^by\s/i;
const VIEW_ALL = '(view all jobs)';

/** The employer's name of an "at X" line, else the line. */
function atEmployer(line: string): string {
  if (!AT.test(line)) return line;
  const name = line.slice(3).trim();
  return name.toLowerCase().endsWith(VIEW_ALL) ? name.slice(0, -VIEW_ALL.length).trim() : name;
}

/**
 * A line of a site's own words and nothing else ("Home", "Jobs", "Find jobs"), a site's name ("NHS Jobs", "Job
 * Bank") or a line of its interface ("Open roles", also where the text holds no other), its menu bar glued into one
 * line ("JobsCompaniesLog inSign up") or its breadcrumb trail ("VanArsdel › Marketing"): no label ("Location:
 * Leeds"), no sentence.
 */
function siteLine(line: string): boolean {
  // A line without a word is a button's mark ("×", "☰") or a rule.
  return isSiteLine(line) || SITE_NAME.test(line) || isInterfaceLine(line) || isGluedMenu(line) || isArrowTrail(line) || isAddressOrLogo(line) || !/\p{L}/u.test(line);
}

// An address inside a line: no title holds one.
const ADDRESS_IN_LINE = /https?:\/\/|\bwww\.\S/i;

/** A page's section heading over its header, a few words ("Position Information"; not a field's label, "Location:"). */
const pageHeading = (line: string): boolean =>
  line.split(' ').length <= MAX_HEADING_WORDS && lookupHeading(line) !== null && labelField(line) === undefined;

// A social post's announcement over the job: "We're hiring!", "🚀 Now hiring 🚀", "Join our team!".
const HIRING_LINE = /^(?:(?:we(?:['’]re|\sare)|we['’]?re|now|urgently|currently)\s(?:hiring|recruiting)|hiring|join\s(?:our|the)\s(?:team|crew))\b[^\n]{0,20}$/i;
// Emoji (and their joiners and variation selectors) and flags around a post's lines: "🚀 Senior Engineer 🚀", "📍 Berlin",
// "🇺🇸 US-only".
const EMOJI_LEAD = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\s]+/u;
const EMOJI_CHAR = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\s]$/u;

/** The end of `line[from, to)` without the emoji and spaces it ends with (read back a code point at a time: linear). */
function emojiTrimmedEnd(line: string, from: number, to: number): number {
  let end = to;
  while (end > from) {
    const size = end - from >= 2 && /[\uDC00-\uDFFF]/.test(line[end - 1]) && /[\uD800-\uDBFF]/.test(line[end - 2]) ? 2 : 1;
    if (!EMOJI_CHAR.test(line.slice(end - size, end))) break;
    end -= size;
  }
  return end;
}

// (Not a brand's mark, "Contoso®", though Unicode counts it a pictograph.)
const EMOJI = /(?![©®™])[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** The words before the first emoji or flag, trimmed. */
const beforeEmoji = (words: string): string => words.slice(0, EMOJI.exec(words)?.index ?? words.length).trimEnd();

/** The line without the emoji and spaces at its edges. */
function trimEmoji(line: string): string {
  const lead = EMOJI_LEAD.exec(line)?.[0].length ?? 0;
  return line.slice(lead, emojiTrimmedEnd(line, lead, line.length));
}

/** The block without the emoji and spaces at its edges. */
function withoutEmoji(text: string, b: Block): Block {
  const lead = EMOJI_LEAD.exec(text.slice(b.start, b.end))?.[0].length ?? 0;
  return { ...b, start: b.start + lead, end: emojiTrimmedEnd(text, b.start + lead, b.end) };
}

// A short label before a pay line a board prints over the title: "Estimated: $45,000 - $55,000 a year".
const PAY_LABEL = /^[\p{L} ]{1,24}:\s?/u;
const PAY_LABEL_LINE = /^[\p{L} ]{1,24}:$/u;

// A capitalised word: "£30k Field Sales Executive" opens with pay but is a title.
const CAPITALISED = /\p{Lu}\p{Ll}/u;

/** A line that is only pay, labelled or not: the board's estimate over the title, never the title. */
function payLine(line: string): boolean {
  const value = line.replace(PAY_LABEL, '');
  return isPayOnly(value) && !CAPITALISED.test(value);
}

// "NHS Jobs", "Acme Careers", "Job Bank", "Jobcentre Plus": a board's name, with at most two words before its kind.
// "Careers at Woodgrove Bank", "Jobs with Contoso": an employer's careers site. "Care jobs in Nottingham": a
// breadcrumb to the board's search (a title names one job).
const SITE_NAME = /^(?:[\p{L}\d&'.-]{1,20} ){0,2}(?:jobs|careers|job ?bank|job ?board|job portal|jobcentre(?: plus)?)$|^(?:careers|jobs) (?:at|with) [\p{L}\d&'. -]{2,60}$|^(?:[\p{L}\d&'.-]{1,20} ){1,3}jobs in [\p{L}, '.-]{2,40}$/iu;

/** The longest first line read as a title. */
const MAX_TITLE_LENGTH = 120;

// A letter's greeting ("Hi Sam,", "Dear Candidate"), as a recruiter's message or a forwarded posting opens.
const GREETING = /^(?:hi|hello|hey|dear|good\s(?:morning|afternoon|evening))\b/i;

/** A short line with a word that is no sentence, clause, greeting, label or section heading ("Job description:", "About the job"): a title's shape. */
function isTitleLine(line: string): boolean {
  return (
    line.length <= MAX_TITLE_LENGTH &&
    /\p{L}/u.test(line) &&
    !/[.!?:,]$/.test(line) &&
    !GREETING.test(line) &&
    lookupHeading(line) === null &&
    !ADDRESS_IN_LINE.test(line)
  );
}

// Text that marks no headings.
const NO_HEADINGS: ReadonlyMap<Block, number> = new Map();

// Plain text has no page head: only the text's own signs vote.
const NO_META: PageMeta = { titles: [], siteName: null, employerName: null, markedTitle: null, logos: [], siteLogos: [] };

// A name: letters or digits at both ends, a few words, no sentence inside. Bounded: linear.
// (A brand's mark may end it: "Contoso®".)
const NAME_LINE = /^[\p{L}\d][\p{L}\d&'’.,()+\- ]{0,58}[\p{L}\d.)+][®™]?$/u;
const MAX_NAME_WORDS = 6;
// What else boards print under a title: the terms, pay, a count of applicants, a posting date; or a sentence.
const NOT_A_NAME = /\d{4,}|[£$€¥₹]|\b(?:is|are|was|will|must|should|has|have|you|your|we|our|full[ -]?time|part[ -]?time|remote|hybrid|on[ -]?site|contract|permanent|temporary|internship|freelance|applicants?|posted|ago|days?|hours?|years?|yrs|salary|per)\b/i;
// A heading that names the employer ("About Summit Ridge", "Life at Contoso"): the page rules read the name in it.
const ABOUT_HEADING = /^(?:about|life at|working at|why join|careers at|jobs at)\s/i;
/** How many words a heading that opens a run-together title line may have ("About the job", "Job description"). */
const MAX_HEADING_WORDS = 4;

/**
 * The length of a section heading of two words or more that opens `line` before more words ("About the job Senior
 * Analyst"), or 0. One word is a title's own ("Requirements Engineer", "Benefits Specialist").
 */
function headingLead(line: string): number {
  let lead = 0;
  for (let sp = line.indexOf(' '), words = 1; sp !== -1 && words <= MAX_HEADING_WORDS; sp = line.indexOf(' ', sp + 1), words++) {
    if (words >= 2 && lookupHeading(line.slice(0, sp)) !== null) lead = sp + 1;
  }
  return lead;
}

/**
 * The header of plain text whose first line is a title: `header.title`, and
 * `header.company` where no labelled field names the employer, with their
 * reasons in `reasons`. The line right under the title is the employer when it
 * is shaped like a name and is no place, heading or term; otherwise the body's
 * own signs decide, as on a page. `headings`: the lines that Markdown marks as
 * headings, with their levels (a whole page's title is one of them).
 */
export function plainHeader(
  mapped: MappedText,
  source: string,
  lines: readonly Block[],
  header: Partial<Record<HeaderField, Span>>,
  reasons: Partial<Record<HeaderField, string>>,
  html = false,
  headings: ReadonlyMap<Block, number> = NO_HEADINGS,
): void {
  const { text } = mapped;
  if (!html) documentEmployer(text, lines, header, reasons);
  // A page copied whole opens with the site's breadcrumbs or menu ("Home", "Jobs"): the header starts after them.
  let skip = 0;
  const lineAt = (i: number) => (i < lines.length ? trimEmoji(text.slice(lines[i].start, lines[i].end)) : '');
  while (skip < MAX_SITE_LINES && skip < lines.length) {
    const line = lineAt(skip);
    if (siteLine(line) || payLine(line) || HIRING_LINE.test(line) || pageHeading(line)) skip++;
    // The label on a line of its own over the pay ("Estimated:" / "$45,000 - $55,000 a year").
    else if (PAY_LABEL_LINE.test(line) && payLine(lineAt(skip + 1))) skip += 2;
    else break;
  }
  if (!html) {
    skip += menuRun(text, lines, skip);
    // A page copied whole, its menus longer than the lines read over above.
    const breakAt = (k: number) => k <= 0 || k >= lines.length || lineBreakBetween(mapped, source, lines[k - 1], lines[k], false);
    const start = copiedPageStart(text, lines, skip, roleLine, (k) => breakAt(k) && breakAt(k + 1), headings);
    // (A title row over it names the title: a document's details, "Job Title Senior Accountant" over "Reports To Financial
    // Controller", are no menus.)
    if (start > skip && !(header.title && header.title.end <= lines[start].start)) {
      skip = employerOver(lineAt, start) ? start - 1 : start;
      // A row among the menus over it ("Locations" over "Emerging Talent") is the site's.
      for (const field of Object.keys(header) as HeaderField[]) {
        if (header[field]!.end <= lines[skip].start) {
          delete header[field];
          delete reasons[field];
        }
      }
    }
  }
  const blocks = withoutRating(text, titleBeforeItsPlace(mapped, source, lines.slice(skip), html) ?? lines.slice(skip));
  const [first, second, third] = blocks;
  // One line of parts and nothing more (a post's "[Hiring] Python developer - $50/hr - Remote"): the job's part, when
  // it ends as a job's title does (a pay string alone, "17000 - 25000/annum 17k OTE", has no title).
  if (first && !second && !html && !header.title) {
    const core = titleLineParts(text, first)?.core;
    if (core && ROLE_NOUN_END.test(core.text) && isTitleLine(core.text)) {
      header.title = core;
      reasons.title = 'title/first-line-part';
    } else runOnTitle(text, first, header, reasons);
    if (!header.title && titleBeforeTown(text.slice(first.start, first.end))) {
      header.title = { text: text.slice(first.start, first.end), start: first.start, end: first.end };
      reasons.title = 'title/first-line';
    }
    return;
  }
  // A description's HTML that opens with a list ("<li>SQL") has no title; one whose first paragraph is as often a word
  // of the posting, only with a line that ends as a job's title does. (In text a feed's masked count, "**** x Social
  // Workers", reads as a list item.)
  if (!first || !second || first.end === 0) return;
  // A forum's line of parts names the job and its employer whatever its last part ("Contoso | Backend Engineer | $170k").
  if (html && (first.kind === 'list_item' || !(ROLE_NOUN_END.test(text.slice(first.start, first.end).trim()) || namesJobAndEmployer(text, first)))) return;
  // A "Job Title:" field further down names the title: the first line, the same title as the board printed it
  // ("Summer Intern - Mortgage" over "Position Title: Summer Intern"), still stands over the employer's line.
  const titled = header.title;
  if (titled && (header.company || !sameTitle(text.slice(first.start, first.end), titled.text))) return;
  // A line of its own in the caller's text: the normaliser also breaks one long line (a sentence split at an inline
  // "Job type: Full-time", a feed description's run of sentences) into blocks, and those hold no title line.
  const endsLine = (b: Block, next: Block | undefined) => !next || lineBreakBetween(mapped, source, b, next, html);
  // Scraped text that lost its line breaks: the title, then the labelled fields ("Senior Accountant Company: Acme ...").
  // (A page's run of menus and header before its first label, "... Job Search Payroll Manager Location: Remote", is longer.)
  const labelNext = labelField(text.slice(second.start, second.end)) !== undefined && first.end - first.start <= MAX_TITLE_LENGTH;
  if (!endsLine(first, second) && !labelNext) {
    if (!titled) runOnTitle(text, first, header, reasons);
    return;
  }
  // "About the job Senior Analyst Location: ...": a board's heading that lost its line break opens the title line; and
  // "Careers Open roles Sous Chef Department: Kitchen ...": the site's menu does.
  const lead = endsLine(first, second) ? 0 : headingLead(text.slice(first.start, first.end)) || menuLead(text, first);
  const top = withoutEmoji(text, lead > 0 ? { ...first, start: first.start + lead } : first);
  const title = text.slice(top.start, top.end);
  const below = text.slice(second.start, second.end);
  // Some boards print the employer first: a registered name ("Contoso Ltd", "Northwind Inc.") over the title, or any
  // name over a line that ends as a job's title does, with the place under it (a LinkedIn page copied whole:
  // "Contoso" / "Senior Data Engineer" / "Austin, TX · 2 weeks ago · Over 100 applicants").
  // Or the way of working in the place's stead ("Contoso" / "Data Analyst" / "Remote", a board's copy).
  const thirdLine = third === undefined ? '' : text.slice(third.start, third.end);
  const placeThird = third !== undefined && (isPlaceLine(thirdLine.split(PLACE_PARTS)[0]) || WORKPLACE_LINE.test(thirdLine));
  // A name may end as a plural job noun does ("Northwind Traders" over "Senior Product Manager"): a title over its
  // employer is one job.
  const nameShaped = !coreEndsAsRole(title.trim()) || (PLURAL_END.test(title.trim()) && !PLURAL_END.test(below.trim()));
  // Which of two lines is the job, the body says: it names the job with an article ("We are looking for a Senior
  // Accountant", "The Marketing Coordinator supports ...") and the employer by its name ("Tailspin Solar installs ...").
  const bodyFrom = (third ?? second).end;
  const bodyNamesJob = (line: string) => restatedAsJob(text, line.trim(), bodyFrom);
  const jobBelow = ROLE_NOUN_END.test(below.trim()) && bodyNamesJob(below) && !bodyNamesJob(title) && text.includes(title.trim(), bodyFrom);
  const employerFirst = LEGAL_NAME.test(title.trim()) || (coreEndsAsRole(below.trim()) && ((placeThird && nameShaped) || jobBelow));
  // A section heading over the title ("Position Information") is the page's, no employer.
  if (!titled && !header.company && employerFirst && isTitleLine(below) && lookupHeading(title.trim()) === null && endsLine(second, third)) {
    header.company = { text: title, start: top.start, end: top.end };
    reasons.company = 'company/line-over-title';
    header.title = { text: below, start: second.start, end: second.end };
    reasons.title = 'title/under-employer';
    experienceUnderTitle(text, blocks.slice(1), header);
    placeLineUnderTitle(mapped, source, blocks.slice(1), header, html);
    return;
  }
  const parts = titled ? null : titleLineParts(text, top);
  // A forum post's line of parts may run long ("Contoso | Senior Engineer | Remote (US) | Full-time | $160k | <link>"),
  // and a board's pay part may shout ("CDL A Driver - Earn $1,800/week!"): the job's part is what must be a title.
  const partsTitle = parts && (parts.company ? parts.title.text : parts.core?.text);
  if (!isTitleLine(title) && !(partsTitle && isTitleLine(partsTitle) && (parts!.company || ROLE_NOUN_END.test(partsTitle)))) return;
  if (parts) {
    setParts(parts, parts.title, header, reasons);
    experienceUnderTitle(text, blocks, header);
  } else if (!titled) {
    // Without a requisition number the board's template joins to it with a dash: "Field Service Technician II-(2600412)".
    // One in brackets after a space ("Quality Assurance Manager (1040524)") is the title as the employer wrote it.
    const req = jobEnd(text, top);
    const end = /^ ?[-–]/.test(text.slice(req, top.end)) ? req : top.end;
    header.title = { text: text.slice(top.start, end), start: top.start, end };
    reasons.title = 'title/first-line';
    experienceUnderTitle(text, blocks, header);
  }
  placeLineUnderTitle(mapped, source, blocks, header, html);
  if (header.company) return;
  // The employer's line is a whole line too: not the start of a run the normaliser broke up ("Dentist  Our client is").
  const lineEnds = endsLine(second, third);
  const named = withoutPlace(atEmployer(below.split(PARTS)[0].trim().replace(BY, '')));
  // (A registered name without the link glued after it: "Northwind Polska Sp. z o.o.O firmie".)
  const name = legalName(named) ?? named;
  // A name the body never repeats yields to the employer its own signs name ("About Tailspin Toys", "Tailspin Toys is
  // an equal opportunity employer" under "Product Management | Seattle, WA", a team as an ATS prints it).
  // (The body's signs are read once, for both.)
  let signs: ReturnType<typeof pickCompany> | undefined;
  const bodyCompany = () => (signs === undefined ? (signs = pickCompany(text, NO_META, top)) : signs);
  if (lineEnds && nameLine(name) && (text.includes(name, second.end) || !namesOther(bodyCompany(), name))) {
    const start = second.start + below.indexOf(name);
    header.company = { text: name, start, end: start + name.length };
    reasons.company = 'company/line-under-title';
    return;
  }
  if (titled) return;
  companyFromText(text, top, lineEnds, header, reasons, bodyCompany());
}

// A title alone, its town last ("Barista Reading", "Chef Job Bath"): a few capitalised words, the job's noun (and
// "Job") before a town whose name is also a word, which the run-on reader passes over for want of a cue. The title's
// end is that cue.
const TOWN_LAST = /^((?:(?:\p{Lu}[\p{L}'’-]*|of|and|&|[-–]) ){1,6}?)(?:[Jj]obs? )?(\p{Lu}\p{Ll}+)$/u;

function titleBeforeTown(line: string): boolean {
  const m = TOWN_LAST.exec(line);
  return m !== null && isTitleLine(line) && ROLE_NOUN_END.test(m[1].trimEnd()) && needsPlaceCue(m[2]);
}

// A row's label opening a line: "Job Title:", "Reports to: Head of Finance".
const ROW_LABEL = /^\p{L}[\p{L} ]{0,23}:/u;

// The lines a document's own heading may take ("JOB DESCRIPTION AND" / "PERSON SPECIFICATION", a known heading split off).
const DOCUMENT_HEADING_LINES = 2;
// A heading line is short: a sentence under "Job Description" is the posting's text.
const MAX_HEADING_LINE = 40;

/**
 * A job description exported from a PDF or Word file opens with its employer's name and its own heading, in either
 * order, over its rows ("Fabrikam Pharma India" / "JOB DESCRIPTION" / "Job Title: Quality Analyst"): the name is the
 * employer.
 */
function documentEmployer(text: string, lines: readonly Block[], header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  if (header.company) return;
  const line = (k: number) => (k < lines.length ? text.slice(lines[k].start, lines[k].end).trim() : '');
  // The name over the heading's lines, or under one heading line, then the first row.
  let k = -1;
  for (let rows = 2; rows <= DOCUMENT_HEADING_LINES + 1 && k === -1; rows++) {
    if (!ROW_LABEL.test(line(rows))) continue;
    const heading = Array.from({ length: rows - 1 }, (_, h) => h + 1);
    if (heading.every((h) => line(h).length <= MAX_HEADING_LINE) && heading.some((h) => isSiteLine(line(h)))) k = 0;
    else if (rows === 2 && isSiteLine(line(0))) k = 1;
  }
  if (k === -1) return;
  // (An organisation by its shape, or a name the document repeats, in its footers or body: a title line is neither.)
  const name = line(k);
  if (!nameLine(name) || coreEndsAsRole(name)) return;
  if (!LEGAL_NAME.test(name) && !isOrganisation(name) && !lowerCased(text).includes(name.toLowerCase(), lines[k].end)) return;
  const start = lines[k].start + text.slice(lines[k].start, lines[k].end).indexOf(name);
  header.company = { text: name, start, end: start + name.length };
  reasons.company = 'company/document-header';
}

// A letter or digit right after a phrase, or a capitalised word: the phrase is part of a longer one.
const TITLE_GOES_ON = /^(?:[\p{L}\d]|\s\p{Lu})/u;
// The words before a job's title in a sentence that names the job: "a", "an", "the", "our", "as" (glued to the word
// before where a scraper joined blocks: "The RoleThe Marketing Coordinator").
const JOB_ARTICLE = /(?:^|[^\p{L}]|\p{Ll}(?=\p{Lu}))(?:[Aa]n?|[Tt]he|[Oo]ur|[Aa]s)\s$/u;

/**
 * Whether the text after `from` names `line` as a job: after an article, as a whole phrase (case aside), and not the
 * start of a longer title ("a Senior Payroll Specialist" names no "Senior").
 */
function restatedAsJob(text: string, line: string, from: number): boolean {
  const lower = lowerCased(text);
  const phrase = line.toLowerCase();
  if (phrase.length < 3) return false;
  // (The first few times it is said: a title is restated near its first mentions, and the reading stays short.)
  let seen = 0;
  for (let at = lower.indexOf(phrase, from); at !== -1 && seen++ < MAX_RESTATEMENTS; at = lower.indexOf(phrase, at + phrase.length)) {
    if (JOB_ARTICLE.test(text.slice(Math.max(0, at - 5), at)) && !TITLE_GOES_ON.test(text.slice(at + phrase.length, at + phrase.length + 2))) return true;
  }
  return false;
}

const MAX_RESTATEMENTS = 20;

// Two strong signs at least ("About X" and "X is an equal opportunity employer"): one introduction may name a client.
const OTHER_EMPLOYER_WEIGHT = 4;

/** Whether the body's own signs (`company`, see pickCompany) name an employer other than `name` (not a part of it, nor it a part of theirs). */
function namesOther(company: ReturnType<typeof pickCompany>, name: string): boolean {
  if (!company?.span || company.reason === 'company/line-under-title' || company.weight < OTHER_EMPLOYER_WEIGHT) return false;
  const [a, b] = [foldText(company.name), foldText(name)];
  return !a.includes(b) && !b.includes(a);
}

/**
 * The employer the body's own signs name, under the title `top` (see pickCompany; `company`, where read already);
 * `lineEnds`: the line under the title is a whole line.
 */
function companyFromText(
  text: string,
  top: Block,
  lineEnds: boolean,
  header: Partial<Record<HeaderField, Span>>,
  reasons: Partial<Record<HeaderField, string>>,
  company = pickCompany(text, NO_META, top),
): void {
  // The page rules' vote for the line under the title holds only for a whole line; and a name the title holds
  // ("Dentist" under "Dentist Cumbria") is the title restated, as feed descriptions open.
  if (!company?.span || isPlaceLine(company.name) || (!lineEnds && company.reason === 'company/line-under-title')) return;
  if (foldText(text.slice(top.start, top.end)).includes(foldText(company.name))) return;
  const { start, end } = company.span;
  header.company = { text: text.slice(start, end), start, end };
  reasons.company = company.reason;
}

// "Contoso | Senior Data Engineer | Austin, TX | Full-time | $140k-$165k" (a forum's hiring post), "Senior Data
// Engineer - Contoso - Austin, TX" (a board's title copied): a first line of parts, each a title, an employer, a
// place, the terms or the pay.
const PART_SEPARATOR = /\s[|·•@]\s|\s[-–—]\s/g;
// A link to apply, and where one works with places or terms after it ("Remote (US/Canada) or ONSITE Toronto").
const LINK_PART = /^(?:https?:\/\/|www\.)\S+$/i;
// A line that is only the way of working, a place's scope with it: "Remote", "Remote (US)", "Hybrid".
const WORKPLACE_LINE = /^(?:fully\s)?(?:remote|hybrid|on[\s-]?site)(?:\s?\([^()\n]{1,30}\))?$/i;

// A board's rating of the employer on a line of its own under its name ("Fabrikam Dental" / "4.2 ★" / the title).
const RATING_LINE = /^[1-5]\.\d\s?★?$/;
const RATING_LINES_FROM = 1;
const RATING_LINES_TO = 3;

/** The header's lines without a rating line among the first few. */
function withoutRating(text: string, blocks: Block[]): Block[] {
  const at = blocks.findIndex((b, i) => i >= RATING_LINES_FROM && i <= RATING_LINES_TO && RATING_LINE.test(text.slice(b.start, b.end).trim()));
  return at === -1 ? blocks : [...blocks.slice(0, at), ...blocks.slice(at + 1)];
}

// What follows a title's core: "Registered Nurse - Med/Surg (Nights)", "Store Manager, Fresno".
const TITLE_QUALIFIER = /\s[-–—]\s|\s\(|,\s/;

/** Whether a title line ends as a job's title does, or its core before a qualifier does. */
export function coreEndsAsRole(line: string): boolean {
  return ROLE_NOUN_END.test(line) || ROLE_NOUN_END.test(line.split(TITLE_QUALIFIER)[0]);
}
/** How many parts a title line is read in, at most: more is a list, not a header. */
const MAX_PARTS = 8;

interface LineParts {
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
function titleLineParts(text: string, first: Block): LineParts | null {
  const line: Span = { text: text.slice(first.start, first.end), start: first.start, end: first.end };
  const parts: Span[] = [];
  let from = line.start;
  // The part after " @ " is the employer: a post's "Junior Frontend Developer @ Wingtip Studio".
  let atFrom = -1;
  PART_SEPARATOR.lastIndex = 0;
  const body = text.slice(line.start, line.end);
  for (let m = PART_SEPARATOR.exec(body); m; m = PART_SEPARATOR.exec(body)) {
    parts.push({ text: text.slice(from, line.start + m.index), start: from, end: line.start + m.index });
    from = line.start + m.index + m[0].length;
    if (m[0].includes('@')) atFrom = from;
    if (parts.length >= MAX_PARTS) return null;
  }
  if (parts.length === 0) return titleAtEmployer(text, line);
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
    } else if (TERMS_PART.test(t) || PAY_PART.test(t) || LINK_PART.test(t) || WORKPLACE_PART.test(t)) known++;
    else if (isPlaceLine(t) || /\(\s?(?:remote|hybrid|on[\s-]?site)\s?\)$/i.test(t)) {
      known++;
      place = place ?? part;
    } else others.push(part);
  }
  const atEmployer = others.length === 2 && others[1].start === atFrom;
  if ((known === 0 && !atEmployer) || others.length === 0 || others.length > 2) return null;
  // The title with only its place or terms beside it stays whole, as the board prints it ("Sr Analyst - Remote").
  if (others.length === 1) return { title: line, company: null, place, years, core: withoutTag(text, others[0]) };
  const [a, b] = others;
  const employerFirst = !atEmployer && (LEGAL_NAME.test(a.text.trim()) || (!coreEndsAsRole(a.text.trim()) && coreEndsAsRole(b.text.trim())));
  const [title, company] = employerFirst ? [b, a] : [a, b];
  return { title, company: nameLine(company.text.trim()) ? company : null, place, years, core: null };
}

/** A first line of parts with a job's title and its employer among them ("Contoso | Senior Engineer (Rust) | Remote"). */
function namesJobAndEmployer(text: string, first: Block): boolean {
  const parts = titleLineParts(text, first);
  return !!parts?.company && coreEndsAsRole(parts.title.text.trim());
}

// "Founding Designer at Contoso (W22)": a job's title and its employer on one line. Bounded: linear.
const TITLE_AT = /^([^\n]{2,80}?) at (\p{Lu}[^\n]{0,60})$/u;

/**
 * A first line that names the job and its employer with "at" ("Founding Product Designer at Contoso (W22)"): where the
 * part before is shaped as a job's title and the text names the employer again (its board's note left out).
 */
function titleAtEmployer(text: string, line: Span): LineParts | null {
  const m = TITLE_AT.exec(line.text.trim());
  if (!m || !ROLE_NOUN_END.test(m[1]) || PLURAL_END.test(m[1])) return null;
  const name = m[2].replace(NOTE_AFTER_NAME, '');
  if (!nameLine(name) || !repeatedAfter(text, name, line.end)) return null;
  const start = line.start + line.text.indexOf(m[0]);
  const nameStart = start + m[1].length + 4;
  return {
    title: { text: m[1], start, end: start + m[1].length },
    company: { text: name, start: nameStart, end: nameStart + name.length },
    place: null,
    years: null,
    core: null,
  };
}

/** How far down a copied page's menu may run over the title, in lines, and how many words a menu line has. */
const MENU_LINES = 12;
const MENU_WORDS = 3;
const MIN_MENU = 2;

/**
 * A copied page's menu over the title, in words no list holds ("Culture", "Stores", "Only essential"): where a line
 * that ends as a job's title does comes within MENU_LINES, after two or more short lines that are no place, pay or
 * sentence, those lines are the menu. One line over the title may be its employer ("Contoso" / "Data Engineer").
 */
function menuRun(text: string, lines: readonly Block[], from: number): number {
  const at = (k: number) => (k < lines.length ? text.slice(lines[k].start, lines[k].end).trim() : '');
  for (let i = from; i < lines.length && i - from < MENU_LINES; i++) {
    const line = at(i);
    // A job's title whose noun's phrase the text restates ("Product Manager" of "Product Manager, Mobile"; "Salary
    // checker" is a link).
    const core = roleCore(line);
    if (roleLine(line) && lowerCased(text).includes(core.toLowerCase(), lines[i].end)) {
      if (i - from > MIN_MENU && employerOver(at, i)) return i - from - 1;
      // A site's name over the title, its employer and place ("monster" / "Claims Adjuster" / "Fabrikam Mutual" / "Omaha, NE").
      // (Not a title of its own: "Staff Nurse" over "Registered Nurse, RN" / "Acquired Brain Injury" / "Plymouth".)
      if (i - from === 1 && (!at(from).includes(' ') || !coreEndsAsRole(at(from))) && nameLine(at(i + 1)) && isPlaceLine(at(i + 2))) return 1;
      return i - from >= MIN_MENU ? i - from : 0;
    }
    if (line.split(/\s+/).length > MENU_WORDS || /[\d$£€*()/]/.test(line) || /[.!?:]$/.test(line) || isPlaceLine(line)) return 0;
  }
  return 0;
}

// The head of an executive's title, before its field: "VP", "Senior Vice President" (its noun ends as a role's), "Chief".
const EXECUTIVE_HEAD = /(?:^|\s)(?:[SEA]?VP|Chief)$/i;

/** The job's noun of a title line, before a qualifier or "of" ("Teacher of Mathematics"). */
const roleCore = (line: string): string => line.split(TITLE_QUALIFIER)[0].split(OF)[0];
// (A converter's heading in capitals says "HEAD OF LEGAL".)
const OF = / of /i;

/**
 * A title line of two words or more (a site's name may end as a title does: "Glassdoor") whose noun is one job's (not
 * "Recruiters"), and no place.
 */
function roleLine(line: string): boolean {
  const core = roleCore(line);
  // A title that names the genders it is open to, or its level, is one whatever its last word ("Fullstack Developer
  // Medizintechnik (m/w/d)", "Software Engineering II"); so is an executive's whose field follows ("VP of Engineering",
  // "Chief of Staff", "SVP, Sales").
  const role =
    (ROLE_NOUN_END.test(core) && !PLURAL_END.test(core) && !NOT_A_ROLE.test(core)) ||
    GENDER_MARK.test(line) ||
    LEVEL_END.test(line) ||
    (core.length < line.length && EXECUTIVE_HEAD.test(core));
  return role && line.includes(' ') && isTitleLine(line) && !isPlaceLine(line);
}

/**
 * The employer over its title at line `i` and its place ("Contoso Analytics" / "Data Analyst" / "Chicago, IL"): the
 * header's. Not a line shaped as a title itself (a menu's "Test Viewer"), nor a site's word ("Recruiters").
 */
const employerOver = (at: (k: number) => string, i: number): boolean =>
  nameLine(at(i - 1)) && !roleLine(at(i - 1)) && !siteLine(at(i - 1)) && isPlaceLine(at(i + 1));


/** The header fields of a first line of parts, with `title` as its title. */
function setParts(parts: LineParts, title: Span, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  header.title = title;
  reasons.title = 'title/first-line-part';
  if (parts.place && !header.location) header.location = parts.place;
  if (parts.years && !header.experience) header.experience = parts.years;
  if (parts.company && !header.company) {
    header.company = parts.company;
    reasons.company = 'company/first-line-part';
  }
}

// A bar or a dot between parts: a dash is as often a prose's own.
// The bars of a line of parts, each found in turn.
const BAR = new RegExp(PARTS.source, 'g');

/**
 * A scraped line of parts that runs on into the description ("Data Scientist | Tailspin | Boston, MA | $150,000 |
 * Full-time About us We ..."): the parts before its last bar, read as a first line of parts; the title is the job's part.
 */
function partsBeforeRunOn(text: string, first: Block): { parts: LineParts; title: Span } | null {
  const line = text.slice(first.start, Math.min(first.end, first.start + MAX_TITLE_LENGTH + 80));
  let last = -1;
  let bars = 0;
  BAR.lastIndex = 0;
  for (let m = BAR.exec(line); m; m = BAR.exec(line)) {
    last = m.index;
    bars++;
  }
  if (bars < 2) return null;
  const parts = titleLineParts(text, { ...first, end: first.start + last });
  const title = parts && (parts.company ? parts.title : parts.core);
  if (!parts || !title || !isTitleLine(title.text) || !(parts.company || ROLE_NOUN_END.test(title.text))) return null;
  return { parts, title };
}

// Scraped text that lost its line breaks opens with the title, then the place, the way of working, the pay or the
// terms: "Senior Software Engineer, Payments Remote (US) $165,000 - $195,000 a year Full-time Contoso is hiring ...".
// A title's words are capitalised (its joining words and marks aside); at most a title's length of them is read.
// A word in brackets is a title's too: "(Remote)", "(remote)", "(CNS,".
const TITLE_WORD = /^(?:\(?[\p{Lu}\d][\p{L}\d&/+.'’-]*\)?,?|\(\p{Ll}[\p{L}-]*\),?|of|and|for|in|&|\+|[-–—/|])$/u;
const JOINING_WORD = /^(?:of|and|for|in)$/;
// The field after a title's "of": "Product Marketing", "IT", "Sales & Marketing"; a few words.
const FIELD_WORD = /^(?:\p{Lu}[\p{L}\d&/+.'’-]*|&|and)$/u;
const MAX_FIELD_WORDS = 4;

/**
 * A title of `to` words that ends at its job's noun, carried on through the field after its "of" ("Director" of
 * "Director of Product Marketing Contoso ...") to the longest that `said` (the words up to k) holds for: the text
 * restates it. The word count.
 */
function throughField(words: readonly RegExpMatchArray[], to: number, said: (k: number) => boolean): number {
  if (words[to]?.[0] !== 'of') return to;
  for (let m = Math.min(words.length, to + 1 + MAX_FIELD_WORDS); m > to + 1; m--) {
    if (words.slice(to + 1, m).every((w) => FIELD_WORD.test(w[0])) && said(m)) return m;
  }
  return to;
}
const RATING_WORD = /^[0-5][.,]\d$/;
const RATING_MARK = /^(?:[0-5][.,]\d|[★☆])$/;
const MAX_TITLE_WORDS = 10;
const RESTATED_REACH = 20_000;
// Nouns that end as a job's title does but name none: "Infrastructure Project", "Financial Services Client".
const NOT_A_ROLE = /(?:project|subject|object|effect|connect|content|event|ment|client|center|centre|order|power|water|paper|number|computer)$/i;
const DETAILS_WORD = /^(?:[$£€¥₹][ ]?\d|(?:fully[ ])?(?:remote|hybrid|on-?site|onsite|in-office)\b|(?:full|part)[ -]?time\b|permanent\b|temporary\b|contract\b)/i;
const PLACE_WORDS = 4;

/**
 * The title opening a run-on first line, where the words after it start the place, the way of working, the pay or the
 * terms. An employer's name may stand between ("Medical Assistant Proseware Health Partners Phoenix, AZ 85016", as a
 * board's header reads scraped): a shorter title of two words or more that the text restates, then a name of several
 * words or one it repeats.
 */
function runOnTitle(text: string, first: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const read = { header: { ...header }, reasons: { ...reasons } };
  readRunOn(text, first, read.header, read.reasons);
  // A title that names no role, or with a site's word inside ("Products Overview Cloud Data Partner"), is a run of a
  // site's words ("Company About Blog Careers", "Cloud Customer"): none, nor the name read beside it.
  const title = read.header.title && read.header.title !== header.title ? withoutLabelAfter(read.header.title) : read.header.title;
  read.header.title = title;
  // (An app's announcement names its title whatever its words: "Process Improvement PMO II page is loaded ...".)
  if (title && title !== header.title && !readsAsTitle(title.text) && !isAnnounced(text, title)) return;
  // Nor is the title's own opening said again an employer ("Senior Process Engineer Senior Process Engineer We ...").
  const company = read.header.company;
  if (title && company && company !== header.company && foldText(title.text).startsWith(foldText(company.text))) {
    delete read.header.company;
    delete read.reasons.company;
  }
  Object.assign(header, read.header);
  Object.assign(reasons, read.reasons);
}

/** A run-on title that names a role with no site's word in its core ("Products Overview Cloud Data Partner" has one). */
const readsAsTitle = (title: string): boolean => {
  const words = title.split(TITLE_QUALIFIER)[0].split(' ');
  // (A site's word that opens a title's words is theirs: "Nursing Home Manager".)
  return (namesRole(title) || LEVEL_END.test(title)) && !words.slice(1).some((w, k) => isSiteLine(w) && opensWithSiteWords(words.slice(k + 1).join(' ')));
};

// A run-on title's last word.
const LAST_WORD = /\s(\S+)$/;
// The labels a board prints right after a title (not "Experience", a title's own word: "Developer Experience").
const GLUED_LABELS: ReadonlySet<HeaderField | undefined> = new Set<HeaderField>(['location', 'salary', 'company']);

/** A run-on title without a label or a site's word glued after it ("Product Engineer, Growth Location San Francisco"). */
function withoutLabelAfter(title: Span): Span {
  const last = LAST_WORD.exec(title.text);
  if (!last || !(GLUED_LABELS.has(labelField(last[1])) || isSiteLine(last[1]))) return title;
  const text = title.text.slice(0, last.index);
  return { text, start: title.start, end: title.start + text.length };
}

/** runOnTitle's reading, whatever the title it finds. */
function readRunOn(text: string, first: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const barred = partsBeforeRunOn(text, first);
  if (barred) {
    setParts(barred.parts, barred.title, header, reasons);
    return;
  }
  // A whole page scraped onto one line opens with the site's menu ("Careers Home View All Jobs Office Manager Boise,
  // Idaho ..."): the title starts after its entries.
  const opening = { ...first, start: first.start + menuLead(text, first) };
  // Where the title may start: after the menu, or at a capitalised word further on, past a cookie banner or a menu in
  // words no list holds ("We use cookies ... Accept all Jobs Culture Benefits Product Manager, Mobile Seattle, ...").
  const words = gluedWords(text.slice(opening.start, Math.min(opening.end, opening.start + FURNITURE_REACH)));
  const starts = words
    .filter((w, i) => i === 0 || CAPITALISED.test(w[0]))
    .slice(0, MAX_STARTS)
    .map((w) => ({ ...first, start: opening.start + w.index! }));
  // The title the line opens with, when the body names its core as a job; else the first title further
  // on, with its details after it, that the body names as a job ("Proseware Outdoor All Positions Marketing Coordinator
  // Austin, TX ... The Marketing Coordinator supports ..."), and not the opening's own last noun alone ("Quality
  // Improvement Manager ... a manager"); else the title the line opens with; else the first one further on that the text
  // restates.
  const opened = { header: { ...header }, reasons: { ...reasons } };
  const opens = runOnTitleAt(text, opening, opened.header, opened.reasons, false) ? opened.header.title! : null;
  const credible = opens !== null && namesRole(opens.text) && restatedAsJob(text, opens.text.split(TITLE_QUALIFIER)[0], opens.end);
  // A whole page scraped so: the title is where the board's details follow it, past menus of any length.
  // (The opening's own title as it reads it, qualifier and all, where the page's starts with it: "Police Officer
  // (Lateral) City of Plano Plano, TX"; and an opening that reads as a title before one the page finds further on, a
  // body's restating of it.)
  const page = credible ? null : flatPageTitle(text, opening, runOnReading(text));
  const opensAsTitle = opens !== null && readsAsTitle(opens.text);
  if (page && !(opens && page.title.start === opens.start && page.title.end <= opens.end) && !(opensAsTitle && page.title.start >= opens!.end)) {
    header.title = page.title;
    reasons.title = 'title/run-on-opening';
    if (!header.company) pageEmployer(text, opening, page, header, reasons);
    if (page.details !== -1) placeAmongDetails(text, page.details, header);
    return;
  }
  for (const start of credible ? [] : starts.slice(1)) {
    const later = { header: { ...header }, reasons: { ...reasons } };
    if (jobTitleAt(text, opening.start, start, later.header, later.reasons) && !(later.header.title!.end === opens?.end && !later.header.title!.text.includes(' '))) {
      Object.assign(header, later.header);
      Object.assign(reasons, later.reasons);
      if (!header.company) bodyEmployer(text, opening, header.title!, header, reasons);
      return;
    }
  }
  if (opens) {
    Object.assign(header, opened.header);
    Object.assign(reasons, opened.reasons);
    return;
  }
  const later = starts.slice(1).find((start) => runOnTitleAt(text, start, header, reasons, true));
  if (!later || header.company) return;
  nameBefore(text, opening.start, later.start, header, reasons);
  if (!header.company) bodyEmployer(text, opening, header.title!, header, reasons);
}

/** How many words into a run-on title's details its place is looked for ("Full Time Remote (Australia)", "Location Seattle, WA"). */
const PLACE_AMONG_DETAILS = 4;
// A rating, perhaps printed twice as the page's label and its text ("4.04.0 out of 5 stars").
const RATING_NOTE = new RegExp(String.raw`^\s*(?:[0-5](?:[.,]\d)?)?${RATING_SOURCE}\s`);
/** A board's place of work in full: "Santa Clara Valley (Cupertino), California", "Camberwell VIC 3124". */
const PLACE_AMONG_WORDS = 6;

/**
 * The place among the details that follow a run-on title ("... Engineer Google Austin, TX Apply ...", "Senior Analyst
 * Remote (US) $120,000"), from `from`, is the location: the board's own place for the job, as a copied page's line
 * under the title is. The longest place that starts within the details' first words and stands whole, with its state
 * or region where the town's name is a word.
 */
function placeAmongDetails(text: string, from: number, header: Partial<Record<HeaderField, Span>>): void {
  if (header.location) return;
  // (Past the employer's rating a board prints after its name: "4.0 out of 5 stars", "4.2 ★".)
  from += RATING_NOTE.exec(text.slice(from, from + MAX_PLACE_LINE))?.[0].length ?? 0;
  // Details that start after a comma start inside a place ("Martock, Somerset"): the place is that whole one or none.
  const head = placeHead(text, from);
  const opens = head === -1 ? from : head;
  const words = gluedWords(text.slice(opens, opens + MAX_PLACE_LINE * 2));
  for (let k = 0; k < Math.min(words.length, head === -1 ? PLACE_AMONG_DETAILS : 1); k++) {
    const start = opens + words[k].index!;
    for (let n = Math.min(PLACE_AMONG_WORDS, words.length - k); n >= 1; n--) {
      const last = words[k + n - 1];
      const place = text.slice(start, opens + last.index! + last[0].length).replace(/[,.]$/, '');
      // (Nor a name's word: "Contoso Uk Ltd".)
      if (isLegalForm(words[k + n]?.[0] ?? '') || start + place.length <= from) continue;
      if (standsAsPlace(place)) {
        header.location = { text: place, start, end: start + place.length };
        return;
      }
    }
  }
}

/**
 * Where the capitalised words before a comma that ends right at `at` start ("Martock" of "Martock, |Somerset", "Virginia
 * Water" of "Virginia Water, |Surrey", "Amsterdam" of "(Go)Amsterdam, |Netherlands" as glued), or -1.
 */
function placeHead(text: string, at: number): number {
  if (!text.startsWith(', ', at - 2)) return -1;
  let start = -1;
  let end = at - 2;
  for (let n = 0; n < 2; n++) {
    // Back over the word's letters; it starts at its last capital after which only small letters follow.
    let k = end;
    while (k > 0 && /[\p{L}.'’-]/u.test(text[k - 1])) k--;
    let capital = -1;
    for (let c = k; c < end; c++) if (/\p{Lu}/u.test(text[c]) && (c === k || !/\p{Lu}/u.test(text[c - 1]))) capital = c;
    if (capital === -1) break;
    start = capital;
    if (capital !== k || text[k - 1] !== ' ') break;
    end = k - 1;
  }
  return start;
}

/** What the flat page reader reads of `text` with plain-header's rules. */
const runOnReading = (text: string): RunOnReading => ({
  detailsAt,
  restatedAsJob: (phrase, from) => restatedAsJob(text, phrase, from),
  titleWord: (word) => TITLE_WORD.test(word),
});

// A board's note after the employer's name: "(W22)", its count of reviews ("26 reviews") or its rating ("4.2 ★").
// (A rating may be glued on: "Humongous Insurance3.9 ★".)
const NOTE_AFTER_NAME = / (?:\([^()]{1,30}\)|\d[\d,.]{0,8}[kK]? reviews?)$| ?[0-5](?:[.,]\d)? ?★$/;
/**
 * A button of words or a place with its region that a sentence ran on from ("Apply for this job", "Boise, Idaho"; not
 * one word, "Home" of "Contoso Home Stores").
 */
const runInto = (phrase: string): boolean => phrase.includes(' ') && (isInterfaceLine(phrase) || (/, \S/.test(phrase) && !phrase.endsWith(',') && isPlaceLine(phrase)));

/** How far past the title a heading run into the body's first sentence is looked for. */
const INTRODUCTION_REACH = 5000;

/**
 * The employer of a title read on a page scraped onto one line: the name between the title and its details that the
 * text repeats ("... Engineer Contoso Austin, TX ... Contoso builds"), or after "at" ("at Contoso (View all jobs)");
 * else one its details give ("Posted Today by Contoso Ltd"); else the name right before the title, else the one the
 * body's signs name.
 */
function pageEmployer(text: string, opening: Block, page: FlatPageTitle, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const after = page.after;
  if (after) {
    const at = AT.test(after.text);
    // (Without a board's note after the name: "at Contoso (W22)", "Contoso 26 reviews".)
    // (Nor a board's chips after it, an emoji or a flag opening each: "Tailspin Toys 🇺🇸 US-only 💰".)
    const name = withoutPlace(atEmployer(beforeEmoji(after.text))).replace(NOTE_AFTER_NAME, '');
    if (nameLine(name) && !siteLine(name) && (at || repeatedAfter(text, name, after.end))) {
      const start = after.start + after.text.indexOf(name);
      header.company = { text: name, start, end: start + name.length };
      reasons.company = 'company/run-on-opening';
      return;
    }
  }
  const named = page.named && withoutPlace(page.named.text).replace(NOTE_AFTER_NAME, '');
  if (named && nameLine(named) && !siteLine(named)) {
    header.company = { text: named, start: page.named!.start, end: page.named!.start + named.length };
    reasons.company = 'company/run-on-opening';
    return;
  }
  if (!page.labelBefore) nameBefore(text, opening.start, page.title.start, header, reasons);
  if (!header.company) bodyEmployer(text, opening, page.title, header, reasons);
}

/**
 * The employer the body's signs name under a run-on title, read with a line after each label's colon, heading, button
 * and place run into its sentence ("... Apply About Contoso: At Contoso, we build ...", "... Job Description Contoso
 * is a leading ...", "... Apply for this job At Contoso we ..."): a copy of the same length, its spans the text's.
 */
function bodyEmployer(text: string, opening: Block, title: Span, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const broken = sentenceBreaks(text, title.end, title.end + INTRODUCTION_REACH, runInto);
  companyFromText(broken, { ...opening, start: title.start, end: title.end }, false, header, reasons);
}

/**
 * The employer's name right before a title found past a page's furniture, as a board prints the employer over the
 * title ("Northwind Robotics Robotics Software Engineer Boston, MA ... Northwind Robotics builds ..."): the most
 * capitalised words before `at` (back to `from`) that make a name the text repeats after it.
 */
function nameBefore(text: string, from: number, at: number, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const words = gluedWords(text.slice(Math.max(from, at - MAX_TITLE_LENGTH), at));
  const base = Math.max(from, at - MAX_TITLE_LENGTH);
  // The employer's rating between its name and the title ("Fabrikam Dental Group 4.3 ★ Dental Hygienist").
  while (words.length > 0 && RATING_MARK.test(words[words.length - 1][0])) words.pop();
  const nameEnd = words.length > 0 ? base + words[words.length - 1].index! + words[words.length - 1][0].length : at;
  for (let n = Math.min(MAX_NAME_WORDS, words.length); n >= 1; n--) {
    const first = words[words.length - n];
    if (!words.slice(-n).every((w) => /^\p{Lu}/u.test(w[0]))) continue;
    const start = base + first.index!;
    const name = text.slice(start, nameEnd).trim();
    // A name, not a menu's last word ("Sign In", "Deutsch"), repeated as a word of its own ("Deutschlandticket" is none).
    if (name.length < MIN_NAME_BEFORE || isLegalForm(name) || !nameLine(name) || siteLine(name) || name.split(' ').some(isSiteLine) || !repeatedAfter(text, name, at)) continue;
    header.company = { text: name, start, end: start + name.length };
    reasons.company = 'company/run-on-opening';
    return;
  }
}

const MIN_NAME_BEFORE = 3;

/** Whether `name` stands again after `at` as words of their own (or glued at a capital: "Woodgrove BankBranch"). */
function repeatedAfter(text: string, name: string, at: number): boolean {
  const edge = (outside: string | undefined, inside: string) =>
    outside === undefined || !/[\p{L}\d]/u.test(outside) || (/\p{Ll}/u.test(outside) !== /\p{Ll}/u.test(inside) && /\p{L}/u.test(inside));
  for (let i = text.indexOf(name, at); i !== -1; i = text.indexOf(name, i + 1)) {
    if (edge(text[i - 1], name[0]) && edge(text[i + name.length], name[name.length - 1])) return true;
  }
  return false;
}

/** How many words may stand between a title and its details (a qualifier, the employer's name). */
const DETAILS_REACH = 8;
const BRACKET_WORDS = 4;

/**
 * A title at `first.start` that ends as a job's does, that the body names as a job ("We are looking for a Senior
 * Accountant") and that the details follow within a few words (the place, pay or terms): whether one was found. Its
 * qualifier is left out, for where it ends no one can tell ("Barista - Casual Fabrikam Coffee Roasters Melbourne").
 */
function jobTitleAt(text: string, from: number, first: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): boolean {
  const line = text.slice(first.start, Math.min(first.end, first.start + MAX_TITLE_LENGTH + 80));
  const words = gluedWords(line);
  // The longest such title ("Senior Accountant", not "Senior"), in words and characters.
  let found = 0;
  let end = 0;
  for (let j = 1; j < Math.min(words.length, MAX_TITLE_WORDS + 1) && TITLE_WORD.test(words[j - 1][0]); j++) {
    const at = words[j - 1].index! + words[j - 1][0].replace(/,$/, '').length;
    const title = line.slice(0, at);
    if (!ROLE_NOUN_END.test(title) || NOT_A_ROLE.test(title) || JOINING_WORD.test(words[j - 1][0])) continue;
    if (restatedAsJob(text, title, first.start + at) && isTitleLine(title) && !isPlaceLine(title)) [found, end] = [j, at];
  }
  if (found === 0) return false;
  const wordEnd = (k: number) => words[k - 1].index! + words[k - 1][0].replace(/,$/, '').length;
  found = throughField(words, found, (k) => restatedAsJob(text, line.slice(0, wordEnd(k)), first.start + wordEnd(k)));
  end = wordEnd(found);
  // A qualifier in brackets right after it is the title's own: "(m/f/d)", "(Nights)", "(Go)".
  const close = words[found]?.[0].startsWith('(') ? words.slice(found, found + BRACKET_WORDS).findIndex((w) => w[0].endsWith(')')) : -1;
  if (close !== -1) {
    found += close + 1;
    end = words[found - 1].index! + words[found - 1][0].length;
  }
  for (let k = found; k < Math.min(words.length, found + DETAILS_REACH); k++) {
    if (!detailsAt(line, words, k)) continue;
    header.title = { text: line.slice(0, end), start: first.start, end: first.start + end };
    reasons.title = 'title/run-on-opening';
    if (!header.company) nameBefore(text, from, first.start, header, reasons);
    if (!header.company) companyFromText(text, { ...first, end: first.start + end }, false, header, reasons);
    return true;
  }
  return false;
}

/** The length of the site's menu that opens a run-on line (see interfaceLead), or 0. */
function menuLead(text: string, first: Block): number {
  const lower = lowerCased(text);
  return interfaceLead(text.slice(first.start, first.end), (from, to) => lower.includes(lower.slice(first.start + from, first.start + to), first.start + to));
}

/** How far into a run-on line the title is looked for after a page's banner and menu, in characters and in starts. */
const FURNITURE_REACH = 600;
const MAX_STARTS = 40;

/**
 * `runOnTitle` from `first.start`: whether it found the title. `restated`: only a title the text restates (past a
 * page's furniture, where a capitalised run of menu words may end as a title does), and no employer's name from the
 * text's signs in between.
 */
function runOnTitleAt(text: string, first: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>, restated: boolean): boolean {
  const line = text.slice(first.start, Math.min(first.end, first.start + MAX_TITLE_LENGTH + 80));
  const words = [...line.matchAll(/\S+/g)];
  const endOf = (k: number) => words[k - 1].index! + words[k - 1][0].replace(/,$/, '').length;
  // The words from the `from`th up to the `to`th, as a span of the text.
  const wordsSpan = (from: number, to: number): Span => {
    const start = first.start + (from === 0 ? 0 : words[from].index!);
    return { text: text.slice(start, first.start + endOf(to)), start, end: first.start + endOf(to) };
  };
  // The text after the opening's first letter, as far as a posting restates its title and employer.
  const lower = lowerCased(text);
  const inRest = (phrase: string) => {
    const at = lower.indexOf(phrase, first.start + 1);
    return at !== -1 && at + phrase.length <= first.start + RESTATED_REACH;
  };
  const restates = (j: number) => inRest(line.slice(0, endOf(j)).toLowerCase());
  // A title that goes on in brackets ("Police Officer (Lateral)") is restated by its core ("lateral police officers").
  const coreRestated = (j: number) => /\)$/.test(words[j - 1][0]) && inRest(line.slice(0, endOf(j)).split(TITLE_QUALIFIER)[0].toLowerCase());
  // The title's end, carried on through the field after its "of" as far as the text restates it.
  const setTitle = (to: number): number => {
    to = throughField(words, to, restates);
    header.title = wordsSpan(0, to);
    reasons.title = 'title/run-on-opening';
    return to;
  };
  const setCompany = (from: number, to: number) => {
    header.company = wordsSpan(from, to);
    reasons.company = 'company/run-on-opening';
  };
  // Word counts after which the opening ends as a title does.
  const ends: number[] = [];
  // No details after it ("Senior Application Security Engineer Eigen Labs Eigen Labs is ..."): the longest opening of
  // two words or more that ends as a title does and that the text restates, then the employer's name the text repeats.
  const lastRestated = (): boolean => {
    const titleEnd = [...ends].reverse().find((j) => j >= 2 && restates(j));
    if (titleEnd === undefined) return false;
    const end = setTitle(titleEnd);
    // After a comma the words are the title's own ("Senior Medical Director, Clinical UM Operations").
    if (header.company || words[end - 1][0].endsWith(',')) return true;
    // "Senior Data Analyst at Fabrikam Health (View all jobs) Chicago, IL": the name after "at".
    const nameFrom = /^(?:at|@)$/.test(words[end]?.[0] ?? '') ? end + 1 : end;
    for (let last = Math.min(nameFrom + MAX_NAME_WORDS, words.length); last > nameFrom; last--) {
      if (!words.slice(nameFrom, last).every((w) => CAPITALISED.test(w[0]))) continue;
      const name = wordsSpan(nameFrom, last);
      // A name the title goes on with ("Senior Chef" + "De Partie", restated whole) or that ends as a job does is no employer.
      if (!nameLine(name.text) || ROLE_NOUN_END.test(name.text) || restates(last) || !text.slice(name.end, first.start + RESTATED_REACH).includes(name.text)) continue;
      setCompany(nameFrom, last);
      placeAmongDetails(text, header.company!.end, header);
      return true;
    }
    return true;
  };

  for (let k = 1; k < Math.min(words.length, MAX_TITLE_WORDS + 1); k++) {
    if (!TITLE_WORD.test(words[k - 1][0])) break;
    // A title ends as a job's does and not with a place ("Headquartered in Denver, Colorado, ...").
    const opening = line.slice(0, endOf(k));
    // (Nor with a joining word: "Apply for" ends as "Director" does.)
    if (coreEndsAsRole(opening) && !NOT_A_ROLE.test(opening) && !JOINING_WORD.test(words[k - 1][0]) && isTitleLine(opening) && !isPlaceLine(words[k - 1][0].replace(/,$/, ''))) {
      ends.push(k);
      // And where it goes on through its field after "of" ("Head" of "Head of Data Platform Fabrikam 26 reviews ...").
      const through = throughField(words, k, restates);
      if (through > k) ends.push(through);
    }
    if (ends.length === 0 || !detailsAt(line, words, k)) continue;
    const endsHere = ends[ends.length - 1] === k;
    // The whole opening restated is the title ("Quality Improvement Manager"), whatever a shorter one ends with.
    // The employer's rating a board prints after its name ("Litware Logistics 4.1 ★") is no part of it.
    const nameEnd = k - 1 > 0 && RATING_WORD.test(words[k - 1][0]) ? k - 1 : k;
    const split = endsHere && restates(k) ? undefined : ends.find((j) => {
      if (j >= nameEnd || j < 2 || words[j - 1][0].endsWith(',') || !(restates(j) || coreRestated(j))) return false;
      const name = wordsSpan(j, nameEnd).text;
      return nameLine(name) && (nameEnd - j > 1 || inRest(name.toLowerCase()));
    });
    const titleEnd = split ?? (endsHere ? k : undefined);
    if (titleEnd === undefined || (restated && !restates(titleEnd))) continue;
    const end = setTitle(titleEnd);
    if (header.company) return true;
    if (split !== undefined && end < nameEnd) setCompany(end, nameEnd);
    else companyFromText(text, { ...first, end: first.start + endOf(titleEnd) }, false, header, reasons);
    return true;
  }
  if (restated) return lastRestated();
  const titleBefore = (at: number) =>
    at >= 1 && at <= MAX_TITLE_WORDS && words.slice(0, at).every((w) => TITLE_WORD.test(w[0])) && !words[at - 1][0].endsWith(',') && isTitleLine(line.slice(0, endOf(at)));
  // The employer's line run into a description that opens with its name ("Head of Alliances WalkMe WalkMe pioneered
  // ..."): the name said twice in a row ends the title.
  const twice = header.company ? null : nameSaidTwice(words);
  if (twice && titleBefore(twice.at)) {
    setTitle(twice.at);
    setCompany(twice.at, twice.at + twice.length);
    return true;
  }
  // No details after it, but the employer the text's own signs name stands right after a title's words ("Director,
  // Software Engineering FloQast The Director of Software Engineering at FloQast will ..."): the title ends there.
  const employer = header.company ? null : pickCompany(text, NO_META, null);
  const at = employer?.span && !isPlaceLine(employer.name) ? words.findIndex((w) => first.start + w.index! === employer.span!.start) : -1;
  if (titleBefore(at)) {
    setTitle(at);
    header.company = { text: employer!.name, start: employer!.span!.start, end: employer!.span!.end };
    reasons.company = 'company/run-on-opening';
    return true;
  }
  return lastRestated();
}

/** A name of one to four capitalised words said twice in a row after the first word ("WalkMe WalkMe"): where and how long. */
function nameSaidTwice(words: RegExpMatchArray[]): { at: number; length: number } | null {
  for (let at = 1; at <= MAX_TITLE_WORDS && at < words.length; at++) {
    for (let length = 1; length <= 4 && at + 2 * length <= words.length; length++) {
      const name = words.slice(at, at + length).map((w) => w[0]);
      if (!name.every((w) => /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(w)) || ROLE_NOUN_END.test(name[name.length - 1])) continue;
      if (name.every((w, i) => words[at + length + i][0] === w)) return { at, length };
    }
  }
  return null;
}

/** Whether the words from the `k`th on start the place, the way of working, the pay or the terms. */
function detailsAt(line: string, words: RegExpMatchArray[], k: number): boolean {
  if (DETAILS_WORD.test(line.slice(words[k].index!))) return true;
  // The place's own name first: a name closed by a state's code ("Health Partners Phoenix, AZ") is an address only whole.
  const placeWords = words.slice(k, k + PLACE_WORDS).map((w) => w[0]);
  return placeWords.some((_, n) => standsAsPlace(placeWords.slice(0, n + 1).join(' ').replace(/[,.]$/, '')));
}

/**
 * Whether words of a run-on line are a place whole, its name first: a run-on line gives no cue but the place's own
 * qualifier, so a town whose name is a word too starts nothing alone ("Street restaurant"), with its state or county it
 * does ("Phoenix, AZ"); and a name closed by a state's code is an address only whole ("Health Partners Phoenix, AZ").
 */
function standsAsPlace(place: string): boolean {
  const name = place.split(',')[0];
  return isPlaceLine(place) && isPlaceLine(name) && (name !== place || !needsPlaceCue(name));
}

// A forum post's tag before the job: "[Hiring]", "(HIRING)".
const POST_TAG = /^[[(](?:hiring|job|remote|paid)[\])]\s*/i;

/** `part` trimmed, without a post's tag before the job. */
function withoutTag(text: string, part: Span): Span {
  const raw = part.text;
  const lead = raw.length - raw.trimStart().length;
  const tag = POST_TAG.exec(raw.slice(lead))?.[0].length ?? 0;
  const start = part.start + lead + tag;
  const end = part.start + raw.trimEnd().length;
  return { text: text.slice(start, end), start, end };
}

/** One title holds the other, folded ("Business Intelligence Engineer" and "Business Intelligence Engineer V"). */
function sameTitle(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  return y.length > 0 && x.length > 0 && (x.includes(y) || y.includes(x));
}

// The separators a board prints between an employer's name and its place: a dash, or a comma after a registered
// name ("Contoso GmbH, Hamburg"; after any other words a comma as often ends a sentence's clause).
const NAME_PLACE = /\s[-–—]\s|,\s/g;

/** "Tailspin Couriers – Manchester", "Contoso GmbH, Hamburg": the name before the first separator (or glued junction) whose rest is a place. */
function withoutPlace(name: string): string {
  // A place is short: only the separators near the end are read (and each rest once).
  NAME_PLACE.lastIndex = Math.max(0, name.length - MAX_PLACE_LINE - 3);
  for (let m = NAME_PLACE.exec(name); m; m = NAME_PLACE.exec(name)) {
    if (m[0][0] === ',' && !LEGAL_NAME.test(name.slice(0, m.index)) && !isOrganisation(name.slice(0, m.index))) continue;
    if (isPlaceLine(name.slice(m.index + m[0].length))) return name.slice(0, m.index);
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
const YEARS_LINE = /^\d{1,2}(?: ?(?:-|–|to) ?\d{1,2})?\+? ?(?:years?|yrs?)\.?$/i;
const HEADER_LINES = 5;

/** The experience line among the few under the title, as a header field the experience rules read. */
function experienceUnderTitle(text: string, blocks: readonly Block[], header: Partial<Record<HeaderField, Span>>): void {
  if (header.experience) return;
  for (const b of blocks.slice(1, HEADER_LINES)) {
    const line = text.slice(b.start, b.end);
    if (YEARS_LINE.test(line)) {
      header.experience = { text: line, start: b.start, end: b.end };
      return;
    }
  }
}

function nameLine(name: string): boolean {
  return (
    NAME_LINE.test(name) &&
    // A public body's name runs longer: "Department for Energy Security and Net Zero".
    (name.split(' ').length <= MAX_NAME_WORDS || isOrganisation(name)) &&
    !NOT_A_NAME.test(name) &&
    !ABOUT_HEADING.test(name) &&
    !NOT_A_TITLE.test(name) &&
    lookupHeading(name) === null &&
    !isAddressOrLogo(name) &&
    !isPlaceLine(name) &&
    !DEPARTMENTS.has(wordKey(name.split(DEPARTMENT_TEAM)[0]))
  );
}

// "Engineering", "Engineering – Platform": a department (and its team) an ATS prints under the title.
const DEPARTMENTS: ReadonlySet<string> = new Set(Object.values(pageWords.departments).flat().map(wordKey));
const DEPARTMENT_TEAM = /\s[-–—]\s/;

/**
 * Whether the caller's text breaks the line between blocks `a` and `b` (the normaliser also splits one line into
 * blocks): a line break, or in HTML (escaped or not) a tag ("<br>", "</p><p>"); in plain text also one a board's
 * header glued together lost.
 */
function lineBreakBetween(mapped: MappedText, source: string, a: Block, b: Block, html: boolean): boolean {
  const [from, to] = [mapped.srcEnd[a.end - 1], mapped.srcStart[b.start]];
  const between = source.slice(from, to);
  return html ? HTML_BREAK.test(between) : between.includes('\n') || sourceHeaderBreaks(source).some((at) => at >= from && at <= to);
}

const sourceHeaderBreaks = forLastText(gluedHeader);


const HTML_BREAK = /[\n<]|&lt;/;

const PLACE_LINES = 3;

/**
 * A whole line among the few under the title that is a known place and nothing else ("Greater Boston Area",
 * "Brisbane QLD", "NYC (Hybrid)") is the location, as on a page; such a line is then no employer either.
 */
function placeLineUnderTitle(mapped: MappedText, source: string, blocks: readonly Block[], header: Partial<Record<HeaderField, Span>>, html: boolean): void {
  if (header.location) return;
  for (let i = 1; i <= PLACE_LINES && i < blocks.length; i++) {
    const b = blocks[i];
    const line = mapped.text.slice(b.start, b.end);
    const whole = lineBreakBetween(mapped, source, blocks[i - 1], b, html) && (i + 1 === blocks.length || lineBreakBetween(mapped, source, b, blocks[i + 1], html));
    if (whole && line.length <= MAX_PLACE_LINE && isPlaceLine(line)) {
      header.location = { text: line, start: b.start, end: b.end };
      return;
    }
  }
}

// A place after a title's colon is short: "Lexington KY", "Leeds, West Yorkshire".
const MAX_PLACE_LINE = 60;

/**
 * "Business Development Representative: Lexington KY": a first line that is a title and its place, which the line
 * structure splits at the colon as it splits "Location: Leeds". The blocks with the title alone first (no colon) and
 * the place left out; null for any other first line.
 */
function titleBeforeItsPlace(mapped: MappedText, source: string, blocks: readonly Block[], html: boolean): Block[] | null {
  const [first, second] = blocks;
  if (!first || !second || mapped.text[first.end - 1] !== ':') return null;
  const name = mapped.text.slice(first.start, first.end - 1).trim();
  const place = mapped.text.slice(second.start, second.end);
  if (lineBreakBetween(mapped, source, first, second, html) || place.length > MAX_PLACE_LINE) return null;
  if (labelField(name) !== undefined || !isTitleLine(name) || !isPlaceLine(place)) return null;
  return [{ ...first, end: first.start + name.length }, ...blocks.slice(2)];
}

// A job board's header copied without its line breaks: the title, the employer and the place glued together, the pay
// often glued on after ("Commis ChefWingtip Hospitality GroupVancouver, BC$20–$22 an hour", "Respiratory Therapist -
// PRNFabrikam Regional Medical CenterSavannah, GA 31404$38 - $44 an hour"). A capital glued to the title's end (a
// lower-case letter, a bracket or an acronym), a capitalised name glued to a place closed by a state's or province's
// code, or to "Remote" in the place's stead: bounded, and tried once, at the text's start.
const GLUED_HEADER =
  /^([^\n]{3,80}?(?:[a-z)]|\b[A-Z]{2,5}))([A-Z][a-z][^\n]{0,60}?[a-z.])([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, [A-Z]{2}\b(?: \d{5})?|Remote(?![a-z]))/;

/**
 * Where the title, employer, place and what follows of a glued header open their lines, when the text opens with all
 * three: the normaliser puts the breaks back, and the header reads them as the caller's own.
 */
export function gluedHeader(t: string): number[] {
  const m = GLUED_HEADER.exec(t);
  if (!m || !coreEndsAsRole(m[1]) || !(m[3] === 'Remote' || isPlaceLine(m[3]))) return [];
  const employer = m[1].length;
  const place = employer + m[2].length;
  const end = place + m[3].length;
  return /^[^\s,]/.test(t.slice(end, end + 1)) ? [employer, place, end] : [employer, place];
}
