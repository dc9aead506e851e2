/**
 * The place index: the generated GeoNames subset plus the curated UK, US,
 * Canadian, Australian and Irish tables in dictionaries/places, compiled once
 * into a map from match key to places. Loaded lazily on the first call that needs it and cached
 * for the life of the process, once per data source (bundled, or a caller's `dataDir`).
 */
import { PLACE_KEY, PLACE_PREFIX, placeKey, placeRows, type PlaceIndexFile } from '../../data/place-index';
import { activeData, type BuiltinData, type PlaceTableName } from '../../data/source';
import { surfaceKey } from '../../dictionaries/keys';
import type { Place, PlaceKind } from '../../types/location';

export interface Gazetteer {
  /** Is some place called by this match key (see surfaceKey)? */
  has(key: string): boolean;
  /** The places called by this match key. */
  lookup(key: string): Place[];
  /**
   * PLACE_KEY when some place is called by this match key, PLACE_PREFIX when it is a proper prefix of a
   * multi-word key ("milton" of "milton keynes": read on); both in one search of each table.
   */
  probe(key: string): number;
  /** Keys that only match with the capitalisation given here ("US", "UK"). */
  exactCase: Map<string, Set<string>>;
  /** Code, short name or GeoNames row name -> state, per country ("CO" -> Colorado, "Uíbh Fhailí" -> County Offaly). */
  stateCodes: Map<string, Map<string, Place>>;
  /** ZIP prefix (three digits) -> state code. */
  zipState: Map<number, string>;
  /** UK postcode area -> post town. */
  postcodeTown: Map<string, string>;
  /** ISO 4217 -> country, for currency evidence. */
  currencyCountry: Map<string, string>;
  /** City-state -> its city ("SG" -> Singapore): a district it names lies in that city. */
  cityOfState: Map<string, string>;
  /** County or area name -> the wider area it sits in. */
  parentArea: Map<string, string>;
  /** Match keys of London district aliases that count only where London is named ("the City"). */
  withLondon: Set<string>;
  /** Ambiguous place names that are given names or surnames rather than words ("Lincoln", not "Bath"). */
  people: Set<string>;
  /** Given names that are not words, lower-cased ("chris"): a place right after one is a surname. */
  givenNames: Set<string>;
}

interface CuratedCounty { name: string; area: string; aliases?: string[]; towns: string[]; historic?: boolean }
interface CuratedArea { name: string; nation: string; within?: string; sub?: boolean; aliases?: string[]; lat: number; lon: number }
/** The curated regions of the countries whose postings name them alone ("Gauteng", "Bay of Plenty", "Karnataka"). */
const REGION_TABLES = ['us-states.json', 'ca-provinces.json', 'au-states.json', 'ie-counties.json', 'nz-regions.json', 'za-provinces.json', 'in-states.json', 'ph-regions.json'] as const;

// `rowNames`: the names the GeoNames rows give the region where they differ from its own ("Uíbh Fhailí" for County Offaly).
interface CuratedRegion { name: string; code?: string; aliases?: string[]; short?: string; rowNames?: string[]; zip?: [number, number][] }

// See `probe` in build().
const PROBED_MAX = 1 << 16;
const PROBED_KEY_MAX = 12;

const NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

function build(data: BuiltinData): Gazetteer {
  const read = <T>(file: PlaceTableName): T => data.placeTable(file) as T;
  const byKey = new Map<string, Place[]>();
  // The curated tables' keys and prefixes (see probe); the GeoNames rows' are in their index.
  const curatedFlags = new Map<string, number>();
  const addPrefixes = (key: string): void => {
    for (let sp = key.indexOf(' '); sp !== -1; sp = key.indexOf(' ', sp + 1)) {
      const prefix = key.slice(0, sp);
      curatedFlags.set(prefix, (curatedFlags.get(prefix) ?? 0) | PLACE_PREFIX);
    }
  };
  const exactCase = new Map<string, Set<string>>();

  const add = (surface: string, place: Place): void => {
    const key = placeKey(surface);
    if (!key) return;
    const list = byKey.get(key);
    if (list) {
      if (!list.includes(place)) list.push(place);
      return;
    }
    byKey.set(key, [place]);
    curatedFlags.set(key, (curatedFlags.get(key) ?? 0) | PLACE_KEY);
    addPrefixes(key);
  };
  const place = (p: Partial<Place> & { name: string; kind: PlaceKind; country: string }): Place => ({
    name: p.name,
    kind: p.kind,
    city: p.city ?? null,
    region: p.region ?? null,
    area: p.area ?? null,
    country: p.country,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    ambiguous: p.ambiguous ?? false,
    prominent: p.prominent ?? false,
  });

  const ambiguousFile = read<{ names: string[]; people?: string[] }>('ambiguous.json');
  const ambiguous = new Set(ambiguousFile.names);
  const people = new Set(ambiguousFile.people ?? []);
  const givenNames = new Set(read<{ names: string[] }>('given-names.json').names.map((n) => n.toLowerCase()));

  // UK areas and counties first: towns below need their county's area.
  const areaOf = new Map<string, string>();
  const parentArea = new Map<string, string>();
  for (const a of read<{ areas: CuratedArea[] }>('uk-areas.json').areas) {
    const area = a.sub && a.within ? a.within : a.name;
    const p = place({ name: a.name, kind: 'area', area, country: 'GB', lat: a.lat, lon: a.lon, prominent: true });
    for (const s of [a.name, ...(a.aliases ?? [])]) add(s, p);
    if (a.within) parentArea.set(a.name, a.within);
    else if (!NATIONS.has(a.name)) parentArea.set(a.name, a.nation);
  }
  const countyTowns = new Map<string, string>();
  for (const c of read<{ counties: CuratedCounty[] }>('uk-counties.json').counties) {
    areaOf.set(c.name, c.area);
    const p = place({ name: c.name, kind: 'county', region: c.name, area: c.area, country: 'GB', prominent: true });
    for (const s of [c.name, ...(c.aliases ?? [])]) add(s, p);
    if (!c.historic) for (const t of c.towns) if (!countyTowns.has(t)) countyTowns.set(t, c.name);
  }

  const withLondon = new Set<string>();
  for (const l of read<{ areas: { name: string; aliases: string[]; lat: number; lon: number; cue?: boolean; withLondon?: string[] }[] }>('london.json').areas) {
    for (const s of l.withLondon ?? []) withLondon.add(placeKey(s));
    const p = place({
      name: l.name, kind: 'district', city: 'London', region: 'Greater London', area: 'London', country: 'GB',
      lat: l.lat, lon: l.lon, ambiguous: l.cue === true,
    });
    for (const s of [l.name, ...l.aliases]) add(s, p);
  }

  const stateCodes = new Map<string, Map<string, Place>>();
  const zipState = new Map<number, string>();
  for (const file of REGION_TABLES) {
    const data = read<{ country: string; regions: CuratedRegion[] }>(file);
    const codes = new Map<string, Place>();
    for (const r of data.regions) {
      const p = place({ name: r.name, kind: 'state', region: r.name, country: data.country, prominent: true, ambiguous: ambiguous.has(r.name) });
      for (const s of [r.name, ...(r.aliases ?? [])]) add(s, p);
      if (r.code) codes.set(r.code, p);
      if (r.short) codes.set(r.short, p);
      for (const name of r.rowNames ?? []) codes.set(name, p);
      for (const [lo, hi] of r.zip ?? []) for (let z = lo; z <= hi; z++) zipState.set(z, r.code ?? '');
    }
    stateCodes.set(data.country, codes);
  }

  const gaz = read<{ countries: Record<string, string>; countryNames?: Record<string, string[]>; places: string }>('gazetteer.json');
  const countryName = new Map(Object.entries(gaz.countries));
  const countryPlaces = new Map<string, Place>();
  for (const [code, name] of countryName) {
    const p = place({ name, kind: 'country', country: code, prominent: true, ambiguous: ambiguous.has(name) });
    countryPlaces.set(code, p);
    add(name, p);
    // The country's names in other languages ("Schweiz", "الأردن"): the same place, named in English.
    for (const other of gaz.countryNames?.[code] ?? []) add(other, p);
  }
  const currencyCountry = new Map<string, string>();
  const cityOfState = new Map<string, string>();
  const curated = read<{ countries: { code: string; aliases?: string[]; exact?: string[]; currency?: string; city?: string }[] }>('countries.json');
  for (const c of curated.countries) {
    const p = countryPlaces.get(c.code);
    if (!p) continue;
    // An alias that is also a word ("Turkey", where ICU names Türkiye) needs a cue as that word does: the country, so flagged.
    const flagged = p.ambiguous ? p : { ...p, ambiguous: true };
    for (const s of c.aliases ?? []) add(s, ambiguous.has(s) ? flagged : p);
    for (const s of c.exact ?? []) {
      add(s, p);
      const key = surfaceKey(s);
      exactCase.set(key, (exactCase.get(key) ?? new Set()).add(s));
    }
    if (c.currency) currencyCountry.set(c.currency, c.code);
    if (c.city) cityOfState.set(c.code, c.city);
  }

  // GeoNames rows become Place objects only when a text names them: most never are. Their keys
  // and short forms are compiled at build time (scripts/build-place-index.ts; src/data/place-index.ts reads them).
  const rowIndex = placeRows(read<PlaceIndexFile>('gazetteer-index.json'), gaz.places);
  const rowPlace = (line: string): Place => {
    const [name, country, region, lat, lon, flags] = line.split('|');
    const state = stateCodes.get(country)?.get(region);
    const county = country === 'GB' ? region || countyTowns.get(name) || null : null;
    return place({
      name, kind: 'town', city: name, country,
      region: county ?? state?.name ?? (region || null),
      area: county ? (areaOf.get(county) ?? null) : null,
      lat: Number(lat), lon: Number(lon),
      ambiguous: ambiguous.has(name) || flags.includes('a'),
      prominent: flags.includes('w') || countyTowns.get(name) === county,
    });
  };
  const resolved = new Map<string, Place[]>();
  const lookup = (key: string): Place[] => {
    let list = resolved.get(key);
    if (!list) {
      list = [...(byKey.get(key) ?? []), ...rowIndex.rowsOf(key).map((n) => rowPlace(rowIndex.row(n)))];
      resolved.set(key, list);
    }
    return list;
  };
  // Every capitalised word of a posting is probed, and the same words recur from posting to posting ("The", "We",
  // "London"): a search of the sorted keys is ~15 string comparisons, a key probed before one Map lookup. Short keys
  // only (most are): V8 copies a string of up to PROBED_KEY_MAX characters cut or joined from others, and makes a
  // longer one a view of them, which would keep the posting's text alive in the Map. Cleared when full, so a
  // long-running process keeps no more than PROBED_MAX keys.
  const probed = new Map<string, number>();
  const probe = (key: string): number => {
    let flags = probed.get(key);
    if (flags === undefined) {
      flags = (curatedFlags.get(key) ?? 0) | rowIndex.flags(key);
      if (key.length <= PROBED_KEY_MAX) {
        if (probed.size >= PROBED_MAX) probed.clear();
        probed.set(key, flags);
      }
    }
    return flags;
  };
  const has = (key: string): boolean => byKey.has(key) || rowIndex.has(key);

  const postcodeTown = new Map(Object.entries(read<{ areas: Record<string, string> }>('uk-postcode-areas.json').areas));
  return { has, lookup, probe, exactCase, stateCodes, zipState, postcodeTown, currencyCountry, cityOfState, parentArea, withLondon, people, givenNames };
}

const cached = new WeakMap<BuiltinData, Gazetteer>();

/** The place index of the active data source, built on first use. */
export function gazetteer(): Gazetteer {
  const data = activeData();
  let gaz = cached.get(data);
  if (!gaz) {
    gaz = build(data);
    cached.set(data, gaz);
  }
  return gaz;
}
