/**
 * Equal-opportunity and accommodation statements: the legal text at the foot
 * of a posting ("without regard to race, color, religion, sex, national
 * origin, disability or veteran status"; "if you need a reasonable
 * accommodation ..."), and its notice to agencies ("No agencies please",
 * "Recruiters, please don't contact this job poster"). It names
 * characteristics, processes and other trades, never what the job asks for,
 * so no skill, occupation, sector, qualification, certificate or language is
 * read from it ("genetic information" is no Genomics, "recruiters" no
 * Recruitment Consultant).
 */
import type { AnalysedDocument } from '../../contract';
import type { Range } from '../../util/spans';

// One scan of the text finds the anchors: a strong one makes its sentence a statement on its own, a weak one does so
// with three different characteristics listed in the sentence (most sentences have no anchor and are not read again).
const ANCHOR =
  /\b(?:(?<strong>equal(?:[ -]employment)?[ -]opportunit(?:y|ies)|affirmative[ -]action|reasonable[ -](?:accommodation|adjustment)s?|without[ -]regard[ -]to|e-verify|fair[ -]chance|unsolicited[ -](?:resumes?|r[ée]sum[ée]s?|cvs?|applications?)|agency[ -](?:resumes?|cvs?|submissions?)|no[ -]agencies|principals[ -]only|(?:recruiters|recruitment[ -]agencies|agencies|headhunters),?[ -](?:please[ -])?(?:do[ -]not|don'?t|need[ -]not|may[ -]not|should[ -]not))|discriminat|protected|basis[ -]of|regardless[ -]of|irrespective[ -]of)/gi;
const CHARACTERISTIC =
  /\b(?:race|colou?r|religion|religious|creed|sex|sexual[ -]orientation|gender(?:[ -](?:identity|expression|reassignment))?|national[ -]origin|ethnic(?:ity)?|ancestry|age|disabilit(?:y|ies)|veterans?|genetic(?:s|[ -]information)?|marital|pregnancy|citizenship|civil[ -]partnership|belief)\b/gi;
const CHARACTERISTICS_NEEDED = 3;
// Scraped text that lost its line breaks runs a list of requirements into the statement closing it ("... payroll and
// bookkeeping Acme Ltd is an equal opportunity employer"): only the words around the statement's own words count,
// from its subject on (see subjectStart).
const BEFORE_STATEMENT = 60;
const AFTER_STATEMENT = 300;

const cache = new WeakMap<AnalysedDocument, Range[]>();

/** The stretches of `doc` that are equal-opportunity or accommodation statements, in text order, not overlapping. */
export function legalStatements(doc: AnalysedDocument): Range[] {
  let ranges = cache.get(doc);
  if (ranges) return ranges;
  ranges = [];
  const { text, sentences } = doc;
  let k = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    while (k < sentences.length && sentences[k].end <= m.index) k++;
    if (k === sentences.length) break;
    const s = sentences[k];
    if (m.index < s.start) continue;
    // Every anchor of this sentence, then the next sentence.
    let first = Infinity;
    let last = -1;
    let weak = false;
    for (; m && m.index < s.end; m = ANCHOR.exec(text)) {
      if (m.groups!.strong) {
        first = Math.min(first, m.index);
        last = m.index + m[0].length;
      } else weak = true;
    }
    if (weak) {
      const list = characteristics(text, s.start, s.end);
      if (list) [first, last] = [Math.min(first, list.first), Math.max(last, list.last)];
    }
    if (last >= 0) ranges.push({ start: subjectStart(text, s.start, first), end: Math.min(s.end, last + AFTER_STATEMENT) });
    if (!m) break;
    ANCHOR.lastIndex = m.index;
  }
  cache.set(doc, ranges);
  return ranges;
}

/** Where three or more different characteristics listed in `[start, end)` of `text` start and end, else null. */
function characteristics(text: string, start: number, end: number): { first: number; last: number } | null {
  const seen = new Set<string>();
  let first = -1;
  let last = -1;
  CHARACTERISTIC.lastIndex = start;
  for (let m = CHARACTERISTIC.exec(text); m && m.index < end; m = CHARACTERISTIC.exec(text)) {
    seen.add(m[0].toLowerCase().slice(0, 5));
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  return seen.size >= CHARACTERISTICS_NEEDED ? { first, last } : null;
}

/**
 * Where the statement whose own words start at `first` begins: back to a closing mark, the seam where a run-in
 * lower-case word meets the subject's capital ("bookkeeping Acme Ltd is an"), the sentence's start at `from`, or
 * BEFORE_STATEMENT characters.
 */
function subjectStart(text: string, from: number, first: number): number {
  const limit = Math.max(from, first - BEFORE_STATEMENT);
  for (let i = first - 1; i >= limit; i--) {
    const c = text[i];
    if (c === '.' || c === ';' || c === ':' || c === '!' || c === '?' || c === ')' || c === '\n') return i + 1;
    if (i >= from + 2 && c >= 'A' && c <= 'Z' && text[i - 1] === ' ' && text[i - 2] >= 'a' && text[i - 2] <= 'z') return i;
  }
  return limit;
}
