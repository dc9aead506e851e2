/**
 * The header of text whose first line runs on: a scraped posting or a whole page whose line breaks were lost, its
 * title the capitalised words that open it before the place, pay or terms ("Senior Accountant Contoso Dallas, TX
 * $80,000 ..."), its employer the name beside them or the one the body introduces.
 */
import { lowerCased } from '../util/last-text';
import type { Block, HeaderField } from '../contract';
import type { Span } from '../types/common';
import { isOrganisation, legalName, NOTE_AFTER_NAME, pickCompany } from './page/company';
import { foldText, isSiteLine, jobEndBeforeDashed, opensWithSiteWords } from './page/title';
import { isPlaceLine, isUsTownLine, MAX_PLACE_LINE, needsPlaceCue } from '../extractors/location/place-line';
import { cueAround } from '../extractors/location/cues';
import { labelField } from './field-labels';
import { lookupHeading } from '../sections/headings';
import { isInterfaceRun, RATING_MARK, RATING_SOURCE } from './interface-lines';
import { gluedWords } from './glued-words';
import { sentenceBreaks } from './sentence-breaks';
import { GENDER_MARK, opensWithTermPhrase, PARTS } from './line-parts';
import { isPluralOfRole, LEVEL_END, namesRole, ROLE_NOUN_END } from './role-words';
import { trailTitle } from './trail-title';
import { flatPageTitle, isAnnounced, isLegalForm, type FlatPageTitle, type RunOnReading } from './flat-page';
import { AT, atEmployer, CAPITALISED, companyFromText, coreEndsAsRole, isTitleLine, type LineParts, MAX_NAME_WORDS,
  MAX_TITLE_LENGTH, menuLead, nameLine, NO_META, NOT_A_ROLE, repeatedAfter,
  endsAsOneJob, restatedAsJob, setParts, siteLine, TITLE_QUALIFIER, titleLineParts, withoutPlace } from './header-lines';
import { lazy } from '../util/lazy';

const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
const CAPITAL_START = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
// A letter, or a full stop, apostrophe or hyphen inside a name.
const NAME_CHAR = /[\p{L}.'’-]/u;
// A word with a capital: at its start, or after lower-case letters ("eBay").
const HAS_CAPITAL = /^\p{Lu}|^\p{Ll}+\p{Lu}/u;

// (Not a brand's mark, "Contoso®", though Unicode counts it a pictograph.)
const EMOJI = lazy(() => /(?![©®™])[\p{Extended_Pictographic}\p{Regional_Indicator}]/u);
/** The words before the first emoji or flag, trimmed. */
const beforeEmoji = (words: string): string => words.slice(0, EMOJI().exec(words)?.index ?? words.length).trimEnd();

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
  // (The last part runs on: "Warehouse Associate · Apex Logistics · Memphis, TN (On-site) About the job ...".)
  const tail = line.slice(last).replace(/^\s\S\s/, '');
  const tailWords = gluedWords(tail);
  const parts = titleLineParts(text, { ...first, end: first.start + last }, tailWords.length > 0 && detailsAt(tail, tailWords, 0));
  const title = parts && (parts.company ? parts.title : parts.core);
  if (!parts || !title || !isTitleLine(title.text) || !(parts.company || ROLE_NOUN_END.test(title.text))) return null;
  return { parts, title };
}

// Scraped text that lost its line breaks opens with the title, then the place, the way of working, the pay or the
// terms: "Senior Software Engineer, Payments Remote (US) $165,000 - $195,000 a year Full-time Contoso is hiring ...".
// A title's words are capitalised (its joining words, in other languages too, and marks aside); at most a title's
// length of them is read.
// A word in brackets is a title's too: "(Remote)", "(remote)", "(CNS,".
// (Other languages' too: "Chef de Partie", "Jefe de Ventas".)
const JOINING = 'of|and|for|in|de|du|des|del|di|da';
const TITLE_WORD = lazy(() => new RegExp(String.raw`^(?:\(?[\p{Lu}\d][\p{L}\d&/+.'’-]*\)?,?|\(\p{Ll}[\p{L}-]*\),?|${JOINING}|&|\+|[-–—/|])$`, 'u'));
const JOINING_WORD = new RegExp(`^(?:${JOINING})$`);
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
/** How many words a title's qualifier after its comma may have ("Mid Market", "Clinical UM Operations"). */
const QUALIFIER_WORDS = 4;
const MAX_TITLE_WORDS = 10;
const RESTATED_REACH = 20_000;

const DETAILS_WORD = /^(?:[$£€¥₹][ ]?\d|(?:fully[ ])?(?:remote|hybrid|on-?site|onsite|in-office)\b|(?:full|part)[ -]?time\b|permanent\b|temporary\b|contract\b)/i;
const PLACE_WORDS = 4;
/** How many words a term in another language may have ("Homeoffice nach Absprache möglich"). */
const TERM_WORDS = 6;

/**
 * The title opening a run-on first line, where the words after it start the place, the way of working, the pay or the
 * terms. An employer's name may stand between ("Medical Assistant Proseware Health Partners Phoenix, AZ 85016", as a
 * board's header reads scraped): a shorter title of two words or more that the text restates, then a name of several
 * words or one it repeats.
 */
export function runOnTitle(text: string, first: Block, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  const read = { header: { ...header }, reasons: { ...reasons } };
  readRunOn(text, first, read.header, read.reasons);
  // A title that names no role, or with a site's word inside ("Products Overview Cloud Data Partner"), is a run of a
  // site's words ("Company About Blog Careers", "Cloud Customer"): none, nor the name read beside it.
  const title = read.header.title && read.header.title !== header.title ? withoutRequisition(text, withoutLabelAfter(read.header.title)) : read.header.title;
  read.header.title = title;
  // (An app's announcement names its title whatever its words: "Process Improvement PMO II page is loaded ...".)
  if (title && title !== header.title && !readsAsTitle(title.text) && !isAnnounced(text, title)) return;
  // Nor is the title's own opening said again an employer ("Senior Process Engineer Senior Process Engineer We ...").
  const company = read.header.company;
  if (title && company && company !== header.company && foldText(title.text).startsWith(foldText(company.text))) {
    delete read.header.company;
    delete read.reasons.company;
  }
  // A title whose end the text says again right after it ("Finance Credit Analyst Credit Analyst"): a trail's crumbs
  // ran into the heading, which is the title; a name read from the words said again is none.
  const again = title && title !== header.title ? saidAgain(text, title) : null;
  if (again) {
    read.header.title = again;
    if (read.header.company && read.header.company.start < again.end) {
      delete read.header.company;
      delete read.reasons.company;
    }
  }
  // A title run on into the employer's name that the body gives ("Warehouse Associate - 2nd Shift Contoso Logistics",
  // "Contoso Logistics is hiring ..."): the name is no part of it.
  const named = read.header.title && read.header.company ? beforeName(read.header.title, read.header.company.text) : null;
  if (named) read.header.title = named;
  const unmarked = read.header.title && read.header.company ? withoutLogoInitials(text, read.header.title, read.header.company.text) : null;
  if (unmarked) read.header.title = unmarked;
  const titled = read.header.title;
  if (titled && !read.header.company) registeredNameAfter(text, titled, read.header, read.reasons);
  Object.assign(header, read.header);
  Object.assign(reasons, read.reasons);
}

// A logo's initials before the title, a page's line run onto it: "HL Home Health Aide (HHA)", "CWB Seasonal Parks
// Maintenance Worker" (City of Willow Bend's), "AH Ashcombe Harland Construction Graduate Quantity Surveyor".
const INITIALS_BEFORE = /^(\p{Lu}{1,4}) (?=\p{Lu})/u;

/**
 * `title` without the employer's initials before it (and the employer's name after them), where they open the employer's
 * initials and the rest, a title, is said again in `text` while the whole is not ("IT Support Analyst" of Integrated
 * Technologies keeps its "IT": the page says it whole again); else null.
 */
function withoutLogoInitials(text: string, title: Span, name: string): Span | null {
  const m = INITIALS_BEFORE.exec(title.text);
  if (!m) return null;
  const initials = name.split(' ').filter((w) => CAPITAL_START.test(w)).map((w) => w[0]).join('');
  if (!initials.startsWith(m[1])) return null;
  let rest = title.text.slice(m[0].length);
  if (rest.startsWith(`${name} `)) rest = rest.slice(name.length + 1);
  const start = title.start + title.text.length - rest.length;
  const again = (words: string, from: number) => text.indexOf(words, from) !== -1;
  if (!readsAsTitle(rest) || again(title.text, title.end) || !again(rest, title.end)) return null;
  return { text: rest, start, end: title.end };
}

/** `title` without `name` at its end, where what is left reads as a title; else null. */
function beforeName(title: Span, name: string): Span | null {
  const cut = title.text.length - name.length - 1;
  if (cut < 2 || !title.text.endsWith(` ${name}`)) return null;
  const rest = title.text.slice(0, cut).trimEnd();
  return readsAsTitle(rest) ? { text: rest, start: title.start, end: title.start + rest.length } : null;
}

/** The last words of `title`, ending as a job's title does, said again right after it: where they are said again. */
function saidAgain(text: string, title: Span): Span | null {
  let from = title.end;
  while (text[from] === ' ') from++;
  const words = [...title.text.matchAll(/\S+/g)];
  for (let k = 1; k < words.length; k++) {
    const tail = title.text.slice(words[k].index!);
    const end = from + tail.length;
    if (foldText(text.slice(from, end)) !== foldText(tail) || LETTER.test(text[end] ?? '') || !coreEndsAsRole(tail)) continue;
    return { text: text.slice(from, end), start: from, end };
  }
  return null;
}

// A title's words in capitals run into a name ("SWITCH MODE POWER SUPPLIES MatchBox Recruiting Ltd"): two words of
// four capitals or more, then a word in lower case. Bounded: linear.
const SHOUTED_BEFORE_NAME = /^(?:\p{Lu}{4,20} ){2}[^\n]{0,80}\p{Ll}/u;

/**
 * A registered name right after a run-on title (and the title said again, as a trail's last crumb and the heading
 * give it): the employer ("Sales Executive Sales Executive Fabrikam Foods Nigeria Limited SalesLagos ...").
 */
function registeredNameAfter(text: string, title: Span, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
  let from = title.end;
  while (text[from] === ' ') from++;
  if (foldText(text.slice(from, from + title.text.length)) === foldText(title.text)) from += title.text.length + 1;
  const name = registeredNameAt(text, from);
  if (!name) return;
  header.company = name;
  reasons.company = 'company/run-on-opening';
}

/**
 * The registered name that opens the text at `from`, its fewest words that a legal form ends ("Northwind Textiles
 * Ltd FinanceAccra" gives "Northwind Textiles Ltd"); null where none does, or where a site's word or a place opens the
 * words ("Job Chipping Norton Maricare Limited") or a title's capitals run into them.
 */
function registeredNameAt(text: string, from: number): Span | null {
  const words = gluedWords(text.slice(from, from + MAX_TITLE_LENGTH));
  if (words.length < 2 || siteLine(words[0][0]) || isPlaceLine(words[0][0]) || isPlaceLine(`${words[0][0]} ${words[1][0]}`)) return null;
  for (let n = 2; n <= Math.min(words.length, MAX_NAME_WORDS + 2); n++) {
    const end = from + words[n - 1].index! + words[n - 1][0].length;
    const name = text.slice(from, end);
    if (legalName(name) === name && !SHOUTED_BEFORE_NAME.test(name) && !townAndCounty(name)) return { text: name, start: from, end };
  }
  return null;
}

// An Irish or Northern Irish county after its town: "Belfast, Co. Antrim" reads as a name ending "Co.".
/** Whether `name` ends with a town and the "Co." of its county: no registered name. */
function townAndCounty(name: string): boolean {
  const mark = name.endsWith(', Co.') ? 5 : name.endsWith(', Co') ? 4 : 0;
  if (mark === 0) return false;
  const before = name.slice(0, -mark);
  return isPlaceLine(before.slice(before.lastIndexOf(' ') + 1));
}

/** A run-on title that names a role with no site's word in its core ("Products Overview Cloud Data Partner" has one). */
const readsAsTitle = (title: string): boolean => {
  const words = title.split(TITLE_QUALIFIER)[0].split(' ');
  // (A site's word that opens a title's words is theirs: "Nursing Home Manager".)
  return (namesRole(title) || LEVEL_END.test(title) || GENDER_MARK.test(title)) && !words.slice(1).some((w, k) => isSiteLine(w) && opensWithSiteWords(words.slice(k + 1).join(' ')));
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

/** A run-on title without the requisition number a board's template joins to it ("Driver - Nights-(2600417)"). */
function withoutRequisition(text: string, title: Span): Span {
  const end = jobEndBeforeDashed(text, title);
  return end === title.end ? title : { text: text.slice(title.start, end), start: title.start, end };
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
  // Its breadcrumb trail's last crumb said again by the heading is the title, the name between them the employer.
  const trail = trailTitle(text, opening.start, opening.end);
  if (trail) {
    header.title = trail.title;
    reasons.title = 'title/run-on-opening';
    // (A registered name right after the heading is the employer, a place in it and all: "... Kenya Limited".)
    if (!header.company && !trail.between) registeredNameAfter(text, trail.title, header, reasons);
    const name = trail.between ?? nameBeforeDetails(text, trail.title.end);
    if (!header.company && name && !siteLine(name.text) && repeatedAfter(text, name.text, trail.title.end)) {
      header.company = name;
      reasons.company = 'company/run-on-opening';
    } else if (!header.company) bodyEmployer(text, opening, trail.title, header, reasons);
    // The board's place among the details after the heading and the employer ("... Manager Pine & Harbor Outfitters
    // South Portland, ME, US Full Time ...").
    // (Only after an employer read right after the heading: a name that opens with a town's, "Castleford & Wyatt Ltd",
    // is no place. Nor where a street address opens them: "Sunny Side Diner 2215 E Michigan Ave, Lansing, MI".)
    const company = header.company;
    const named = company !== undefined && company.start >= trail.title.end && company.start - trail.title.end <= 2;
    if (!trail.between && named && !/^\s*\d/.test(text.slice(company.end, company.end + 4))) placeAmongDetails(text, company.end, header);
    return;
  }
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
    if (!header.company && !markedQualifier(text, opening, page, header, reasons)) pageEmployer(text, opening, page, header, reasons);
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

// A street address's number opening a board's details: "2215 E Main St, Lansing, MI".
const STREET_NUMBER = /^\d{1,6}$/;

// A separator after a name, its department or place next ("Trentside University · School of Geography", "University of
// Caledon - School of Philosophy"); a name's small words ("University of Caledon").
const NAME_SEPARATOR = /^[·•|–-]$/;
const NAME_JOINER = /^(?:of|and|for|the)$/;
// A unit of the employer, not the employer: "College of Natural Science", "School of Biological Sciences".
const UNIT_NAME = /^(?:School|College|Department|Faculty|Division|Institute|Centre|Center) of /;
const UNIT_HEAD = /^(?:School|College|Department|Faculty|Division)$/;

/**
 * The capitalised words (a name's small words between) from `from` up to the board's details (the place, pay, terms,
 * a street address's number) or a separator before its department: the employer's name a board prints after its
 * heading ("Fabrikam Diner 2215 E Main St, ..."); null where none.
 */
function nameBeforeDetails(text: string, from: number): Span | null {
  const line = text.slice(from, from + MAX_TITLE_LENGTH + 80);
  const words = gluedWords(line);
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, words.length - 1); k++) {
    if (!CAPITAL_START.test(words[k - 1][0]) && !(k > 1 && NAME_JOINER.test(words[k - 1][0]))) return null;
    // (Or a separator after it, the name's department next: "Trentside University · School of Geography ...".)
    if (!STREET_NUMBER.test(words[k][0]) && !detailsAt(line, words, k) && !NAME_SEPARATOR.test(words[k][0])) continue;
    // (Its small words only before a separator; and a unit of it named after it is not its name: "Waimakariri University
    // School of Biological Sciences – Te Kura ..." is Waimakariri University's.)
    if (NAME_JOINER.test(words[k - 1][0]) || (!NAME_SEPARATOR.test(words[k][0]) && words.slice(1, k).some((w) => NAME_JOINER.test(w[0])))) return null;
    const unit = words.slice(1, k).findIndex((w, j) => UNIT_HEAD.test(w[0]) && words[j + 2]?.[0] === 'of');
    const last = unit === -1 ? k - 1 : unit;
    const start = from + words[0].index!;
    const end = from + words[last].index! + words[last][0].length;
    const name = text.slice(start, end);
    return nameLine(name) && !UNIT_NAME.test(name) ? { text: name, start, end } : null;
  }
  return null;
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
        // (Not a place the words before name as the employer's own: "... Co. Headquartered in Atlanta, GA, ...".)
        const cue = cueAround(text, start, start + place.length);
        if (cue.strength === 'strong' && cue.role !== 'workplace') return;
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
    while (k > 0 && NAME_CHAR.test(text[k - 1])) k--;
    let capital = -1;
    for (let c = k; c < end; c++) if (CAPITAL.test(text[c]) && (c === k || !CAPITAL.test(text[c - 1]))) capital = c;
    if (capital === -1) break;
    start = capital;
    if (capital !== k || text[k - 1] !== ' ') break;
    end = k - 1;
  }
  return start;
}

// A title that ends with the genders it is open to: "Backend-Entwickler (m/w/d)".
const GENDER_MARK_END = new RegExp(`${GENDER_MARK.source}$`, 'i');

/**
 * A word between a title's gender mark and its details where the body names another employer: the title's own
 * ("Backend-Entwickler (m/w/d) Java Festanstellung ... About Contoso GmbH: ..."), as German and French titles go on
 * after the mark. The title then ends with it and the body's employer is the employer: whether it was the title's.
 * (Where the body names it, or none, it is the employer: "Data Engineer (m/w/d) Contoso Berlin".)
 */
function markedQualifier(text: string, opening: Block, page: FlatPageTitle, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): boolean {
  const after = page.after;
  if (!after || after.text.includes(' ') || after.start !== page.title.end + 1 || !GENDER_MARK_END.test(page.title.text)) return false;
  const title = { text: text.slice(page.title.start, after.end), start: page.title.start, end: after.end };
  const body = { header: {} as Partial<Record<HeaderField, Span>>, reasons: {} as Partial<Record<HeaderField, string>> };
  bodyEmployer(text, opening, title, body.header, body.reasons);
  const company = body.header.company;
  if (!company || foldText(company.text).includes(foldText(after.text))) return false;
  header.title = title;
  header.company = company;
  reasons.company = body.reasons.company!;
  return true;
}

/** What the flat page reader reads of `text` with the run-on reader's rules. */
const runOnReading = (text: string): RunOnReading => ({
  detailsAt,
  restatedAsJob: (phrase, from) => restatedAsJob(text, phrase, from),
  titleWord: (word) => TITLE_WORD().test(word),
});

/**
 * A button of words or a place with its region that a sentence ran on from ("Apply for this job", "Boise, Idaho"; not
 * one word, "Home" of "Contoso Home Stores").
 */
const runInto = (phrase: string): boolean => phrase.includes(' ') && (isInterfaceRun(phrase) || (/, \S/.test(phrase) && !phrase.endsWith(',') && isPlaceLine(phrase)));

/** How far past the title a heading run into the body's first sentence is looked for. */
const INTRODUCTION_REACH = 5000;

// The words between an employer's name and its place: "in", "based in", "located in".
const PLACE_LEAD = /\s(?:(?:based|located)\s)?in$/;

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
    // (Nor the word that leads to its place: "at Northwind Traders in" before "Chicago, IL".)
    const whole = withoutPlace(atEmployer(beforeEmoji(after.text))).replace(NOTE_AFTER_NAME, '').replace(PLACE_LEAD, '');
    // (Or its first words, a department after them: "Contoso University School of Law".)
    const name = at || repeatedAfter(text, whole, after.end) ? whole : saidLead(text, whole, after.end);
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
 * The most words of two or more that open `name` and the text says again after `at` on their own, not followed by the
 * name's next word (else `name`): "Contoso University" of "Contoso University School of Law", not "Senior Java" of
 * the title said again before the name, "Senior Java Developer Contoso Systems".
 */
function saidLead(text: string, name: string, at: number): string {
  const words = name.split(' ');
  for (let n = Math.min(words.length - 1, MAX_NAME_WORDS); n >= 2; n--) {
    const lead = words.slice(0, n).join(' ');
    if (coreEndsAsRole(lead)) continue;
    const next = ` ${words[n]}`;
    let seen = 0;
    for (let i = text.indexOf(lead, at); i !== -1 && seen++ < MAX_SAID; i = text.indexOf(lead, i + 1)) {
      const end = i + lead.length;
      if (!LETTER_OR_DIGIT.test(text[i - 1] ?? '') && !LETTER_OR_DIGIT.test(text[end] ?? '') && !text.startsWith(next, end)) return lead;
    }
  }
  return name;
}
const MAX_SAID = 20;

/**
 * The employer the body's signs name under a run-on title, read with a line after each label's colon, heading, button
 * and place run into its sentence ("... Apply About Contoso: At Contoso, we build ...", "... Job Description Contoso
 * is a leading ...", "... Apply for this job At Contoso we ..."): a copy of the same length, its spans the text's.
 */
export function bodyEmployer(text: string, opening: Block, title: Span, header: Partial<Record<HeaderField, Span>>, reasons: Partial<Record<HeaderField, string>>): void {
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
    if (!words.slice(-n).every((w) => CAPITAL_START.test(w[0]))) continue;
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
  for (let j = 1; j < Math.min(words.length, MAX_TITLE_WORDS + 1) && TITLE_WORD().test(words[j - 1][0]); j++) {
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
    if (!header.company) bodyEmployer(text, first, header.title, header, reasons);
    return true;
  }
  return false;
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
  // Where a site's word, a field's label or a section heading of one to three words starts among the words from `from`
  // to `to`.
  const nameBeforeLabel = (from: number, to: number): number => {
    for (let i = from + 1; i < to; i++) {
      if (siteLine(words[i][0])) return i;
      for (let n = 1; n <= 3 && i + n <= to; n++) {
        const phrase = wordsSpan(i, i + n).text;
        if (labelField(phrase) !== undefined || lookupHeading(phrase) !== null) return i;
      }
    }
    return to;
  };
  // The capitalised words of a qualifier from the `from`th, where a section heading of one to three words starts right
  // after them: the word count to it, or -1.
  const headingAfter = (from: number): number => {
    for (let q = from + 1; q <= Math.min(words.length - 1, from + QUALIFIER_WORDS); q++) {
      if (!CAPITALISED.test(words[q - 1][0]) && !JOINING_WORD.test(words[q - 1][0])) return -1;
      for (let n = 1; n <= 3 && q + n <= words.length; n++) if (lookupHeading(wordsSpan(q, q + n).text) !== null) return q;
    }
    return -1;
  };
  // Word counts after which the opening ends as a title does.
  const ends: number[] = [];
  // A short posting the text never restates: the title is the opening up to its last job's noun where a name of two
  // words or more stands between it and the details at `nameEnd` ("Staff Accountant Northwind Realty Scottsdale, AZ
  // Pay: ..."), cut where a site's word, a field's label or a heading starts ("Contoso Freight Job Type Full-time"), or
  // a registered name or a public body's of any length; the name is the employer. Whether it read one.
  const shortPostingHeader = (nameEnd: number): boolean => {
    const j = [...ends].reverse().find((e) => e >= 2 && e < nameEnd && nameEnd - e <= MAX_NAME_WORDS && !words[e - 1][0].endsWith(','));
    if (j === undefined) return false;
    const last = nameBeforeLabel(j, nameEnd);
    // (A registered name goes on past a place's word: "The Works UK Ltd".)
    const registered = registeredNameAt(text, first.start + words[j].index!);
    const name = registered?.text ?? wordsSpan(j, last).text;
    // (One word is a name after a title that closes on its bracket: "Software Engineer Intern (Summer 2027) Contoso".)
    const shaped = registered !== null || isOrganisation(name) || ((last - j >= 2 || words[j - 1][0].endsWith(')')) && !siteLine(name));
    if (!shaped || !words.slice(j, last).every((w, i) => CAPITALISED.test(w[0]) || (i > 0 && JOINING_WORD.test(w[0]))) || !nameLine(name) || endsAsOneJob(name)) return false;
    if (setTitle(j) === j && !header.company) {
      if (registered) {
        header.company = registered;
        reasons.company = 'company/run-on-opening';
      } else setCompany(j, last);
    }
    return true;
  };
  // No details after it ("Senior Application Security Engineer Eigen Labs Eigen Labs is ..."): the longest opening of
  // two words or more that ends as a title does and that the text restates, then the employer's name the text repeats.
  const lastRestated = (): boolean => {
    const titleEnd = [...ends].reverse().find((j) => j >= 2 && restates(j));
    if (titleEnd === undefined) return false;
    const end = setTitle(titleEnd);
    // After a comma the words are the title's own ("Senior Medical Director, Clinical UM Operations"), as far as a
    // section heading that opens the body ("Account Executive, Mid Market Who we are ...").
    const heading = words[end - 1][0].endsWith(',') ? headingAfter(end) : -1;
    if (heading !== -1) setTitle(heading);
    if (header.company || heading !== -1 || words[end - 1][0].endsWith(',')) return true;
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
    if (!TITLE_WORD().test(words[k - 1][0])) break;
    // A title ends as a job's does and not with a place ("Headquartered in Denver, Colorado, ...").
    const opening = line.slice(0, endOf(k));
    // (Nor with a joining word: "Apply for" ends as "Director" does.)
    // (Nor, past a title's end, with a job's plural: "Senior Accountant Contoso Partners" names a firm after the title;
    // after a comma the words are the title's own, "Senior Software Engineer, Payments".)
    const lastEnd = ends.length > 0 ? ends[ends.length - 1] : 0;
    const pluralAfterTitle = lastEnd >= 2 && !words[lastEnd - 1][0].endsWith(',') && isPluralOfRole(words[k - 1][0].replace(/,$/, ''));
    // (Nor past a bracket that closed the title's qualifier: "Registered Nurse (Nights) Fabrikam" names a firm after it.)
    // (A dash after the bracket opens a qualifier of its own: "Delivery Driver (Non-CDL) - Part Time".)
    const pastBracket = /\)\s[^()]*$/.test(opening) && !/\)\s[-–—](?:\s|$)/.test(opening) && !ROLE_NOUN_END.test(opening);
    if (coreEndsAsRole(opening) && !pluralAfterTitle && !pastBracket && !NOT_A_ROLE.test(opening) && !JOINING_WORD.test(words[k - 1][0]) && isTitleLine(opening) && !isPlaceLine(words[k - 1][0].replace(/,$/, ''))) {
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
    // A qualifier that runs into the employer's name the body says again ("Maintenance Technician - 2nd Shift Riverbend
    // Foods Baytown, TX ... Riverbend Foods makes ..."): the title ends before the name.
    const qualified = split === undefined && !header.company ? nameEndingQualifier(text, words, nameEnd, first.start) : -1;
    const named = ends.includes(qualified) ? qualified : -1;
    const titleEnd = named !== -1 ? named : split ?? (endsHere ? k : undefined);
    // (Not where the text restates an opening: the readings below know better.)
    // (A one-word opening said again is no restated title: "Customer" of "Customer Service Representative" over "calls from customers".)
    if (titleEnd === undefined && !restated && !ends.some((j) => j >= 2 && restates(j)) && shortPostingHeader(nameEnd)) return true;
    if (titleEnd === undefined || (restated && !restates(titleEnd))) continue;
    const end = setTitle(titleEnd);
    if (header.company) return true;
    if ((split !== undefined || named !== -1) && end < nameEnd) setCompany(end, nameEnd);
    else bodyEmployer(text, first, header.title!, header, reasons);
    // The board's place among the details that follow ("... Contoso Stores Shreveport, LA $62,000").
    placeAmongDetails(text, first.start + words[nameEnd].index!, header);
    return true;
  }
  if (restated) return lastRestated();
  const titleBefore = (at: number) =>
    at >= 1 && at <= MAX_TITLE_WORDS && words.slice(0, at).every((w) => TITLE_WORD().test(w[0])) && !words[at - 1][0].endsWith(',') && isTitleLine(line.slice(0, endOf(at)));
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

// A title's qualifier after a dash or a comma: "- 2nd Shift", ", Frontend".
const QUALIFIER_MARK = /^[-–—]$|,$/;

/**
 * Where the employer's name starts at the end of a run-on title's qualifier, its words up to `to` (the details): the
 * longest run of capitalised words after the qualifier's first word that reads as a name and that the text says again
 * after the details, else the longest shaped as an organisation's; -1 where none.
 */
function nameEndingQualifier(text: string, words: readonly RegExpMatchArray[], to: number, lineStart: number): number {
  const mark = words.findIndex((w, i) => i < to && QUALIFIER_MARK.test(w[0]));
  if (mark === -1) return -1;
  const after = lineStart + words[to - 1].index! + words[to - 1][0].length;
  const names: [number, string][] = [];
  for (let s = mark + 2; s < to; s++) {
    const run = words.slice(s, to);
    if (!run.every((w, i) => CAPITALISED.test(w[0]) || (i > 0 && JOINING_WORD.test(w[0])))) continue;
    const name = text.slice(lineStart + words[s].index!, after);
    if (nameLine(name) && !endsAsOneJob(name)) names.push([s, name]);
  }
  // ("Grade 3 Cedar Hollow Unified School District": shaped as an organisation's, said again only in part.)
  return (names.find(([, name]) => repeatedAfter(text, name, after)) ?? names.find(([, name]) => isOrganisation(name)))?.[0] ?? -1;
}

/** A name of one to four capitalised words said twice in a row after the first word ("WalkMe WalkMe"): where and how long. */
function nameSaidTwice(words: RegExpMatchArray[]): { at: number; length: number } | null {
  for (let at = 1; at <= MAX_TITLE_WORDS && at < words.length; at++) {
    for (let length = 1; length <= 4 && at + 2 * length <= words.length; length++) {
      const name = words.slice(at, at + length).map((w) => w[0]);
      if (!name.every((w) => HAS_CAPITAL.test(w)) || ROLE_NOUN_END.test(name[name.length - 1])) continue;
      if (name.every((w, i) => words[at + length + i][0] === w)) return { at, length };
    }
  }
  return null;
}


/** Whether the words from the `k`th on start the place, the way of working, the pay or the terms. */
function detailsAt(line: string, words: RegExpMatchArray[], k: number): boolean {
  if (DETAILS_WORD.test(line.slice(words[k].index!))) return true;
  // (Or as another language states them: "Festanstellung, Vollzeit", "Homeoffice möglich".)
  if (opensWithTermPhrase(words.slice(k, k + TERM_WORDS).map((w) => w[0]))) return true;
  // The place's own name first: a name closed by a state's code ("Health Partners Phoenix, AZ") is an address only whole.
  const placeWords = words.slice(k, k + PLACE_WORDS).map((w) => w[0]);
  return placeWords.some((_, n) => standsAsPlace(placeWords.slice(0, n + 1).join(' ').replace(/[,.]$/, '')));
}

/**
 * Whether words of a run-on line are a place whole, its name first: a run-on line gives no cue but the place's own
 * qualifier, so a town whose name is a word too starts nothing alone ("Street restaurant"), with its state or county it
 * does ("Phoenix, AZ"); and a name closed by a state's code is an address only whole ("Health Partners Phoenix, AZ").
 * A US town of any size stands with its state's code ("Baytown, TX"), as US boards print every place.
 */
function standsAsPlace(place: string): boolean {
  const name = place.split(',')[0];
  return (isPlaceLine(place) && isPlaceLine(name) && (name !== place || !needsPlaceCue(name))) || isUsTownLine(place);
}
