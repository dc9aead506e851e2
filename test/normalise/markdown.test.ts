import { extract } from '../../src';
import { identity } from '../../src/normalise/mapped-text';
import { stripMarkdown } from '../../src/normalise/markdown';

const strip = (text: string) => stripMarkdown(identity(text)).text;

describe('Markdown marks are dropped', () => {
  test.each([
    ['# Data Engineer\n## Requirements', 'Data Engineer\nRequirements'],
    ['## Benefits ##\n**Salary:** $90k', 'Benefits\nSalary: $90k'],
    ['# Role\n- 5+ years of *Python* and `dbt`', 'Role\n- 5+ years of Python and dbt'],
    ['# Role\nUse [Apache Spark](https://spark.apache.org) daily. ![logo](/logo.png)', 'Role\nUse Apache Spark daily. '],
    ['# Role\n## Notes\n> Quoted line\n---\n```\ncode\n```', 'Role\nNotes\nQuoted line\n\n\ncode\n'],
    ['# Role\r\n**Location:** Leeds\r\n', 'Role\r\nLocation: Leeds\r\n'],
    ['| Field | Value |\n|---|:---:|\n| Location | Leeds |\n| Salary | £45,000 |', 'Field: Value\n\nLocation: Leeds\nSalary: £45,000'],
  ])('%j', (input, expected) => expect(strip(input)).toBe(expected));

  test.each([
    ['# Role\n![Contoso logo](/img/logo.png "Contoso") Apply today', 'Role\n Apply today'],
    ['# Role\n[![Contoso logo](/img/logo.png)](https://contoso.example/careers)\nApply', 'Role\n\nApply'],
    ['# Role\n[](https://contoso.example/)\nApply', 'Role\n\nApply'],
    ['# Role\n[Wiki](https://en.example.org/wiki/Foo_(bar)) page', 'Role\nWiki page'],
    ['# Role\n## Skills\n\\- 3+ years of C\\# and \\*nix', 'Role\nSkills\n- 3+ years of C# and *nix'],
    ['# Role\n[\n\nData Analyst\n\nLeeds\n\n](https://jobs.example/42)', 'Role\n\n\nData Analyst\n\nLeeds\n\n'],
  ])('whole pages in Markdown: %j', (input, expected) => expect(strip(input)).toBe(expected));

  test('an image with a relative address is a sign of Markdown', () =>
    expect(strip('![](images/crest.png "Ministry crest") ![](images/banner.png)\nCivil Engineer')).toBe(' \nCivil Engineer'));

  test.each([
    'Salary: **** per annum\nLocation: Leeds',
    'Use snake_case names like user_id and * as a wildcard.',
    'One # sign and one [bracket] are no Markdown.',
    '**Bold** alone is not enough.',
    '* Python\n* SQL\n*Subject to contract',
  ])('plain text is left as it is: %j', (input) => expect(strip(input)).toBe(input));

  test.each([
    ['*Role:* Accountant\n*Company:* Fabrikam Foods Ltd\n*Location:* Abuja\nSend your CV', ['Accountant', 'Fabrikam Foods Ltd', 'Abuja']],
    ['*Position:* *React Native Developer*\n*Company:* Adatum Technologies\n*Location:* Ahmedabad', ['React Native Developer', 'Adatum Technologies', 'Ahmedabad']],
    ['**Contoso Health | Sr. Network Engineer | Hybrid (Raleigh, NC) | $115k–$135k | Full-time**\n\nHey all, hiring manager here. We run five hospitals.', ['Sr. Network Engineer', 'Contoso Health', 'Raleigh']],
  ])("a chat's bold, one star as WhatsApp and Slack mark it, or a forum post's bold header line, is read without its marks: %j", (post, expected) => {
    const r = extract(post);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(expected);
  });

  test('a table row of two cells is a label row, its spans still in the table', () => {
    const md = '# Accountant\n\n| Company | Contoso Ltd |\n|---|---|\n| Location | Leeds |';
    const r = extract(md);
    expect(r.company?.name).toBe('Contoso Ltd');
    expect(md.slice(r.location!.start, r.location!.end)).toBe('Leeds');
  });
  test('masked feed numbers stay inside Markdown', () => expect(strip('# Role\n**Salary:** ****K basic')).toBe('Role\nSalary: ****K basic'));
  test('snake_case stays inside Markdown', () => expect(strip('# Role\n## Skills\nknow user_id_field well')).toBe('Role\nSkills\nknow user_id_field well'));
  test('a line of many brackets is read in one pass', () => {
    const line = `# Role\n## Notes\n${'['.repeat(50000)}]${'('.repeat(10)}`;
    expect(strip(line)).toBe(line.replace('# ', '').replace('## ', ''));
  });
});

describe('a posting written in Markdown', () => {
  const md = [
    '# Senior Data Engineer',
    '',
    '**Company:** Contoso Analytics',
    '**Location:** Austin, TX (Hybrid)',
    '**Salary:** $140,000 – $165,000 per year',
    '',
    '## Requirements',
    '',
    '- 5+ years of experience with *Python* and SQL',
    '- Hands-on experience with [Apache Spark](https://spark.apache.org)',
  ].join('\n');
  const r = extract(md);

  test('reads its title and company without the marks', () => {
    expect(r.title?.text).toBe('Senior Data Engineer');
    expect(r.company?.name).toBe('Contoso Analytics');
  });
  test('reads its requirements without the marks, spans into the Markdown', () => {
    expect(r.experience[0]).toMatchObject({ minYears: 5 });
    expect(r.experience[0].subject?.text).toBe('Python and SQL');
    const spark = r.skills.find((s) => s.name === 'Apache Spark')!;
    expect(md.slice(spark.mentions[0].start, spark.mentions[0].end)).toBe('Apache Spark');
    expect(r.location).toMatchObject({ city: 'Austin', region: 'Texas' });
    expect(r.salary).toMatchObject({ min: 140000, max: 165000, period: 'year' });
  });
});

// A whole job page as a scraper for language models gives it (Markdown through turndown): menus as lists of links, a
// linked logo, a "Similar jobs" link over the posting's heading, the employer as a link, the details, the text.
describe('a whole page in Markdown', () => {
  const md = [
    '[Skip to content](https://jobs.example/#main)',
    '',
    '[![Fabrikam Jobs](https://jobs.example/logo.svg)](https://jobs.example/)',
    '',
    '-   [Find a job](/en/jobs/)',
    '-   [Explore companies](/en/companies/)',
    '-   [Compare salaries](/en/salaries/)',
    '-   [Hire now](/en/recruiters/)',
    '-   [Log in](/en/login/)',
    '',
    'Select language',
    '',
    '-   [Deutsch](/de/)',
    '-   [English](/en/)',
    '',
    '[Similar jobs](/en/jobs/?term=process)',
    '',
    '![](https://img.jobs.example/banner.jpg?format=jpg)',
    '',
    '## Operations Excellence PMO II',
    '',
    '[Northwind Logistics](/en/companies/northwind/)',
    '',
    'Rotterdam',
    '',
    'ApplySave',
    '',
    '### Key information',
    '',
    '-   Publication date: 2 March 2026',
    '-   Contract type: Permanent',
    '',
    '### About the role',
    '',
    'Northwind Logistics runs warehouses in four countries and is looking for someone to lead its process improvement office.',
    '',
    '-   Run the portfolio of **continuous improvement** projects',
  ].join('\n');
  const r = extract(md);

  test('the title is the heading over the details, past the menus and the Similar jobs link', () => {
    expect(r.title?.text).toBe('Operations Excellence PMO II');
    expect(r.company?.name).toBe('Northwind Logistics');
    expect(r.location?.city).toBe('Rotterdam');
  });
  test('spans point into the Markdown', () => {
    expect(md.slice(r.title!.start, r.title!.end)).toBe('Operations Excellence PMO II');
    expect(md.slice(r.company!.start, r.company!.end)).toBe('Northwind Logistics');
  });
  test('a tab over the heading is no employer or title: "Position Information"', () => {
    const page = ['[Position Information](https://apply.example/posting/42#info)', '', '# Shift Supervisor', '', 'Dayton, OH', '', '[Apply](https://apply.example/posting/42/apply)', '', 'Shift supervisors make sure every guest leaves happy and every order goes out on time.', 'You will open and close the shop and train new team members.'].join('\n');
    const r = extract(page);
    expect([r.title?.text, r.location?.city]).toEqual(['Shift Supervisor', 'Dayton']);
  });
  test('a footer\'s headings are not the title: "### Contoso Accelerator" under the text', () => {
    const page = ['-   [Jobs](/jobs)', '-   [Companies](/companies)', '-   [Internships](/internships)', '-   [Events](/events)', '-   [How it works](/how)', '-   [Log in](/login)', '', 'Founding Designer', '', 'Litware', '', '$120K - $140K', '', 'Denver, CO', '', 'Full-time', '', '## About Litware', '', 'Litware builds scheduling software for clinics and has grown to forty people this year.', 'We are hiring our first designer to own the product from research to the last pixel.', '', '### Contoso Accelerator', '', '-   [About](/about)'].join('\n');
    expect(extract(page).title?.text).toBe('Founding Designer');
  });
  test('a heading shaped as a job title is the title, a site heading over it is not', () => {
    const page = ['# Careers', '', '-   [Home](/)', '-   [Teams](/teams)', '-   [Locations](/locations)', '-   [Benefits](/benefits)', '', '## Senior Data Engineer', '', 'Contoso Analytics is hiring a senior data engineer to build its data platform in Austin.'].join('\n');
    expect(extract(page).title?.text).toBe('Senior Data Engineer');
  });
  test('a title whose field follows "in" is the highest heading\'s, over the employer\'s and the school\'s headings', () => {
    const page = ['Search', '', '# Lecturer in Chemistry', '', '### [Fabrikam University](/employer/fabrikam)', '', '### School of Chemistry', '', 'Location:', '', 'Leeds', '', 'Salary:', '', '£39,105 to £46,485 per annum', '', 'The School of Chemistry at Fabrikam University is looking to appoint a Lecturer in Chemistry.'].join('\n');
    const r = extract(page);
    expect([r.title?.text, r.company?.name]).toEqual(['Lecturer in Chemistry', 'Fabrikam University']);
  });
  test("a list of linked cards, other jobs whose links' text runs over lines, gives nothing", () => {
    const card = (title: string, place: string, kind: string, slug: string) => ['[', '', title, '', place, '', `-   ${kind}`, '-   Hybrid', '', `](https://jobs.example/o/${slug})`].join('\n');
    const page = ['# Customer Success Manager', '', 'Utrecht, Netherlands · Full-time', '', 'Own the onboarding of our mid-size customers and grow their use of our platform.', '', '## Other jobs', '', card('Support Intern', 'Amersfoort, Netherlands', 'Internship', 'intern'), '', card('Implementation Consultant', 'Zwolle, Netherlands', 'Part-time', 'consultant')].join('\n');
    const r = extract(page);
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], []]);
    expect(r.locations.map((l) => l.name)).not.toContain('Amersfoort');
  });
  test('one linked card alone stays: the posting\'s own tile', () => {
    const page = ['# Electrical Engineer', '', '[', '', 'Apply To Job', '', '](https://boards.example/jobs/1)', '', 'at', '', 'Fabrikam Robotics', '', 'San Francisco, CA', '', '## About the Role', '', 'Design power electronics for our delivery robots.'].join('\n');
    expect(extract(page).location?.name).toBe('San Francisco');
  });
});

test('"## Similar job postings" over other jobs\' cards is no title, and their terms are not the posting\'s', () => {
  const md = ['## Language selection', '- [Français](/fr)', '# Job posting Line Cook', '### Overview', '- Terms of employment: Permanent employment', '  Full time', '### About the employer', 'Harbourfront Bistro Inc. is a waterfront restaurant.', '## Similar job postings', '[**Prep cook**](https://jobs.example/1)', 'Dartmouth Grill · Dartmouth (NS) · $17.00 hourly · Part time · Temporary'].join('\n');
  const r = extract(md);
  expect(r.title?.text).not.toBe('Similar job postings');
  expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], ['permanent']]);
});
