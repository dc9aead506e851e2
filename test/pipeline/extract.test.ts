import { createExtractor, extract } from '../../src';
import type { ExtractionResult } from '../../src';
import { time } from '../reliability/timing';

const FIELDS: (keyof ExtractionResult)[] = [
  'inputKind', 'title', 'company', 'salary', 'salaries', 'employmentType', 'contractType', 'hours', 'workplace',
  'location', 'locations', 'applicantLocations', 'experience', 'education', 'certifications', 'languages', 'skills', 'occupations',
  'domains', 'benefits', 'contact', 'sections', 'datePosted', 'validThrough', 'entities', 'text', 'warnings',
];

describe('extract() contract', () => {
  it('returns every field, as plain JSON', () => {
    const r = extract('Title: Chef\nCompany: The Inn\nDescription: Cooking. Email jobs@inn.co.uk or call 01234 567890.');
    expect(Object.keys(r).sort()).toEqual([...FIELDS].sort());
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('gives an empty result with a warning for empty input', () => {
    const r = extract('   ');
    expect(r.title).toBeNull();
    expect(r.entities).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['input/empty']);
  });

  it('throws a clear TypeError for what is not a posting', () => {
    expect(() => extract(42 as unknown as string)).toThrow(/takes a string or an object/);
    expect(() => extract(null as unknown as string)).toThrow(TypeError);
    expect(() => extract({ body: 'x' } as never)).toThrow(/unknown input property "body"/);
    // An API's usual names say which field they are.
    expect(() => extract({ title: 'Nurse', description: 'x' } as never)).toThrow('unknown input property "description"; expected one of title, company, location, salary, text, html; pass "description" as text, or as html when it is HTML');
    expect(() => extract({ job_title: 'Nurse' } as never)).toThrow(/pass "job_title" as title$/);
    expect(() => extract({ title: 3 } as never)).toThrow(/"title" must be a string/);
    expect(() => extract('x', { defaultCurrency: 'pounds' })).toThrow(/ISO 4217/);
  });

  it('never mutates the input and is deterministic', () => {
    const input = { title: 'Nurse', text: 'Band 5 nurse needed. Call 0161 496 0000.' };
    const copy = JSON.parse(JSON.stringify(input));
    const a = extract(input);
    const b = extract(input);
    expect(input).toEqual(copy);
    expect(a).toEqual(b);
  });

  it('points object-input spans into the property named by `field`', () => {
    const input = { title: 'Warehouse Operative', text: 'Apply at https://jobs.example.com/42 today.' };
    const r = extract(input);
    expect(r.title).toMatchObject({ field: 'title', start: 0, end: 19, text: 'Warehouse Operative' });
    const url = r.contact.urls[0];
    expect(url.field).toBe('text');
    expect(input.text.slice(url.start, url.end)).toBe('https://jobs.example.com/42');
  });

  it('finds emails, phones and URLs with offsets into the input', () => {
    const text = 'Send your CV to Jane.Doe@acme.co.uk, call +44 (0)20 7946 0958 or visit www.acme.co.uk/careers.';
    const r = extract(text);
    expect(r.contact.emails.map((e) => e.value)).toEqual(['jane.doe@acme.co.uk']);
    expect(r.contact.phones.map((p) => p.value)).toEqual(['+4402079460958']);
    expect(r.contact.urls.map((u) => text.slice(u.start, u.end))).toEqual(['www.acme.co.uk/careers']);
  });

  it('reads labelled lines of a text posting as its company, place and pay', () => {
    const r = extract('Warehouse Operative\nCompany: Acme Logistics Ltd\nLocation: Leeds\nSalary: 22000 - 24000\nWe need pickers in Bradford.');
    expect(r.company?.name).toBe('Acme Logistics Ltd');
    expect(r.location).toMatchObject({ name: 'Leeds', reason: 'location/field' });
    expect(r.salary).toMatchObject({ min: 22000, max: 24000, period: 'year' });
  });

  it('finds emails with accented or apostrophised local parts', () => {
    expect(extract("Write to josé@acme.com or Zoë.O'Neil@acme.co.uk.").contact.emails.map((e) => e.text)).toEqual(['josé@acme.com', "Zoë.O'Neil@acme.co.uk"]);
  });

  it('survives hostile strings without throwing', () => {
    const nasty = ['\u0000\u0001', '<<<<>>>>', '<p>'.repeat(2000), '*'.repeat(10000), '£'.repeat(5000), '\ud800', 'Title:\nDescription:', '&#xFFFFFF;'];
    for (const s of nasty) expect(() => extract(s)).not.toThrow();
  });

  it('runs custom extractors after the built-in ones', () => {
    const ex = createExtractor({
      extractors: [
        {
          name: 'shout',
          run({ doc, result }) {
            const at = doc.text.indexOf('URGENT');
            if (at !== -1) result.entities.push({ label: 'benefit', text: 'URGENT', start: at, end: at + 6, reason: 'custom/urgent' });
          },
        },
        {
          name: 'warner',
          run({ warn }) {
            warn({ code: 'extractor/warner/checked', message: 'checked' });
          },
        },
      ],
    });
    const r = ex.extract('Note: URGENT cleaner needed');
    expect(r.entities).toContainEqual({ label: 'benefit', text: 'URGENT', start: 6, end: 12, reason: 'custom/urgent' });
    expect(r.warnings.map((w) => w.code)).toContain('extractor/warner/checked');
  });
});

describe('extract() on long adversarial input', () => {
  // Ten times the input may take about ten times as long, never a hundred.
  it.each([
    ['mask stars', (n: number) => '*'.repeat(n)],
    ['slashes', (n: number) => 'a/'.repeat(n / 2)],
    ['an HTML heading of commas', (n: number) => `<h1>a${','.repeat(n)}x</h1>`],
    ['digits and commas', (n: number) => '1,'.repeat(n / 2)],
  ])('stays linear on up to 50,000 characters of %s', (_, make) => {
    const text = make(50_000);
    const r = extract(text);
    for (const e of r.entities) expect(e.end).toBeLessThanOrEqual(text.length);
    expect(time(() => extract(text))).toBeLessThan(Math.max(time(() => extract(make(5_000))), 5) * 30);
  });
});

describe('extract() on a long posting', () => {
  it('grows about linearly with the input', () => {
    const unit = 'Title: Sales Executive\nDescription: Excellent communication skills and a full UK driving licence are essential. Salary £25,000 per annum, based in Leeds. ';
    const posting = (n: number) => unit + unit.slice(unit.indexOf('Excellent')).repeat(n);
    const small = time(() => extract(posting(500)));
    const large = time(() => extract(posting(2000)));
    // Four times the text: well under sixteen times the time (a quadratic step would show).
    expect(large).toBeLessThan(small * 10 + 200);
  });
});
