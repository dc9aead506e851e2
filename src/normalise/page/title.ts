import type { Block } from '../../contract';
import { lookupHeading } from '../../sections/headings';
import type { PageMeta } from './meta';
import { isPlaceLine } from '../../extractors/location/place-line';
import { wordKey } from '../../data/words/fold';
import pageWords from '../../data/words/page-words.json';
import { alternationOf } from '../../util/escape-regexp';
import { LEGAL_FORM } from '../../extractors/company/legal-form';

/**
 * The posting's title on a whole page. Candidates: the page's headings (h1
 * before h2 before h3), its own titles (og:title, `<title>` without the
 * site's suffix) and JSON-LD's title. A heading wins by agreement with the
 * page's titles and by shape (not a site name, section header, form label or
 * button); a page title whose text the body shows is next; then the title
 * the markup names (a class or id "job-title"); then the best heading by
 * shape alone.
 */
export interface PageHeading {
  block: Block;
  /** 1 for `<h1>` ... 6; a heading found by its text (bold line) is 4. */
  level: number;
}

export interface PickedTitle {
  start: number;
  end: number;
  reason: string;
}

const NO_WORD_CHARS = /[^\p{L}\p{N}]+/gu;

/** Case, accents, punctuation and spacing do not count. */
export const foldText = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(NO_WORD_CHARS, ' ')
    .trim();

// Separators between a page title's parts: " | ", " - ", " – ", " — ", " · ", " @ ", " :: ".
export const SEPARATOR = / (?:[|\-–—·•@]|::) /;
// Words of site furniture that are never a posting's title (a search form's first choices among them: "All Departments";
// a cookie banner's buttons: "Accept", "Manage").
const NOT_A_TITLE_WORDS = String.raw`search|job search|search for|find jobs?|apply|apply now|apply for this job|sign in|log in|login|register|join|jobs?|careers?|career opportunities|job details|job overview|job summary|job description|overview|summary|contact|contact information|company info|company|locations?|share|save|save this job|menu|navigation|mobile navigation|site navigation|similar searches|similar jobs|create career profile|home|quick links|skip to content|skip to main content|search for jobs|search jobs|view (?:all )?jobs?|browse jobs|all jobs|open positions|vacancies|work with us|(?:all|any) (?:[a-z]+ )?(?:departments|categories|locations|types|teams|functions|industries|regions|workplaces?|type|location|pay|salary|time)|create (?:an )?account|create a profile|sign up|manage(?: cookies| preferences| settings)?|accept(?: all)?(?: cookies)?|reject all|okay|got it|dismiss`;
export const NOT_A_TITLE = new RegExp(String.raw`^(?:${NOT_A_TITLE_WORDS})\b`, 'i');
// The same words as a whole line: the alternation is tried to its end, so "Search for jobs" is not cut at "Search".
const SITE_LINE = new RegExp(String.raw`^(?:${NOT_A_TITLE_WORDS})$`, 'i');
const MAX_TITLE_WORDS = 16;

// A document's own lines, as a PDF's text keeps them over the posting: its running head ("Willow Creek School District
// Licensed Vacancy Announcement"), its number ("Posting No. L-2025-117", "Job Announcement #25-0318", "Competition No.
// 25-14"), its page; and what it is, alone or with its number ("Employment Opportunity – Posting #NCSSB-25-09").
const DOC_NUMBER = String.raw`(?:job\s|vacancy\s)?(?:posting|announcement|requisition|vacancy|bulletin|competition)\s(?:no\.?|number|#)\s?:?\s?[\w-]{2,20}`;
const DOCUMENT_LINE = new RegExp(
  String.raw`\b(?:vacancy|job|position|employment|recruitment)\s(?:announcement|bulletin|notice)\b|^${DOC_NUMBER}(?:\s{2,}[^\n]{0,40})?$|^(?:employment|job|career)\sopportunit(?:y|ies)(?:\s[-–—|:]\s${DOC_NUMBER})?$|^page\s\d{1,3}(?:\sof\s\d{1,3})?$`,
  'i',
);
// A careers site's heading over its job, the employer's name and the site's word: "Shannonbridge Medical Ltd – Careers",
// "Careers | Nordkapp Tankers", "Contoso County - Employment Opportunities", "Careers at Contoso", "Join the team at Contoso", "Maasdal Logistics B.V. – Working at
// Maasdal", "Bluebird Coffee Roasters — Join the Flock", and the job's number beside the name: "Keystone Travel Health |
// Job #KTH-448213"; the site's word in other languages: "Nordkyst Emballage - Karriere", "Contoso - Ledige stillinger",
// "Contoso | Trabaja con nosotros". Bounded: linear.
// (Its words in other languages are data: page-words.json's careerSites.)
const CAREER_SITE_WORDS = alternationOf([...new Set(Object.values(pageWords.careerSites).flat())]);
const CAREERS_HEADING = new RegExp(
  String.raw`^(?:(?:careers|jobs|vacancies|current openings|open roles)(?: at| with)? [-–—|] ([^\n]{2,60})|(?:careers|jobs|working|join (?:the |our )?team) (?:at|with) ([^\n]{2,60})|([^\n]{2,60}?) [-–—|] (?:${CAREER_SITE_WORDS}|careers|jobs|vacancies|(?:job )?vacancy|current openings|open roles|job openings|open positions|(?:employment|career|job) opportunities|employment|now hiring|(?:careers|jobs|working|life) (?:at|with) [^\n]{2,40}|join (?:us|our team|the team|the [^\n]{2,20})!?|we(?:'re| are) hiring!?|(?:job|req|requisition|posting|ref|reference)\.? ?(?:#|no\.?|id:?) ?[\w-]{2,20}))$`,
  'i',
);

/** The employer's name in a careers site's heading (see CAREERS_HEADING), or null. */
export function careersHeadingName(line: string): string | null {
  const m = CAREERS_HEADING.exec(line);
  return m && (m[1] ?? m[2] ?? m[3]).trim();
}

/** Whether a line is a document's own (see DOCUMENT_LINE): never a title. */
export const isDocumentLine = (line: string): boolean => DOCUMENT_LINE.test(line);

const words = (table: Record<string, string[]>): string[] => [...new Set(Object.values(table).flat())];
const SITE_WORDS: ReadonlySet<string> = new Set(words(pageWords.notTitles).map(wordKey));

// Job titles that open with one of those words: "Home Health Aide", "Contact Centre Advisor", "Company Secretary".
const TITLE_OPENERS = new RegExp(String.raw`^(?:${words(pageWords.titleOpeners).join('|')})\b`, 'i');

/** A site's own words in any language of page-words.json: the English patterns above, or a listed line whole. */
export function isSiteWords(text: string): boolean {
  return (NOT_A_TITLE.test(text) && !TITLE_OPENERS.test(text)) || (text.length <= MAX_SITE_WORDS && SITE_WORDS.has(wordKey(text)));
}
const MAX_SITE_WORDS = 40;

/**
 * Whether `text` opens with a site's own words or a listed line's word ("Careers ...", "Recruiters ..."), or one the
 * caller knows for a site's (`siteWord`, a button's); not a title that opens with one ("Home Health Aide").
 */
export function opensWithSiteWords(text: string, siteWord: (word: string) => boolean = isSiteLine): boolean {
  const first = text.split(' ')[0];
  return isSiteWords(text) || ((isSiteLine(first) || siteWord(first)) && !TITLE_OPENERS.test(text));
}

/** A line that is a site's own words and nothing more ("Home", "Find jobs"; not "Home Manager", which opens with one). */
export function isSiteLine(text: string): boolean {
  return SITE_LINE.test(text) || (text.length <= MAX_SITE_WORDS && SITE_WORDS.has(wordKey(text)));
}

/** The words between a job and its employer ("at", "bei", "chez" ...), as a pattern's alternation. */
export const AT_WORDS = words(pageWords.at).join('|');
/** The verbs between an employer and a job ("hiring", "sucht", "recrute" ...), as a pattern's alternation. */
export const HIRING_WORDS = words(pageWords.hiring).join('|');

const AT_EMPLOYER = new RegExp(String.raw`^(.+?) (?:${AT_WORDS}|@) \S.*$`);
const HIRING = new RegExp(String.raw`^(.+?) (?:${HIRING_WORDS}) (.+?)(?: in ([^|–]+?))?(?: [|–] [^|–]*)?$`);

/** "Founding Product Designer at Mintlify", "Buchhalter bei Contoso": the job without its employer. */
function withoutEmployer(title: string): string {
  const at = AT_EMPLOYER.exec(title);
  return at ? at[1] : title;
}

/** The parts of a page title that can name the posting: "X at Y", "Y hiring X in Z" and separators taken apart. */
function titleParts(title: string): string[] {
  const parts = new Set<string>();
  const hiring = HIRING.exec(title);
  if (hiring) parts.add(hiring[2]);
  for (const piece of title.split(SEPARATOR)) {
    // Without its requisition number: "Maintenance Technician II (26000417)" over a page that shows it apart.
    const p = piece.replace(/^(?:job application for|job offer:?|job:|apply for|position:)\s+/i, '').replace(/ \(\d[\d-]{3,20}\)$/, '').trim();
    if (p === '') continue;
    // "X at Company", "X Job in Place", "X job at Company": the job without the rest.
    parts.add(withoutBoardWords(withoutEmployer(p)));
  }
  return [...parts];
}

// A board's words after the job in its page title: "Cook Job in Leeds", "Warehouse Associate shift in Ontario, CA".
const BOARD_WORDS_AFTER = /^(.+?) (?:(?:job|jobs|shift|shifts|vacancy|vacancies) in .+|job)$/i;
const withoutBoardWords = (job: string): string => BOARD_WORDS_AFTER.exec(job)?.[1] ?? job;

// A page title has a few pieces; more are not looked at for runs.
const MAX_PIECES = 8;

/**
 * The runs of two or more adjacent pieces of a page title, as it writes them: "Warehouse Associate - 2nd Shift" of
 * "Litware - Warehouse Associate - 2nd Shift", a job whose own dash the title's separators split.
 */
// (Global, for matchAll: built once, not per title.)
const SEPARATORS = new RegExp(SEPARATOR.source, 'g');

function pieceRuns(title: string): string[] {
  const cuts = [...title.matchAll(SEPARATORS)];
  if (cuts.length >= MAX_PIECES) return [];
  const starts = [0, ...cuts.map((c) => c.index + c[0].length)];
  const ends = [...cuts.map((c) => c.index), title.length];
  const runs: string[] = [];
  for (let i = 0; i < starts.length; i++) for (let j = i + 1; j < ends.length; j++) if (i > 0 || j < ends.length - 1) runs.push(withoutBoardWords(title.slice(starts[i], ends[j])));
  return runs;
}

function badShape(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  return (
    t.length < 2 ||
    words > MAX_TITLE_WORDS ||
    /[:?]$/.test(t) ||
    isSiteWords(t) ||
    (lookupHeading(t) !== null && words <= 4)
  );
}

/**
 * Where `part` first opens a line of `text`, or -1. A title shown on the page stands on its own line
 * ("Staff Nurse", "Staff Nurse at Careboard"); the site's name inside a sentence ("apply from your
 * Careboard account", "Careboard helps carers find shifts") is no title.
 */
function atLineStart(text: string, part: string): number {
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    if ((at === 0 || text[at - 1] === '\n') && shortRest(text, at + part.length)) return at;
  }
  return -1;
}

// What may follow a title on its line: " at Careboard", " - Leeds", no sentence ("Acme helps retailers forecast ...").
const MAX_REST = 40;

/** Whether the line goes on at most a few characters after `at`. */
function shortRest(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return (end === -1 ? text.length : end) - at <= MAX_REST;
}

// What a board says of its heading to screen readers, which a copy keeps: after a dash, "Warehouse Operative - job post";
// before it, as written and before two words or more, "Job posting Heavy duty equipment mechanic" ("Job Posting
// Specialist" is a job). And the employer's rating a job card glues before its title: "4.1 ★ Product Designer II".
export const SPOKEN_SUFFIX = new RegExp(String.raw`\s[-–]\s(?:${alternationOf(pageWords.titleSuffixes)})$`, 'i');
export const SPOKEN_PREFIX = new RegExp(String.raw`^(?:${alternationOf(pageWords.titlePrefixes)}):? (?=\p{Lu}\S* \S)|^[0-5][.,]\d ?★ (?=\S)`, 'u');

// What a board says to screen readers before its heading ("Job posting" in "<h1><span class=sr-only>Job posting</span>
// Cook</h1>"): before the page title's job, no part of it.
const SPOKEN_PREFIXES: ReadonlySet<string> = new Set(pageWords.titlePrefixes.map(foldText));

/**
 * Where the job starts in a heading that puts the site's name, another part of the page title, before it: "Job Bank
 * cook" under the page title "Cook - Job Bank", or what the board says to screen readers ("Job posting Cook"). 0 for
 * none.
 */
function afterSitePart(heading: string, parts: ReadonlySet<string>, leading: ReadonlySet<string>): number {
  // "Research Scientist - Generative AI" is one title that runs over the page title's dash, not a site's name and a job.
  if (SEPARATOR.test(heading)) return 0;
  const key = foldText(heading);
  for (const p of parts) {
    if (!key.endsWith(` ${p}`)) continue;
    const site = key.slice(0, key.length - p.length - 1);
    // The part the page title puts first is the job, not a site's name (see jobBeforeEmployer).
    if ((!parts.has(site) && !SPOKEN_PREFIXES.has(site)) || leading.has(site) || badShape(p)) continue;
    // The job's words are the heading's last ones: count them back from its end.
    const n = p.split(' ').length;
    let at = heading.length;
    for (let w = 0; w < n; w++) at = heading.lastIndexOf(' ', at - 1);
    return at > 0 ? at + 1 : 0;
  }
  return 0;
}

/**
 * Where the job ends in a heading that prints the employer after it, the job being the part the page title puts first:
 * "Comptable H/F Contoso France" (the job and the employer's link in one heading) under the page title "Comptable H/F -
 * Contoso France - Lyon", "Procurement Officer at Proseware Agro-Allied Limited" under the same "X at Y". 0 for none.
 * An employer after "at" is of two words or more, or a registered name: "Attorney at Law" is one title.
 */
function jobBeforeEmployer(heading: string, parts: ReadonlySet<string>, leading: ReadonlySet<string>): number {
  if (SEPARATOR.test(heading)) return 0;
  const at = AT_EMPLOYER.exec(heading);
  const employer = at ? heading.slice(at[1].length).replace(/^ \S+ /, '') : '';
  if (at && leading.has(foldText(at[1])) && (employer.includes(' ') || REGISTERED_NAME.test(heading))) return at[1].length;
  const key = foldText(heading);
  for (const p of parts) {
    if (!key.startsWith(`${p} `) || !leading.has(p) || badShape(p)) continue;
    const employer = key.slice(p.length + 1);
    if (!parts.has(employer) || leading.has(employer)) continue;
    // The employer's words are the heading's last ones: count them back from its end.
    let at = heading.length;
    for (let w = 0; w < employer.split(' ').length; w++) at = heading.lastIndexOf(' ', at - 1);
    return at > 0 ? at : 0;
  }
  return 0;
}

// A requisition number the heading prints after the job: "Field Service Technician II-(2600412)", "Analyst (R-10442)".
const REQUISITION = / ?(?:[-–] ?)?\((?:[A-Z]{1,4}-?)?\d[\d-]{3,20}\)$/;

/** Where the job ends in a heading (or a pasted page's title line): before a requisition number after it. */
export function jobEnd(text: string, block: { start: number; end: number }): number {
  const req = REQUISITION.exec(text.slice(block.start, block.end));
  return req && req.index > 0 ? block.start + req.index : block.end;
}

/**
 * Where the job ends in a title line without the requisition number a board's template joins to it with a dash
 * ("Field Service Technician II-(2600412)"). One in brackets after a space ("Quality Assurance Manager (1040524)") is
 * the title as the employer wrote it.
 */
export function jobEndBeforeDashed(text: string, block: { start: number; end: number }): number {
  const req = jobEnd(text, block);
  return /^ ?[-–]/.test(text.slice(req, block.end)) ? req : block.end;
}

// Parts of a page title that are no job: the employer's registered name ("Northwind Building Systems LLC"), the pay
// ("$19.50/hr", "€ 2.400").
const REGISTERED_NAME = new RegExp(String.raw` ${LEGAL_FORM}$`, 'u');
const PAY = /[$€£¥₹] ?\d|\d(?:\/| per )(?:hr|hour|h|year|yr|month)\b/i;
const notAJobPart = (part: string): boolean => REGISTERED_NAME.test(part) || PAY.test(part);

export function pickTitle(text: string, headings: readonly PageHeading[], meta: PageMeta, ldTitle?: string): PickedTitle | null {
  const titles = ldTitle ? [ldTitle, ...meta.titles] : meta.titles;
  const site = meta.siteName ? foldText(meta.siteName) : '';
  const parts = new Set(titles.flatMap((t) => [t, ...titleParts(t)]).map(foldText).filter((p) => p !== '' && p !== site));
  const leading = new Set(titles.map((t) => foldText(titleParts(t)[0] ?? t)));
  const logos = new Set(meta.logos.map(foldText));

  let best: { heading: PageHeading; score: number } | null = null;
  for (const [order, h] of headings.entries()) {
    const own = text.slice(h.block.start, h.block.end);
    const sitePrefixed = afterSitePart(own, parts, leading);
    if (sitePrefixed) return { start: h.block.start + sitePrefixed, end: h.block.end, reason: 'title/heading-agrees-with-page-title' };
    const employerAfter = jobBeforeEmployer(own, parts, leading);
    if (employerAfter) return { start: h.block.start, end: h.block.start + employerAfter, reason: 'title/heading-agrees-with-page-title' };
    const key = foldText(own);
    // A heading that repeats the logo's name is the employer's ("Northwind Traders" over the job's heading).
    if (badShape(own) || logos.has(key)) continue;
    // A part, or a run of parts the page title splits at its dashes ("Careers - Registered Nurse - ICU Nights - St Aldric").
    const agrees =
      parts.has(key) ||
      (key.split(' ').length >= 2 && [...parts].some((p) => (p.length > key.length && p.startsWith(`${key} `)) || ` ${p} `.includes(` ${key} `)));
    // Most page titles put the job first ("Staff Nurse | Careboard"): a heading naming the site agrees too.
    const first = leading.has(key) || [...leading].some((p) => key.split(' ').length >= 2 && p.startsWith(`${key} `));
    // The page title may shorten the job it puts first: "Electrician Job in Leeds - ..." over "Multi-skilled Electrician".
    const shortened = [...leading].some((p) => key.endsWith(` ${p}`));
    const score = (agrees || shortened ? 10 : 0) + (first ? 1 : 0) + Math.max(0, 4 - h.level) - order * 0.01;
    if (!best || score > best.score) best = { heading: h, score };
  }
  const marked = meta.markedTitle && !badShape(meta.markedTitle) ? atLineStart(text, meta.markedTitle) : -1;
  const markedSpan = marked === -1 ? null : { start: marked, end: marked + meta.markedTitle!.length, reason: 'title/marked-in-markup' };
  if (best && best.score >= 10) {
    const own = foldText(text.slice(best.heading.block.start, best.heading.block.end));
    // A heading that only repeats a page title of one piece, where the markup names another title, is the
    // site's name that every page of it shows ("Public Sector Jobs" over a job marked "lblJobTitle").
    const siteWide = markedSpan !== null && foldText(meta.markedTitle!) !== own && meta.titles.some((t) => foldText(t) === own && titleParts(t).length <= 1);
    if (siteWide) return markedSpan;
    return { start: best.heading.block.start, end: jobEnd(text, best.heading.block), reason: 'title/heading-agrees-with-page-title' };
  }

  // A page title the body shows (not as a heading): the longest part or run of parts found opening a line, not above
  // the page's main heading, where a part is the site's brand in its header ("USAJOBS" over "<h1>Contract Specialist"),
  // and not the name a logo gives (the employer, "Contoso Dental - Dental Assistant"), nor its place ("... - Nairobi").
  const main = headings.find((h) => h.level === 1 && !badShape(text.slice(h.block.start, h.block.end)));
  const found = titles
    .flatMap((t) => [t, ...titleParts(t), ...pieceRuns(t)])
    .map(withoutEmployer)
    .filter((p) => !badShape(p) && foldText(p) !== site && !logos.has(foldText(p)) && !isPlaceLine(p) && !notAJobPart(p))
    .sort((a, b) => b.length - a.length)
    .map((p) => ({ p, at: atLineStart(text, p) }))
    .find((c) => c.at !== -1 && (!main || c.at >= main.block.start));
  if (found) return { start: found.at, end: found.at + found.p.length, reason: 'title/page-title-in-text' };
  if (markedSpan) return markedSpan;

  if (best) return { start: best.heading.block.start, end: jobEnd(text, best.heading.block), reason: 'title/heading' };
  return null;
}
