/**
 * Whether a short line is a place and nothing else, as boards print the place
 * under a title ("Leeds", "Lexington KY", "Toronto, ON", "Brisbane QLD 4000",
 * "Greater Boston Area", "NYC (Hybrid)"): pasted text reads such a line as the
 * location, never as the employer's name.
 */
import { surfaceKey } from '../../dictionaries/keys';
import { gazetteer } from './gazetteer';
import { townInRegion } from './own-region';
import { CURRENCY_CODE_SOURCE } from '../salary/currency';
import { lazy } from '../../util/lazy';

// The way of working around the place: "NYC (Hybrid)", "Hybrid - Austin, TX", "Remote, US", and in other languages
// ("Rio de Janeiro, RJ (Remoto)", "Lyon (Hybride)", "Madrid - Presencial").
const WAY = String.raw`(?:remote|hybrid|on-?site|remoto|remota|h[íi]brido|h[íi]brida|hybride|presencial|pr[ée]sentiel|t[ée]l[ée]travail)`;
const WAY_BEFORE = new RegExp(String.raw`^${WAY}(?: in| from|[ ]?[-–,:|])[ ]?`, 'i');
const WAY_AFTER = new RegExp(String.raw`[ ]?(?:\(${WAY}\)|[-–,|] ${WAY})$`, 'i');
// The place in brackets after the way: "Remote (Australia)", "Remote (Germany, United Kingdom)", as ATS boards print it.
const WAY_AROUND = new RegExp(String.raw`^${WAY}[ ]?\(([^()]{1,80})\)$`, 'i');
const GLUED_NAMES = lazy(() => /(\p{Ll}{2})(\p{Lu}\p{Ll})/gu);
// A metropolitan area as boards name it: "Greater Boston Area", "San Francisco Bay Area", "Dallas-Fort Worth Metroplex",
// "Washington DC-Baltimore Area": the first city named stands for it; so does a city's centre, as Irish and UK boards
// name it ("Galway City", "Dublin City Centre", "Leeds City Centre"), and its business district as Australian, New
// Zealand and African boards do ("Auckland CBD", "Nairobi CBD").
const GREATER = /^Greater /;
const METRO = / (?:Metropolitan Area|Metro Area|Metroplex|Metro|Bay Area|Area|City Cent(?:re|er)|City|Downtown|CBD)$/;
// An employer's site in the place: "Terminal", "Distribution Center".
const SITE_AFTER = / (?:Terminal|Yard|Depot|Plant|Warehouse|Campus|Office|Branch|Hub|Distribution Cent(?:er|re)|DC|Facility|HQ|Headquarters)$/;
// A district or landmark in brackets after the place: "Singapore (Raffles Place)", "Lagos, Nigeria (Victoria Island)".
const NOTE_AFTER = / \([^()]{1,40}\)$/;
// A town and its state or province code ("Lexington KY", "Toronto, ON", "Washington, D.C.", "Brisbane QLD"),
// with the postcode the country writes after it: a US ZIP, a Canadian "T2P 1J9", an Australian "4000". Bounded: linear.
const CODED = /^(.{1,40}?),? ([A-Z]{2,3}|[A-Z]\.[A-Z]\.?)(?: (?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4}))?$/;
// "Research Triangle Park, NC", "Los Angeles County, CA": capitalised words, a comma and a state's code is a US
// address form whatever the name (the gazetteer lacks many small towns and every county).
const NAME_COMMA_CODE = /^([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,4}), ([A-Z]{2})$/;
const CURRENCY_CODE = new RegExp(`^(?:${CURRENCY_CODE_SOURCE})$`);
// A UK town and its postcode district or full postcode: "Leicester, LE4", "Bristol BS1 4AP". Bounded: linear.
const POSTCODED = /^(.{1,40}?),? [A-Z]{1,2}\d[A-Z\d]?(?: \d[A-Z]{2})?$/;
// A bar or a dot between a line's parts, which no place's name holds.
const PART_MARK = /\s[|·•]\s/;
// A town after its postcode, as continental addresses print it: "04109 Leipzig", "8001 Zürich", "1012 AB Amsterdam".
const POSTCODE_FIRST = /^\d{4,5}(?: [A-Z]{2})? (\p{Lu}[^\n,]{0,40})$/u;
// An Irish city and its postal district, as Irish addresses print Dublin's: "Dublin 4", "Dublin 6W".
const POSTAL_DISTRICT = /^(.{1,40}?) \d{1,2}W?$/;
// A French town and its département's number, as French boards print it: "Lyon (69)", "Paris (75)", "Ajaccio (2A)".
const DEPARTMENT = /^(.{1,40}?) \((?:\d{2,3}|2[AB])\)$/;

// A place line is short: "Lexington KY", "Leeds, West Yorkshire" (after a title's colon, under a title).
export const MAX_PLACE_LINE = 60;

/**
 * "Leeds", "Ohio", "Lexington KY", "Leicester, LE4", "Dublin 4", "Lyon (69)", "04109 Leipzig", "Nugegoda, Sri Lanka": a known city or a wider place, or a name closed by a
 * state's code or by such a place; a metropolitan area of such a place; a site after a town and its code ("Salina, KS
 * Terminal"); the way of working beside any of these, or around it ("Remote (Australia)").
 * A small town's name alone may well be the employer's ("Snowflake", "Toast").
 */
export function isPlaceLine(line: string): boolean {
  const trimmed = line.trim();
  // Places in the brackets may have lost the separator between them, as copied: "Remote (GermanyUnited Kingdom)".
  const around = WAY_AROUND.exec(trimmed)?.[1].replace(GLUED_NAMES(), '$1, $2');
  const name = (around ?? trimmed.replace(WAY_BEFORE, '').replace(WAY_AFTER, '')).trim();
  if (!name) return false;
  if (isPlaceName(name)) return true;
  const noted = name.replace(NOTE_AFTER, '');
  if (noted !== name && noted.length > 0) return isPlaceLine(noted);
  // (A site there after a town and its state's code: "Salina, KS Terminal", "Reno, NV Distribution Center".)
  const site = name.replace(SITE_AFTER, '');
  if (site !== name && CODED.test(site)) return isPlaceName(site);
  const metro = name.replace(GREATER, '').replace(METRO, '');
  if (metro === name || metro.length === 0) return false;
  const dash = metro.indexOf('-');
  return isPlaceName(metro) || (dash > 0 && isPlaceName(metro.slice(0, dash)));
}

/** Whether the gazetteer knows a town of this name, however small ("Tullamore"): a place line only in company. */
export function isKnownTown(name: string): boolean {
  return gazetteer()
    .lookup(surfaceKey(name.trim()))
    .some((p) => p.kind === 'town');
}

function isPlaceName(name: string): boolean {
  const gaz = gazetteer();
  const known = (s: string) => gaz.lookup(surfaceKey(s)).some((p) => p.prominent || p.kind !== 'town');
  if (known(name)) return true;
  const coded = CODED.exec(name);
  // (A currency's code is no state's: "Singapore SGD 9,000".)
  if (coded && !CURRENCY_CODE.test(coded[2])) {
    const code = coded[2].replace(/\./g, '');
    const states = [...gaz.stateCodes.values()];
    // The city's own name may carry "City" that the gazetteer leaves off: "Québec City, QC".
    if (states.some((codes) => codes.has(code)) && (gaz.has(surfaceKey(coded[1])) || gaz.has(surfaceKey(coded[1].replace(METRO, ''))))) return true;
    if (NAME_COMMA_CODE.test(name) && gaz.stateCodes.get('US')?.has(code)) return true;
    // A city of a country whose state codes are not listed, and its state's code: "Rio de Janeiro, RJ", "Pune, MH".
    if (gaz.lookup(surfaceKey(coded[1])).some((p) => p.prominent && p.kind !== 'country' && !gaz.stateCodes.has(p.country))) return true;
  }
  const postcoded = POSTCODED.exec(name);
  if (postcoded && gaz.lookup(surfaceKey(postcoded[1])).some((p) => p.country === 'GB')) return true;
  const postcodeFirst = POSTCODE_FIRST.exec(name);
  if (postcodeFirst && gaz.lookup(surfaceKey(postcodeFirst[1])).some((p) => p.country !== 'GB' && p.country !== 'US' && p.kind === 'town')) return true;
  const district = POSTAL_DISTRICT.exec(name);
  if (district && gaz.lookup(surfaceKey(district[1])).some((p) => p.country === 'IE' && p.prominent)) return true;
  const department = DEPARTMENT.exec(name);
  if (department && gaz.lookup(surfaceKey(department[1])).some((p) => p.country === 'FR')) return true;
  const comma = name.lastIndexOf(',');
  // (Not a line of parts that ends in one: "Teller · Fourth Bank · Nairobi, Kenya".) A suburb before its city and state's
  // code, as Australian boards print it: "Fitzroy, Melbourne VIC".
  if (comma === -1 || PART_MARK.test(name.slice(0, comma))) return false;
  const after = name.slice(comma + 1).trim();
  return known(after) || ownRegion(name.slice(0, comma), after) || (CODED.test(after) && isPlaceName(after));
}

/** "Hyderabad, Telangana", "Cape Town, Western Cape": a known city and its own region (see own-region.ts). */
function ownRegion(city: string, region: string): boolean {
  return townInRegion(gazetteer().lookup(surfaceKey(city)).filter((p) => p.prominent), region) !== undefined;
}

/** Whether a name is a place of note: a city, region or country, not any village of the name ("Hospital", "Street"). */
export function isProminentPlace(name: string): boolean {
  return gazetteer().lookup(surfaceKey(name)).some((p) => p.prominent);
}

/**
 * Whether a line is a US town of any size the gazetteer knows and its state's code, as US boards print every place
 * ("Baytown, TX"); a small town alone, or with another market's region ("Coburg, VIC"), may be a search box's words.
 */
export function isUsTownLine(line: string): boolean {
  const coded = NAME_COMMA_CODE.exec(line);
  const gaz = gazetteer();
  return coded !== null && gaz.stateCodes.get('US')?.has(coded[2]) === true && gaz.lookup(surfaceKey(coded[1])).some((p) => p.country === 'US');
}

/** Whether a name is a place only with a cue, being a common word or a person's name too ("Street", "Reading"). */
export function needsPlaceCue(name: string): boolean {
  return gazetteer().lookup(surfaceKey(name)).some((p) => p.ambiguous);
}
