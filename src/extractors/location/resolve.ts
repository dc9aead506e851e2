/**
 * Turns a resolved mention into the output Location, and resolves free
 * strings (a JSON-LD address, a location field) to a place.
 */
import type { Location, Place } from '../../types/location';
import type { PlaceMention } from './find';
import { findPlaces } from './find';
import { gazetteer } from './gazetteer';
import { surfaceKey } from '../../dictionaries/keys';

/** The most specific place named in `value` ("Dorking, Surrey" -> Dorking), or null. */
export function resolvePlace(value: string, country?: string | null): PlaceMention | null {
  const mentions = findPlaces(value, { country, fields: [{ start: 0, end: value.length, field: 'location' }] });
  return mostSpecific(mentions);
}

const SPECIFIC: Record<Place['kind'], number> = { district: 5, town: 4, county: 3, state: 3, area: 2, country: 1 };

export function specificity(place: Place): number {
  return SPECIFIC[place.kind];
}

// Of two as specific, one given with its state or postcode, and then one whose name is no common word: "Saint Brigid
// Regional Medical Center, 1210 W. Fifth Avenue, Spokane, WA 99204" is in Spokane, not in a town named Center.
const weight = (m: PlaceMention): number =>
  specificity(m.place) + (m.reason === 'location/qualified' || m.postcode ? 0.5 : 0) - (m.place.ambiguous ? 0.25 : 0);

function mostSpecific(mentions: PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const m of mentions) if (!best || weight(m) > weight(best)) best = m;
  return best;
}

/**
 * A county or region that is a city of the same name too ("Bristol", "Cardiff", "London"), or a city-state
 * ("Singapore", "Monaco", "Hong Kong"): the name is the city's as well, whichever of the two the place was read as.
 */
function ownCity(p: Place): string | null {
  if (p.kind !== 'county' && p.kind !== 'area' && p.kind !== 'country') return null;
  const town = gazetteer()
    .lookup(surfaceKey(p.name))
    .find((t) => t.kind === 'town' && t.prominent && t.country === p.country && t.name === p.name);
  return town ? town.name : null;
}

/** Whether the place is a town or a city: its kind, or a county, region or city-state named for its city. */
export const isCity = (p: Place): boolean => p.kind === 'town' || p.kind === 'district' || ownCity(p) !== null;

export function toLocation(m: PlaceMention): Location {
  const p = m.place;
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    name: p.name,
    city: p.city ?? ownCity(p),
    region: p.region,
    area: p.area,
    country: p.country,
    postcode: m.postcode,
    lat: p.lat,
    lon: p.lon,
    confidence: m.confidence,
    role: m.role,
    workplace: null,
    reason: m.reason,
  };
}
