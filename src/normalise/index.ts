/** Normalisation, the pipeline's first step: any input into one clean text with blocks, header fields and an offset map. */
import { MIN_PAGE, relatedBoxStart } from './flat-page';
import type { Block, HeaderField, JobPostingLd, SiteRange } from '../contract';
import type { InputField, Span, Warning } from '../types/common';
import type { InputKind } from '../types/document';
import type { PostingInput } from '../types/result';
import { detectKind, holdsPageScripts } from './detect';
import { messageHeader, subjectJob, type Subject } from './email-header';
import { lookupHeading } from '../sections/headings';
import { mapPastDecoding, normaliseHtml, type HtmlResult } from './html';
import { bannerEmployer, hiringSentenceEmployer, isOrganisation, legalNameRunOn, pickCompany, recruiterEmployer, recurs, senderEmployer } from './page/company';
import { jobPostingOf } from './json-ld';
import { numericPay, type NumericPay } from './page/json-pay';
import { findJsonPosting, isHtml, type PostingData } from './page/posting-data';
import type { DecodedString } from './page/json-scan';
import { careersHeadingName, isDocumentLine, isSiteLine } from './page/title';
import { plainHeader } from './plain-header';
import { isAddressOrLogo, isTermsPart, PARTS, WORKPLACE_PART } from './line-parts';
import { isDepartment } from './role-words';
import { identity, MappedText, MappedTextBuilder } from './mapped-text';
import { appendBlock, structureLines } from './structure';
import { splitFeedJoins } from './feed-joins';
import { splitScrapedJoins } from './scraped-joins';
import { stripMarkdown, type MarkedHeading } from './markdown';
import { stripLinkAddresses } from './link-addresses';
import { joinOrphanMarks } from './orphan-marks';
import { dropInterfaceLines, isGluedMenu, isInterfaceLine } from './interface-lines';
import { joinWrappedLines, joinWrappedWords } from './wrapped-words';
import { isPayOnly } from './pay-only';
import { isArrowTrail } from './copied-page';
import { isHiringBanner, oneOf, titleFromHiringSentence } from './hiring-title';
import { cleanText } from './text-fixes';
import { postAuthorEmployer } from './post-author';
import { trimEndOf } from '../util/trim';
import { emojiLabel, isAddressPartLabel, labelField, MAX_LABEL, rowLabel, trailingLabelStarts } from './field-labels';
import { isPlaceLine } from '../extractors/location/place-line';
import { coreEndsAsRole, employerCardOverTitle, endsAsOneJob, NO_META, withoutPlace } from './header-lines';
import { FIELDS } from '../pipeline/input';

const LETTER = /\p{L}/u;

/**
 * The document normaliser: any input becomes one clean text with blocks and
 * an offset map. Object input is laid out as one virtual source (its fields
 * one after another); `regions` tells which field each source offset is in.
 */
export interface FieldRegion {
  field: InputField;
  /** Where the field starts in the virtual source. */
  base: number;
  length: number;
}

export interface NormalisedDocument {
  inputKind: InputKind;
  mapped: MappedText;
  blocks: Block[];
  header: Partial<Record<HeaderField, Span>>;
  /** The rule that found a header field where it was not a labelled line (a page's title or employer). */
  headerReasons: Partial<Record<HeaderField, string>>;
  jsonLd: JobPostingLd | null;
  /** A JSON posting's pay given as numbers (an API's `salary_min`, `salaryRange: {min, max}`), where it has no JSON-LD pay. */
  dataPay: NumericPay | null;
  /** An employer a page's head names (site name and title agreeing) but its visible text never shows. */
  pageCompany: string | null;
  /** The Adzuna feed's marks: masked `****` numbers. */
  feedMarks: boolean;
  /** The site's own text in a page copied as text (see plainHeader). */
  siteRanges: SiteRange[];
  /** Object input only. */
  regions: FieldRegion[];
  warnings: Warning[];
}

const FEED_LINE = /^[ \t]*(title|webindex|company|location|salary|description)[ \t]*:[ \t]*/i;
const MASK = /\*{3,}/;

class Builder {
  readonly out: MappedTextBuilder;
  readonly blocks: Block[] = [];
  readonly header: Partial<Record<HeaderField, Span>> = {};
  readonly headerReasons: Partial<Record<HeaderField, string>> = {};
  readonly warnings: Warning[] = [];
  jsonLd: JobPostingLd | null = null;
  dataPay: NumericPay | null = null;
  /** A whole page's headings and own titles, read again once label rows are known. */
  page: HtmlResult | null = null;
  /** The heading lines text marks: Markdown's, a page converter's. */
  readonly markedHeadings: MarkedHeading[] = [];

  /** `plainLength`: the length of the plain text coming (a page's text is far shorter than its markup: left to grow). */
  constructor(plainLength: number) {
    this.out = new MappedTextBuilder(plainLength + 64);
  }

  field(m: MappedText, s: number, e: number, field: HeaderField): void {
    while (s < e && /\s/.test(m.text[s])) s++;
    while (e > s && /\s/.test(m.text[e - 1])) e--;
    if (s >= e) return;
    const block = appendBlock(m, s, e, 'field', this.out, this.blocks, { field });
    this.header[field] = { text: m.text.slice(s, e), start: block.start, end: block.end };
  }

  /** The pay `parsed` (a posting's data) gives as numbers, where its JSON-LD states none. */
  readDataPay(parsed: unknown): void {
    this.dataPay = this.jsonLd?.baseSalary ? null : numericPay(parsed);
  }

  /**
   * A page's posting read from its data, after what its markup shows: the named parts as the page's fields
   * (over the title a near-empty page's markup offered; never over a field the caller gave), its short terms as
   * lines, then its text.
   */
  postingData(data: PostingData, base: number): void {
    const fields: [HeaderField, DecodedString | null][] = [['title', data.title], ['company', data.company], ['location', data.location], ['salary', data.salary]];
    for (const [field, value] of fields) {
      if (!value || this.header[field]) continue;
      const m = cleanText(decodedText(value, base));
      this.field(m, 0, m.text.length, field);
      this.headerReasons[field] = `${field}/page-data`;
    }
    for (const term of data.terms) {
      // An API's enum ("FULL_TIME", "full_time") is the words it joins; the same length keeps each character's place.
      const m = cleanText(decodedText({ ...term, text: term.text.replace(/_/g, ' ') }, base));
      structureLines(m, 0, m.text.length, this.out, this.blocks);
    }
    for (const text of data.texts) {
      if (isHtml(text)) normaliseHtml(text.text, base, this.out, this.blocks, this.warnings, text);
      else {
        const m = cleanText(decodedText(text, base));
        structureLines(m, 0, m.text.length, this.out, this.blocks);
      }
    }
    if (data.source === 'json-text') {
      this.warnings.push({
        code: 'input/json-text',
        message: "The input is the text of a JSON posting: its title, employer, place, pay and text were read from its keys. Pass the parsed object to say which value is which field.",
      });
    } else {
      const where = data.source === 'json-ld' ? 'its JSON-LD JobPosting' : "the app's state in its scripts";
      this.warnings.push({ code: 'html/posting-from-data', message: `The page's markup shows no posting (it is drawn by script); the posting was read from ${where}.` });
    }
  }

  /** The feed's header block: `Title:`, `Webindex:`, `Company:` lines, then the description. */
  feed(m: MappedText, from: number, to: number): void {
    const t = m.text;
    let pos = from;
    while (pos < to) {
      let lineEnd = t.indexOf('\n', pos);
      if (lineEnd === -1 || lineEnd > to) lineEnd = to;
      const label = FEED_LINE.exec(t.slice(pos, lineEnd));
      if (label) {
        const key = label[1].toLowerCase() as HeaderField;
        const valueStart = pos + label[0].length;
        if (key === 'description') {
          const descStart = this.out.size;
          structureLines(m, valueStart, to, this.out, this.blocks);
          this.header.description = { text: this.out.peek(descStart), start: descStart, end: this.out.size };
          return;
        }
        this.field(m, valueStart, lineEnd, key);
      } else {
        structureLines(m, pos, lineEnd, this.out, this.blocks);
      }
      pos = lineEnd + 1;
    }
  }

  text(source: string, base: number, kind: Exclude<InputKind, 'object'>): void {
    if (kind === 'html') {
      const html = normaliseHtml(source, base, this.out, this.blocks, this.warnings);
      this.jsonLd = this.jsonLd ?? html.jsonLd;
      this.page = html;
      if (html.data) {
        this.postingData(html.data, base);
        // An app's state gives its pay as numbers as an API does: `"compensation": {"min": 120000, ...}`.
        this.readDataPay(parsedJson(html.data.jobJson));
      }
      if (html.title && !this.header.title) {
        const { text, start, end, reason } = html.title;
        this.header.title = { text, start, end };
        this.headerReasons.title = reason;
      }
      return;
    }
    // Markdown's marks go before the character repairs, which make a code tick a quote.
    const raw = shift(identity(source), base);
    const cleaned = cleanText(kind === 'text' ? stripLinkAddresses(stripMarkdown(raw, this.markedHeadings), this.markedHeadings) : raw);
    const m = splitScrapedJoins(splitFeedJoins(joinWrappedLines(joinWrappedWords(kind === 'text' ? joinOrphanMarks(dropInterfaceLines(cleaned)) : cleaned))));
    if (kind === 'feed') this.feed(m, 0, m.text.length);
    else structureLines(m, 0, m.text.length, this.out, this.blocks);
  }
}

/** The blocks that are marked heading lines, with their levels: a block is one whose first character is in one. */
function headingLevels(mapped: MappedText, blocks: readonly Block[], headings: readonly MarkedHeading[]): Map<Block, number> {
  const levels = new Map<Block, number>();
  let h = 0;
  for (const block of blocks) {
    if (h === headings.length) break;
    if (block.start >= block.end) continue;
    const at = mapped.srcStart[block.start];
    while (h < headings.length && headings[h].end <= at) h++;
    if (h < headings.length && headings[h].start <= at) levels.set(block, headings[h].level);
  }
  return levels;
}

/** A string decoded out of a page's data at `base` in the input, as a mapped text (an escape is one character). */
function decodedText(d: DecodedString, base: number): MappedText {
  const m = identity(d.text);
  mapPastDecoding(m, d.at, 0);
  return shift(m, base);
}

// "Location: Leeds", "Salary: £25k", "Company: Acme Ltd", "Arbeitsort: Zürich" in a text or HTML posting, and the
// rows of a page's details box (<dt>/<dd>, two-cell rows, label and value side by side, with or without a colon):
// a label line and a value line, which are the fields a feed block would have given. The labels: field-labels.ts.
const MAX_FIELD_VALUE = 120;
// A location row that names only the building ("Hickory Ridge Middle School", "Riverside Medical Center") names no town: its
// words are the building's name ("Hickory" of it is no town in North Carolina); the place is read elsewhere.
const BUILDING_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,5}(?:School|Academy|College|Campus|Hospital|Library|Medical Center|Health Center)$/u;
// A table's column heads, a line each, are no label and its value: "Location" / "Type" / "Pay" over other jobs' rows.
const COLUMN_HEAD = /^(?:type|title|job|role|date|posted|company|employer|pay|salary|rate|location|department|category)$/i;

/** A label and its value on one line ("Place of work:Zürich", "Salary: 60,000 CHF"): the value's span. */
function inlineValue(text: string, block: Block, opening: boolean): { field: HeaderField; start: number; end: number } | null {
  const colon = text.slice(block.start, Math.min(block.end, block.start + MAX_LABEL + 1)).indexOf(':');
  if (colon <= 0) return null;
  const field = labelField(text.slice(block.start, block.start + colon), opening);
  if (!field) return null;
  let start = block.start + colon + 1;
  while (start < block.end && /\s/.test(text[start])) start++;
  const end = start + trimEndOf(text.slice(start, block.end), ' \n').length;
  return start < end && end - start <= MAX_FIELD_VALUE ? { field, start, end } : null;
}

/** A social post's row an emoji labels ("🏢 Northwind Traders", "📍 Leeds, West Yorkshire"): its field and value span, or null. */
function emojiValue(text: string, block: Block): { field: HeaderField; start: number; end: number } | null {
  const marked = emojiLabel(text.slice(block.start, Math.min(block.end, block.start + MAX_LABEL)));
  if (!marked) return null;
  const start = block.start + marked.lead;
  if (block.end - start > MAX_FIELD_VALUE) return null;
  // The employer's row may name its place after it: "🏢 Wingtip Media, Addis Ababa", "🏢 Wingtip Télécom – Dakar".
  const value = text.slice(start, block.end);
  const comma = value.lastIndexOf(', ');
  const name = marked.field !== 'company' ? value : comma > 0 && isPlaceLine(value.slice(comma + 2)) ? value.slice(0, comma) : withoutPlace(value);
  return { field: marked.field, start, end: start + name.length };
}

// A table's row as a PDF's text layer flattens it: its label and value on one line with no colon ("Job Title Senior
// Accountant", "Location Leeds", "Salary £45,000 - £50,000"), the value opening with a capital, a digit or a sign. Read
// so only among rows of other fields (a menu's "Company Reviews" is a site's line, and stands alone).
const FLAT_LABEL_WORDS = 3;
const FLAT_VALUE = /^[\p{Lu}\p{N}\p{Sc}]/u;
const FLAT_RUN = 8;
const MIN_FLAT_ROWS = 3;

/** A flattened row's field and value span, or null. */
function flatRow(text: string, block: Block): { field: HeaderField; start: number; end: number } | null {
  const line = text.slice(block.start, block.end).trimEnd();
  if (block.kind === 'heading' || line.length > MAX_LABEL + MAX_FIELD_VALUE || line.includes(':')) return null;
  const spaces: number[] = [];
  for (let at = line.indexOf(' '); at !== -1 && spaces.length < FLAT_LABEL_WORDS; at = line.indexOf(' ', at + 1)) spaces.push(at);
  // The longest label first: "Job Location Leeds" is the location's. (The site's lines are ruled out last: every
  // block of every text comes here, and few open with a label.)
  for (let k = spaces.length - 1; k >= 0; k--) {
    const field = labelField(line.slice(0, spaces[k]));
    if (!field || !FLAT_VALUE.test(line.slice(spaces[k] + 1))) continue;
    return isSiteLine(line) || isInterfaceLine(line) ? null : { field, start: block.start + spaces[k] + 1, end: block.start + line.length };
  }
  return null;
}

// The same rows with the line breaks between them lost too ("Job Title Warehouse Associate Company Northwind Freight
// Location Leeds Salary £24,000 a year ..."): a label of one to three capitalised words opens each row, the line opens
// with one, and rows of MIN_FLAT_ROWS fields or more follow. A label of a field already read, or right after its own
// label, is a value's word. The last row runs on into the posting: only the rows the next label closes are read.
const MAX_RUN_ROWS = 12;
const RUN_REACH = MAX_RUN_ROWS * (MAX_LABEL + MAX_FIELD_VALUE);
const CAPITAL_WORD = /^\p{Lu}[^:]*$/u;

/** A block's flattened rows run onto one line, their fields and value spans; none where it is no such run. */
function flatRunRows(text: string, block: Block, opening: boolean): { field: HeaderField; start: number; end: number }[] {
  const line = text.slice(block.start, Math.min(block.end, block.start + RUN_REACH));
  // The words, read as far as asked: most blocks open with no label, and only their first words are read.
  // (A global pattern's exec starts over once it has found none: the last word read ends the reading.)
  const wordPattern = /\S+/g;
  const words: RegExpExecArray[] = [];
  let readAll = false;
  const word = (k: number): RegExpExecArray | undefined => {
    while (!readAll && words.length <= k) {
      const m = wordPattern.exec(line);
      if (m === null) readAll = true;
      else words.push(m);
    }
    return words[k];
  };
  // The label of one to three words at word `i` with a value after it: its field and word count.
  // (An opening label, "Position", "Role", only opens the line.)
  const labelAt = (i: number): { field: HeaderField; n: number } | null => {
    for (let n = FLAT_LABEL_WORDS; n >= 1; n--) {
      if (!word(i + n) || !words.slice(i, i + n).every((w) => CAPITAL_WORD.test(w[0])) || !FLAT_VALUE.test(words[i + n][0])) continue;
      const field = labelField(line.slice(words[i].index, words[i + n - 1].index + words[i + n - 1][0].length), opening && i === 0);
      if (field) return { field, n };
    }
    return null;
  };
  const labels: { field: HeaderField; at: number; from: number }[] = [];
  const seen = new Set<HeaderField>();
  for (let i = 0; word(i) !== undefined && labels.length < MAX_RUN_ROWS; ) {
    const label = (labels.length === 0 || i > labels[labels.length - 1].from) ? labelAt(i) : null;
    if (labels.length === 0 && !label) return [];
    if (!label || seen.has(label.field)) {
      i++;
      continue;
    }
    seen.add(label.field);
    labels.push({ field: label.field, at: i, from: i + label.n });
    i += label.n + 1;
  }
  if (seen.size < MIN_FLAT_ROWS) return [];
  const rows: { field: HeaderField; start: number; end: number }[] = [];
  for (let k = 0; k + 1 < labels.length; k++) {
    const last = words[labels[k + 1].at - 1];
    const start = block.start + words[labels[k].from].index;
    const end = block.start + last.index + last[0].length;
    if (end - start <= MAX_FIELD_VALUE) rows.push({ field: labels[k].field, start, end });
  }
  return rows;
}

// An address under a Location label: "Riverside General Hospital", "Hospital Road", "Derby", "DE22 3NE".
const ADDRESS_LINES = 4;
const ADDRESS_LINE = 60;
// A value that is a way of working or a number of places is the value, whatever follows it.
const NOT_AN_ADDRESS = /\b(?:remote|hybrid|on-?site|multiple|various|several|anywhere|nationwide|locations?)\b/i;

/**
 * The place of a Location row whose value is an address over several lines: the first of its lines (up to the
 * next label or heading) that is a place and nothing else, when the first line is not (a building's name);
 * else the first line.
 */
function addressPlace(text: string, blocks: readonly Block[], first: number): Block {
  const value = blocks[first];
  const line = text.slice(value.start, value.end);
  if (NOT_AN_ADDRESS.test(line) || isPlaceLine(line)) return value;
  for (let k = first + 1; k < Math.min(blocks.length, first + ADDRESS_LINES); k++) {
    const b = blocks[k];
    const next = text.slice(b.start, b.end);
    if (b.kind === 'heading' || b.end - b.start > ADDRESS_LINE || labelField(next)) break;
    if (isPlaceLine(next)) return b;
  }
  return value;
}

/**
 * Label rows to header fields: a label block and the value block after it, or a label and its value on one
 * line. A row after `after` (a page's title) comes first: a page can list other jobs' cards, each with its own
 * "Location" row, before the posting's details box.
 */
// The lines a document's header may take above its first label; a PDF's, with its rules and its number.
const MAX_HEADER_BLOCKS = 2;
const MAX_PDF_HEADER_BLOCKS = 5;


/**
 * Whether the blocks before `i` are a document's header: short lines, one of them a site's or form's own words ("Job
 * Description"), or all an export's rows ("Req ID: 55120" over "Title: Mechanical Design Engineer").
 */
function underDocumentHeader(text: string, blocks: readonly Block[], i: number): boolean {
  // A header takes MAX_PDF_HEADER_BLOCKS lines at most: below that, the lines above a label are not read (it is asked of every label).
  if (i > MAX_PDF_HEADER_BLOCKS) return false;
  const lines = blocks.slice(0, i).map((b) => text.slice(b.start, b.end).trim());
  // (A PDF's running head and number may be longer: "Willow Creek School District   Licensed Vacancy Announcement".)
  if (lines.some(isDocumentLine) && lines.every((line) => isDocumentLine(line) || !LETTER.test(line) || line.length <= MAX_LABEL)) return true;
  // (Or an employer's name, a public body's running long: "KANSAS DEPARTMENT OF WATER & SOIL STEWARDSHIP"; or such a
  // name over the notice's rows or number: "SLIEVE BLOOM COMMUNITY HOSPITAL, TULLAMORE" / "Recruitment Campaign Ref:
  // SBCH-0625", "Human Resources Office • Posting #LV-25-112".)
  if (isOrganisation(lines[0]) && lines.slice(1).every((line, k) => isRow(line, k + 1, lines) || line.split(PARTS).some(isDocumentLine))) return true;
  return (
    i <= MAX_HEADER_BLOCKS &&
    lines.every((line) => line.length <= MAX_LABEL || isOrganisation(line)) &&
    (lines.some((line) => isSiteLine(line) || isOrganisation(line) || careersHeadingName(line) !== null) || lines.every(isRow))
  );
}

/** Whether `lines[k]` is a row's label and value, its label alone, or the value under a label alone. */
const isRow = (line: string, k: number, lines: readonly string[]): boolean => !!rowLabel(line)?.valued || line.endsWith(':') || !!lines[k - 1]?.endsWith(':');

// The blocks a post's rows may take above its "Position:" row (each row is two blocks, label and value).
const MAX_POST_ROW_BLOCKS = 12;
/** How many blocks either side of an opening label its rows are looked for (a row may be two, label and value), and how many make it a title's row. */
const ROWS_BESIDE = 6;
const MIN_ROWS_BESIDE = 2;
// A title's words: one of three letters or more, no date ("Job Posting: Apr 08 2024") and not one word in capitals, a
// category's ("Job: ENGINEERING").
const ROW_TITLE = /^(?=[^\n]*\p{L}{3})(?![^\n]*\b\d{1,2}[,/ ]\s?\d{2,4}\b)(?![\p{Lu}\d_]+$)/u;
// A sentence after "Role:" is the role described ("Role: You will lead our audit team."), not its title. Bounded.
const TITLE_SENTENCE = /[.!?]\s\p{Lu}|^(?:you|we|this|the|our|as)\b/iu;
/** A title's words at most. */
const MAX_TITLE_WORDS = 12;

/**
 * Whether the blocks before `i` are a post's rows under its announcement ("URGENT HIRING!!!" / "Company: Contoso" /
 * "Location: Lagos" over "Position: Sales Representative", as chats and social posts print a job): the first line a
 * site's words or an announcement ("We're hiring!", "Litware Studios is hiring!"), the rest rows.
 */
function underPostBanner(text: string, blocks: readonly Block[], i: number): boolean {
  const lines = blocks.slice(0, i).map((b) => text.slice(b.start, b.end).trim());
  return (isSiteLine(lines[0]) || isHiringBanner(lines[0]) || bannerEmployer(lines[0]) !== null) && lines.slice(1).every(isRow);
}

// A footer's link to the site's own page about itself: "About Dice", "About us".
const ABOUT_LINK = /^About\b/;
// A footer's copyright line, which a column's heading ("Company") may stand over once its links are dropped.
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
// What kind of advertiser posted the job, as a board's row (or its 🏢) says: "Recruitment agency", "Direct employer".
const ADVERTISER_KIND = /^(?:(?:recruitment|staffing|employment) agency|direct employer|private employer|agency|recruiter)$/i;
// A logo drawn as the employer's initials, one or two capitals alone on a line.
const LOGO_INITIALS = /^\p{Lu}{1,2}$/u;
// An employer's name and an aside after it in brackets, opening in lower case. Bounded: linear.
const ASIDE_AFTER = /^([^()\n]{2,80}?) \((?=\p{Ll})[^()\n]{3,120}\)$/u;
// A reference's code: capitals and figures in one word, a figure among them ("MVC-CDG-2025-07", "REQ2026-114").
const REFERENCE_CODE = /^(?=\S*\d)[A-Z\d][A-Z\d._/-]{3,}$/;

function labelledFields(text: string, blocks: readonly Block[], header: Partial<Record<HeaderField, Span>>, found: { rowTitle?: Span }, after = 0, email = false, before = true): void {
  // Blocks are in text order: those from `after` on, then those before it.
  const first = blocks.findIndex((b) => b.start >= after);
  const split = first === -1 ? blocks.length : first;
  // A one-line run of rows ("Job Title: Data Analyst | Location: Denver, CO") leaves its separator on each value; a
  // title row's value is no term ("Position: Permanent").
  const put = (field: HeaderField, start: number, end: number): void => {
    // A label's colon may open the value's cell: "Organization" | ": Tailspin Manufacturing".
    while (start < end && (text[start] === ':' || text[start] === ' ')) start++;
    const whole = trimEndOf(text.slice(start, end), ' \n|;·•');
    // (An employer's row run on into the posting's sentences ends with its registered name.)
    // (Nor its aside in brackets, in lower case: "Pixelforge Studios (the folks behind Hollowmere)".)
    const value = (field === 'company' && (legalNameRunOn(whole) || ASIDE_AFTER.exec(whole)?.[1])) || whole;
    // Nor is a site's word ("Company" over "Jobs" in a footer), nor an address ("Company" over "careers@contoso.example",
    // a menu's entry over the site's contact).
    // (Nor an employer's row that names a department: Taleo's "Organization: Operations".)
    // (Nor a reference's code, "Réf. Société : MVC-CDG-2025-07", whose label reads as an employer's.)
    // (Nor the trail under a menu's "Unternehmen", "Gehalt": "Startseite › Jobs in Hamburg › ...".)
    // (Nor a footer's links under its "Company" heading: "About Dice", "AboutCareersPressContact" glued into one line, or
    // its copyright line once the links are dropped; nor
    // the kind of advertiser: "🏢 Recruitment agency"; nor the way of working: "🏢 Work from office only".)
    if (header[field] || value.length === 0 || COPYRIGHT.test(value) || isArrowTrail(value) || (field === 'title' && isTermsPart(value)) || (field === 'company' && (isDepartment(value) || WORKPLACE_PART.test(value) || REFERENCE_CODE.test(value) || ABOUT_LINK.test(value) || ADVERTISER_KIND.test(value) || isGluedMenu(value))) || isSiteLine(value) || isAddressOrLogo(value) || (field === 'location' && BUILDING_ONLY.test(value))) return;
    header[field] = { text: value, start, end: start + value.length };
  };
  const flats: (ReturnType<typeof flatRow> | undefined)[] = [];
  const flat = (k: number) => (flats[k] === undefined ? (flats[k] = flatRow(text, blocks[k])) : flats[k]);
  // (Rows of different fields: a list's cards each repeat one, "locations Novi, Michigan".)
  const amongFlatRows = (i: number) => {
    const fields = new Set<HeaderField>();
    for (let k = Math.max(0, i - FLAT_RUN); k < Math.min(blocks.length, i + FLAT_RUN + 1) && fields.size < MIN_FLAT_ROWS; k++) {
      const row = flat(k);
      if (row) fields.add(row.field);
    }
    return fields.size >= MIN_FLAT_ROWS;
  };
  // An opening label elsewhere, among rows (two or more beside it), names the title where nothing else does (see
  // rowTitle): a post's "Role: Community Moderator" over "Company: Pixelforge Studios" and "Hours: ~20 hrs/week". Its
  // value's span, a title's few words.
  const amongRows = (i: number): Span | null => {
    const line = (k: number) => text.slice(blocks[k].start, blocks[k].end);
    // The label and its value on one line, or the label alone over its value.
    const own = inlineValue(text, blocks[i], true);
    const alone = own === null && i + 1 < blocks.length && labelField(line(i), true) === 'title' && labelField(line(i)) === undefined;
    if (!(alone || (own?.field === 'title' && inlineValue(text, blocks[i], false) === null))) return null;
    const span = alone ? { start: blocks[i + 1].start, end: blocks[i + 1].end } : own!;
    const value = trimEndOf(text.slice(span.start, span.end), ' \n|;·•').trim();
    if (!ROW_TITLE.test(value) || TITLE_SENTENCE.test(value) || value.split(' ').length > MAX_TITLE_WORDS || isTermsPart(value) || isSiteLine(value)) return null;
    let rows = 0;
    for (let k = Math.max(0, i - ROWS_BESIDE); k <= Math.min(blocks.length - 1, i + ROWS_BESIDE) && rows < MIN_ROWS_BESIDE; k++) {
      if (k !== i && !(alone && k === i + 1) && (rowLabel(line(k))?.valued || (line(k).endsWith(':') && k + 1 < blocks.length))) rows++;
    }
    const start = text.indexOf(value, span.start);
    return rows >= MIN_ROWS_BESIDE ? { text: value, start, end: start + value.length } : null;
  };
  for (const [from, to] of before ? [[split, blocks.length], [0, split]] : [[split, blocks.length]]) {
    for (let i = from; i < to; i++) {
      const label = blocks[i];
      if (label.kind === 'field') continue;
      // An opening label ("Position:", "Role:", "Title:") names the title on the first line, under a document's header
      // that says what it is (a PDF's "Contoso Health System   Job Description"), or anywhere in an email's body.
      const opening = email || i === 0 || underDocumentHeader(text, blocks, i) || (i <= MAX_POST_ROW_BLOCKS && underPostBanner(text, blocks, i));
      if (!opening && !found.rowTitle) found.rowTitle = amongRows(i) ?? undefined;
      const inline = emojiValue(text, label) ?? (label.kind === 'heading' ? null : (inlineValue(text, label, opening) ?? (flat(i) && amongFlatRows(i) ? flat(i) : null)));
      if (inline) {
        if (!(inline.field === 'location' && underCompanyHeading(text, blocks, i))) put(inline.field, inline.start, inline.end);
        continue;
      }
      const run = label.kind === 'heading' ? [] : flatRunRows(text, label, opening);
      for (const row of run) put(row.field, row.start, row.end);
      if (run.length > 0) continue;
      const next = blocks[i + 1];
      // (An employer's name run into the next row's label, which the normaliser did not know to break: "Company:" over
      // "Contoso Foods Position:", a one-line copy of a details box. A name has no colon of its own; a place's or pay's
      // row may run on so for other reasons.)
      const field = labelField(text.slice(label.start, label.end), opening);
      const named = next?.kind === 'heading' && field === 'company' ? valueBeforeLabel(text, next) : next;
      // (A logo's initial between the label and the name is none of it: "Company" / "T" / "Tallgrass Data Systems".)
      const value = named && field === 'company' && LOGO_INITIALS.test(text.slice(named.start, named.end)) ? blocks[i + 2] : named;
      if (!value || label.end - label.start > MAX_LABEL || value.kind === 'heading' || value.end - value.start > MAX_FIELD_VALUE) continue;
      // A Location label over an address's rows ("County" / "Ulster", "City" / "Kingston") heads them: its City row is the place.
      if (field === 'location' && isAddressPartLabel(text.slice(value.start, value.end))) continue;
      // The company's box names its seat, not the job's place: "Sobre la empresa" / "Sede" / "Ribeira (A Coruña)".
      if (field === 'location' && (underCompanyHeading(text, blocks, i) || amongEmployerFacts(text, blocks, i))) continue;
      if (field && !header[field] && !labelField(text.slice(value.start, value.end)) && !COLUMN_HEAD.test(text.slice(value.start, value.end).trim()) && !anotherRow(text.slice(value.start, value.end), field) && !menuColumn(text, blocks, i + 1) && !overCopyright(text, blocks, i + 1) && !menuEntryOverTitle(text, label, value, field)) {
        const at = field === 'location' ? addressPlace(text, blocks, i + 1) : value;
        put(field, at.start, at.end);
      }
    }
  }
}

// An employer's facts box: "Industry" / "Mining & Resources" / "Company size" / "1,001-5,000 employees" / "Primary location"
// / "Brisbane, QLD" / "Founded" / "2003". Its location row is the employer's seat.
const EMPLOYER_FACT = /^(?:industry|company\s(?:size|type)|size|founded|employees|headquarters|hq|website|revenue)$/i;
/** How many blocks either side of a row its box's other labels are looked for: two rows each way. */
const FACTS_REACH = 4;

/** Whether the label at block `i` stands among an employer's facts (see EMPLOYER_FACT). */
function amongEmployerFacts(text: string, blocks: readonly Block[], i: number): boolean {
  for (let k = Math.max(0, i - FACTS_REACH); k <= Math.min(blocks.length - 1, i + FACTS_REACH); k++) {
    if (k !== i && EMPLOYER_FACT.test(text.slice(blocks[k].start, blocks[k].end).trim())) return true;
  }
  return false;
}

/** How many blocks back a row's section heading is looked for. */
const SECTION_REACH = 12;

/** Whether block `i` stands in a section about the company ("About the company", "Sobre la empresa"): the nearest known heading above. */
function underCompanyHeading(text: string, blocks: readonly Block[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SECTION_REACH; k--) {
    if (blocks[k].kind !== 'heading') continue;
    // (A row's label is no section's heading: "Company:" over "Acme Logistics Ltd".)
    const heading = text.slice(blocks[k].start, blocks[k].end);
    if (labelField(heading) !== undefined) continue;
    const known = lookupHeading(heading);
    if (known) return known.kind === 'company';
  }
  return false;
}

/**
 * A site's menu entry "Company" (no colon) over the posting's title, the links between left out: a line that ends as one
 * job's title does ("Machine Learning Engineer") is no employer's name, nor is a button ("Join Us").
 */
function menuEntryOverTitle(text: string, label: Block, value: Block, field: HeaderField): boolean {
  if (field !== 'company' || text.slice(label.start, label.end).includes(':')) return false;
  const line = text.slice(value.start, value.end).trim();
  return isInterfaceLine(line) || endsAsOneJob(line);
}

/**
 * A heading block that is a value with the next row's label run onto it ("Contoso Foods Position:"): the value alone,
 * as a paragraph, before the longest label its last words make; else the block.
 */
function valueBeforeLabel(text: string, block: Block): Block {
  const line = text.slice(block.start, block.end);
  const starts = line.endsWith(':') ? trailingLabelStarts(line, true) : [];
  if (starts.length === 0) return block;
  const value = line.slice(0, starts[starts.length - 1]).trimEnd();
  return { ...block, kind: 'paragraph', end: block.start + value.length };
}

/**
 * A line that is the label of another row of the same field: a word of its labels and one more ("Company Size" under
 * "Employer", where a board's "Listed By" row ends in "Employer"; "Location Type").
 */
function anotherRow(line: string, field: HeaderField): boolean {
  const words = line.trim().split(' ');
  return words.length === 2 && labelField(words[0]) === field;
}

/** How far under a footer's heading its copyright line may stand, its column's other links dropped as the interface's. */
const COPYRIGHT_REACH = 3;

/** Whether block `i` is a short link over the footer's copyright line: "Company" / "Terms" / "© 2025 Startup Jobs". */
function overCopyright(text: string, blocks: readonly Block[], i: number): boolean {
  if (text.slice(blocks[i].start, blocks[i].end).trim().split(' ').length > MENU_LINK_WORDS) return false;
  for (let k = i + 1; k < Math.min(blocks.length, i + 1 + COPYRIGHT_REACH); k++) if (COPYRIGHT.test(text.slice(blocks[k].start, blocks[k].end).trim())) return true;
  return false;
}

// A details box's labels of other fields than the header's: the value above them is a row's ("Location" / "Windsor, CO" /
// "Job Type" / "Full Time"), not a menu's link.
const DETAILS_LABEL = /^(?:(?:job|employment|position|contract|work)\s(?:type|number|id|status|schedule|category)|department|division|req(?:uisition)?\s(?:id|number)|job\sid|(?:opening|closing|posting|start)\sdate|date\sposted|shift|schedule|hours)$/i;

/** The lines of a column of a site's menu, at least: one-word or two-word links. */
const MENU_COLUMN = 4;
const MENU_LINK_WORDS = 3;
const MIN_LAST_COLUMN = 3;

/**
 * Whether the lines from block `i` on are a column of a page's footer or menu under its heading ("Company" over
 * "Blog", "Careers", "Press", "Security", as a page copied whole keeps them): MENU_COLUMN short lines or more, none a
 * label or holding a colon or a figure. A details box's value is followed by its next label or by the posting.
 */
function menuColumn(text: string, blocks: readonly Block[], i: number): boolean {
  // (Or fewer, where the text ends with them: a footer's last column.)
  const last = Math.min(blocks.length, i + MENU_COLUMN);
  if (last - i < MIN_LAST_COLUMN) return false;
  for (let k = i; k < last; k++) {
    const line = text.slice(blocks[k].start, blocks[k].end).trim();
    if (line.split(' ').length > MENU_LINK_WORDS || /[:\d]/.test(line) || labelField(line) !== undefined || isAddressPartLabel(line) || DETAILS_LABEL.test(line)) return false;
  }
  return true;
}

// "Cambridge, Massachusetts, United States", "Zurich, Switzerland", "Austin, TX 78701", "Leeds, UK (Hybrid)":
// the shape of the place line job pages print under the title. Bounded classes with no comma: linear.
// A UK town with its postcode district or full postcode: "Bristol BS1", "Leeds LS1 4AP".
// Scripts without capitals (Arabic, CJK) open a name with any letter, and Arabic writes its own comma: "عمان، الأردن".
const PLACE_LINE = /^[\p{Lu}\p{Lo}][\p{L}.' -]{1,40}(?:(?:[,،] ?[\p{Lu}\p{Lo}][\p{L}.' -]{0,40}){1,3}(?: \d{5})?| [A-Z]{1,2}\d[A-Z\d]?(?: \d[A-Z]{2})?)(?: \((?:[Rr]emote|[Hh]ybrid|[Oo]n-?site)\))?$/u;
const PLACE_LINE_WINDOW = 4;
// A word in lower case other than a place name's own small words ("Stoke-on-Trent", "Frankfurt am Main"): a sentence,
// "Build dashboards in Denver, Boulder or Austin.", not a place line.
const LOWER_WORD = /(?:^|[\s,])(?!(?:of|on|upon|under|the|de|la|le|les|du|des|am|an|im|sur|di|del|da|do|dos|and|y|en|bei|ob)(?=[\s,]|$))\p{Ll}/u;

/** A page with no Location row: a place-shaped line among the few under the title. */
function placeUnderTitle(text: string, blocks: readonly Block[], title: Span): Span | null {
  const at = blocks.findIndex((b) => b.start >= title.end);
  if (at === -1) return null;
  for (let i = at; i < Math.min(blocks.length, at + PLACE_LINE_WINDOW); i++) {
    const b = blocks[i];
    const line = text.slice(b.start, b.end);
    // The value of another row ("Skills:" over "Java, Spring, Kafka, AWS") is that row's.
    if (i > 0 && text.slice(blocks[i - 1].start, blocks[i - 1].end).trimEnd().endsWith(':')) continue;
    if (PLACE_LINE.test(line) && !LOWER_WORD.test(line)) return { text: line, start: b.start, end: b.end };
  }
  return null;
}

function shift(m: MappedText, base: number): MappedText {
  if (base === 0) return m;
  for (let i = 0; i < m.srcStart.length; i++) {
    m.srcStart[i] += base;
    m.srcEnd[i] += base;
  }
  return m;
}

/** The length of an object input's plain-text fields: about the length of its normalised text. */
function plainLength(input: PostingInput): number {
  let n = 0;
  for (const field of FIELDS) if (field !== 'html') n += input[field]?.length ?? 0;
  return n;
}
/** Separates fields in the virtual source, so no span can run from one field into the next. */
const FIELD_GAP = 2;

/** The JSON a posting's text holds, parsed; null where it does not parse (it was read by the lenient scanner). */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The posting a string holds as JSON text (`JSON.stringify(job)`), or null. */
function jsonPosting(input: string): PostingData | null {
  const first = input.search(/\S/);
  return first !== -1 && input[first] === '{' && input.trimEnd().endsWith('}') ? findJsonPosting(input) : null;
}

export function normalise(input: string | PostingInput): NormalisedDocument {
  const json = typeof input === 'string' ? jsonPosting(input) : null;
  const inputKind: InputKind = typeof input === 'string' ? (json ? 'text' : detectKind(input)) : 'object';
  const regions: FieldRegion[] = [];
  const b = new Builder(typeof input === 'string' ? (inputKind === 'html' ? 0 : input.length) : plainLength(input));
  if (json) {
    // What the text cannot hold: a schema.org JobPosting's pay, terms and places, or an API's pay given as numbers.
    const parsed = parsedJson(input as string);
    b.jsonLd = jobPostingOf(parsed);
    b.readDataPay(parsed);
    b.postingData(json, 0);
  } else if (typeof input === 'string') {
    if (inputKind === 'text' && holdsPageScripts(input)) {
      b.warnings.push({
        code: 'input/page-scripts',
        message: "The text holds a page's script or style code, as a DOM's textContent (cheerio's .text()) keeps it; pass the page's HTML, or its text as a browser shows it (innerText).",
      });
    }
    if (inputKind === 'text' && isPayOnly(input)) {
      const m = cleanText(identity(input));
      b.field(m, 0, m.text.length, 'salary');
    } else b.text(input, 0, inputKind as Exclude<InputKind, 'object'>);
  } else {
    let base = 0;
    for (const field of FIELDS) {
      const value = input[field];
      if (value === undefined || value === null || value === '') continue;
      regions.push({ field, base, length: value.length });
      if (field === 'text' || field === 'html') {
        const kind = field === 'html' ? 'html' : detectKind(value);
        // An API's HTML description passed as text is read as the HTML it is, and the caller told.
        if (field === 'text' && kind === 'html') {
          b.warnings.push({ code: 'input/html-in-text', message: 'The text property holds HTML; it was read as HTML (pass it as html to say so).' });
        }
        b.text(value, base, kind);
      } else {
        const m = cleanText(shift(identity(value), base));
        b.field(m, 0, m.text.length, field);
      }
      base += value.length + FIELD_GAP;
    }
  }
  const mapped = b.out.build();
  const message = messageHeader(mapped.text);
  const email = message !== null;
  const site: { ranges: SiteRange[] } = { ranges: [] };
  const rows: { rowTitle?: Span } = {};
  labelledFields(mapped.text, b.blocks, b.header, rows, b.page ? (b.header.title?.start ?? 0) : 0, email);
  if (inputKind === 'text' && typeof input === 'string') {
    const rowFields = Object.keys(b.header) as HeaderField[];
    plainHeader(mapped, input, b.blocks, b.header, b.headerReasons, false, headingLevels(mapped, b.blocks, b.markedHeadings), site);
    // A copied page's rows over its header were the site's (a facet's "City" / "San Antonio 172") and are dropped: the
    // posting's own rows under it name those fields ("Location" / "11730 Huebner Rd, San Antonio, TX 78230"). (Read
    // again only where some were dropped: the rows found none the first pass did not.)
    const top = site.ranges.find((r) => r.kind === 'top');
    if (top && rowFields.some((f) => b.header[f] === undefined)) labelledFields(mapped.text, b.blocks, b.header, {}, top.end, email, false);
    siteOfFlatPage(mapped.text, b, site);
    hiringHeader(mapped.text, b);
    if (message?.subject && !b.header.title) subjectHeader(mapped.text, message.subject, b);
    if (email && !b.header.company) recruiterHeader(mapped.text, b);
  }
  // A description's HTML from an API or a feed ("<p>Data Engineer<br>Contoso<br>Denver, CO</p>..."), with no page
  // title or heading to name the job, is read as pasted text is, its hiring sentence too.
  else if (inputKind === 'html' && typeof input === 'string' && !b.header.title) {
    plainHeader(mapped, input, b.blocks, b.header, b.headerReasons, true);
    hiringHeader(mapped.text, b);
  }
  // A title's row among other rows, where nothing else names the title (see labelledFields).
  if (!b.header.title && rows.rowTitle) {
    b.header.title = rows.rowTitle;
    b.headerReasons.title = 'title/row-among-rows';
  }
  // Pages, and text pasted from them, print the place on a line of its own under the title.
  if ((b.page || inputKind === 'text') && b.header.title && !b.header.location) {
    const place = placeUnderTitle(mapped.text, b.blocks, b.header.title);
    if (place) b.header.location = place;
  }
  // Boards print the employer's card over the title: its name, its tagline, its size.
  if (inputKind === 'text' && b.header.title && !b.header.company) {
    const card = employerCardOverTitle(mapped.text, b.blocks, b.header.title);
    if (card) {
      b.header.company = card;
      b.headerReasons.company = 'company/card-over-title';
    }
  }
  // A social post's author names their employer in their headline ("Director of Data Science at Contoso Health").
  if (inputKind === 'text' && !b.header.company) {
    const author = postAuthorEmployer(mapped.text, b.blocks);
    if (author) {
      b.header.company = author;
      b.headerReasons.company = 'company/post-author';
    }
  }
  // A letter's sender names their employer with their role: "I'm Theo Brandvold, Head of Talent at Quarrybrook
  // Financial", a signature's "Medical Director, Willow Bend Animal Hospital".
  if (inputKind === 'text' && !b.header.company) {
    const sender = senderEmployer(mapped.text);
    if (sender) {
      b.header.company = { text: mapped.text.slice(sender.start, sender.end), ...sender };
      b.headerReasons.company = 'company/sender';
    }
  }
  // A Company row or JSON-LD's hiringOrganization says it better than the page's titles.
  let pageCompany: string | null = null;
  if (b.page && !b.header.company && !b.jsonLd?.hiringOrganization) {
    const company = pickCompany(mapped.text, b.page.meta, b.header.title ?? null);
    if (company?.span) {
      const { start, end } = company.span;
      b.header.company = { text: mapped.text.slice(start, end), start, end };
      b.headerReasons.company = company.reason;
    } else if (company) pageCompany = company.name;
  }
  return {
    inputKind,
    mapped,
    blocks: b.blocks,
    header: b.header,
    headerReasons: b.headerReasons,
    jsonLd: b.jsonLd,
    dataPay: b.dataPay,
    pageCompany,
    siteRanges: site.ranges,
    feedMarks: MASK.test(mapped.text),
    regions,
    warnings: b.warnings,
  };
}

/**
 * A page scraped onto one line, its title read on the run (see flatPageTitle): its menus and search form before the
 * title are the site's text ("... Job type Full-time Part-time Remote / Work from home Search Results > ..."), their terms
 * as a copied page's lines over its header are; a box of other jobs after it ("Similar Jobs ...") is too, its cards'
 * terms theirs.
 */
function siteOfFlatPage(text: string, b: Builder, site: { ranges: SiteRange[] }): void {
  const title = b.header.title;
  if (!title || b.headerReasons.title !== 'title/run-on-opening') return;
  const lineStart = text.lastIndexOf('\n', title.start - 1) + 1;
  const lineEnd = text.indexOf('\n', title.end);
  if ((lineEnd === -1 ? text.length : lineEnd) - lineStart < MIN_PAGE) return;
  if (title.start > lineStart) site.ranges.push({ start: lineStart, end: title.start, kind: 'form' });
  const box = relatedBoxStart(text, title.end, text.length);
  if (box !== -1) site.ranges.push({ start: box, end: text.length, kind: 'others' });
}

/** A message whose rows name no job names it in its subject: "Plant Controller opportunity — Opelika, AL — $130-145K". */
function subjectHeader(text: string, subject: Subject, b: Builder): void {
  const job = subjectJob(text, subject, coreEndsAsRole);
  if (!job) return;
  b.header.title = { text: text.slice(job.start, job.end), ...job };
  b.headerReasons.title = 'title/message-subject';
}

/** A recruiter's message names the employer in its opening: its client, or its own agency. */
function recruiterHeader(text: string, b: Builder): void {
  const named = recruiterEmployer(text);
  if (!named) return;
  b.header.company = { text: text.slice(named.start, named.end), ...named };
  b.headerReasons.company = 'company/recruiter-message';
}

const LINE_ENDS = /^[ \t]*(?:\n|$)/;

/** A short post with no title line names its job in a sentence ("We're hiring a barista in Leeds"), and often its employer. */
function hiringHeader(text: string, b: Builder): void {
  const hired = b.header.title ? null : titleFromHiringSentence(text);
  if (!hired) return;
  // (A plural names the one job each hire takes: "is hiring Store Assistants".)
  const job = oneOf(text.slice(hired.start, hired.end));
  b.header.title = { text: job, start: hired.start, end: hired.start + job.length };
  b.headerReasons.title = 'title/hiring-sentence';
  if (b.header.company) return;
  const hirer = hiringSentenceEmployer(text, hired);
  if (hirer) {
    b.header.company = { text: text.slice(hirer.start, hirer.end), ...hirer };
    b.headerReasons.company = 'company/hiring-sentence';
    return;
  }
  // Else the body's own signs, as under a title line: "Our team (Keller & Vance Realty Group, we're in Murfreesboro TN)
  // is looking for a part-time Virtual Assistant". (Not the line under the sentence, which is the post's next line, unless
  // the job ends its line, a hiring line of its own: "Now hiring: Veterinary Technician" over "High Desert Animal Hospital
  // – Bend, OR"; nor its poster, a person: "Posted by u/brightwire_ed"; nor a word the text names once, as a sentence's
  // first word is capitalised: "Ambition is the key to keeping the growth of this business".)
  const picked = pickCompany(text, NO_META, hired);
  const lineUnder = picked?.reason === 'company/line-under-title';
  if (!picked?.span || (lineUnder && !LINE_ENDS.test(text.slice(hired.end, hired.end + 4))) || picked.reason === 'company/posted-by' || isPlaceLine(picked.name)) return;
  if (!picked.name.includes(' ') && !recurs(text, picked.name)) return;
  b.header.company = { text: text.slice(picked.span.start, picked.span.end), ...picked.span };
  b.headerReasons.company = picked.reason;
}
