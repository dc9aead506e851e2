import { extract } from '../../src';

/** The terms stated for the role, negated ones left out. */
const live = (text: string) => {
  const r = extract(text);
  return {
    contract: r.contractType.filter((t) => !t.negated).map((t) => t.value),
    workplace: r.workplace.filter((t) => !t.negated).map((t) => t.value),
  };
};

describe('terms of other markets and boards', () => {
  test.each([
    // Australia and New Zealand: casual employment.
    ['Barista\nCasual position, weekend shifts', 'casual'],
    ['This is a casual role in our Melbourne cafe.', 'casual'],
    ['Employment type: Casual', 'casual'],
    ['Work type\nCasual/Vacation', 'casual'],
    ['Kitchen Hand\nPart time or casual role', 'casual'],
    ['Support Worker\nCasual/Temporary\nGeelong VIC', 'casual'],
    ['Disability Support Worker - Casual\nGeelong VIC', 'casual'],
    ['Casual Barista - Fitzroy, VIC\nWeekend availability essential.', 'casual'],
    ['Dental Assistant (Casual)\nJoin our Perth clinic.', 'casual'],
    ['Dental Assistant\nCasual, 3 days a week\nJoin our Perth clinic.', 'casual'],
    // A details row's value, also after other values it lists, as boards and ATSs print them.
    ['Job Type: Internship', 'internship'],
    ['Job Type: Temporary, Internship', 'internship'],
    ['Job Type: Freelance', 'freelance'],
    ['Engagement: Freelance', 'freelance'],
    ['Nature of employment: Contract', 'contract'],
    ['Type: Seasonal', 'seasonal'],
    ['Position type: Volunteer', 'volunteer'],
    // An ATS export's worker type, a job description's "Contract:" row, a careers page's terms line.
    ['Worker Type: Temp', 'temporary'],
    ['Contract: Temp\nHours: 37.5 per week', 'temporary'],
    ['Data Analyst\nContoso\nFull-time, Internship\n\nJoin our analytics team.', 'internship'],
    ['Data Analyst\nContoso\nContract (6 months, extendable)\n\nJoin our analytics team.', 'contract'],
    ['Site Engineer (Civil)\nFabrikam Infrastructure\nCenturion, Gauteng\nContract – 18 months\nR45 000 - R55 000 per month', 'contract'],
    // A recruiter's message: the terms before the job it hires for, not a contract manager.
    ['Hi Sam, Litware Pty Ltd is hiring a contract part-time IT Support Technician in Parramatta NSW.', 'contract'],
    // A title line that opens with it.
    ['Internship (6 months) – Marketing', 'internship'],
    ['Internship - Data Science\nJoin our team.', 'internship'],
    // Australia's public service: ongoing is permanent, non-ongoing for a set term; Canada's term position; India's contractual.
    ['Ongoing, full-time position', 'permanent'],
    ['Employment type: Ongoing', 'permanent'],
    ['Non-ongoing, 12 months', 'fixed_term'],
    ['Maximum term contract, 12 months', 'fixed_term'],
    ['Term position (18 months)', 'fixed_term'],
    // Canada's public service: an indeterminate appointment is permanent.
    ['Data Analyst (EC-04)\nOttawa (Ontario)\nIndeterminate, Term, Acting, Assignment', 'permanent'],
    ['Tenure: Indeterminate', 'permanent'],
    ['This is an indeterminate position in Ottawa.', 'permanent'],
    ['Employment Type: Contractual', 'contract'],
    // Japanese and Korean: a permanent employee.
    ['バックエンドエンジニア\n雇用形態：正社員', 'permanent'],
    ['프론트엔드 개발자\n정규직', 'permanent'],
    // Brazil's employment regime as a label's value.
    ['Analista de Dados\nRegime: CLT - Híbrido', 'permanent'],
    // A contract's length as the value of a "Contract" row, also where scraped text glued the row onto the pay before it.
    ['Field Officer\nKisumu, Kenya\nContract: 1 year, renewable.', 'contract'],
    ['Plumber - Polokwane, LimpopoSalary: R20 000 per monthContract: 6 monthsRequirements: own tools', 'contract'],
    ['Lifeguard\nSeasonal: May 25 – September 2. Must be 16+.', 'seasonal'],
    ['Loader Operator\n$28/hr\nSeasonal (March - October). Overtime available.', 'seasonal'],
    // Canada's co-op: a student's work term.
    ['Co-op Student, Finance (Fall 2027)\nGuelph, ON', 'internship'],
    ['A 4-month co-op term in our Regina lab.', 'internship'],
  ])('%j gives %s', (text, value) => {
    expect(live(text).contract).toContain(value);
  });

  test.each([
    ['Smart casual dress code in a casual environment.'],
    ['Casual Dining Restaurant Manager\nRun our busy site.'],
    ['Barista\nCasual Fridays and free coffee.'],
    ['Dress code: smart - casual\nLeeds'],
    ['Job Type: Contract Manager'],
    ['Type of contract: see below'],
    ['Requirements\nInternship: completed in a related field'],
    ['Contoso is hiring a contract manager in Leeds.'],
    ['Work Type: Full Time\nContract: Permanent'],
    ['Contract - 3 years of experience in contract law required.'],
    ['Contract\nThe contract is for two years.'],
    ['Buy groceries at the co-op store on Main Street.'],
    ['Contract: see the terms below'],
  ])('%j gives no casual, contract or internship', (text) => {
    expect(live(text).contract.filter((v) => v === 'casual' || v === 'contract' || v === 'internship')).toEqual([]);
  });

  test('an indeterminate outcome is no contract', () => expect(live('The outcome of the trial is indeterminate, for now.').contract).toEqual([]));

  test('casual maps to schema.org PER_DIEM, like bank staff', () => {
    expect(extract('Employment type: Casual').contractType[0].schemaOrg).toBe('PER_DIEM');
  });

  test.each([
    // India's "work from office" is on site; some days of it are hybrid.
    ['Work from office, 5 days a week', ['onsite']],
    ['Work mode: Work from Office', ['onsite']],
    ['Work from office 3 days a week', ['hybrid']],
    ['Work arrangement: Onsite', ['onsite']],
    ['Working model: On-site', ['onsite']],
    ['Workplace type: In office', ['onsite']],
    ['Flexibility for working from the office, home and clients premises.', []],
    ['Work mode: Hybrid', ['hybrid']],
    // A details row whose label and value sit side by side without a colon.
    ['Coordinator\nJob Type Full Time\nLocation Type Hybrid\nSalary $52,000', ['hybrid']],
    ['Coordinator\nWork model Remote', ['remote']],
    ['Coordinator\nWorkplace type On-site\nPay', ['onsite']],
    ['Our workplace hybrid of ideas', []],
    ['Work Mode: WFO', ['onsite']],
    ['WFO 5 days', ['onsite']],
    ['We sell WFO software to call centres.', []],
    ['Hybrid (2 days WFH)', ['hybrid']],
    ['Working from home is possible 2 days a week', ['hybrid']],
    ['Frankfurt am Main\nFull-time\nHome office possible', ['hybrid']],
    ['30 days holiday, 2 days home office per week', ['hybrid']],
    ['Flexible hours and 2 home-office days a week', ['hybrid']],
    ['Flexible working: 60% home, 40% office', ['hybrid']],
    ['Workplace: Remote (EU time zones)', ['remote']],
    ['Desenvolvedor Back-end\nTailspin Tecnologia – Rio de Janeiro, RJ (Remoto)', ['remote']],
    // A town or remote work, as a title's place: "- Lagos/Remote", "(Remote/London)"; not a field's "Remote Sensing".
    ['Backend Engineer - Lagos/Remote\nWe build payments.', ['remote']],
    ['Data Analyst (Remote/London)\nWe build payments.', ['remote']],
    ['GIS/Remote Sensing Analyst\nWe map forests.', []],
    // A scraped line that runs the title into the workplace.
    ['Senior Software Engineer, Payments Remote (US) $165,000 - $195,000 a year Full-time', ['remote']],
    ['Location: Anywhere in India', ['remote']],
    // USAJOBS sets a label's value on the next line: "Remote job" / "No" is no remote work; telework some days is hybrid.
    ['Analyst\nRemote job\nNo\nTelework eligible\nYes—as determined by the agency policy.', ['hybrid']],
    ['Analyst\nRemote job\nNo', []],
    // A scraped row with its value on the label's line.
    ['Analyst\nRemote job No\nTelework eligible Yes', ['hybrid']],
    // All the rows on one line: each value is its own row's.
    ['Analyst Salary $58,657 per year Remote job No Telework eligible Yes—as determined by the agency policy. Work schedule Full-time', ['hybrid']],
    ['Analyst Remote job No Telework eligible No Work schedule Full-time', []],
    // Telecommuting as US employers write it; a hybrid row that says how much of it is at home.
    ['Analyst\nTelecommuting may be available.', ['hybrid']],
    ['Analyst\nHybrid: mostly remote, with monthly office days.', ['hybrid']],
    ['You will liaise with the Home Office on visa applications.', []],
    // A message's run of details: the way of working as a sentence of its own, between commas, after a dash.
    ['Contoso is hiring a UX Researcher in Singapore. S$7,000 - S$8,500/month. Hybrid. 3+ years of research experience.', ['hybrid']],
    ['Pay is PHP 55,000 - 70,000 monthly, onsite, day shift.', ['onsite']],
    ['Northwind is hiring a Data Scientist in HITEC City, Hyderabad – hybrid, ₹25-32 LPA, 4+ yrs exp.', ['hybrid']],
    // An ATS export's "Remote Type" row names none but its value.
    ['Req ID: 55120\nRemote Type: On-site', ['onsite']],
    // The run's last detail, or a line's or sentence's first.
    ['Welder\nLeeds, Alberta\nFull-time, on-site.', ['onsite']],
    ['Recruiter\n$6,000/month\n12-month renewable contract, hybrid.', ['hybrid']],
    ['Frontend Developer\nAbuja\nHybrid. Full-time. 3+ years with React.', ['hybrid']],
    ['Technician\n$28/hour\nContract role. On-site, Monday to Friday.', ['onsite']],
    ['Site Engineer\nPermanent role. On-site at a residential project in Jaipur.', ['onsite']],
    ['Grant Writer (Part-Time, Remote)\n$30 an hour', ['remote']],
    // A line opening with the way of working, a dash and the place.
    ['Customer Support Specialist\nOnsite — Irvine, California\n$22 an hour', ['onsite']],
    ['Analyst\nHybrid – Boulder, CO\n$30 an hour', ['hybrid']],
    // The way of working from some point on; all days on site.
    ['Call Center Agent\nRemote after training.\n$17 an hour', ['remote']],
    ['Payroll Clerk\nFull-time, Monday–Friday. Hybrid after 60 days.', ['hybrid']],
    ['Analyst\nOnsite 5 days a week at our Rochester headquarters.', ['onsite']],
    // A board's way of working run into the next row's label; remote offered as an option.
    ['Marketing Intern (Summer)Boise, ID - HybridPay: $19/hourThe internship runs 10 weeks.', ['hybrid']],
    ['DevOps Engineer\nPune, Maharashtra (Remote option)\n12 LPA', ['remote']],
    ['Technician\nUse the remote option on the control panel to reset the unit.', []],
  ])('%j gives workplace %j', (text, values) => {
    expect(live(text).workplace).toEqual(values);
  });
});

describe('a share of a full-time post', () => {
  test.each([
    ['Registered Nurse\nPart time (0.6 FTE)', 'part_time'],
    ['Staff Nurse, 0.8FTE', 'part_time'],
    ['Physiotherapist\n1.0 FTE, permanent', 'full_time'],
    // Ireland's health service and NHS Scotland: "whole-time" is full time.
    ['Staff Nurse\nPermanent, whole-time', 'full_time'],
  ])('%j gives %s', (text, value) => {
    expect(extract(text).employmentType.map((t) => t.value)).toEqual([value]);
  });
  test('a whole time equivalent is no full-time post: "0.5 whole time equivalent"', () => {
    expect(extract('Staff Nurse, 0.5 whole time equivalent.').employmentType.map((t) => t.value)).not.toContain('full_time');
  });
  test('a team counted in FTE says nothing of the role: "a team of 10 FTE", "2.5 FTE"', () => {
    expect(extract('You will lead a team of 10 FTE and 2.5 FTE of admin support.').employmentType).toEqual([]);
  });
});

describe('"non" negates the word it is joined to', () => {
  test.each([
    ['FLSA status: Non-exempt full-time', 'full_time', false],
    ['Non-ongoing full-time position', 'full_time', false],
    ['Non-permanent role', 'permanent', true],
    ['A non-remote role', 'remote', true],
  ])('%j: %s negated %s', (text, value, negated) => {
    const r = extract(text);
    const term = [...r.employmentType, ...r.contractType, ...r.workplace].find((t) => t.value === value);
    expect(term?.negated).toBe(negated);
  });
  test('"a long term role" is no term position', () => {
    expect(extract('This is potentially a long term role for the right candidate.').contractType).toEqual([]);
  });
  test('"Ongoing training provided" is no term', () => {
    expect(extract('Ongoing training provided.').contractType).toEqual([]);
  });
});


describe('UK care and health terms', () => {
  test('a zero-hours contract is casual', () => expect(live('Support Worker\nZero hours contract, flexible shifts.').contract).toEqual(['casual']));
  test('"FT/PT" offers both, "0.8 WTE" is part time and no 0.8-hour week', () => {
    expect(extract('Support Worker\nFT/PT hours available').employmentType.map((t) => t.value)).toEqual(['full_time', 'part_time']);
    const r = extract('Midwife\nHours: 0.8 WTE');
    expect(r.employmentType.map((t) => t.value)).toEqual(['part_time']);
    expect(r.hours).toBeNull();
  });
});

describe("a search form's place picker copied over the posting", () => {
  const workplaces = (text: string) => extract(text).workplace.filter((w) => !w.negated).map((w) => w.value);

  test('"Remote" as the last of its options is no way of working of the job', () => {
    const page = ['Keyword', 'Location', 'Any', 'Cleveland, OH', 'Akron, OH', 'Elyria, OH', 'Remote', 'Search', 'Registered Nurse - ICU', 'Work Location Type', 'On-site', 'You will care for critically ill adults on our ICU.'].join('\n');
    expect(workplaces(page)).toEqual(['onsite']);
  });

  test('its empty choice, "anywhere", over its places is no remote work', () => {
    const page = ['Search jobs', 'City: anywhere', 'Dubai', 'Abu Dhabi', 'Sharjah', 'Search', 'Dental Receptionist', 'Location: Sharjah', 'You will greet patients and manage bookings.'].join('\n');
    expect(workplaces(page)).toEqual([]);
    // A location field that says anywhere is remote work.
    expect(workplaces('Data Analyst\nLocation: Anywhere\nYou will build our dashboards.')).toEqual(['remote']);
    // "Remote" first among the offices a role may sit in stays the posting's.
    expect(workplaces('Data Analyst\nLocations\nRemote\nLeeds\nYork\nHull\nYou will build our dashboards.')).toEqual(['remote']);
  });

  test('a filter\'s ways of working, each a line of its own, are none of the job\'s', () => {
    const page = ['Search jobs', 'Work type', 'On-site', 'Remote', 'Hybrid', 'Search', 'Payroll Specialist', 'Contoso', 'Denver, CO', 'You will run our payroll from our Denver office.'];
    expect(workplaces(page.join('\n'))).toEqual([]);
    // One way of working under the title is the job's.
    expect(workplaces('Payroll Specialist\nContoso\nRemote\nFull-time\nYou will run our payroll.')).toEqual(['remote']);
  });

  test('a details box\'s places with "Remote" under them, fewer than a picker\'s, stay the posting\'s', () => {
    expect(workplaces('Data Analyst\nLocations\nLeeds\nRemote\nYou will build our dashboards.')).toEqual(['remote']);
  });
});

describe("a remote-working row's value copied without its colon", () => {
  const workplaces = (text: string) => extract(text).workplace.map((w) => `${w.negated ? 'not ' : ''}${w.value}`);

  test.each([
    ['Warehouse Associate\nLocation Reno, NV\nRemote Option No - on site\nPay $19.25 / Hour', ['not remote', 'onsite']],
    ['Warehouse Associate\nLocation Reno, NV\nRemote Option: No\nPay $19.25 / Hour', ['not remote']],
    ['Warehouse Associate\nRemote Option Yes\nPay $19.25 / Hour', ['remote']],
    // A form's question: "Telecommuting allowed?" / "No".
    ['Warehouse Associate\nFlextime allowed?\nNo\nTelecommuting allowed?\nNo\nPay $19.25 / Hour', ['not remote']],
  ])('%j', (text, expected) => {
    expect(workplaces(text)).toEqual(expected);
  });
});

describe('days at home named in a hybrid sentence', () => {
  const workplaces = (text: string) => extract(text).workplace.filter((w) => !w.negated).map((w) => w.value);

  test.each([
    ["Staff Accountant\nThis is a hybrid position: you'll be in our office Tuesday through Thursday and may work from home Monday and Friday.", ['hybrid']],
    ['Analyst\nYou will work remotely Mondays and Fridays and in the office the rest of the week.', ['hybrid']],
    // A week's range is a schedule, not days at home.
    ['Analyst\nThis role is fully remote, Monday to Friday 9-5.', ['remote']],
    ['Analyst\nWork from home Monday to Friday.', ['remote']],
  ])('%j', (text, expected) => {
    expect(workplaces(text)).toEqual(expected);
  });
});
