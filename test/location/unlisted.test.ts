import { extract } from '../../src';

// The gazetteer lists every town only in the UK, Ireland, the US, Canada, Australia and New Zealand.
describe('a town the gazetteer does not list, named where only a place can stand', () => {
  it('is the one name of a location field, in the country of the posting\'s other places', () => {
    const r = extract({ location: 'Rüschlikon', text: 'Our data team sits by the lake, twenty minutes from Zürich.' });
    expect(r.location).toMatchObject({ name: 'Rüschlikon', city: 'Rüschlikon', region: null, country: 'CH', lat: null, reason: 'location/field' });
  });

  it("takes the caller's country first", () => {
    expect(extract({ location: 'Horgen', text: 'A data analyst for our lakeside office.' }, { defaultCountry: 'CH' }).location).toMatchObject({ city: 'Horgen', country: 'CH' });
  });

  it("is no school's name: the town of the district's address under it", () => {
    const r = extract('Special Education Paraprofessional\nLocation: Desert Bloom Elementary School\nClosing Date: Until Filled\n\nSaguaro Wells Unified School District\nMesa, AZ\n');
    expect(r.location).toMatchObject({ city: 'Mesa', region: 'Arizona' });
  });

  it('is the town of a location field read with its state\'s code: "West Glacier, MT", over a town named as nearby', () => {
    const r = extract('Housekeeper\nLocation: West Glacier, MT\nPay: $16.50 per hour\nThe nearest grocery stores are in Columbia Falls (about 20 minutes).');
    expect(r.location).toMatchObject({ city: 'West Glacier', region: 'Montana', country: 'US', reason: 'location/field' });
  });

  it('is no county: "Marion County, OR" stays the state', () => {
    const r = extract('Deputy Clerk\nLocation: Marion County, OR\nYou will serve the public at the front counter.');
    expect(r.location).toMatchObject({ city: null, region: 'Oregon' });
  });

  it('is left out when nothing says which country', () => {
    expect(extract({ location: 'Horgen', text: 'A data analyst for our lakeside office.' }).location).toBeNull();
  });

  it('reads a field that opens with a country code, not a town of the same name elsewhere: "CR, Santa Ana"', () => {
    const r = extract({ location: 'CR, Santa Ana', text: 'Process analyst for our shared service centre.' });
    expect(r.location).toMatchObject({ city: 'Santa Ana', country: 'CR', text: 'CR, Santa Ana' });
  });

  it('is a line that is only a name and its country: "Nugegoda, Sri Lanka"', () => {
    const text = 'We need an accounts assistant.\nKeep the ledgers of a busy pharmacy chain.\nNugegoda, Sri Lanka';
    const r = extract(text);
    expect(r.location).toMatchObject({ city: 'Nugegoda', country: 'LK', text: 'Nugegoda, Sri Lanka', reason: 'location/unlisted-town' });
    expect(text.slice(r.location!.start, r.location!.end)).toBe('Nugegoda, Sri Lanka');
  });

  it('is the place line under a title line, read as a location field', () => {
    const r = extract('Accounts Assistant\nNugegoda, Sri Lanka\nKeep the ledgers of a busy pharmacy chain.');
    expect(r.location).toMatchObject({ city: 'Nugegoda', country: 'LK', text: 'Nugegoda, Sri Lanka', reason: 'location/field' });
  });

  it('is a location field that is only a name and its country', () => {
    const r = extract({ location: 'Nugegoda, Sri Lanka', text: 'Keep the ledgers of a pharmacy chain.' });
    expect(r.location).toMatchObject({ city: 'Nugegoda', country: 'LK', field: 'location', start: 0, end: 19, reason: 'location/field' });
  });

  it('is the town its country names, not one of the same name elsewhere: "Santa Rosa, Argentina"', () => {
    expect(extract({ location: 'Santa Rosa, Argentina', text: 'Support analyst.' }).location).toMatchObject({ city: 'Santa Rosa', region: null, country: 'AR' });
    expect(extract('Support Analyst\nLocation: Manila, Philippines\nJoin us.').location).toMatchObject({ city: 'Manila', country: 'PH' });
    expect(extract('Support Analyst\nLocation: Birmingham, UK\nJoin us.').location).toMatchObject({ city: 'Birmingham', country: 'GB' });
  });

  it('is no town where the field or line names none', () => {
    expect(extract({ location: 'Various Sites', text: 'Sales adviser working from Zürich or nearby.' }).locations.map((l) => l.name)).toEqual(['Zürich']);
    expect(extract('Data Analyst\nEngineering, Germany\nBuild the reports.').location).toMatchObject({ name: 'Germany', city: null });
    expect(extract('Data Analyst\nEMEA, Germany\nBuild the reports.').location).toMatchObject({ name: 'Germany', city: null });
    expect(extract('We sell across Europe. Our main market is Sri Lanka.\nIt grows.').locations.every((l) => l.lat !== null || l.city === null)).toBe(true);
  });
});
