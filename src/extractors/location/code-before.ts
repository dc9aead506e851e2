/**
 * A code just before a town that says which town of the name is meant, in the
 * site order of job boards: a state ("US-TX-Austin", "TX - Austin") or a
 * country ("PL, Warsaw", "UK - Newport"), as Workday and others write a location.
 */
import { isCountryCode } from '../../pipeline/iso-codes';
import { surfaceKey } from '../../dictionaries/keys';
import type { Place } from '../../types/location';
import type { Gazetteer } from './gazetteer';

// Two or three capitals, then a comma, dash or slash, ending right before the town.
const CODE_BEFORE = /\b([A-Z]{2,3}) ?[-,/] ?$/;
// What may follow a town that ends a location item: the end, a separator, a bracket or a postcode.
const ITEM_END = /^(?:$|[ \t]?[\n,;|/)(.\d]|[ \t]+[-–])/;

/** The place lies in the state its country abbreviates `code`. */
export function inStateCoded(gaz: Gazetteer, p: Place, code: string): boolean {
  return gaz.stateCodes.get(p.country)?.get(code)?.name === p.region;
}

/** The country a code names: an ISO 3166 code ("PL"), or a country's capitals-only alias ("UK", "USA"). */
function countryOfCode(gaz: Gazetteer, code: string): string | null {
  if (code.length === 2 && isCountryCode(code)) return code;
  const key = surfaceKey(code);
  if (!gaz.exactCase.get(key)?.has(code)) return null;
  return gaz.lookup(key).find((p) => p.kind === 'country')?.country ?? null;
}

/**
 * The town among `candidates` (best first) that the code before the name at `text[start, end)` places:
 * in the state it abbreviates, else in the country it names, with where the code starts (the place's span takes it in:
 * the "MA" of "MA - Boston" is no Master of Arts); null when there is no code or no such town.
 */
export function townCodedBefore(gaz: Gazetteer, text: string, start: number, end: number, candidates: readonly Place[]): { place: Place; start: number } | null {
  const from = Math.max(0, start - 7);
  const m = CODE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const code = m[1];
  const towns = candidates.filter((c) => c.kind === 'town');
  // A state first: "CA" before a town is California in "US-CA-Irvine", and Canada only where no Californian town has the name.
  const inState = code.length === 2 ? towns.find((c) => inStateCoded(gaz, c, code)) : undefined;
  // The town must end the item: in "US - Pacific Northwest" the name read on past the town.
  const country = inState || !ITEM_END.test(text.slice(end, end + 3)) ? null : countryOfCode(gaz, code);
  const place = inState ?? ((country && towns.find((c) => c.country === country)) || null);
  return place ? { place, start: from + m.index } : null;
}
