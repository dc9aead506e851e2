/**
 * A town named with its own region, where the place index holds the region only as the town's (India's states,
 * South Africa's provinces, New Zealand's regions): "Hyderabad, Telangana", "Christchurch, Canterbury", "Lower
 * Hutt, Wellington" (GeoNames' "Wellington Region").
 */
import { surfaceKey } from '../../dictionaries/keys';
import type { Place } from '../../types/location';

// GeoNames names some regions with their kind, postings without it: "Wellington Region", "Gauteng Province".
const REGION_KIND = / (?:Region|Province|State)$/i;

const regionKey = (name: string): string => surfaceKey(name.replace(REGION_KIND, ''));

/** Whether `name` is the region of `place`, with or without the word for its kind. */
export function isOwnRegion(place: Place | undefined, name: string): boolean {
  return place?.kind === 'town' && place.region !== null && regionKey(place.region) === regionKey(name);
}

/** The town among `candidates` whose region is called `name`, if any. */
export function townInRegion(candidates: readonly Place[], name: string): Place | undefined {
  return candidates.find((c) => isOwnRegion(c, name));
}
