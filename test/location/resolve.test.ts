import { extractLocations, findPlaces, resolvePlace } from '../../src/extractors/location';

const primary = (text: string, input = {}) => extractLocations(text, input).location;

describe('resolving a place fills in its hierarchy', () => {
  it('a UK town gets its county, region and country: "Wilmslow"', () => {
    const loc = primary('Payments Executive, salary to be agreed, Wilmslow. Apply today.');
    expect(loc).toMatchObject({ name: 'Wilmslow', city: 'Wilmslow', region: 'Cheshire', area: 'North West', country: 'GB' });
    expect(loc?.lat).toBeCloseTo(53.33, 1);
  });

  it('a city that is its own county or region is a city too: "Bristol", "Cardiff", "London"', () => {
    expect(primary('Staff Nurse. Location: Bristol')).toMatchObject({ name: 'Bristol', city: 'Bristol', country: 'GB' });
    expect(primary('Staff Nurse. Location: Cardiff')).toMatchObject({ name: 'Cardiff', city: 'Cardiff', country: 'GB' });
    expect(primary('Staff Nurse. Location: London')).toMatchObject({ name: 'London', city: 'London', country: 'GB' });
    expect(primary('Staff Nurse. Location: Kent')).toMatchObject({ name: 'Kent', city: null });
  });

  it('a city-state is a city too: "Singapore"; a country of another name is not: "Kuwait", "Mexico"', () => {
    expect(primary('Backend Engineer. Location: Singapore')).toMatchObject({ name: 'Singapore', city: 'Singapore', country: 'SG' });
    expect(primary('Backend Engineer. Location: Kuwait')).toMatchObject({ country: 'KW', city: null });
    expect(primary('Backend Engineer. Location: Mexico')).toMatchObject({ country: 'MX', city: null });
  });

  it('a major city the curated list spells without its accents is kept: "Zurich" and "Zürich"', () => {
    expect(primary('Data Engineer. Location: Zurich')).toMatchObject({ name: 'Zürich', country: 'CH' });
    expect(primary('A data engineer role in Zürich, hybrid.')).toMatchObject({ name: 'Zürich', country: 'CH' });
  });

  it('a major business city needs no country: "Guadalajara", "Kuala Lumpur"; the Basel accords are no place', () => {
    expect(primary('Backend Engineer, Guadalajara office.')).toMatchObject({ name: 'Guadalajara', country: 'MX' });
    expect(primary('Account Manager based in Kuala Lumpur.')).toMatchObject({ name: 'Kuala Lumpur', country: 'MY' });
    expect(primary('An understanding of Basel III capital rules is key.')).toBeNull();
  });

  it('a town with its county is one location: "Dorking, Surrey"', () => {
    const loc = primary('We are based in Dorking, Surrey and pay well.');
    expect(loc).toMatchObject({ text: 'Dorking, Surrey', name: 'Dorking', region: 'Surrey', area: 'South East', country: 'GB', role: 'workplace' });
    expect(loc?.reason).toBe('location/qualified');
  });

  it('a London area resolves to London: "based in Central London"', () => {
    const loc = primary('A medical organisation based in Central London are looking to recruit.');
    expect(loc).toMatchObject({ name: 'Central London', city: 'London', region: 'Greater London', area: 'London', country: 'GB', role: 'workplace' });
  });

  it('an English region by its short form: "UK, SE Eng"', () => {
    const loc = primary('Sales Support – UK, SE Eng – Asset Finance', { fields: [{ start: 0, end: 42, field: 'title' }] });
    expect(loc).toMatchObject({ name: 'South East', area: 'South East', country: 'GB' });
  });

  it('a major city named alone is the major one, not a small town that shares its name: "Denver", "Boston"', () => {
    expect(primary('You will work from our Denver office.', { defaultCountry: 'US' })).toMatchObject({ name: 'Denver', region: 'Colorado' });
    expect(primary('The team sits in Boston.', { defaultCountry: 'US' })).toMatchObject({ name: 'Boston', region: 'Massachusetts' });
    expect(primary('A store manager for Columbus.', { defaultCountry: 'US' })).toMatchObject({ name: 'Columbus', region: 'Ohio' });
    expect(primary('Visit stores across Cleveland and Akron.', { defaultCountry: 'US' })).toMatchObject({ name: 'Cleveland', region: 'Ohio' });
  });

  it('a major US city set off at the end of a title is the workplace without a state: "Merchandiser, Philadelphia"', () => {
    const title = 'Merchandiser, Philadelphia';
    const loc = primary(`${title}\nStock shelves and build displays for a drinks brand.`, { fields: [{ start: 0, end: title.length, field: 'title' }] });
    expect(loc).toMatchObject({ name: 'Philadelphia', region: 'Pennsylvania', country: 'US' });
  });

  it('a US town with its state abbreviation and ZIP code: "Denver, CO 80202"', () => {
    const loc = primary('Our office is at 1 Main St, Denver, CO 80202.');
    expect(loc).toMatchObject({ name: 'Denver', region: 'Colorado', country: 'US', postcode: '80202' });
  });

  it('a UK postcode after the town is kept: "Reading RG1 1AA"', () => {
    const loc = primary('Location: Reading RG1 1AA');
    expect(loc).toMatchObject({ name: 'Reading', region: 'Berkshire', postcode: 'RG1 1AA', role: 'workplace' });
  });

  it('a postcode on its own resolves through its post town', () => {
    const loc = primary('Send your CV to our site at LS1 4AP.');
    expect(loc).toMatchObject({ city: 'Leeds', region: 'West Yorkshire', postcode: 'LS1 4AP', reason: 'location/postcode' });
  });

  it('Irish counties, Canadian provinces and Australian states', () => {
    expect(resolvePlace('Co. Cork')?.place).toMatchObject({ name: 'County Cork', country: 'IE' });
    expect(resolvePlace('Ontario')?.place).toMatchObject({ kind: 'state', country: 'CA' });
    expect(resolvePlace('Perth, WA')?.place).toMatchObject({ name: 'Perth', country: 'AU', region: 'Western Australia' });
  });

  it('a country name is its assigned code, never a retired one ICU names the same (DD East Germany, SU, YU)', () => {
    expect(resolvePlace('Germany')?.place).toMatchObject({ kind: 'country', country: 'DE' });
    expect(resolvePlace('Russia')?.place).toMatchObject({ kind: 'country', country: 'RU' });
    expect(resolvePlace('Serbia')?.place).toMatchObject({ kind: 'country', country: 'RS' });
    expect(primary('Remote role open to people in Germany or the Netherlands.')).toMatchObject({ name: 'Germany', country: 'DE' });
  });

  it('historic counties and informal areas: "Avon", "the Home Counties", "East Anglia"', () => {
    expect(resolvePlace('Avon')?.place).toMatchObject({ kind: 'county', area: 'South West' });
    expect(resolvePlace('the Home Counties')?.place).toMatchObject({ kind: 'area', name: 'Home Counties' });
    expect(resolvePlace('East Anglia')?.place).toMatchObject({ name: 'East of England' });
  });

  it('the posting\'s country picks among places that share a name: "Perth"', () => {
    expect(findPlaces('Our office in Perth is growing.', { country: 'GB' })[0].place).toMatchObject({ country: 'GB', region: 'Perth and Kinross' });
    expect(findPlaces('Our office in Perth is growing.', { country: 'AU' })[0].place).toMatchObject({ country: 'AU' });
  });
});

describe('roles and the primary location', () => {
  it('"covering the Midlands" is a region covered', () => {
    const { locations } = extractLocations('Field sales role covering the Midlands from your home.');
    expect(locations[0]).toMatchObject({ name: 'Midlands', role: 'region_covered' });
  });

  it('"our Glasgow team" is the workplace', () => {
    const { locations } = extractLocations('Join our Glasgow team of engineers.');
    expect(locations[0]).toMatchObject({ name: 'Glasgow', role: 'workplace', region: 'Glasgow', area: 'Scotland' });
  });

  it('headquarters are told apart from the place of work', () => {
    const { location, locations } = extractLocations('Headquartered in London, we are hiring for our Leeds office.');
    expect(locations.map((l) => [l.name, l.role])).toEqual([
      ['London', 'headquarters'],
      ['Leeds', 'workplace'],
    ]);
    expect(location?.name).toBe('Leeds');
  });

  it('a wider place in the title narrows to the one town named inside it', () => {
    const text = 'Care Assistant – Kent\nJoin our friendly home in Maidstone.';
    expect(primary(text, { fields: [{ start: 0, end: 21, field: 'title' }] })?.name).toBe('Maidstone');
  });

  it('a town beats the country named in passing', () => {
    expect(primary('Salary negotiable Wilmslow. We are one of the UK\'s largest sellers.')?.name).toBe('Wilmslow');
  });

  it('remote or hybrid working combines with the place: "Remote (UK)"', () => {
    const loc = primary('This is a fully remote role (UK).', { workplace: 'remote' });
    expect(loc).toMatchObject({ name: 'United Kingdom', country: 'GB', workplace: 'remote' });
    expect(primary('Hybrid working, based in Bristol.', { workplace: 'hybrid' })?.workplace).toBe('hybrid');
    // Nothing said about where the work is done: not assumed.
    expect(primary('Based in Bristol.')?.workplace).toBeNull();
    expect(primary('Office based in Bristol.', { workplace: 'onsite' })?.workplace).toBe('onsite');
  });
});

describe('a wider place named elsewhere settles a shared town name', () => {
  const where = (text: string) => extractLocations(text, { defaultCountry: 'GB' }).locations.map((l) => `${l.name}/${l.region}`);
  it('Newport with the Isle of Wight', () => {
    expect(where('Join our team in Newport. We serve the Isle of Wight.')).toEqual(['Newport/Isle of Wight', 'Isle of Wight/Isle of Wight']);
  });
  it('Richmond with Greater London, and alone', () => {
    expect(where('Based in Richmond, covering Greater London.')[0]).toBe('Richmond/Greater London');
    expect(where('Based in Richmond.')).toEqual(['Richmond/North Yorkshire']);
  });
});

describe('choosing the place of work', () => {
  const primary = (text: string) => extractLocations(text, { defaultCountry: 'GB' }).location?.name;
  it('follows nested places to the most specific one', () => {
    expect(primary('A leading private hospital based in the UK. The hospital is in Wadhurst, East Sussex.')).toBe('Wadhurst');
  });
  it('keeps the wider place when it holds several towns', () => {
    expect(primary('Care homes based in Kent: Maidstone, Ashford and Dartford.')).toBe('Kent');
  });
  it('narrows to the town inside it that the posting keeps naming', () => {
    const text = 'Care Assistant Swansea. Our homes are based in Wales. Candidates from Cardiff, Newport or Swansea are welcome.';
    expect(primary(text)).toBe('Swansea');
    // Two towns named twice each: no town stands out.
    expect(primary('Based in Wales. Bangor or Conwy. Visits to Bangor and Conwy.')).toBe('Wales');
  });
});

describe('a short name given in full elsewhere', () => {
  it('"Stratford" with "Stratford-upon-Avon" is Stratford-upon-Avon', () => {
    const r = extractLocations('Unit Manager, Stratford. Our home in Stratford-upon-Avon.', { defaultCountry: 'GB' });
    expect(r.locations.map((l) => `${l.name}/${l.region}`)).toEqual(['Stratford-upon-Avon/Warwickshire', 'Stratford-upon-Avon/Warwickshire']);
  });
  it('a city known the world over stays itself beside a smaller town that opens with its name: "Spokane, WA" and "Spokane Valley"', () => {
    const r = extractLocations('Registered Nurse\nSpokane, WA\nMany of our nurses live in Spokane Valley.');
    expect(r.locations.map((l) => l.name)).toEqual(['Spokane', 'Spokane Valley']);
  });
});

describe("a location field's address", () => {
  it('names the town its state and ZIP qualify, not a common word of the building\'s name', () =>
    expect(resolvePlace('Saint Brigid Regional Medical Center, 1210 W. Fifth Avenue, Spokane, WA 99204')?.place).toMatchObject({ name: 'Spokane', region: 'Washington' }));
});

describe('places that are not the job\'s', () => {
  it('a place in a clause about another opening is that opening\'s', () => {
    const r = extractLocations('Neighbourhood Officer\nLocation: Bristol\nOur Bristol team works from Temple Quay. We are also advertising a separate 12-month post to cover maternity leave in our Weston-super-Mare team.');
    expect(r.location?.name).toBe('Bristol');
    expect(r.locations.find((l) => l.name === 'Weston-super-Mare')?.role).toBe('other');
  });
});

describe('a country named like a state', () => {
  it('is the state where the text\'s other places lie in it: "must reside in Georgia" beside Savannah', () => {
    const r = extractLocations('Claims Adjuster\nLocation: Remote - must reside in Georgia\nWe have offices in Savannah and Augusta.');
    expect(r.location).toMatchObject({ name: 'Georgia', country: 'US' });
  });
  it('is the country beside its own towns', () => {
    const r = extractLocations('Software Engineer\nLocation: Georgia\nOur team in Tbilisi builds payments software.');
    expect(r.locations[0]).toMatchObject({ name: 'Georgia', country: 'GE' });
  });
});
