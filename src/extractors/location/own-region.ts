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

/**
 * The town among `candidates` whose own region is written right after `end` (", Nuevo León", ", Nuevo Leon"), and
 * where that name ends: a region whose words the index also holds as other places' names ("Nuevo", "León"), which
 * would otherwise be read as those places.
 */
export function ownRegionAfter(text: string, end: number, candidates: readonly Place[]): { place: Place; end: number } | undefined {
  const m = REGION_AFTER.exec(text.slice(end, end + 48));
  if (!m) return undefined;
  // The name's last letter ends it: "Poole, Dorset.", "Stafford, Staffordshire ****".
  let to = m[1].length;
  while (to > 0 && !LETTER.test(m[1][to - 1])) to--;
  const name = m[1].slice(0, to);
  const place = townInRegion(candidates, name);
  return place && { place, end: end + m[0].length - m[1].length + name.length };
}
// A comma, then a name up to the next separator or line's end.
const REGION_AFTER = /^, ?([^,;:|·()\n\d]{2,40})(?=$|[,;:|·()\n\d])/;
const LETTER = /[\p{L}\p{M}]/u;

/** The town among `candidates` whose region is called `name`, if any. */
export function townInRegion(candidates: readonly Place[], name: string): Place | undefined {
  const nameKey = regionKey(name);
  return candidates.find((c) => hasRegion(c) && keyOfRegion(c.region) === nameKey);
}
