/** Widens occupation-dictionary heads to the whole title they stand in ("Senior Care Assistant"). */
import type { DictionaryMatch, ResolvedEntry } from '../../dictionaries/types';
import { reasonUnder } from '../../dictionaries/reason';

/** One occupation mention: a dictionary head widened to the whole title it stands in. */
export interface OccupationMention {
  start: number;
  end: number;
  entry: ResolvedEntry;
  reason: string;
}

// Modifiers that belong to a job title in any case ("senior chefs").
const MODIFIER = new Set([
  'senior', 'snr', 'sr', 'junior', 'jnr', 'jr', 'trainee', 'graduate', 'assistant', 'deputy', 'head', 'lead',
  'principal', 'chief', 'associate', 'apprentice', 'staff', 'interim', 'regional', 'area', 'national', 'general',
]);
// Capitalised words that open a sentence or describe the person, not the title.
const NOT_TITLE = new Set([
  'the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'as', 'for', 'and', 'or',
  'with', 'of', 'to', 'in', 'on', 'at', 'by', 'from', 'we', 'you', 'they', 'i', 'my', 'is', 'are', 'be', 'will',
  'experienced', 'talented', 'successful', 'dynamic', 'ambitious', 'motivated', 'enthusiastic', 'proven', 'qualified',
  'ideal', 'chosen', 'dedicated', 'permanent', 'temporary', 'temp', 'perm', 'contract', 'locum', 'agency', 'bank',
  'full', 'part', 'time', 'existing', 'potential', 'skilled', 'passionate', 'excellent', 'exciting', 'leading',
  'busy', 'friendly', 'key', 'current', 'fantastic', 'great', 'brilliant', 'job', 'role', 'position', 'vacancy',
  'title', 'description', 'urgent', 'immediate', 'seeking', 'recruiting', 'wanted', 'required', 'needed', 'new',
  'top', 'best', 'strong', 'confident', 'professional', 'hardworking', 'reliable', 'competent', 'keen', 'willing',
  'self', 'employed', 'freelance', 'remote', 'mobile', 'uk', 'london', 'report', 'reporting', 'assist', 'support',
  'join', 'become', 'work', 'working', 'hire', 'recruit', 'looking', 'seek', 'need', 'requires', 'ft', 'pt',
]);
const MAX_EXTRA_WORDS = 3;
const WORD_BEFORE = /([A-Za-z][A-Za-z&'’]*)[ ]$/;
const OF_PHRASE = /^[ ](?:of|for)[ ]((?:[A-Z][A-Za-z&]*|IT|HR)(?:[ ](?:and|&)[ ][A-Z][A-Za-z]*|[ ][A-Z][A-Za-z]*){0,2})/;
const OF_HEADS = /^(?:head|director|manager|vice president|vp)$/i;

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Widen a match leftwards over title words: modifiers always, capitalised words when the match is capitalised. */
function widenLeft(text: string, m: DictionaryMatch): number {
  let start = m.start;
  const titled = isCapitalised(m.text);
  for (let k = 0; k < MAX_EXTRA_WORDS; k++) {
    const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (!w) break;
    const word = w[1];
    const lower = word.toLowerCase();
    if (NOT_TITLE.has(lower)) break;
    if (!MODIFIER.has(lower) && !(titled && isCapitalised(word))) break;
    start -= w[0].length;
  }
  return start;
}

/** "Head of IT", "Director of Finance": the "of" phrase belongs to the title. */
function widenRight(text: string, m: DictionaryMatch): number {
  const head = m.text.split(/\s+/).pop() ?? '';
  if (!OF_HEADS.test(head) || !isCapitalised(m.text)) return m.end;
  const of = OF_PHRASE.exec(text.slice(m.end, m.end + 60));
  return of ? m.end + of[0].length : m.end;
}

/** Occupation mentions from the occupations dictionary's matches, widened to the title they stand in. */
export function occupationMentions(text: string, matches: readonly DictionaryMatch[]): OccupationMention[] {
  const out: OccupationMention[] = [];
  let floor = 0;
  for (const m of matches) {
    // A head inside the title before it ("Nurse" in "Manager of Nurse Care") is part of that title.
    if (m.end <= floor) continue;
    const start = Math.max(floor, widenLeft(text, m));
    const end = widenRight(text, m);
    const widened = start !== m.start || end !== m.end;
    out.push({ start, end, entry: m.entry, reason: widened ? 'occupations/title-phrase' : reasonUnder('occupations', m.reason) });
    floor = end;
  }
  return out;
}

// Matching ignores punctuation, so "CRM / Developer" reads as "CRM Developer"; a list separator ends a title.
const SEPARATOR = /\s[/|,;]\s|[,;|]\s?/g;

/** Matches that run across a list separator, matched again piece by piece. */
export function splitAtSeparators(
  matches: readonly DictionaryMatch[],
  rematch: (from: number, to: number) => DictionaryMatch[],
): DictionaryMatch[] {
  const out: DictionaryMatch[] = [];
  for (const m of matches) {
    const cuts: number[] = [m.start];
    SEPARATOR.lastIndex = 0;
    for (let s = SEPARATOR.exec(m.text); s !== null; s = SEPARATOR.exec(m.text)) cuts.push(m.start + s.index, m.start + s.index + s[0].length);
    if (cuts.length === 1) {
      out.push(m);
      continue;
    }
    cuts.push(m.end);
    for (let i = 0; i < cuts.length; i += 2) out.push(...rematch(cuts[i], cuts[i + 1]));
  }
  return out;
}

// Heads that are also adjectives: "a specialist recruitment consultancy".
const ADJECTIVAL = new Set(['specialist']);

// Heads that are also verbs, which a duty or a sentence opens with: "Partner with product teams", "Engineer robust pipelines".
const VERBAL = new Set(['partner', 'mentor', 'coach', 'champion', 'advocate', 'engineer', 'architect', 'host', 'guide', 'pilot', 'counsel', 'model']);
// What ends the text before a line, list item or sentence opens: a break, a full stop, a bullet.
const OPENERS = new Set(['\n', '.', '!', '?', ';', ':', '•', '·', '-', '–', '*']);

/** Whether `at` opens the text, a line, a list item or a sentence (spaces before it passed over). */
function opensClause(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || OPENERS.has(text[i - 1]);
}

/**
 * Leaves out one-word heads used as adjectives before another word ("a specialist recruitment consultancy"),
 * and heads that open a line or sentence as its verb, a lower-case word after them ("Partner with sales").
 */
export function dropAdjectival(text: string, matches: readonly DictionaryMatch[]): DictionaryMatch[] {
  return matches.filter((m) => {
    const head = m.text.toLowerCase();
    if (ADJECTIVAL.has(head) && /^[ ]{1,2}[A-Za-z]/.test(text.slice(m.end, m.end + 3))) return false;
    return !(VERBAL.has(head) && /^[ ][a-z]/.test(text.slice(m.end, m.end + 2)) && opensClause(text, m.start));
  });
}
