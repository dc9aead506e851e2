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
