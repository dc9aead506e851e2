/**
 * Picks the primary place of work among the places found: a location field
 * first, then places stated as the workplace, the title, and otherwise the
 * most specific confident place, since "UK" in "one of the UK's largest" says
 * less than the town named beside the salary.
 */
import { STOPPED_FORMS } from '../../normalise/page/company';
import { CONTEXT_REASONS, ROLE_BASED } from './cues';
import { isWithin, type PlaceMention } from './find';
import { isCity, specificity } from './resolve';
import { gazetteer } from './gazetteer';

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

// A headquarters named without any stated workplace is as likely the place of work as any other
// place named (US postings name the head office and mean it); a stated workplace still wins.
const ROLE_WEIGHT = { workplace: 6, region_covered: 3, other: 0, headquarters: 0 } as const;

// The posting's opening lines are its header: title, employer, the place line, chips ("Staff Accountant / Contoso
// LLC / Mobile, AL 36602 / Full-time | On-site", often run together by scraping). A place named there, with no cue
// of its own, is where the job is, over a sentence's place below ("a small sales office in Columbus"); a sentence that
// says where this role is based still wins, and so does a location field.
const OPENING_WEIGHT = 7;
const MAX_OPENING = 300;
// A sentence ends before it: a full stop and a space ("Contoso Inc. " and "St. " end none).
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${STOPPED_FORMS}|St|Mt|Ft|No))[.!?]\s`);
// A title has a few words in small letters ("Assistant to the CEO"); a sentence has more.
const SMALL_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu;
const MAX_SMALL_WORDS = 4;
// The place opens its line, or a chip ("5 - 9 Years | ₹28 - 35 LPA | Bengaluru"), or follows the employer's name, glued
// to it or not ("Queen City RoboticsCincinnati, OH", "Palmetto Timber Holdings Florence, SC"): a line of the header, not a
// sentence's words ("Our client in Liverpool", "Bolsover South and South Normanton").
const LINE_OPENS = /(?:^|\n|[|·•])[ \t]*$|[\p{L}.)]$/u;
const SPACE_ONLY = /^[ \t]{0,2}$/;
// An address's form ("Florence, SC 29501") right after a capitalised word is the place line run on after the employer's
// name where no employer was read; a town alone there is as often a list's ("South Normanton", "NR Sleaford").
const AFTER_NAME = /(?:^|[ \t])\p{Lu}[\p{L}&'’-]*\.?[ \t]$/u;
const NAME_GOES_ON = /^ \p{Lu}\p{L}/u;
// (A chip's place is the workplace by its own cue already.)
const OPENING_REASONS: ReadonlySet<string> = new Set(['location/qualified', 'location/name', 'location/postcode', 'location/zip', 'location/cue-in']);

/**
 * Whether `m` is a place the posting's opening lines name, the text from `from` (where the posting's text starts) on;
 * `employerEnds`: where the employer's name the header and the company extractor read ends.
 */
export function inOpening(text: string, from: number, m: PlaceMention, employerEnds: readonly number[] = []): boolean {
  // (A town or city: a header's place line names one, and a county or region there is as often a sentence's.)
  if (m.source !== 'text' || m.role !== 'other' || !OPENING_REASONS.has(m.reason) || m.start < from || m.start - from > MAX_OPENING || !isCity(m.place)) return false;
  // (Nor a place whose name goes on into a longer one's: "Santa Clara Valley (Cupertino)", "UK Healthcare Professionals".)
  if (m.reason !== 'location/qualified' && !m.postcode && NAME_GOES_ON.test(text.slice(m.end, m.end + 3))) return false;
  const before = text.slice(from, m.start);
  const opensLine =
    LINE_OPENS.test(before) ||
    employerEnds.some((end) => end <= m.start && m.start - end <= 2 && SPACE_ONLY.test(text.slice(end, m.start))) ||
    ((m.reason === 'location/qualified' || m.postcode !== null) && AFTER_NAME.test(before));
  return opensLine && !SENTENCE_END.test(before) && (before.match(SMALL_WORD)?.length ?? 0) <= MAX_SMALL_WORDS;
}

function score(m: PlaceMention, index: number, count: number, opening: boolean): number {
  const field = m.source === 'location' ? 20 : m.source === 'title' ? 4 : 0;
  // A little weight for coming early: ads state the place near the top.
  const early = count > 1 ? 1 - index / count : 1;
  // "Lowestoft, Suffolk": a place given with its county is an address, the usual way to state the workplace.
  const qualified = m.reason === 'location/qualified' ? 2 : 0;
  // "Denver, CO 80202": a place with its postcode is a postal address, most often the workplace's.
  const address = m.postcode ? 2 : 0;
  // "This position is located in Tulsa": the sentence names this job's place, above one the employer's story names.
  const stated = m.reason === ROLE_BASED ? 5 : 0;
  // Context comes after any place merely named.
  const context = isContext(m) ? -8 : 0;
  const header = opening ? OPENING_WEIGHT : 0;
  return field + ROLE_WEIGHT[m.role] + specificity(m.place) * 1.5 + m.confidence * 2 + qualified + address + stated + context + header + early;
}

const isContext = (m: PlaceMention): boolean => CONTEXT_REASONS.has(m.reason);

// What stands between a place and the wider place that qualifies it: the rest of a name the gazetteer lacks, then a comma
// ("Victoria Island, Lagos"). (A place and its qualifier alone, "Guadalajara, Jal.", leave open which of the two was
// misread.)
const TO_QUALIFIER = /^ \p{L}[\p{L}'’ -]{0,24}, ?$/u;

/**
 * Whether the place whose name goes on into one that `next` qualifies, a wider place in another country, was read as
 * the wrong one ("Victoria Island, Lagos" is no Victoria in London): an address line's first part lies within its second.
 */
export function qualifiedAbroad(text: string, m: PlaceMention, next: PlaceMention | undefined): boolean {
  if (next === undefined || next.place.kind === 'country' || next.place.country === m.place.country || next.start < m.end) return false;
  return TO_QUALIFIER.test(text.slice(m.end, Math.min(next.start, m.end + 32)));
}

// The rest of a name, then a state's or province's code: "Harrow Springs, OR" is a town the gazetteer lacks in Oregon.
const TO_STATE_CODE = /^ \p{Lu}[\p{L}'’-]{1,24}(?: \p{Lu}[\p{L}'’-]{1,24})?, ([A-Z]{2,3})(?![\p{L}\d])/u;

/**
 * Whether the place whose name goes on into one that a state's code of another country closes was read as the wrong
 * one ("Harrow Springs, OR" is no Harrow in London).
 */
function codedAbroad(text: string, m: PlaceMention): string | null {
  // (Not a place already qualified, "Asheville, NC", before the next one of a list, "Black Mountain, NC".)
  const x = m.reason === 'location/qualified' ? null : TO_STATE_CODE.exec(text.slice(m.end, m.end + 56));
  const stateCodes = gazetteer().stateCodes;
  if (x === null || stateCodes.get(m.place.country)?.has(x[1])) return null;
  for (const [country, codes] of stateCodes) {
    if (country !== m.place.country && codes.has(x[1])) return text.slice(m.start, m.end) + x[0].slice(0, x[0].indexOf(','));
  }
  return null;
}

/**
 * The mentions that are no part of a longer name a state's code of another country closes ("Harrow Springs, OR"),
 * wherever the text names it again ("Do I need to live in Harrow Springs?").
 */
export function withoutCodedAbroad(text: string, mentions: readonly PlaceMention[]): PlaceMention[] {
  const longer = new Set<string>();
  for (const m of mentions) {
    const name = codedAbroad(text, m);
    if (name) longer.add(name);
  }
  if (longer.size === 0) return [...mentions];
  return mentions.filter((m) => ![...longer].some((name) => text.startsWith(name, m.start) && !LETTER_OR_DIGIT.test(text[m.start + name.length] ?? '')));
}

/** A place qualified by its region or state reads at least this sure (see findPlaces). */
const QUALIFIED_CONFIDENCE = 0.85;
/** How far apart two places of one location field stand at most. */
const FIELD_REACH = 80;

/**
 * The mentions without a lesser place of a location field that another place of the field, qualified, puts in
 * another country: "Location: Golden Meadows of Marion — Marion, NC" names no Meadows in South Australia; or, a town,
 * in another state: "Crestview, Austin TX" names a district of Austin, no Crestview in Florida.
 */
export function withoutStrayAbroad(mentions: readonly PlaceMention[]): PlaceMention[] {
  const qualified = mentions.filter((q) => q.source === 'location' && q.confidence >= QUALIFIED_CONFIDENCE);
  if (qualified.length === 0) return [...mentions];
  return mentions.filter(
    (m) =>
      m.source !== 'location' ||
      m.place.prominent ||
      !qualified.some(
        (q) =>
          (q.place.country !== m.place.country || (m.place.kind === 'town' && q.place.region !== null && m.place.region !== null && q.place.region !== m.place.region)) &&
          q.confidence > m.confidence &&
          Math.abs(q.start - m.start) <= FIELD_REACH,
      ),
  );
}

/** The place of work among `mentions`; `opening(m)`: `m` stands in the posting's opening lines (see inOpening). */
export function primaryMention(mentions: PlaceMention[], opening: (m: PlaceMention) => boolean = () => false): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = -Infinity;
  mentions.forEach((m, i) => {
    // "unable to hire in Alaska": a place the job is ruled out of is never its place, even when it is the only one.
    if (m.reason === 'location/cue-excluded') return;
    const s = score(m, i, mentions.length, opening(m));
    if (s > bestScore) {
      best = m;
      bestScore = s;
    }
  });
  return best ? refine(best, mentions) : null;
}

/**
 * "Kent" in the title and "Maidstone" in the text: the place of work is the
 * one place named inside the wider place, so narrow down while there is
 * exactly one. Several ("Maidstone, Ashford and Dartford") leave the wider one.
 */
function refine(best: PlaceMention, mentions: PlaceMention[]): PlaceMention {
  for (;;) {
    // A country narrows to its one town named even as the headquarters ("Remote (US)" with "our headquarters in Denver"):
    // a remote job's place is its employer's office; a region or town keeps its headquarters apart.
    // A place nearby ("just outside Oxford") still narrows "the UK" down; a law's or other offices' places do not.
    const inner = mentions.filter(
      (m) => (m.role !== 'headquarters' || best.place.kind === 'country') && !isContext(m) && m.confidence >= 0.6 && isWithin(m.place, best.place),
    );
    // Places nested in each other ("Wadhurst, East Sussex" inside "the UK") are one line of descent: follow it to its end.
    const places = new Set(inner.map((m) => m.place));
    const leaves = [...places].filter((p) => ![...places].some((q) => q !== p && isWithin(q, p)));
    const leaf = leaves.length === 1 ? leaves[0] : mostNamed(leaves, inner);
    if (!leaf) return best;
    best = inner.find((m) => m.place === leaf)!;
  }
}

/**
 * "Pontypridd" in the headline and again among the towns nearby, each other town once: the place
 * the posting keeps coming back to is where the job is. Needs a place named at least twice and
 * more often than every other; a list of towns each named once leaves the wider place.
 */
function mostNamed(leaves: PlaceMention['place'][], inner: PlaceMention[]): PlaceMention['place'] | null {
  const counts = new Map(leaves.map((p) => [p, 0]));
  for (const m of inner) if (counts.has(m.place)) counts.set(m.place, counts.get(m.place)! + 1);
  let top: PlaceMention['place'] | null = null;
  let topCount = 1;
  let tied = false;
  for (const [p, n] of counts) {
    if (n > topCount) [top, topCount, tied] = [p, n, false];
    else if (n === topCount) tied = true;
  }
  return tied ? null : top;
}
