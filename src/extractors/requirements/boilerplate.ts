/**
 * Equal-opportunity and accommodation statements: the legal text at the foot
 * of a posting ("without regard to race, color, religion, sex, national
 * origin, disability or veteran status"; "if you need a reasonable
 * accommodation ..."). It names characteristics and processes, never what the
 * job asks for, so no skill, occupation, sector, qualification, certificate or
 * language is read from it ("genetic information" is no Genomics).
 */
import type { AnalysedDocument } from '../../contract';
import type { Range } from '../../util/spans';

// One of these phrases makes a sentence such a statement on its own.
const STATEMENT =
  /\b(?:equal(?:[ -]employment)?[ -]opportunit(?:y|ies)|affirmative[ -]action|reasonable[ -]accommodations?|reasonable[ -]adjustments?|protected[ -](?:characteristics?|class(?:es)?|status|veteran)|without[ -]regard[ -]to|regardless[ -]of[ -](?:race|age|gender|sex|disability|religion)|e-verify|fair[ -]chance|pay[ -]transparency[ -](?:act|law|nondiscrimination))\b/gi;
// The characteristics such a statement lists; three different ones make a sentence one.
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
export function boilerplateSentences(doc: AnalysedDocument): Range[] {
  let ranges = cache.get(doc);
  if (ranges) return ranges;
  ranges = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const hits = statementHits(sentence);
    if (hits) ranges.push({ start: s.start + subjectStart(sentence, hits.first), end: s.start + Math.min(sentence.length, hits.last + AFTER_STATEMENT) });
  }
  cache.set(doc, ranges);
  return ranges;
}

/**
 * Where the statement whose own words start at `first` begins: back to a closing mark, the seam where a run-in
 * lower-case word meets the subject's capital ("bookkeeping Acme Ltd is an"), or BEFORE_STATEMENT characters.
 */
function subjectStart(sentence: string, first: number): number {
  const limit = Math.max(0, first - BEFORE_STATEMENT);
  for (let i = first - 1; i >= limit; i--) {
    const c = sentence[i];
    if (c === '.' || c === ';' || c === ':' || c === '!' || c === '?' || c === ')' || c === '\n') return i + 1;
    if (i >= 2 && c >= 'A' && c <= 'Z' && sentence[i - 1] === ' ' && sentence[i - 2] >= 'a' && sentence[i - 2] <= 'z') return i;
  }
  return limit;
}

/** Where the statement's words start and end in `sentence`, or null when it is none. */
function statementHits(sentence: string): { first: number; last: number } | null {
  let first = Infinity;
  let last = -1;
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(sentence); m; m = STATEMENT.exec(sentence)) {
    first = Math.min(first, m.index);
    last = m.index + m[0].length;
  }
  const seen = new Set<string>();
  let listFirst = Infinity;
  let listLast = -1;
  CHARACTERISTIC.lastIndex = 0;
  for (let m = CHARACTERISTIC.exec(sentence); m; m = CHARACTERISTIC.exec(sentence)) {
    seen.add(m[0].toLowerCase().slice(0, 5));
    listFirst = Math.min(listFirst, m.index);
    listLast = m.index + m[0].length;
  }
  if (seen.size >= CHARACTERISTICS_NEEDED) {
    first = Math.min(first, listFirst);
    last = Math.max(last, listLast);
  }
  return last < 0 ? null : { first, last };
}

/** Whether offset `at` lies in one of `ranges` (sorted, disjoint): a binary search. */
export function inRanges(ranges: readonly Range[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start <= at;
}
