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
