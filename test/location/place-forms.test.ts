import { extract } from '../../src';

const primary = (input: Parameters<typeof extract>[0]) => {
  const l = extract(input).location;
  return l && [l.name, l.region, l.country];
};

describe('place forms of pages and feeds', () => {
  test.each([
    ['Location: Round Rock, TX 78664\nWe are hiring.', ['Round Rock', 'Texas', 'US']],
    ['Location: US-TX-Round Rock\nWe are hiring.', ['Round Rock', 'Texas', 'US']],
    ['Location: US-OR-Portland\nWe are hiring.', ['Portland', 'Oregon', 'US']],
    ['Location: United States, Oregon, Portland\nWe are hiring.', ['Portland', 'Oregon', 'US']],
    ['Our team sits in Portland-OR and Salem-OR.', ['Portland', 'Oregon', 'US']],
    ['Location: Austin (TX)\nWe are hiring.', ['Austin', 'Texas', 'US']],
    ['Location: Washington, D.C.\nWe are hiring.', ['Washington', 'District of Columbia', 'US']],
    ['Location: New York, New York\nWe are hiring.', ['New York City', 'New York', 'US']],
    ['Location: Ft. Lauderdale, FL\nWe are hiring.', ['Fort Lauderdale', 'Florida', 'US']],
    ['Location: Mt. Laurel, NJ\nWe are hiring.', ['Mount Laurel', 'New Jersey', 'US']],
    // A town the gazetteer does not know, written with its state code, gives the state.
    ['Pay $30 an hour at our organization.\nLocation: Pine Hollow Acres, CA 95540\nWe are hiring.', ['California', 'California', 'US']],
    // The town written with its state, after the institution's name, over a word of the name that is a town too.
    ['Title: Research Nurse\nLocation: Fabrikam University Medical Center - Nashville, TN\nPay: $30 an hour', ['Nashville', 'Tennessee', 'US']],
  ])('%s', (text, expected) => expect(primary(text)).toEqual(expected));

  test.each([
    ['Warehouse Picker\nNorthwind Logistics\nDandenong South VIC 3175\nPick and pack orders.', ['Dandenong South', 'Victoria', 'AU'], 'Dandenong South VIC'],
    ['Line Cook\nContoso Grill\nPortland West, OR\nCook our menu.', ['Portland West', 'Oregon', 'US'], 'Portland West, OR'],
  ])('a suburb named for its town and a point of the compass, before its state: %j', (text, expected, written) => {
    const l = extract(text).location;
    expect([l?.name, l?.region, l?.country]).toEqual(expected);
    expect(l?.city).toBe(expected[0]);
    expect(text.slice(l!.start, l!.end)).toBe(written);
  });

  test('a town and a point of the compass with no state after it stays the town: "London East"', () => {
    expect(primary('Driver\nContoso\nLondon East\nDeliver parcels.')).toEqual(['London', null, 'GB']);
  });

  test('a time zone is no place: "Remote (must be based in Eastern or Central time zone)"', () => {
    const r = extract('Senior Accountant\nLocation: Remote (must be based in Eastern or Central time zone)\nPay: $85,000 - $100,000 per year');
    expect(r.locations.map((l) => l.name)).toEqual([]);
  });

  test('a label on the line above, and the way of working before the place: "Location:\\nRemote (Dayton, OH)"', () => {
    const text = 'Pay $30 an hour at our organization.\nHeadquarters:\nBoston, MA\nLocation:\nRemote (Dayton, OH)';
    expect(primary(text)).toEqual(['Dayton', 'Ohio', 'US']);
    expect(extract(text).locations.find((l) => l.name === 'Boston')?.role).toBe('headquarters');
    expect(primary('Pay $30 an hour at our organization. Location: Hybrid in Akron, OH. Headquarters: Boston, MA.')).toEqual(['Akron', 'Ohio', 'US']);
  });

  test('"Place of work:" and "Workplace:" run into a line give the place of work, a town whose name is a word too', () => {
    expect(primary('Barista for our busy cafe team, full time hours. Place of work: Reading Salary £24,000 per year')).toEqual(['Reading', 'Berkshire', 'GB']);
    expect(primary('Support worker, days and nights. Workplace: Bath Pay £12 per hour.')?.[0]).toBe('Bath');
  });

  test('a "Work Location:" label gives the place of work', () => {
    expect(primary({ title: 'Payroll Clerk - US', text: 'Work Location:\n\nDover, Delaware\n\nJoin our team.' })).toEqual(['Dover', 'Delaware', 'US']);
  });

  test('a country wins over a small town of its name', () => {
    expect(extract('Pay $30 an hour. We also hire in Jordan.').locations.map((l) => l.name)).toContain('Jordan');
    expect(extract('Pay $30 an hour. We also hire in Jordan.').locations[0].country).toBe('JO');
  });

  test('places run together in scraped text: "Remote (United StatesCanada)"', () => {
    expect(extract('Data Engineer\nRemote (United StatesCanada)\nFull Time').locations.map((l) => l.name)).toEqual(['United States', 'Canada']);
    expect(primary('Pay $90,000 a year. Sales ManagerDenver, CO 80202')).toEqual(['Denver', 'Colorado', 'US']);
  });

  test('a town whose name has a capital inside stays whole: "McAllen, TX"', () => {
    expect(primary('Pay $20 an hour. Location: McAllen, TX')).toEqual(['McAllen', 'Texas', 'US']);
  });

  test('a longer name not written as a name falls back to the shorter one: "Washington state"', () => {
    expect(primary('Pay $30 an hour at our organization. Open to candidates located in Washington state.')).toEqual(['Washington', 'Washington', 'US']);
  });

  test('a ZIP code alone in a location field gives its state', () => {
    const l = extract('Location: 02886\nWe are hiring.').location;
    expect(l).toMatchObject({ name: 'Rhode Island', country: 'US', postcode: '02886', reason: 'location/zip' });
  });

  test('a ZIP code in the text is no place', () => expect(extract('Order number 02886 has shipped.').locations).toEqual([]));

  test('"Multiple locations" names no place', () => expect(extract('Location: Multiple locations').locations).toEqual([]));

  test('a state named with its own code is its city', () => {
    expect(primary('Location: New York, NY\nWe are hiring.')).toEqual(['New York City', 'New York', 'US']);
  });
});

describe('headquarters and workplace', () => {
  test('a stated workplace wins over the headquarters', () => {
    expect(primary('Headquartered in Denver, Colorado, we are hiring for our Boise, Idaho office.')?.[0]).toBe('Boise');
  });
  test('the employer\'s corporate or registered office is its headquarters', () => {
    expect(primary('Accounts Payable Clerk. Full-time. $45,000 a year. Location Boise, ID. Our corporate office in Salt Lake City, UT supports 40 stores.')?.[0]).toBe('Boise');
    expect(primary('Contoso Ltd in Hull is hiring a recruiter. Our registered office is in Norwich. Salary £24,000.')?.[0]).toBe('Kingston upon Hull');
  });
  test('a run-on header takes no headquarters for the job\'s place', () => {
    const text = 'Field Service Technician Brightline Elevator Co. Headquartered in Atlanta, GA, Brightline services elevators across the Southeast. This position is based out of our Nashville, TN branch. Pay: $28-$34/hr.';
    expect(primary(text)).toEqual(['Nashville', 'Tennessee', 'US']);
  });
  test('a headquarters counts like any other place when no workplace is stated', () => {
    expect(primary('Pay $30 an hour. Our headquarters is in Boise, Idaho. We sell in Texas.')?.[0]).toBe('Boise');
  });
});

describe('a town at the end of a title', () => {
  test.each([
    ['Barista Reading', 'Reading'],
    ['Chef Job Bath', 'Bath'],
    ['Warehouse Operative Rugby', 'Rugby'],
    // The short names ads use for towns GeoNames names in full (dictionaries/places/town-aliases.json).
    ['Kitchen Porter Hull', 'Kingston upon Hull'],
    ['Kitchen Porter Newcastle', 'Newcastle upon Tyne'],
    ['Kitchen Porter Burton', 'Burton upon Trent'],
    ['Kitchen Porter Burton-on-Trent', 'Burton upon Trent'],
    ['Kitchen Porter Stoke', 'Stoke-on-Trent'],
    ['Kitchen Porter Southend', 'Southend-on-Sea'],
    ['Kitchen Porter Hemel', 'Hemel Hempstead'],
    ['Kitchen Porter Lytham', 'Lytham St Annes'],
  ])('%s', (title, town) => expect(primary({ title, text: 'Join a friendly team.' })?.[0]).toBe(town));

  test.each([
    ['Barista Reading', 'Reading'],
    ['Chef Job Bath', 'Bath'],
    ['Warehouse Operative Rugby', 'Rugby'],
  ])('the title given alone as a string: "%s"', (title, town) => {
    const r = extract(title);
    expect(r.title?.text).toBe(title);
    expect(r.location?.name).toBe(town);
  });

  test('a line alone that is no title keeps the word: "Good at Reading", "Marketing Reading"', () => {
    expect(extract('Good at Reading').location).toBeNull();
    expect(extract('Marketing Reading').location).toBeNull();
  });

  test('a place in brackets closing the title, also a name that is a given name too: "Line Cook (Austin)"', () => {
    expect(primary('Line Cook Wanted (Austin)\nPay $17 an hour at our diner.')).toEqual(['Austin', 'Texas', 'US']);
    expect(extract('Team Lead (Chase Team)\nJoin us.').location).toBeNull();
  });

  test('a small town abroad, when the posting names the state it lies in: "Registered Nurse - Nights - Kalispell"', () => {
    expect(primary({ title: 'Registered Nurse - Nights - Kalispell', text: 'Pay $42 an hour at a regional hospital in northwest Montana.' })).toEqual(['Kalispell', 'Montana', 'US']);
    // Without the state, a small town abroad needs its qualifier.
    expect(primary({ title: 'Registered Nurse - Nights - Kalispell', text: 'Pay $42 an hour at a regional hospital.' })?.[0]).not.toBe('Kalispell');
  });

  test.each(['Head of Sale', 'Reading Specialist Teacher', 'Sales Opportunity'])('%s names no place', (title) =>
    expect(extract({ title, text: 'Join a friendly team.' }).location).toBeNull(),
  );

  test('a word that opens the title and that the text writes in lower case is part of the job: "Stock Controller"', () => {
    expect(extract({ title: 'Stock Controller', text: 'You will count stock and check deliveries.' }).location).toBeNull();
    // A town the text never writes in lower case stays a place.
    expect(primary({ title: 'Welwyn Chef de Partie', text: 'A busy kitchen; chefs stock the pass.' })?.[0]).toBe('Welwyn');
  });
});

describe('places named as context are not the workplace', () => {
  test('a city that names a law ("the Oakland Fair Chance Ordinance") comes after the place of work', () => {
    const text = 'Pay $70,000 - $80,000 a year. You will join our team in Tucson, Arizona.\nPursuant to the Oakland Fair Chance Ordinance and the Colorado Equal Pay for Equal Work Act, we consider all applicants.';
    expect(primary(text)?.[0]).toBe('Tucson');
    const law = extract(text).locations.find((l) => l.name === 'Oakland');
    expect(law).toMatchObject({ role: 'other', reason: 'location/law-name' });
  });

  test('a law named after the only place in the text still gives that place', () => {
    expect(primary('Pay $25 an hour. The Colorado Equal Pay for Equal Work Act requires us to state pay.')?.[0]).toBe('Colorado');
  });

  test('"a Bristol Law Firm" is a place like any other', () => {
    expect(extract('Join a leading Bristol Law Firm as a trainee.').locations[0]).toMatchObject({ name: 'Bristol', reason: 'location/name' });
  });

  test('a compass word is no town without a cue: "projects in the West and Midwest regions"', () => {
    const text = 'Pay $90,000 a year. You will work remotely from Omaha and travel to projects in the West and Midwest regions.';
    const result = extract(text, { defaultCountry: 'US' });
    expect(result.locations.map((l) => l.name)).not.toContain('West');
    expect(result.location).toMatchObject({ name: 'Omaha', region: 'Nebraska', reason: 'location/cue-lives-near' });
  });

  test.each([
    // A bigger place nearby says where the workplace is; it is not the workplace.
    ['Pay $20 an hour. Our warehouse in Golden, CO is just minutes from Denver, Colorado.', 'Golden'],
    ['Pay $20 an hour. A short drive from Boston, our lab sits in Woburn, MA.', 'Woburn'],
    // The company's several offices are no place of this job; the place stated for the role is.
    ['Pay $60,000 a year. We have offices in Chicago, Boston and Seattle. This role is based in Denver.', 'Denver'],
    ['Pay $60,000 a year. Join our team in Hoboken. We are a firm with offices in New York, London and Paris.', 'Hoboken'],
    ['Pay $60,000 a year. This fully remote role is open to candidates anywhere in the United States. Our offices are in Seattle, WA and New York, NY.', 'United States'],
    // Also where each is written with its state or country.
    ['Pay $60,000 a year. This role is hybrid, 3 days a week in our Princeton office. Contoso has sites in Boston, MA, San Diego, CA and Basel, Switzerland.', 'Princeton'],
    // The company's other offices, where it was founded, where the job travels to.
    ['Pay $60,000 a year. We also have offices in Austin. You will work from our Tulsa, OK branch.', 'Tulsa'],
    ['Pay $60,000 a year. Founded in Columbus, Ohio, we are hiring a nurse for our Dayton, OH clinic.', 'Dayton'],
    ['Pay $60,000 a year. Occasional travel to Chicago, Illinois. Our team works in Peoria, IL.', 'Peoria'],
    // The sites the company says it has.
    ['Retail Store Manager Bozeman, MT Salary: $58,000 a year. Tailspin operates 60 stores in the Mountain West, with a distribution center in Denver, CO.', 'Bozeman'],
    ['Machinist, Dayton, OH. Pay $25 an hour. Fabrikam has two plants in Toledo, OH and a warehouse in Akron.', 'Dayton'],
    // The last of a list of them, named with an article: "... and a representative office in London".
    ['Credit Analyst\nContoso Bank\nSingapore 048622\nPay SGD 8,000 a month.\nThe bank has branches in Jakarta and Manila and a representative office in London.', 'Singapore'],
    // The places a pay law covers are no place of the job.
    ['Pay $60,000 a year. For applicants in New York, California or Colorado, the salary range is $60,000 - $80,000. Our store is in Tampa, FL.', 'Tampa'],
    ['Wingtip Insurance is hiring a Claims Adjuster in Omaha, NE. Salary: $52,000 - $60,000 per year. Colorado residents: the pay range for this role in Colorado is $55,000 - $63,000.', 'Omaha'],
  ])('%s', (text, town) => expect(primary(text)?.[0]).toBe(town));

  test('a list of states on a line about pay is where a pay law applies: "Locations: California; Colorado; Hawaii"', () => {
    const text = 'Pay $90,000 a year at our organization, a leader in Ohio.\nThe salary range in these places is $90,000 - $99,000 Locations: California; Colorado; Hawaii; Washington State; Jersey City, NJ';
    expect(primary(text)).toEqual(['Ohio', 'Ohio', 'US']);
  });

  test('one office named alone is still the workplace: "our offices in Leeds"', () => {
    expect(extract('Join us at our offices in Leeds. We also sell across the UK.').location).toMatchObject({ name: 'Leeds', role: 'workplace' });
  });

  test('a place nearby is kept when nothing more specific is named: "just outside of Oxford", "50 miles from Omaha, NE"', () => {
    expect(primary('A pub located just outside of Oxford needs a chef. All applicants must be eligible to work in the United Kingdom.')?.[0]).toBe('Oxford');
    const text = 'Pay $70,000 a year. Three office days a week; remote only if you live more than 50 miles from Omaha, NE. You must be authorized to work in the United States.';
    expect(primary(text)?.[0]).toBe('Omaha');
  });

  test('towns "nearby" the workplace are context; where the worker lives "nearby" is the workplace', () => {
    expect(primary('We care for yards in Round Rock, TX and nearby Georgetown and Pflugerville.')?.[0]).toBe('Round Rock');
    expect(primary('Cashier wanted. You must live nearby Boise.')?.[0]).toBe('Boise');
  });

  test('where the worker must live is no pay law: "available only to candidates located in Ohio"', () => {
    const l = extract('Pay $25 an hour. This remote role is available only to candidates located in Ohio.').location;
    expect(l).toMatchObject({ name: 'Ohio', role: 'workplace' });
  });

  test('a remote role in a country narrows to the one town named, its headquarters: "Remote (US)"', () => {
    const l = extract({ title: 'Support Representative, Remote (US)', text: 'Pay $20 an hour. You may travel to our headquarters in Denver, Colorado.' }).location;
    expect(l).toMatchObject({ name: 'Denver', region: 'Colorado', country: 'US' });
  });

  test('a street address given as where the work is: "located at 12 Main Street, Akron, OH 44308"', () => {
    const text = 'Pay $30 an hour. Next year the team moves to our new office in Parma, Ohio. Until then the role sits in our lab, located at 12 Main Street, Akron, OH 44308.';
    expect(primary(text)?.[0]).toBe('Akron');
  });

  test('a postal address is the workplace over a town named alone: "Cleveland, OH 44113"', () => {
    expect(primary('Pay $30 an hour. Founded in Akron, Ohio in 1950, we now work from 601 Canal Road, Cleveland, OH 44113.')?.[0]).toBe('Cleveland');
  });

  test('"Johnson County, KS" is a county in Kansas, not the town of Johnson', () => {
    const l = extract('Pay $30 an hour. A remote opportunity in the Johnson County, KS area.').location;
    expect(l).toMatchObject({ name: 'Kansas', region: 'Kansas', country: 'US', text: 'Johnson County, KS' });
  });

  test('"Johnson County" without its state names no town', () => {
    expect(extract('Pay $30 an hour. We serve families across Johnson County.').locations.map((l) => l.name)).not.toContain('Johnson');
  });
});

describe('where the worker lives or works from', () => {
  test.each([
    ['The ideal candidate would reside in or near Pittsburgh, PA. Our head office is in Columbus, Ohio.', 'Pittsburgh'],
    ['Our client is hiring in the Pittsburgh metro area. The company was founded in Columbus, Ohio.', 'Pittsburgh'],
    ['Merchandising visits in the Leeds area. We also have a Manchester office.', 'Leeds'],
    ['Applicants must live within commuting distance of Leeds. We also have a Manchester office.', 'Leeds'],
  ])('%s', (text, town) => {
    const l = extract(text).location;
    expect(l?.name).toBe(town);
    expect(l?.role).toBe('workplace');
  });
});

describe("an employer's story is no workplace, its standing is", () => {
  const roles = (text: string) => extract(text).locations.map((l) => [l.name, l.role]);
  test('"an established firm in Birmingham" is where the job is, not where a firm was founded', () =>
    expect(extract('Sales consultants for a well established firm in Birmingham. Pay £25,000.').location?.reason).not.toBe('location/cue-elsewhere'));
  test('"have established offices in Houston" are other offices', () =>
    expect(roles('A consultancy based in Woking that have established offices in Houston.')).toEqual([['Woking', 'workplace'], ['Houston', 'other']]));
});

describe('the employer in a town: "a law firm in Hermosa Beach"', () => {
  test.each([
    ['A boutique law firm in Hermosa Beach seeks a paralegal.', 'Hermosa Beach'],
    ["A family-owned restaurant in Coeur d'Alene is hiring servers.", "Coeur d'Alene"],
    ['Our client, a growing company in Fort Collins, needs a bookkeeper.', 'Fort Collins'],
  ])('%s', (text, town) => expect(extract(text).location).toMatchObject({ name: town, role: 'workplace' }));
});

describe('a US state code alone after a workplace cue', () => {
  test('"working remotely from WV" gives West Virginia in a US posting', () => {
    const l = extract('Pay $95,000 a year. A remote role working remotely from WV for a nonprofit.', { defaultCountry: 'US' }).location;
    expect(l).toMatchObject({ name: 'West Virginia', region: 'West Virginia', text: 'WV', reason: 'location/state-code' });
  });

  test('"based in TX" gives Texas, a lower-case word gives nothing', () => {
    expect(extract('Our analysts are based in TX.', { defaultCountry: 'US' }).location?.name).toBe('Texas');
    expect(extract('Our analysts are based in ok shape.', { defaultCountry: 'US' }).location).toBeNull();
  });

  test('outside US postings a code is no state: "based in the NE"', () => {
    expect(extract('Engineers based in NE England.', { defaultCountry: 'GB' }).locations.map((l) => l.name)).not.toContain('Nebraska');
  });
});

describe('a place name never runs across a list separator', () => {
  test.each([
    // Not "Cardiff South", a suburb in New South Wales.
    ['Porter wanted for our hotel in Cardiff, South Wales.', 'Cardiff'],
    ['Location: Cardiff - South Wales\nWe are hiring.', 'Cardiff'],
  ])('%s', (text, town) => expect(extract(text).location?.name).toBe(town));

  test('"South East / London" is two places, not South East London', () => {
    expect(extract('Account Manager, South East / London, £30k').locations.map((l) => l.name)).toEqual(['South East', 'London']);
  });

  test('"&" still joins a name: "Tyne & Wear", "Trinidad & Tobago"', () => {
    expect(extract('Drivers based in Tyne & Wear.').location?.name).toBe('Tyne and Wear');
    expect(extract('Engineers based in Trinidad & Tobago.').location?.country).toBe('TT');
  });

  test('a country with its other name in brackets: "Myanmar (Burma)"', () => {
    expect(extract('Field officers based in Myanmar (Burma).').location?.country).toBe('MM');
  });
});

describe('a country code before a town says which town of the name', () => {
  const inUS = (text: string) => {
    const l = extract(text, { defaultCountry: 'US' }).locations.find((p) => p.name === 'Warsaw' || p.name === 'Birmingham' || p.name === 'Pacific');
    return l && [l.name, l.country];
  };
  test.each([
    ['Pay $60,000 a year.\nLocation: PL, Warsaw\nApply today.', ['Warsaw', 'PL']],
    ['Pay $60,000 a year. Offices: PL - Warsaw; US - Boston', ['Warsaw', 'PL']],
    ['Pay $60,000 a year.\nSites: UK, Birmingham (hybrid)', ['Birmingham', 'GB']],
  ])('%s', (text, expected) => expect(inUS(text)).toEqual(expected));

  test('the code qualifies only a town that ends the item: "US - Pacific Northwest" is no town of Pacific', () => {
    expect(inUS('Pay $60,000 a year. Territory: US - Pacific Northwest and Rockies.')).toBeUndefined();
  });

  test('the code is part of the place: "MA - Boston" gives no Master of Arts, "AR - Bentonville" no accounts receivable', () => {
    const r = extract('Data Engineer\nLocations: AR - Bentonville, MA - Boston, MD - Baltimore\nBuild our pipelines.');
    expect(r.locations.map((l) => l.text)).toEqual(['AR - Bentonville', 'MA - Boston', 'MD - Baltimore']);
    expect(r.education).toEqual([]);
    expect(r.skills.map((s) => s.id)).not.toContain('accounts-receivable');
  });

  test('a state code still comes first: "US-AL-Birmingham"', () => {
    expect(extract('Location: US-AL-Birmingham', { defaultCountry: 'GB' }).location).toMatchObject({ name: 'Birmingham', region: 'Alabama' });
  });
});

describe('British and Irish "St" towns', () => {
  it('are named as the towns write them, and read in either spelling', () => {
    expect(primary('Based in Saint Neots, Cambridgeshire.')?.[0]).toBe('St Neots');
    expect(primary('Based in St. Neots.')?.[0]).toBe('St Neots');
  });

  it('"Royal" towns are named as Royal Mail writes them, and read with or without it', () => {
    expect(primary('Care Assistant\nLocation: Royal Tunbridge Wells, Kent\nCare for residents.')).toEqual(['Tunbridge Wells', 'Kent', 'GB']);
    expect(primary({ title: 'Care Assistant - Tunbridge Wells', text: 'Care for residents. £11.50 an hour.' })).toEqual(['Tunbridge Wells', 'Kent', 'GB']);
    expect(primary('Chef based in Royal Leamington Spa. £28,000.')).toEqual(['Leamington Spa', 'Warwickshire', 'GB']);
  });
});

describe('business cities under their local names and their old ones', () => {
  it.each([
    ['Location: Bangalore, Karnataka', 'Bengaluru'],
    ['Location: Bengaluru', 'Bengaluru'],
    ['Location: Gurgaon, Haryana', 'Gurugram'],
    ['Location: Noida', 'Noida'],
    ['Location: Ciudad de México', 'Mexico City'],
    ['Location: CDMX', 'Mexico City'],
    ['Location: NYC', 'New York City'],
    ['Location: Bombay', 'Mumbai'],
    ['Location: Madras', 'Chennai'],
    ['Location: Mangalore', 'Mangaluru'],
    ['Location: Makati', 'Makati City'],
    ['Location: GTA', 'Toronto'],
    ['Location: DFW', 'Dallas'],
  ])('%s', (text, city) => expect(primary(`${text}\nWe are hiring.`)?.[0]).toBe(city));
});

describe('capitals and large cities of other markets, named alone', () => {
  it.each([
    ['Location: Manila\nSupport our customers overnight.', ['Manila', 'PH']],
    ['Location: Montevideo\nBuild our payments API.', ['Montevideo', 'UY']],
    ['Location: Basel\nRun the lab.', ['Basel', 'CH']],
    ['Location: Reykjavik\nRun the lab.', ['Reykjavík', 'IS']],
    ['Location: New Delhi\nSell to enterprises.', ['New Delhi', 'IN']],
    ['Location: Leipzig\nPack parcels.', ['Leipzig', 'DE']],
    ['Location: Groningen\nTeach physics.', ['Groningen', 'NL']],
    ['Location: Nairobi\nWrite code.', ['Nairobi', 'KE']],
    ['Graphic Designer\nJoin our studio in Addis Ababa.', ['Addis Ababa', 'ET']],
    ['Customer Service Agent\nJoin our call centre in Dakar.', ['Dakar', 'SN']],
  ])('%s', (text, [city, country]) => {
    const l = extract(text).location;
    expect([l?.name, l?.country]).toEqual([city, country]);
  });
});

describe('a street or company word on the next line is not part of the name', () => {
  it('"Location: Leipzig" over "Drive forklifts"', () => {
    expect(primary('Location: Leipzig\nDrive forklifts on the night shift.')).toEqual(['Leipzig', 'Saxony', 'DE']);
    expect(primary('Pay £12 an hour.\nLocation: Leeds\nWay of working: shifts.')?.[0]).toBe('Leeds');
    // On one line the word still makes a street or a company: "Leeds Road".
    expect(extract('Deliveries to Leeds Road depot.', { defaultCountry: 'GB' }).locations).toEqual([]);
  });
});

describe('pay in dollars settles a name shared with a UK town', () => {
  it('"Boston" beside "$90,000" is Boston, Massachusetts; beside "£40,000" Boston, Lincolnshire', () => {
    expect(primary('Account Executive based in Boston. Pay $90,000 a year.')).toEqual(['Boston', 'Massachusetts', 'US']);
    expect(primary('Account Executive based in Boston. Pay £40,000 a year.')).toEqual(['Boston', 'Lincolnshire', 'GB']);
    expect(primary('Nurse based in Perth. Pay $45 an hour.')).toEqual(['Perth', 'Western Australia', 'AU']);
    // Two small towns of one name, in the US and in Australia: the US one.
    expect(primary('Data Analyst based in Boulder. Pay $80,000 a year.')).toEqual(['Boulder', 'Colorado', 'US']);
  });
});

describe('towns that share the state written after the last', () => {
  test('"Houston/Dallas, TX": both in Texas, the first listed the primary', () => {
    const r = extract('Location: Houston/Dallas, TX\nJoin our team.');
    expect(primary('Location: Houston/Dallas, TX\nJoin our team.')).toEqual(['Houston', 'Texas', 'US']);
    expect(r.locations.map((l) => [l.name, l.region])).toEqual([
      ['Houston', 'Texas'],
      ['Dallas', 'Texas'],
    ]);
  });
  test.each([
    ['Location: Minneapolis-St. Paul, MN\nJoin our team.', ['Minneapolis', 'Minnesota', 'US']],
    ['Location: Dallas-Fort Worth, TX\nJoin our team.', ['Dallas', 'Texas', 'US']],
  ])('a metro area\'s twin cities: %j is the first', (text, expected) => expect(primary(text)).toEqual(expected));
  test('"offices in Tampa & Orlando, FL"', () => {
    expect(extract('Offices in Tampa & Orlando, FL. Pay $20 an hour.').locations.map((l) => l.region)).toEqual(['Florida', 'Florida']);
  });
});

describe("a metropolitan area is named for a major city: \"Greater Boston Area\"", () => {
  test.each([
    ['Senior Product Designer\nNorthwind Health\nGreater Boston Area · Hybrid\n\nJoin our design team.', ['Boston', 'Massachusetts', 'US']],
    ['Location: Boston Metropolitan Area\nJoin our design team.', ['Boston', 'Massachusetts', 'US']],
    // A UK city's area stays the UK city's; a name with no major city abroad keeps the usual choice.
    ['Location: Greater Bristol Area\nJoin our design team.', ['Bristol', 'Bristol', 'GB']],
    ['Location: Greater Birmingham Area\nJoin our design team.', ['Birmingham', 'West Midlands', 'GB']],
    // Without the metropolitan form, the UK town as before.
    ['Location: Boston\nJoin our design team.', ['Boston', 'Lincolnshire', 'GB']],
  ])('%s', (text, expected) => expect(primary(text)).toEqual(expected));

  it('a country the caller gives wins over the metropolitan form', () => {
    expect(extract('Location: Greater Boston Area\nJoin our design team.', { defaultCountry: 'GB' }).location?.region).toBe('Lincolnshire');
  });
});

describe('what stands at a place says it is the workplace', () => {
  it('"its Savannah, GA distribution center" over "headquartered in Atlanta, GA"', () => {
    const text = 'Northwind, headquartered in Atlanta, GA, is seeking an HR Manager for its Savannah, GA distribution center. Salary $85,000.';
    expect(primary(text)).toEqual(['Savannah', 'Georgia', 'US']);
  });

  it('"our South Hill clinic in Spokane": the words before the facility name it, the place after "in" is where it is', () => {
    const text = 'Physical Therapist. Fabrikam Rehab runs six clinics. This full-time opening is at our South Hill clinic in Spokane. Pay $95,000.';
    expect(primary(text)?.[0]).toBe('Spokane');
  });

  it('"This position will be based out of Columbus, OH" over the employer\'s "based in Pittsburgh, PA"', () => {
    const text = 'Fabrikam Robotics, based in Pittsburgh, PA, builds autonomous forklifts. This position will be based out of Columbus, OH, with travel up to 50%. Pay $85,000.';
    expect(primary(text)).toEqual(['Columbus', 'Ohio', 'US']);
  });

  it('"The role is based out of Hook": a small town with the cue', () => {
    const text = 'Quantity Surveyor. The role is based out of Hook on an initial contract. £45,000.';
    expect(primary(text)).toEqual(['Hook', 'Hampshire', 'GB']);
  });

  it('a capitalised institution is a name, not what stands at the place: "Saint Francis Hospital in Tulsa"', () => {
    const text = 'Join our team at Saint Francis Hospital in Tulsa. Pay $40 an hour. We also have offices in Dallas and Austin.';
    expect(primary(text)).toEqual(['Tulsa', 'Oklahoma', 'US']);
  });

  it('"is hiring in Rugby" over the client\'s other sites', () => {
    const text = 'Warehouse Operative. £11 per hour. Our client, a retailer with sites in Coventry and Northampton, is hiring in Rugby.';
    expect(primary(text)).toEqual(['Rugby', 'Warwickshire', 'GB']);
  });

  it('a large US city named like a word needs its cue, and then is the city: "the Greater Phoenix area"', () => {
    expect(primary('Drive for Northwind in the Greater Phoenix area! $21 an hour.')).toEqual(['Phoenix', 'Arizona', 'US']);
    expect(extract('Experience with Phoenix and Elixir is a plus. $21 an hour.').locations).toEqual([]);
  });
});

describe('a pay table by place names no workplace', () => {
  it('"Zone 1 (San Francisco, New York City, Seattle): $170,000" in a remote posting', () => {
    const text = 'This is a remote role (US).\nPay by location: Zone 1 (San Francisco, New York City, Seattle): $170,000 - $200,000; Zone 2 (Chicago, Denver): $155,000 - $185,000.';
    const r = extract({ title: 'Senior Engineer', text });
    expect(r.location?.name).toBe('United States');
    expect(r.locations.filter((l) => l.reason === 'location/cue-pay-law').map((l) => l.name)).toEqual(['San Francisco', 'New York City', 'Seattle', 'Chicago', 'Denver']);
  });

  it('a place named with its metro area in the row\'s bracket: "Zone 1 (San Francisco Bay Area, New York City): $186,000"', () => {
    const text = 'Remote (US)\nThe base salary varies by location:\nZone 1 (San Francisco Bay Area, New York City, Seattle): $186,000 - $220,000\nZone 2 (all other US locations): $150,000 - $178,000';
    expect(extract({ title: 'Senior Backend Engineer', text }).location?.name).toBe('United States');
  });

  it('"Seattle: $155,000" on a row of its own', () => {
    const text = 'Based in our Portland, OR office.\nPay ranges:\nSeattle: $155,000 - $185,000\nNew York City: $160,000 - $190,000';
    expect(primary(text)).toEqual(['Portland', 'Oregon', 'US']);
  });
});

describe('a place naming whom a notice addresses is context', () => {
  it('"Notice for California Employees and Applicants", "Colorado Applicants:"', () => {
    const text = 'Remote role (United States). $80,000.\nCCPA Notice at Collection for California Employees and Applicants: see our site.\nColorado Applicants: the range is above.';
    const r = extract({ title: 'Analyst', text });
    expect(r.location?.name).toBe('United States');
    expect(r.locations.filter((l) => l.reason === 'location/law-name').map((l) => l.name)).toEqual(['California', 'Colorado']);
  });
});

describe('a state named like its major city', () => {
  it('is the city where an office or a team is: "our New York office", "our New York team"', () => {
    expect(primary('Northwind has offices in New York, London and Singapore. This role sits in our New York office. $180,000.')).toEqual(['New York City', 'New York', 'US']);
    expect(primary('Join our New York team as an analyst. $180,000.')).toEqual(['New York City', 'New York', 'US']);
  });

  it('and stays the state elsewhere: "licensed to practise in New York"', () => {
    expect(primary('RN licensed in New York. $45 an hour.')).toEqual(['New York', 'New York', 'US']);
  });
});

describe('the state a town is written with settles which town of a name another is', () => {
  it('"Princeton, NJ" then "our Princeton office", with "Boston, MA" named too: Princeton, New Jersey', () => {
    const text = 'About the job Director, Revenue Accounting Contoso Pharma Princeton, NJ The base salary range is $185,000 to $215,000. This position is hybrid (3 days per week in our Princeton office). Contoso has sites in Boston, MA, San Diego, CA and Basel, Switzerland.';
    expect(primary(text)).toEqual(['Princeton', 'New Jersey', 'US']);
  });
  it('"Cincinnati, OH" then "the Dayton and Springfield area": Springfield, Ohio', () => {
    const text = 'Northwind Services (Cincinnati, OH) is hiring a field technician for the Dayton and Springfield area. $25 an hour.';
    expect(extract(text).locations.find((l) => l.name === 'Springfield')?.region).toBe('Ohio');
  });
});

describe('a place the job is ruled out of', () => {
  it.each([
    ['Remote role. $90,000. We are unable to hire in the following states: Alaska, Hawaii and Montana.', ['Alaska', 'Hawaii', 'Montana']],
    ['Remote (US). $90,000. This role is not open to candidates residing in California or New York.', ['California', 'New York']],
    ['Engineer. $90,000. Excludes residents of Colorado.', ['Colorado']],
  ])('is context and never the primary: %s', (text, excluded) => {
    const r = extract(text);
    expect(r.locations.filter((l) => l.reason === 'location/cue-excluded').map((l) => l.name)).toEqual(excluded);
    expect(excluded).not.toContain(r.location?.name);
  });

  it('leaves the workplace named elsewhere', () => {
    expect(primary('Nurse. This role is not available in Texas. $40 an hour. Based in Tulsa, OK.')).toEqual(['Tulsa', 'Oklahoma', 'US']);
  });
});

describe('the boroughs of New York City', () => {
  it('are major places named alone: "our cafe in Brooklyn", "based in Manhattan"', () => {
    expect(primary('Barista. Join our cafe in Brooklyn. $17 an hour.')).toEqual(['Brooklyn', 'New York', 'US']);
    expect(primary('Accountant based in Manhattan. $80,000.')).toEqual(['Manhattan', 'New York', 'US']);
    expect(primary('Bartender based in Manhattan, KS. $12 an hour.')).toEqual(['Manhattan', 'Kansas', 'US']);
  });
});

describe('"X based in ..." says where X is, not that X is a place', () => {
  it('"Driver based in Brooklyn, Victoria" names no town called Driver', () => {
    expect(extract('Driver based in Brooklyn, Victoria. $25 an hour plus super.').locations.map((l) => l.name)).toEqual(['Brooklyn']);
    expect(primary('A London based role. £30,000.')?.[0]).toBe('London');
  });
});

describe('"X-based" with a hyphen', () => {
  it('is the workplace for a role, the headquarters for the employer', () => {
    expect(primary('A Leeds-based role in sales. £30,000.')).toEqual(['Leeds', 'West Yorkshire', 'GB']);
    const r = extract('Analyst in Denver, CO. $90,000. We are a Chicago-based company with 500 employees.');
    expect(r.location?.name).toBe('Denver');
    expect(r.locations.find((l) => l.name === 'Chicago')?.role).toBe('headquarters');
  });
});

describe('the regions of more markets, named alone', () => {
  test.each([
    ['Location: Karnataka', ['Karnataka', 'Karnataka', 'IN']],
    ['Location: Bengaluru, Karnataka', ['Bengaluru', 'Karnataka', 'IN']],
    ['Location: Western Cape', ['Western Cape', 'Western Cape', 'ZA']],
    ['Location: Tauranga, Bay of Plenty', ['Tauranga', 'Bay of Plenty', 'NZ']],
  ])('%s', (text, expected) => expect(primary(text)).toEqual(expected));
  test('a region of several words is one place: "Bay of Plenty" is no "Bay" and "Plenty"', () =>
    expect(extract('Nurse. Location: Tauranga, Bay of Plenty').locations.map((l) => l.name)).toEqual(['Tauranga']));
});

describe("a place's last word in lower case", () => {
  test.each([
    ['Our office in Palm springs, CA.', ['Palm Springs', 'California', 'US']],
    ['We are based in Oklahoma city.', ['Oklahoma City', 'Oklahoma', 'US']],
  ])('%s', (text, expected) => expect(primary(text)).toEqual(expected));
  test('"Manhattan beach" is no Manhattan', () => expect(extract('A law firm in Manhattan beach, CA. Salary $150,000.').location?.name).toBe('Manhattan Beach'));
});

describe('labels and addresses as pages print them', () => {
  test('a town after its postcode ("04109 Leipzig") is the address line of a place of work, over its region', () => {
    const html = '<html><body><h1>Nursing Assistant</h1><div><h3>Place of work</h3><p>Tailspin Care GmbH<br>Brühl 12<br>04109 Leipzig<br>Saxony, Germany</p></div><div><h3>About us</h3><p>We run care homes and need a nursing assistant for our residents, days and nights.</p></div></body></html>';
    expect(primary(html)).toEqual(['Leipzig', 'Saxony', 'DE']);
  });

  test('a label without its colon on the line above ("HQ" / "Manchester, UK") is read as one', () => {
    const r = extract('Backend Engineer\nRelecloud\nSize\n201-500 employees\nHQ\nManchester, UK\nAbout Relecloud\nRelecloud runs ticketing for venues.');
    expect(r.locations.find((l) => l.name === 'Manchester')?.role).toBe('headquarters');
  });
});

describe('the employer and its town on one line under the title', () => {
  test.each([
    ['Veterinary Technician\nFabrikam Animal Hospital, Boulder, CO\nFull-time | $20 - $25 per hour', ['Boulder', 'Colorado', 'US']],
    ['Graphic Designer\nWingtip Creative, Brooklyn, NY\nFreelance, 3 months', ['Brooklyn', 'New York', 'US']],
  ])('%j', (text, expected) => expect(primary(text)).toEqual(expected));
});

describe('a place among the chips of a header line', () => {
  test.each([
    ['Senior Data Engineer\nLitware Australia · Sydney NSW\nHybrid: 2 days per week in our Surry Hills office.', ['Sydney', 'New South Wales', 'AU']],
    ['Engineer\nContoso · Seattle, WA\nHybrid: 2 days a week in our Bellevue office.', ['Seattle', 'Washington', 'US']],
    ['Staff ML Engineer\nAdatum AI\nSan Francisco, CA · New York, NY\nWe build models.', ['San Francisco', 'California', 'US']],
  ])('%j', (text, expected) => expect(primary(text)).toEqual(expected));
});

describe("chips that are no header's", () => {
  test.each([
    ['We sell coffee across South Africa from our Cape Town, Western Cape office.\nOther job openings\nKey Account Manager · Johannesburg, Gauteng · R45 000 - R55 000 / month', 'Johannesburg'],
    ['Join our cloud team in Seattle, WA for the summer.\nAbout the employer\nVanArsdel · Internet & Software · 1,001–5,000 employees · Redmond, WA', 'Redmond'],
    ['Our team of 40 builds route planning in Leipzig.\nSimilar jobs\nFrontend Engineer (m/w/d) Tailspin GmbH · Berlin · €55,000 - €65,000', 'Berlin'],
  ])("another job's card, or the employer's facts, name no workplace: %j", (text, other) => {
    expect(extract(text).locations.find((l) => l.name === other)?.role).not.toBe('workplace');
  });
});

describe('a list run onto one line', () => {
  test('a bullet\'s first word is no place among chips: "• Lead owner meetings"', () =>
    expect(primary('Project Manager Litware Construction - Nashville, TN Responsibilities • Manage subcontractors • Lead owner-architect-contractor meetings')).toEqual(['Nashville', 'Tennessee', 'US']));
});

describe("a saint's or a fort's abbreviation inside a place's name", () => {
  test('"Port St. Lucie, FL" is GeoNames\' Port Saint Lucie', () => {
    expect(extract('IT Support Specialist\nTreasure Coast Bank\nPort St. Lucie, FL\nFull-time').location).toMatchObject({ name: 'Port Saint Lucie', region: 'Florida' });
  });
});

describe("the employer's other offices and teams beside the job's place", () => {
  test.each([
    ['Engineer\nOur main office is on the Geelong waterfront, with a smaller team in Adelaide.\nWe work three days a week in our Geelong office.', 'Geelong'],
    ['Engineer\nOur main office is on the Geelong waterfront and a smaller team in Adelaide.\nWe work three days a week in our Geelong office.', 'Geelong'],
    ['HSE Officer\nOur workshop is in Abu Dhabi, and we have a small business development office in Dubai.', 'Abu Dhabi'],
  ])('%j', (text, expected) => expect(primary(text)?.[0]).toBe(expected));
});

describe("a place line's first part read in another country than its second", () => {
  test('"Victoria Island, Lagos" is Lagos, not the Victoria of London named elsewhere', () => {
    const text = 'Relationship Manager\nMarina Commerce Bank Plc\nVictoria Island, Lagos\nFull-time\nWe have representative offices in London and Accra.';
    expect(primary(text)).toEqual(['Lagos', 'Lagos', 'NG']);
  });
});

describe("a facility's name that opens with a place: \"the Lincoln Branch Library\"", () => {
  test('is no office in that place: the postal address is the workplace', () => {
    const r = extract('Volunteer: Adult Reading Tutor\n\nLiteracy Alliance of Greater Rochester\n1600 South Ave, Rochester, NY 14620\n\nTutor in person at one of our sites: the Central Library downtown, the Lincoln Branch Library and the Gates Public Library.');
    expect([r.location?.name, r.location?.region]).toEqual(['Rochester', 'New York']);
  });

  test('"our Leeds branch" and "the Savannah team" still are', () => {
    expect(extract('Sales Assistant\nJoin our Leeds branch on the high street.').location?.name).toBe('Leeds');
    expect(extract('Account Manager\nJoin the Savannah Team today and grow with us.').location?.name).toBe('Savannah');
  });
});

describe("a university's or hospital's campus row, and the big city its campus lies beside", () => {
  test('"Campus: Fitzsimons Campus, Aurora, Colorado" is the place, "the east side of the Denver metro area" context', () => {
    const r = extract('Research Assistant\nPosting Number: S02871\nCampus: Fitzsimons Health Sciences Campus, Aurora, Colorado\nFTE: 0.5\n\nThe lab sits on the east side of the Denver metro area.');
    expect([r.location?.name, r.location?.region]).toEqual(['Aurora', 'Colorado']);
  });

  test('"Duty Station: Gardiner, MT", as federal postings label it', () => {
    expect(extract('Park Ranger\nDuty Station: Gardiner, MT\nYou will lead visitor programs at the North Entrance.').location?.name).toBe('Gardiner');
  });
});

describe("an employer's regional office stated as a fact about it", () => {
  test('"Our regional office is in Kuala Lumpur" is context; "based in our regional office in Leeds" is the workplace', () => {
    expect(extract('Operations Executive\nTailspin Chemicals runs plants in Jurong serving clients across Singapore and Malaysia. Our regional office is in Kuala Lumpur. We are looking for an Operations Executive.').location?.country).toBe('SG');
    expect(extract('Analyst\nYou will be based in our regional office in Leeds.').location?.name).toBe('Leeds');
  });
});

test("the last of a list of places before their offices is the employer's spread, not the workplace: \"the client's Edinburgh and Manchester offices\"", () => {
  const r = extract('Data Engineer\nMy client needs a data engineer for its team in London. The client\'s Edinburgh and Manchester offices are not part of this engagement.');
  expect(r.location?.name).toBe('London');
  // An office named alone is still the workplace.
  expect(extract('Analyst\nJoin our Leeds office.').location?.name).toBe('Leeds');
});

describe("a town the gazetteer lacks whose name opens with another country's place: \"Harrow Springs, OR\"", () => {
  test('is no Harrow in London, there or wherever the text names it again', () => {
    const r = extract('Water Treatment Operator\nLocation: Harrow Springs, OR\nDo I need to live in Harrow Springs? Most positions do not require it. Oregon PERS retirement is included.');
    expect(r.location?.country).not.toBe('GB');
    expect(extract('Nurse\nLocation: Harrow, London\nJoin our ward.').location?.name).toBe('Harrow');
  });

  test("a list of a country's own towns and codes is none: \"Asheville, NC Black Mountain, NC\" keeps Asheville", () => {
    expect(extract('Line Cook Asheville, NC Black Mountain, NC We cook in the mountains.').location?.name).toBe('Asheville');
  });
});
