import { extract } from '../../src';

const place = (text: string) => {
  const l = extract(text).location;
  return l && { name: l.name, city: l.city, country: l.country };
};

describe('places written in other languages', () => {
  it.each([
    ['Ingenieur\nArbeitsort: Schweiz', { name: 'Switzerland', country: 'CH' }],
    ['Ingénieur\nLieu : Allemagne', { name: 'Germany', country: 'DE' }],
    ['Entwickler\nArbeitsort: München', { city: 'Munich', country: 'DE' }],
    ['Sviluppatore\nSede: Milano', { city: 'Milan', country: 'IT' }],
    ['Ontwikkelaar\nLocatie: Den Haag', { city: 'The Hague', country: 'NL' }],
    ['Programista\nLokalizacja: Warszawa, Polska', { city: 'Warsaw', country: 'PL' }],
    ['Comptable\nLieu : Marseille', { city: 'Marseille', country: 'FR' }],
    // Arabic has no capitals: a name counts as a capitalised one does.
    ['مهندس\nالموقع: الأردن', { name: 'Jordan', country: 'JO' }],
    ['محاسب\nالموقع: الرياض، المملكة العربية السعودية', { city: 'Riyadh', country: 'SA' }],
    ['محاسب\nالمدينة: دبي', { city: 'Dubai', country: 'AE' }],
  ])('%j', (text, expected) => {
    expect(place(text)).toMatchObject(expected);
  });

  it('a city abroad is found where the pay\'s currency is shared with Ireland', () => {
    expect(place('Verpleegkundige\nLocatie: Utrecht\nSalaris: € 3.200 per maand')).toMatchObject({ city: 'Utrecht', country: 'NL' });
  });

  it('a euro is no evidence of Ireland: twenty countries pay in it', () => {
    expect(extract('Buchhalter\nArbeitsort: Eschborn\nGehalt: 45.000 € brutto pro Jahr').location?.country).not.toBe('IE');
    expect(extract('Buchhalter\nArbeitsort: Eschborn\nGehalt: 45.000 € brutto pro Jahr', { defaultCountry: 'DE' }).location).toMatchObject({ city: 'Eschborn', country: 'DE' });
  });

  it('a US town keeps its state where a city abroad has its name', () => {
    expect(place('Registered Nurse\nLocation: Florence, SC')).toMatchObject({ city: 'Florence', country: 'US' });
  });

  it('"عمان" alone is left unread: Amman to Jordanians, Oman to others', () => {
    expect(place('محاسب\nالموقع: عمان')).toBeNull();
  });
  it('Pasig in Metro Manila and Centurion in Gauteng are cities ads name with a locality or province', () => {
    expect(place('Claims Team Lead\nLocation: Ortigas Center, Pasig City')).toEqual({ name: 'Pasig City', city: 'Pasig City', country: 'PH' });
    expect(place('Site Engineer\nLocation: Centurion, Gauteng')).toEqual({ name: 'Centurion', city: 'Centurion', country: 'ZA' });
  });
  it('German "Island" (Iceland) is an English word: "Victoria Island, Lagos" is Lagos', () => {
    expect(place('Accountant\nLocation: Victoria Island, Lagos\n\nJoin our finance team.')).toEqual({ name: 'Lagos', city: 'Lagos', country: 'NG' });
    expect(extract('Accountant\nLocation: Victoria Island, Lagos').locations.map((l) => l.country)).not.toContain('IS');
  });
});

describe('the large cities of Mexico', () => {
  it.each([
    ['Oficina en Monterrey, N.L.', 'Monterrey', 'Nuevo León'],
    ['Based in Hermosillo, Sonora', 'Hermosillo', 'Sonora'],
    ['Puesto en Mérida, Yucatán', 'Mérida', 'Yucatán'],
  ])('%s', (text, name, region) => expect(extract(text).location).toMatchObject({ name, region, country: 'MX' }));
});

describe('the cities of Ireland, New Zealand, Australia and Canada a posting names alone', () => {
  it.each([
    ['Accounts Assistant\nShannon Logistics Ltd\nLimerick\nSalary: €32,000', 'Limerick', 'IE'],
    ['Site Engineer\nTui Construction Ltd\nDunedin\n$90,000 per year', 'Dunedin', 'NZ'],
    ['Nurse\nBay Health\nTauranga\n$38 per hour', 'Tauranga', 'NZ'],
    ['Analyst\nOrchard Co\nKelowna\n$70,000 per year', 'Kelowna', 'CA'],
    ['Storeperson\nSouthern Freight\nGeelong\n$32 per hour', 'Geelong', 'AU'],
  ])('%j', (text, name, country) => expect(extract(text).location).toMatchObject({ name, country }));

  it('a town and its own region, which the index holds only as the town\'s, is that town: "Christchurch, Canterbury"', () => {
    expect(extract('Site Engineer\nTui Construction Ltd\nChristchurch, Canterbury\n$90,000 per year').location).toMatchObject({ name: 'Christchurch', country: 'NZ' });
    expect(extract('Site Engineer\nTui Construction Ltd\nChristchurch, Canterbury\n$90,000 per year').salary?.currency).toBe('NZD');
    expect(extract('Our office in Christchurch, Dorset').location).toMatchObject({ name: 'Christchurch', country: 'GB' });
  });
});

describe('a locality and its city, a city and its region and country', () => {
  it.each([
    // A locality of a major city abroad that the index lacks is no namesake town elsewhere.
    ['Engineer\nAcme Corp\nWhitefield, Bangalore\n\nWe build things.', 'Bengaluru', 'IN'],
    ['Engineer\nAcme Corp\nCentral, Hong Kong\n\nWe build things.', 'Central', 'HK'],
  ])('%j', (text, name, country) => expect(extract(text).location).toMatchObject({ name, country }));

  it('a region the index holds only as the town\'s joins the country to the town: "Pune, Maharashtra, India" is one place', () => {
    expect(extract('Engineer\nAcme Corp\nPune, Maharashtra, India\n\nWe build things.').locations.map((l) => l.name)).toEqual(['Pune']);
  });

  it.each([
    ['Ejecutivo de Ventas\nFabrikam México\nMonterrey, Nuevo León\nTiempo completo', 'Monterrey, Nuevo León'],
    ['Sales Executive\nLocation: Monterrey, Nuevo Leon, Mexico', 'Monterrey, Nuevo Leon, Mexico'],
    ['Sales Executive\nLocation: Monterrey, Nuevo León 64000', 'Monterrey, Nuevo León'],
  ])('a town\'s own region whose words name other places ("Nuevo", "León") is one place with it: %j', (text, written) => {
    expect(extract(text).locations.map((l) => [l.name, l.region, l.text])).toEqual([['Monterrey', 'Nuevo León', written]]);
  });

  it.each([
    // Seek's New Zealand places: a suburb or the centre, then the region GeoNames names with its kind.
    ['Site Engineer\nTui Construction Ltd\nChristchurch Central, Canterbury\n\n$90,000 per year', 'Christchurch', 'NZ'],
    ['Nurse\nHutt Health\nLower Hutt, Wellington\n\nJoin us.', 'Lower Hutt', 'NZ'],
  ])('%j', (text, name, country) => {
    expect(extract(text).locations.map((l) => [l.name, l.country])).toEqual([[name, country]]);
  });

  it('a list of cities is no locality and its city: "Sydney, Melbourne, Auckland"', () => {
    expect(extract('Offices in Sydney, Melbourne, Auckland and London.').locations.map((l) => l.country)).toContain('AU');
    expect(extract('Offices in Sydney, Melbourne, Auckland and London.').locations.map((l) => l.name)).toContain('Melbourne');
  });
});

describe('the pay names the country of a town shared with the UK', () => {
  it.each([
    ['Nurse\nCapital Care\nWellington\nNZ$38 per hour', 'Wellington', 'NZ'],
    ['Nurse\nCapital Care\nWellington\n$38 per hour + KiwiSaver', 'Wellington', 'NZ'],
    ['Nurse\nHunter Health\nNewcastle\n$38 per hour + super', 'Newcastle', 'AU'],
    ['Nurse\nLakeshore Care\nHamilton\nC$38 per hour', 'Hamilton', 'CA'],
  ])('%j', (text, name, country) => expect(extract(text).location).toMatchObject({ name, country }));
});

