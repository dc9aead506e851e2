/** Finds experience requirements in plain text: durations tied to experience, "relevant experience", "no experience necessary". */
import { overlapsAny } from '../../util/spans';
import { findDurations, type Duration } from './duration';
import { subjectAfter, subjectBefore, type SubjectSpan } from './subject';
import { matchesInRuns, matchesStartingNear, matchStarts, runsAround } from '../../util/scan-near';
import { alternationOf } from '../../util/escape-regexp';
import experienceWords from '../../data/words/experience-words.json';

/** An experience requirement found in plain text, before the cue and skills are attached. */
export interface ExperienceFinding {
  start: number;
  end: number;
  minYears: number | null;
  maxYears: number | null;
  months: number | null;
  subject: SubjectSpan | null;
  /** `false` when the text itself waives it ("no experience necessary"). */
  waived: boolean;
  collapsed: boolean;
  reason: string;
}

export interface FindExperienceOptions {
  feedMarks: boolean;
  /** Where the block holding `at` ends (list items, paragraphs); a subject never runs past it. */
  blockEnd?: (at: number) => number;
  /** Experience fields (a details box's "Required Experience" row): a duration there is experience. */
  fields?: readonly { start: number; end: number }[];
}

const CLAUSE_MARK = /[.!?;:\n]/;
const INNER_STOP = /[a-z]/;
const WINDOW = 80;

/** The text from the last clause mark before `at` (at most WINDOW back). */
function clauseBefore(text: string, at: number): string {
  let i = at;
  const floor = Math.max(0, at - WINDOW);
  while (i > floor && !CLAUSE_MARK.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** The text up to the next clause mark after `at` (at most WINDOW on). */
function clauseAfter(text: string, at: number, blockEnd?: (at: number) => number): string {
  let j = at;
  const ceiling = Math.min(text.length, at + WINDOW, blockEnd ? blockEnd(at) : text.length);
  // A full stop inside a word ("Node.js") ends no clause.
  while (j < ceiling && !(CLAUSE_MARK.test(text[j]) && !(text[j] === '.' && INNER_STOP.test(text[j + 1] ?? '')))) j++;
  return text.slice(at, j);
}

// A duration that is a period of time, an age, the company's history or a run of awards ("three years in a row");
// "for" only where it is not what is asked for ("looking for 6+ years of experience").
const NOT_BEFORE = /\b(?:(?<!\b(?:looking|searching|asking|asks?|hoping|calls?|seeking)[ ]{1,2})for|last|past|next|first|within|after|every|per|each|aged?|the|under|than|celebrating|established|founded)[ ]{1,2}$/i;
const NOT_AFTER =
  /^['’]?\s*(?:histor|(?:old|of age|ago|in a row|running|straight|consecutive|contract|fixed|ftc|basis|assignment|warranty|warranties|lease|project|placement|programme|program|course|training|apprenticeship|maternity|cover|period|probation|secondment|visa|guarantee|service|in business|in operation|trading|term|duration|plan|deal|agreement|from|on|before|later|time|notice|of (?:history|trading|service|growth|success))s?)/i;
// Such a word must end there (a plural too): "5+ years programming experience" is no "program", "3 years planning"
// no "plan". A capital after it is the next item glued on ("18 years of ageAdded plus: ...").
const WORD_GOES_ON = /^[a-z]/;
// "5+ years project management experience", "3 years service desk experience": such a word naming the kind of
// experience, the noun a few words on (not "an 18 month programme gaining experience").
const KIND_OF_EXPERIENCE =
  /^['’]?[ ]{0,2}(?:(?!(?:with|in|on|of|to|for|from|and|or|the|a|an|as|at|by|your|our|their|you|we|which|that|gaining|gain|giving|offering|including|providing|building)\b)[\p{L}\p{N}&+/-]+[ ]{1,2}){1,3}(?:experience|exp)\b/iu;
// The nouns for experience in other languages (src/data/words/experience-words.json).
const EXPERIENCE_NOUNS = alternationOf(Object.values(experienceWords.experience).flat());
// "exp" is the short form Indian and scraped postings use ("5 yrs exp.", "2-3 yrs exp in Java").
// Subject words may hold "&", "+", "/" or an inner full stop: "FP&A", "C++", "CI/CD", "Node.js". In other languages the
// noun may come elided ("ans d'expérience"); those nouns are in src/data/words/experience-words.json.
const LINK_AFTER = new RegExp(
  String.raw`^['’]?\s*(?:[\p{L}\p{N}_&+/-][\p{L}\p{N}_&+/.-]*\s+){0,5}?(?:[dl]['’])?(experience|exp|exposure|background|track record|pqe|working|worked|employment|${EXPERIENCE_NOUNS})(?![\p{L}\p{N}_])`,
  'iu',
);
// "Experience: 3 years", "Berufserfahrung: 3 Jahre", "Expérience : 2 ans": the noun before the figure.
const EXPERIENCE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:experience|${EXPERIENCE_NOUNS})(?![\p{L}\p{N}_])`, 'iu');
const PLACE_AFTER = /^['’]?\s*(?:in|within|as)\s+(?=(?:a|an|the|this|similar|customer|retail|sales)\b)/i;
// "4+ years designing consumer products", "- 5 years building data pipelines": years of doing something, where the
// figure is a minimum or opens the line (a list of requirements), not "10 years making coffee" in the company's story.
const GERUND_AFTER = /^[ ]{1,2}(?!(?:during|including|starting|beginning|following|according|remaining|regarding|being|morning|evening|nothing|something|anything|everything|pending)\b)[a-z]{3,}ing\b/;
const LINE_OPENING = /^[ \-–•*·]*$/;
// "... and some CAN bus experience. 3+ years preferred.": years asked for after the experience they count.
const ASKED_AFTER = /^[ ]?(?:(?:is|are)[ ])?(?:preferred|required|minimum|essential|desired|desirable|mandatory|needed)\b/i;
const ASKED_REACH = 160;
// "5+ years of Python", "3-5 years of B2B sales", "- 2 years of SQL", "with 4 years of Java": years of a thing asked
// for, where the figure is a minimum or a range, opens a line or names a capitalised thing; not "20 years of
// innovation" in the company's story (nor "of history", "of growth": NOT_AFTER).
// "3+ years with Python" alike; not "years with us", "with our team", "with the company" (a tenure).
const OF_AFTER = /^[ ]{1,2}(?:of|with(?![ ]{1,2}(?:us|our|the|them|this|a|an)\b))[ ]{1,2}(?=[\p{L}\p{N}])/u;
const OF_NAME_AFTER = /^[ ]{1,2}(?:of|with)[ ]{1,2}\p{Lu}/u;
// With the other languages' ("dans la logistique", "im Vertrieb", "mit SAP", "en ventas", "com SQL", "nel settore", "met Java").
const PREPOSITION = /^[ ]?(?:(?:gained|working|gained working)[ ])?(?:in|of|with|within|from|as|using|dans|en|au|avec|im|bei|mit|als|con|como|com|em|nel|nella|nei|bij|met)[ ]/i;
const COMPANY_WITH = /(?:^|\s)with\s+$/i;
// "12+ years in oil and gas HSE", "- 3-5 years in retail banking": years in a field, where the figure is a minimum or a
// range, or opens a line (NOT_AFTER leaves out "years in business", "in a row"); not "shifts up to 6 months in advance".
const IN_AFTER = /^[ ]{1,2}in[ ]{1,2}(?=\p{L})/u;
// "7+ years Java, Spring Boot", "8+ years SAP FI/CO", "3-5 years PLC programming": a minimum or range of years, then
// the capitalised thing they are spent on, as US staffing posts list them; not "over 20 years Contoso has grown" (a
// lower bound of "over", "more than": the company's story).
const NAME_AFTER = /^[ ]{1,2}(?=\p{Lu})/u;
// A field in small letters after a requirement's years, as US postings list them ("3+ years industrial maintenance").
const FIELD_AFTER = /^[ ]{1,2}(?=[a-z]{3,})/;
const MUST_HAVE_BEFORE = /\bmust[ ]have[ ]{1,2}$/i;
// A qualifier alone is no field: "At least 3 years previous Project Management experience".
const QUALIFIER_ONLY = /^(?:previous|prior|proven|relevant|recent|direct|similar|practical|hands-on|solid|strong|extensive)$/i;
const STORY_BOUND = /^(?:over|more|in excess|upwards)\b/i;

// Indian boards' header chip: a range of years alone on its line ("4-8 Yrs", "3 - 6 years"), under no label of another
// length ("Age", "Contract duration").
const CHIP_UNIT = /(?:yrs|years)$/i;
const OTHER_LENGTH_LABEL = /\b(?:age|duration|contract|term|length|period|tenure|warranty)\b/i;
const MAX_LABEL_LINE = 40;

function isExperienceChip(text: string, d: Duration, before: string, after: string): boolean {
  if (d.reason !== 'experience/range' || before.trim() !== '' || after.trim() !== '' || !CHIP_UNIT.test(text.slice(d.start, d.end))) return false;
  const lineStart = text.lastIndexOf('\n', d.start - 1);
  if (lineStart <= 0) return true;
  const above = text.slice(Math.max(0, lineStart - MAX_LABEL_LINE), lineStart);
  return !OTHER_LENGTH_LABEL.test(above.slice(above.lastIndexOf('\n') + 1));
}

function yearsFields(d: Pick<Duration, 'unit' | 'min' | 'max'>): Pick<ExperienceFinding, 'minYears' | 'maxYears' | 'months'> {
  if (d.unit === 'year') return { minYears: d.min, maxYears: d.max, months: null };
  const toYears = (m: number | null) => (m === null ? null : Math.round((m / 12) * 100) / 100);
  return { minYears: toYears(d.min), maxYears: toYears(d.max), months: d.min ?? d.max };
}

function subjectFollowing(text: string, from: number, options: FindExperienceOptions): SubjectSpan | null {
  const after = clauseAfter(text, from, options.blockEnd);
  const prep = PREPOSITION.exec(after);
  if (!prep) return null;
  return subjectAfter(text, from + prep[0].length, from + after.length);
}

// A screening row, as Indeed prints a posting's qualifications: "Medical office: 1 year (Preferred)", "Customer
// service: 2 years (Required)"; the label is the subject, also where a one-word label was read as a heading and its
// value put on the next line ("Pharmacy:" / "1 year (Preferred)"). Bounded: linear.
const ROW_LABEL = /(?:^|\n)[ \t]*(?:experience[ \t]?:[ \t]?)?(\p{L}[^\n:]{0,60}?)[ \t]?:[ \t]?\n?$/diu;
const ROW_MARK = /^[ \t]?\((?:preferred|required)\)/i;

/** The label of a screening row the duration `d` is the value of, as the subject. */
function rowLabel(text: string, d: Duration, after: string): SubjectSpan | null {
  if (!ROW_MARK.test(after)) return null;
  const from = Math.max(0, d.start - WINDOW);
  const m = ROW_LABEL.exec(text.slice(from, d.start));
  // ("Experience:" over "1 year (Preferred)" names no subject.)
  if (!m || /^experience$/i.test(m[1])) return null;
  const [start, end] = m.indices![1];
  return { start: from + start, end: from + end, value: m[1] };
}

/** "3 years leading teams": the doing after the years, or null. */
function gerundSubject(text: string, d: Duration, after: string): SubjectSpan | null {
  return GERUND_AFTER.test(after) ? subjectAfter(text, d.end + 1, d.end + after.length) : null;
}

function fromDuration(text: string, d: Duration, options: FindExperienceOptions): ExperienceFinding | null {
  const before = clauseBefore(text, d.start);
  if (NOT_BEFORE.test(before)) return null;
  const after = clauseAfter(text, d.end);
  const notAfter = NOT_AFTER.exec(after);
  if (notAfter && !WORD_GOES_ON.test(after.slice(notAfter[0].length)) && !KIND_OF_EXPERIENCE.test(after)) return null;
  const link = LINK_AFTER.exec(after);
  let subject: SubjectSpan | null = null;
  const row = link ? null : rowLabel(text, d, after);
  if (row) {
    subject = row;
  } else if (link) {
    const linkStart = d.end + link[0].length - link[1].length;
    const linkEnd = d.end + link[0].length;
    // "With over 20 years experience, Acme is ..." is the company's experience.
    if (COMPANY_WITH.test(before) && /^\s*,\s*(?!you)/i.test(text.slice(linkEnd, linkEnd + 12))) return null;
    subject = subjectFollowing(text, linkEnd, options) ?? subjectBefore(text, d.end, linkStart);
  } else if (PLACE_AFTER.test(after) || EXPERIENCE_BEFORE.test(before) || options.fields?.some((f) => d.start >= f.start && d.end <= f.end)) {
    // "experience, including at least 3 years leading teams": what the years are spent doing.
    subject = subjectFollowing(text, d.end, options) ?? gerundSubject(text, d, after);
  } else if (GERUND_AFTER.test(after) && (d.reason !== 'experience/years' || LINE_OPENING.test(before))) {
    subject = gerundSubject(text, d, after);
  } else if (isExperienceChip(text, d, before, after)) {
    subject = null;
  } else if (IN_AFTER.test(after) && d.unit === 'year' && (d.reason === 'experience/minimum' || d.reason === 'experience/range' || LINE_OPENING.test(before))) {
    subject = subjectFollowing(text, d.end, options);
    if (!subject) return null;
  } else if (OF_AFTER.test(after) && (d.reason !== 'experience/years' || LINE_OPENING.test(before) || OF_NAME_AFTER.test(after))) {
    subject = subjectFollowing(text, d.end, options);
    if (!subject) return null;
  } else if (
    NAME_AFTER.test(after) &&
    (d.reason === 'experience/minimum' || d.reason === 'experience/range') &&
    !STORY_BOUND.test(text.slice(d.start, d.end)) &&
    !COMPANY_WITH.test(before)
  ) {
    subject = subjectAfter(text, d.end + NAME_AFTER.exec(after)![0].length, d.end + after.length);
    if (!subject) return null;
  } else if (ASKED_AFTER.test(after) && EXPERIENCE_BEFORE.test(text.slice(Math.max(0, d.start - ASKED_REACH), d.start))) {
    subject = null;
  } else if (
    FIELD_AFTER.test(after) &&
    !ASKED_AFTER.test(after) &&
    d.unit === 'year' &&
    ((LINE_OPENING.test(before) && (d.reason === 'experience/minimum' || d.reason === 'experience/range')) || MUST_HAVE_BEFORE.test(before))
  ) {
    // "Requirements: 3+ years industrial maintenance", "Must have 5 years commercial HVAC": the field the years are spent in.
    subject = subjectAfter(text, d.end + FIELD_AFTER.exec(after)![0].length, d.end + after.length);
    if (!subject) return null;
    if (QUALIFIER_ONLY.test(subject.value)) subject = null;
  } else {
    return null;
  }
  return { start: d.start, end: d.end, ...yearsFields(d), subject, waived: false, collapsed: d.collapsed, reason: d.reason };
}

const QUALIFIED =
  /\b(previous|prior|proven|relevant|demonstrable|demonstrated|extensive|substantial|significant|solid|strong|considerable|hands-on|practical|recent|direct|sound|similar|good|some)\b((?:[ ]{1,2}[^\s,.;:!?()]+){0,5}?)[ ]{1,2}(experience)\b/gi;
const WAIVED = /\bno[ ]{1,2}(?:previous[ ]{1,2}|prior[ ]{1,2}|formal[ ]{1,2}|relevant[ ]{1,2})?experience[ ]{1,2}(?:is[ ]{1,2})?(?:necessary|required|needed|essential)\b/gi;
const OPENING = /(?:^|[.!?;:\n]\s*|\s{2,})$/;
const LEADING = /\bexperience\b/gi;
// India's "freshers" are candidates with no experience: "Freshers can apply", "Experience (required): Fresher".
export const ENTRY_LEVEL = /\b(?:entry[ -]level|graduates?[ ]{1,2}(?:welcome|considered|role|position|scheme|programme|opportunit(?:y|ies))|freshers?[ ]{1,2}(?:(?:can|may|are)[ ]{1,2})?(?:apply|welcome|eligible|considered)|(?<=\bexperience(?:[ ](?:required|level))?[ ]?:[ \n]{0,2})freshers?(?=[ ]?(?:$|\n|[,;.(/])))/gi;

// Every ENTRY_LEVEL match starts with one of these words, found by the same case-insensitive reading: the pattern,
// which opens with \b, is tried only where one stands (tried at every position, it was a third of this file's time).
const ENTRY_LEVEL_MARKS = /entry|graduate|fresher/gi;

/** Where each of the words an entry-level statement opens with stands, in order. */
export function entryLevelMarks(text: string): number[] {
  return matchStarts(text, ENTRY_LEVEL_MARKS);
}

// "This is not an entry-level position": the opposite of an entry-level offer.
const NOT_ENTRY = /\b(?:not|n't|never|no)[ ]{1,2}(?:an?[ ]{1,2})?$/i;

/**
 * A match of QUALIFIED, WAIVED or LEADING holds "experience" (the same flags
 * find it) and no other white space than spaces, nor any of ,.;:!?() (its
 * words are letters, or in QUALIFIED `[^\s,.;:!?()]+`, and are joined by
 * spaces). Such a match lies inside one run of the text between two of
 * those breaks, and a break is no word character, so `\b` reads a run's edge
 * as it reads the whole text's: the patterns are scanned only in the runs
 * that hold "experience", not over the whole text.
 */
const EXPERIENCE = /experience/gi;
const SPACE = /\s/;
const isBreak = (c: number) =>
  c < 128 ? (c >= 9 && c <= 13) || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 : SPACE.test(String.fromCharCode(c));

/** The runs (between breaks) that hold "experience", overlapping occurrences included. */
export function experienceRuns(text: string): [number, number][] {
  return runsAround(text, matchStarts(text, EXPERIENCE), isBreak);
}

/** The patterns read only in the runs that hold "experience"; exported for the test that compares them with a whole-text scan. */
export const EXPERIENCE_PATTERNS = { QUALIFIED, WAIVED, LEADING } as const;

/** The stretch of text a findings index files a position under. */
const CELL = 64;

/**
 * Findings filed by the stretches of CELL characters they cover: whether a span overlaps one, or one ends just before
 * a point, reads the few stretches there, not every finding (a text may hold thousands).
 */
class Findings {
  readonly all: ExperienceFinding[] = [];
  private readonly cells = new Map<number, ExperienceFinding[]>();

  add(f: ExperienceFinding): void {
    this.all.push(f);
    for (let c = Math.floor(f.start / CELL); c <= Math.floor(Math.max(f.start, f.end - 1) / CELL); c++) {
      const cell = this.cells.get(c);
      if (cell) cell.push(f);
      else this.cells.set(c, [f]);
    }
  }

  /** Whether some finding shares a position with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    for (let c = Math.floor(start / CELL); c <= Math.floor(Math.max(start, end - 1) / CELL); c++) {
      if (overlapsAny(this.cells.get(c), start, end)) return true;
    }
    return false;
  }

  /** Whether some finding ends at or before `at`, fewer than `reach` characters before it, and `test` accepts it. */
  endsBefore(at: number, reach: number, test: (f: ExperienceFinding) => boolean): boolean {
    for (let c = Math.floor(Math.max(0, at - reach) / CELL); c <= Math.floor(at / CELL); c++) {
      if (this.cells.get(c)?.some((f) => f.end <= at && at - f.end < reach && test(f))) return true;
    }
    return false;
  }
}

/** Every experience requirement in `text`, in text order. */
export function findExperience(text: string, options: FindExperienceOptions): ExperienceFinding[] {
  const found = new Findings();
  for (const d of findDurations(text, options)) {
    const item = fromDuration(text, d, options);
    if (item) found.add(item);
  }
  const add = (item: ExperienceFinding) => {
    if (!found.overlaps(item.start, item.end)) found.add(item);
  };
  const runs = experienceRuns(text);
  for (const m of matchesInRuns(text, WAIVED, runs)) {
    const end = m.index + m[0].length;
    add({ start: m.index, end, minYears: 0, maxYears: 0, months: null, subject: null, waived: true, collapsed: false, reason: 'experience/none-required' });
  }
  for (const m of matchesStartingNear(text, ENTRY_LEVEL, entryLevelMarks(text), 0)) {
    if (NOT_ENTRY.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    add({ start: m.index, end: m.index + m[0].length, minYears: 0, maxYears: 0, months: null, subject: null, waived: false, collapsed: false, reason: 'experience/entry-level' });
  }
  for (const m of matchesInRuns(text, QUALIFIED, runs)) {
    const end = m.index + m[0].length;
    // A duration already covers "5 years' relevant experience".
    if (found.overlaps(m.index, end) || found.endsBefore(m.index, 20, (f) => !CLAUSE_MARK.test(text.slice(f.end, m.index)))) continue;
    const qualifierEnd = m.index + m[1].length;
    const subject = subjectFollowing(text, end, options) ?? subjectBefore(text, qualifierEnd, end - m[3].length);
    add({ start: m.index, end, minYears: null, maxYears: null, months: null, subject, waived: false, collapsed: false, reason: 'experience/qualified' });
  }
  for (const m of matchesInRuns(text, LEADING, runs)) {
    const end = m.index + m[0].length;
    if (found.overlaps(m.index, end) || !OPENING.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const subject = subjectFollowing(text, end, options);
    if (subject) add({ start: m.index, end, minYears: null, maxYears: null, months: null, subject, waived: false, collapsed: false, reason: 'experience/opening' });
  }
  return found.all.sort((a, b) => a.start - b.start);
}
