/** Result types for places: Location, its role, and gazetteer places. */
import type { Explained, Span } from './common';
import type { Workplace } from './pay';

/**
 * What a place is to the job: `workplace` ("based in Leeds", the location
 * field, the primary place), `region_covered` ("covering the North West"),
 * `headquarters` ("our head office in London"), `other` (a place named with no
 * such cue).
 */
export type LocationRole = 'workplace' | 'region_covered' | 'headquarters' | 'other';

/**
 * A place named in the posting, resolved in the gazetteer. `reason` names the
 * cue: `location/field`, `location/cue-based-in`, `location/cue-role-based` ("this position is located in X"), `location/cue-covering`,
 * `location/postcode`, `location/json-ld` (no span: `start = end = 0`) ...
 * A place named as context, not as the workplace, says why and has the role
 * `other`: a bigger place nearby (`location/cue-nearby`), the places a pay law
 * covers (`location/cue-pay-law`), the employer's other offices, its founding
 * or travel (`location/cue-elsewhere`), a list of offices (`location/office-list`), a place the
 * job is ruled out of (`location/cue-excluded`: "unable to hire in Alaska"; never the primary).
 */
export interface Location extends Span, Explained {
  /** The most specific place name resolved ("Wilmslow", "Central London", "South East"). */
  name: string;
  /** The town or city: the place itself for a town, the city a district is in ("London" for Shoreditch); null for counties, areas and countries. */
  city: string | null;
  /** County or state. */
  region: string | null;
  /** A wider area such as "South East" or "North West". */
  area: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** A postcode written with the place: UK ("LS1 4AP", the district "RG1") or a US ZIP code ("Denver, CO 80202"); JSON-LD's postalCode; else null. */
  postcode: string | null;
  /** Latitude in decimal degrees (WGS84) from the gazetteer; null where it has none. */
  lat: number | null;
  /** Longitude in decimal degrees (WGS84); null where the gazetteer has none. */
  lon: number | null;
  /** 0..1: higher with a strong cue, a qualifier ("Richmond, Surrey") or the posting's country; lower for names that are also words. */
  confidence: number;
  /** What the place is to the job. */
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
  /** Canonical name: "Wilmslow", "Greater Manchester", "Texas". */
  name: string;
  /** What the entry names. */
  kind: PlaceKind;
  /** The place itself for a town, the city a district is in; null above town level. */
  city: string | null;
  /** County or state it lies in (itself for a county or state); null where none is known (countries, wide areas). */
  region: string | null;
  /** Wider area ("North West", "London"); null where none is curated. */
  area: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Latitude in decimal degrees; null where the source has none. */
  lat: number | null;
  /** Longitude in decimal degrees; null where the source has none. */
  lon: number | null;
  /** Also a common word or personal name: needs a place cue. */
  ambiguous: boolean;
  /** Known without a qualifier anywhere (major world city, country, UK county). */
  prominent: boolean;
}
