import { extract } from '../../src';
import { roleContext } from '../../src/extractors/terms/role-context';

const live = (input: string | { title: string; text: string }) => {
  const r = extract(input);
  const on = <T extends { negated: boolean; value: string }>(ts: T[]) => ts.filter((t) => !t.negated).map((t) => t.value);
  return { contract: on(r.contractType), employment: on(r.employmentType), workplace: on(r.workplace) };
};

describe('where a term stands', () => {
  const at = (text: string, term: string, title?: { start: number; end: number }) => {
    const start = text.indexOf(term);
    return roleContext(text, start, start + term.length, title);
  };
  test.each([
    ['Job Type: Contract\nWe are a bank.', 'Contract', 'line'],
    ['Employment Type\nFull-time\nAbout us', 'Full-time', 'line'],
    ['Commitment\nThis is a remote, full-time, permanent position with us.', 'full-time', 'role'],
    ['We are seeking a part-time cashier to join our busy store in the town centre.', 'part-time', 'role'],
    ['Our agency has placed hundreds of temporary workers with employers in the region since 2001.', 'temporary', 'other'],
  ])('%s: %s is %s', (text, term, context) => expect(at(text, term)).toBe(context));

  test('inside the title span', () => expect(at('Summer Intern\nJoin our team.', 'Intern', { start: 0, end: 13 })).toBe('title'));
  test('a short first line is the title where the input names none', () => expect(at('Part Time Cleaner\nWe clean offices.', 'Part Time')).toBe('title'));
});

describe('a term that describes the role wins over a mention elsewhere', () => {
  test('the details box over the benefits', () =>
    expect(live('Employment Type: Full-time\nBenefits\nWe offer generous benefits, with pro-rated leave for our part-time staff and all eligible team members.').employment).toEqual(['full_time']));
  test('the title over a mention elsewhere', () =>
    expect(live({ title: 'Part Time Receptionist', text: 'Join our practice. Many of our full time colleagues started on reception with us years ago.' }).employment).toEqual(['part_time']));
  test('both stay where nothing states the role', () =>
    expect(live('Part time hours are available in term time, with full time hours over the summer holidays.').employment.sort()).toEqual(['full_time', 'part_time']));
  test('terms joined by a conjunction share their noun', () =>
    expect(live('Care Assistants\nWe are recruiting part time and full time care assistants across the county.').employment.sort()).toEqual(['full_time', 'part_time']));
});

describe('a term naming a group of staff describes them', () => {
  test.each([
    'Our benefits are generous, and full-time employees also receive an annual bonus.',
    'You will provide cover for the permanent staff during busy periods.',
  ])('%s', (text) => {
    const t = live(text);
    expect([...t.employment, ...t.contract]).toEqual([]);
  });
  test('unless the sentence is about the role', () => expect(live('We are recruiting part time staff for our new cafe in Bristol.').employment).toEqual(['part_time']));
  test('or the line is the title', () => expect(live('Part Time Staff Required\nJoin our cafe in Bristol.').employment).toEqual(['part_time']));
});

describe("other kinds of work beside the role said to be permanent are others'", () => {
  test.each([
    'Temporary assignments are available at our sister site in Bolingbrook during peak season, but this opening is a permanent position in Joliet.',
    'Locum clinical officers are also engaged on a per diem basis; this advert is for a permanent position.',
    'Agents who worked with us on fixed-term contracts are welcome to apply - this role is permanent from day one.',
  ])('%s', (text) => expect(live(text).contract).toEqual(['permanent']));
  test('work offered at the employer\'s other sites is no term of the role', () => {
    expect(live('Perks: free parking. Temporary assignments available at our sister site in Brampton during peak, if you would like extra hours.').contract).toEqual([]);
  });
  test('a role permanent only once something has passed keeps its first kind', () => {
    expect(live('This is a fixed-term contract; the role will be permanent after six months for the right person.').contract).toContain('fixed_term');
  });
  test('a credential named for interns is no internship', () => {
    expect(live('Requirements: a valid teaching credential (or intern credential eligible).').contract).toEqual([]);
  });
});

describe('contract terms in a details box', () => {
  test.each(['Duration: 6 months', 'Duration:\n12+ months', 'Assignment length: 3-6 months', 'We are seeking an interim Finance Director for a growing charity.'])('%s is a contract', (text) =>
    expect(live(text).contract).toEqual(['contract']),
  );
  test.each(['Course duration: 6 months', 'The board will read an interim report on the results.', 'Internship duration: 10 weeks'])('%s is no contract', (text) =>
    expect(live(text).contract).not.toContain('contract'),
  );
  test('a duration is the stated internship\'s length, no contract of its own', () => {
    expect(live('Summer Research Intern\nDuration: 12 weeks, June - August').contract).toEqual(['internship']);
  });
});

describe('remote, hybrid or neither', () => {
  test.each([
    'This role is hybrid, with three days a week in our Denver office.',
    'Remote-based role with one day a week in the office.',
    'Work model: Hybrid',
    'Hybrid (3 days in office)',
    'The role offers partial home working after training.',
    'Work site: Up to 50% work from home',
    'Contract: permanent. 40% remote.',
  ])('%s is hybrid', (text) => expect(live(text).workplace).toEqual(['hybrid']));

  test('an option to work remotely some days is on offer, not an outlook', () =>
    expect(live('The team is in the office three days a week, with the option to work remotely two days a week.').workplace).toEqual(['hybrid']));
  test('an option to go permanent is still an outlook', () => expect(live('Temporary role with the option to go permanent.').contract).toEqual(['temporary']));

  test('in-office, hybrid and remote offered side by side keep both', () =>
    expect(live('This role offers in-office, hybrid (at least three office days a week), and remote work arrangements.').workplace.sort()).toEqual(['hybrid', 'remote']));

  test.each([
    'You will manage engineers who work remotely across three time zones.',
    'Experience leading teams that are distributed and working remotely.',
    'Flexible and remote work arrangements may be available for some roles.',
    'Data Analyst\n\nOur platform deploys apps in seconds, all while enabling remote work for thousands of teams. You will build reports.',
    'Data Analyst\n\nWe are headquartered in Leeds, with employees working from home or from our offices. You will build reports.',
    'Office Manager\n\nOur attorneys work remotely two days a week, but the Office Manager is in the office Monday to Friday.',
    // Remote work for other roles, and remote work as what the job sells or sets up.
    'Warehouse Associate\n\nWe offer remote work for corporate roles. Pay $18/hr.',
    'Sales Associate\n\nRemote work options for some positions. Pay $18/hr.',
    'Sales Associate\n\nHelp customers set up remote work technology at home.',
  ])('%s is not this role\'s workplace', (text) => expect(live(text).workplace).toEqual([]));

  test.each(['This position is not remote.', 'Remote: No', 'Remote work: not available'])('%s rules remote out', (text) => {
    const r = extract(text);
    expect(r.workplace.map((w) => [w.value, w.negated])).toEqual([['remote', true]]);
  });
  test('"not a remote role; you will work on site in Austin" rules remote out and states on site', () =>
    expect(extract('This is not a remote role; you will work on site in Austin.').workplace.map((w) => [w.value, w.negated])).toEqual([
      ['remote', true],
      ['onsite', false],
    ]));

  test('"our employees", who may hold this role, are not others of a named trade', () => expect(live('Our employees work remotely.').workplace).toEqual(['remote']));
  test.each(['The position is fully remote.', 'This role is 100% remote.', 'We support remote working for this role.', 'Remote: Yes', 'We need an analyst who can work remotely.', 'Fully remote - no office visits.'])('%s is remote', (text) =>
    expect(live(text).workplace).toEqual(['remote']),
  );
});

describe('a workload in percent (Swiss and German postings)', () => {
  test.each([
    ['Workload: 80 - 100%', ['full_time', 'part_time']],
    ['Pensum: 100%', ['full_time']],
    ['Arbeitspensum 60%', ['part_time']],
    ['Workload: 60 - 80%', ['part_time']],
  ])('%s', (text, expected) => expect(live(text).employment.sort()).toEqual(expected));
  test('in the title, bracketed', () => expect(live({ title: 'Learning Designer (80%-100%)', text: 'Join our team in Zurich.' }).employment.sort()).toEqual(['full_time', 'part_time']));
  test('a bracketed share of the duties is no workload', () =>
    expect(live({ title: 'Data Scientist', text: 'Mentor junior scientists and review their work (25%)\nBuild models for pricing (50%)' }).employment).toEqual([]));
  test('a workload that is cut is no workload', () => expect(live('We reduced the workload by 30% last year.').employment).toEqual([]));
});

describe("a site's links are no terms of the role", () => {
  test('a menu\'s "Internships" and a related search\'s "Java Developer Contract jobs"', () => {
    const text = ['Menu', 'Startup Jobs', 'Internships', 'Upcoming Events', 'Founding Product Designer', 'Contoso', 'Full-time', 'We design tools for teams.', 'Similar searches', 'Frontend Developer jobs', 'Java Developer Contract jobs', 'Android Developer jobs'].join('\n');
    expect(live(text)).toEqual({ contract: [], employment: ['full_time'], workplace: [] });
  });
  test('a line "Internship" and "contract jobs" in a sentence still are', () => {
    expect(live('Marketing Assistant\nInternship\nJoin our team for the summer.').contract).toEqual(['internship']);
    expect(live('Welder\nWe have contract jobs available across Leeds for welders.').contract).toEqual(['contract']);
  });
});

describe("a contract's kind said of a thing, or of the employer's scheme for others", () => {
  const kinds = (text: string) => extract(text).contractType.filter((t) => !t.negated).map((t) => t.value);

  test('temporary closures and a temporary schedule are no temporary work', () => {
    expect(kinds('Line Cook\n\nAfter two temporary closures last year we are back to full hours. Cook on our wood-fired grill.')).toEqual([]);
    expect(kinds('Social Media Coordinator\n\nPromote our summer classes (a temporary schedule runs June to August). Post daily.')).toEqual([]);
  });

  test("the internship programme the employer runs for students is not this job's", () => {
    expect(kinds('Staff Accountant\n\nWe also run a paid internship program for university students each summer. You will close the books monthly.')).toEqual([]);
    expect(kinds('Maths Teacher\n\nThe district also sponsors a career internship program with local employers. Teach algebra to grades 9-10.')).toEqual([]);
  });

  test('the kind of work itself still counts', () => {
    expect(kinds('Warehouse Associate\n\nWe are keen to recruit a temporary warehouse administrator for the peak.')).toEqual(['temporary']);
    expect(kinds('Support Worker\n\nCover a variety of temporary shifts across our homes.')).toEqual(['temporary']);
    expect(kinds('Marketing Intern\n\nOur summer internship program runs ten weeks.')).toEqual(['internship']);
  });

  test('"this posting is for a permanent position": the temporary help mentioned beside it is others\'', () => {
    expect(kinds('Orchard Hand\n\nWe hire some temporary help from town at harvest; this posting is for a permanent, year-round position.')).toEqual(['permanent']);
  });
});
