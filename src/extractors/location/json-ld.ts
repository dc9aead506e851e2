/** The JSON-LD jobLocation as a Location without a span. */
import type { ExtractorContext } from '../../contract';
import type { Location } from '../../types/location';
import { isCountryCode } from '../../pipeline/iso-codes';
import { resolvePlace, toLocation } from './resolve';
import { mayBeTown } from './unlisted';

/** A JSON-LD jobLocation, as a Location without a span in the text. */
export function fromJsonLd(ctx: ExtractorContext, country: string | null): Location | null {
  const loc = ctx.doc.jsonLd?.jobLocation?.[0];
  if (!loc) return null;
  const value = [loc.locality, loc.region, loc.country].filter(Boolean).join(', ');
  // JSON-LD gives the country as a code or a name; only a code ranks places.
  const code = loc.country && /^[A-Z]{2}$/.test(loc.country) ? loc.country : country;
  const found = value ? resolvePlace(value, code) : null;
  // A town the gazetteer does not list ("Kalubowila", "Cham"): the address as JSON-LD gives it.
  if (loc.locality && mayBeTown(loc.locality) && (!found || found.place.kind === 'country')) {
    const country = code && isCountryCode(code) ? code : (found?.place.country ?? null);
    return {
      text: '', start: 0, end: 0, name: loc.locality, city: loc.locality, region: loc.region ?? null, area: null, country,
      postcode: loc.postalCode ?? null, lat: null, lon: null, confidence: 0.7, role: 'workplace', workplace: null, reason: 'location/json-ld',
    };
  }
  if (!found) return null;
  const out = toLocation(found);
  out.start = 0;
  out.end = 0;
  out.text = '';
  out.postcode = loc.postalCode ?? out.postcode;
  out.role = 'workplace';
  out.reason = 'location/json-ld';
  return out;
}
