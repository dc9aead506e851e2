/**
 * Towns the gazetteer does not list, named where only a place can stand. The
 * gazetteer holds every town only in the UK, Ireland, the US, Canada,
 * Australia and New Zealand, and the major cities elsewhere, so a page from
 * Switzerland or Sri Lanka often names its town unresolved:
 * - a location field that is one name, with no place found in it ("Place of work: Cham");
 * - a location field that opens with a country code ("CR, Asuncion De Belen", as Workday writes
 *   it), where a place found in it lies in another country (a "Belen" in New Mexico);
 * - a line or location field that is only a name and the country found after it ("Kalubowila, Sri Lanka"),
 *   perhaps with the town's province between them, taken as written ("Bayan Lepas, Penang, Malaysia"), or only
 *   a name and the province found after it ("Umhlanga, KwaZulu-Natal").
 * The town takes its country from the code or the country named (in a city-state, the town is a district
 * and the city is the state's); for a bare field, from the caller's country, else the one country the posting's other places lie in, else its evidence. Coordinates stay unknown.
 */
import type { Place } from '../../types/location';
import { isCountryCode } from '../../pipeline/iso-codes';
import { overlapsAny, type Range } from '../../util/spans';
import type { FieldRange, PlaceMention } from './find';
import { gazetteer } from './gazetteer';
import { lazy } from '../../util/lazy';

const LOWER = /\p{Ll}/u;

// A town's name: one to four capitalised words, hyphens and apostrophes inside ("Asuncion De Belen", "Saint-Imier").
const NAME = String.raw`\p{Lu}[\p{L}'’.-]{1,30}(?:[ -](?:\p{Lu}[\p{L}'’.-]{0,30}|de|la|le|du|am|an|im|sur|di|del|da))?(?: \p{Lu}[\p{L}'’.-]{1,30}){0,2}`;
const FIELD_NAME = lazy(() => new RegExp(String.raw`^\s*(${NAME})\s*$`, 'u'));
const CODE_FIRST = lazy(() => new RegExp(String.raw`^\s*([A-Z]{2}),\s+(${NAME})\s*(?:,|$)`, 'u'));
// The town, then perhaps its state or province as written ("Bayan Lepas, Penang, Malaysia").
const NAME_BEFORE_COUNTRY = lazy(() => new RegExp(String.raw`^[ \t]*(${NAME}),(?:[ \t]*(${NAME}),)?[ \t]*$`, 'u'));
// A state read with the town it qualifies, the town unknown: "West Glacier, MT".
const NAME_AND_CODE = lazy(() => new RegExp(String.raw`^(${NAME}),[ \t]?[A-Z]{2}$`, 'u'));
// The longest line start a name and its comma may take before the country.
const LINE_REACH = 80;
// What a location field or line holds that is no town.
const NOT_A_TOWN =
  /\b(?:remote|hybrid|home|homebased|field|based|various|multiple|several|nationwide|national|international|global|worldwide|anywhere|flexible|virtual|office|offices|on-?site|site|sites|location|locations|region|regions|area|areas|travel|tbc|tba|negotiable|other|head|headquarters|hq|branch|store|depot|plant|warehouse|campus|centre|center|county|counties|parish|borough|township|school|elementary|academy|hospital|clinic|library|team|department|sales|engineering|marketing|finance|operations|support|services|and|or)\b/i;

/**
 * Whether `name` may be a town the gazetteer lacks: not a workplace or site word ("Remote", "Head
 * Office", "Various"), nor in capitals alone, an acronym more often than a town ("EMEA", "APAC").
 */
export function mayBeTown(name: string): boolean {
  return !NOT_A_TOWN.test(name) && LOWER.test(name);
}

// A town of a city-state is a district of its city ("Raffles Place, Singapore").
const town = (name: string, country: string, region: string | null = null): Place => ({
  name, kind: 'town', city: gazetteer().cityOfState.get(country) ?? name, region, area: null, country, lat: null, lon: null, ambiguous: false, prominent: false,
});

/** Where the line holding `at` starts, if within LINE_REACH before it; else -1. Scans that far only. */
function lineStartNear(text: string, at: number): number {
  const from = Math.max(0, at - LINE_REACH - 1);
  const k = text.slice(from, at).lastIndexOf('\n');
  if (k !== -1) return from + k + 1;
  return from === 0 ? 0 : -1;
}

/** The one country the places found lie in, or null when they lie in none or several. */
function onlyCountry(mentions: readonly PlaceMention[]): string | null {
  const countries = new Set(mentions.map((m) => m.place.country));
  return countries.size === 1 ? [...countries][0] : null;
}

export interface TownCountry {
  /** The caller's `defaultCountry`. */
  stated: string | null;
  /** The country the posting's currency, postcodes or spelling suggest (see countryEvidence). */
  evidence: string | null;
}

/**
 * `mentions` with the unlisted towns added (and a place in a code-first field that lies in
 * another country dropped), in text order.
 */
export function withUnlistedTowns(text: string, mentions: readonly PlaceMention[], fields: readonly FieldRange[], countries: TownCountry, exclude: readonly Range[]): PlaceMention[] {
  let out = [...mentions];
  const add = (name: string, start: number, end: number, code: string, m: Partial<PlaceMention>, region: string | null = null): boolean => {
    if (!mayBeTown(name) || (region !== null && !mayBeTown(region)) || overlapsAny(exclude, start, end)) return false;
    out.push({ text: text.slice(start, end), start, end, place: town(name, code, region), postcode: null, confidence: 0.6, role: 'workplace', source: 'text', reason: 'location/unlisted-town', ...m });
    return true;
  };
  for (const f of fields) {
    if (f.field !== 'location') continue;
    const value = text.slice(f.start, f.end);
    const inField = out.filter((m) => m.start >= f.start && m.end <= f.end);
    const coded = CODE_FIRST().exec(value);
    if (coded && isCountryCode(coded[1]) && inField.length > 0 && inField.every((m) => m.place.country !== coded[1] && m.place.region !== coded[1])) {
      out = out.filter((m) => !inField.includes(m));
      const codeAt = f.start + value.indexOf(coded[1]);
      const nameAt = codeAt + value.slice(codeAt - f.start).indexOf(coded[2]);
      add(coded[2], codeAt, nameAt + coded[2].length, coded[1], { source: 'location', reason: 'location/field' });
      continue;
    }
    const bare = inField.length === 0 ? FIELD_NAME().exec(value) : null;
    // The caller's country, else the one the posting's places lie in; spelling or a currency says less.
    const code = countries.stated ?? onlyCountry(out) ?? countries.evidence;
    if (bare && code) {
      const start = f.start + value.indexOf(bare[1]);
      add(bare[1], start, start + bare[1].length, code, { source: 'location', reason: 'location/field' });
    }
  }
  // "Kalubowila, Sri Lanka" on a line or in a location field of its own: the town, qualified by its country
  // (or by its province: "Umhlanga, KwaZulu-Natal", or its state's code, read with it: "West Glacier, MT").
  for (const m of mentions) {
    const state = m.place.kind === 'state';
    if ((m.place.kind !== 'country' && !state) || m.source === 'title' || !/^[ \t]*(?:\n|$)/.test(text.slice(m.end, m.end + LINE_REACH))) continue;
    const field = m.source === 'location' ? fields.find((f) => f.field === 'location' && m.start >= f.start && m.end <= f.end) : undefined;
    // In a field, from the field's start at the earliest ("Location: Nugegoda, Sri Lanka").
    // (In a location field only: elsewhere the state alone may well be what the posting means.)
    const named = state && field ? NAME_AND_CODE().exec(m.text) : null;
    if (named) {
      if (add(named[1], m.start, m.end, m.place.country, { role: m.role, confidence: 0.75, source: 'location', reason: 'location/field' }, m.place.region)) out = out.filter((o) => o !== m);
      continue;
    }
    const near = lineStartNear(text, m.start);
    const lineStart = field ? Math.max(near, field.start) : near;
    const before = lineStart !== -1 ? NAME_BEFORE_COUNTRY().exec(text.slice(lineStart, m.start)) : null;
    // Before a province, the town alone: a name between them would be a second province.
    if (!before || (state && before[2])) continue;
    const start = lineStart + before[0].indexOf(before[1]);
    // A place found in the name or its region is read as such ("Athi River, Machakos, Kenya" is Machakos).
    if (overlapsAny(out, start, m.start)) continue;
    const how = field ? { source: 'location' as const, reason: 'location/field' } : {};
    if (add(before[1], start, m.end, m.place.country, { role: m.role, confidence: 0.75, ...how }, state ? m.place.region : (before[2] ?? null))) out = out.filter((o) => o !== m);
  }
  return out.sort((a, b) => a.start - b.start);
}
