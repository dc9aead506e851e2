import { extract } from '../../src';

const live = (text: string) => {
  const r = extract(text);
  return {
    contract: r.contractType.filter((t) => !t.negated).map((t) => t.value),
    employment: r.employmentType.filter((t) => !t.negated).map((t) => t.value),
    workplace: r.workplace.filter((t) => !t.negated).map((t) => t.value),
  };
};

describe('a label that lists its choices is no term', () => {
  test.each([
    ['Full/Part Time: Full-Time\nRegular/Temporary: Regular', { employment: ['full_time'], contract: ['permanent'] }],
    ['Full/Part Time: Part-Time', { employment: ['part_time'], contract: [] }],
    ['Permanent/Contract: Permanent', { employment: [], contract: ['permanent'] }],
    ['Full-Time/Part-Time\nFull-Time', { employment: ['full_time'], contract: [] }],
    ['Permanent/Contract\nPermanent', { employment: [], contract: ['permanent'] }],
  ])('%j', (text, expected) => {
    const r = live(text);
    expect({ employment: r.employment, contract: r.contract }).toEqual(expected);
  });
  test('"Job Type: Full-time / Part-time" offers both', () => expect(live('Job Type: Full-time / Part-time').employment).toEqual(['full_time', 'part_time']));
  test('"Job Type" over "Full-time / Part-time" offers both', () => expect(live('Job Type\nFull-time / Part-time\nApply now').employment).toEqual(['full_time', 'part_time']));
});

describe('US contract forms', () => {
  test.each([
    ['This is a contract-to-hire role for a QA analyst.', 'temp_to_perm'],
    ['A temp-to-hire opening on our dock.', 'temp_to_perm'],
    ['This is a 1099 position paid weekly.', 'contract'],
    ["• You'd be a 1099 independent contractor (I'm not able to do payroll yet)", 'contract'],
    ['You will be an independent contractor, paid per article.', 'contract'],
    ['Position Type: Seasonal Part-Time\nSalary: $15.50 per hour', 'seasonal'],
    ['A six month W-2 contract with benefits.', 'contract'],
    ['Rate: $48/hr on W2.', 'contract'],
    ['Job Type: Contract\nLocation: Remote', 'contract'],
    ['Contract Duration: 9 months', 'contract'],
    ['Employment Type: Temporary', 'temporary'],
    ['We provide Temporary Residential Support Workers throughout Surrey.', 'temporary'],
    ['Job Types: Full-time, Contract', 'contract'],
    ['Job type\nFull-time\nContract\n\nShift and schedule', 'contract'],
    ['Registered Nurse\n$42 - $58 an hour - Full-time, Contract', 'contract'],
    ['A 13-week travel contract in our ICU.', 'contract'],
    ['We are looking for an experienced, fully remote contract litigation attorney.', 'contract'],
    ['Our client needs a contract Java developer.', 'contract'],
    ['This is a direct-hire, full-time role with our client.', 'permanent'],
    ['Position type: Direct Hire', 'permanent'],
    ['Type\nRegular Full-Time', 'permanent'],
    ['Worker Type\nRegular\nTime Type\nFull time', 'permanent'],
    ['Employee Status: Regular', 'permanent'],
    // Job boards' types for contract work by US tax status.
    ['Java Developer\nContract - W2 - 12 Month(s)\nPlano, TX', 'contract'],
    ['Java Developer\nContract (1099)', 'contract'],
    ['Java Developer\nContract - Corp-to-Corp', 'contract'],
    ['Java Developer\nContract - Independent', 'contract'],
    // A travel nurse's assignment, and a board's header chips.
    ['Registered Nurse - Travel Contract (13 weeks)\nFresno, CA', 'contract'],
    ['We need you for a 13-week travel assignment in our Med/Surg unit.', 'contract'],
    ['Registered Nurse\nFresno, CA • Contract • $2,450/week', 'contract'],
    // The value of a "Regular/Temporary" row (a label listing its choices).
    ['Job ID: 2\nRegular/Temporary: Regular', 'permanent'],
    ['Job ID: 2\nRegular/Temporary: Temporary', 'temporary'],
  ])('%s', (text, value) => expect(live(text).contract).toEqual([value]));

  test.each(['Regular attendance is required.', 'You will hold regular team meetings.', 'We employ full-time and contract staff across the region.', 'Full-time contract manager for our legal team.', 'Job type: contract management', 'We need a contract law attorney.', 'You will be a contractor liaison for our sites.', 'You will lead a team of contract engineers.', 'We hire contract W2 employees for our clients.', 'Base salary $85,000 per year, plus per diem and overtime.', 'Only apply if you are a Canadian citizen, a permanent or temporary resident of Canada, or hold a work permit.', 'We are not considering applicants that need sponsorship (additional work authorization or permanent work authorization) now or in the future.', 'Applicants on a temporary work visa are welcome.', 'Temporary teaching license holders may apply.', 'A permanent teaching certificate is preferred.'])('%s states no contract term', (text) =>
    expect(live(text).contract).toEqual([]),
  );
});

describe('terms that describe other jobs are not this role\'s', () => {
  test.each([
    'Our agency offers contract, temporary and permanent placement solutions to employers.',
    'We support community volunteer opportunities for every employee.',
    'Benefits for intern, part-time and seasonal associates may differ.',
    'Our crew app helps members find temporary and permanent staffing.',
    'The designer oversees a Design Intern and two contractors.',
    'You will be supervising intern projects each summer.',
    'We help engineers win contract opportunities with public or private organisations.',
    'Our app lets nurses find temporary and permanent shifts near them.',
    // A staffing firm's own trade, in the posting for its internal recruiter.
    'Tailspin Staffing places talent in full-time, part-time, contract and temporary positions across Ohio.',
    // The clients' jobs a recruiter fills; the staff of two terms a manager supervises.
    'Recruiter\nRecruit for temporary, temp-to-hire and direct hire positions for our clients.',
    'Pharmacy Manager\nSupervise per diem and part-time pharmacists.',
    // Interns at the end of a list of the people the role leads, or one it helps onboard.
    'Residence Hall Director\nRecruit, train and supervise 14 resident assistants and one graduate intern.',
    'Civil Engineer\nMentor two EITs and a summer engineering intern.',
    'Senior Buyer\nCoach two junior buyers and help onboard the purchasing intern each summer.',
    // A court's order, not a term of employment.
    'Staff Attorney\nSeek temporary restraining orders when a lockout is illegal.',
    // Other openings, posted apart: after a comma, a dash, or with a figure's stop between.
    'Full Stack Engineer\nWe also run a summer internship for college juniors, listed separately.',
    "Content Lead\nWe're also hiring a paid Marketing Intern for the summer - separate listing.",
    'Senior Planner\nTwo Seasonal Planning Assistant positions (contract, $21.50/hour) are posted separately.',
    // Others the employer also hires, or helps through its scheme; the staff a figure counts.
    'Equipment Operator II\nThe Highway Division also hires seasonal temporary workers each summer.',
    'Staff Accountant\nHelp mentor students in our paid accounting internship program during the summer.',
    'Warehouse Team Leader\nCoordinate with our agency partner on daily temporary labour numbers.',
    // Openings described at length before "posted separately"; an intern the role works with.
    'Registered Nurse - ICU\nFull-time and part-time ICU positions with benefits and a $10,000 sign-on bonus are posted separately on our careers site.',
    'Senior Financial Analyst\nMentor one Financial Analyst and coordinate with our FP&A summer intern.',
    // The interns the role supervises and their programme; a programme the employer also runs; a staffing firm's trade.
    'Registered Dietitian\nPrecept dietetic interns from our accredited internship program as assigned.',
    'Mechanical Engineer II\nWe also run a summer co-op and internship program for engineering students.',
    'Medical Billing Specialist\nOur firm places accounting, healthcare administration and IT professionals in contract, contract-to-hire and direct hire positions.',
    // Openings the employer had or has besides this one; openings posted apart, said with what they are.
    'Tax Preparer\nUnlike our seasonal positions in past years, this one runs all year. We\'ve hired temporary preparers every January.',
    'Java Developer\nOur other open reqs in Austin and Plano (contract, $65/hr) are for different roles.',
    'Paraprofessional\nSummer school positions are temporary and posted separately each spring.',
    'Driver\nIf you would like information on the other positions we are recruiting for or any temporary assignments please send your CV.',
    // Contractors' work the role checks; a further offer with its aside in brackets.
    'Civil Engineer II\nInspects contractor work and reviews pay applications.',
    // Programmes the employer also runs, whatever stands between; other openings it lists; an allowance it does not pay.
    'Graduate Quantity Surveyor\nWe also run a twelve-month placement year for students on sandwich courses, and a ten-week summer internship in our teams.',
    'Senior Accountant\nNorthwind Medical is also accepting applications for its summer internship program for accounting students.',
    'Production Assembler\nIf this is not a fit, we have many other opportunities around the Upstate, including part-time customer service roles.',
    'Post-Production Coordinator\nWe are not able to provide travel, lodging or per diem for this position.',
    'Bookkeeper\nWe have in the past used a temporary accounting service during busy season.',
    'Administrative Assistant\nNorthwind Staffing also has temporary and contract administrative assignments across the metro.',
    'Accounts Assistant\nWe recruit contract, temporary and permanent accounting and finance staff across Dublin.',
    // Who else the employer needs; a separate assignment; a list kept for such jobs; an intern the role supports.
    'Line Cook\nALSO: we need a temporary dishwasher for the two weeks of the fair.',
    'Teacher\nSummer school teaching is an optional, separate temporary assignment paid at $45 per hour.',
    'Records Clerk\nPlease note: a temporary/intermittent eligibility list may also be established from this recruitment.',
    'Senior Accountant\nHelp train and support our finance intern (a placement student).',
    'Graduate Engineer\nSummer internships (10 weeks, paid) are also available.',
    // A further offer with its aside after its words; other openings posted apart, with an example or their own way
    // to apply; a list kept for such jobs.
    'Machine Operator\nPart-time operator positions (20-30 hours) are also available at our Dayton plant.',
    'Product Designer\nOur contract and part-time roles (e.g., our 4-month co-op program) are posted separately.',
    'Store Supervisor\nOur second store in Gulf Breeze is hiring a part-time cashier - apply separately.',
    'Eligibility Specialist\nThe list created from this posting may also be used to fill temporary and part-time positions.',
  ])('%s', (text) => {
    const t = live(text);
    expect([...t.contract, ...t.employment]).toEqual([]);
  });

  test('looking to find part-time work is still part time', () => expect(live('Looking to find part-time work? We need a cleaner.').employment).toEqual(['part_time']));
  test('an internship on offer is still one', () => expect(live('Summer Intern - Marketing\nJoin us as an intern this summer.').contract).toEqual(['internship']));
  test('what a product does for others says nothing of this role: "helps teams manage remote work"', () =>
    expect(live('Account Executive\nOur software helps distributed teams manage remote work. You will sell to HR leaders.').workplace).toEqual([]));
  test('staff recruited now of two kinds may be this role: "We are recruiting temporary and permanent warehouse staff"', () =>
    expect(live('Warehouse Operative\nWe are recruiting temporary and permanent warehouse staff for our Leeds site.').contract).toEqual(['temporary', 'permanent']));
  test('a support worker\'s title keeps its terms: "Support Worker Aylesbury Bank Staff"', () =>
    expect(live('Support Worker Aylesbury Bank Staff\nCare for adults in their homes.').contract).toEqual(['bank']));
  test('an intern the programme takes on is still one', () => expect(live('Dietetic Intern\nAs an intern in our accredited internship program, you will rotate through three hospitals.').contract).toEqual(['internship']));
  test.each([
    // A question others ask; a perk served in the office; a way of working ruled out after it.
    'Night CNA\nPlease no messages asking if it\'s work from home, it is in person.',
    'Software Intern\nPerks:\n- Free lunch in the office three days a week',
    'Sales Executive\nThis is a field sales role; work from home is not applicable.',
    'Office Manager\nWe like working together, though working from home on the odd snow day is fine.',
  ])('says nothing of how this job is worked: %s', (text) => expect(extract(text).workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual([]));
  test('the team\'s day at home, conceded before the role\'s way of working, is not the role\'s', () =>
    expect(extract('Quantity Surveyor\nMost of our commercial team work one day a week from home, but this is a site- and office-based role rather than a remote one.').workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual(['onsite']));
  test("a board's remote chip among the terms beside a stated hybrid is the board's filing: \"London (Hybrid)\" / \"Contract, Work from home\"", () =>
    expect(extract('Senior DevOps Engineer\nWingtip Payments Ltd\nLocation: London (Hybrid)\n£450 - £500 per day\nContract, Work from home\nPosted 2 days ago\nRun our platform.').workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual(['hybrid']));
  test('a row\'s value "Remote" beside a company-wide hybrid policy stays', () =>
    expect(extract('Senior Designer\nOur U.S. Hybrid Work Model: three days on-site per week.\nFlexible Work Arrangements\nRemote').workplace.filter((w) => !w.negated).map((w) => w.value)).toContain('remote'));
  test('the poster who works from home says nothing of the nanny\'s job', () =>
    expect(extract('Part-Time Nanny\nWe are a friendly family - I work from home part of the week, my husband commutes.').workplace.map((w) => w.value)).toEqual([]));
  test('a volunteer role is still one', () => expect(live('This is a volunteer role at our charity shop.').contract).toEqual(['volunteer']));
  test('a W-2 position alone is any employee\'s', () => expect(live('This is a full-time W-2 position with benefits.').contract).toEqual([]));
  test('an employee on W-2 is no contractor: "our employee on W-2, not a 1099 app driver"', () =>
    expect(live("This is a real part-time job with a paycheck: you're our employee on W-2, not a 1099 app driver.").contract).toEqual([]));
  test("an employer's range of contracts is none of this role's: \"offers full-time, part-time and freelance opportunities\"", () =>
    expect(live('Customer Support Specialist\nKindling is one of the Top 100 Companies to Watch and offers full-time, part-time and freelance opportunities.').contract).toEqual([]));
  test('openings the posting seeks of two kinds are still its own', () =>
    expect(live('Naval Architect\nWe would like to hear from people seeking both permanent and fixed term contract opportunities.').contract).toEqual(['permanent', 'fixed_term']));
  test('a contract on W-2 is still one', () => expect(live('Senior Java Developer\n6-month contract, on W-2 only.').contract).toEqual(['contract']));
  test('"unable to" rules a term out', () => expect(live('We are unable to offer a 1099 contract here.').contract).toEqual([]));
});

describe('a workplace among the chips of a header line', () => {
  test.each([
    ['Hybrid · Full-time · Mid-Senior level', 'hybrid'],
    ['Full-time | Hybrid | Senior', 'hybrid'],
    ['Full-time • On-site', 'onsite'],
  ])('%s', (text, value) => expect(live(text).workplace).toEqual([value]));
  test('a workplace word inside a sentence is not a chip', () => expect(live('Our hybrid · cloud platform').workplace).toEqual([]));
});

describe('hybrid, not remote', () => {
  test.each(['A part-time role with a mix of office working at our Bristol office and working from home.', 'A combination of remote and office work.', 'Hybrid: 2 days from home each week.', 'Some remote work is acceptable; the office is in Leeds.', 'We offer flexibility for remote work around our Austin office.', 'Three days a week from home.', 'Hybrid - 3 days per week from our Pune office, 2 days work from home.', 'Two days a week working from home.', 'Hybrid: Tuesdays to Thursdays in the office, Mondays and Fridays from home.', "About 20 hours a week, but we'd like you in the store office Tuesday and Thursday mornings (9 to 1). The rest can be done from home.",
    'We work in a hybrid way. The team meets in Leeds on Mondays and Wednesdays, and most of us pick one more day. The rest of the week you can work from home.',
    'This is a hybrid role. Caseworkers spend two days a week visiting tenants, one day at the Canal Street office, and the remaining time working from home.',
    'The team meets in the office on Tuesdays and Thursdays, and you are free to work from home on the other days. This is a hybrid role.',
  ])(
    '%s',
    (text) => expect(live(text).workplace).toEqual(['hybrid']),
  );
  test.each(['Location: Remote', 'Data Analyst - Remote\nJoin us.', 'Remote, US', '$95K/yr - $125K/yr · Remote · Full-time', 'Data Analyst\nRemote (US)\nJoin us.', 'You can work from anywhere in the UK.', 'Anywhere in the US'])('%s is remote', (text) => expect(live(text).workplace).toEqual(['remote']));
  test.each([
    'This is a virtual position.',
    'The role is fully virtual.',
    'We are a remote-first company.',
    'This role can be done from home.',
    'Location: Remote with core hours in CST',
    'Sales Director - US Based Remote\nAbout us',
    '#LI-Remote',
    'Open to remote candidates across the US.',
    'This is a remote, full-time, permanent position.',
    'Start date: ASAPLocation: Remote (anywhere in the US)',
    'LOCATION -- Virtual',
    'You will work remote from Denver.',
    'A sales role based out of a personal home office.',
    'Remote Insurance Specialist\nAbout the job',
  ])('%s is remote', (text) => expect(live(text).workplace).toEqual(['remote']));
  test.each([
    'Java Developer\nWe need a developer. Hybrid: 3 days a week onsite.',
    'Our banking client needs a developer, hybrid 3 days a week onsite in Charlotte, NC.',
    'Expect 3 days a week in-office.',
    'Java Developer\nHybrid in Charlotte, NC\nContract - W2',
  ])('some days on site: %j is hybrid', (text) => expect(live(text).workplace).toEqual(['hybrid']));
  test('"hybrid in" inside a sentence is no workplace', () => expect(live('Our platform is hybrid in design.').workplace).toEqual([]));
  test('"Hybrid remote in Columbus, OH" is hybrid alone', () => expect(live('Work Location: Hybrid remote in Columbus, OH 43215').workplace).toEqual(['hybrid']));
  test.each([
    ['Contoso Distribution · Reno, NV (On-site)', 'onsite'],
    ['Acme · Austin, TX (Hybrid)', 'hybrid'],
    ['Acme · Austin, TX (Remote)', 'remote'],
  ])('a board\'s bracketed workplace: %s', (text, value) => expect(live(text).workplace).toEqual([value]));
  test.each([
    ['Product Designer\nNorthwind Studio · London\nHybrid\nFull-time', 'hybrid'],
    ['Product Designer\nRemote\nFull-time', 'remote'],
    ['Product Designer\nOn-site\nFull-time', 'onsite'],
  ])('a board\'s workplace on a line of its own: %s', (text, value) => expect(live(text).workplace).toEqual([value]));
  test('on-site parking is no workplace', () => expect(live('Free on-site parking.').workplace).toEqual([]));
  test('remote First Nations communities are places, no workplace', () =>
    expect(live('You will occasionally fly to remote First Nations communities.').workplace).toEqual([]));
  test("a sister company's way of working is not this role's", () =>
    expect(live('Remote work is not available for this position. Our remote-first sister company hires remote staff.').workplace).toEqual([]));
  test('"isn\'t a role that can be done from home" rules remote out', () => expect(live("This isn't a role that can be done from home.").workplace).toEqual([]));
  test("home visits are the clients' homes, no work from home", () =>
    expect(live('Expect a mix of office work and home visits across the county.').workplace).toEqual([]));
  test('"hybrid/remote" offers both', () => expect(live('Analyst (Hybrid/Remote)').workplace.sort()).toEqual(['hybrid', 'remote']));
  test('remote two days a week is hybrid', () => expect(live('You will work remotely two days a week.').workplace).toEqual(['hybrid']));
  test('geographically remote teams are no workplace', () => expect(live('You will partner with geographically remote teams.').workplace).toEqual([]));
  test('a remote control is no workplace', () => expect(live('Operate the remote control crane.').workplace).toEqual([]));
  test('Reed\'s "Work from home options" chip offers some days at home: hybrid, not remote', () =>
    expect(live('Payroll Administrator\nBristol\nPermanent, full-time\nWork from home options\n\nYou will run our payroll.').workplace).toEqual(['hybrid']));
  test('a row\'s label and its value copied onto one line, "Remote No", is no remote title', () =>
    expect(live('Founding Engineer\nExperience 3+ years\nRemote No\nSkills TypeScript, React\nWe build tools for farms.').workplace).toEqual([]));
  test("a footer's link to a board's list of remote jobs is no workplace", () =>
    expect(live('Senior Manager, FP&A\nThis is a hybrid role in our New York office.\nPopular Searches\nRemote Finance Jobs\nController Jobs').workplace).toEqual(['hybrid']));
});

describe('negation where scraped text glued the next label on', () => {
  test.each(['This is not a contract roleBenefits: dental', 'This is not a remote positionLocation: Austin, TX'])('%s', (text) => {
    const r = extract(text);
    expect([...r.contractType, ...r.workplace].every((t) => t.negated)).toBe(true);
    expect(r.contractType.length + r.workplace.length).toBe(1);
  });
});

describe('a term where scraped text glued the next label on', () => {
  test('full time', () => expect(live('Employment Type: Full-timeStarting Salary: $70K').employment).toEqual(['full_time']));
  test('part time', () => expect(live('Job Type: Part-timeSchedule: weekends').employment).toEqual(['part_time']));
  test('contract to hire', () => expect(live('This is a contract-to-hire roleBenefits: dental').contract).toEqual(['temp_to_perm']));
  test('a word with capitals inside is no glued term', () => expect(live('Experience with JavaScript, LinkedIn and PowerPoint.').workplace).toEqual([]));
});

describe('a home that is a workplace is no home working', () => {
  test.each([
    'A nurse for a nursing home based in Leeds.',
    'Manager for a small care home based in Derby.',
    'Join this nursing home working with the NHS.',
    'An established care\nHome based just north of Leeds.',
    'Manager for a 40 bedded home based in Perth.',
    'Lead the future of home based care in the county.',
  ])('%s', (text) =>
    expect(live(text).workplace).toEqual([]),
  );
  test.each(['Field Assessor (Home Based)', 'The role is home based with travel.', 'Trainer Home Based\nAbout us'])('%s is remote', (text) => expect(live(text).workplace).toEqual(['remote']));
});

describe('a location line listing a remote option', () => {
  test('"Toronto, Ontario, Canada; Remote - Canada" allows remote work', () => expect(live('Backend Engineer\nToronto, Ontario, Canada; Remote - Canada\nJoin us.').workplace).toContain('remote'));
});

describe('on site, as US boards and postings say it', () => {
  test.each([
    'Work Location: In person',
    'This is an in-person role.',
    'This role is in-office 5 days a week.',
    'Expected to be in the office five days a week.',
    'Full-time, on-site in Denver, CO.',
    'Candidates must be able to work onsite Monday through Friday.',
    'Founding Engineer\nSan Francisco • Full Time • In office',
    'This role is on-site at our Tampa office Monday through Friday.',
    'We offer a full-time, in-office schedule with a 9/80 option.',
    'Full-time. This position works in-store.',
    'This role works on-site at our Tampa plant.',
  ])('%s', (text) => expect(live(text).workplace).toEqual(['onsite']));
  test('"in office" inside a sentence is no workplace', () => expect(live('Our in office team meets weekly.').workplace).toEqual([]));
  test('"in-store" that is no place of work is none', () => expect(live('You will plan in-store promotions and events.').workplace).toEqual([]));
  test.each(['You will work onsite 3 days a week.', 'This role is on-site 3 days a week.', 'Hybrid: in office at least 3 days per week', 'You will be in the office three days a week.'])('%s is hybrid', (text) =>
    expect(live(text).workplace).toEqual(['hybrid']),
  );
  test('on site at an office now and then is no workplace', () =>
    expect(live('There may be occasions where you are required to be on-site at a client office.').workplace).toEqual([]));
});

describe('telework, as US government postings say it', () => {
  test.each([
    ['Telework eligible: Yes—as determined by the agency policy.', ['hybrid']],
    ['Situational telework may be approved.', ['hybrid']],
    ['This is a full-time telework position.', ['remote']],
  ])('%s', (text, expected) => expect(live(text).workplace).toEqual(expected));
  test('"Telework eligible: No" rules it out', () => expect(live('Remote job: No\nTelework eligible: No').workplace).toEqual([]));
});

describe('a details row that says no', () => {
  test('"Relocation expenses reimbursed: No" is no benefit, "Drug test: No" no check', () => {
    const r = extract('Relocation expenses reimbursed: No\nDrug test: No\nSecurity clearance: Secret');
    expect(r.benefits).toEqual([]);
    expect(r.certifications.map((c) => c.id)).toEqual(['security-clearance']);
  });

  test('"Travel Required: Not required" is no travel, also where the row was broken after its label', () => {
    for (const text of ['Analyst\nTravel Required: Not required\nSecurity clearance: Not Required', 'Analyst\nTravel Required:\nNot required']) {
      const r = extract(text);
      expect(r.skills.map((s) => s.id)).not.toContain('willingness-to-travel');
      expect(r.certifications).toEqual([]);
    }
  });
});

describe('contract-like terms as US postings state them', () => {
  test.each([
    ['This is a 3-month assignment with the possibility of extension.', 'contract'],
    ['Position Type: Limited Term', 'fixed_term'],
    ['Warehouse Associate\nSeasonal (Summer 2027)', 'seasonal'],
  ])('%s', (text, value) => expect(live(text).contract).toEqual([value]));
  test('a teaching assignment is no contract', () => expect(live('Your first assignment will be to map our suppliers.').contract).toEqual([]));
  test.each([
    'Data Analyst\nAdatum Corp\nRemote (US)\nContract\n$45-55/hr\nRequirements: 3+ years SQL.',
    'Data Analyst\nAdatum Corp\nRemote (US)\nContract, 6 months, W2\n$45-55/hr\nRequirements: 3+ years SQL.',
  ])('"Contract" as a detail of the header, a line of its own or before its length: %j', (text) => expect(live(text).contract).toEqual(['contract']));
  test.each([
    // A row's label over its value.
    'Data Analyst\nAdatum Corp\nContract\nPermanent\nRequirements: 3+ years SQL.',
    // Another job's line in a list under the body.
    'Data Analyst\nAdatum Corp\nWe build data tools for clinics across the country.\nOther roles\nSupport Engineer\nContract\nDenver',
  ])('nor a label, nor another job\'s line under the body: %j', (text) => expect(live(text).contract).not.toContain('contract'));
});

describe('the office named with its town, a hybrid schedule, a negation over a list', () => {
  test.each([
    ['While we are a remote-first company, this role requires 4 days a week in our Austin office.', ['hybrid']],
    ['You will work 5 days a week in our Denver office.', ['onsite']],
    ['Hybrid schedule after 90 days of onsite training.', ['hybrid']],
    ['This position is not eligible for visa sponsorship or remote work.', []],
  ])('%s', (text, workplace) => expect(live(text).workplace).toEqual(workplace));
});

describe('hybrid in a bracket after the place', () => {
  test.each(['Location: Raleigh, NC (Hybrid, 3 days onsite)', 'Austin, TX (Hybrid - 2 days in office)'])('%s', (text) => expect(live(text).workplace).toEqual(['hybrid']));
  test('"(hybrid cloud, on-prem)" is no way of working', () => expect(live('We build tools (hybrid cloud, on-prem) for banks.').workplace).toEqual([]));
});

describe('remote, as US boards say it', () => {
  test.each(['Analyst\nRemote eligible', 'Location: San Francisco, CA (Remote OK)', 'Developer\nRemote within the United States', 'Designer\nNew York, NY or Remote (US)', 'Analyst\nRemote culture with company equipment and a monthly internet allowance.', 'Python developer - $50/hr - Remote (US only)', "We're hiring! Senior iOS Engineer, remote (EU), €70-90k."])('%s', (text) =>
    expect(live(text).workplace).toEqual(['remote']),
  );
  test('"remote candidates will not be considered" rules remote out', () => expect(live('Remote candidates will not be considered.').workplace).toEqual([]));
  test('a remote-friendly company conceded before an office role is not remote', () =>
    expect(live('Although we are a remote-friendly company, this role requires you to be in our Chicago office.').workplace).toEqual([]));
  test('remote-first customers are not the role', () => expect(live('Our customers are remote-first companies.').workplace).toEqual([]));
});

describe('terms of staff and of programmes are not this role\'s', () => {
  test.each(['Internship Program Manager\nAbout us', 'Intern Program Coordinator\nAbout us', 'Intern Recruiter\nAbout us'])('%s is no internship', (text) => expect(live(text).contract).toEqual([]));
  test('a kind of workers an agency places', () =>
    expect(live('Staffing Coordinator\nWe place temporary and contract workers with local businesses. This is a full-time internal role.').contract).toEqual([]));
  test('"temporary and contract workers" wanted for the role are', () =>
    expect(live('We are seeking temporary and contract workers for our warehouse.').contract.sort()).toEqual(['temporary']));
  test.each([
    ['HR Generalist\nResponsibilities:\n- Coordinate with our agencies and track temp-to-hire conversions'],
    ['Branch Recruiter\nResponsibilities:\n- Match associates to open temporary and temp-to-hire orders'],
    ['Payroll Administrator\nResponsibilities:\n- Process payroll for temporary and seasonal warehouse employees'],
    ['Guest Services Manager\nQualifications:\n- Experience leading large teams of hourly and seasonal staff'],
    ['Lab Technician\nResponsibilities:\n- Train new technicians and rotating co-op students'],
  ])("the role's work with others' terms is no term of the role: %j", (text) => expect(live(text).contract).toEqual([]));
  test('"we require full and part time care workers to join our team" is the role\'s', () =>
    expect(live('Care Home Assistant\nWe require full and part time care workers to join our friendly team.').employment).toEqual(['full_time', 'part_time']));
  test('"full-time regular employees" a benefits line names may well be the role\'s kind', () =>
    expect(live('Analyst\nResponsibilities: analyse data. A benefits package is available for full-time regular employees.').employment).toEqual(['full_time']));
});

describe('on site and hybrid as postings say it in sentences and rows', () => {
  test.each([
    ['ICU Travel Nurse\nThis is an on-site assignment at the facility.', ['onsite']],
    ['Pharmacy Technician\nAll work is performed in person at our pharmacy locations.', ['onsite']],
    ['Substitute Teacher\nWork is performed in person at our campus.', ['onsite']],
    ["Graphic Designer\nWhere you'll work: Hybrid", ['hybrid']],
  ])('%j', (text, expected) => expect(live(text).workplace).toEqual(expected));
  test('"Hybrid - on-site at the Navy Yard two days per week" is hybrid', () =>
    expect(live('Product Manager\nWork Schedule: Hybrid - on-site at the Navy Yard two days per week.').workplace).toContain('hybrid'));
});

describe('the role said in so many words to be permanent, or not a contract', () => {
  test('"This is an internal, full-time, permanent position": a temporary associate mentioned elsewhere is no term of it', () =>
    expect(live('Staffing Recruiter\nAbout This Role\nThis is an internal, full-time, permanent position on our branch team.\nYou will onboard each temporary associate we place.').contract).toEqual(['permanent']));
  test('"not a 1099 or hourly contract role" rules the contract out', () =>
    expect(live('Program Analyst\nThis is a full-time, salaried W-2 position - not a 1099 or hourly contract role.').contract).toEqual([]));
});

describe('terms of the company, the team or a later stage are not this role\'s', () => {
  test('remote work "permitted" now and then, in an office role, is no remote role and no temporary one', () => {
    const r = live('Staff Accountant\nThis is a full-time, in-office position. Temporary remote work may be permitted during onboarding.');
    expect(r.contract).toEqual([]);
    expect(r.workplace).toEqual(['onsite']);
  });
  test('a work from home stipend is a benefit, not the workplace', () =>
    expect(live('IT Support Technician\nThis is a full-time, on-site position. We offer a work from home stipend and a phone allowance.').workplace).toEqual(['onsite']));
  test('the company\'s way of working, contrasted with this role\'s, is not the role\'s', () =>
    expect(live('Product Designer\nSan Francisco, CA · Hybrid\nFabrikam is remote-friendly for some roles, but this role is hybrid.').workplace).toEqual(['hybrid']));
  test('"our full-time engineers" an intern works beside are no full-time role', () =>
    expect(live('Software Developer Intern\nInterns will work alongside our full-time engineers.').employment).toEqual([]));
  test('"our part-time nurses" are others, "our full-time positions" the offer', () => {
    expect(live('Charge Nurse\nYou will schedule our part-time nurses and aides.').employment).toEqual([]);
    expect(live('Charge Nurse\nApply for one of our full-time positions.').employment).toEqual(['full_time']);
  });
  test('a full-time post\'s share of full time is no part-time post: "full-time (0.9 FTE)"', () =>
    expect(live('Registered Nurse\nOpenings for full-time (0.9 FTE) night shift RNs.').employment).toEqual(['full_time']));
  test('"may be considered for permanent roles after the season" is an outlook, not the offer', () =>
    expect(live('Retail Associate\nSeasonal associates may be considered for permanent roles after the season.').contract).toEqual([]));
});

describe('seasonal and independent-contractor roles as US boards state them', () => {
  test.each([
    ['Seasonal Retail Sales Associate\nTailspin Outfitters', 'seasonal'],
    ['Sales Associate\n$16 - $18 an hour - Seasonal, Part-time', 'seasonal'],
    ['Delivery Driver\nWe are hiring independent contractors (1099) to deliver packages.', 'contract'],
    ['Courier\nThis is an independent contractor position.', 'contract'],
  ])('%s', (text, value) => expect(live(text).contract).toEqual([value]));
  test.each(['Seasonal Flu Vaccine Coordinator\nAbout us', 'Seasonal Hiring Coordinator\nFull-time, year-round. You will recruit our peak workers.', 'Project Manager\nWe work with subcontractors and 1099 contractors on every job site.'])('%s states no contract term', (text) =>
    expect(live(text).contract).toEqual([]),
  );
});

describe('an office based somewhere is no office-based role', () => {
  test('"a family office based in Chicago"', () => expect(live('Senior Accountant\nContoso Holdings is a family office based in Chicago, IL.').workplace).toEqual([]));
  test('"an office based role" still is', () => expect(live('This is an office based role in Leeds.').workplace).toEqual(['onsite']));
});

describe('terms offered besides this role are not its terms', () => {
  test('"Part-time tutors and substitute teachers are also needed" beside a full-time teacher post', () =>
    expect(live('Teacher - 3rd Grade\n$58,000 - $64,000 a year - Full-time\n\nPart-time tutors and substitute teachers are also needed; see our careers page.').employment).toEqual(['full_time']));
  test('"Locum cover also available in Limerick" beside a full-time post', () =>
    expect(live('Pharmacist\nWe are seeking a full-time pharmacist for our Cork branch. Locum cover also available in Limerick and Waterford.').contract).toEqual([]));
  test('a locum post is still one', () => expect(live('Locum Pharmacist\nLocum cover needed in Limerick.').contract).toEqual(['locum']));
});

describe('a weekday at home is hybrid', () => {
  test.each(['In office Monday - Thursday; remote Fridays.', 'Work from home Fridays, in the office the rest of the week.'])('%s', (text) =>
    expect(live(`Paralegal\n${text}`).workplace).toEqual(['hybrid']));
});

describe('casual as a board\'s header line states it', () => {
  test('"Casual, Part-time"', () => expect(live('Registered Nurse\n$41.25 - $54.25 per hour\nCasual, Part-time\n\nJoin us.').contract).toEqual(['casual']));
});

describe('a header line of parts split by slashes, as Lever prints it', () => {
  test.each([
    ['Account Manager\nAustin, TX / Sales / Full-time / Hybrid\nApply for this job', 'hybrid'],
    ['Account Manager\nAustin, TX / Sales / Full-time / Remote\nApply for this job', 'remote'],
    ['Account Manager\nAustin, TX / Sales / On-site / Full-time\nApply for this job', 'onsite'],
  ])('%s', (text, value) => expect(live(text).workplace).toEqual([value]));
  test('a slash inside a sentence is no such line', () => expect(live('Our tools / hybrid cloud services.').workplace).toEqual([]));
});

describe('remote work now and then is hybrid, remote places are no remote work', () => {
  test.each([
    'Must be able to work remotely when needed (snow days).',
    'Flexibility to work from home for appointments.',
    'Remote work is available 1 day per week.',
  ])('%s is hybrid', (text) => expect(live(`Analyst\n${text}`).workplace).toEqual(['hybrid']));
  test('"work remote job sites" is no remote work', () => expect(live('Technician\nOccasionally work remote job sites in West Texas.').workplace).toEqual([]));
  test('"work remote" alone still is', () => expect(live('Analyst\nYou can work remote from anywhere.').workplace).toEqual(['remote']));
});

describe('staff this role supervises and an outlook are not its terms', () => {
  test.each([
    ['Store Manager\nYou will supervise 12 part-time cashiers.', []],
    ['Chef\nManage seasonal staff during peak season.', []],
    ['Shift Lead\nTrain and schedule part-time crew members.', []],
    ['Program Coordinator\nCoordinate our summer internship program.', []],
  ])('%s', (text, employmentAndContract) => {
    const t = live(text);
    expect([...t.employment, ...t.contract]).toEqual(employmentAndContract);
  });
  test('"Part-time to start, with the opportunity to move to full-time" is part time', () =>
    expect(live('Associate\nPart-time to start, with the opportunity to move to full-time.').employment).toEqual(['part_time']));
  test('a seasonal post is still one', () => expect(live('Chef\nWe are hiring seasonal staff for the summer.').contract).toEqual(['seasonal']));
  test('a season named as the job\'s: "(Summer Season)", "Casual · Summer season (December – February)", "a summer season role"', () => {
    expect(live('Bar Attendant - Casual (Summer Season)\nThe Salty Pelican\nCasual · Summer season (December – February)').contract).toContain('seasonal');
    expect(live('Lifeguard\nThis is a summer season role, June to August.').contract).toEqual(['seasonal']);
    expect(live('Marketing Manager\nOur busy summer season brings many visitors. Full-time, permanent.').contract).toEqual(['permanent']);
  });
  test('the employer\'s staff of other terms, also in a sentence about the role: "hiring a Scheduler to coordinate visits for our per diem and part-time nurses"', () => {
    const t = live('Scheduler\nNorthwind is hiring a Scheduler to coordinate visits for our per diem and part-time nurses. This is a full-time, in-office position.');
    expect([t.employment, t.contract]).toEqual([['full_time'], []]);
  });
  test('a per diem paid after a sum is an allowance, not a per diem post: "$75 per diem for days in the field"', () =>
    expect(live('Field Technician\nPay: $32/hr plus $75 per diem for days in the field. Full-time, permanent.').contract).toEqual(['permanent']));
  test('so is one after a daily rate: "$65/day per diem when working overnight", "$50 a day per diem"', () => {
    expect(live('Field Technician\nFull-time. $65/day per diem when working overnight away from home.').contract).toEqual([]);
    expect(live('Surveyor\nFull-time. $50 a day per diem on out-of-town jobs.').contract).toEqual([]);
  });
  test('an intern this role supervises, the verb glued to the line before: "change ordersSupervise an engineering technician and a seasonal engineering intern"', () =>
    expect(live('Civil Engineer\nManage change ordersSupervise an engineering technician and a seasonal engineering internMinimum Qualifications').contract).toEqual([]));
  test('"conversion to a permanent role" is an outlook', () =>
    expect(live('Research Associate (Contract to Perm)\nInitial contract through Adatum Staffing, with conversion to a permanent role.').contract).not.toContain('permanent'));
  test('"may be converted to a contract position in the future" is an outlook', () =>
    expect(live('Technician\nFull-time. The role may be converted to a contract position in the future.').contract).toEqual([]));
  test('its hours stay: "Conversion to full-time at 6 months" is full time', () =>
    expect(live('Data Engineer\nWhy join us? Conversion to full-time at 6 months. 100% remote.').employment).toEqual(['full_time']));
  test('"Work from home not available" rules it out', () => expect(live('Pharmacy Technician\nFull-time. Work from home not available.').workplace).toEqual([]));
  test('a bracketed "(Freelance)" is a freelance post, as "(Contract)" is a contract', () =>
    expect(live('About the job Proseware is hiring a Video Editor (Freelance). Remote within the US.').contract).toEqual(['freelance']));
  test('"(Contract, 6 months, ...)" is a contract, as "(Contract)" is', () =>
    expect(live('About the job We are hiring a Technical Writer (Contract, 6 months, 30 hrs/week) to document our APIs.').contract).toEqual(['contract']));
  test('"a long-term remote contract" is a contract and remote work', () => {
    const t = live('About the job Contoso is seeking an SAP Consultant for a long-term remote contract. Rate: $85/hr.');
    expect([t.contract, t.workplace]).toEqual([['contract'], ['remote']]);
  });
  test('a schedule row run into the next is no staff scheduled: "Work schedule Full-time Duties Performs ..."', () =>
    expect(live('Engineering Technician Appointment type Permanent Work schedule Full-time Duties Performs engineering work.').employment).toEqual(['full_time']));
});

test("a board's criteria box flattened into the text gives the employment type: 'Employment typeFull-time'", () => {
  const r = extract('Senior Accountant Contoso Dallas, TX About the job We run the close. Seniority levelMid-Senior level Employment typeFull-time Job functionAccounting');
  expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
});

describe('some days at home, some at the office', () => {
  test.each([
    'Occasional work from home is possible, but the role is mainly in our studio.',
    'Our hybrid policy: we gather in the office on Tuesdays and Thursdays.',
    'Hybrid: in our Dumbo studio Tuesday and Thursday, otherwise remote.',
    'Hybrid: in studio 3 days per week at our Playa Vista campus.',
  ])('%s is hybrid', (text) => expect(live(text).workplace).toEqual(['hybrid']));
  test('a remote-first company whose role is on site is on site', () =>
    expect(live('Contoso is a remote-first company for most roles, but this position is fully on-site in our Detroit lab.').workplace).toEqual(['onsite']));
  test('a remote-first company whose role is based at its office is not remote', () =>
    expect(live('We are a remote-first company, but this role is based in our Columbus headquarters.').workplace).toEqual([]));
  test('a remote role that asks for travel stays remote', () =>
    expect(live('This is a remote position, but the role requires travel to clients twice a year.').workplace).toEqual(['remote']));
});

describe('remote ruled out in the contracted forms', () => {
  test.each([
    "We don't offer remote or hybrid arrangements for this team.",
    'This lab role is in Cambridge; remote work isn’t possible given the nature of the work.',
    "Our office doesn't offer remote work.",
  ])('%s', (text) => expect(live(text).workplace).toEqual([]));
  test('the office named with its town, then the days, is hybrid', () =>
    expect(live('See clients in our Madison office 3 days a week and by telehealth from home 2 days.').workplace).toEqual(['hybrid']));
});

describe('the terms of the people a staffing firm or a store employs', () => {
  test.each([
    'Payroll Specialist\nAdatum places temporary, contract and temp-to-hire workers with 300 clients.',
    'Recruiter\nWe supply seasonal staff to farms across the valley.',
    'Store Manager\nLead a store of 80 associates, including seasonal staff during the holidays.',
    'Quality Technician\nTrain production staff, including the temporary workers our agency partner sends.',
  ])('%s states no term of this role', (text) => expect(live(text).contract).toEqual([]));
  test.each([
    ['We are hiring seasonal staff for our garden centre.', ['seasonal']],
    ['Seasonal workers wanted for the harvest.', ['seasonal']],
  ])('%s is a seasonal role', (text, expected) => expect(live(text).contract).toEqual(expected));
});

describe('the way of working after a dash, closing the line', () => {
  test.each([
    ['Data Engineer\nMinneapolis, MN - Hybrid\nSalary: $120K', ['hybrid']],
    ['Data Engineer\nMinneapolis, MN – Onsite\nJoin us', ['onsite']],
    ['Data Engineer - Hybrid\nJoin us', ['hybrid']],
  ])('%j', (text, expected) => expect(live(text).workplace).toEqual(expected));
});

describe("a schedule row's value is the role's, whatever the next line opens with", () => {
  test('"Work schedule Full-time" over "This position ..." is full time', () =>
    expect(live('Analyst\nWork schedule Full-time\nThis position is located in Denver.').employment).toEqual(['full_time']));
  test('the staff a role schedules are still theirs', () => expect(live('Manager\nYou will schedule part-time cashiers.').employment).toEqual([]));
});

describe('contract-like terms of others, and a season stated at a line\'s start', () => {
  test.each([
    'Recruiting Coordinator\nFabrikam is a staffing firm specializing in contract, contract-to-hire and direct hire placements.',
    'Warehouse Supervisor\nSupervise 35 associates and up to 20 temp workers on night shift.',
  ])('%s states no term of this role', (text) => expect(live(text).contract).toEqual([]));
  test.each(['Lifeguard\nSeasonal, part-time (up to 29 hours per week), May - August.', 'Lifeguard (Seasonal)\nGuard the pool.'])('%s is seasonal', (text) =>
    expect(live(text).contract).toEqual(['seasonal']),
  );
});

describe('telework the position is eligible for', () => {
  test('"eligible for telework up to 50% of the time" is hybrid', () =>
    expect(live('Telework: this position is eligible for telework up to 50% of the time.').workplace).toEqual(['hybrid']));
  test('"eligible for full-time telework" is remote', () => expect(live('This position is eligible for full-time telework.').workplace).toEqual(['remote']));
});

describe('a government posting\'s rows run onto one line', () => {
  test.each([
    'Location: Denver, CO Remote job: No Telework eligible: No Travel Required: Occasional travel',
    'Location: Denver, CORemote job: NoTelework eligible: NoTravel Required: Occasional travel',
  ])('%s rules remote work out', (text) => expect(live(text).workplace).toEqual([]));
  test('"Remote: Northern Virginia" is no "No"', () => expect(live('Location: Remote: Northern Virginia').workplace).toEqual(['remote']));
});

describe("the row before's \"No\" in a government posting run onto one line", () => {
  test('"... reimbursed No Appointment type Permanent" is permanent', () =>
    expect(live('Relocation expenses reimbursed No Appointment type Permanent Work schedule Full-time').contract).toEqual(['permanent']));
  test('"No Remote work" still rules remote out', () => expect(live('No Remote work.').workplace).toEqual([]));
});

describe('remote words that are no remote work', () => {
  test.each(['Remote Area Nurse\nProvide primary health care, based at our Alice Springs clinic.', 'Remote Sensing Analyst\nProcess satellite imagery.'])(
    '%s is no remote role',
    (text) => expect(live(text).workplace).toEqual([]),
  );
  test('"Telecommute: No Schedule: ..." run onto one line rules remote out', () =>
    expect(live('Pay $45 per hour Telecommute: No Schedule: Tuesday and Thursday.').workplace).toEqual([]));
  test.each([
    'Account Coordinator\nRemote Work Policy: employees may work remotely one day per week after their first 90 days.',
    'Account Coordinator\nYou may work from home up to 2 days a week.',
  ])('leave to work at home some days is hybrid: %j', (text) => expect(live(text).workplace).toEqual(['hybrid']));
  test('"remote work may be considered" is still only an outlook', () => expect(live('Remote work may be considered for exceptional candidates.').workplace).toEqual([]));
});

describe("a box of other jobs a page's text run onto one line runs on into", () => {
  test.each([
    'Payroll Administrator Leicester Full time Process the monthly payroll for 400 staff. Similar jobs Payroll Officer £30,000 per annum, Nottingham Remote Payroll Specialist £32,000 per annum, Work from home About us Privacy',
    'Frontend Engineer London Two office days a week in Shoreditch. Other jobs you might like Senior React Developer · Oakhouse · Remote (UK) Frontend Developer · Juniper Pay · Manchester',
  ])('its ways of working are those jobs\': %j', (text) => expect(live(text).workplace).not.toContain('remote'));
  test('its cards a long way down, each ending in its date, are still those jobs\'', () => {
    const cards = ['Payroll Officer Payroll Officer Northwind Traders Nottingham, England, United Kingdom 2 days ago', 'Senior Payroll Administrator Senior Payroll Administrator Fabrikam Logistics Group Derby, England, United Kingdom 1 week ago', 'Payroll and Pensions Assistant Payroll and Pensions Assistant Tailspin Holdings Leicester, England, United Kingdom 3 weeks ago'];
    const text = `Payroll Administrator Leicester Full time Process the monthly payroll for 400 staff. People also viewed ${cards.join(' ')} Payroll Specialist (Remote, UK) Adatum Leeds 5 days ago`;
    expect(live(text).workplace).not.toContain('remote');
  });
  test('a date alone, with no box opened before it, is no card', () =>
    expect(live('Payroll Specialist Leeds Posted 2 days ago Payroll Specialist (Remote, UK) with Adatum').workplace).toContain('remote'));
  test('a button "Show similar jobs" opens no box: the posting\'s own details after it count', () =>
    expect(live('Share Show similar jobs Software Engineer Cambridge, MA Apply Work site Up to 50% work from home Travel 0-25%').workplace).toEqual(['hybrid']));
});

describe("a workplace row's value that rules remote work out", () => {
  test.each(['Remote working: On-site only', 'Remote working:\nOn-site only', 'Home working: Office-based'])('%j', (text) => {
    expect(live(`Administrative Officer\n${text}\nHandle licences.`).workplace).not.toContain('remote');
  });
});

test('a board\'s chips "Full-time" over "On-site" keep the full-time term', () => {
  expect(live('Customer Success Manager\nBoston, MA\nFull-time\nOn-site\nHelp our customers.')).toMatchObject({ employment: ['full_time'], workplace: ['onsite'] });
});

describe('a role said to be permanent in so many words', () => {
  test.each([
    'Accountant\nThis is a permanent, full-time role. We also run a paid internship programme for university students.',
    'Graduate Engineer\nThis is a full-time, permanent graduate role. Our Summer Vacation Program (a paid 6-week internship for students) is advertised separately.',
  ])('leaves the internships mentioned elsewhere to others: %j', (text) => expect(live(text).contract).toEqual(['permanent']));

  test('a permanent role the temporary one may lead to is no such statement', () => {
    expect(live('Social Worker\nWe need a social worker on a temporary basis. The temporary candidates may have a chance at a permanent role in the future.').contract).toContain('temporary');
  });
});

describe('other openings the posting names are not this role', () => {
  test.each([
    ['Dental Receptionist\nThis is a part-time role, three days a week. We are also hiring a full-time Dental Assistant.', ['part_time']],
    ['Store Supervisor\nThis is a full-time, salaried role. We are also hiring part-time cashiers and stockers.', ['full_time']],
    ['Casual RN\nCasual shifts on our medical ward. Regular full-time and part-time RN positions are posted separately when available.', []],
  ])('%j', (text, employment) => expect(live(text).employment).toEqual(employment));
});

describe('some days at home, as US public employers and libraries say it', () => {
  const live = (text: string) => extract(text).workplace.filter((w) => !w.negated).map((w) => w.value);

  test('"may telework up to two days per week" and "up to one remote day per week" are hybrid', () => {
    expect(live('Environmental Specialist\n\nTelework\nThis position may telework up to two days per week after completion of initial training.')).toEqual(['hybrid']);
    expect(live('Librarian\n\nWork arrangement\nEligible for up to one remote day per week after six months.')).toEqual(['hybrid']);
  });

  test('"flexibility to work in an office and/or at-home" is hybrid; "in the office or remotely as you choose" names no day', () => {
    expect(live('Analyst\n\nWorking Conditions:\nFlexibility to work in an office and/or at-home, remote office environment.')).toEqual(['hybrid']);
  });

  test('an outlook stays none: "could become remote later"', () => {
    expect(live('Analyst\n\nThis role could become remote later.')).toEqual([]);
  });
});

describe("LinkedIn's top card scraped, its chips glued to each other and to the words around them", () => {
  test.each([
    ['Platform Engineer\nQuarrystone Data · Denver, CO · 5 days ago · 61 applicantsOn-siteFull-timeAbout the jobQuarrystone Data runs fleets.', 'onsite'],
    ['Platform Engineer\nQuarrystone Data · Denver, CO (Hybrid) · 2 weeks ago · Over 200 applicantsHybridFull-timeMid-Senior level1,001-5,000 employeesAbout the jobWe build.', 'hybrid'],
    ['Platform Engineer\nQuarrystone Data · Denver, CO · 3 weeks ago · 112 applicantsOn-siteFull-time501-1,000 employees · Sporting Goods\nAbout the job\nWe build.', 'onsite'],
  ])('%j', (text, workplace) => {
    const r = extract(text);
    expect(live(text)).toEqual({ contract: [], employment: ['full_time'], workplace: [workplace] });
    expect(r.company?.name).toBe('Quarrystone Data');
  });
});

describe('kinds a condition weighs are not the role\'s', () => {
  test('"benefits depend on whether your position is full-time, part-time or intermittent" beside the role\'s own row', () => {
    expect(live('Hydrologist\nWork schedule\nFull-time\nBenefits\nEligibility for benefits depends on the type of position you hold and whether your position is full-time, part-time or intermittent.').employment).toEqual(['full_time']);
  });
});

test('a full-time equivalent is a measure, not the hours: "the full-time equivalent salary is $82,000" of a part-time post', () => {
  expect(live('Support Worker\nWe are hiring a tenancy support worker for 30 hours per week. The full-time equivalent salary is $82,000 pro rata.').employment).toEqual([]);
});

describe('a hybrid week stated by its days, and what it is not', () => {
  test.each([
    'Clerk\nHybrid: on-site Monday–Wednesday, remote Thursday–Friday after training.',
    'Planner\nWork arrangement: Hybrid – on site at the Springfield planning center four days per week.',
    'Controller\nSchedule: on-site in Grand Rapids four days a week with Fridays remote.',
  ])('%j is hybrid', (text) => expect(live(text).workplace).toEqual(['hybrid']));
  test('a line above that ends "in progress" is no outlook for the hybrid under it', () =>
    expect(live('Network Engineer\n\n- SD-WAN rollout in progress\n- Hybrid: 2 days a week in our Raleigh data center/office, the rest remote.').workplace).toEqual(['hybrid']));
  test('"Apply in person Monday-Thursday" is how to apply, not a hybrid week', () =>
    expect(live('Servers & Bartenders\nApply in person Monday-Thursday between 2 and 4pm.').workplace).toEqual([]));
  test('"on-site Monday through Friday" is a whole week, no hybrid', () =>
    expect(live('Clerk\nOn-site Monday through Friday, 8-5.').workplace).not.toContain('hybrid'));
  test('the role said to be office based keeps it beside the hybrid to come', () =>
    expect(live('Sales Executive\nWhile this role is office based, we will consider partial home working after a period of time.').workplace).toEqual(['onsite', 'hybrid']));
});

describe('the last of the people a role manages or mentors is not its own term', () => {
  test.each([
    ["Marketing Manager\nYou'll manage a $450,000 annual marketing budget, one content coordinator and a part-time social media intern.", []],
    ['Reliability Engineer\nWork with vendors on service agreementsMentor maintenance planners and the engineering co-op student', []],
  ])('%j', (text, kinds) => {
    const t = live(text);
    expect([...t.employment, ...t.contract]).toEqual(kinds);
  });
  test('"Looking for a freelancer to" is a freelance post', () =>
    expect(live('Shopify developer\nI run a small candle company. Looking for a freelancer to clean up our theme.').contract).toEqual(['freelance']));
});

describe('vacancies to come, programmes the employer also runs and a stint to start the job are not its terms', () => {
  test('an eligible list that may fill "future full-time, part-time and extra-help (temporary) vacancies"', () =>
    expect(live('Eligibility Worker\nJob Type: Full-Time, Permanent\nThe eligible list may be used to fill future full-time, part-time and extra-help (temporary) vacancies in Visalia.').contract).toEqual(['permanent']));
  test('"Apprenticeship program – we also hire and train apprentices" among the benefits', () =>
    expect(live('HVAC Technician\nBenefits\n• Paid holidays and PTO\n• Apprenticeship program – we also hire and train apprentices').contract).toEqual([]));
  test('"a two-week temporary assignment at our Chicago headquarters for onboarding"', () =>
    expect(live('Staff Accountant\nNew hires complete a two-week temporary assignment at our Chicago headquarters for onboarding, then work on-site in Milwaukee.').contract).toEqual([]));
});

describe('other people and other openings, however far the clause names them', () => {
  test.each([
    // Each kind an "also hires" clause names; a separate opening with its words after it; one also posted.
    'Maintenance Worker II\nThe district also hires seasonal laborers (May - September) and temporary snowplow drivers; those positions are posted in spring.',
    'Neighbourhood Officer\nWe are also advertising a separate 12-month fixed-term Neighbourhood Officer post to cover maternity leave.',
    'Policy Analyst\nNote: A 12-month temporary Policy Analyst position (parental leave coverage) is also posted under competition GN-2025-063.',
    // A job's plural in a sentence that hires none; a group the clause is said of.
    'Registered Nurse\nTemporary travel nurses also work on the unit from time to time.',
    'Registered Nurse\nPer diem nurses in our float pool are paid a separate, higher rate.',
    'Claims Adjuster\nDuring hurricane season we bring on temporary CAT adjusters through independent firms.',
    'Senior Consultant\nThese specialists are engaged on a contract basis and are managed by the engagement manager.',
    // Interns' projects.
    'Staff Software Engineer\nStaff engineers on the team act as mentors, scope intern projects and review their work.',
  ])('%s', (text) => {
    const t = live(text);
    expect([...t.contract, ...t.employment]).toEqual([]);
  });

  test('"our separate ... vacancies are advertised as home working roles" leaves the role on site', () =>
    expect(live('Store Manager\nAs a store-based role it is not suitable for home working; our separate Customer Service Advisor vacancies are advertised as home working roles.').workplace).toEqual([]));

  test.each([
    ['Support Worker\nWe require both full and part time Support Workers to deliver care in the community.', ['full_time', 'part_time']],
    ['Support Worker\nPermanent part time Support Workers required to help people stay independent.', ['part_time']],
  ])('the jobs on offer named in the plural are still the role: %j', (text, employment) => expect(live(text).employment).toEqual(employment));

  test('"As a selfemployed Sales executives you ..." is still the role', () =>
    expect(live('Sales Executive\nAs a selfemployed Sales executives you have the potential to earn an executive income.').contract).toEqual(['freelance']));
});

describe('a details row run onto its value, where a copy lost the line break', () => {
  test('"Job Type Full Time Salary ..." states the role\'s terms; a consultant\'s part-time basis is theirs', () =>
    expect(live('Senior Accountant Job Details Job Location Amman, Jordan Job Type Full Time Salary Confidential Coordinate with the external tax consultant, who works with us on a part-time basis.').employment).toEqual(['full_time']));
  test("a filter's first choice after its label is no row: \"Any Employment Type Full-Time Part-Time Adjunct\"", () =>
    expect(live('Search jobs Any Employment Type Full-Time Part-Time Adjunct Visiting Assistant Professor of Chemistry Posted: 05/08/2024 Type: Full-Time Application Due: Open Until Filled').employment).toEqual(['full_time']));
});

test('"work from the Midtown office at least two days per week and may work from home on the other days" is hybrid', () =>
  expect(live('Senior Consultant\nAtlanta staff work from the Midtown office at least two days per week and may work from home on the other days.').workplace).toEqual(['hybrid']));

test('a box of other jobs on one line, after its heading\'s colon, is theirs', () => {
  const r = extract('Director of Development\nBrandywine Land Trust\nWest Chester, PA\n\nLead our fundraising.\n\nSimilar jobs: Development Manager - Philadelphia, PA · Grants Writer (Contract) - Remote · Annual Fund Coordinator - Wilmington, DE');
  expect([r.contractType.map((t) => t.value), r.workplace.map((t) => t.value), r.location?.name]).toEqual([[], [], 'West Chester']);
});

describe('crews, teams and postings that are not the role', () => {
  test.each([
    // A crew named with its trade, in a sentence that hires none.
    'Orchard Supervisor\nOur workforce doubles each autumn, including seasonal pickers and temporary packing line staff.',
    // Some of the people the role leads.
    'Shift Lead\nYou lead a team of 30 warehouse operatives. Many of them are temporary workers supplied by two agencies.',
    // Another opening, said to be another posting after it.
    'Clinical Therapist\nOur Asheville office is hiring a part-time, contract (1099) clinician; that is a separate posting.',
    // The candidate's past work.
    "Backend Engineer\nPlenty of great engineers come out of contract work; we don't mind.",
    // Staff whose cost the role models, the noun of another thing.
    'Budget Analyst\n- Build staffing models, including the cost of contract and temporary staff used during peak seasons',
    // The client's people, and those named by their letters.
    "Machine Operator\nYou will join the second shift alongside the client's own part-time operators.",
    'Home Health Aide\nOur aides are supported by a pool of per diem LPNs and RNs who cover weekend visits.',
  ])('%j', (text) => expect([...live(text).contract, ...live(text).employment]).toEqual([]));
  test('"we need temporary warehouse workers" still hires them', () =>
    expect(live('Warehouse Worker\nThis winter we need temporary warehouse workers for our Reno site.').contract).toEqual(['temporary']));
  test("a row's list of terms states each: \"Type: Full-time, permanent, direct hire with our client ...\"; past contract work is the candidate's", () =>
    expect(live("Payroll Specialist\n- Type: Full-time, permanent, direct hire with our client (on their payroll)\n\nI know you've done some contract work before - this seat is a better fit.").contract).toEqual(['permanent']));
});

describe('other positions named beside the role, by their sums and their payroll', () => {
  test('"($1,500 for full-time positions)" in a sign-on bonus is another position\'s', () =>
    expect(live('CNA - Part Time Evenings\nNew part-time CNAs are eligible for a $750 sign-on bonus ($1,500 for full-time positions), paid after 90 days.').employment).toEqual(['part_time']));
  test('"a mix of full-time, part-time and casual support workers" is the payroll\'s staff', () =>
    expect(live('Payroll Officer\nThe payroll team processes a fortnightly payroll for a mix of full-time, part-time and casual support workers.').employment).toEqual([]));
});

test('"We are also currently recruiting ... for a 12-month maternity cover contract" is another opening\'s', () => {
  const r = extract('Payroll Administrator\nReading, Berkshire\nPermanent, full-time\nWe are also currently recruiting a Payroll Supervisor for a 12-month maternity cover contract at our Basingstoke office.');
  expect([r.contractType.map((t) => t.value), r.location?.name]).toEqual([['permanent'], 'Reading']);
});
