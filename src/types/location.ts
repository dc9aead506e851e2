import type { Explained, Span } from './common';
import type { Workplace } from './pay';

export type LocationRole = 'workplace' | 'region_covered' | 'headquarters' | 'other';

export interface Location extends Span, Explained {
  /** The most specific place name resolved ("Wilmslow", "Central London", "South East"). */
  name: string;
  city: string | null;
  /** County or state. */
  region: string | null;
  /** A wider area such as "South East" or "North West". */
  area: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  /** 0..1 */
  confidence: number;
  role: LocationRole;
  /**
   * Remote, hybrid or on-site work as the posting states it, combined with
   * the place of work ("Remote (UK)"); `null` when the posting does not say
   * or for places that are not the place of work.
   */
  workplace: Workplace | null;
}

/** A place applicants must live in (schema.org `applicantLocationRequirements`, for remote jobs). */
export interface ApplicantLocation {
  /** The schema.org type as the posting gives it: `Country`, `State`, `AdministrativeArea` ... */
  type: string;
  /** The place as the posting names it ("USA", "England"). */
  name: string;
}

/** What a gazetteer entry names, from most to least specific. */
export type PlaceKind = 'town' | 'district' | 'county' | 'area' | 'state' | 'country';

/** One gazetteer entry with its hierarchy filled in. */
export interface Place {
  name: string;
  kind: PlaceKind;
  city: string | null;
  region: string | null;
  area: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  /** Also a common word or personal name: needs a place cue. */
  ambiguous: boolean;
  /** Known without a qualifier anywhere (major world city, country, UK county). */
  prominent: boolean;
}
