/**
 * Where a term stands, and so whether it describes the role on offer: the
 * posting's title, a line of its own (a heading, a details-box row such as
 * "Job Type: Contract" or a label and its value on two lines), a sentence
 * about this role ("This is a temporary position", "We are seeking a
 * part-time cashier"), or a mention elsewhere ("benefits for full-time
 * employees", "temporary staffing solutions").
 */
import type { Span } from '../../types/common';

const WORDS = /[\p{L}\p{N}]+/gu;

export type RoleContext = 'title' | 'line' | 'role' | 'other';

/** A line of at most this many words besides the term is a heading, a label or a value, not prose. */
const SHORT_LINE_WORDS = 4;
/** How far a sentence is read for its subject, each side of the term. */
const SENTENCE_REACH = 200;

const ROLE_NOUN = String.raw`(?:role|position|job|post|vacancy|opportunity|opening|assignment|engagement|placement|contract|gig)s?`;

// The term names the kind of a role: "a full-time position", "temporary role", "contract-to-hire opportunity".
// Not "temporary and contract workers": there "contract" names a kind of worker; nor "remote-friendly for some roles",
// which are others.
const MODIFIES_ROLE = new RegExp(
  String.raw`^(?:[\s,/-]{1,3}(?:(?!(?:some|certain|many|most|other|select|all)\b)[a-z]+[\s,/-]{1,3}){0,2})?${ROLE_NOUN}\b(?![\s-](?:workers|staff|employees|personnel|professionals))`,
  'i',
);

// The sentence is about the role on offer: "this role", "the position is", "we are seeking", "join us as" (not a thing
// the noun belongs to: "the cost of contract and temporary staff").
const ABOUT_THIS_ROLE = new RegExp(
  String.raw`\b(?:this|the)\s(?:(?!of\s)[\w-]+\s){0,3}?${ROLE_NOUN}\b|\b(?:we\s(?:are|'re)|is|are)\s(?:currently\s|now\s)?(?:seeking|looking\sfor|hiring|recruiting)\b|\bjoin\s(?:us|our\s[\w-]+(?:\s[\w-]+)?)\sas\b|\byou\s(?:will|would)\sbe\s(?:employed|engaged|working|hired)\b|\bthis\sis\san?\b`,
  'i',
);

// "Job Type:", "Employment Type -", "Schedule:": a label ending just before the term on its line.
const LABEL_BEFORE = /[:|–-]\s?$/;

// A details row's label for the terms, right before them.
const ROW_LABEL_BEFORE = /\b(?:job|employment|contract|position|work|engagement|appointment)\s(?:type|status|schedule|basis)\s?$/i;
const ROW_LABEL_REACH = 30;
// (Not a filter's first choice, the next one after a space: "Any Employment Type Full-Time Part-Time Adjunct".)
const OPTION_NEXT = /^ (?:full|part|contract|temp|permanent|casual|freelance|intern|per[\s-]?diem|seasonal|adjunct|fixed|volunteer)/i;
const OPTION_REACH = 12;

/** How far a line is looked for each side of the term: a longer line is prose, whatever its ends. */
const LINE_REACH = 200;

/** The term's line, cut at LINE_REACH each side (each look-up stays bounded, so the whole scan is linear). */
function lineAround(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - LINE_REACH);
  const before = text.slice(floor, start).lastIndexOf('\n');
  const after = text.slice(end, end + LINE_REACH).indexOf('\n');
  return [before < 0 ? floor : floor + before + 1, after < 0 ? Math.min(text.length, end + LINE_REACH) : end + after];
}

const words = (s: string) => (s.match(WORDS) ?? []).length;

/** The sentence around `[start, end)`, read at most SENTENCE_REACH each side. */
export function sentenceAround(text: string, start: number, end: number): string {
  const [before, after] = sentenceSides(text, start, end);
  return `${before}${text.slice(start, end)}${after}`;
}

/** The sentence's parts before and after `[start, end)`. */
function sentenceSides(text: string, start: number, end: number): [string, string] {
  const before = text.slice(Math.max(0, start - SENTENCE_REACH), start);
  const cut = Math.max(...['.', '!', '?', '\n', ';'].map((c) => before.lastIndexOf(c)));
  const after = text.slice(end, end + SENTENCE_REACH);
  const stop = after.search(/[.!?\n;]/);
  return [before.slice(cut + 1), stop < 0 ? after : after.slice(0, stop)];
}

// "Fabrikam is remote-friendly for some roles, but this role is hybrid": the role the sentence turns to is another
// clause's subject.
const CONTRAST = /\b(?:but|however|whereas|except)\b/gi;

/** The term's clause of its sentence: the sentence cut at a contrast ("but", "however") each side of the term. */
function clauseAround(text: string, start: number, end: number): string {
  const [before, after] = sentenceSides(text, start, end);
  let from = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(before); m; m = CONTRAST.exec(before)) from = m.index;
  CONTRAST.lastIndex = 0;
  const next = CONTRAST.exec(after);
  return `${before.slice(from)}${text.slice(start, end)}${next ? after.slice(0, next.index) : after}`;
}

/**
 * The context of the term at `[start, end)`. `title` is the posting's title
 * span where the input names one; without it the first line counts as the
 * title when it is short.
 */
export function roleContext(text: string, start: number, end: number, title?: Pick<Span, 'start' | 'end'> | null): RoleContext {
  if (title && start >= title.start && end <= title.end) return 'title';
  const [from, to] = lineAround(text, start, end);
  if (LABEL_BEFORE.test(text.slice(Math.max(from, start - 3), start)) && words(text.slice(from, start)) <= SHORT_LINE_WORDS) return 'line';
  // (Or a details row's label run onto it where a copy lost the line break: "Job Type Full Time Salary Confidential".)
  if (ROW_LABEL_BEFORE.test(text.slice(Math.max(from, start - ROW_LABEL_REACH), start)) && !OPTION_NEXT.test(text.slice(end, end + OPTION_REACH))) return 'line';
  const rest = `${text.slice(from, start)} ${text.slice(end, to)}`;
  if (words(rest) <= SHORT_LINE_WORDS) return !title && from === 0 ? 'title' : 'line';
  // "Benefits depend on whether your position is full-time, part-time or intermittent": kinds a condition weighs.
  if (WHETHER_BEFORE.test(sentenceSides(text, start, end)[0])) return 'other';
  if (MODIFIES_ROLE.test(text.slice(end, end + 40))) return 'role';
  return ABOUT_THIS_ROLE.test(clauseAround(text, start, end)) ? 'role' : 'other';
}

const WHETHER_BEFORE = /\bwhether\b/i;
