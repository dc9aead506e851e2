/**
 * Finds place names in a text and resolves each to one gazetteer entry:
 * longest match over the place names, then capitalisation, exclusions
 * (company names, URLs, people), qualifiers ("Dorking, Surrey", "Denver, CO")
 * and cues ("based in") decide whether a match is a place and which one.
 */
import { inAnotherOpening } from '../../util/other-openings';
import { PLACE_KEY, PLACE_PREFIX } from '../../data/place-index';
import { documentPieces } from '../../dictionaries/document-pieces';
import { foldPiece, surfaceKey, type KeyPiece } from '../../dictionaries/keys';
import { isOwnRegion, ownRegionAfter, townInRegion } from './own-region';
import { overlapsAny, type Range } from '../../util/spans';
import { isAsciiUpper } from '../../normalise/chars';
import type { LocationRole, Place } from '../../types/location';
import { inStateCoded, townCodedBefore } from './code-before';
import { ROLE_BASED, CONTEXT_REASONS, cueAround, PAY_TABLE_AFTER, payNear, type Cue } from './cues';
import { gazetteer, type Gazetteer } from './gazetteer';
import { afterGivenName, inContactName, personNameAfterIn } from './person-names';
import { postcodeAt, ukPostcodes } from './postcodes';
import { wordOpeningTitle } from './title-words';

// A capital, a digit or a letter of a script without case: how a place's name opens.
const NAME_START = /^[\p{Lu}\p{N}\p{Lo}]/u;

export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  place: Place;
  postcode: string | null;
  confidence: number;
  role: LocationRole;
  /** Where the mention stands: a location field, the title, or the text. */
  source: 'location' | 'title' | 'text';
  reason: string;
}

export type { Range } from '../../util/spans';

export interface FieldRange extends Range {
  /** `location`: a location field, where every place is the workplace; `title`: the job title. */
  field: 'location' | 'title';
  /**
   * Where the job's words end in a title read from a hiring sentence, whose clause runs on to `end`: a place the clause
   * puts the job in is the title's ("... Bookkeeper at Miller Creek Feed in Stephenville"), any other is read as text is.
   */
  jobEnd?: number;
}

export interface FindOptions {
  /** The posting's country (see countryEvidence). */
  country?: string | null;
  /** Spans never to take a place from (company name, URLs, emails). */
  exclude?: Range[];
  /** Header fields, whose places count as stated. */
  fields?: FieldRange[];
  /** The posting pays in dollars and names no pound, and nothing says its country: no UK or Irish place wins a tie. */
  dollars?: boolean;
}

// Small words inside a place's name, in lower case: "Stratford-upon-Avon", "Dar es Salaam", "Frankfurt am Main", "São José dos Campos".
const CONNECTORS = new Set(['of', 'on', 'upon', 'the', 'and', 'in', 'le', 'under', 'by', 'super', 'en', 'de', 'la', 'y', 'es', 'del', 'dos', 'das', 'da', 'do', 'am', 'im', 'an', 'der', 'di', 'sur']);
// The words that end a place's name, which a sentence may write in lower case.
const GEO_SUFFIXES = new Set(['beach', 'springs', 'city', 'falls', 'heights', 'hills', 'valley', 'island', 'bay', 'park', 'lake', 'harbor', 'harbour']);
// A following word on the same line that makes the name part of an organisation or a street ("Leeds Road", "Bristol Ltd"),
// not the next line's first word ("Location: Leipzig" over "Drive forklifts ...").
const ORG_AFTER = /^[ \t,]*(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc|Group|Recruitment|Road|Rd|Street|St|Lane|Avenue|Way|Drive|Close|Crescent|Place|Square|FC|Council|City Council|Borough Council|County Council)\b/;
// "Eastern or Central time zone", "Pacific Standard Time", "on London time": a time zone named for a place is no place.
// Not "Staines, Middlesex, Full time".
const TIME_ZONE_AFTER = /^(?:[ \t]?(?:or|and|&|\/)[ \t]?(?!(?:full|part)\b)[A-Z][a-z]{2,10})?[ \t]{1,2}(?:(?:standard|daylight)[ \t])?(?:time(?:[ \t]?zones?)?|timezones?)\b/i;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord|contact|Contact)\.?\s+$/;
// "Sherwin-Williams", "Williams-Sonoma": a place's name joined by a hyphen to a capitalised word that is no place is
// part of a company's or person's name. Two places so joined stay ("Dallas-Fort Worth"), as do codes ("TX-Austin", "Boston-MA").
const NAME_BEFORE_HYPHEN = /[A-Z][a-z]+-$/;
const NAME_AFTER_HYPHEN = /^-[A-Z][a-z]/;

function inNameCompound(text: string, m: Range, before: Range | undefined, after: Range | undefined): boolean {
  return (
    (NAME_BEFORE_HYPHEN.test(text.slice(Math.max(0, m.start - 20), m.start)) && before?.end !== m.start - 1) ||
    (NAME_AFTER_HYPHEN.test(text.slice(m.end, m.end + 3)) && after?.start !== m.end + 1)
  );
}

// "101 West Prospect Avenue", "12 Main Street": the words of a street address after its number are no places.
const STREET_TYPE = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Square)`;
const HOUSE_NUMBER_BEFORE = /\b\d{1,5}[A-Za-z]?[ ]{1,2}(?:[A-Z][a-z]*\.?[ ]{1,2}){0,3}$/;
const STREET_AFTER = new RegExp(String.raw`^(?:[ ]{1,2}[A-Z][a-z]+){0,3}[ ]{1,2}${STREET_TYPE}\b`);
const STREET_WORD = new RegExp(String.raw`^${STREET_TYPE}$`);

// "Basel III", "GTA V": a roman numeral after the name makes it the name of a thing (an accord, a game). Not "I",
// which is more often the pronoun ("In London I led ...").
const NUMERAL_AFTER = /^ (?:II|III|IV|V|VI|VII|VIII|IX|X)\b(?![-'’])/;
// "8210 Aarhus V", "1620 København V": after a postcode, a letter after the town is its postal district, no numeral.
const POSTCODE_BEFORE = /(?:^|[^\d])\d{4,5} $/;

// "Great Lakes", "Little Italy": a word that makes a longer name of the place after it, where the gazetteer has no
// place of that longer name (it would have matched whole: "Great Yarmouth", "Little Rock").
const NAME_WORD_BEFORE = /(?:^|[^\p{L}])(?:Great|Little|Much|Nether)[ ]$/u;
// A saint's name in an institution's ("St Vincent's Hospital", "St Thomas' Hospital", "St George's"): the saint's word is
// no town, nor a place named for the saint ("St Thomas", Quebec). A place whose own name has the possessive matches whole.
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St|Saint|Ste)\.?[ ]$/u;
const SAINT_NAME = /^(?:St|Saint|Ste)\.?[ -]/;
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
const isSaintsName = (text: string, start: number, end: number): boolean =>
  POSSESSIVE_AFTER.test(text.slice(end, end + 3)) && (SAINT_NAME.test(text.slice(start, end)) || SAINT_BEFORE.test(text.slice(Math.max(0, start - 7), start)));
// "North America", "Latin America": a continent or a region, not the United States.
const CONTINENT_BEFORE = /(?:^|[^\p{L}])(?:North|South|Central|Latin)[ ]$/u;
const AMERICA = /^America/;
// "South-East Asia", "East Africa", "Central Europe": a part of a continent, not England's South East or a town named East.
const COMPASS_NAME = /^(?:north|south|east|west|central|eastern|western|northern|southern)(?:[ -]?(?:east|west))?$/i;
const CONTINENT_AFTER = /^[ -](?:Asia|Africa|Europe|America|Pacific)\b/;
// The parts of a town that some places are named (a Midtown in Tennessee, a Downtown in Alberta, a West in Texas).
const TOWN_PART = /^(?:Downtown|Midtown|Uptown|North|South|East|West|Central)$/;
const CAPITALISED_AFTER = /^ [A-Z][a-z]/;
const FROM_BEFORE = /\b(?:from|at)[ ]$/i;
// "Greater Boston Area", "Boston Metropolitan Area": boards' names for a city's metropolitan area.
const METRO_BEFORE = /(?:^|[^\p{L}])Greater[ ]$/u;
const METRO_AFTER = /^[ ](?:Metropolitan[ ]|Metro[ ]|Bay[ ])?Area\b/;

function inStreetAddress(text: string, m: Range): boolean {
  return (
    HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    (STREET_AFTER.test(text.slice(m.end, m.end + 40)) || STREET_WORD.test(text.slice(m.start, m.end)))
  );
}

// Text between a place and its qualifier: "Dorking, Surrey", "Leeds (West Yorkshire)", "Derby Derbyshire".
// "Dorking, Surrey", "Dorking (Surrey)", "Dorking - Surrey": a line break is not a qualifier gap.
const QUALIFIER_GAP = /^[ ,()\-–/]{1,4}$/;
// "City" after a name, not a body of the city ("Quebec City Council").
const CITY_AFTER = /^ City\b(?! (?:Council|Hall|Government|Police|College|University|FC)\b)/;
// A town's centre between it and its region or state, as boards print a suburb: "Sydney CBD, NSW".
const CENTRE_GAP = /^ (?:CBD|City Centre|City)(?:, | )$/;
// "Denver, CO 80202", "Boston-MA", "Austin TX", "Austin (TX)", "Washington, D.C.". Spaces only, like QUALIFIER_GAP:
// a code on the next line is not this place's state.
const STATE_CODE = /^ ?(?:[,/-] {0,2}|\( ?)?([A-Z]{2,3}|[A-Z]\.[A-Z]\.?)(?![A-Za-z0-9])\)?(?: {1,2}(\d{5})(?:-\d{4})?\b)?/;
// "Johnson County, KS": a US county (not in the gazetteer) names its state, and never the town of the same name.
const COUNTY_AFTER = /^ (?:County|Parish)\b(?:,? {1,2}([A-Z]{2})\b)?/;

// A point of the compass after a town's name, before its state's code: "Dandenong South VIC", "Epping North, NSW".
const COMPASS_AFTER = /^( (?:North|South|East|West))(?=,? [A-Z]{2,3}\b)/;

/** The suburb `name` of `town` ("Dandenong South" of Dandenong), which the index lacks: in its town's region, its coordinates unknown. */
const suburbOf = (town: Place, name: string): Place => ({ ...town, name, city: name, lat: null, lon: null, ambiguous: false, prominent: false });

// Checked once per whitespace-separated token, so the scan stays linear however long a token is.
const URL_TOKEN = /^(?:\W*(?:https?:\/\/|www\.)|[^@]+@[^@]+$)|[A-Za-z0-9]\.[a-z]{2,}(?:[/?#:]|\W*$)/;
// Every URL_TOKEN match has one of these: only the tokens around them are tested.
const URL_MARK = /[.@:]/g;

/** Is `c` a character `\s` matches? */
function isSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Spans of URLs, emails and domain names in `text`: the whitespace-separated tokens URL_TOKEN accepts. */
export function urlSpans(text: string): Range[] {
  const out: Range[] = [];
  URL_MARK.lastIndex = 0;
  for (let m = URL_MARK.exec(text); m !== null; m = URL_MARK.exec(text)) {
    // The token around the mark; the search goes on after it, so each character is read at most twice.
    let start = m.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    URL_MARK.lastIndex = end;
    if (URL_TOKEN.test(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}


interface RawMatch {
  key: string;
  start: number;
  end: number;
  /** Index of the first piece after the match. */
  next: number;
}

// Abbreviations whose full stop does not end the name: "Co. Cork", "St. Albans", "U.S.".
const ABBREVIATIONS = new Set(['co', 'st', 'mt', 'ft', 'gt', 'n', 's', 'e', 'w']);

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/**
 * The first place at or after `from` where `raw` runs two words together
 * (-1: none), as scraped text does: "United StatesCanada", "ManagerDenver".
 * An ASCII capital and lower-case letter after two lower-case letters, so
 * "McAllen", "LaGrange" and "DeKalb" stay whole. Read character by
 * character: it runs on every piece.
 */
function joinedAt(raw: string, from: number): number {
  for (let k = Math.max(from, 2); k < raw.length - 1; k++) {
    if (isUpper(raw.charCodeAt(k)) && isLower(raw.charCodeAt(k + 1)) && isLower(raw.charCodeAt(k - 1)) && isLower(raw.charCodeAt(k - 2))) return k;
  }
  return -1;
}

/** The pieces with words run together split apart where the whole is no place name; the rest shared as they are. */
function splitJoined(gaz: Gazetteer, pieces: KeyPiece[]): KeyPiece[] {
  // A piece whose key is the piece as written has no capital to join at (the key is lower case), nor has one under four letters.
  if (!pieces.some((p) => p.raw.length >= 4 && p.key !== p.raw && joinedAt(p.raw, 0) !== -1)) return pieces;
  const out: KeyPiece[] = [];
  for (const [i, p] of pieces.entries()) {
    let at = joinedAt(p.raw, 0);
    // A name stays whole, and so does a name's first word before the rest of it ("KwaZulu-Natal").
    if (at === -1 || gaz.has(p.key) || (i + 1 < pieces.length && gaz.probe(`${p.key} ${pieces[i + 1].key}`) !== 0)) {
      out.push(p);
      continue;
    }
    for (let from = 0; from < p.raw.length; ) {
      const to = at === -1 ? p.raw.length : at;
      const raw = p.raw.slice(from, to);
      out.push({ key: foldPiece(raw), raw, start: p.start + from, end: p.start + to });
      from = to;
      if (at !== -1) at = joinedAt(p.raw, at + 1);
    }
  }
  return out;
}

// What ends a sentence or separates list items ("Cardiff, South Wales", "Leeds / Bradford", "Cardiff - South Wales"):
// no place name runs across it. "&" joins ("Tyne & Wear"), a hyphen between words too ("Stoke-on-Trent").
const NAME_BREAK = /[\n;:!?,|/()[\]•·]|\s[-–—]|[-–—]\s/;

/** A place name does not run across a line break, a sentence end or a list separator. */
function joins(previous: KeyPiece, gap: string): boolean {
  if (gap.length > 3 || NAME_BREAK.test(gap)) return false;
  return !gap.includes('.') || ABBREVIATIONS.has(previous.key) || previous.raw.length === 1;
}

/** Longest matches over the word pieces, left to right, no overlaps. */
function keyMatches(gaz: Gazetteer, pieces: KeyPiece[], text: string): RawMatch[] {
  const out: RawMatch[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (!mayOpenName(pieces[i].raw)) {
      i++;
      continue;
    }
    let best: RawMatch | null = null;
    // The words so far as keys: as written, and with a possessive's "s" glued to its word, as GeoNames writes some
    // ("Bishop's Stortford" is "Bishops Stortford"; "Bishop's Castle" keeps its apostrophe).
    const keys: string[] = [];
    // Read on while the words so far begin some place name: a few steps at most. The longest name written
    // as a name wins: "Washington state" is Washington, "Manhattan beach" Manhattan.
    for (let j = i; j < pieces.length && (j === i || keys.length > 0); j++) {
      if (j > i && !joins(pieces[j - 1], text.slice(pieces[j - 1].end, pieces[j].start))) break;
      const piece = pieces[j].key;
      const ownS = j > i && possessive(pieces, j, text);
      const next = j === i ? [piece] : keys.map((k) => `${k} ${piece}`);
      if (ownS && !next.includes(`${keys[0]}s`)) next.push(`${keys[0]}s`);
      keys.length = 0;
      let named = false;
      for (const key of next) {
        const found = gaz.probe(key);
        // (The name as written first: "St Mary's" over "St Marys".)
        // (A name's last word is no possessive's "s": "St Andrew's Healthcare" is the charity's.)
        if (!named && found & PLACE_KEY && !ownS && capitalised(pieces, i, j + 1, gaz, key, text)) {
          best = { key, start: pieces[i].start, end: pieces[j].end, next: j + 1 };
          named = true;
        }
        if (found & PLACE_PREFIX) keys.push(key);
      }
    }
    if (best) {
      out.push(best);
      i = best.next;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * Whether a name can start with this piece: `capitalised` takes none that
 * opens with a lower-case letter but "the" (the exact-case forms, "US",
 * "UK", are capitals too), so most words need no lookup at all.
 */
function mayOpenName(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 0x61 || c > 0x7a || raw === 'the';
}

function capitalised(pieces: KeyPiece[], from: number, to: number, gaz: Gazetteer, key: string, text: string): boolean {
  const exact = gaz.exactCase.get(key);
  if (exact) {
    const surface = pieces.slice(from, to).map((p) => p.raw).join(' ');
    if (exact.has(surface)) return true;
    // "U.S." and "U.K." fold to the same pieces as "US"/"UK": accept them dotted too.
    if (!pieces.slice(from, to).every((p) => /^[A-Z]$/.test(p.raw))) return false;
  }
  for (let k = from; k < to; k++) {
    const raw = pieces[k].raw;
    // "the" may open a name: "the City", "the Midlands".
    if ((k > from && (CONNECTORS.has(raw) || elided(pieces, k, to) || possessive(pieces, k, text))) || (k === from && raw === 'the' && to - from > 1)) continue;
    // A place's last word written in lower case: "Manhattan beach", "Palm springs", "Oklahoma city".
    if (k > from && k === to - 1 && GEO_SUFFIXES.has(raw)) continue;
    // A script with no case (Arabic, Chinese: letters of category Lo) writes every name as it writes every word.
    if (!NAME_START.test(raw)) return false;
  }
  return true;
}

/** A country among countries is one: "teams in the U.S., Canada, Jordan and Australia" (the last mention a country, a list's gap between). */
function amongCountries(text: string, place: Place, mentions: readonly PlaceMention[], start: number): boolean {
  const prev = mentions[mentions.length - 1];
  return place.kind === 'country' && prev?.place.kind === 'country' && LIST_GAP.test(text.slice(prev.end, start).replace(/^\./, ''));
}

/** A possessive's "s", its apostrophe between it and the word before: "King's Lynn", "Lee's Summit". */
function possessive(pieces: KeyPiece[], k: number, text: string): boolean {
  return pieces[k].raw === 's' && pieces[k].start === pieces[k - 1].end + 1 && APOSTROPHE.test(text[pieces[k - 1].end]);
}

const APOSTROPHE = /['’]/;

/** An elided article, its apostrophe between it and the next word: the "d" of "Coeur d'Alene". */
function elided(pieces: KeyPiece[], k: number, to: number): boolean {
  const raw = pieces[k].raw;
  return (raw === 'd' || raw === 'l') && k + 1 < to && pieces[k + 1].start === pieces[k].end + 1;
}

/** A place is inside another (town in county, county in area, anything in its country). */
export function isWithin(inner: Place, outer: Place, gaz: Gazetteer = gazetteer()): boolean {
  if (inner === outer || inner.country !== outer.country) return false;
  switch (outer.kind) {
    case 'country':
      return true;
    case 'state':
    case 'county':
      return inner.region === outer.region && (inner.kind === 'town' || inner.kind === 'district');
    case 'area': {
      if (inner.kind === 'country') return false;
      for (let a: string | null | undefined = inner.area; a; a = gaz.parentArea.get(a)) if (a === outer.name) return true;
      return false;
    }
    case 'town':
      // London is a town whose parts (Wimbledon, Croydon) are towns of Greater London.
      return (inner.kind === 'district' && inner.city === outer.name) || (outer.region === 'Greater London' && outer.name === 'London' && inner.kind === 'town' && inner.region === 'Greater London');
    default:
      return false;
  }
}

/**
 * Ranks the places that share a name: one inside a wider place the posting
 * names elsewhere ("Burton" with "Staffordshire" in the text), or that wider
 * place itself named by its code ("Georgia" with "Athens, GA"), the posting's
 * country, then prominence.
 */
function rank(
  candidates: Place[],
  country: string | null | undefined,
  context: readonly Place[] = [],
  gaz?: Gazetteer,
  dollars = false,
  neighbours: ReadonlySet<string> = NO_NEIGHBOURS,
): Place[] {
  if (candidates.length < 2) return [...candidates];
  // (Or the wider place itself, named by its code elsewhere: "Georgia residents" beside "Athens, GA" is the US state.)
  const inContext = (p: Place) => gaz !== undefined && candidates.length > 1 && context.some((o) => o === p || isWithin(p, o, gaz));
  const score = (p: Place): number =>
    (inContext(p) ? 16 : 0) +
    // Weaker than a wider place named, or than a city known the world over: the state or county of a town named
    // beside it whose name is no other place's.
    (p.kind === 'town' && neighbours.has(regionKey(p)) ? 3 : 0) +
    (country && p.country === country ? 8 : 0) +
    (p.prominent ? 4 : 0) +
    // "in Poland", "Jordan": a country before a small town of the same name in the posting's country.
    (p.kind === 'country' ? 7 : 0) +
    // The UK feeds this is tuned on settle a tie, unless the pay is in dollars ("Boston" beside "$90,000" is Boston, MA).
    (p.country === 'GB' || p.country === 'IE' ? (dollars ? -1 : 1) : 0) +
    // Of the countries that pay in dollars, most postings that say no more are American: a tie goes to the US town.
    (dollars && p.country === 'US' ? 1 : 0) +
    (p.kind === 'town' ? 0 : 2) +
    (p.ambiguous ? 0 : 1);
  // Each place scored once (the sort would score it at every comparison), then a stable sort by score.
  const scores = candidates.map(score);
  return candidates
    .map((_, i) => i)
    .sort((a, b) => scores[b] - scores[a])
    .map((i) => candidates[i]);
}

const NO_NEIGHBOURS: ReadonlySet<string> = new Set();
const regionKey = (p: Place): string => `${p.country}|${p.region}`;

/** `candidates` with the town a name is written as elsewhere ("Princeton, NJ") first. */
function ownFirst(candidates: Place[], own: Place | undefined): Place[] {
  const i = own ? candidates.indexOf(own) : -1;
  return i > 0 ? [own!, ...candidates.slice(0, i), ...candidates.slice(i + 1)] : candidates;
}

/**
 * Of same-named places, the major world city a metropolitan area is named for ("Greater Boston Area" is Boston,
 * Massachusetts, whatever a UK town of the name): no board names a small town's area so. Null when the name is
 * not so written or no candidate is a major city abroad (a UK city's area stays the UK city's: "Greater Bristol Area").
 */
function metroCity(text: string, m: { start: number; end: number }, candidates: Place[]): Place | undefined {
  const major = (p: Place) => p.kind === 'town' && p.prominent && p.country !== 'GB';
  if (candidates.length < 2 || major(candidates[0])) return undefined;
  const written = METRO_AFTER.test(text.slice(m.end, m.end + 22)) && (METRO_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start)) || text.startsWith(' Metro', m.end));
  return written ? candidates.find(major) : undefined;
}

/**
 * Whether `gap` joins a place to the next as its qualifier: punctuation only ("Leeds, West Yorkshire"), or the place's
 * own region that the index holds only as the town's ("Munich, Bavaria, Germany", "Pune, Maharashtra, India").
 */
function qualifierGap(gap: string, place: Place | undefined): boolean {
  if (QUALIFIER_GAP.test(gap) || CENTRE_GAP.test(gap)) return true;
  const region = REGION_GAP.exec(gap);
  return region !== null && isOwnRegion(place, region[1]);
}
const REGION_GAP = /^, ([^,\n]{2,40}), $/;


/** The state code a US ZIP's three-digit prefix belongs to. */
function zipStateCode(gaz: Gazetteer, zip: string): string | undefined {
  return gaz.zipState.get(Number(zip.slice(0, 3)));
}

/**
 * A US/CA/AU state abbreviation right after a town: "Denver, CO 80202"; a
 * state's own name with its code is its city ("New York, NY" is New York
 * City, "Kansas City, MO" as written).
 */
function stateQualifier(gaz: Gazetteer, text: string, end: number, candidates: Place[], key: string) {
  const m = STATE_CODE.exec(text.slice(end, end + 16));
  if (!m) return null;
  const code = m[1].replace(/\./g, '');
  for (const p of [...candidates.filter((c) => c.kind !== 'state'), ...stateCities(gaz, candidates, key), ...candidates.filter((c) => c.kind === 'state')]) {
    if (!inStateCoded(gaz, p, code)) continue;
    const zipOk = m[2] !== undefined && zipStateCode(gaz, m[2]) === code;
    // Up to the code, and its closing bracket when it opened one: "Austin (TX)".
    const codeEnd = m[0].indexOf(m[1]) + m[1].length;
    const len = zipOk ? m[0].length : m[0][codeEnd] === ')' && m[0].includes('(') ? codeEnd + 1 : codeEnd;
    return { place: p, end: end + len, postcode: zipOk ? m[2] : null };
  }
  return null;
}

/** Whether `next`, the place found next, starts right after `end` and names a state or region (no town alone). */
function regionAfter(gaz: Gazetteer, next: { start: number; key: string } | undefined, end: number): boolean {
  return next !== undefined && next.start === end + 1 && gaz.lookup(next.key).some((p) => p.kind !== 'town');
}

/** The city named like its state ("New York City" for "New York"), when a state is among the candidates. */
function stateCities(gaz: Gazetteer, candidates: Place[], key: string): Place[] {
  return candidates.some((p) => p.kind === 'state') ? gaz.lookup(`${key} city`).filter((p) => p.kind === 'town') : [];
}

// In a title every word is capitalised, so only a place set off from the job name counts as stated.
const TITLE_SET_OFF = /[-–|,(/:]\s*$/;

// A place in brackets closing a title: "Line Cook (Austin)".
const BRACKETED_END = /^\)[\s.!]*$/;

function fieldCue(text: string, field: FieldRange, start: number, end: number): Cue {
  if (field.field === 'location') return { strength: 'strong', role: 'workplace', reason: 'location/field' };
  const before = text.slice(Math.max(field.start, start - 12), start);
  const bracketed = before.endsWith('(') && BRACKETED_END.test(text.slice(end, field.end));
  const strength = bracketed || /\b(?:in|near|based)\s+$/.test(before) ? 'strong' : start > field.start && TITLE_SET_OFF.test(before) ? 'weak' : 'none';
  return { strength, role: 'workplace', reason: 'location/title' };
}

/**
 * The place closes the title and follows a capitalised word of the job's name ("Head of Sale" is no place). A town
 * named as a common word is none after a word it names a thing with ("Registered Nurse - Casual Pool", "Bank Pool").
 */
function titleEnd(text: string, field: FieldRange, start: number, end: number, common: boolean): boolean {
  const before = text.slice(field.start, start);
  return /^[\s.!)]*$/.test(text.slice(end, field.end)) && /(?:^|\s)[A-Z][A-Za-z]+[\s,-]+$/.test(before) && !(common && COMMON_NOUN_BEFORE.test(before));
}
const COMMON_NOUN_BEFORE = /\b(?:casual|bank|relief|float|talent|staff|resource|swimming|car|motor|typing|candidate|meter)\s+$/i;

/** Every place named in `text`, resolved, in text order. */
export function findPlaces(text: string, options: FindOptions = {}): PlaceMention[] {
  const gaz = gazetteer();
  const pieces = splitJoined(gaz, documentPieces(text));
  const raw = keyMatches(gaz, pieces, text).filter(
    (m, k, all) =>
      !overlapsAny(options.exclude, m.start, m.end) &&
      !ORG_AFTER.test(text.slice(m.end, m.end + 20)) &&
      !TIME_ZONE_AFTER.test(text.slice(m.end, m.end + 32)) &&
      !TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) &&
      !inNameCompound(text, m, all[k - 1], all[k + 1]) &&
      !inStreetAddress(text, m) &&
      !NAME_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      !isSaintsName(text, m.start, m.end) &&
      !(AMERICA.test(text.slice(m.start, m.end)) && CONTINENT_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start))) &&
      !(COMPASS_NAME.test(text.slice(m.start, m.end)) && CONTINENT_AFTER.test(text.slice(m.end, m.end + 9))) &&
      !(NUMERAL_AFTER.test(text.slice(m.end, m.end + 6)) && !POSTCODE_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start))) &&
      // "Work From Home United States": working from home, not from Home, Washington.
      !(m.key === 'home' && FROM_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) &&
      // "Lyme Regis Shepton Mallet": a word of the place before is no given name.
      !(afterGivenName(gaz, text, m.start, options.exclude) && (k === 0 || all[k - 1].end !== m.start - 1)) &&
      !inContactName(gaz, text, m.start, m.end),
  );

  const mentions: PlaceMention[] = [];
  // The last place kept in the text and its cue, for the places listed after it.
  let listed: { end: number; cue: Cue } | null = null;
  const hasLondon = raw.some((m) => m.key === 'london');
  // Wider places the posting names (a county, area or state, read the usual way) settle which of several same-named towns is meant.
  // One entry per name, so a long posting that repeats its places costs no more per mention.
  const wider = new Map<string, Place>();
  // The state each name is written with ("Princeton, NJ"), which settles the same name written alone ("our Princeton
  // office") over any other state the posting names ("sites in Boston, MA").
  const ownState = new Map<string, Place>();
  // The states and counties of the towns named whose name is no other place's ("Boise", "Lee's Summit"): "Eagle" beside
  // "Star, Meridian and Boise" is Eagle, Idaho, of the five towns so named.
  const neighbours = new Set<string>();
  for (const m of raw) {
    const all = gaz.lookup(m.key);
    if (all.length === 1 && all[0].kind === 'town' && !all[0].ambiguous && all[0].region && isAsciiUpper(text.charCodeAt(m.start))) neighbours.add(regionKey(all[0]));
    if (wider.has(m.key)) continue;
    const [best] = rank(all, options.country, [], gaz, options.dollars);
    if (best && best.prominent && !best.ambiguous && (best.kind === 'county' || best.kind === 'area' || best.kind === 'state')) wider.set(m.key, best);
    // "Cincinnati, OH": the state a town is written with is named too ("the Dayton and Springfield area" is in Ohio).
    const code = STATE_CODE.exec(text.slice(m.end, m.end + 16))?.[1].replace(/\./g, '');
    const state = code ? gaz.lookup(m.key).find((p) => p.kind === 'town' && inStateCoded(gaz, p, code)) : undefined;
    const stateKey = state ? `${state.country}:${code}` : '';
    if (state && !wider.has(stateKey)) wider.set(stateKey, gaz.stateCodes.get(state.country)!.get(code!)!);
    if (state && !ownState.has(m.key)) ownState.set(m.key, state);
  }
  const contexts = new Map<string, Place[]>();
  // Other names only: "Newport" the county does not vouch for "Newport" the town.
  const contextOf = (key: string): Place[] => {
    let context = contexts.get(key);
    if (!context) {
      context = [...wider].filter(([k]) => k !== key).map(([, p]) => p);
      contexts.set(key, context);
    }
    return context;
  };
  // The same for every mention of a name: ranked once (an office list names hundreds, each against every wider place).
  const ranked = new Map<string, Place[]>();
  const rankedOf = (key: string): Place[] => {
    let candidates = ranked.get(key);
    if (!candidates) {
      candidates = ownFirst(rank(gaz.lookup(key), options.country, contextOf(key), gaz, options.dollars, neighbours), ownState.get(key));
      ranked.set(key, candidates);
    }
    return candidates;
  };
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    // Right after another place's name, with one space between: "San Francisco Bay Area", "Boston Harbor".
    const afterName = i > 0 && raw[i - 1].end === m.start - 1 && text[m.start - 1] === ' ';
    const candidates = rankedOf(m.key);
    let place = options.country ? candidates[0] : (metroCity(text, m, candidates) ?? candidates[0]);
    let end = m.end;
    // "Québec City, QC", "Cebu City": a region's name and "City" is its namesake city, which the index names without the word.
    const cityAfter = place && place.kind !== 'town' ? CITY_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
    const namesake = cityAfter ? candidates.find((c) => c.kind === 'town' && c.prominent) : undefined;
    if (namesake) {
      place = namesake;
      end = m.end + cityAfter![0].length;
    }
    let postcode: string | null = null;
    // "Washington State" says which Washington.
    let qualified = place?.kind === 'state' && m.key.endsWith(' state');

    const county = place?.kind === 'town' ? COUNTY_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
    if (county) {
      const state = county[1] ? gaz.stateCodes.get('US')?.get(county[1]) : undefined;
      if (!state) continue;
      place = state;
      end = m.end + county[0].length;
      qualified = true;
    }
    // "Dandenong South VIC 3175", "Epping North, NSW": a suburb named for its town and a point of the compass, which the
    // index lacks, before its state's code. Read through, it is the suburb where the state qualifies the town.
    const compass = place?.kind === 'town' && !county && end === m.end ? COMPASS_AFTER.exec(text.slice(end, end + 12)) : null;
    if (compass) end += compass[1].length;
    // "Monterrey, Nuevo León": the town's own region, whose words would be read as places of their own.
    const region = qualified ? undefined : ownRegionAfter(text, end, candidates);
    if (region) {
      ({ place, end } = region);
      qualified = true;
      while (i + 1 < raw.length && raw[i + 1].start < end) i++;
    }
    // Qualifiers: following places that contain one of the candidates.
    const cities = stateCities(gaz, candidates, m.key);
    // "Manila, Philippines" where the gazetteer knows only a Manila in Arkansas: the country says it is none of them
    // (the town is then read as one the gazetteer lacks, see unlisted.ts).
    let elsewhere = false;
    for (let k = i + 1; k < raw.length && (raw[k].key !== m.key || cities.length > 0) && qualifierGap(text.slice(end, raw[k].start), place); k++) {
      // "Christchurch Central, Canterbury": the town's centre, which the index knows as a small town elsewhere, is the town's.
      if (raw[k].key === 'central' && raw[k].start === end + 1) {
        end = raw[k].end;
        i = k;
        continue;
      }
      const outer = gaz.lookup(raw[k].key);
      // "New York, New York": a state qualified by its own name is its city.
      const inner = [...candidates, ...cities].find((c) => outer.some((o) => isWithin(c, o, gaz)));
      const sameAsPlace = outer.includes(place);
      // "Christchurch, Canterbury", "Pune, Maharashtra": a town and its own region, which the index holds only as the town's.
      const own = !inner && !sameAsPlace && !qualified ? townInRegion(candidates, text.slice(raw[k].start, raw[k].end)) : undefined;
      if (own) {
        place = own;
        qualified = true;
        end = raw[k].end;
        i = k;
        break;
      }
      if (!inner && !sameAsPlace) {
        // "Whitefield, Bangalore", "Central, Hong Kong": a locality of a major city abroad that the index lacks, not a namesake town.
        // A list of cities ("Sydney, Melbourne, Auckland", "Winsford, Hartford") is no such pair: the town is a major one, or one
        // of the next name's places lies in its country.
        const cityAbroad =
          outer.some((o) => o.kind === 'town' && o.prominent) && !candidates.some((c) => c.prominent || outer.some((o) => o.country === c.country));
        elsewhere = k === i + 1 && place?.kind === 'town' && outer.length > 0 && (outer.every((o) => o.kind === 'country') || cityAbroad);
        break;
      }
      if (inner && !qualified) place = inner;
      qualified = true;
      end = raw[k].end;
      i = k;
    }
    if (elsewhere) continue;
    const state = qualified ? null : stateQualifier(gaz, text, end, candidates, m.key);
    if (state) {
      place = state.place;
      end = state.end;
      postcode = state.postcode;
      qualified = true;
    }
    let start = m.start;
    const coded = qualified ? null : townCodedBefore(gaz, text, m.start, m.end, candidates);
    if (coded) {
      ({ place, start } = coded);
      qualified = true;
    }
    if (!place) continue;
    if (compass) {
      if (qualified && place.kind === 'town') place = suburbOf(place, text.slice(m.start, m.end + compass[1].length));
      else if (end === m.end + compass[1].length) end = m.end;
    }
    const pc = postcodeAt(text, end);
    if (pc && place.country === 'GB') {
      postcode = pc.postcode;
      end = pc.end;
    }

    const own = options.fields?.find((f) => m.start >= f.start && m.end <= f.end);
    // (In a hiring sentence's clause after its job, only a place the clause says the job is in: "... in Stephenville".)
    const field = own?.jobEnd !== undefined && m.start >= own.jobEnd && fieldCue(text, own, m.start, m.end).strength !== 'strong' ? undefined : own;
    if (field?.field === 'title' && wordOpeningTitle(text, field, m.start, m.end)) continue;
    let cue: Cue = field ? fieldCue(text, field, m.start, end) : cueAround(text, m.start, end);
    // A place in a clause about another opening is that opening's: "We are also advertising a separate 12-month post to
    // cover maternity leave in our Weston-super-Mare team".
    if (!field && cue.role === 'workplace' && inAnotherOpening(text, m.start)) cue = { strength: 'strong', role: 'other', reason: 'location/cue-elsewhere' };
    // "offices in Boston & Santa Barbara", "for applicants in New York, Colorado": a place listed after one named as context shares its cue.
    if (!field && cue.strength !== 'strong' && listed && LIST_HEAD.has(listed.cue.reason) && LIST_GAP.test(text.slice(listed.end, m.start))) cue = listed.cue;
    // A town that ends a title after the job's name is where the job is ("Barista Reading", "Kitchen Porter Hull"),
    // when it lies in the posting's country (the UK when nothing says); abroad only a known town ("Sales Opportunity" is no place)
    // A small town abroad also when it lies in a wider place the posting names ("... - Kalispell" with "Montana" in the text).
    if (
      field?.field === 'title' &&
      titleEnd(text, field, m.start, end, place.ambiguous) &&
      place.kind === 'town' &&
      ((place.country === (options.country ?? 'GB') && (place.country === 'GB' || place.prominent)) || contextOf(m.key).some((o) => isWithin(place, o, gaz)))
    )
      cue = { strength: 'strong', role: 'workplace', reason: 'location/title-end' };
    // "our New York office": an office stands in a city, so a state named like its major city is that city.
    if (place.kind === 'state' && !qualified && cue.reason === 'location/cue-our-office') place = cities.find((c) => c.prominent) ?? place;
    const foreign = !!options.country && place.country !== options.country && !place.prominent;
    // "the City", "Victoria": London districts only when London is named too, or a cue says so.
    const needsCue = place.kind === 'district' ? place.ambiguous && !hasLondon && !/London/.test(text.slice(m.start, m.end)) : place.ambiguous;
    // A name that is also a word, right after a place's name, is a word of that name ("the San Francisco Bay Area").
    if (needsCue && afterName && !qualified) continue;
    // A part of town before its town's name is no town of its own ("Midtown Manhattan", "Downtown Denver", "West Asheville").
    if (needsCue && !qualified && TOWN_PART.test(text.slice(m.start, end)) && raw[i + 1]?.start === end + 1) continue;
    if (needsCue && !qualified && cue.strength !== 'strong' && !amongCountries(text, place, mentions, m.start) && !(place.kind !== 'district' && personNameAfterIn(gaz, text, place, m.start, end))) continue;
    // "within Enterprise Platform Services", "Home Depot": a small town named like a word, with a capitalised word after it
    // that is no place, is a word of a longer name.
    if (needsCue && !qualified && !place.prominent && CAPITALISED_AFTER.test(text.slice(end, end + 3)) && raw[i + 1]?.start !== end + 1) continue;
    // "the Home team", "the Mission office": a word before "team" or "office" names a team as often as a place; a small town so
    // named needs more, such as its state named elsewhere ("the Dayton and Springfield area" beside "Cincinnati, OH").
    if (needsCue && !qualified && !place.prominent && cue.reason === 'location/cue-our-office' && !contextOf(m.key).some((o) => isWithin(place, o, gaz))) continue;
    // "the heart of the City" is any city's heart: the City of London only where London is named.
    if (gaz.withLondon.has(m.key) && !hasLondon) continue;
    // When the posting's country is known, a lesser place abroad must be qualified ("Denver, CO");
    // when nothing says which country, minor places are taken from the UK, whose feeds this is tuned on,
    // and one elsewhere needs a qualifier or a cue ("based in"); callers in other markets pass defaultCountry.
    if (foreign && !qualified) continue;
    if (!options.country && !place.prominent && place.country !== 'GB' && !qualified && cue.strength !== 'strong') continue;
    // US ads write a town with its state ("Austin, TX"); named alone, a small town's name is more often a brand, a surname
    // or a word ("Snowflake", "Cisco", "Jenkins"), so it needs a cue, or its state named elsewhere in the posting.
    if (place.country === 'US' && place.kind === 'town' && !place.prominent && !qualified && cue.strength !== 'strong' && !contextOf(m.key).some((o) => isWithin(place, o, gaz))) continue;
    // (And one with a capitalised word after it is a word of a longer name, whatever the cue: "Vet Tech position at Willow
    // Bend" is a practice's name, no Willow in Alaska; not where that word names its state or region, "Hood River Oregon", nor
    // what stands there, "the Savannah Team".)
    if (place.country === 'US' && place.kind === 'town' && !place.prominent && !qualified && cue.reason !== 'location/cue-our-office' && CAPITALISED_AFTER.test(text.slice(end, end + 3)) && !regionAfter(gaz, raw[i + 1], end)) continue;

    let confidence = 0.6 + (qualified ? 0.25 : 0) + (cue.strength === 'strong' ? 0.15 : cue.strength === 'weak' ? 0.05 : 0);
    if (options.country && place.country === options.country) confidence += 0.1;
    if (place.ambiguous) confidence -= 0.15;
    if (candidates.length > 1 && !qualified) confidence -= 0.05;
    mentions.push({
      text: text.slice(start, end),
      start,
      end,
      place,
      postcode,
      confidence: Math.max(0.05, Math.min(0.99, Math.round(confidence * 100) / 100)),
      role: cue.role,
      source: field?.field ?? 'text',
      // A cue that states this job's place says more than the state beside the town.
      reason: field?.field === 'location' || !qualified || CONTEXT_REASONS.has(cue.reason) || cue.reason === ROLE_BASED ? cue.reason : 'location/qualified',
    });
    listed = field ? null : { end, cue };
  }

  // Postcodes standing alone ("SW1A 1AA") resolve through their post town.
  for (const pc of ukPostcodes(text)) {
    if (overlapsAny(mentions, pc.start, pc.end) || overlapsAny(options.exclude, pc.start, pc.end)) continue;
    const town = rank(gaz.lookup(pc.townKey), 'GB').find((p) => p.country === 'GB');
    if (!town) continue;
    const cue = cueAround(text, pc.start, pc.end);
    mentions.push({ text: pc.text, start: pc.start, end: pc.end, place: town, postcode: pc.postcode, confidence: 0.8, role: cue.role, source: 'text', reason: 'location/postcode' });
  }
  for (const f of options.fields ?? []) if (f.field === 'location' && !mentions.some((m) => m.start >= f.start && m.end <= f.end)) zipAlone(gaz, text, f, mentions);
  if (options.country === 'US') stateCodesAlone(gaz, text, options.exclude, mentions);
  // "Research Triangle Park, NC" beside "$110,000": the dollars say it is no place in the UK either.
  if (options.country === 'US' || options.dollars) townsUnknownWithState(gaz, text, options, mentions);
  return placeLists(text, sharedState(gaz, text, institutionWords(text, stateNamedLikeCountry(gaz, sameNameAsLonger(mentions)).sort((a, b) => a.start - b.start))));
}

/**
 * "Location: Fabrikam University Medical Center - Nashville, TN": where a location field writes a town with its state,
 * a lesser town named on the line before it with a capitalised word after it (University, Mississippi) is a word of the
 * institution's name. Without such a town it stays ("Location: City of London Role Description: ...", a lost line break).
 */
function institutionWords(text: string, mentions: PlaceMention[]): PlaceMention[] {
  return mentions.filter(
    (m, i) =>
      m.source !== 'location' ||
      m.place.prominent ||
      m.text.includes(',') ||
      !CAPITALISED_AFTER.test(text.slice(m.end, m.end + 3)) ||
      !mentions.slice(i + 1).some((o) => o.source === 'location' && o.text.includes(',') && !text.slice(m.end, o.start).includes('\n')),
  );
}

/**
 * A country named like a state ("Georgia") is the state where the text's other places lie in it: "must reside in
 * Georgia" beside "our offices in Savannah and Augusta" is the US state, not the country.
 */
function stateNamedLikeCountry(gaz: Gazetteer, mentions: PlaceMention[]): PlaceMention[] {
  for (const m of mentions) {
    if (m.place.kind !== 'country' || m.reason === 'location/qualified') continue;
    const state = gaz.lookup(surfaceKey(m.text)).find((p) => p.kind === 'state');
    if (state && mentions.some((o) => o !== m && isWithin(o.place, state, gaz))) m.place = state;
  }
  return mentions;
}

// Towns that share the state written after the last: "Houston/Dallas, TX", "Dallas or Houston, TX", "Tampa & Orlando, FL",
// a metro area's twin cities "Minneapolis-St. Paul, MN", "Dallas-Fort Worth, TX".
const SHARED_GAP = /^(?:[ ]?(?:\/|&|or|and)[ ]?|[-–])$/;

/**
 * A town listed before one written with its state, with nothing of its own after it, lies in that state too when
 * a town of its name does: "Houston/Dallas, TX" is Houston, Texas (not Houston, Mississippi), as qualified as Dallas.
 */
function sharedState(gaz: Gazetteer, text: string, mentions: PlaceMention[]): PlaceMention[] {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const stated = b.reason === 'location/qualified' || (b.source === 'location' && b.text.includes(','));
    if (!stated || a.place.kind !== 'town' || b.place.kind !== 'town' || a.text.includes(',') || !SHARED_GAP.test(text.slice(a.end, b.start))) continue;
    const same = gaz.lookup(surfaceKey(a.text)).find((p) => p.kind === 'town' && p.country === b.place.country && p.region === b.place.region);
    if (!same) continue;
    a.place = same;
    a.confidence = Math.max(a.confidence, b.confidence);
    if (a.source !== 'location') a.reason = b.reason;
    else if (b.reason === 'location/qualified') a.reason = 'location/qualified';
  }
  return mentions;
}

// Between two places of one list: "Boston, Seattle", "Boston & Seattle", "Austin, TX; Denver, CO", "Boston or Stamford".
const LIST_GAP = /^(?:[ \t]*[,;/&][ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t])$/;
// Cues whose role every place listed after the first shares.
const LIST_HEAD = new Set(['location/cue-offices', 'location/cue-nearby', 'location/cue-pay-law', 'location/cue-elsewhere', 'location/cue-excluded']);

/**
 * Places listed one after another share the cue of the first: "for applicants
 * in New York, New Jersey and Colorado" are all places a pay law covers, and
 * "offices in Boston, Seattle and Paris" all the company's offices, which,
 * being several, say nothing about where this job is (one office alone,
 * "our offices in Leeds", is still the workplace).
 */
function placeLists(text: string, mentions: PlaceMention[]): PlaceMention[] {
  for (let i = 0; i < mentions.length; i++) {
    const head = mentions[i];
    if (head.source !== 'text') continue;
    let j = i;
    while (j + 1 < mentions.length && mentions[j + 1].source === 'text' && LIST_GAP.test(text.slice(mentions[j].end, mentions[j + 1].start))) j++;
    const reason = listReason(text, mentions.slice(i, j + 1));
    for (let k = i; reason && k <= j; k++) {
      mentions[k].role = 'other';
      mentions[k].reason = reason;
    }
    i = j;
  }
  return mentions;
}

/**
 * The context a list of places names, if any: the cue of its first place, the
 * company's offices when there are several, or the states a pay law covers
 * ("Locations: California; Colorado; Hawaii" on a line about the pay range).
 */
function listReason(text: string, list: PlaceMention[]): string | null {
  const head = list[0];
  // A place written with its state keeps 'location/qualified' as its reason (and a place nearby, "minutes from Des
  // Moines, IA and Ames, IA", keeps it): the offices' cue is read again ("sites in Boston, MA, San Diego, CA and Basel").
  const offices = head.reason === 'location/cue-offices' || (head.reason === 'location/qualified' && list.length > 1 && cueAround(text, head.start, head.end).reason === 'location/cue-offices');
  if (offices) return list.length > 1 ? 'location/office-list' : null;
  if (LIST_HEAD.has(head.reason)) return head.reason;
  // "(San Francisco, New York City, Seattle): $170,000": the list heads a row of a pay table.
  const last = list[list.length - 1];
  if (list.length > 1 && PAY_TABLE_AFTER.test(text.slice(last.end, last.end + 16))) return 'location/cue-pay-law';
  // Mostly states: "California; Colorado; Washington State; Jersey City, NJ".
  const states = list.length >= 3 && list.filter((m) => m.place.kind === 'state').length * 3 >= list.length * 2;
  return states && payNear(text, head.start, list[list.length - 1].end) ? 'location/cue-pay-law' : null;
}

// A location field that is only a US ZIP code ("Location: 02886"): its state, from the ZIP prefix.
const ZIP_ALONE = /^\s*(\d{5})(?:-\d{4})?\s*$/;

function zipAlone(gaz: Gazetteer, text: string, field: FieldRange, into: PlaceMention[]): void {
  const m = ZIP_ALONE.exec(text.slice(field.start, field.end));
  const code = m ? zipStateCode(gaz, m[1]) : undefined;
  const state = code ? gaz.stateCodes.get('US')?.get(code) : undefined;
  if (!m || !state) return;
  const start = field.start + m[0].indexOf(m[1]);
  into.push({ text: text.slice(start, start + m[1].length), start, end: start + m[1].length, place: state, postcode: m[1], confidence: 0.8, role: 'workplace', source: 'location', reason: 'location/zip' });
}

// "working remotely from WV", "based in TX": a state code alone after a workplace cue. Only in US postings,
// where "the NE" or "in IT" are not at stake, and only upper case.
const STATE_CODE_CUED = /\b(?:remote(?:ly)?\s(?:from|in)|based\s(?:in|out\sof)|located\sin|reside\sin)\s([A-Z]{2})\b(?![-'&.]?[A-Za-z0-9])/gi;

function stateCodesAlone(gaz: Gazetteer, text: string, exclude: readonly Range[] | undefined, into: PlaceMention[]): void {
  STATE_CODE_CUED.lastIndex = 0;
  for (let m = STATE_CODE_CUED.exec(text); m !== null; m = STATE_CODE_CUED.exec(text)) {
    const code = m[1];
    const state = /^[A-Z]{2}$/.test(code) ? gaz.stateCodes.get('US')?.get(code) : undefined;
    const start = m.index + m[0].length - code.length;
    const end = start + code.length;
    if (!state || overlapsAny(into, start, end) || overlapsAny(exclude, start, end)) continue;
    into.push({ text: code, start, end, place: state, postcode: null, confidence: 0.8, role: 'workplace', source: 'text', reason: 'location/state-code' });
  }
}

// "Fly-In Acres, CA 95540": a capitalised name, a comma, a state code, then a ZIP code, the line's end or a stop.
const NAME_COMMA_STATE = /\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}, ([A-Z]{2})(?=(?: (\d{5})(?:-\d{4})?)?[ \t]*(?:$|[\n.;|)]))/gm;

/**
 * A town the gazetteer does not know, written the US way with its state code
 * ("Fly-In Acres, CA"): the state, since the form says the place is in it.
 */
function townsUnknownWithState(gaz: Gazetteer, text: string, options: FindOptions, into: PlaceMention[]): void {
  const found: PlaceMention[] = [];
  // The places found so far in text order, read once alongside the matches (which come in text order too).
  const known = [...into].sort((a, b) => a.start - b.start);
  const dropped = new Set<PlaceMention>();
  let next = 0;
  NAME_COMMA_STATE.lastIndex = 0;
  for (let m = NAME_COMMA_STATE.exec(text); m !== null; m = NAME_COMMA_STATE.exec(text)) {
    const state = gaz.stateCodes.get('US')?.get(m[1]);
    const start = m.index;
    const end = m.index + m[0].length;
    while (next < known.length && known[next].end <= start) next++;
    if (!state || overlapsAny(options.exclude, start, end)) continue;
    // "Pine Hollow Acres, CA": a town read out of the name's first word ("Pine", Arizona) gives way; a place read in full stays.
    const within: PlaceMention[] = [];
    for (let k = next; k < known.length && known[k].start < end; k++) within.push(known[k]);
    if (within.some((p) => p.reason === 'location/qualified' || p.place.kind !== 'town' || p.place.region === state.name || p.end > end)) continue;
    for (const p of within) dropped.add(p);
    const zip = m[2] !== undefined && zipStateCode(gaz, m[2]) === m[1] ? m[2] : null;
    const field = options.fields?.find((f) => start >= f.start && end <= f.end);
    const cue = field?.field === 'location' ? { role: 'workplace' as const, reason: 'location/field' } : cueAround(text, start, end);
    found.push({
      text: m[0], start, end, place: state, postcode: zip, confidence: 0.75, role: cue.role,
      source: field?.field ?? 'text', reason: cue.reason === 'location/field' ? cue.reason : 'location/qualified',
    });
  }
  const kept = into.filter((p) => !dropped.has(p));
  into.length = 0;
  for (const p of kept) into.push(p);
  for (const p of found) into.push(p);
}

/**
 * A short name the posting also gives in full ("Stratford" and
 * "Stratford-upon-Avon", "Burton" and "Burton upon Trent") means the place
 * given in full; not where the short name is written with another state of
 * the same country ("Auburn, WA" beside "Auburn Hills, MI"), nor where it names
 * a city known the world over ("Spokane" beside "Spokane Valley").
 */
function sameNameAsLonger(mentions: PlaceMention[]): PlaceMention[] {
  // Towns by the first word of their name: "Stratford" finds "Stratford-upon-Avon" without comparing every pair.
  const byFirstWord = new Map<string, Place[]>();
  const firstWord = (name: string) => name.split(/[ -]/, 1)[0];
  for (const m of mentions) {
    if (m.place.kind !== 'town') continue;
    const list = byFirstWord.get(firstWord(m.place.name)) ?? [];
    if (!list.includes(m.place)) list.push(m.place);
    byFirstWord.set(firstWord(m.place.name), list);
  }
  for (const m of mentions) {
    const name = m.place.name;
    if (m.place.kind !== 'town') continue;
    const longer = byFirstWord.get(firstWord(name))?.find((p) => p !== m.place && p.name.length > name.length + 2 && p.name.startsWith(name) && /^[ -]/.test(p.name.slice(name.length)));
    const ownRegion = m.reason === 'location/qualified' || m.text.includes(',');
    // (Another state of the same country: "Auburn, WA" is not "Auburn Hills, MI". A state abroad may be a town's name
    // read as one: "Newcastle, Washington" in a list of Tyneside's towns.)
    // (Nor a city known the world over beside a smaller town that opens with its name: "Spokane, WA" beside "Spokane
    // Valley".)
    if (longer && !(ownRegion && longer.country === m.place.country && longer.region !== m.place.region) && !(m.place.prominent && !longer.prominent)) m.place = longer;
  }
  return mentions;
}
