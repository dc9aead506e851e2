import { runRequirements } from './run';

const experience = (text: string) => runRequirements(text).experience.map((e) => ({ text: e.text, min: e.minYears, reason: e.reason }));

describe('US forms of experience', () => {
  test.each([
    ['You bring five (5) years of experience in payroll.', 'five (5) years', 5],
    ['A minimum of two (2) years of experience in retail.', 'A minimum of two (2) years', 2],
    ['Three (3)+ years of experience with SQL.', 'Three (3)+ years', 3],
    ['4-6 years of FP&A experience', '4-6 years', 4],
    ['3+ years of C++ experience', '3+ years', 3],
    ['4+ years designing consumer products', '4+ years', 4],
    ['- 5 years building data pipelines', '5 years', 5],
    ['You have 5+ years of Python, Spark and Airflow.', '5+ years', 5],
    ['3-5 years of progressive accounting responsibility', '3-5 years', 3],
    ['Requires 3 years of Java.', '3 years', 3],
    ['- 2 years of customer service', '2 years', 2],
    ['3+ years with Python and SQL.', '3+ years', 3],
    ['- 2 years with SAP FICO', '2 years', 2],
    ['Seven (7) or more years of experience in procurement.', 'Seven (7) or more years', 7],
    ['Candidates have between 4 and 6 years of experience in audit.', '4 and 6 years', 4],
    ['12+ years in oil and gas HSE, including 5 years as manager', '12+ years', 12],
    ['Minimum 5 years in railway signalling design.', 'Minimum 5 years', 5],
    // A word that may name a term ("project", "program", "service", "training") naming the kind of experience.
    ['5+ years project management experience required.', '5+ years', 5],
    ['5+ years programming experience.', '5+ years', 5],
    ['Minimum of 3 years program management experience.', 'Minimum of 3 years', 3],
    ['2 years service desk experience', '2 years', 2],
    // The capitalised thing the years are spent on, as staffing posts list them.
    ['Must have: 7+ years Java, Spring Boot, Kafka.', '7+ years', 7],
    ['8+ years SAP FI/CO, at least two S/4HANA implementations.', '8+ years', 8],
    ['3-5 years PLC programming (Allen-Bradley, Siemens).', '3-5 years', 3],
    // What is asked for, also where a scraped heading runs into it.
    ["What we're looking for 6+ years of backend engineering experience", '6+ years', 6],
    ['We are looking for 3 years of experience in payroll.', '3 years', 3],
  ])('%s', (text, span, min) => expect(experience(text)).toEqual([expect.objectContaining({ text: span, min })]));
});

test('"and" joins a range only after "between": "Python 3 and 5 years of Java" asks five years', () => {
  expect(runRequirements('Skills in Python 3 and 5 years of Java experience.').experience.map((e) => [e.minYears, e.maxYears])).toEqual([[5, null]]);
});

test('"for" a length of time is no requirement: "trading for 20 years"', () => {
  expect(experience('Contoso has been trading for 20 years of steady growth.')).toEqual([]);
});

describe('years with someone are a tenure', () => {
  test.each(['After 10 years with the company, she retired.', 'You will spend 3+ years with us.', 'We have 20 years with clients in Leeds.'])('%s', (text) =>
    expect(experience(text)).toEqual([]),
  );
});

describe('negated and idiomatic requirements', () => {
  test('"not an entry-level position" is no entry-level requirement', () => {
    expect(experience('This is not an entry-level position.').filter((e) => e.reason === 'experience/entry-level')).toEqual([]);
  });
  test('"a plus" glued to the next word is no "a+ month": scraped text loses the break between list items', () => {
    expect(experience('Agency experience a plusMonth end close experience')).toEqual([]);
    expect(experience('5 plus years of experience')).toEqual([expect.objectContaining({ text: '5 plus years', min: 5 })]);
  });
  test('an entry-level position still is one', () => {
    expect(experience('This is an entry-level position.')).toEqual([expect.objectContaining({ reason: 'experience/entry-level', min: 0 })]);
  });
  test('"no experience necessary" stays waived', () => {
    expect(runRequirements('No experience necessary, full training given.').experience).toEqual([expect.objectContaining({ reason: 'experience/none-required', minYears: 0 })]);
  });
  test.each(['Over 20 years Contoso has grown into a national brand.', 'With 25+ years Fabrikam leads the market.', 'An 18 month programme gaining experience in finance.', 'A 12 month project for a client.', 'Must be at least 18 years of ageAdded plus: a car.'])('%s is no experience asked for', (text) =>
    expect(experience(text)).toEqual([]),
  );
  test.each(['Acme has 50 years of innovation behind it.', 'For 10 years making great coffee, we now roast our own.', 'We have spent 12 years building this platform.', 'Open 5 years including weekends.', 'Book shifts up to 6 months in advance.', 'We have 30 years in business.'])('%s is no experience asked for', (text) =>
    expect(experience(text)).toEqual([]),
  );
  test.each(['Voted best place to work three years in a row, our team has experience in care.', 'Named a top employer for 5 years running, with experience in retail.'])(
    '%s has no years of experience',
    (text) => expect(experience(text).filter((e) => e.min !== null && e.min > 0)).toEqual([]),
  );
});

test("Indeed's screening rows: each row's label is the subject, its mark whether it is required", () => {
  const rows = runRequirements('Qualifications\nExperience:\nMedical office: 1 year (Preferred)\nCustomer service: 2 years (Required)').experience;
  expect(rows.map((e) => [e.subject?.text, e.minYears, e.required])).toEqual([
    ['Medical office', 1, false],
    ['Customer service', 2, true],
  ]);
});

test("a screening row whose one-word label reads as a heading: \"Pharmacy:\" over its value", () => {
  const rows = runRequirements('Experience:\nPharmacy: 1 year (Preferred)\nRetail: 2 years (Required)').experience;
  expect(rows.map((e) => [e.subject?.text, e.minYears, e.required])).toEqual([
    ['Pharmacy', 1, false],
    ['Retail', 2, true],
  ]);
});

test('years inside an experience sentence take what they are spent doing: "including at least 3 years leading teams"', () => {
  const r = runRequirements('7-10 years of software engineering experience, including at least 3 years leading teams.');
  expect(r.experience.map((e) => [e.minYears, e.subject?.text])).toEqual([
    [7, 'software engineering'],
    [3, 'leading teams'],
  ]);
});

test('years asked for after the experience they count: "... CAN bus experience. 3+ years preferred."', () => {
  const r = runRequirements('Looking for an engineer with some CAN bus experience. 3+ years preferred.');
  expect(r.experience.map((e) => e.minYears)).toContain(3);
  expect(runRequirements('Our shop has been open 3 years. Required: nothing.').experience).toEqual([]);
});

test('a requirement\'s years before the field they are spent in, in small letters: "3+ years industrial maintenance"', () => {
  const rows = (text: string) => runRequirements(text).experience.map((e) => [e.minYears, e.subject?.text ?? null]);
  expect(rows('Requirements:\n- 3+ years industrial maintenance\n- Forklift certification')).toEqual([[3, 'industrial maintenance']]);
  expect(rows('Must have 5 years commercial HVAC.')).toEqual([[5, 'commercial HVAC']]);
  expect(rows('Skills: At least 3 years previous Project Management work.')).toEqual([[3, null]]);
  expect(rows('Requirements: 3+ years minimum')).toEqual([]);
  expect(rows('We will require 5 yrs referencing for this role.')).toEqual([]);
});
