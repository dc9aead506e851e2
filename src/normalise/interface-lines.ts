/**
 * The board's own interface in text copied from a job page: the buttons and
 * prompts a select-all copy keeps as lines of their own ("Share", "Easy
 * Apply", "Show more", "Save Senior Data Engineer at Contoso", an employer's
 * rating "4.2 ★"), and the runs
 * such a line opens (a hiring team's names and titles under "Meet the hiring
 * team", the cards under "Similar jobs") up to the next section heading. They
 * are left out of the text, as a page's furniture is, so no title, employer,
 * place or duty is read from them. The words are data: page-words.json.
 */
import pageWords from '../data/words/page-words.json';
import { wordKey } from '../data/words/fold';
import { alternationOf } from '../util/escape-regexp';
import { lookupHeading } from '../sections/headings';
import { MappedTextBuilder, type MappedText } from './mapped-text';
import { gluedWords } from './glued-words';
import { isSiteLine } from './page/title';
import { namesOneRole, namesRole, PLURAL_END, ROLE_NOUN_END, TITLE_QUALIFIER } from './role-words';
import { labelField } from './field-labels';
import { GENDER_MARK } from './line-parts';
import { RELATED_HEADING } from './page/furniture';
import { lazy } from '../util/lazy';

const CAPITAL_START = /^\p{Lu}/u;

const keys = (table: Record<string, string[]>): ReadonlySet<string> => new Set(Object.values(table).flat().map(wordKey));
const INTERFACE = keys(pageWords.interface);
const RUN_OPENERS = keys(pageWords.interfaceRuns);
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(pageWords.languageNames.map(wordKey));
/** Whether a word is a language's own name, as a site's language picker prints it ("English", "Dansk", "Français"). */
export const isLanguageName = (word: string): boolean => LANGUAGE_NAMES.has(wordKey(word));
/** A language picker's line at most: a few names. */
const MAX_PICKER = 80;
// The separators of a language picker's names: "Deutsch | English", "English · Français".
const PICKER_PARTS = /[|/·•]/;
// LinkedIn's save button read aloud: "Save Senior Data Engineer at Contoso". Bounded: linear.
const SAVE_BUTTON = /^Save [^\n]{1,100} at [^\n]{1,80}$/;
/** An employer's rating as boards print it beside the name ("4.2 ★", "3.8 out of 5 stars"), as a pattern's source. */
export const RATING_SOURCE = String.raw`[0-5](?:[.,]\d)?[ \t]?(?:[★☆]|out of 5(?: stars?)?)`;
const RATING = new RegExp(`^${RATING_SOURCE}$`);
/** A word of that rating when a line's words are read one by one: "4.2", "★". */
export const RATING_MARK = /^(?:[0-5][.,]\d|[★☆])$/;
// A cookie banner's text ("We use cookies to ...", "Wir verwenden Cookies", the Polish "plików cookie, aby ..."; not
// "Cookie Decorator"), and a breadcrumb's arrow on a line of its own.
// (Italian and Spanish write the plural as the singular: "utilizziamo cookie e tecnologie simili"; Swedish, Norwegian
// and Canadian French have their own words: "Vi använder kakor", "informasjonskapsler", "témoins".)
const COOKIE_LINE = /\b(?:cookies|kakor|informasjonskapsler|témoins)\b|\bcookie(?:[ \t](?:policy|settings|preferences|notice|consent)\b|(?=[,;])|[ \t](?=(?:e|ed|y|et|o|ou|and|or|und)[ \t]))/i;
const ARROW_LINE = /^[›»>]$/;
// A link back to the list: "< Back to Current Openings", "← Back to all jobs", "< View all open positions", "See all jobs
// at Contoso".
const BACK_LINK =
  /^[<←‹«]?[ \t]?(?:back to [^\n]{1,60}|(?:view|see|browse|show) all (?:(?:open|current|our) )?(?:jobs|positions|openings|roles|vacancies|opportunities)(?: at [^\n]{1,60})?)$/i;
// A search box's radius, as its picker prints it: "15 miles", "Within 25 miles", "+ 10 km".
const RADIUS_LINE = /^(?:within |\+ ?)?\d{1,3} ?(?:miles?|mi|km|kilometres?|kilometers?)$/i;
// "Other jobs at Contoso Financial Services", "More openings from Northwind": a box of the employer's other jobs.
const OTHER_JOBS = /^(?:other|more) (?:jobs|openings|positions|roles) (?:at|from|with) [^\n]{1,80}$/i;
/** A box of other jobs' heading is a short line. */
const MAX_BOX_HEADING = 60;
// A box of other jobs on one line, its heading and a colon before them: "Similar jobs: Development Manager - Philadelphia,
// PA · Grants Writer (Contract) - Remote · Annual Fund Coordinator". Its separators: two at least.
const LIST_SEPARATOR = / [·•|] /g;
const MIN_LIST_SEPARATORS = 2;

/** Whether `line` is a box of other jobs on one line (see LIST_SEPARATOR). */
function isInlineJobList(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > MAX_BOX_HEADING || !RELATED_HEADING.test(line.slice(0, colon).trim())) return false;
  return (line.slice(colon).match(LIST_SEPARATOR)?.length ?? 0) >= MIN_LIST_SEPARATORS;
}
/** The longest interface line: longer lines are not folded. */
const MAX_LINE = 200;
/** A job title's words at most. */
const TITLE_WORDS = 10;
/** A run's lines at most, when no section heading ends it sooner. */
const MAX_RUN = 12;
/** A box of other jobs' lines at most, read on past MAX_RUN while its lines are cards' (see isCardLine). */
const MAX_CARD_RUN = 120;
/** A card's line at most: its characters, and the words of one that ends as a sentence does ("Contoso Inc."). */
const MAX_CARD_LINE = 80;
const MAX_CARD_WORDS = 6;
const isCardLine = (line: string): boolean => line.length <= MAX_CARD_LINE && (!SENTENCE_ENDS.test(line.trim()) || line.trim().split(/\s+/).length <= MAX_CARD_WORDS);
/** Lines that must be interface before any is left out: one "Share" line may be the posting's own word. */
const MIN_SIGNS = 2;
/** A site's menu bar: this many interface lines in a row ("Find jobs", "Company reviews", "Sign in"). */
const MENU_BAR = 3;
/** How far down the text a menu bar may start, in lines, and how many words a line over it may have. */
const HEAD_LINES = 6;
const HEAD_WORDS = 8;

// A card of a list of other jobs is left out as the interface is, but makes no menu bar (see pageHead).
type LineKind = 'interface' | 'opener' | 'card' | 'text';

/** A menu's words at most, and an entry's, when its items lost the breaks between them. */
const MAX_MENU_WORDS = 12;
const MAX_ENTRY_WORDS = 6;

/** Whether the words `keys[from, to)` (folded; an empty key, a mark, left out) are one interface entry. */
function isEntry(keys: readonly string[], from: number, to: number): boolean {
  return INTERFACE.has(keys.slice(from, to).filter((k) => k !== '').join(' '));
}

/**
 * The ends of the runs of interface entries that open a run of words (folded keys; an empty key, a mark such as "<",
 * goes with the entries around it): for each number of words that entries in a row make up, where the last entry
 * starts. Read up to MAX_MENU_WORDS words.
 */
function entryRuns(keys: readonly string[]): { end: number; lastStart: number }[] {
  const n = Math.min(keys.length, MAX_MENU_WORDS);
  // lastStart[i]: where the last entry of a run ending after i words starts; -1 where no run ends there.
  const lastStart: number[] = new Array(n + 1).fill(-1);
  lastStart[0] = 0;
  for (let i = 0; i < n; i++) {
    if (lastStart[i] === -1) continue;
    if (keys[i] === '') lastStart[i + 1] = Math.max(lastStart[i + 1], lastStart[i]);
    for (let j = i + 1; j <= Math.min(n, i + MAX_ENTRY_WORDS); j++) {
      if (isEntry(keys, i, j)) lastStart[j] = Math.max(lastStart[j], i);
    }
  }
  const runs: { end: number; lastStart: number }[] = [];
  for (let j = 1; j <= n; j++) if (lastStart[j] !== -1) runs.push({ end: j, lastStart: lastStart[j] });
  return runs;
}

// The first word of each interface entry: a line opening with no such word is no menu (every line of every text is
// asked, so most are answered without reading its runs).
const ENTRY_FIRST_WORDS: ReadonlySet<string> = new Set([...INTERFACE].map((entry) => entry.split(' ')[0]));

/**
 * A menu flattened onto one line ("Job Search My Jobpage Basic Search Advanced Search", as a scraper's text keeps a
 * bar of links): the line's words (`key`, folded) are two or more interface entries in a row, and nothing else. (The
 * whole line as one entry is an interface line already.)
 */
function isFlatMenu(key: string): boolean {
  const words = key.split(' ');
  if (words.length < 2 || words.length > MAX_MENU_WORDS || !ENTRY_FIRST_WORDS.has(words[0])) return false;
  return entryRuns(words).some((r) => r.end === words.length);
}

// The words a menu's entry may hold beside its capitalised ones ("Careers at Contoso", "Students & Graduates"), and a
// site's address as its last link ("alpenlicht.at").
const ENTRY_JOINING = /^(?:at|to|of|for|in|and|the|a|&|\+)$/;
const SITE_ADDRESS = /^[\p{L}\d-]+\.[a-z]{2,6}$/u;
/** A menu bar with links no list holds: the least of its entries the interface's, its most words, and the most words in small letters an entry of its own goes on with. */
const MIN_KNOWN_ENTRIES = 2;
const MAX_BAR_WORDS = 16;
const MAX_SMALL_WORDS = 2;

/**
 * A menu bar whose links a copy keeps on one line, some of them the site's own ("Jobs Companies Services Salary
 * calculator Campus", "Home Search Jobs Life at Contoso Veterans Sign In"): two or more interface entries, every other
 * word capitalised or joining an entry's words, and no job's title at its end. A title holds one entry at most.
 */
function isLinkBar(line: string): boolean {
  const words = line.split(/\s+/);
  // (A title's qualifier is no link: "Development Director, AR & OK (Home Based)".)
  if (words.length < 3 || words.length > MAX_BAR_WORDS || /[.!?;,]$|[,()]/.test(line) || ROLE_NOUN_END.test(line.split(/\s[-–—]\s/)[0])) return false;
  const keys = words.map((w) => wordKey(w));
  let known = 0;
  // An entry of its own may go on in small letters after its capitalised word ("Explore careers", "Über uns").
  let small = 0;
  for (let i = 0; i < words.length; ) {
    let length = 0;
    for (let j = Math.min(words.length, i + MAX_ENTRY_WORDS); j > i && length === 0; j--) if (isEntry(keys, i, j)) length = j - i;
    if (length > 0) {
      known++;
      small = MAX_SMALL_WORDS;
      i += length;
      continue;
    }
    if (CAPITAL_START.test(words[i])) small = 0;
    else if (!ENTRY_JOINING.test(words[i]) && !SITE_ADDRESS.test(words[i]) && ++small > MAX_SMALL_WORDS) return false;
    i++;
  }
  return known >= MIN_KNOWN_ENTRIES;
}

/**
 * Where the title may start in a whole page scraped onto one line that opens with the site's menu ("Careers Home View
 * All Jobs Office Manager Boise, Idaho ...", glued or not: "View All JobsDental Assistant"): after the longest run of
 * interface entries, in characters, or 0. The
 * last entry stays when it opens a phrase the text restates ("Team" of "All jobs Team Leader ... our Team Leader"):
 * `restated(from, to)` says whether the text goes on to restate the line's characters from `from` to `to`.
 */
export function interfaceLead(line: string, restated: (from: number, to: number) => boolean): number {
  const tokens = gluedWords(line.slice(0, MAX_LINE));
  const keys = tokens.map((t) => wordKey(t[0]));
  const runs = entryRuns(keys);
  for (let r = runs.length - 1; r >= 0; r--) {
    const { end, lastStart } = runs[r];
    if (end >= tokens.length) continue;
    const next = tokens[end];
    if (restated(tokens[lastStart].index!, next.index! + next[0].length)) continue;
    return next.index!;
  }
  return 0;
}

/**
 * A line of the board's interface ("Open roles", "Easy Apply"): over a title it is never the title, alone or not. (Not
 * a cookie banner's line by its word alone: a text that lost its line breaks may run on from it into the posting.)
 */
export function isInterfaceLine(line: string): boolean {
  return kindOf(line) === 'interface' && !COOKIE_LINE.test(line);
}

/**
 * Words of the board's interface inside a line that ran on ("Easy Apply Save" before "Contoso is ..."): as an
 * interface line, but no bar of links, whose capitalised words of its own would take the name that follows.
 */
export function isInterfaceRun(phrase: string): boolean {
  return kindOf(phrase, false) === 'interface' && !COOKIE_LINE.test(phrase);
}

function kindOf(line: string, bars = true): LineKind {
  const trimmed = line.trim();
  if (trimmed.length === 0) return 'text';
  if (isInlineJobList(trimmed)) return 'card';
  if (trimmed.length > MAX_LINE) return 'text';
  const key = wordKey(trimmed);
  if (INTERFACE.has(key) || isFlatMenu(key) || (bars && isLinkBar(trimmed)) || isLanguagePicker(trimmed) || SAVE_BUTTON.test(trimmed) || RATING.test(trimmed) || COOKIE_LINE.test(trimmed) || ARROW_LINE.test(trimmed) || BACK_LINK.test(trimmed) || RADIUS_LINE.test(trimmed) || isBarredMenu(trimmed)) return 'interface';
  // (Or any heading of a box of other jobs, as a page's furniture is known by it: "Similar jobs found on Eluta".)
  return RUN_OPENERS.has(key) || OTHER_JOBS.test(trimmed) || (trimmed.length <= MAX_BOX_HEADING && RELATED_HEADING.test(trimmed)) ? 'opener' : 'text';
}

// Where a scraper glued one link to the next: a lower-case letter, then a capital ("Find jobsHire talent"), or a
// capitalised word after a word in capitals ("Mit CVVirksomheder").
const GLUE_POINT = lazy(() => /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
const MIN_GLUED_ENTRIES = 2;
/** A menu bar's line at most: a page scraped onto one line is no menu. */
const MAX_GLUED_MENU = 120;

/**
 * A menu bar whose links a scraper glued into one line ("Find jobsHire talentConsultingSalary GuideSign in"): two glue
 * points or more, and two or more of the pieces between them a site's or its interface's words (or one glue point
 * between two such pieces). A site's line, which
 * plain-header reads over, but kept in the text: the lines around it read as the menus they are. (A title glues one
 * name's words at most: "Senior DevOps Engineer (JavaScript)" has none of them.)
 */
export function isGluedMenu(line: string): boolean {
  if (line.length > MAX_GLUED_MENU) return false;
  const pieces = line.split(GLUE_POINT());
  if (pieces.length < 2) return false;
  // (A piece may hold entries the scraper kept a space between: "Find jobsSalaries Career adviceRecruiters".)
  const entries = pieces.filter((p) => {
    const key = wordKey(p.trim());
    return INTERFACE.has(key) || isFlatMenu(key) || isSiteLine(p.trim());
  }).length;
  // (Two buttons glued, each the interface's: "AkceptujęUstawienia", "Tillad alleKun nødvendige".)
  return pieces.length === 2 ? entries === 2 : entries >= MIN_GLUED_ENTRIES;
}

// The bars between a menu's links as a copy keeps them: "Jobs | Employers | Sign in", "About · Privacy · Terms".
const MENU_BARS = /\s[|·•]\s/;
/** A barred menu's links at least, and the most words of one. */
const MIN_BARRED_LINKS = 3;
const MAX_LINK_WORDS = 3;
const MIN_BARRED_ENTRIES = 2;

/**
 * A menu whose links a copy keeps between bars ("Jobs | Employers | Training | Sign in | Register | বাংলা"): three
 * links or more, each of a few words, two fifths of them or more (two at least) the interface's entries or a
 * language's name. (A title's
 * line of parts, "Data Engineer | Contoso | Austin, TX", holds none.)
 */
function isBarredMenu(line: string): boolean {
  const links = line.split(MENU_BARS).map((link) => link.trim());
  if (links.length < MIN_BARRED_LINKS || links.some((link) => link === '' || link.split(' ').length > MAX_LINK_WORDS)) return false;
  const entries = links.filter((link) => INTERFACE.has(wordKey(link)) || isLanguageName(link)).length;
  return entries >= MIN_BARRED_ENTRIES && entries * 5 >= links.length * 2;
}

/** A language picker: two or more languages' own names ("Deutsch | English", "English Français"), a line alone. */
function isLanguagePicker(line: string): boolean {
  if (line.length > MAX_PICKER) return false;
  let parts = line.split(PICKER_PARTS).map((part) => part.trim());
  // (Without separators, each word a name: names of two words are written with one.)
  if (parts.length === 1) parts = line.split(' ');
  return parts.length >= 2 && parts.every(isLanguageName);
}

/**
 * A site's name and banner over its menu bar ("Glassdoor" over "Community", "Jobs", "Companies"; "An official website
 * of the United States government" over "Search", "Sign In", "Help") are the page's head too: the short lines before a
 * menu bar near the top are marked interface. A posting's own lines over a button or two ("Contoso" over "Share") stay.
 */
function pageHead(text: string, lines: { start: number; end: number; kind: LineKind }[]): void {
  const own = (l: { start: number; end: number }) => text.slice(l.start, l.end).trim();
  const filled = lines.filter((l) => l.end > l.start && own(l) !== '');
  // The last bar that starts near the top: a banner may stand between a skip link and the menu.
  for (let r = Math.min(HEAD_LINES, filled.length - 1); r > 0; r--) {
    const bar = r + MENU_BAR <= filled.length && filled.slice(r, r + MENU_BAR).every((l) => l.kind === 'interface');
    // A bar of links on one line is a menu bar too ("Careers | Store Locator | Shop"), under a banner that is no job's
    // line: a title over its buttons ("Store Manager" / "Apply | Save | Share") stays.
    const barLine = !bar && filled[r].kind === 'interface' && own(filled[r]).split(MENU_BARS).length >= MIN_BARRED_LINKS;
    if (!bar && !barLine) continue;
    const head = filled.slice(0, r);
    if (head.every((l) => own(l).split(/\s+/).length <= HEAD_WORDS && (bar || !jobLine(own(l))))) for (const l of head) l.kind = 'interface';
    return;
  }
}

/** A line shaped as a job's title, or naming one job's noun (see namesOneRole). */
const jobLine = (line: string): boolean => titleShaped(line) || namesOneRole(line);

// A link to a board's remote jobs, a line of its own (a list's mark aside): read alone, it is the posting's own word for
// remote work. Folded keys.
const REMOTE_LINKS: ReadonlySet<string> = new Set(pageWords.remoteLinks.map(wordKey));
/** How many lines either side of a menu's link are read, how many of them must be the interface's, and their words at most. */
const MENU_REACH = 3;
const MENU_SIGNS = 2;
const MENU_WORDS = 4;

// The interface's English entries as printed, for a menu run onto one line.
const INTERFACE_EN = alternationOf(pageWords.interface.en);
const ENTRY_AFTER = new RegExp(String.raw`^ (?:${INTERFACE_EN})(?= |$)`, 'i');
// An entry ending a few words before the link ("Job search Recruiter directory Work from home").
const ENTRY_BEFORE = lazy(() => new RegExp(String.raw`(?:^| )(?:${INTERFACE_EN})(?: [\p{L}&'-]+){0,3} $`, 'iu'));
/** How far before a run-on link its menu's entry is looked for. */
const ENTRY_REACH = 80;

/**
 * A link to a board's remote jobs in its menu run onto one line with the rest of the page ("... Contact us Job search
 * Recruiter directory Work from home Browse jobs ..."): printed in capitals as the link is, right before one of the
 * interface's entries and a few words after another. The link's capital matters: a posting's "work from home" is no menu.
 */
export function isRunOnMenuLink(text: string, start: number, end: number): boolean {
  if (!REMOTE_LINKS.has(wordKey(text.slice(start, end))) || !CAPITAL_START.test(text.slice(start, start + 1))) return false;
  return ENTRY_AFTER.test(text.slice(end, end + MAX_LINE)) && ENTRY_BEFORE().test(text.slice(Math.max(0, start - ENTRY_REACH), start));
}

/**
 * A site's menu with a link to its remote jobs ("Jobs", "Remote", "Companies", "Salaries" at the page's head; "Contact
 * us", "Job search", "Work from home", "Browse jobs" in its footer): a remote link's line whose neighbours of a link's
 * few words, up to MENU_REACH either side, are MENU_SIGNS or more the interface's, is the menu's link, marked so.
 * Below the first line shaped as a job's title, a details box may print the job's own "Remote" among buttons
 * ("Location" / "Remote" / "Apply now"): there the link has the interface's lines on both sides, and no field's label
 * over it.
 */
function remoteMenuLink(text: string, lines: { start: number; end: number; kind: LineKind }[]): void {
  const filled = lines.filter((l) => l.end > l.start && text.slice(l.start, l.end).trim() !== '');
  const own = (l: { start: number; end: number }) => text.slice(l.start, l.end).trim();
  let head = true;
  for (let i = 0; i < filled.length; i++) {
    if (head && titleShaped(own(filled[i]))) head = false;
    if (filled[i].kind !== 'text' || !REMOTE_LINKS.has(wordKey(own(filled[i])))) continue;
    // The menu's short lines either side, up to a longer one (a bar of links run onto one line, "Sign in Employers / Post a job").
    const short = (l: { start: number; end: number }) => wordKey(own(l)).split(' ').length <= MENU_WORDS;
    let from = i;
    while (from > Math.max(0, i - MENU_REACH) && short(filled[from - 1])) from--;
    let to = i + 1;
    while (to < Math.min(filled.length, i + 1 + MENU_REACH) && short(filled[to])) to++;
    const before = filled.slice(from, i);
    const after = filled.slice(i + 1, to);
    if ([...before, ...after].filter((l) => l.kind === 'interface').length < MENU_SIGNS) continue;
    const isInterface = (l: { kind: LineKind }) => l.kind === 'interface';
    if (!head && (!before.some(isInterface) || !after.some(isInterface) || (i > 0 && labelField(own(filled[i - 1])) !== undefined))) continue;
    filled[i].kind = 'interface';
  }
}

/** A job card's date, as a pattern's source: "2 weeks ago", "Posted 30+ Days Ago", "Posted Today". */
export const CARD_DATE_SOURCE = String.raw`(?:\b\d{1,2}\+? (?:minute|hour|day|week|month)s? ago|posted (?:today|yesterday))`;
// A job card's date, ending its last line: "Melbourne, Victoria, Australia 2 weeks ago".
const CARD_DATE = new RegExp(`${CARD_DATE_SOURCE}$`, 'i');
/** How many lines a card may take, and how many cards in a row make a list of other jobs. */
const MAX_CARD_LINES = 6;
const MIN_CARDS = 3;

/**
 * A list of other jobs' cards, as a board's "Similar jobs" or "People also viewed" copies (title, employer, place and
 * how long ago, card after card): MIN_CARDS dated lines or more, each within MAX_CARD_LINES of the last, are marked
 * cards with the lines of the first card over its date. Blank lines are not counted: Markdown and page converters
 * print one between a card's parts. How many lines were so marked.
 */
function otherJobCards(text: string, lines: { start: number; end: number; kind: LineKind }[]): number {
  const dated: number[] = [];
  // How many lines with words come before each dated line.
  const filledBefore: number[] = [];
  let filled = 0;
  for (let i = 0; i < lines.length; i++) {
    const own = text.slice(lines[i].start, lines[i].end).trimEnd();
    if (own.length <= MAX_LINE && CARD_DATE.test(own)) {
      dated.push(i);
      filledBefore.push(filled);
    }
    if (own !== '') filled++;
  }
  let marked = 0;
  for (let a = 0; a < dated.length; ) {
    let b = a;
    while (b + 1 < dated.length && filledBefore[b + 1] - filledBefore[b] <= MAX_CARD_LINES) b++;
    if (b - a + 1 >= MIN_CARDS) {
      // The first card takes as many lines as the next one does.
      const first = Math.max(0, dated[a] - (dated[a + 1] - dated[a]) + 1);
      for (let i = first; i <= dated[b]; i++) {
        if (lines[i].kind === 'text') {
          marked++;
          lines[i].kind = 'card';
        }
      }
    }
    a = b + 1;
  }
  return marked;
}

// Two words run together, as menu entries copied without their break are ("Find a jobSkip to content").
const GLUED = /\p{Ll}\p{Lu}/u;

/**
 * A line shaped as a job's title: a few words ending in a job's noun ("Payroll Specialist"; not "Recruiters"), not
 * menu entries run together.
 */
function titleShaped(line: string): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/).length;
  // (Its core may end as a job's: "Disability Support Worker - Casual".)
  const core = trimmed.split(TITLE_QUALIFIER)[0];
  // (Or it names the genders it is open to, whatever its last word: "Projektleiter:in Elektrotechnik (m/w/d)".)
  return words >= 2 && words <= TITLE_WORDS && ((ROLE_NOUN_END.test(core) && !PLURAL_END.test(core)) || GENDER_MARK.test(trimmed)) && !GLUED.test(trimmed);
}

/** `m` without the lines of a board's interface, or `m` itself where it holds fewer than MIN_SIGNS of them. */
// A line that goes on with the sentence above it: it opens in lower case.
const GOES_ON = /^\s*\p{Ll}/u;
const SENTENCE_ENDS = /[.!?]\s*$/;
/** A line of prose at least this long, ending as a sentence does, is a paragraph of the posting. */
const PARAGRAPH = 200;
const isParagraph = (line: string): boolean => line.length >= PARAGRAPH && SENTENCE_ENDS.test(line);

// A line a converter wrapped is long (html-to-text wraps at 80 characters) and ends inside its sentence, on a word.
const WRAPPED_LINE = 60;
const WORD_END = /\p{Ll}$/u;

/**
 * A cookie banner's sentence that a converter wrapped ("Utilizamos cookies ... y" / "mostrarte publicidad ... Más
 * información"; "... dopasować treści do" / "Twoich zainteresowań."): the lines that go on with it, in lower case or
 * under a long line that ends on a word, are the banner's too. Returns how many it marked.
 */
function wrappedBanner(text: string, lines: { start: number; end: number; kind: LineKind }[]): number {
  let marked = 0;
  let banner = false;
  let wrapped = false;
  for (const line of lines) {
    const own = text.slice(line.start, line.end);
    const goesOn: boolean = banner && line.kind === 'text' && (wrapped || GOES_ON.test(own));
    if (goesOn) {
      line.kind = 'interface';
      marked++;
    }
    banner = (goesOn || COOKIE_LINE.test(own)) && !SENTENCE_ENDS.test(own);
    wrapped = own.trimEnd().length >= WRAPPED_LINE && WORD_END.test(own.trimEnd());
  }
  return marked;
}

/** The most words of a cookie banner's heading ("Il rispetto della tua privacy è la nostra priorità"). */
const BANNER_HEADING_WORDS = 10;

/**
 * A cookie banner that opens the page, under a heading of its own in any language ("Vi bryr oss om personvernet
 * ditt" over "FINN og våre partnere bruker informasjonskapsler (cookies) ..."): the heading is the banner's too, not
 * a title. Only over the text's first such line, where nothing but the interface stands over the heading, and never
 * a line shaped as a job's title. Returns how many it marked.
 */
function bannerHeading(text: string, lines: { start: number; end: number; kind: LineKind }[]): number {
  let k = 0;
  while (k < lines.length && lines[k].kind === 'interface') k++;
  const heading = lines[k];
  const next = lines[k + 1];
  if (!heading || !next || heading.kind !== 'text' || !COOKIE_LINE.test(text.slice(next.start, next.end))) return 0;
  const own = text.slice(heading.start, heading.end).trim();
  if (own.split(/\s+/).length > BANNER_HEADING_WORDS || SENTENCE_ENDS.test(own) || titleShaped(own) || namesRole(own)) return 0;
  heading.kind = 'interface';
  return 1;
}

/** `m` without the lines `drop` picks. */
function withoutLines(m: MappedText, lines: readonly { start: number; next: number; kind: LineKind }[], drop: (l: { kind: LineKind }) => boolean): MappedText {
  const out = new MappedTextBuilder(m.text.length);
  let kept = 0;
  for (const line of lines) {
    if (!drop(line)) continue;
    out.copy(m, kept, line.start);
    kept = line.next;
  }
  out.copy(m, kept, m.text.length);
  return out.build();
}

export function dropInterfaceLines(m: MappedText): MappedText {
  const text = m.text;
  const lines: { start: number; end: number; next: number; kind: LineKind }[] = [];
  let signs = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const kind = kindOf(text.slice(start, end));
    if (kind !== 'text') signs++;
    lines.push({ start, end, next: nl === -1 ? text.length : nl + 1, kind });
    start = nl === -1 ? text.length : nl + 1;
  }
  signs += wrappedBanner(text, lines);
  signs += bannerHeading(text, lines);
  signs += otherJobCards(text, lines);
  // Most texts stop here: the section headings that end a run are looked up only in a copied page. (A box of other jobs
  // on one line goes all the same: it is no posting's own line.)
  if (signs < MIN_SIGNS) return lines.some((l) => l.kind === 'card') ? withoutLines(m, lines, (l) => l.kind === 'card') : m;
  pageHead(text, lines);
  remoteMenuLink(text, lines);
  const heading = (i: number) => lookupHeading(text.slice(lines[i].start, lines[i].end).trim()) !== null;
  const out = new MappedTextBuilder(text.length);
  let kept = 0;
  let firstTitle = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'interface' || line.kind === 'card') {
      out.copy(m, kept, line.start);
      kept = line.next;
    } else if (line.kind === 'opener') {
      // With no job's title over it, "Similar jobs" is a link among the page's menus and buttons, and the posting's
      // header is still to come: the line alone goes. (A paragraph over it is the posting's body, its header passed,
      // whatever its title's words: "Técnico/a de Administración de Personal".)
      if (firstTitle === -1) {
        firstTitle = lines.findIndex((l) => l.kind === 'text' && (titleShaped(text.slice(l.start, l.end)) || isParagraph(text.slice(l.start, l.end))));
        if (firstTitle === -1) firstTitle = lines.length;
      }
      if (firstTitle > i) {
        out.copy(m, kept, line.start);
        kept = line.next;
        continue;
      }
      // The run: the opener and what follows it, up to a section heading ("About the job") or MAX_RUN lines, and on
      // while its lines are a box's cards (a title, an employer, a place, a pay: short, no sentence).
      let last = i;
      while (last + 1 < lines.length && last - i < MAX_RUN && !heading(last + 1)) last++;
      while (last + 1 < lines.length && last - i < MAX_CARD_RUN && isCardLine(text.slice(lines[last + 1].start, lines[last + 1].end)) && !heading(last + 1)) last++;
      // (And on to the end of a sentence its last line began: "Hundreds of" / "YC startups" / "are hiring on ...", kept,
      // would join the line over the run.)
      while (last + 1 < lines.length && last - i < MAX_CARD_RUN && GOES_ON.test(text.slice(lines[last + 1].start, lines[last + 1].end))) last++;
      out.copy(m, kept, line.start);
      kept = lines[last].next;
      i = last;
    }
  }
  out.copy(m, kept, text.length);
  return out.build();
}
