/**
 * The location extractor: every place named in the posting with its role,
 * and the primary place of work, combined with remote or hybrid working.
 */
import { signOff } from '../requirements/sign-off';
import { countryOfLegalForm } from '../company/legal-form';
import type { Extractor, ExtractorContext, SiteRange } from '../../contract';
import type { Location } from '../../types/location';
import type { Workplace } from '../../types/pay';
import { currencyOfCountry, firstSymbolCurrency, payCountryCue } from '../salary/currency';
import { countryEvidence, type EvidenceInput } from './evidence';
import { fromJsonLd } from './json-ld';
import { findPlaces, urlSpans, type FieldRange, type PlaceMention, type Range } from './find';
import { inOpening, primaryMention, qualifiedAbroad, withoutCodedAbroad, withoutStrayAbroad } from './primary';
import { toLocation } from './resolve';
import { withUnlistedTowns } from './unlisted';

export { findPlaces, isWithin, urlSpans } from './find';
export type { FieldRange, FindOptions, PlaceMention, Range } from './find';
export { resolvePlace, toLocation } from './resolve';
export { countryEvidence } from './evidence';
export { gazetteer } from './gazetteer';

export interface LocationInput extends EvidenceInput {
  /** Company name: never a place, wherever it stands. */
  company?: string | null;
  /** Spans never to take a place from, besides URLs and the company name. */
  exclude?: Range[];
  fields?: FieldRange[];
  /** Remote or hybrid working stated elsewhere in the posting. */
  workplace?: Workplace | null;
  /** Where the posting's own text starts, after the fields given before it (title, company): its opening lines name its place. */
  textStart?: number;
  /** Where the employer's name the header and the company extractor read ends: a place right after it is the header's. */
  employerEnds?: number[];
  /** A copied page's own text (its search form over the header, other jobs' cards): its places are the job's only where no other place is named. */
  siteText?: readonly SiteRange[];
}

export interface LocationResult {
  location: Location | null;
  locations: Location[];
}

// A board's line under the title that gives the employer with its town and state ("Fabrikam Animal Hospital, Boulder,
// CO") may be read whole as the employer's name: the town and state after it are still the place.
const PLACE_TAIL = /,\s?[A-Z][A-Za-z.' -]{1,30},\s?[A-Z]{2}$/;

/** The employer's name in `text[start, end)`, without a town and state closing it. */
function nameOnly(text: string, range: Range): Range {
  const tail = PLACE_TAIL.exec(text.slice(range.start, range.end));
  return tail ? { start: range.start, end: range.start + tail.index } : range;
}

function companySpans(text: string, company: string | null | undefined): Range[] {
  if (!company || company.length < 3) return [];
  const out: Range[] = [];
  for (let at = text.indexOf(company); at !== -1; at = text.indexOf(company, at + company.length)) {
    out.push(nameOnly(text, { start: at, end: at + company.length }));
  }
  return out;
}

// A location row's label right over the place, or before it on its line: "Location" / "Sydney, NSW", "Job location: Leeds".
const LABEL_OVER = /(?:^|\n)[ \t]?(?:job |work |office )?location[ \t]?:?[ \t]?(?:\n[ \t]?)?$/i;
const LABEL_REACH = 40;

// "$90,000", "$ 25/hr": pay in dollars, which no posting from the UK or Ireland states alone.
const DOLLARS = /\$ ?\d/;

/** Places in `text`: all of them, and the primary place of work. */
export function extractLocations(text: string, input: LocationInput = {}): LocationResult {
  const country = countryEvidence(text, input);
  const exclude = [...urlSpans(text), ...companySpans(text, input.company), ...(input.exclude ?? [])];
  const dollars = !country && DOLLARS.test(text) && !text.includes('£');
  const found = findPlaces(text, { country, exclude, fields: input.fields, dollars });
  const mentions = withUnlistedTowns(text, found, input.fields ?? [], { stated: input.defaultCountry?.toUpperCase() ?? null, evidence: country }, exclude);
  // (A place its qualifier puts in another country is no candidate: "Victoria Island, Lagos", "Harrow Springs, OR".)
  // (Nor a lesser place that a qualified one beside it in the location field puts abroad: "Golden Meadows of Marion —
  // Marion, NC".)
  const candidates = withoutStrayAbroad(withoutCodedAbroad(text, mentions.filter((m, i) => !qualifiedAbroad(text, m, mentions[i + 1]))));
  // (A search form's place picker, "All locations" / "Singapore" / "Kuala Lumpur, Malaysia", names no place of this job; a
  // details box printed over the title, "Location" / "Sydney, NSW", does, and so does the location field the header read,
  // whatever stretch it stands in.)
  const inSiteText = (m: PlaceMention) =>
    m.source !== 'location' &&
    (input.siteText ?? []).some((r) => m.start >= r.start && m.start < r.end && !(r.kind === 'top' && LABEL_OVER.test(text.slice(Math.max(0, m.start - LABEL_REACH), m.start))));
  const own = candidates.filter((m) => !inSiteText(m));
  const primary = primaryMention(own.length > 0 ? own : candidates, (m) => inOpening(text, input.textStart ?? 0, m, input.employerEnds));
  const locations = mentions.map((m) => {
    const loc = toLocation(m);
    if (m === primary || m.role === 'workplace') loc.workplace = input.workplace ?? null;
    return loc;
  });
  const location = primary ? locations[mentions.indexOf(primary)] : null;
  // The primary location is the place of work by definition, even when no cue said so.
  if (location && location.role === 'other') location.role = 'workplace';
  return { location, locations };
}

/** Remote, hybrid or on-site, when the terms extractor found it and the text does not rule it out. */
function statedWorkplace(ctx: ExtractorContext): Workplace | null {
  const values = ctx.result.workplace.filter((w) => !w.negated).map((w) => w.value);
  if (values.includes('remote')) return 'remote';
  if (values.includes('hybrid')) return 'hybrid';
  if (values.includes('onsite')) return 'onsite';
  return null;
}

// Where a hiring sentence's clause ends: its stop or its line's end.
const CLAUSE_STOP = /[.!?;\n]/;
const MAX_HIRING_CLAUSE = 120;

function fields(ctx: ExtractorContext): FieldRange[] {
  const out: FieldRange[] = [];
  const { location, title } = ctx.doc.header;
  if (location) out.push({ start: location.start, end: location.end, field: 'location' });
  if (!title) return out;
  // A job named in a hiring sentence has its place in the rest of the sentence, as a title line has it in its words:
  // "HIRING!! Part-time Bookkeeper at Miller Creek Feed & Supply in Stephenville".
  if (ctx.doc.headerReasons?.title !== 'title/hiring-sentence') {
    out.push({ start: title.start, end: title.end, field: 'title' });
    return out;
  }
  const rest = ctx.doc.text.slice(title.end, title.end + MAX_HIRING_CLAUSE);
  const stop = rest.search(CLAUSE_STOP);
  out.push({ start: title.start, end: title.end + (stop === -1 ? rest.length : stop), field: 'title', jobEnd: title.end });
  return out;
}

/** The end of the fields that open the document (an object's title and company), where the posting's text starts. */
function textStart(ctx: ExtractorContext): number {
  let at = 0;
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'field' || b.start > at + 1) break;
    at = b.end;
  }
  return at;
}

export const locationExtractor: Extractor = {
  name: 'location',
  run(ctx) {
    const { doc, result } = ctx;
    const company = doc.header.company;
    // A message's signature names the sender ("Best, / Jordan") and the agency's office, not the job's place.
    const exclude: Range[] = [...signOff(doc), ...(company ? [nameOnly(doc.text, company)] : [])];
    if (result.company) exclude.push(nameOnly(doc.text, result.company));
    const workplace = statedWorkplace(ctx);
    const found = extractLocations(doc.text, {
      defaultCountry: doc.options.defaultCountry,
      // Pay is read after places (its "$" depends on the country), so the currency evidence is the text's own symbols.
      // Failing a symbol, "+ super" or KiwiSaver beside the pay names the country of its "$", and failing those the
      // employer's legal form ("Pte. Ltd." is Singapore's) names its country.
      currencies: [firstSymbolCurrency(doc.text), currencyOfCountry(payCountryCue(doc.text)), currencyOfCountry(countryOfLegalForm(result.company?.name))],
      ukFeed: doc.feedMarks || doc.inputKind === 'feed',
      company: result.company?.name ?? null,
      exclude,
      fields: fields(ctx),
      workplace,
      textStart: textStart(ctx),
      // (A flat page's menus before its title may hold its trail's town: read as any text.)
      siteText: doc.siteRanges.filter((r) => r.kind !== 'form'),
      employerEnds: [company?.end, result.company?.end].filter((end): end is number => end !== undefined),
    });
    const ld = fromJsonLd(ctx, found.location?.country ?? null);
    if (ld && (!found.location || found.location.reason !== 'location/field')) {
      ld.workplace = workplace;
      result.location = ld;
    } else {
      result.location = found.location;
    }
    result.locations = found.locations;
  },
};
