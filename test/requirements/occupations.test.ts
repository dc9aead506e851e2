import { extract } from '../../src';
import { seniorityOf } from '../../src/extractors/occupations/seniority';
import { runRequirements } from './run';

function mentions(text: string) {
  return runRequirements(text).occupations.flatMap((o) => o.mentions.map((m) => m.text));
}

describe('occupation mentions', () => {
  it.each([
    ['taking responsibility of the kitchen in the absence of the senior chefs.', ['senior chefs']],
    ['The primary goals of the Patient Care Coordinators are clear.', ['Patient Care Coordinators']],
    ['as directed by the Operations Director in line with targets.', ['Operations Director']],
    ['relationships with introducers (brokers, vendors and direct salesmen).', ['introducers', 'brokers', 'vendors', 'salesmen']],
    ['We are looking for an experienced Navision Support Analyst.', ['Navision Support Analyst']],
    ['You will support the Head of IT.', ['Head of IT']],
    ['Our Manager of Nurse Care leads the ward.', ['Manager of Nurse Care']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('a joiner is a carpenter on a building job, not a new hire: "Immediate joiners preferred"', () => {
    expect(mentions('Joiner needed for a housing project. Own tools and CSCS card.')).toEqual(['Joiner']);
    expect(mentions('Java Developer. Notice period: 30 days. Immediate joiners preferred.')).toEqual(['Java Developer']);
  });

  it('splits a list of titles at the separators', () => {
    expect(mentions('Dynamics CRM / Developer / Programmer / Technical Consultant')).toEqual(['Developer', 'Programmer', 'Technical Consultant']);
  });

  it('groups mentions under a canonical occupation', () => {
    const [nurse] = runRequirements('We need nurses. Every nurse is valued.').occupations;
    expect(nurse).toMatchObject({ id: 'nurse', name: 'Nurse' });
    expect(nurse.mentions.map((m) => m.text)).toEqual(['nurses', 'nurse']);
  });
});

describe('title seniority', () => {
  it.each([
    ['Senior Staff Nurse', 'senior'],
    ['Trainee Telesales Executive', 'junior'],
    ['Graduate Mechanical Design Engineer', 'junior'],
    ['Assistant Manager', 'manager'],
    ['Finance Director', 'director'],
    ['Head of Care Services', 'director'],
    ['Chief Executive Officer', 'executive'],
    ['Helpdesk Team Leader', 'lead'],
    ['Summer Intern', 'intern'],
    ['Care Worker', null],
  ])('%s → %s', (title, seniority) => {
    expect(seniorityOf(title)).toBe(seniority);
  });

  it("grades the posting's title and names its occupation, keeping the original", () => {
    const r = runRequirements('Title: Senior Sales Manager\nCompany: Acme Ltd\nDescription: A great role.');
    expect(r.title).toMatchObject({ text: 'Senior Sales Manager', seniority: 'manager', occupationId: 'sales-manager' });
  });

  it('gives a title without a cue the mid level', () => {
    const r = runRequirements('Title: Care Worker\nDescription: Join our team.');
    expect(r.title).toMatchObject({ seniority: 'mid', occupationId: 'care-worker' });
  });
});

describe('a head that opens a duty as its verb is no occupation', () => {
  it.each(['Partner with product and engineering to ship features.', '- Engineer robust data pipelines', 'Mentor junior staff and coach new starters.'])('%s', (text) =>
    expect(mentions(text).filter((m) => /^(?:Partner|Engineer|Mentor)$/.test(m))).toEqual([]),
  );
  it('the noun still is one', () => {
    expect(mentions('She is a Partner at the firm.')).toEqual(['Partner']);
    expect(mentions('Software Engineer\nWe build things.')).toEqual(['Software Engineer']);
  });
});

describe('a word inside a place name is the place\'s', () => {
  const names = (text: string) => extract(text).occupations.map((o) => o.name);
  it('the "PA" of "Pittsburgh, PA" is no Personal Assistant; a PA to the CEO is', () => {
    expect(names('Firmware Engineer\nPittsburgh, PA\nYou will write firmware.')).not.toContain('Personal Assistant');
    expect(names('Pittsburgh, PA. We need a PA to the CEO.')).toContain('Personal Assistant');
  });
});

describe("a board's level row", () => {
  const seniority = (text: string) => extract(text).title?.seniority;
  test.each([
    ['Data Analyst\nContoso\n\nSeniority level\nEntry level\nEmployment type\nFull-time', 'junior'],
    ['Data Analyst\nContoso\nExperience level: Director', 'director'],
    ['Data Analyst\nContoso\nSeniority level\nInternship', 'intern'],
  ])('fills in what the title leaves unsaid: %j', (text, level) => expect(seniority(text)).toBe(level));
  test("the title's own words win, and \"Mid-Senior level\" says nothing", () => {
    expect(seniority('Senior Data Analyst\nContoso\nSeniority level\nEntry level')).toBe('senior');
    expect(seniority('Data Analyst\nContoso\nSeniority level\nMid-Senior level')).toBe('mid');
  });
});
