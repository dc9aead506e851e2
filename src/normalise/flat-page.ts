/**
 * A whole job page scraped onto one line (its whitespace collapsed, as many scraping pipelines leave it): the site's
 * menus, banners and search box run on into the posting, in words no list holds, often thousands of characters of
 * them. As on a page copied with its lines (copied-page), the title stands where the board's details follow it (the
 * place, the way of working, the terms, the pay, an apply button, the posting's date or number), and it names a role;
 * where it starts and ends, the text's restating of it tells ("... the Senior Product Manager, Next.js, Europe role").
 */
import type { Block } from '../contract';
import type { Span } from '../types/common';
import { lowerCased } from '../util/last-text';
import { occursAsWords, occursAsWordsBefore } from '../util/whole-words';
import { gluedWords } from './glued-words';
import { isLevel, isRoleWord } from './role-words';
import { GENDER_MARK } from './line-parts';
import { isSiteLine, opensWithSiteWords } from './page/title';
import { isInterfaceLine, RATING_MARK } from './interface-lines';
import { labelField } from './field-labels';
import { APPLY, PAGE_LOADED, POSTED } from './copied-page';
import { RELATED_HEADING } from './page/furniture';
import { seniorityOf } from '../extractors/occupations/seniority';
import { LEGAL_FORM } from '../extractors/company/legal-form';

const CAPITAL_START = /^\p{Lu}/u;
// A capital and another letter: a word, not an initial.
const CAPITAL_WORD = /^\p{Lu}\p{L}/u;
// A capital, a digit or an opening bracket: where a restated title may start.
const TITLE_START = /^[\p{Lu}\d(]/u;

/** What run-on-header reads of a run-on line, passed in (it reads this module). */
export interface RunOnReading {
  /** Whether the words from the `k`th on start the place, the way of working, the pay or the terms. */
  detailsAt(line: string, words: RegExpMatchArray[], k: number): boolean;
  /** Whether the text after `from` names `phrase` as a job ("We are looking for a Senior Accountant"). */
  restatedAsJob(phrase: string, from: number): boolean;
  /** Whether a word may stand in a title (capitalised, or a joining word). */
  titleWord(word: string): boolean;
}

export interface FlatPageTitle {
  title: Span;
  /** The words between the title and its details: an employer's name ("Google" of "... Engineer Google Austin, TX", "at Reddit (View all jobs)"). */
  after: Span | null;
  /** The words right before it are a label the page says again ("Position Information"): no employer's name. */
  labelBefore: boolean;
  /** A name its details give with "at" or "by" ("Posted Today by Contoso Ltd Easy Apply", "Apply at Contoso"). */
  named: Span | null;
  /** Where its details start in the text ("Austin, TX Apply ..."), or -1 where none follow it. */
  details: number;
}

/** The shortest line read as a page: a post of a line or two ("Hiring: Barista in Leeds, £11/hr") has no menus. */
export const MIN_PAGE = 200;
/** The longest heading of a box of other jobs read at a word. */
const RELATED_REACH = 80;
// The word that closes a team's name: "Licensing Team", "Payments Group".
const TEAM = /^(?:Team|Group|Unit|Department|Division)$/;
/** How far into the line the title is looked for, in characters: a large site's menus run to thousands. */
export const REACH = 12_000;
/** Titles with details after them weighed at most. */
const MAX_CANDIDATES = 40;
const MAX_TITLE_WORDS = 10;
/** The words a title may go on with after its noun ("Manager, Next.js, Europe", "Developer - ERP und Web (m/w/d)"). */
const MAX_QUALIFIER_WORDS = 8;
const NEAR_QUALIFIER_WORDS = 4;
const BRACKET_WORDS = 4;
/** How many words may stand between a title and its details (an employer's name, a department). */
const DETAILS_REACH = 6;
const MAX_RESTATEMENTS = 20;
const MAX_TITLE_LENGTH = 120;

// The word before an employer's name among a title's details: "Posted Today by Contoso Ltd", "Apply at Contoso".
const BY_WORD = /^(?:at|by|@)$/;
const MAX_NAME_WORDS = 6;
// The word before a title and its employer: "Engineering Manager at Reddit (View all jobs)".
const AT_WORD = /^(?:at|@)$/;
// A sentence's words before a job's noun: "As a Data Engineer, you ...", "seeking an AI Policy Counsel", "This Senior
// Analyst will ...".
const ARTICLE = /^(?:a|an|the|as|our|your|this|that|its|their)$/i;
// A title ends with a word of its own: not a comma, a separator or a joining word.
const OPEN_END = /(?:,|^[-–—|/&+]|^(?:of|and|for|in|und|et|de))$/;
const SEPARATOR = /^[-–—|/·•]$/;
// A posting's number, the end of the card before in a list of jobs ("... Posted Today 20230167 Key Account Manager").
const JOB_NUMBER = /^\d{4,}/;
// What opens a title's qualifier after its noun: a dash, a bracket, "of" or "in" (a field: "Lecturer in Law"), a level.
const QUALIFIER = /^(?:[-–—|]|\(|(?:of|in)$|[IVX]{1,4}$|\d$)/;

/**
 * Words that open with the site's own (a menu's "Careers", "Jobs", "Search"; not "Home Health Aide"), or with a
 * button's (`buttons`: "Print"; not at the text's start, which opens the posting: "Team Coordinator ...").
 */
const siteWord = (words: string, buttons = true): boolean => opensWithSiteWords(words, buttons ? isInterfaceLine : undefined);
/** Two words that are a button's or a site's heading ("Apply now", "Job Details"), over which no title starts. */
const endsSiteWords = (two: string): boolean => isInterfaceLine(two) || isSiteLine(two);
// A registered name's last word ("Contoso GmbH Junior Developer"): the employer's name ends there.
const LEGAL_END = new RegExp(String.raw`(?:^|\s)${LEGAL_FORM}\s$`);
const LEGAL_FORM_ALONE = new RegExp(String.raw`^${LEGAL_FORM}$`);
/** A registered name's form alone ("GmbH", "Ltd"): no name. */
export const isLegalForm = (word: string): boolean => LEGAL_FORM_ALONE.test(word);

/**
 * The title of a page scraped onto one line, from `first.start`: of the phrases that name a role with the board's
 * details within a few words after them, the first the body names as a job, else the first it restates, else the
 * first. Null where none does.
 */
export function flatPageTitle(text: string, first: Block, read: RunOnReading): FlatPageTitle | null {
  const base = first.start;
  if (first.end - base < MIN_PAGE) return null;
  const line = text.slice(base, Math.min(first.end, base + REACH));
  const words = gluedWords(line);
  // The words as if spaced apart, for the details' patterns ("EmployeeFull-timeLeipzig" as a scraper glued it).
  const spaced = { line: '', words: [] as RegExpMatchArray[] };
  for (const w of words) {
    spaced.words.push(Object.assign([w[0]], { index: spaced.line.length }) as RegExpMatchArray);
    spaced.line += `${w[0]} `;
  }
  const lower = lowerCased(text);
  const endOf = (k: number) => words[k].index! + words[k][0].replace(/,$/, '').length;
  // A phrase of the line said again later, as words of their own.
  const restated = (from: number, to: number): boolean => occursAsWords(lower, lower.slice(base + from, base + to), base + to, MAX_RESTATEMENTS);
  // (Each word's answer kept: the candidates' reaches overlap.)
  const detailKnown: (boolean | undefined)[] = [];
  const detailAt = (k: number): boolean => (detailKnown[k] ??= detailStarts(k));
  const detailStarts = (k: number): boolean => {
    if (k >= words.length) return false;
    const two = line.slice(words[k].index!, k + 2 < words.length ? words[k + 2].index! : line.length);
    if (APPLY.test(two) || POSTED.test(two) || read.detailsAt(spaced.line, spaced.words, k)) return true;
    // A label before its value: "Location San Francisco", "Salary $90,000".
    return labelField(words[k][0]) !== undefined && k + 1 < words.length && read.detailsAt(spaced.line, spaced.words, k + 1);
  };

  /** The capitalised words after an "at" or "by" among the details from the `from`th word ("Posted Today by Contoso Ltd"). */
  const namedIn = (from: number): Span | null => {
    for (let k = from; k < Math.min(words.length - 1, from + DETAILS_REACH); k++) {
      if (!BY_WORD.test(words[k][0])) continue;
      let last = k;
      // (A registered name ends with its form: "Posted by Contoso Technical Ltd SC Cleared DevOps Engineer".)
      while (last + 1 < words.length && last - k < MAX_NAME_WORDS && CAPITAL_START.test(words[last + 1][0]) && !detailAt(last + 1) && !siteWord(words[last + 1][0]) && !(last > k && isLegalForm(words[last][0]))) last++;
      return last > k ? { text: line.slice(words[k + 1].index!, endOf(last)), start: base + words[k + 1].index!, end: base + endOf(last) } : null;
    }
    return null;
  };
  /**
   * The title's end and its details where the words before the details are a name the text says again: the end the
   * name leaves (one of `ends`, a qualifier's only where the title goes on with one), else `end` and -1.
   */
  const withEmployer = (i: number, end: number, ends: number[], goesOn: boolean): [number, number] => {
    let k = end + 1;
    while (k < Math.min(words.length, i + 2 + MAX_QUALIFIER_WORDS + DETAILS_REACH) && !detailAt(k)) k++;
    if (!detailAt(k)) return [end, -1];
    // (A name of two words or more, said again as written: not a qualifier's word the body uses, "Legal team". Its
    // department may follow it, capitalised words the text need not say with it: "Contoso University School of Law".)
    const opens = (m: number) => CAPITAL_START.test(words[m][0]) && ends.includes(m - 1) && (m - 1 === i || goesOn);
    const said = (m: number, to: number) => text.includes(line.slice(words[m].index!, endOf(to)), base + endOf(k - 1));
    // (The board's rating after the name ends it: "Contoso Wines Pty Ltd 4.2 ★ 18 reviews · View all jobs Geelong VIC".)
    let named = end + 1;
    while (named < k && !RATING_MARK.test(words[named][0])) named++;
    for (let m = end + 1; m < named - 1; m++) if (opens(m) && said(m, named - 1)) return [m - 1, k];
    for (let m = end + 1; m < named - 1; m++) if (opens(m) && words.slice(m, named).every((w) => read.titleWord(w[0])) && said(m, m + 1)) return [m - 1, k];
    return [end, -1];
  };
  /**
   * The word from which a title runs, where the words from the `s`th to the `i`th hold one glued to the word before it
   * with no space, and those before the glue are a name of two words or more the text says again as written; else -1.
   */
  const gluedAfterName = (s: number, i: number): number => {
    for (let t = s + 1; t <= i; t++) {
      if (words[t].index! !== words[t - 1].index! + words[t - 1][0].length) continue;
      const name = line.slice(words[s].index!, endOf(t - 1));
      return name.includes(' ') && seniorityOf(name) === null && occursAsWords(text, name, base + endOf(i), MAX_RESTATEMENTS) ? t : -1;
    }
    return -1;
  };
  /**
   * The title whose noun is the `i`th word, with its details within reach: how strongly the text stands by it (1: the
   * body names it as a job, 2: restates it, 3: neither), or null.
   */
  const titleAt = (i: number): { tier: number; found: FlatPageTitle } | null => {
    // (A level after a title's words ends one whatever its noun: "Software Engineering II".)
    const level = i > 0 && isLevel(words[i][0]) && CAPITAL_WORD.test(words[i - 1][0]);
    // (Nor whatever a gender mark follows, in a language whose job nouns no list holds: "Sachbearbeiter Buchhaltung (m/w/d)".)
    const gendered = GENDER_MARK.test(words[i + 1]?.[0] ?? '');
    if (!CAPITAL_START.test(words[i][0]) || !(isRoleWord(words[i][0]) || level || gendered)) return null;
    // The last of two job nouns is the title's ("Partner Manager").
    if (!words[i][0].endsWith(',') && CAPITAL_START.test(words[i + 1]?.[0] ?? '') && isRoleWord(words[i + 1][0])) return null;
    // (None of the board's details within reach: no header.)
    let reached = false;
    for (let k = i + 1; k <= i + 2 + MAX_QUALIFIER_WORDS + DETAILS_REACH && !reached; k++) reached = detailAt(k);
    if (!reached) return null;
    // (A sentence's end is no title's: "... a Project Manager.")
    if (/[.!?]$/.test(words[i][0])) return null;
    // Back over the title's words, not past the site's own.
    let s = i;
    while (s > 0 && i - s + 1 < MAX_TITLE_WORDS && read.titleWord(words[s - 1][0]) && !ARTICLE.test(words[s - 1][0]) && !(s > 1 && endsSiteWords(`${words[s - 2][0]} ${words[s - 1][0]}`)) && !JOB_NUMBER.test(words[s - 1][0]) && !detailAt(s - 1) && !siteWord(line.slice(words[s - 1].index!, endOf(i)), s > 1) && !LEGAL_END.test(line.slice(0, words[s].index!))) s--;
    while (s < i && !TITLE_START.test(words[s][0])) s++;
    // (Nor a word twice in a row: "Marketing Marketing Manager" is a breadcrumb's last entry and the title.)
    while (s < i && words[s][0] === words[s + 1][0]) s++;
    // A sentence's job ("As a Data Engineer, you ...") is the body's, a label's value ("Hiring: Barista") the label's.
    if (s > 0 && (ARTICLE.test(words[s - 1][0]) || words[s - 1][0].endsWith(':'))) return null;
    // Its start: where the walk back stops, unless only the words nearer the noun are said again with it ("Assistant
    // Manager" of "Position Information Assistant Manager Cleveland, OH ... Assistant Managers").
    let start = s;
    const said: number[] = [];
    for (let t = i; t >= s && restated(words[t].index!, endOf(i)); t--) if (TITLE_START.test(words[t][0])) said.push(t);
    // (A label the page says again, or words whose first its menus had before, the employer's name: "Apple Engineering Manager";
    // not a seniority, "Sr. Data Engineer", nor a title's own words, "Enterprise HCM Account Executive".)
    const trimmed = said.length > 1 && !said.includes(s) ? said[said.length - 1] : s;
    const dropped = trimmed > s ? line.slice(words[s].index!, endOf(trimmed - 1)) : '';
    // (A label: a field's word first, "Position Information", said again on the page.)
    const label = labelField(words[s][0], true) !== undefined && restated(words[s].index!, endOf(trimmed - 1));
    // (Or a name the text says again as written, the employer over its title: "Woodgrove Bank Branch Manager ...
    // Woodgrove Bank serves ...".)
    const named = dropped.includes(' ') && occursAsWords(text, dropped, base + endOf(i), MAX_RESTATEMENTS);
    const drop = dropped !== '' && seniorityOf(dropped) === null && (label || named || occursAsWordsBefore(line, words[s][0], words[s].index!, MAX_RESTATEMENTS));
    if (drop) start = trimmed;
    // (Or a name a scraper glued to the title's first word, said again as written: "Contoso Insurance GroupClaims
    // Analyst Intern ... Contoso Insurance Group is ...".)
    else {
      const glued = gluedAfterName(s, i);
      if (glued !== -1) start = glued;
    }
    // Its end: the noun, or the words after it up to the details, a button or the employer's "at"; a title names its noun
    // once ("Data Engineer Senior Data Engineer (m/f/d)" is a breadcrumb's last entry, then the title).
    const noun = words[i][0].toLowerCase();
    // (A menu's "Team" closing a qualifier's team is the title's: "Officer – Licensing Team".)
    const closesTeam = (j: number) => j > i + 1 && TEAM.test(words[j][0]) && CAPITAL_START.test(words[j - 1][0]);
    const ends: number[] = [];
    for (let j = i; j < Math.min(words.length, i + 1 + MAX_QUALIFIER_WORDS); j++) {
      if (j > i && (detailAt(j) || AT_WORD.test(words[j][0]) || (siteWord(words[j][0]) && !closesTeam(j)) || words[j][0].toLowerCase() === noun)) break;
      // A qualifier in brackets closes it: "(f/m/x) Employee" goes on with another's words.
      if (j > i + 1 && words[j - 1][0].endsWith(')') && !QUALIFIER.test(words[j][0]) && !words[j - 1][0].endsWith(',')) break;
      if (!OPEN_END.test(words[j][0]) && endOf(j) - words[start].index! <= MAX_TITLE_LENGTH) ends.push(j);
    }
    const phraseEnd = (j: number) => base + endOf(j);
    const phrase = (j: number) => text.slice(base + words[start].index!, phraseEnd(j));
    const detailsFrom = (j: number) => {
      for (let k = j + 1; k <= j + 1 + DETAILS_REACH && k < words.length; k++) if (detailAt(k) || (SEPARATOR.test(words[k][0]) && detailAt(k + 1))) return k;
      return -1;
    };
    // The words after the `j`th go on with a title's qualifier: after a comma, a dash, a bracket, "of" or a level
    // ("Manager, Europe", "Scientist - Generative AI", "Director of Claims", "Engineer II"); a name that follows a title
    // with none ("Warehouse Labourer Contoso Staffing") is not its own.
    const goesOn = (j: number) => words[j][0].endsWith(',') || QUALIFIER.test(words[j + 1]?.[0] ?? '');
    // The longest the body names as a job, else the noun; and longer where it goes on to a restating of it or right to
    // the details.
    const asJobFrom = (from: number) => [...ends].reverse().find((j) => (j === i || goesOn(i)) && read.restatedAsJob(text.slice(base + words[from].index!, phraseEnd(j)), phraseEnd(j)));
    // The most words the body names as a job with the noun and its qualifier ("a Teacher of Mathematics" of
    // "Mathematics Teacher of Mathematics") set the start too.
    let asJob = asJobFrom(start);
    const jobFrom = asJob === undefined ? [...said].reverse().find((t) => t > start && (asJobFrom(t) ?? i) > i) : undefined;
    if (jobFrom !== undefined) {
      start = jobFrom;
      asJob = asJobFrom(start);
    }
    // A qualifier in brackets right after the noun is the title's own: "(m/f/d)", "(Night Shift)".
    const bracket = words[i + 1]?.[0].startsWith('(') ? ends.find((j) => j > i && j <= i + BRACKET_WORDS && words[j][0].endsWith(')')) : undefined;
    // A gender mark a few words on closes the title, the words before it its own: "Developer Medizintechnik (m/w/d)".
    const marked = ends.find((j) => j > i && j <= i + NEAR_QUALIFIER_WORDS && GENDER_MARK.test(words[j][0]));
    let end = Math.max(asJob ?? i, bracket ?? i, marked ?? i);
    const longer = ends.filter((j) => j > end && goesOn(end));
    // (Right to the details, a word or two: more is as often the employer's name, "Barista - Casual Contoso Coffee".)
    const near = longer.filter((j) => j - end <= NEAR_QUALIFIER_WORDS);
    const saidLonger = [...longer].reverse().find((j) => restated(words[start].index!, endOf(j)));
    const shortest = end;
    end = saidLonger ?? near.find((j) => detailsFrom(j) === j + 1 || AT_WORD.test(words[j + 1]?.[0] ?? '')) ?? end;
    let details = detailsFrom(end);
    // Past the reach, the employer's name the text says again may stand between the qualifier and the details ("Sales
    // Manager - Building Materials Contoso Trading LLC Dubai, ...").
    if (details === -1 && saidLonger === undefined) [end, details] = withEmployer(i, shortest, ends, goesOn(i));
    // (So may it within the reach, after a qualifier's mark: "Payroll Assistant – Finance Team Contoso Council Posted ...".)
    else if (saidLonger === undefined && details > end + 1 && QUALIFIER.test(words[end + 1][0])) {
      const [qualified, afterName] = withEmployer(i, end, ends, true);
      if (afterName === details && qualified > end) end = qualified;
    }
    if (details === -1) return null;
    const tier = asJob !== undefined ? 1 : said.length > 1 || restated(words[start].index!, endOf(i)) ? 2 : 3;
    // (The words after a qualifier's mark are the title's qualifier, no employer: "Manager - HIMSS (Healthcare ...)".)
    const at = end + 1;
    const afterEnd = details > at && !QUALIFIER.test(words[at][0]) ? endOf(details - 1) : -1;
    return {
      tier,
      found: {
        title: { text: phrase(end), start: base + words[start].index!, end: phraseEnd(end) },
        after: afterEnd === -1 ? null : { text: line.slice(words[at].index!, afterEnd), start: base + words[at].index!, end: base + afterEnd },
        labelBefore: drop && label,
        named: namedIn(details),
        details: base + words[details].index!,
      },
    };
  };
  // An app's announcement to screen readers names the page it drew ("... Process Analyst page is loaded Process
  // Analyst Apply ..."): the title, whatever its words, with the details that follow it.
  const announced = announcedTitle(line);
  if (announced) {
    let k = words.findIndex((w) => w.index! >= announced.end);
    if (k === -1) k = words.length;
    let details = k;
    while (details < Math.min(words.length, k + DETAILS_REACH) && !detailAt(details)) details++;
    const reached = details < words.length && detailAt(details);
    return {
      title: { text: line.slice(announced.start, announced.end), start: base + announced.start, end: base + announced.end },
      after: reached && details > k ? { text: line.slice(words[k].index!, endOf(details - 1)), start: base + words[k].index!, end: base + endOf(details - 1) } : null,
      labelBefore: false,
      named: reached ? namedIn(details) : null,
      details: reached ? base + words[details].index! : -1,
    };
  }
  let best: { tier: number; found: FlatPageTitle } | null = null;
  let weighed = 0;
  for (let i = 0; i < words.length && weighed < MAX_CANDIDATES; i++) {
    // (A box of other jobs, "Similar Jobs ...", holds no title that outweighs one before it: its cards name their jobs
    // as the body may name this one, "DevOps Engineer - DV Cleared" beside "an experienced DevOps Engineer".)
    if (best && CAPITAL_START.test(words[i][0]) && RELATED_HEADING.test(line.slice(words[i].index!, words[i].index! + RELATED_REACH))) break;
    const title = titleAt(i);
    if (!title) continue;
    weighed++;
    if (best && best.tier <= title.tier) continue;
    best = title;
    if (title.tier === 1) break;
  }
  return best?.found ?? null;
}

// "page is loaded", an app's words to a screen reader after the page's name, run on into the page.
const ANNOUNCEMENT = new RegExp(`${PAGE_LOADED} `, 'gi');
const ANNOUNCEMENT_END = new RegExp(`${PAGE_LOADED} $`, 'i');
const SPACE_OR_START = (c: string | undefined) => c === undefined || c === ' ';

/**
 * Where the title an announcement names stands in `line`: the words after "X page is loaded " that repeat the X
 * before it (the longest such, of a title's length), or null.
 */
function announcedTitle(line: string): { start: number; end: number } | null {
  ANNOUNCEMENT.lastIndex = 0;
  for (let m = ANNOUNCEMENT.exec(line); m !== null; m = ANNOUNCEMENT.exec(line)) {
    const from = m.index + m[0].length;
    let found = -1;
    // Each word end after the announcement, nearest first, up to a title's length.
    for (let end = line.indexOf(' ', from), n = 1; n <= MAX_TITLE_WORDS; end = line.indexOf(' ', end + 1), n++) {
      const stop = end === -1 ? line.length : end;
      const length = stop - from;
      if (length > MAX_TITLE_LENGTH || length > m.index) break;
      if (line.startsWith(line.slice(from, stop), m.index - length) && SPACE_OR_START(line[m.index - length - 1])) found = stop;
      if (end === -1) break;
    }
    if (found !== -1) return { start: from, end: found };
  }
  return null;
}

/** Whether an announcement names the title at `start` of `text` ("Process Analyst page is loaded Process Analyst"). */
export function isAnnounced(text: string, title: Span): boolean {
  const before = text.slice(Math.max(0, title.start - title.text.length - 20), title.start);
  const announcement = ANNOUNCEMENT_END.exec(before);
  return announcement !== null && before.slice(0, announcement.index).toLowerCase().endsWith(title.text.toLowerCase());
}

// (Or glued to the word before, its space lost: "Communication SkillsSimilar jobsChat Support Executive".)
const GLUED_CAPITAL = /\p{Ll}\p{Lu}/u;
const GLUED_CAPITALS = /(\p{Ll})(\p{Lu})/gu;
const WORD_START = /(?<![\p{Lu}\p{N}])\p{Lu}/gu;

/**
 * Where a box of other jobs opens ("Similar Jobs", "More jobs like this", see RELATED_HEADING) in a page scraped onto one
 * line, between `from` (after the posting's title) and `to`; -1 for none. Each capitalised word is tried once.
 */
export function relatedBoxStart(text: string, from: number, to: number): number {
  WORD_START.lastIndex = from;
  for (let m = WORD_START.exec(text); m && m.index < to; m = WORD_START.exec(text)) {
    const words = text.slice(m.index, Math.min(to, m.index + RELATED_REACH));
    // (The heading glued to the next card's title too: "Similar jobsChat Support Executive".)
    if (RELATED_HEADING.test(words) || (GLUED_CAPITAL.test(words) && RELATED_HEADING.test(words.replace(GLUED_CAPITALS, '$1 $2')))) return m.index;
  }
  return -1;
}
