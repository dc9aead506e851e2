import { extract } from '../../src';

const codes = (input: string) => extract(input).warnings.map((w) => w.code);

describe('a JSON posting passed as its text', () => {
  test('is read from its keys, each span in the JSON text, with a warning that says to pass the object', () => {
    const input = JSON.stringify({ title: 'Staff Nurse', company: 'Contoso Care', description: 'Join our ward in Leeds. Band 5, \u00a328,000 a year.' });
    const r = extract(input);
    expect(r.title?.text).toBe('Staff Nurse');
    expect(r.company?.name).toBe('Contoso Care');
    expect(r.location?.name).toBe('Leeds');
    expect(r.salary?.annual).toMatchObject({ min: 28000 });
    expect(input.slice(r.location!.start, r.location!.end)).toBe('Leeds');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'input/json-text', message: expect.stringContaining('read from its keys') })]);
  });

  test("a job's own type is its terms, a nested node's type is not", () => {
    const r = extract(JSON.stringify({ title: 'Data Analyst', type: 'Full-time', description: { type: 'paragraph', text: 'We are looking for a Data Analyst with 3+ years of SQL.' } }));
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.text).not.toContain('paragraph');
  });

  test("an API's job, its description escaped HTML and its place an object, is read as the posting", () => {
    const job = {
      id: 4021,
      title: 'Warehouse Lead',
      location: { name: 'Burlington, VT' },
      company_name: 'Wingtip Toys',
      absolute_url: 'https://boards.example.com/wingtip/jobs/4021',
      content: '&lt;p&gt;We are hiring a Warehouse Lead.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;2+ years of warehouse experience&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;$22 - $26 per hour.&lt;/p&gt;',
    };
    const r = extract(JSON.stringify(job));
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Warehouse Lead', 'Wingtip Toys', 'Burlington']);
    expect(r.experience.map((e) => e.text)).toEqual(['2+ years']);
    expect(r.salary).toMatchObject({ min: 22, max: 26, period: 'hour' });
  });

  test("a posting whose title is its \"text\", its lists apart, as one ATS's API gives it", () => {
    const job = {
      id: 'a1b2',
      text: 'Warehouse Lead',
      categories: { commitment: 'Full-time', location: 'Burlington, VT' },
      descriptionPlain: 'Wingtip Toys makes wooden toys. We are hiring a Warehouse Lead to run our shipping floor.',
      lists: [{ text: 'Requirements', content: '<li>2+ years of warehouse experience</li><li>Forklift certification</li>' }],
    };
    const r = extract(JSON.stringify(job));
    expect([r.title?.text, r.location?.name]).toEqual(['Warehouse Lead', 'Burlington']);
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.experience.map((e) => e.text)).toEqual(['2+ years']);
  });

  test('a title of several words, which a JSON posting\'s short text would read as prose, is still its title', () => {
    const job = {
      text: 'Account Executive, Mid-Market',
      categories: { commitment: 'Full-time', location: 'London' },
      descriptionPlain: 'Fabrikam is the payments platform for marketplaces.',
      lists: [{ text: "What you'll do", content: '<li>Own a book of mid-market accounts</li>' }],
    };
    const r = extract(JSON.stringify(job));
    expect([r.title?.text, r.location?.name]).toEqual(['Account Executive, Mid-Market', 'London']);
    expect(r.text.indexOf('Account Executive')).toBe(r.text.lastIndexOf('Account Executive'));
  });

  test("a posting in sections, each with a title of its own: the job's name is the title, the sections' titles headings", () => {
    const section = (title: string, text: string) => ({ title, text });
    const job = {
      name: 'Warehouse Lead',
      location: { city: 'Burlington', region: 'VT' },
      company: { name: 'Wingtip Toys' },
      typeOfEmployment: { label: 'Full-time' },
      jobAd: {
        sections: {
          jobDescription: section('Job Description', '<p>We are hiring a Warehouse Lead to run our shipping floor and lead a team of six pickers and packers.</p>'),
          qualifications: section('Qualifications', '<ul><li>2+ years of warehouse experience</li><li>Forklift certification</li></ul>'),
        },
      },
    };
    const r = extract(JSON.stringify(job));
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Warehouse Lead', 'Wingtip Toys', 'Burlington']);
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.sections.map((s) => s.kind)).toContain('requirements');
    expect(r.experience.map((e) => e.text)).toEqual(['2+ years']);
  });

  test('a JSON object with posting keys but no title is read as text, with the warning', () => {
    const r = extract(JSON.stringify({ company: 'Contoso Care', description: 'Join our ward in Leeds.' }));
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'input/json-text', message: expect.stringContaining('company, description') })]);
  });

  test.each(['{ this is not JSON }', '{"colour": "blue"}', '["title", "company"]', 'Nurse wanted {urgently}', 'Title: Nurse'])('no warning for %s', (text) =>
    expect(codes(text)).not.toContain('input/json-text'),
  );

  test('the object itself gives none', () => {
    expect(extract({ title: 'Staff Nurse', text: 'Join our ward.' }).warnings.map((w) => w.code)).toEqual([]);
  });
});

describe("a JSON posting's pay, terms and places that its text cannot hold", () => {
  test('a schema.org JobPosting given as text: its baseSalary and employmentType, as on a page', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Registered Nurse - Med/Surg',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Tailspin Medical Center' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Spokane', addressRegion: 'WA', addressCountry: 'US' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 42.5, maxValue: 61.75, unitText: 'HOUR' } },
      description: '<p>Provide patient care on a 32-bed unit.</p>',
    };
    const r = extract(JSON.stringify(ld));
    expect(r.salary).toMatchObject({ min: 42.5, max: 61.75, currency: 'USD', period: 'hour', reason: 'salary/json-ld', text: '' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
  });

  test.each([
    // Figures on the job itself, named as pay, with no currency or period: the country's currency, the figure's period.
    ['salary_min and salary_max on the job', { title: 'Care Assistant', location: { display_name: 'Harrogate, North Yorkshire' }, salary_min: 24500, salary_max: 26000, description: 'Join our care home team.' }, { min: 24500, max: 26000, currency: 'GBP', period: 'year', currencyInferred: true, periodInferred: true }],
    ['a range object with its currency and interval', { text: 'Account Executive', categories: { location: 'London' }, descriptionPlain: 'Sell our payments platform.', salaryRange: { currency: 'GBP', interval: 'per-year-salary', min: 60000, max: 70000 } }, { min: 60000, max: 70000, currency: 'GBP', period: 'year', periodInferred: false }],
    ['a salary object whose keys say from and to', { title: 'Customer Success Manager', description: 'Own a portfolio of accounts.', salary: { salary_from: 85000, salary_to: 100000, salary_currency: 'USD' } }, { min: 85000, max: 100000, currency: 'USD' }],
    ['a list of ranges in cents', { title: 'Line Cook', content: 'Cook on our grill line.', pay_input_ranges: [{ min_cents: 1900, max_cents: 2300, currency_type: 'USD' }] }, { min: 19, max: 23, currency: 'USD', period: 'hour' }],
    // Equity and bonus ranges beside the salary are not it, whatever comes first.
    ['tiers whose first component is equity', { title: 'Product Designer', descriptionPlain: 'Design our product end to end.', compensation: { compensationTiers: [{ components: [{ compensationType: 'EquityPercentage', minValue: 0.1, maxValue: 0.25 }, { compensationType: 'Salary', currencyCode: 'USD', interval: '1 YEAR', minValue: 140000, maxValue: 170000 }] }] } }, { min: 140000, max: 170000, currency: 'USD', period: 'year' }],
    ['a bonus range keyed before the base', { title: 'Chef', description: 'Cook for our bistro in Leeds.', compensation: { bonus: { min: 2000, max: 5000 }, base: { min: 30000, max: 34000 } } }, { min: 30000, max: 34000 }],
  ])('an API\'s pay given as numbers: %s', (_, job, expected) => {
    const r = extract(JSON.stringify(job));
    expect(r.salary).toMatchObject({ ...expected, reason: 'salary/page-data', text: '', start: 0, end: 0 });
  });

  test("an API's enum terms are its words: contract_time full_time", () => {
    const r = extract(JSON.stringify({ title: 'Care Assistant', contract_time: 'full_time', contract_type: 'permanent', description: 'Join our care home team in Leeds.' }));
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], ['permanent']]);
  });

  test('the pay the text states wins over the figures beside it', () => {
    const r = extract(JSON.stringify({ title: 'Chef', description: 'Head chef for our bistro. Salary £38,000 a year.', salary_min: 30000, salary_max: 32000 }));
    expect(r.salary).toMatchObject({ min: 38000, reason: expect.not.stringContaining('page-data') });
  });

  test.each([
    ['coordinates and ids', { id: 40211, title: 'Chef', description: 'Head chef for our bistro.', location: { lat: 51.5, lng: -0.12 }, views: 300 }],
    ['a range whose minimum is over its maximum', { title: 'Chef', description: 'Head chef for our bistro.', salary: { min: 40000, max: 30000 } }],
    ['a count under a key that is no pay', { title: 'Chef', description: 'Head chef for our bistro.', openings: { min: 2, max: 4 } }],
  ])('no pay from numbers that are none: %s', (_, job) => {
    expect(extract(JSON.stringify(job)).salary).toBeNull();
  });
});
