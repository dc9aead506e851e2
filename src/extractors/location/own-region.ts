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

// The key of each gazetteer region asked about: a name beside a town is compared with every candidate's region,
// which the place index holds a few thousand of, so each is keyed once a process, not once a candidate.
const regionKeys = new Map<string, string>();

function keyOfRegion(region: string): string {
  let key = regionKeys.get(region);
  if (key === undefined) {
    key = regionKey(region);
    regionKeys.set(region, key);
  }
  return key;
}

/** A town the index gives a region. */
const hasRegion = (place: Place | undefined): place is Place & { region: string } => place?.kind === 'town' && place.region !== null;

/** Whether `name` is the region of `place`, with or without the word for its kind. */
export function isOwnRegion(place: Place | undefined, name: string): boolean {
  return hasRegion(place) && keyOfRegion(place.region) === regionKey(name);
}

/** The town among `candidates` whose region is called `name`, if any. */
export function townInRegion(candidates: readonly Place[], name: string): Place | undefined {
  const nameKey = regionKey(name);
  return candidates.find((c) => hasRegion(c) && keyOfRegion(c.region) === nameKey);
}
