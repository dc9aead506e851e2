import { extract } from '../../src';

const place = (text: string) => {
  const l = extract(text).location;
  return l && { name: l.name, region: l.region, country: l.country };
};

describe("the posting's place beside sites, facilities and same-named places", () => {
  test('a town and its state\'s code before the employer\'s site ("Salina, KS Terminal") is the place, no employer', () => {
    const r = extract('HIGH PLAINS FREIGHT — OTR COMPANY DRIVERS (CDL-A)\nHays, KS Terminal | Full-time | Dry Van\n\nMost freight moves between Hays, Denver, Dallas and Memphis.');
    expect(r.location).toMatchObject({ name: 'Hays', region: 'Kansas', country: 'US' });
    expect(r.company?.name ?? null).not.toBe('Hays, KS Terminal');
  });

  test("a facility's name in the location field names no place abroad beside the town its state's code qualifies", () => {
    expect(place('Director of Nursing\nJob ID: GM-2025-088\nLocation: Golden Meadows of Marion — Marion, NC\nEmployment type: Full-time\n\nLead our nursing team.')).toEqual({
      name: 'Marion',
      region: 'North Carolina',
      country: 'US',
    });
  });

  test('a state that is also a country is the state where the posting names a town of it by its code', () => {
    expect(place('Reading Tutor | Oconee Tutoring | Remote (Georgia residents) | Posted 3 days ago\nWe started in Athens, GA. Requirements: Georgia resident.')).toMatchObject({
      name: 'Georgia',
      country: 'US',
    });
    expect(place('Logistics Coordinator\nLocation: Tbilisi, Georgia\nWe move freight across the Caucasus.')).toMatchObject({ country: 'GE' });
  });
});

describe("Irish towns in their counties, and a hospital's notice", () => {
  test('a town whose gazetteer row names its county in Irish ("Uíbh Fhailí") is in that county, qualified by it', () => {
    expect(place('Staff Nurse\nLocation: Arden Road, Tullamore, Co. Offaly R35 XK62\nWe care for older people.')).toEqual({ name: 'Tullamore', region: 'County Offaly', country: 'IE' });
  });

  test('a hospital and its town over the notice\'s rows: the "Post:" row names the title, and the town is still a place', () => {
    const text = ['BRIDGEWATER COMMUNITY HOSPITAL, TULLAMORE', 'Recruitment Campaign Ref: BCH-0625', '', 'Post: Staff Nurse', 'Location: Bridgewater Community Hospital, Arden Road, Tullamore, Co. Offaly', '', 'We care for older people. Informal enquiries: Aoife Dolan, Director of Nursing, 057 935 5118.'].join('\n');
    const r = extract(text);
    expect(r.title?.text).toBe('Staff Nurse');
    expect(r.location?.name).toBe('Tullamore');
  });
});

describe('a town several states share, among the towns named beside it', () => {
  test('is the one in the state of a town whose name is no other place\'s ("Eagle" beside Boise is Eagle, Idaho)', () => {
    expect(place('Part-time Bookkeeper\nWe are a framing contractor based in Eagle. Our crews work around Eagle, Star, Meridian and Boise.')).toMatchObject({ name: 'Eagle', region: 'Idaho' });
  });

  test('but a city known the world over keeps its name: "Paris" beside a small Texan town is still Paris, France', () => {
    expect(place('Translator\nOur office is in Paris. We also work with a studio in Nacogdoches.')).toMatchObject({ name: 'Paris', country: 'FR' });
  });
});

describe('a place named with a possessive', () => {
  test.each([
    ['Warehouse Operative\nOur depot is in King\'s Lynn.', "King's Lynn", 'Norfolk'],
    ['Sales Assistant\nOur shop is in Bishop\'s Stortford, Hertfordshire.', 'Bishops Stortford', 'Hertfordshire'],
    ['Mover\nWe drive from Independence to Lee’s Summit, MO.', "Lee's Summit", 'Missouri'],
  ])('%j', (text, name, region) => expect(place(text)).toMatchObject({ name, region }));

  test('an organisation\'s possessive names no place: "St Andrew\'s Healthcare"', () => {
    expect(extract('Staff Nurse\nJoin St Andrew’s Healthcare, a mental health charity.').locations.map((l) => l.name)).toEqual([]);
  });
});

test('a town written with its state keeps it beside a longer name of another state: "Auburn, WA" is not "Auburn Hills, MI"', () => {
  expect(place('SAP FICO Consultant\nLocation: Auburn, WA. This is Auburn, Washington, not Auburn Hills, MI.')).toEqual({ name: 'Auburn', region: 'Washington', country: 'US' });
});

describe("a center named by its town, the employer's other centers, a worksite's row", () => {
  test('"our Plano center" is the workplace; "our sister center in Frisco" is another', () => {
    const text = 'Hi neighbors! Brightwell Learning Center is hiring a Part-time Math Tutor for our Plano center (on Preston Road).\n\nOur sister center in Frisco is fully staffed right now, so this is for Plano only.';
    expect(place(text)).toEqual({ name: 'Plano', region: 'Texas', country: 'US' });
  });
  test('"our outside CPA firm in Kennewick" is another firm\'s place, not the workplace', () => {
    const text = 'Wingtip Feed & Seed is seeking a part-time bookkeeper.\n* Work with our outside CPA firm in Kennewick at year end\nApply in person at 1820 Isaacs Ave, Walla Walla, WA.';
    expect(place(text)).toEqual({ name: 'Walla Walla', region: 'Washington', country: 'US' });
  });
  test('"Crestview, Austin TX" names a district of Austin, no Crestview in Florida', () => {
    expect(place('Wingtip Dog Walking · Crestview, Austin TX\nHiring a part-time dog walker!\nWalk dogs in North Austin.')).toEqual({ name: 'Austin', region: 'Texas', country: 'US' });
  });
  test('"Casual Pool" ending a title is a pool of staff, no town', () => {
    expect(extract('Registered Nurse - Casual Pool\nWingtip Private Hospital, Kirribilli NSW\nWork casual shifts.').location?.name).not.toBe('Pool');
  });
  test("a Worksite row names the workplace over an agency's branch", () => {
    const text = 'ProTemp Industrial - Columbus Branch\nJob Order #4471\n\nWorksite: Client distribution center, Groveport, OH 43125\n\nApply: Visit our Columbus branch at 1480 Morse Road, Columbus, OH.';
    expect(place(text)).toEqual({ name: 'Groveport', region: 'Ohio', country: 'US' });
  });
});

test("a hybrid week's office days name the workplace over the headquarters: \"2 office days per week in Leipzig\"", () => {
  const text = 'Senior Backend Engineer (Go)\nBrückenwerk Mobility GmbH\nWe build the routing platform behind city transit. We are headquartered in Munich.\nHybrid work: 2 office days per week in Leipzig, the rest from anywhere in Germany.';
  expect(place(text)).toEqual({ name: 'Leipzig', region: 'Saxony', country: 'DE' });
});

test('the role based at "our X office" is there, over the parent company\'s headquarters abroad', () => {
  const text = 'Assistant Finance Manager\nOur parent company is listed and headquartered in Kuala Lumpur, Malaysia. This position is based at our Singapore office and warehouse in Jurong East.';
  expect(place(text)?.country).toBe('SG');
});

test('a place ending its line is no team of the next line\'s label: "Support center: Temple, TX" / "Team members: 1,900"', () => {
  const text = 'Produce Clerk\nCentral Texas Grocers\nWe are hiring a produce clerk in Killeen, TX.\nAbout us\nSupport center: Temple, TX\nTeam members: 1,900';
  expect(place(text)).toEqual({ name: 'Killeen', region: 'Texas', country: 'US' });
});

test("a details row that names only the building is no town: \"Location\" / \"Hickory Ridge Middle School\"", () => {
  const text = 'Middle School Science Teacher\nWillow Run Local Schools\nMarion, OH\nApply\nPosition details\nLocation\nHickory Ridge Middle School\nGrades\n6-8\nWe are looking for a science teacher for the coming school year.';
  expect(place(text)).toEqual({ name: 'Marion', region: 'Ohio', country: 'US' });
});

test('a details box\'s place over its next labels is no menu\'s link: "Location" / "Windsor, CO" / "Job Type" / "Full Time"', () => {
  const text = 'Civil Engineer II\nTri-County Water District\nApply\nSalary\n$78,432.00 - $104,868.80 Annually\nLocation\nWindsor, CO\nJob Type\nFull Time\nJob Number\n2024-0117\nDescription\nThe district serves six towns. District administrative offices are located at 2150 Laporte Avenue, Fort Collins, CO 80521.';
  expect(place(text)).toEqual({ name: 'Windsor', region: 'Colorado', country: 'US' });
});

test("an employer's facts box over the posting names its seat, not the job's place: \"Primary location\" / \"Brisbane, QLD\" among \"Company size\" and \"Founded\"", () => {
  const html =
    '<html><head><title>Heavy Diesel Fitter</title></head><body><section><h2>Ironwood Mining Services</h2><dl><dt>Industry</dt><dd>Mining &amp; Resources</dd><dt>Company size</dt><dd>1,001-5,000 employees</dd><dt>Primary location</dt><dd>Brisbane, QLD</dd><dt>Founded</dt><dd>2003</dd></dl></section>' +
    '<main><h1>Heavy Diesel Fitter</h1><p>Ironwood Mining Services</p><p>Kalgoorlie, WA</p><p>We maintain haul trucks at a gold mine for our clients across the state.</p></main></body></html>';
  expect(place(html)).toEqual({ name: 'Kalgoorlie', region: 'Western Australia', country: 'AU' });
});

test('a small town\'s name with a capitalised word after it is a word of a longer name: "position at Willow Bend"', () => {
  const text = 'Vet Tech\nSubject: Vet Tech position at Willow Bend - details\nWe are a small animal practice on Tates Creek Road in Lexington, KY.';
  expect(place(text)).toEqual({ name: 'Lexington', region: 'Kentucky', country: 'US' });
});
