import { extract } from '../../src';

const place = (text: string) => {
  const l = extract(text).location;
  return l && { city: l.city, region: l.region, country: l.country };
};

describe('towns beyond the UK and the US', () => {
  it('a province seat named without the division word GeoNames adds ("Machakos" of Machakos County)', () => {
    expect(place('Production Supervisor\nLocation: Athi River, Machakos')).toEqual({ city: 'Machakos', region: 'Machakos County', country: 'KE' });
    expect(place('Administrative Assistant\nProseware Ltd\nKwun Tong, Hong Kong')).toMatchObject({ city: 'Kwun Tong', country: 'HK' });
    // A city-state named alone is its city too ("Hong Kong", which ICU calls "Hong Kong SAR China").
    expect(place('Administrative Assistant\nLocation: Hong Kong')).toMatchObject({ city: 'Hong Kong', country: 'HK' });
    expect(place('Administrative Assistant\nLocation: Singapore')).toMatchObject({ city: 'Singapore', country: 'SG' });
  });
  it("South Africa's provincial cities and Gauteng's large towns: Rustenburg is in North West, South Africa", () => {
    expect(place('Electrical Engineer\nContoso Mining\nRustenburg, North West')).toEqual({ city: 'Rustenburg', region: 'North West', country: 'ZA' });
    expect(place('Electrical Engineer\nLocation: Polokwane')).toMatchObject({ city: 'Polokwane', country: 'ZA' });
  });
  it('Aarhus, as the city writes itself now (GeoNames keeps "Århus", still read)', () => {
    expect(place('Lagermedarbejder\nFabrikam A/S\nAarhus, Denmark')).toMatchObject({ city: 'Aarhus', country: 'DK' });
    expect(place('Lagermedarbejder\nArbejdssted: Århus')).toMatchObject({ city: 'Aarhus', country: 'DK' });
  });
  it("the Nordic countries' regional cities, named alone as their postings name them", () => {
    expect(place('Lagermedarbejder\nFabrikam A/S\nArbejdssted: Kolding')).toMatchObject({ city: 'Kolding', country: 'DK' });
    expect(place('Fastighetstekniker\nOrt: Gävle')).toMatchObject({ city: 'Gävle', country: 'SE' });
    expect(place('Regnskapsmedarbeider\nArbeidssted: Tromsø')).toMatchObject({ city: 'Tromsø', country: 'NO' });
    expect(place('Asiakaspalveluneuvoja\nSijainti: Jyväskylä')).toMatchObject({ city: 'Jyväskylä', country: 'FI' });
  });
  it('a district of a city-state lies in its city: "Raffles Place, Singapore" is Singapore', () => {
    expect(place('Procurement Officer\nLocation: Raffles Place, Singapore')).toEqual({ city: 'Singapore', region: null, country: 'SG' });
    expect(extract('Procurement Officer\nLocation: Raffles Place, Singapore').location?.name).toBe('Raffles Place');
    expect(place('Accounts Clerk\nLocation: Nugegoda, Sri Lanka')).toMatchObject({ city: 'Nugegoda', country: 'LK' });
  });
  it('Metro Manila is the region, as postings name it: "Taguig, Metro Manila" is Taguig, with text after it on the line', () => {
    expect(place('Customer Support Associate\nTaguig, Metro Manila, Philippines Remote Full time')).toEqual({ city: 'Taguig', region: 'Metro Manila', country: 'PH' });
    expect(place('Project Coordinator\nLocation: Makati')).toEqual({ city: 'Makati City', region: 'Metro Manila', country: 'PH' });
  });
  it('a town the gazetteer lacks, its province and its country on one line: the province as written', () => {
    expect(place('Mechanical Design Engineer\nLocation: Bayan Lepas, Penang, Malaysia')).toEqual({ city: 'Bayan Lepas', region: 'Penang', country: 'MY' });
    expect(place('Production Supervisor\nLocation: Athi River, Machakos, Kenya')).toMatchObject({ city: 'Machakos', country: 'KE' });
  });
  it('a letter after a town and its postcode is the postal district, not a numeral: "8210 Aarhus V" is Aarhus', () => {
    expect(place('Lagermedarbejder\nFabrikam A/S\n8210 Aarhus V\nFuldtid')).toMatchObject({ city: 'Aarhus', country: 'DK' });
    expect(extract('Our Basel III reporting team').locations).toEqual([]);
  });
  it('"North West" is South Africa\'s province where South Africa qualifies it, else the UK region', () => {
    expect(place('Mine Surveyor\nLocation: North West, South Africa')).toEqual({ city: null, region: 'North West', country: 'ZA' });
    expect(place('Area Sales Manager\nLocation: North West')).toMatchObject({ country: 'GB' });
  });
  it('a town the gazetteer lacks, qualified by its province: "Umhlanga, KwaZulu-Natal"', () => {
    expect(place('Claims Assessor\nLocation: Umhlanga, KwaZulu-Natal')).toEqual({ city: 'Umhlanga', region: 'KwaZulu-Natal', country: 'ZA' });
    expect(place('Financial Analyst\nLocation: Sandton, Gauteng')).toEqual({ city: 'Sandton', region: 'Gauteng', country: 'ZA' });
    expect(place('Support Worker\nLocation: Remote, Ontario')).toMatchObject({ city: null, region: 'Ontario' });
  });
  it('"KwaZulu-Natal" is not two words run together (as "United StatesCanada" is)', () => {
    expect(place('Claims Assessor\nLocation: KwaZulu-Natal')).toEqual({ city: null, region: 'KwaZulu-Natal', country: 'ZA' });
    expect(extract('Night Shift Engineer  SouthWest  Permanent').locations.map((l) => l.name)).toEqual(['South West']);
  });
  it('Dublin with its postal district after the employer\'s name: "Contoso Private Hospital, Dublin 4"', () => {
    expect(place('Staff Nurse - Theatre\nContoso Private Hospital, Dublin 4\nSalary: €38,000 - €52,000')).toMatchObject({ city: 'Dublin', country: 'IE' });
  });
});

describe("the big job-market cities abroad, named alone", () => {
  it('León is the Mexican city of 1.7 million, not Leon, Iowa; Querétaro the state capital, not a hamlet in Chiapas', () => {
    expect(place('Supervisor de Producción\nLocation: Leon')).toEqual({ city: 'León', region: 'Guanajuato', country: 'MX' });
    expect(place('Supervisor de Producción\nLocation: León, Guanajuato')).toEqual({ city: 'León', region: 'Guanajuato', country: 'MX' });
    expect(place('Ingeniero de Calidad\nLocation: Querétaro')).toEqual({ city: 'Querétaro', region: 'Querétaro', country: 'MX' });
  });
  it('the second cities of Latin America: Cali, Córdoba, Fortaleza, Campinas', () => {
    expect(place('Analista Contable\nLocation: Cali')).toMatchObject({ city: 'Cali', country: 'CO' });
    expect(place('Analista Contable\nLocation: Córdoba')).toMatchObject({ city: 'Córdoba', country: 'AR' });
    expect(place('Vendedor\nLocation: Fortaleza')).toMatchObject({ city: 'Fortaleza', country: 'BR' });
    expect(place('Vendedor\nLocation: Campinas, São Paulo')).toEqual({ city: 'Campinas', region: 'São Paulo', country: 'BR' });
  });
  it('a city that is also a name or a word, where a place cue says it is one: "Location: Salvador, Bahia", "Location: Split"', () => {
    expect(place('Vendedor\nLocation: Salvador, Bahia')).toEqual({ city: 'Salvador', region: 'Bahia', country: 'BR' });
    expect(place('Receptionist\nLocation: Split')).toMatchObject({ city: 'Split', country: 'HR' });
  });
  it('Europe\'s and Asia\'s second cities, as the city writes itself now: Thessaloniki, Iași, Chattogram', () => {
    expect(place('Accountant\nLocation: Thessaloniki')).toMatchObject({ city: 'Thessaloniki', country: 'GR' });
    expect(place('Developer\nLocation: Iasi')).toMatchObject({ city: 'Iași', country: 'RO' });
    expect(place('Sales Executive\nLocation: Chittagong')).toMatchObject({ city: 'Chattogram', country: 'BD' });
  });
  it('the English, older and short names of cities abroad: Ghent, Kiev, Saigon, Xian, Tucumán', () => {
    expect(place('Accountant\nLocation: Ghent')).toMatchObject({ city: 'Gent', country: 'BE' });
    expect(place('QA Engineer\nLocation: Kiev')).toMatchObject({ city: 'Kyiv', country: 'UA' });
    expect(place('QA Engineer\nLocation: Saigon')).toMatchObject({ city: 'Ho Chi Minh City', country: 'VN' });
    expect(place('QA Engineer\nLocation: Xian')).toMatchObject({ city: "Xi'an", country: 'CN' });
    expect(place('Analista\nLocation: Tucumán')).toMatchObject({ city: 'San Miguel de Tucumán', country: 'AR' });
  });
  it.each([
    ['Field officers based in Myanmar (Burma).', 'Myanmar'],
    ['Analyst\nLocation: Hong Kong SAR China', 'Hong Kong'],
    ['Analyst\nLocation: Bosnia & Herzegovina', 'Bosnia and Herzegovina'],
    ['Analyst\nLocation: DR Congo', 'Democratic Republic of the Congo'],
  ])("a country is named as postings name it, not as ICU's note: %j", (text, name) => expect(extract(text).location?.name).toBe(name));
  it.each([
    ['Engineer\nLocation: Turkey', 'TR'],
    ['Our team in Turkey is growing.', 'TR'],
    ['Sales Manager\nLocation: KSA', 'SA'],
    ['Analyst\nLocation: Ivory Coast', 'CI'],
    ['Analyst\nLocation: DRC', 'CD'],
    ['Analyst\nLocation: Bosnia and Herzegovina', 'BA'],
    ['Teams in the U.S., Canada, the U.K., Jordan and Australia.', 'US'],
  ])('a country by the name postings use, where ICU names it otherwise: %j', (text, country) => {
    const r = extract(text);
    expect(r.location?.country).toBe(country);
    if (text.includes('Jordan')) expect(r.locations.map((l) => l.country)).toContain('JO');
  });
  it.each([
    ['Engineer\nLocation: Dar es Salaam', 'Dar es Salaam', 'TZ'],
    ['Engineer\nLocation: Mar del Plata, Argentina', 'Mar del Plata', 'AR'],
    ['Engineer\nLocation: São José dos Campos', 'São José dos Campos', 'BR'],
    ['Engineer\nLocation: Frankfurt am Main', 'Frankfurt am Main', 'DE'],
    ["Engineer\nLocation: Xi'an, China", "Xi'an", 'CN'],
    ["Engineer\nLocation: Coeur d'Alene, ID", "Coeur d'Alene", 'US'],
  ])('a name with small words or an elided article in lower case inside it: %j', (text, city, country) =>
    expect(place(text)).toMatchObject({ city, country }),
  );
  it('a capital GeoNames keeps only as its province\'s seat is a major city: named after a job title, it is the place', () => {
    expect(place('Account Manager - Busan')).toMatchObject({ city: 'Busan', country: 'KR' });
    expect(place('Account Manager\nHarare\nFull time')).toMatchObject({ city: 'Harare', country: 'ZW' });
  });
});
