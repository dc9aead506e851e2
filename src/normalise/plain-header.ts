/**
 * Plain text copied from a job board starts the way the board shows it: the
 * title on the first line, then the employer ("Acme Corp"), and often the
 * place ("Austin, TX 78701"). The employer is read from the lines under the
 * title by the same signs as on a whole page (the line under the title, a
 * name the body repeats or introduces, a registered name), so that its name
 * is no place and no skill.
 */
import { forLastText, lowerCased } from '../util/last-text';
import type { Block, HeaderField, SiteRange } from '../contract';
import type { MappedText } from './mapped-text';
import type { Span } from '../types/common';
import { bannerEmployer, isCareersBanner, isOrganisation, JURISDICTION_WORDS, LEGAL_NAME, legalName, organisationName, pickCompany, RATING_AFTER_NAME, STOPPED_FORMS, TEAM_NAME } from './page/company';
import { LEGAL_FORM } from '../extractors/company/legal-form';
import { careersHeadingName, foldText, isDocumentLine, isSiteLine, jobEndBeforeDashed } from './page/title';
import { lookupHeading } from '../sections/headings';
import { isPlaceLine, MAX_PLACE_LINE, needsPlaceCue } from '../extractors/location/place-line';
import { labelField, rowLabel, rowValueStart, trailingLabelStarts } from './field-labels';
import { isPayOnly } from './pay-only';
import { cardLists, copiedPageStart, noBodyBetween, isArrowTrail, isDetailsLine, isDetailsOnly, POSTED } from './copied-page';
import { CHIP_END, GENDER_MARK, isPayPart, isTermsList, PARTS, RATING_LINE, WORKPLACE_PART } from './line-parts';
import { isInterfaceLine, RATING_SOURCE } from './interface-lines';
import { postAuthorLines } from './post-author';
import { isForwardLine, OPPORTUNITY_WITH, SUBJECT } from './email-header';
import { STOP_ALIASES } from '../dictionaries/stop-words';
import { EXECUTIVE_HEAD, FIELD_WORDS, isDepartment, LEVEL_END, namesOneRole, namesRole, NOUN_FIRST, OF, PLURAL_END, ROLE_NOUN_END } from './role-words';
import { atEmployer, CAPITALISED, companyFromText, coreEndsAsRole, endsAsOneJob, isTitleLine, MAX_TITLE_LENGTH,
  menuLead, nameLine, NO_META, NOT_A_ROLE, NOT_A_ROLE_LINE, repeatedAfter, restatedAsJob, setParts, siteLine, TITLE_QUALIFIER, titleLineParts,
  withoutPlace, YEARS_LINE } from './header-lines';
import { bodyEmployer, runOnTitle } from './run-on-header';
import { MIN_PAGE, REACH as RUN_ON_REACH } from './flat-page';
import { announcesJob, isHiringBanner, oneOf, titleFromHiringSentence, wantedJob } from './hiring-title';
import { bulletinInvitation } from './bulletin-header';
import { lazy } from '../util/lazy';

// A label on a line of its own: a capitalised word or three and a colon ("Department:", "Req ID:").
const LABEL_LINE = /^\p{Lu}[\p{L}.]{0,20}(?: [\p{L}.]{1,20}){0,2}:$/u;

// A line that ends as a sentence does (not a legal form's full stop: "Contoso Inc.").
const SENTENCE_STOP = new RegExp(String.raw`(?<!\b(?:${STOPPED_FORMS}))[.!?]$`);

// A trail's line that goes on from the crumb over it: "› Occupational Therapist".
const TRAIL_GOES_ON = /^[›»>]/;

// A job's reference alone on a line over its title: "Job #24-7731", "Req ID: 4411", "Ref. No. HR-2025-14". Bounded: linear.
const REFERENCE_LINE = /^(?:job|req(?:uisition)?|ref(?:erence)?|posting|vacancy)\.? ?(?:#|no\.?|id:?|number:?) ?[\w-]{2,20}$/i;

/** Site words (breadcrumbs, a menu) read over before the header, at most. */
const MAX_SITE_LINES = 8;

// The place line's parts: "Austin, TX · 2 weeks ago", "San Francisco, CA / Remote".
const PLACE_PARTS = /\s[·•|/]\s/;

// A bar between a line's parts: "Contoso | Backend Engineer", a name and its second name.
const BAR = ' | ';

// "by Contoso": the employer's line under a title, as some boards print it.
const BY = /^by\s/i;

/** A page's section heading over its header, a few words ("Position Information"; not a field's label, "Location:"). */
const pageHeading = (line: string): boolean =>
  line.split(' ').length <= MAX_HEADING_WORDS && lookupHeading(line) !== null && labelField(line) === undefined;

// An emailed job alert's heading over its job, a site's name before it or the search after it: "Naukri Job Alert",
// "Job alert: 1 new job for "analyst" in Calgary", "Your job alert for 'planner'", and its count of jobs ("1 new job matches
// your preferences."). Bounded: linear.
const ALERT_LINE = /^(?:(?:[\p{L}\p{N}.'’-]+ ){0,2}jobs? alerts?(?:$|:| for )|\d{1,3} new jobs? )/iu;
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

/** The line without the emoji and spaces at its edges. */
function trimEmoji(line: string): string {
  const lead = EMOJI_LEAD.exec(line)?.[0].length ?? 0;
  return line.slice(lead, emojiTrimmedEnd(line, lead, line.length));
}

// The subject's label alone, its value on the next line as the normaliser sets a label's.
const SUBJECT_LABEL = /^subject[ \t]?:$/i;

/**
 * Whether `line` is a subject's label over a subject that offers a job with its employer ("Subject:" / "Confidential -
 * Controller opportunity with Harvest Moon Foods"): the subject is the header. (Another subject is a message's, whose
 * body names the job: "I'm working on a Business Analyst opening with ...".)
 */
function subjectOfferingJob(line: string, next: string): boolean {
  return SUBJECT_LABEL.test(line) && OPPORTUNITY_WITH.test(next.slice(SUBJECT.exec(next)?.[0].length ?? 0));
}

/**
 * The block without a title's label that opens it, even one that counts only opening a text ("Position: Accountant"
 * under a banner), or a message's subject label over a job offered with its employer ("Subject: Controller opportunity
 * with ...").
 */
function withoutTitleLabel(text: string, b: Block): Block {
  const line = text.slice(b.start, b.end);
  const subject = SUBJECT.exec(line);
  if (subject && subject[0].length < line.length && OPPORTUNITY_WITH.test(line.slice(subject[0].length))) return { ...b, start: b.start + subject[0].length };
  const row = rowLabel(line);
  return row?.valued && labelField(row.label, true) === 'title' ? { ...b, start: b.start + rowValueStart(line) } : b;
}

/** The block without the emoji and spaces at its edges. */
function withoutEmoji(text: string, b: Block): Block {
  const lead = EMOJI_LEAD.exec(text.slice(b.start, b.end))?.[0].length ?? 0;
  return { ...b, start: b.start + lead, end: emojiTrimmedEnd(text, b.start + lead, b.end) };
}

// A short label before a pay line a board prints over the title: "Estimated: $45,000 - $55,000 a year".
const PAY_LABEL = /^[\p{L} ]{1,24}:\s?/u;
const PAY_LABEL_LINE = /^[\p{L} ]{1,24}:$/u;

/** A line that is only pay, labelled or not: the board's estimate over the title, never the title. */
function payLine(line: string): boolean {
  const value = line.replace(PAY_LABEL, '');
  return isPayOnly(value) && !CAPITALISED.test(value);
}

// Text that marks no headings.
const NO_HEADINGS: ReadonlyMap<Block, number> = new Map();

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
 * A post's announcement line that names its employer and no job ("Litware Studios is hiring!" over "Position: QA
 * Tester"): read over as a banner, its name the employer where no row names one. Whether `line` was one.
 */
function bannerNamed(text: string, line: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): boolean {
  const name = bannerEmployer(text.slice(line.start, line.end));
  if (!name) return false;
  const span = { start: line.start + name.start, end: line.start + name.end };
  nameEmployer(text, span, text.slice(span.start, span.end), header, reasons, 'company/hiring-sentence');
  return true;
}

/** `name`, found in `line`, as the employer where no row names one, for `reason`. */
function nameEmployer(text: string, line: { start: number; end: number }, name: string, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>, reason: string): void {
  if (header.company) return;
  const start = line.start + text.slice(line.start, line.end).indexOf(name);
  header.company = { text: name, start, end: start + name.length };
  reasons.company = reason;
}

/** A careers site's heading (see careersHeadingName), read over: its name the employer where no row names one. Whether `line` was one. */
function careersNamed(text: string, line: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): boolean {
  const name = careersHeadingName(trimEmoji(text.slice(line.start, line.end)));
  // (A name may end as a plural job noun does: "Skagen Tankers".)
  if (!name || !nameLine(name) || (coreEndsAsRole(name) && !PLURAL_END.test(name))) return false;
  nameEmployer(text, line, name, header, reasons, 'company/careers-heading');
  return true;
}

/**
 * A department's or office's line: "Transportation Department", "Human Resources Office • Posting #LV-25-112", "Water
 * Policy Division – Catchment Partnerships Branch".
 */
const isUnit = (line: string): boolean => {
  const first = line.split(PARTS)[0].trim();
  // (Not a job's title with its unit after a dash: "Planner II - Coastal Field Office".)
  const head = first.split(TITLE_QUALIFIER)[0];
  if (head !== first && !isDepartment(head) && !UNIT_END.test(head) && coreEndsAsRole(head)) return false;
  return isDepartment(first) || TEAM_NAME.test(first) || UNIT_END.test(first);
};
const UNIT_END = / (?:Office|Division|Branch|Directorate|Unit|Section|Bureau)$/;

/**
 * An organisation's name over its department's line or a hiring banner (no job's line): read over, its name the
 * employer where no row names one. Whether `line` was one.
 */
function organisationHeading(text: string, line: Block, next: string, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): boolean {
  const value = text.slice(line.start, line.end).trim();
  if (!isOrganisation(value) || roleLine(value) || !(isUnit(next) || isHiringBanner(next))) return false;
  nameEmployer(text, line, organisationName(value), header, reasons, 'company/document-header');
  return true;
}

// A place's office, branch or campus under the title says where the job is, not who employs: "Chicago office", "Leeds
// branch". Bounded: linear.
const UNIT_OF_PLACE = /^(\S[^\n]{0,60}?) (?:office|branch|campus|site|location|hq|headquarters)$/i;
const isPlaceUnit = (line: string): boolean => {
  const m = UNIT_OF_PLACE.exec(line);
  return m !== null && isPlaceLine(m[1]);
};

/**
 * The header of plain text whose first line is a title: `header.title`, and
 * `header.company` where no labelled field names the employer, with their
 * reasons in `reasons`. The line right under the title is the employer when it
 * is shaped like a name and is no place, heading or term; otherwise the body's
 * own signs decide, as on a page. `headings`: the lines that Markdown marks as
 * headings, with their levels (a whole page's title is one of them). `site.ranges`
 * gets the site's own text of a page copied whole: its lines over the header and its lists of other jobs' cards.
 */
export function plainHeader(
  mapped: MappedText,
  source: string,
  lines: readonly Block[],
  header: Partial<Record<HeaderField, Span>>,
  reasons: Partial<Record<HeaderField, string>>,
  html = false,
  headings: ReadonlyMap<Block, number> = NO_HEADINGS,
  site: { ranges: SiteRange[] } = { ranges: [] },
): void {
  const { text } = mapped;
  if (!html) documentEmployer(text, lines, header, reasons);
  // A page copied whole opens with the site's breadcrumbs or menu ("Home", "Jobs"): the header starts after them.
  const lineAt = (i: number) => (i < lines.length ? trimEmoji(text.slice(lines[i].start, lines[i].end)) : '');
  // (A social post's author block over it: their name, headline and the post's age.)
  let skip = html ? 0 : postAuthorLines(lineAt, lines.length, isPlaceLine);
  let banner = false;
  let underOrganisation = false;
  while (skip < MAX_SITE_LINES && skip < lines.length) {
    const line = lineAt(skip);
    if (careersNamed(text, lines[skip], header, reasons)) {
      skip++;
      continue;
    }
    // A job bulletin's employer and its invitation over the title ("TARROW COUNTY, SOUTH CAROLINA" / "invites
    // applications for the position of:" / "Civil Engineer II"), or the two on one line.
    const invitation = bulletinInvitation(line);
    const overInvitation = !invitation && skip + 2 < lines.length && bulletinInvitation(lineAt(skip + 1))?.employer === '' && isOrganisation(line);
    if ((invitation && skip + 1 < lines.length) || overInvitation) {
      const name = overInvitation ? line : invitation!.employer;
      if (isOrganisation(name)) nameEmployer(text, lines[skip], organisationName(name), header, reasons, 'company/bulletin');
      skip += overInvitation ? 2 : 1;
      continue;
    }
    // An organisation's heading over a banner or its department's line, not over the job's ("BLACKLAND PRAIRIE ISD" /
    // "Transportation Department" / "NOW HIRING: SCHOOL BUS DRIVERS"): the employer, and the department its own.
    if ((underOrganisation && isUnit(line)) || (skip + 2 < lines.length && organisationHeading(text, lines[skip], lineAt(skip + 1), header, reasons))) {
      underOrganisation = true;
      skip++;
      continue;
    }
    // The employer's name over the job's line and its details, named again below: an ATS's page copied ("Obsidian Owl
    // Software" / "Technical Writer" / "Remote · United States · Part time"; "Gridwise Energy" / "Software Engineering
    // Intern" / "Location").
    if (skip + 3 < lines.length && employerOverTitle(text, lineAt, skip, lines[skip + 2].end)) {
      nameEmployer(text, lines[skip], line.replace(RATING_AFTER_NAME, ''), header, reasons, 'company/line-over-title');
      skip++;
      continue;
    }
    // The site's banner over its breadcrumb trail or bar of links, or a board's address over the header: the site's
    // line, its name the employer where the body names it again ("PRAIRIE GLEN OUTFITTERS" / "Careers | Store Locator |
    // Shop" / "Store Manager"; "Cinderford Staffing" / "Jobs > Nursing > ICU"; "CinderJobs.ie" / "Barista").
    if (skip + 2 < lines.length && siteBanner(line, lineAt(skip + 1))) {
      // (Not a crumb over the trail's last: "Adult Social Care" / "› Occupational Therapist", the lines before it the
      // site's.)
      if (!TRAIL_GOES_ON.test(lineAt(skip + 1))) bannerNamedAgain(text, lines[skip], line, lines[skip + 1].end, header, reasons);
      skip++;
      continue;
    }
    banner ||= isHiringBanner(line);
    // A post's announcement naming its employer: "Litware Studios is hiring!", "We're hiring at Litware!".
    if (bannerNamed(text, lines[skip], header, reasons)) {
      skip++;
      continue;
    }
    // (A place over more lines is no title: a search box's value, "Western Cape" over "Junior Developer".)
    if (siteLine(line) || isCareersBanner(line) || REFERENCE_LINE.test(line) || isForwardLine(line) || subjectOfferingJob(line, lineAt(skip + 1)) || payLine(line) || isHiringBanner(line) || ALERT_LINE.test(line) || pageHeading(line) || (skip + 1 < lines.length && isPlaceLine(line) && !namesRole(line)) || logoOver(line, lineAt(skip + 1), lineAt(skip + 2), lineAt(skip + 3))) skip++;
    // The label on a line of its own over the pay ("Estimated:" / "$45,000 - $55,000 a year").
    else if (PAY_LABEL_LINE.test(line) && payLine(lineAt(skip + 1))) skip += 2;
    // The site's name over the heading of its job box, the job's line under it ("Public Sector Recruitment Portal" /
    // "Vacancy details" / "Civil Engineer / Ministry of Works").
    else if (siteNameOverHeading(line, lineAt(skip + 1), lineAt(skip + 2))) skip += 2;
    else {
      // A details box printed first, its rows however many: "Location" / "Austin, TX", "Employment Type" / "Full time".
      const rows = detailRows(lineAt, skip, lines.length);
      if (rows === 0) break;
      skip += rows;
    }
  }
  // A post's banner over the sentence that names its job ("I'm hiring! 🎉" / "My team is looking for a Senior Data
  // Scientist ..."): the hiring sentence names the title, no line further down.
  if (banner && !html && skip < lines.length && titleFromHiringSentence(text.slice(lines[skip].start, lines[skip].end)) !== null) return;
  if (!html) {
    skip += menuRun(text, lines, skip);
    // A page copied whole, its menus longer than the lines read over above.
    const breakAt = (k: number) => k <= 0 || k >= lines.length || lineBreakBetween(mapped, source, lines[k - 1], lines[k], false);
    const top = { line: -1 };
    const start = copiedPageStart(text, lines, skip, roleLine, (k) => breakAt(k) && breakAt(k + 1), headings, top);
    // (A title row over it names the title: a document's details, "Job Title Senior Accountant" over "Reports To Financial
    // Controller", are no menus.)
    if (start > skip && !(header.title && header.title.end <= lines[start].start)) {
      // (The line over it is the employer's where the posting names it again, not a menu's last link: "Book a demo".)
      skip = employerOver(lineAt, start) && repeatedAfter(text, lineAt(start - 1), lines[start].end) ? start - 1 : start;
      // (Not where the lines over it hold a body's sentences: a title found in a message's signature is no header.)
      const headerLine = top.line === -1 ? skip : Math.min(skip, top.line);
      if (noBodyBetween(text, lines, 0, headerLine)) site.ranges.push({ start: 0, end: lines[headerLine].start, kind: 'top' });
      // A row among the menus over it ("Locations" over "Emerging Talent") is the site's; the document's employer over
      // its heading is still the employer.
      for (const field of Object.keys(header) as HeaderField[]) {
        if (header[field]!.end <= lines[skip].start && reasons[field] !== 'company/document-header') {
          delete header[field];
          delete reasons[field];
        }
      }
    }
    // Lists of other jobs' cards from the header on (similar jobs, other openings) state none of the posting's terms.
    for (const cards of cardLists(text, lines, skip, roleLine)) site.ranges.push({ ...cards, kind: 'cards' });
  }
  const read = withoutRating(text, titleBeforeItsPlace(mapped, source, lines.slice(skip), html) ?? lines.slice(skip));
  // (A site's bar of links under the employer's banner is no line of the header: "Stillwater Behavioral Hospital" /
  // "Careers Home | Search Jobs | Join Our Talent Community" / "Behavioral Health Technician - PRN".)
  // (A board's name as its address over the bar is the site's too: "IrishJobs.ie" / "Find Jobs | Recruiters | ...".)
  // (A bar of links, not a word alone: an employer's name may be a site's word, "EMPLOYERS".)
  const menuBar = (b: Block) => isLinkBar(text.slice(b.start, b.end));
  const underBar = !html && read.length > 2 && menuBar(read[1]) && !menuBar(read[0]);
  const blocks = underBar ? (SITE_ADDRESS.test(text.slice(read[0].start, read[0].end).trim()) ? read.slice(2) : [read[0], ...read.slice(2)]) : read;
  const [first, second, third] = blocks;
  // One line of parts and nothing more (a post's "[Hiring] Python developer - $50/hr - Remote"): the job's part, when
  // it ends as a job's title does (a pay string alone, "17000 - 25000/annum 17k OTE", has no title).
  if (first && !second && !html && !header.title) {
    const parts = titleLineParts(text, first);
    // (A post that announces its job in a sentence: the hiring sentence names it.)
    if (!parts?.company && announcesJob(text.slice(first.start, first.end))) return;
    // (A whole page on one line is read as one first, its first part as often the site's menu run into the title:
    // "Find Jobs Sign In Sign Up Truck Driver - Home Weekly Contoso Freight Omaha, NE ...".)
    const core = parts?.core;
    const page = first.end - first.start >= MIN_PAGE;
    if (page) runOnTitle(text, first, header, reasons);
    if (!header.title && core && ROLE_NOUN_END.test(core.text) && isTitleLine(core.text)) {
      header.title = core;
      reasons.title = 'title/first-line-part';
    } else if (!header.title && !page) runOnTitle(text, first, header, reasons);
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
  if (titled && (header.company || !sameTitle(text.slice(first.start, first.end), titled.text))) {
    // (The body's own signs still name the employer no row names: "The City of Liberal is an Equal Opportunity
    // Employer" under a notice's "Position:" row.)
    if (!header.company && !html) companyFromText(text, { ...first, start: titled.start, end: titled.end }, true, header, reasons);
    return;
  }
  // A line of its own in the caller's text: the normaliser also breaks one long line (a sentence split at an inline
  // "Job type: Full-time", a feed description's run of sentences) into blocks, and those hold no title line.
  const endsLine = (b: Block, next: Block | undefined) => !next || lineBreakBetween(mapped, source, b, next, html);
  // Scraped text that lost its line breaks: the title, then the labelled fields ("Senior Accountant Company: Acme ...").
  // (A page's run of menus and header before its first label, "... Job Search Payroll Manager Location: Remote", is longer.)
  // (Any label the normaliser opened a line with: "Department:", "Type:".)
  const secondLine = text.slice(second.start, second.end);
  const labelNext = (labelField(secondLine) !== undefined || LABEL_LINE.test(secondLine)) && first.end - first.start <= MAX_TITLE_LENGTH;
  // The whole line the first block opens: the normaliser opens a line at each label of a run of them ("... Lecturer in
  // Law Contoso University Location: Leeds Salary: ..."), and the title's details may stand past the first.
  // (A page's line only: a title line the normaliser broke at its parts, "Chef de Partie  Contoso Hall", is read alone.)
  const runOn = (): Block => {
    let k = 1;
    while (k < blocks.length && !endsLine(blocks[k - 1], blocks[k]) && blocks[k].end - first.start <= RUN_ON_REACH) k++;
    return blocks[k - 1].end - first.start < MIN_PAGE ? first : { ...first, end: blocks[k - 1].end };
  };
  if (!endsLine(first, second) && !labelNext) {
    const label = titled ? -1 : labelAfterTitle(text.slice(first.start, first.end));
    if (label > 0) {
      header.title = { text: text.slice(first.start, first.start + label), start: first.start, end: first.start + label };
      reasons.title = 'title/first-line';
    } else if (!titled) runOnTitle(text, runOn(), header, reasons);
    return;
  }
  // "About the job Senior Analyst Location: ...": a board's heading that lost its line break opens the title line; and
  // "Careers Open roles Sous Chef Department: Kitchen ...": the site's menu does.
  const lead = endsLine(first, second) ? 0 : headingLead(text.slice(first.start, first.end)) || menuLead(text, first);
  const top = withoutTitleLabel(text, withoutEmoji(text, lead > 0 ? { ...first, start: first.start + lead } : first));
  const title = text.slice(top.start, top.end);
  // A recruiter's subject line: "Controller opportunity with Harvest Moon Foods (Lancaster, PA)".
  const offered = titled ? null : OPPORTUNITY_WITH.exec(title);
  if (offered && isTitleLine(offered[1])) {
    header.title = { text: offered[1], start: top.start, end: top.start + offered[1].length };
    reasons.title = 'title/first-line';
    nameEmployer(text, { ...top, start: top.start + offered[1].length }, offered[2], header, reasons, 'company/first-line-part');
    return;
  }
  const below = text.slice(second.start, second.end);
  // Some boards print the employer first: a registered name ("Contoso Ltd", "Northwind Inc.") over the title, or any
  // name over a line that ends as a job's title does, with the place under it (a LinkedIn page copied whole:
  // "Contoso" / "Senior Data Engineer" / "Austin, TX · 2 weeks ago · Over 100 applicants").
  // Or the way of working in the place's stead ("Contoso" / "Data Analyst" / "Remote", a board's copy).
  const thirdLine = third === undefined ? '' : text.slice(third.start, third.end);
  const placeThird = third !== undefined && (isPlaceLine(thirdLine.split(PLACE_PARTS)[0]) || WORKPLACE_LINE.test(thirdLine));
  // A name may end as a plural job noun does ("Northwind Traders" over "Senior Product Manager"): a title over its
  // employer is one job. (Its qualifier may be plural: "Sales Representative – Industrial Consumables".)
  // (A name that opens with its article is a business's, whatever its last word: "The Copper Kettle Diner".)
  // (A careers site's banner names its employer: "Northlight Ledger - Careers".)
  const bannerName = careersHeadingName(title.trim());
  const careersBanner = bannerName !== null;
  const nameShaped =
    careersBanner ||
    !coreEndsAsRole(title.trim()) || THE_NAME.test(title.trim()) || (PLURAL_END.test(title.trim().split(TITLE_QUALIFIER)[0]) && !PLURAL_END.test(below.trim()));
  // Which of two lines is the job, the body says: it names the job with an article ("We are looking for a Senior
  // Accountant", "The Marketing Coordinator supports ...") and the employer by its name ("Tailspin Solar installs ...").
  const bodyFrom = (third ?? second).end;
  const bodyNamesJob = (line: string) => restatedAsJob(text, line.trim(), bodyFrom);
  // (An executive's title, its field after its head, is a job's too: "Head of Partnerships".)
  // (A department is no job, whatever its last word: "Transportation Department".)
  const jobShaped = (line: string) => !isDepartment(line.trim()) && !TEAM_NAME.test(line.trim()) && (coreEndsAsRole(line.trim()) || roleLine(line.trim()));
  const jobBelow = jobShaped(below) && bodyNamesJob(below) && !bodyNamesJob(title) && text.includes(title.trim(), bodyFrom);
  // A name the body's own signs give as the employer, the line under it read as the title, in capitals or not
  // ("LAKESHORE CLAIMS TECHNOLOGY" over "SENIOR PRODUCT MANAGER - CLAIMS", "Lakeshore Claims Technology builds ...").
  // (A board's rating after the name is none of it: "Contoso 3.9 ★" over "Data Analyst".)
  // (Nor is its careers site's word.)
  const overName = bannerName ?? title.replace(RATING_AFTER_NAME, '');
  const bodyNamesEmployer = () => nameShaped && foldText(pickCompany(text, NO_META, second)?.name ?? '') === foldText(overName);
  // (Not a place: a search box's value over the title, "Western Cape"; nor a place under the line: "Senior Java
  // Developer Infosys Limited" over "Bengaluru" is a title run into its employer's name. Nor the board's date of the
  // posting, "Posted 5 days ago", or its trail, "Startseite › Jobs in Hamburg › Sachbearbeiter (m/w/d)".)
  // (A public body's or a trust's name over a job's line is the employer's, its second name after a bar aside: "Ruahine
  // Regional Council | Te Kaunihera ā-Rohe o Ruahine" / "Senior Policy Advisor – Freshwater".)
  const ownName = overName.trim().split(BAR)[0];
  // (A name in capitals over one job's line that is not, no part or bar in either: "GRAND RIVER METRO POLICE DEPARTMENT" /
  // "Police Records Clerk"; not a slogan, "DRIVE FOR LONE STAR LANES".)
  const shoutedOver = () =>
    SHOUTED.test(title.trim()) && !SLOGAN.test(title) && !jobShaped(title) && !SHOUTED.test(below.trim()) && endsAsOneJob(below.trim()) && !PARTED.test(title) && !PARTED.test(below);
  const organisation = isOrganisation(ownName);
  const employerFirst = () =>
    (LEGAL_NAME.test(title.trim()) || (jobShaped(below) && (careersBanner || (placeThird && nameShaped) || shoutedOver() || organisation || jobBelow || bodyNamesEmployer()))) &&
    !isPlaceLine(title) &&
    !isPlaceLine(below.trim()) &&
    !isPostedLine(title.trim()) &&
    !isArrowTrail(title.trim());
  // A section heading over the title ("Position Information") is the page's, no employer.
  if (!titled && !header.company && isTitleLine(below) && lookupHeading(title.trim()) === null && endsLine(second, third) && employerFirst()) {
    const name = organisation ? organisationName(ownName) : overName;
    header.company = { text: name, start: top.start, end: top.start + name.length };
    reasons.company = 'company/line-over-title';
    header.title = { text: below, start: second.start, end: second.end };
    reasons.title = 'title/under-employer';
    experienceUnderTitle(text, blocks.slice(1), header);
    placeLineUnderTitle(mapped, source, blocks.slice(1), header, html);
    return;
  }
  // A board's line of details opening the text ("Fort Collins, CO · Hybrid · Full-time", "Remote (US) · Temporary ·
  // $25/hr"), where the caller gave the title apart or the text has none, is no title; the employer is still read.
  const detailsFirst = !titled && isDetailsOnly(title.trim());
  const parts = titled || detailsFirst ? null : titleLineParts(text, top);
  // A forum post's line of parts may run long ("Contoso | Senior Engineer | Remote (US) | Full-time | $160k | <link>"),
  // and a board's pay part may shout ("CDL A Driver - Earn $1,800/week!"): the job's part is what must be a title.
  const partsTitle = parts && (parts.company ? parts.title.text : parts.core?.text);
  if (!isTitleLine(title) && !(partsTitle && isTitleLine(partsTitle) && (parts!.company || ROLE_NOUN_END.test(partsTitle)))) {
    // (A page's menus, its title and its labelled details on one line: "Jobs Sign in Lecturer in Law Contoso University
    // Location: Leeds ..."; or a posting's title, employer, place and pay run on up to a label the normaliser opened a
    // line with: "Customer Support Associate Wingtip Outsourcing Makati City PHP 20,000 a month Full-time. Requirements: ...".)
    if (!titled && (lead > 0 || !endsLine(first, second))) runOnTitle(text, runOn(), header, reasons);
    return;
  }
  // A post's first line that announces its job in a sentence ("We are hiring a Finance Business Partner 💼", "[Hiring]
  // Senior React Developer | $60/hr | Remote") is no title line: the hiring sentence names the job.
  if (!titled && !parts?.company && announcesJob(title)) return;
  if (parts) {
    setParts(parts, wantedIn(parts.title, header), header, reasons);
    experienceUnderTitle(text, blocks, header);
  } else if (!titled) {
    // A title line that goes on to its place and pay, or its employer's registered name, with no bars between
    // ("Electrician Tampa, FL $30-$38/hour", "Senior Java Developer Infosys Limited Bengaluru") is read as a run-on
    // line is: the title is the words before them.
    const named = registeredNameEnding(title);
    if (named) {
      const name = title.slice(named.nameStart).trimEnd();
      const nameStart = top.start + named.nameStart;
      header.company = { text: name, start: nameStart, end: nameStart + name.length };
      reasons.company = 'company/registered-name-after-title';
      header.title = { text: title.slice(0, named.titleEnd), start: top.start, end: top.start + named.titleEnd };
      reasons.title = 'title/first-line';
    } else if (isPayPart(title) || LEGAL_FORM_INSIDE.test(title)) runOnTitle(text, top, header, reasons);
    if (!header.title && !detailsFirst) {
      const end = jobEndBeforeDashed(text, top);
      header.title = wantedIn({ text: text.slice(top.start, end), start: top.start, end }, header);
      reasons.title = 'title/first-line';
    }
    experienceUnderTitle(text, blocks, header);
  }
  placeLineUnderTitle(mapped, source, blocks, header, html);
  if (header.company) return;
  // The employer's line is a whole line too: not the start of a run the normaliser broke up ("Dentist  Our client is").
  // (A line of the terms or the pay may stand between: "Sales Associate" / "Part-time" / "Fabrikam Outlet · Orlando, FL".)
  // (Not a sentence under them: "Java Developer" / "3 - 6 years" / "Build services.")
  const termsFirst =
    third !== undefined &&
    !YEARS_LINE.test(below.trim()) &&
    (isTermsList(below.trim()) || payLine(below.trim()) || WORKPLACE_LINE.test(below.trim())) &&
    endsLine(second, third) &&
    // (Nor a details list's item: "$140k – $180k" over "• LocationSan Francisco • Remote".)
    third.kind !== 'list_item' &&
    !SENTENCE_STOP.test(text.slice(third.start, third.end).trim());
  const [nameBlock, nameText] = termsFirst ? [third, text.slice(third.start, third.end)] : [second, below];
  const next = termsFirst ? blocks[3] : third;
  // (A chip of the terms glued to the next line's words opened that line, as on the board: "Acme · Denver, CO · 45
  // applicantsOn-siteFull-timeAbout the job".)
  const lineEnds = endsLine(nameBlock, next) || (next !== undefined && text.slice(nameBlock.end, next.start).includes('\n') && CHIP_END.test(text.slice(nameBlock.start, nameBlock.end)));
  const named = withoutPlace(atEmployer(nameText.split(PARTS)[0].trim().replace(BY, ''))).replace(RATING_AFTER_NAME, '');
  // (A registered name without the link glued after it: "Northwind Polska Sp. z o.o.O firmie".)
  const full = legalName(named) ?? named;
  const name = nameLine(full) ? withoutSite(text, full, nameBlock.end) : full;
  // A name the body never repeats yields to the employer its own signs name ("About Tailspin Toys", "Tailspin Toys is
  // an equal opportunity employer" under "Product Management | Seattle, WA", a team as an ATS prints it).
  // (The body's signs are read once, for both.)
  let signs: ReturnType<typeof pickCompany> | undefined;
  const bodyCompany = () => (signs === undefined ? (signs = pickCompany(text, NO_META, top)) : signs);
  // (Nor a details row's label under a title that is a row's value: "Stilling" / "Lagermedarbejder" / "Arbejdssted" /
  // "Centrallager, Kolding".)
  if (lineEnds && nameLine(name) && !isPlaceUnit(name) && labelField(name) === undefined && (text.includes(name, nameBlock.end) || !namesOther(bodyCompany(), name))) {
    const start = nameBlock.start + nameText.indexOf(name);
    header.company = { text: name, start, end: start + name.length };
    reasons.company = 'company/line-under-title';
    return;
  }
  if (titled) return;
  // (A title line run on into labelled details and the body, whose headings run into its sentences: "... Who We Are
  // Contoso Roofing is a family-owned ...".)
  if (!endsLine(first, second) && header.title) bodyEmployer(text, top, header.title, header, reasons);
  else companyFromText(text, top, lineEnds, header, reasons, bodyCompany());
}

/**
 * A first line that is the site's name over its job box's heading ("Job details", "Vacancy details", a page's section
 * heading or site words): the line under the heading may be a title and is no labelled row, and the line over it names
 * no job ("Payroll Specialist" / "Job details" / "Location: Leeds" keeps its title).
 */
function siteNameOverHeading(line: string, heading: string, under: string): boolean {
  if (under === '' || !(isSiteLine(heading) || pageHeading(heading)) || isSiteLine(line) || lookupHeading(line) !== null) return false;
  return isTitleLine(under) && labelField(under) === undefined && !LABEL_LINE.test(under) && !coreEndsAsRole(line) && !roleLine(line) && !namesRole(line);
}

/**
 * Where a title line that ends with its employer's registered name splits ("Senior Java Developer Infosys Limited":
 * the title ends as a job's does, the rest is a registered name), or null.
 */
function registeredNameEnding(line: string): { titleEnd: number; nameStart: number } | null {
  const trimmed = line.trimEnd();
  // (The shortest name: "Senior" ends as a level does, and "Java Developer Infosys Limited" is a name's shape too.)
  for (let at = trimmed.lastIndexOf(' '); at > 0; at = trimmed.lastIndexOf(' ', at - 1)) {
    const head = trimmed.slice(0, at);
    if (ROLE_NOUN_END.test(head) && isTitleLine(head) && LEGAL_NAME.test(trimmed.slice(at + 1))) return { titleEnd: at, nameStart: at + 1 };
  }
  return null;
}

// A registered name's legal form after a title's first words ("... Developer Infosys Limited Bengaluru").
const LEGAL_FORM_INSIDE = new RegExp(String.raw`\s\p{Lu}[\p{L}&'.-]*,? ${LEGAL_FORM}(?![\p{L}\d-])`, 'u');

/**
 * Where the title ends in a run-on line of a title and the first field's label ("Delivery Driver Location:", as a
 * one-line posting reads "Delivery Driver Location: Columbus, OH ..."), or -1: the words before the label end as a
 * job's title does, and the whole is no label itself ("Primary Work Location:").
 */
function labelAfterTitle(line: string): number {
  if (!line.endsWith(':') || line.length > MAX_TITLE_LENGTH || labelField(line) !== undefined) return -1;
  for (const at of trailingLabelStarts(line)) {
    const title = line.slice(0, at).trimEnd();
    if (ROLE_NOUN_END.test(title) && isTitleLine(title)) return title.length;
  }
  return -1;
}

/**
 * A classified's title line without the word that wants its job ("Experienced Line Cook Wanted - Fabrikam Grill": "Line
 * Cook"); the town it names after that word ("Line Cook Wanted (Austin)", "Nanny wanted in Bondi") is the workplace.
 * A post's part that hires its job in a sentence, its job alone ("We are hiring a Warehouse Supervisor" of "... at
 * Northwind Freight").
 */
function wantedIn(line: Span, header: Partial<Record<HeaderField, Span>>): Span {
  const wanted = wantedJob(line.text);
  if (!wanted) {
    const hired = announcesJob(line.text) ? titleFromHiringSentence(line.text) : null;
    const job = hired ? oneOf(line.text.slice(hired.start, hired.end)) : '';
    return hired ? { text: job, start: line.start + hired.start, end: line.start + hired.start + job.length } : line;
  }
  const town = WANTED_IN.exec(line.text.slice(wanted.after));
  const name = town?.[1] ?? town?.[2];
  if (name && !header.location && isPlaceLine(name)) {
    const start = line.start + wanted.after + town!.index + town![0].indexOf(name);
    header.location = { text: name, start, end: start + name.length };
  }
  return { text: line.text.slice(wanted.start, wanted.end), start: line.start + wanted.start, end: line.start + wanted.end };
}

// The town after a classified's wanting word: "(Austin)", "in Bondi". Bounded: linear.
const WANTED_IN = /^ ?(?:\(([^()]{2,40})\)|in ([^,()–—-]{2,40}?))(?= [-–—(]|[,.!]|$)/;

// A title alone, its town last ("Barista Reading", "Chef Job Bath"): a few capitalised words, the job's noun (and
// "Job") before a town whose name is also a word, which the run-on reader passes over for want of a cue. The title's
// end is that cue.
const TOWN_LAST = lazy(() => /^((?:(?:\p{Lu}[\p{L}'’-]*|of|and|&|[-–]) ){1,6}?)(?:[Jj]obs? )?(\p{Lu}\p{Ll}+)$/u);

function titleBeforeTown(line: string): boolean {
  const m = TOWN_LAST().exec(line);
  return m !== null && isTitleLine(line) && ROLE_NOUN_END.test(m[1].trimEnd()) && needsPlaceCue(m[2]);
}

// A government's heading over its department's name: "STATE OF KANSAS", "County of Marin", "Commonwealth of Virginia".
const JURISDICTION = new RegExp(String.raw`^(?:${JURISDICTION_WORDS.join('|')}) of [\p{L} .'-]{2,30}$`, 'iu');

// The lines a document's own heading may take ("JOB DESCRIPTION AND" / "PERSON SPECIFICATION", a known heading split off).
const DOCUMENT_HEADING_LINES = 2;
// A heading line is short: a sentence under "Job Description" is the posting's text.
const MAX_HEADING_LINE = 40;

/**
 * A job description exported from a PDF or Word file opens with its employer's name and its own heading, in either
 * order, over its rows ("Fabrikam Pharma India" / "JOB DESCRIPTION" / "Job Title: Quality Analyst"), or with its name
 * over its number ("Employment Opportunity – Posting #25-09"), or a public body's name under its government's ("STATE OF
 * KANSAS" / "KANSAS DEPARTMENT OF REVENUE" / "Job Posting: Auditor"): the name is the employer.
 */
function documentEmployer(text: string, lines: readonly Block[], header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  if (header.company) return;
  const line = (k: number) => (k < lines.length ? text.slice(lines[k].start, lines[k].end).trim() : '');
  // The name over the heading's lines, or under one heading line, then the first row; or an organisation's name over
  // the document's own line ("CENTRAL COAST EMERGENCY COMMUNICATIONS DISTRICT" / "Job Announcement").
  let k = isOrganisation(line(0)) && isDocumentLine(line(1)) ? 0 : -1;
  for (let rows = 2; rows <= DOCUMENT_HEADING_LINES + 1 && k === -1; rows++) {
    if (!rowLabel(line(rows))) continue;
    const heading = Array.from({ length: rows - 1 }, (_, h) => h + 1);
    if (heading.every((h) => line(h).length <= MAX_HEADING_LINE || isDocumentLine(line(h))) && heading.some((h) => isSiteLine(line(h)) || isDocumentLine(line(h)))) k = 0;
    else if (rows === 2 && isSiteLine(line(0))) k = 1;
    // (A public body's name over its rows, under its government's: "STATE OF KANSAS" / "KANSAS DEPARTMENT OF ...".)
    else if (rows === 2 && isOrganisation(line(1)) && JURISDICTION.test(line(0))) k = 1;
  }
  if (k === -1) return;
  // (A registered name under the first line is the employer, the first line the job's: "Millwright" / "Escarpment Steel
  // Fabricators Inc." / "Job details" / "Location: Hamilton, ON".)
  if (k === 0 && LEGAL_NAME.test(organisationName(line(1))) && !LEGAL_NAME.test(organisationName(line(0)))) k = 1;
  // (An organisation by its shape, or a name the document repeats, in its footers or body: a title line is neither.)
  // (Its town after a comma is a place: "Slieve Bloom Community Hospital, Tullamore".)
  const name = organisationName(line(k));
  if (!nameLine(name) || coreEndsAsRole(name)) return;
  if (!LEGAL_NAME.test(name) && !isOrganisation(name) && !lowerCased(text).includes(name.toLowerCase(), lines[k].end)) return;
  const start = lines[k].start + text.slice(lines[k].start, lines[k].end).indexOf(name);
  header.company = { text: name, start, end: start + name.length };
  reasons.company = 'company/document-header';
}

// Two strong signs at least ("About X" and "X is an equal opportunity employer"): one introduction may name a client.
const OTHER_EMPLOYER_WEIGHT = 4;

/** Whether the body's own signs (`company`, see pickCompany) name an employer other than `name` (not a part of it, nor it a part of theirs). */
function namesOther(company: ReturnType<typeof pickCompany>, name: string): boolean {
  if (!company?.span || company.reason === 'company/line-under-title' || company.weight < OTHER_EMPLOYER_WEIGHT) return false;
  const [a, b] = [foldText(company.name), foldText(name)];
  return !a.includes(b) && !b.includes(a);
}

// A line that is only the way of working, a place's scope with it: "Remote", "Remote (US)", "Hybrid".
const WORKPLACE_LINE = /^(?:fully\s)?(?:remote|hybrid|on[\s-]?site)(?:\s?\([^()\n]{1,30}\))?$/i;

/** The longest line of a board's date of posting alone ("Posted 5 days ago", "Job ID: 2482000"). */
const MAX_POSTED_LINE = 40;
/** A line that is the board's date of posting alone (POSTED is unanchored: a whole page on one line opens with it too). */
const isPostedLine = (line: string): boolean => line.length <= MAX_POSTED_LINE && POSTED.test(line);
// A line in capitals, two words or more with no small letter; a slogan's words; a line of parts or in brackets.
const SHOUTED = /^(?=[^\p{Ll}]*$)\p{Lu}\S*(?:\s\S+)+$/u;
const SLOGAN = /\b(?:FOR|JOIN|HIRING|WANTED|NOW|APPLY|WE|OUR|OPEN)\b|!/;
const PARTED = /[|·•()]|\s[-–—]\s/;
// Links a bar or a dot apart: "Jobs | Employers | Locations | About".
const BAR_OF_LINKS = /\S\s[|·•]\s\S/;
// A site's name written as its address: "IrishJobs.ie", "Jobs.ch".
const SITE_ADDRESS = /^[\p{L}\d-]{2,30}(?:\.[a-z]{2,6}){1,2}$/iu;
const RATING_LINES_FROM = 1;
const RATING_LINES_TO = 3;

/**
 * The header's lines without a rating line among the first few, nor the board's date of the posting over the title
 * ("Posted 5 days ago" / "Senior Customer Success Manager").
 */
function withoutRating(text: string, blocks: Block[]): Block[] {
  const first = blocks.length > 2 ? text.slice(blocks[0].start, blocks[0].end).trim() : '';
  const from = isPostedLine(first) ? blocks.slice(1) : blocks;
  const at = from.findIndex((b, i) => i >= RATING_LINES_FROM && i <= RATING_LINES_TO && RATING_LINE.test(text.slice(b.start, b.end).trim()));
  return at === -1 ? from : [...from.slice(0, at), ...from.slice(at + 1)];
}

/** A first line of parts with a job's title and its employer among them ("Contoso | Senior Engineer (Rust) | Remote"). */
function namesJobAndEmployer(text: string, first: Block): boolean {
  const parts = titleLineParts(text, first);
  return !!parts?.company && coreEndsAsRole(parts.title.text.trim());
}

/** How far down a copied page's menu may run over the title, in lines, and how many words a menu line has. */
const MENU_LINES = 12;
const MENU_WORDS = 3;
const MIN_MENU = 2;

/** A details row's label has a few words; a details box has a few rows, two at least (a title over its details is one). */
const ROW_LABEL_WORDS = 3;
const MIN_DETAIL_ROWS = 2;
const MAX_DETAIL_ROWS = 8;
// A label's words: letters alone (a title may have its marks, "Vertriebsinnendienst (m/w/d)").
const LABEL_WORDS = /^[\p{L} ]+$/u;

/**
 * A row of a board's details box over the title, its label over its value ("Employment Type" / "Full time",
 * "Department" / "Engineering"), as a copy keeps a sidebar printed first: no job's words over a detail or a department.
 */
const detailRow = (label: string, value: string): boolean =>
  label.split(' ').length <= ROW_LABEL_WORDS && LABEL_WORDS.test(label) && !namesRole(label) && !isPlaceLine(label) && (isDetailsLine(value, roleLine) || isDepartment(value));

/** How many lines the details box's rows from line `k` of `n` take: 0 for fewer than MIN_DETAIL_ROWS rows. */
function detailRows(lineAt: (i: number) => string, k: number, n: number): number {
  let at = k;
  while (at + 1 < n && at - k < 2 * MAX_DETAIL_ROWS && detailRow(lineAt(at), lineAt(at + 1))) at += 2;
  return at - k >= 2 * MIN_DETAIL_ROWS ? at - k : 0;
}

/**
 * A copied page's menu over the title, in words no list holds ("Culture", "Stores", "Only essential", "Departments"):
 * where a line that ends as a job's title does (the text restating it, or a line of its details under it) comes within
 * MENU_LINES, after two or more short lines that are no place, pay or sentence, those lines are the menu. One line over
 * the title may be its employer ("Contoso" / "Data Engineer").
 */
function menuRun(text: string, lines: readonly Block[], from: number): number {
  const at = (k: number) => (k < lines.length ? text.slice(lines[k].start, lines[k].end).trim() : '');
  for (let i = from; i < lines.length && i - from < MENU_LINES; i++) {
    const line = at(i);
    // A job's title whose noun's phrase the text restates ("Product Manager" of "Product Manager, Mobile"; "Salary
    // checker" is a link).
    const core = roleCore(line);
    if (roleLine(line) && (lowerCased(text).includes(core.toLowerCase(), lines[i].end) || isDetailsLine(at(i + 1), roleLine))) {
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

// A title's field after "in" ("Lecturer in Chemistry", "Nurse in Charge"), as after "of".
const IN_FIELD = new RegExp(` (?:${FIELD_WORDS}) `, 'i');
/** The job's noun of a title line, before a qualifier, "of" or "in" ("Teacher of Mathematics", "Lecturer in Law"). */
const roleCore = (line: string): string => line.split(TITLE_QUALIFIER)[0].split(OF)[0].split(IN_FIELD)[0];

/**
 * A title line of two words or more (a site's name may end as a title does: "Glassdoor") whose noun is one job's (not
 * "Recruiters"), and no place.
 */
function roleLine(line: string): boolean {
  const core = roleCore(line);
  // A title that names the genders it is open to, or its level, is one whatever its last word ("Fullstack Developer
  // Medizintechnik (m/w/d)", "Software Engineering II"); so is an executive's whose field follows ("VP of Engineering",
  // "Chief of Staff", "SVP, Sales"); and one whose noun comes first ("Auxiliar Contable").
  const role =
    (ROLE_NOUN_END.test(core) && !PLURAL_END.test(core) && !NOT_A_ROLE.test(core) && !NOT_A_ROLE_LINE.test(core)) ||
    GENDER_MARK.test(line) ||
    LEVEL_END.test(line) ||
    (core.length < line.length && EXECUTIVE_HEAD.test(core)) ||
    NOUN_FIRST.test(line);
  // (A name that opens with its article is a business's, whatever its last word: "The Wren & Anchor", "The Home Depot".)
  return role && line.includes(' ') && !THE_NAME.test(line) && isTitleLine(line) && !isPlaceLine(line);
}
const THE_NAME = /^The\s/;

/**
 * The employer over its title at line `i` and its place ("Contoso Analytics" / "Data Analyst" / "Chicago, IL"): the
 * header's. Not a line shaped as a title itself (a menu's "Test Viewer"), nor a site's word ("Recruiters").
 */
const employerOver = (at: (k: number) => string, i: number): boolean =>
  nameLine(at(i - 1)) && !roleLine(at(i - 1)) && !siteLine(at(i - 1)) && !isPlaceLine(at(i - 1)) && isPlaceLine(at(i + 1));

/** A line of a job's details: its place, a row's label, or parts of which one is a place or the terms ("Remote · United States · Part time"). */
const detailsUnder = (line: string): boolean =>
  isPlaceLine(line) || labelField(line) !== undefined || (PARTS.test(line) && line.split(PARTS).some((p) => isPlaceLine(p.trim()) || isTermsList(p.trim())));

/** The name's whole, or its first words without its last ("Obsidian Owl" of "Obsidian Owl Software"), or its first word of five letters or more. */
// An employer's line with its site after a dash: "Heatherbank Care Group - Marram House", "Harbor Ember Grill - Annapolis".
// The site: a few capitalised words, no sentence; not a public body's division or a university's school ("State of
// Nevada – Division of Rangeland Water Resources" is one employer).
const SITE_DASH = / [-–—] (?=\p{Lu}[^.!?\n]{1,40}$)(?!(?:Division|Department|Dept|Bureau|Office|Agency|Ministry|Directorate|Branch|Unit|School|College|Faculty|Institute)\b)/u;

/**
 * The employer's name without the site its line names after a dash, where the body names the employer alone from
 * `after` and never with its site ("Heatherbank Care Group runs six care homes"); else `name`.
 */
function withoutSite(text: string, name: string, after: number): string {
  const dash = SITE_DASH.exec(name);
  if (!dash) return name;
  const head = name.slice(0, dash.index);
  // (Nor a job's title with its speciality, "Maintenance Technician - Refrigeration", read as the line under another.)
  return head.includes(' ') && !coreEndsAsRole(head) && !repeatedAfter(text, name, after) && repeatedAfter(text, head, after) ? head : name;
}

function namedAgain(text: string, name: string, after: number): boolean {
  const words = name.split(' ');
  if (repeatedAfter(text, name, after)) return true;
  if (words.length > 2 && repeatedAfter(text, words.slice(0, -1).join(' '), after)) return true;
  return words.length > 1 && words[0].length >= 5 && !STOP_ALIASES.has(words[0].toLowerCase()) && repeatedAfter(text, words[0], after);
}

/** Whether line `k` names the employer over the job's line and its details (see the loop over the site's lines). */
function employerOverTitle(text: string, at: (k: number) => string, k: number, bodyFrom: number): boolean {
  const name = at(k);
  return (
    nameLine(name) && !roleLine(name) && !namesRole(name) && !sameTitle(name, at(k + 1)) && !isDepartment(name) && !isPlaceLine(name) && !siteLine(name) && lookupHeading(name) === null &&
    roleLine(at(k + 1)) && !isPlaceLine(at(k + 1)) && detailsUnder(at(k + 2)) && namedAgain(text, name, bodyFrom)
  );
}

/**
 * A word over a title whose employer's registered name is the line under it ("SEEK" / "Administrative Assistant" /
 * "Proseware Limited"), or a name over the place ("SEEK" / "Site Supervisor" / "Wattle Builders" / "Geelong VIC"):
 * the site's logo, as a copy keeps its alt text. (No employer: the name under the title is.)
 */
const logoOver = (line: string, title: string, under: string, below: string): boolean =>
  !line.includes(' ') && !roleLine(line) && !LEGAL_NAME.test(line) && roleLine(title) &&
  // (The place with its region after a comma, as SEEK prints it: "Geelong, Geelong & Barwon VIC".)
  (legalName(under) !== null || (nameLine(under) && !roleLine(under) && !isPlaceLine(under) && isPlaceLine(below.split(', ')[0])));

/**
 * A site's banner (see the loop over the site's lines): a board's address, or a name that is no job's line over a
 * breadcrumb trail or a bar of the site's links. (A title over its buttons' bar, "Store Manager" / "Apply | Save |
 * Share", is a job's line.)
 */
const siteBanner = (line: string, next: string): boolean =>
  SITE_ADDRESS.test(line) ||
  // (A name may end as a plural job noun does, also in capitals: see namesOneRole. A board's name, "Contoso Jobs", and a
  // careers site's, "Contoso Careers", are read over as the site's lines.)
  (nameLine(line) && !siteLine(line) && !isCareersBanner(line) && (!roleLine(line) || PLURAL_END.test(line.toLowerCase())) && !namesOneRole(line) && !isPlaceLine(line) && !isDepartment(line) && (isArrowTrail(next) || isLinkBar(next)));
const isLinkBar = (line: string): boolean => BAR_OF_LINKS.test(line) && isInterfaceLine(line);

/**
 * A site's banner `name` (its `line`) as the employer where the body names it again from `after` (a banner in capitals
 * as the body writes it: "NORTHWIND STAFFING" / "Northwind places nurses ..."). A board's address is the board's.
 */
function bannerNamedAgain(text: string, line: Block, name: string, after: number, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const capitals = name === name.toUpperCase();
  if (!SITE_ADDRESS.test(name) && namedAgain(capitals ? lowerCased(text) : text, capitals ? name.toLowerCase() : name, after)) {
    nameEmployer(text, line, name, header, reasons, 'company/line-over-title');
  }
}

/** One title holds the other, folded ("Business Intelligence Engineer" and "Business Intelligence Engineer V"). */
function sameTitle(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  return y.length > 0 && x.length > 0 && (x.includes(y) || y.includes(x));
}

const HEADER_LINES = 5;

/** The experience line among the few under the title, as a header field the experience rules read. */
function experienceUnderTitle(text: string, blocks: readonly Block[], header: Partial<Record<HeaderField, Span>>): void {
  if (header.experience) return;
  for (const b of blocks.slice(1, HEADER_LINES)) {
    const line = text.slice(b.start, b.end);
    // Or a part of a details line: "5 - 8 Years | ₹ 18-25 Lacs P.A. | Hybrid".
    let from = 0;
    for (const part of line.split(PARTS)) {
      const at = line.indexOf(part, from);
      from = at + part.length;
      const trimmed = part.trim();
      if (YEARS_LINE.test(trimmed)) {
        const start = b.start + at + part.indexOf(trimmed);
        header.experience = { text: trimmed, start, end: start + trimmed.length };
        return;
      }
    }
  }
}

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
    const part = whole && line.length <= MAX_PARTS_LINE ? placeAmongTerms(line) : null;
    if (part) {
      header.location = { text: line.slice(part.start, part.end), start: b.start + part.start, end: b.start + part.end };
      return;
    }
  }
}

// The longest line of parts read for a place among them.
const MAX_PARTS_LINE = 160;

/**
 * The one place among a line's parts whose others are the terms, the pay or the way of working ("Permanent, full-time |
 * Palmerston North, Manawatū-Whanganui", "Full-time · Austin, TX · $90k"): where it stands in the line, or null.
 */
function placeAmongTerms(line: string): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (let start = 0; start <= line.length; ) {
    const sep = PARTS.exec(line.slice(start));
    const end = sep ? start + sep.index : line.length;
    const part = line.slice(start, end).trim();
    if (part.length <= MAX_PLACE_LINE && isPlaceLine(part)) {
      if (found) return null;
      const at = start + line.slice(start, end).indexOf(part);
      found = { start: at, end: at + part.length };
    } else if (!(isTermsList(part) || isPayPart(part) || WORKPLACE_PART.test(part))) return null;
    if (!sep) break;
    start = end + sep[0].length;
  }
  return found && (found.start > 0 || found.end < line.length) ? found : null;
}

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
// code (the next row's label or chip may be glued to the code: "Dallas, TXPay Range:", "Waterloo, ONCo-op", or the pay's
// currency: "Saskatoon, SKCAD 45,000"; see gluedHeader for a chip), or an Australian town with its state and postcode
// ("Adelaide SA 5000A$95k") or its state alone glued to the next word ("Port Hedland WAElectricians"), or to "Remote" in
// the place's stead; a title may end at an ampersand's letter ("Financial Analyst - FP&AOstrander Medical Devices"), an
// employer at its legal form in capitals ("Gulfline Marine Services, LLCMobile, AL"):
// bounded, and tried once, at the text's start.
// (A town's name may hold a capital of its own: "McKinney", "Fort McMurray", "DeKalb", "LaGrange", "O'Fallon"; or open
// with a saint's or a fort's abbreviation, "St. Petersburg, FL".) Beside a state's code, the place may be a town and its
// region or country glued to the next chip ("Wellington, New ZealandFull time", "Hastings, Hawke's BayFixed term",
// "Tauranga, Bay of PlentyFull time", "Hyderabad, Telangana (Hybrid)Full-time"), or a town and its area before a chip's
// separator ("Singapore (Raffles Place) · Full Time"); a title may end in its year or season ("Line Cook - Summer Season
// 2026Rundle Creek Lodge", "Snow Plow Operator - Winter 2026/27Knik Snow Services"). Neither the title nor the employer
// spans a separator of the header's parts: past one, the place is the separated header's (see separatedHeader).
const GLUED_TOWN = String.raw`(?:(?:St|Ft|Mt)\. )?(?:Mc|Mac|De|Di|Du|La|Le|O')?\p{Lu}\p{Ll}+(?: (?:Mc|Mac|De|Di|Du|La|Le|O')?\p{Lu}\p{Ll}+){0,3}`;
const GLUED_HEADER = new RegExp(
  String.raw`^((?:(?! [·|•] )[^\n]){3,80}?(?:\p{Ll}|\)|\b[A-Z]{2,5}|&[A-Z]|\b(?:19|20)\d\d(?:\/\d\d)?))(\p{Lu}\p{Ll}(?:(?! [·|•] )[^\n]){0,60}?(?:\p{Ll}|\.|\b(?:LLC|LLP|PLLC|PLC|LP|AG|SE|NV|BV|AB)))(${GLUED_TOWN}(?:, [A-Z]{2}(?:(?![\p{L}\d])(?: \d{5})?|(?=\p{Lu}\p{Ll}|(?:[A-Z]{3}|[A-Z]\$) ?\d))|, \p{Lu}\p{Ll}+(?:(?: |'s | of | and )\p{Lu}\p{Ll}+){0,3}(?: \([^()\n]{2,30}\))?(?=\p{Lu}\p{Ll})| (?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)(?: \d{4}|(?=\p{Lu}\p{Ll}))|(?: \([^()\n]{2,30}\))?(?= [·|•] ))|Remote(?!\p{Ll}))`,
  'u',
);

const ROW_LABEL_AFTER = /^(?:Pay|Salary|Compensation|Wage|Rate|Job|Position|Employment|Schedule|Benefits)\b/;

// How far into a glued header its employer's rating or separator is looked for.
const GLUED_HEADER_REACH = 200;
// The employer's rating glued between its name and the place, as Indeed's header copies ("Warehouse Associate -
// NightsContoso Logistics4.1 out of 5 starsJoliet, IL 60436"), perhaps printed twice ("4.04.0 out of 5 stars").
// (Naukri's has its count of reviews: "Infoweave Technologies3.6 | 214 Reviews"; Indeed's may have the figure alone,
// the place glued after it: "Willow Bend Senior Living3.6Coffeyville, KS 67337", "Pellham Plastics4.0Hybrid remote in
// Gainesville, GA".)
const GLUED_RATING = new RegExp(
  String.raw`(?<=[\p{Ll}.)])(?:(?:[0-5][.,]\d)?${RATING_SOURCE}|[0-5][.,]\d \| \d[\d,]{0,6} Reviews|[0-5][.,]\d(?=(?:(?:Hybrid )?[Rr]emote in )?\p{Lu}[\p{L}.'’ -]{1,40}, \p{Lu}{2}\b|Remote\b))`,
  'u',
);
const BARE_RATING = /^[0-5][.,]\d$/;
// The separator between the employer and the place, as ZipRecruiter's header copies ("CDL-A Company Driver - Dry
// VanPrairieline Transport · Joplin, MO$1,400 a week"); the place runs to its pay, a glued word or the next separator.
const GLUED_SEPARATOR = / [·•|] /;
// (Its way of working may close it in brackets, the next detail glued on: "United States (Remote)1 week ago".)
// (A state's code ends the place where a capitalised word is glued to it: "Boise, IDEmployer est.: $52K".)
const PLACE_AFTER_SEPARATOR = /^[^\n·•|$£€₹]{2,60}?(?:\)(?=[^\s)])|(?<=, \p{Lu}{2})(?=\p{Lu}\p{Ll})|(?=[$£€₹]|\p{Ll}\p{Lu}| [·•|] |\n|$))/u;
/** A glued header's place: a place line, perhaps with its way of working in brackets ("United States (Remote)"). */
const isGluedPlace = (place: string): boolean => isPlaceLine(place) || isPlaceLine(place.replace(/ ?\([^()]{2,30}\)$/, ''));
// The employer's legal form glued to the next field, as Job Bank's and Indeed India's headers copy ("CookThe Salt Dory
// Restaurant Ltd.Job details", "... (Night Shift)Velocity CX Services Pvt. Ltd.Gurugram, Haryana").
// (Not a province's code after its town: "Banff, ABSeasonal" is Alberta's, not a Swedish company's.)
const GLUED_LEGAL_FORM = new RegExp(String.raw`(?<=[^,] )${LEGAL_FORM}(?=\p{Lu}\p{Ll})`, 'u');
// A capital glued to a title's last word or its bracket: where an employer's name may start.
// (Or the last capital of an acronym ending the title: "Executive Assistant to the CEONorland Capital".)
const NAME_JUNCTION = lazy(() => /[\p{Ll})\p{Lu}](?=\p{Lu}\p{Ll})/gu);
// Whom a role serves after its noun: "Executive Assistant to the CEO".
const TO_WHOM = / to (?:the|our) /;
const NAME_SHAPED = lazy(() => /^\p{Lu}[\p{L}&'’.,-]*(?: [\p{Lu}&(][\p{L}&'’.,()-]*){0,6}$/u);

/**
 * Where the employer's name glued to the title before `end` starts: the first junction after a title that ends as a
 * role's, else (`anyTitle`) the last one before a name, or -1.
 */
function gluedNameStart(t: string, end: number, anyTitle: boolean): number {
  const head = t.slice(0, end);
  let last = -1;
  const junction = NAME_JUNCTION();
  junction.lastIndex = 0;
  for (let m = junction.exec(head); m; m = junction.exec(head)) {
    const at = m.index + 1;
    if (!NAME_SHAPED().test(head.slice(at).trim())) continue;
    // (A role may name whom it serves: "Executive Assistant to the CEO".)
    const title = head.slice(0, at);
    if (coreEndsAsRole(title) || coreEndsAsRole(title.split(TO_WHOM)[0])) return at;
    last = at;
  }
  return anyTitle ? last : -1;
}

/** A glued header whose employer ends at its rating: where the employer, the rating and what follows open their lines. */
function ratedHeader(t: string, firstLine: string): number[] | null {
  const rating = GLUED_RATING.exec(firstLine);
  if (!rating) return openingRatedHeader(t, firstLine);
  // (The rating is the board's sign: the title before the name may end in anything, "Delivery Driver CDL-B - Home Daily".)
  const name = gluedNameStart(t, rating.index, true);
  const end = rating.index + rating[0].length;
  if (name !== -1) return [name, rating.index, ...(end < t.length && t[end] !== '\n' ? [end] : [])];
  // (A bare figure is a rating only after a title and a name, as Indeed glues them, or opening a header as below.)
  if (BARE_RATING.test(rating[0])) return openingRatedHeader(t, firstLine);
  // Glassdoor's: the employer opens the header, its rating glued after it, then the title and the place ("Bright Smile
  // Dentistry4.1 ★Dental AssistantFlorence, SC$18.00").
  if (!NAME_SHAPED().test(firstLine.slice(0, rating.index).trim())) return [];
  return [rating.index, end, ...placeAfterTitle(t, end)];
}

// Glassdoor's with its figure alone: the employer opens the header, its rating glued after it, then the title
// ("Lakeview Foods3.7Staff AccountantMilwaukee, WI$62K").
const OPENING_RATING = lazy(() => /^([^\n]{2,60}?)(?<=[\p{Ll}.)])[0-5][.,]\d(?=\p{Lu}\p{Ll})/u);

/** A glued header that opens with the employer and its bare rating, when a job's title and its place follow it. */
function openingRatedHeader(t: string, firstLine: string): number[] | null {
  const m = OPENING_RATING().exec(firstLine);
  if (!m || !NAME_SHAPED().test(m[1].trim())) return null;
  // (The figure stays on the name's line, a rating after a name as boards print it: a figure alone on a line may be anything.)
  const place = placeAfterTitle(t, m[0].length);
  return place.length > 0 ? [m[0].length, ...place] : null;
}

/** Where the place glued to the title that starts at `from` starts and ends ("Dental AssistantFlorence, SC$18"), or none. */
function placeAfterTitle(t: string, from: number): number[] {
  const head = t.slice(from, from + GLUED_HEADER_REACH).split('\n', 1)[0];
  const junction = NAME_JUNCTION();
  junction.lastIndex = 0;
  for (let m = junction.exec(head); m; m = junction.exec(head)) {
    const at = m.index + 1;
    if (!coreEndsAsRole(head.slice(0, at))) continue;
    const place = PLACE_AFTER_SEPARATOR.exec(head.slice(at));
    if (place && isGluedPlace(place[0].trim())) return [from + at, from + at + place[0].length];
  }
  return [];
}

/** A glued header whose employer ends at its legal form: where the employer and what follows open their lines, or null. */
function formHeader(t: string, firstLine: string): number[] | null {
  const legal = GLUED_LEGAL_FORM.exec(firstLine);
  if (!legal) return null;
  const end = legal.index + legal[0].length;
  const name = gluedNameStart(t, end, false);
  return name === -1 ? null : [name, end];
}

/** Whether a legal form inside `name` has more glued on after it ("Restaurant Ltd.Job details"). */
function gluedAfterForm(name: string): boolean {
  const legal = GLUED_LEGAL_FORM.exec(name);
  return legal !== null && legal.index + legal[0].length < name.length;
}

/** A glued header whose employer ends at a separator before the place: where the employer and what follows open lines. */
function separatedHeader(t: string, firstLine: string): number[] {
  const separator = GLUED_SEPARATOR.exec(firstLine);
  if (!separator) return [];
  const placeStart = separator.index + separator[0].length;
  const place = PLACE_AFTER_SEPARATOR.exec(t.slice(placeStart));
  if (!place || !isGluedPlace(place[0].trim())) return [];
  const name = gluedNameStart(t, separator.index, false);
  // (The pay or the next word glued to the place opens a line too.)
  const placeEnd = placeStart + place[0].length;
  return name === -1 ? [] : [name, ...(/^\S/.test(t.slice(placeEnd, placeEnd + 1)) ? [placeEnd] : [])];
}

// A title glued to its employer, the details' first row glued after it: a public board's page copied ("Utility Billing
// ClerkKaw River Water DistrictSalary: $20.15 - ...", "Civil Engineer IIPinecrest County Public Works DepartmentSalary
// $78,520.00 ...", "Policy Analyst (Term)Prairie Water Security AgencyCompetition Number: ..."). The rows' labels open their
// lines already (scraped-joins.ts). Bounded: linear.
const GLUED_OVER_ROWS = new RegExp(
  String.raw`^((?:(?! [·|•] )[^\n]){3,80}?(?:\p{Ll}|\)|\b[A-Z]{2,5}|\bI))(\p{Lu}\p{Ll}[^\n·|•]{0,60}?(?:\p{Ll}|, [A-Z]{2}))(?=(?:Salary|Pay|Compensation|Wage|Location|Job Type|Position Type|Employment Type|Department|Job Number)\b|\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+){0,3}:)`,
  'u',
);

/** Where the employer of a title glued to it opens its line, the details' rows after it (see GLUED_OVER_ROWS); null where none. */
function rowsHeader(firstLine: string): number[] | null {
  const m = GLUED_OVER_ROWS.exec(firstLine);
  if (!m || !coreEndsAsRole(m[1])) return null;
  // (Its state's code after a comma aside: "Marion County, OR".)
  const employer = m[2].replace(STATE_CODE_AFTER, '');
  return isOrganisation(m[2]) || LEGAL_NAME.test(employer) || PUBLIC_BODY.test(employer) ? [m[1].length, m[1].length + m[2].length] : null;
}
// The public bodies organisations' tails (employer-words.json) leave out, as a board prints them over their rows: a
// county, a department, an office of a state ("Marion County", "Pinecrest County Public Works Department", "Kentucky
// Office of Rural Broadband Expansion").
const STATE_CODE_AFTER = /, [A-Z]{2}$/;
const PUBLIC_BODY = / (?:Department|County)$|\b(?:Office|Department|Division|Bureau|Board|Commission|Ministry|Agency) (?:of|for) \p{Lu}/u;

/**
 * Where the title, employer, place and what follows of a glued header open their lines, when the text opens with all
 * three: the normaliser puts the breaks back, and the header reads them as the caller's own. Boards' other shapes: the
 * employer's rating after its name (Indeed), its legal form or a separator before the place (Job Bank, ZipRecruiter).
 */
export function gluedHeader(t: string): number[] {
  const firstLine = t.slice(0, GLUED_HEADER_REACH).split('\n', 1)[0];
  const rated = ratedHeader(t, firstLine);
  if (rated) return rated;
  const m = GLUED_HEADER.exec(t);
  // (An employer read on past its legal form, "The Copper Dory Restaurant Ltd.Job detailsLocation", ends at the form.)
  // A details row read as the employer ("Deputy SheriffSalary$31.12 - $41.83 HourlyLocation Yakima, WA") is the rows
  // under the title, an employer between them being theirs ("...IIPinecrest County Public Works DepartmentSalary").
  if (m && ROW_LABEL_AFTER.test(m[2])) return rowsHeader(firstLine) ?? [m[1].length];
  if (!m || !coreEndsAsRole(m[1]) || !(m[3] === 'Remote' || isPlaceLine(m[3])) || gluedAfterForm(m[2])) return formHeader(t, firstLine) ?? rowsHeader(firstLine) ?? separatedHeader(t, firstLine);
  const employer = m[1].length;
  const place = employer + m[2].length;
  const end = place + m[3].length;
  // A chip glued to the code that is no row's label is the header's only where the employer is one name: a run of
  // crumbs glued together ("All PositionsMarketing CoordinatorAustin, TXFull-Time") is no employer.
  if (/^[A-Z][a-z]/.test(t.slice(end, end + 2)) && !ROW_LABEL_AFTER.test(t.slice(end, end + 16)) && /[a-z][A-Z]/.test(m[2])) return [];
  // (What follows the place opens a line of its own too: glued to it, or its pay after a space, "IA 52404 $78,000".)
  return /^(?:[^\s,]|\s[$£€\d])/.test(t.slice(end, end + 2)) ? [employer, place, end] : [employer, place];
}
