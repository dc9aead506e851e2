import { extract } from '../../src';
import { extractLocations } from '../../src/extractors/location';

const names = (text: string, input = {}) => extractLocations(text, input).locations.map((l) => l.name);
// Through the whole pipeline, where a "Location:" line is a field whose every name is a place.
const places = (text: string) => extract(text).locations.map((l) => l.name);

describe('a word or a name before "team" or "office" is no place of work', () => {
  test.each([
    'Strong team player with a commitment to quality. Pay $20 an hour.',
    "The journalists on our magazine's Home team inform readers. Pay $90,000 a year.",
    'You will answer requests from customers, the Arise Energy operations team, or suppliers. Pay $20 an hour.',
    // A small town named like a word, set up like a place: a team's name as often.
    'As a reporter on the Home team, you will cover appliances. Pay $90,000 a year.',
  ])('%s', (text) => expect(places(text)).toEqual([]));

  test('a place the sentence sets up still is: "Join our Savannah team"', () => {
    expect(places('Join our Savannah team. Pay $20 an hour.')).toEqual(['Savannah']);
  });
});

describe('working from home is no place called Home', () => {
  test('"Location: Work From Home United States" is the United States', () => {
    expect(places('Location: Work From Home United States\nJob summary: answer calls.')).toEqual(['United States']);
  });
  test('the town stays with its state', () => expect(places('Based in Home, Washington.')).toEqual(['Home']));
});

describe('a place named in a title that also has the word "Contact"', () => {
  it('"Supervised Contact Workers Newport" is in Newport', () => expect(extract('Supervised Contact Workers Newport\nJoin our team.').location?.name).toBe('Newport'));
});

describe('what is not a place', () => {
  it.each([
    ['Reading and writing reports is part of the job.'],
    ['Strong reading skills are essential.'],
    ['You will start in March.'],
    ['Close the deal and hit your targets.'],
    ['We hope to hear from you.'],
    ['Sales Executive wanted for a growing team.'],
    ['Experience with Phoenix and Elixir is a plus.'],
    ['Build REST services with Jersey and Spring.'],
    // A contact's name and surname, one of them a place's name.
    ['Please email Virginia Cole with your CV.'],
    ['Recruiter: Madison Lee, talent team'],
    ['Questions? Reach out to Sydney Park on LinkedIn.'],
    ['Interested? Please call Lee Fellows on 0113 496 0000.'],
    ['CONTACT US If you are looking for a new job, send your CV.'],
    // Countries named like people and words: a recruiter's name, a brand, a menu's dish.
    ['Chad Smith is our recruiter for this role.'],
    ['Jordan will call you to arrange an interview.'],
    ['Wild Turkey brand ambassador, events across the region.'],
    ['Turkey sandwiches and soups are made fresh daily.'],
    ['Mobile app development experience.'],
    ['Mobile Developer (iOS / Android)'],
    ['Home based role with travel.'],
    ['Enterprise Architect with Security and Energy sector experience'],
    ['Please contact Chester Bennington for details.'],
    ['Send your CV to Mr Lincoln.'],
    ['Lincoln Smith will be your manager.'],
    ['Street food experience welcome.'],
    ['Generous holidays and an Employee Stock Purchase Plan.'],
    ['College coursework in accounting is a plus.'],
    ['You will join the practice within Enterprise Platform Services.'],
    // Tools named like small towns.
    ['Write SQL against our Snowflake warehouse and ship with Jenkins.'],
  ])('%s', (text) => {
    expect(names(text, { defaultCountry: 'GB' })).toEqual([]);
  });

  it.each([
    ['The Council provides Central services to residents.'],
    ['Work from Home\nHome visits across the region.'],
  ])('with no country evidence, minor places abroad need a cue: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('"100 countries worldwide" names no country', () => {
    expect(names('Our client has sold properties in more than 100 countries worldwide.')).toEqual([]);
  });

  it('never takes a place out of the company name', () => {
    const text = 'Bath Recruitment Partners are hiring. Bath Recruitment Partners is an equal opportunities employer.';
    expect(names(text, { company: 'Bath Recruitment Partners' })).toEqual([]);
    expect(names('Leeds Building Society is hiring in York.', { company: 'Leeds Building Society' })).toEqual(['York']);
  });

  it('never takes a place out of a URL or an email address', () => {
    expect(names('Apply at www.jobs-in-leeds.co.uk or email cv@derbyrecruit.com')).toEqual([]);
    expect(names('See https://example.com/London/jobs for more.')).toEqual([]);
  });

  it('ignores a street or company suffix after a town name', () => {
    expect(names('Our office is on Derby Road.')).toEqual([]);
    expect(names('Working for Bristol Ltd on a new project.')).toEqual([]);
  });

  it('keeps an ambiguous name when a cue says it is a place', () => {
    expect(names('The role is based in Reading.', { defaultCountry: 'GB' })).toEqual(['Reading']);
    expect(names('Our Bath office is expanding.', { defaultCountry: 'GB' })).toEqual(['Bath']);
    expect(names('Located in March, Cambridgeshire.', { defaultCountry: 'GB' })).toEqual(['March']);
  });

  it('takes a place that is also a given name or surname after "in", a word only after a stronger cue', () => {
    expect(names('We need a chef for our restaurant in Lincoln for the summer.', { defaultCountry: 'GB' })).toEqual(['Lincoln']);
    expect(names('A care home near Chester with great transport links.', { defaultCountry: 'GB' })).toEqual(['Chester']);
    // A capitalised word after it: the name goes on.
    expect(names('Five years of experience in Stanley Black tooling.', { defaultCountry: 'GB' })).toEqual([]);
    expect(names('Start a rewarding career in Care today.', { defaultCountry: 'GB' })).toEqual([]);
    expect(names('A degree in March was required.', { defaultCountry: 'GB' })).toEqual([]);
  });

  it('a city abroad that is also a name or a word needs a place cue: "Salvador Santos", "Split shifts", "Kyoto Protocol"', () => {
    expect(names('Report to Salvador Santos, the office manager.', { defaultCountry: 'GB' })).toEqual([]);
    expect(names('Split shifts available. Nice team, great pay.', { defaultCountry: 'GB' })).toEqual([]);
    expect(names('Knowledge of the Kyoto Protocol and the Kigali Amendment.', { defaultCountry: 'GB' })).toEqual([]);
    expect(names('Join our Havana themed cocktail bar.', { defaultCountry: 'GB' })).toEqual([]);
  });

  it('needs a qualifier for a lesser place abroad when the posting is from the UK', () => {
    expect(names('Working across Orange and Victoria.', { defaultCountry: 'GB' })).toEqual([]);
    expect(names('Relocate to Denver, CO.', { defaultCountry: 'GB' })).toEqual(['Denver']);
  });

  it('a place right after a given name is a surname', () => {
    expect(names('To apply, call Gemma Whitby at our Leeds office.', { defaultCountry: 'GB' })).toEqual(['Leeds']);
    expect(names('Questions? Email Sophie Buxton for details.', { defaultCountry: 'GB' })).toEqual([]);
    // A word of a place before it is no given name, nor is a given name that is a place itself.
    expect(names('Branches: Lyme Regis Shepton Mallet Taunton', { defaultCountry: 'GB' })).toEqual(['Lyme Regis', 'Shepton Mallet', 'Taunton']);
  });

  it('"the City" needs London nearby', () => {
    expect(names('Great access to the city centre.')).toEqual([]);
    expect(names('A London law firm based in the City.')).toEqual(['London', 'City of London']);
    // Even after a cue: "the heart of the City" is any city's heart where London is not named.
    expect(names('Our Leeds studio is based in the heart of the City.')).toEqual(['Leeds']);
    expect(names('Based in the City Centre, near the station.')).toEqual([]);
  });

  it('in a US posting a small US town named alone is no place: "Snowflake", "Cisco", "Jenkins"', () => {
    expect(names('Pay $60,000 a year. Build pipelines with Snowflake, Cisco gear and Jenkins.')).toEqual([]);
    // With its state, a cue, or its state named elsewhere, it is.
    expect(names('Pay $60,000 a year. Our plant sits in Snowflake, AZ.')).toEqual(['Snowflake']);
    expect(names('Pay $60,000 a year. The role is based in Brecksville.', { defaultCountry: 'US' })).toEqual(['Brecksville']);
    expect(names('Pay $60,000 a year. Plants across Ohio; the team meets in Brecksville.', { defaultCountry: 'US' })).toEqual(['Ohio', 'Brecksville']);
  });

  it('lower-case words are not places', () => {
    expect(names('a walk in the park near the bath house')).toEqual([]);
  });
});

describe('hyphenated names', () => {
  it('a place joined to a name by a hyphen is part of the name, two places or a code so joined are places', () => {
    expect(places('Location: The Brandt-Williams Company, Cleveland, Ohio 44115')).toEqual(['Cleveland']);
    expect(names('Stores across Dallas-Fort Worth.')).toEqual(['Dallas', 'Fort Worth']);
    expect(names('US-TX-Austin')).toContain('Austin');
    expect(names('Preferably Boston-MA.')).toEqual(['Boston']);
    expect(names('A London-based firm.', { defaultCountry: 'GB' })).toEqual(['London']);
  });
});

describe('street addresses', () => {
  it('the words after a house number up to the street type are no places', () => {
    expect(places('Location: 101 West Prospect Avenue, Cleveland, Ohio 44115')).toEqual(['Cleveland']);
    expect(places('Location: 12 Main Street, Springfield, IL 62701')).toEqual(['Springfield']);
  });
  it('a place before a street without a number, or a count before a place, still is one', () => {
    expect(names('We have 3 Manchester sites.', { defaultCountry: 'GB' })).toEqual(['Manchester']);
    expect(names('500 Boylston St, Boston, MA 02116')).toEqual(['Boston']);
  });
});

describe('the right to work somewhere', () => {
  it('says where the worker may be employed, not where the job is', () => {
    const r = extractLocations('This role is based in Leeds. You need the right to work in the UK.');
    expect(r.locations.map((l) => [l.name, l.role])).toEqual([
      ['Leeds', 'workplace'],
      ['United Kingdom', 'other'],
    ]);
    expect(extractLocations('Applicants must be authorized to work in the United States. Our clinic is in Denver.').location?.name).toBe('Denver');
  });
});

describe('a place inside a longer name is no place of its own', () => {
  it.each([
    ['Sales Manager, Great Lakes Region. Pay $90,000 a year.'],
    ['Dinner service at our restaurant in Little Italy. Pay $18 an hour.'],
  ])('"Great" or "Little" before it: %s', (text) => expect(places(text).filter((p) => p === 'Lakes' || p === 'Italy')).toEqual([]));

  it.each([
    ["Ward Clerk based at St Thomas' Hospital, London.", ['London']],
    ["Work at St George’s Hospital in Tooting.", ['Tooting']],
  ])("a saint's name in an institution's is no town: %s", (text, expected) => expect(places(text)).toEqual(expected));
  it('a town named for a saint still is one', () => expect(places('Warehouse job in St Helens, Merseyside.')).toEqual(['St Helens']));

  it('"North America", "Latin America" are regions, not the United States', () => {
    expect(places('We sell across North America and Latin America. Based in Austin, TX.')).toEqual(['Austin']);
  });

  it('a name that is also a word, right after a place: "the San Francisco Bay Area" is not Bay, Arkansas', () => {
    expect(places('Our team sits in the San Francisco Bay Area. Pay $120,000 a year.')).toEqual(['San Francisco']);
  });
});

describe('a name with a roman numeral after it is the name of a thing', () => {
  it('"GTA V", "Basel III" are no places; the place named alone still is', () => {
    expect(places('Game designer. Worked on GTA V or similar titles. Based in Edinburgh. £45,000.')).toEqual(['Edinburgh']);
    expect(places('Risk analyst based in Basel. Knowledge of Basel III and Basel IV capital rules.')).toEqual(['Basel']);
  });
});

describe('a language and the parts of a town are no towns of their own', () => {
  test("a language picker's English is no town in Indiana", () => {
    expect(places('Log ind\nDansk | English\nLagermedarbejder\nContoso A/S\nPak ordrer.')).toEqual([]);
  });

  test("a language picker's chip after its label is no place", () => {
    expect(places('Lagermedarbejder\nContoso A/S\nPak ordrer på lageret.\nSprog: Dansk · English')).toEqual([]);
  });

  test.each([
    ['Based in Midtown Manhattan.', 'Manhattan'],
    ['Based in Downtown Denver.', 'Denver'],
  ])('%s names the town after its part', (text, town) => expect(extract(text).location?.name).toBe(town));
});

test('"South-East Asia", "East Africa" are parts of continents, not England\'s South East nor a town named East', () => {
  const r = extract('Treasury Analyst\n\nA ship-owning group operating 62 vessels across South-East Asia and East Africa, from our office in Singapore.');
  expect(r.locations.map((l) => l.name)).not.toContain('South East');
  expect(r.location?.country).toBe('SG');
});

test('a compass word before a town\'s name is a part of the town, no town of its own: "West Asheville, NC"', () => {
  expect(extract('Line Cook\n\nWe are a wood-fired restaurant in West Asheville, NC.').location?.city).toBe('Asheville');
});
