import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../src';

/**
 * Golden tests on the five seed postings. Every expectation here was read
 * off the seed by hand; update them only after reading the seed again.
 */
const seed = (prefix: string) => {
  const dir = path.join(__dirname, '..', 'seeds');
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  const input = fs.readFileSync(path.join(dir, name), 'utf8');
  return { input, result: extract(input) };
};

describe('seed 000: Sales Care Executive (feed block)', () => {
  const { input, result } = seed('000');
  it('reads the header block', () => {
    expect(result.inputKind).toBe('feed');
    expect(result.title?.text).toBe('Sales Care Executive');
    expect(result.company?.name).toBe('Tobias Recruitment Ltd');
    expect(input.slice(result.company!.start, result.company!.end)).toBe('Tobias Recruitment Ltd');
  });
  it('opens a required requirements section at "You MUST have the following skills / experience"', () => {
    const req = result.sections.find((s) => s.kind === 'requirements');
    expect(req?.required).toBe(true);
    expect(input.slice(req!.start, req!.end)).toMatch(/^A selfstarter A minimum of 5 years/);
  });
  it('finds the posting URL', () => {
    expect(result.contact.urls.map((u) => u.text)).toEqual(['www.totaljobs.com/JobSeeking/SalesCareExecutive_job****']);
  });
  it('reads masked base pay and masked OTE', () => {
    expect(result.salaries.map((s) => [s.kind, s.masked, s.min])).toEqual([
      ['base', true, null],
      ['ote', true, null],
    ]);
    expect(result.salary?.kind).toBe('base');
  });
  it('places the job in Central London', () => {
    expect(result.location).toMatchObject({ name: 'Central London', city: 'London', country: 'GB' });
  });
  it('asks for 5+ years in customer facing roles, required', () => {
    expect(result.experience).toEqual([expect.objectContaining({ minYears: 5, maxYears: null, required: true, subject: expect.objectContaining({ value: 'customer facing roles' }) })]);
  });
});

describe('seed 001: ProActive Sales Coordinator', () => {
  const { result } = seed('001');
  it('reads title and company', () => {
    expect(result.title?.text).toBe('ProActive Sales Coordinator');
    expect(result.company?.name).toBe('Ideal Personnel & Recruitment Solutions Ltd');
  });
  it('splits the run-together requirements and duties into sections', () => {
    expect(result.sections.map((s) => s.kind)).toEqual(['other', 'requirements', 'responsibilities', 'how_to_apply']);
    expect(result.sections[2].heading?.text).toBe('Key Results Areas');
  });
});

describe('seed 002: Payments executive', () => {
  const { result } = seed('002');
  it('places the job in Wilmslow, Cheshire', () => {
    expect(result.location).toMatchObject({ name: 'Wilmslow', region: 'Cheshire', area: 'North West', country: 'GB' });
  });
  it('reads the masked range and the competitive-salary mention, and no pay from "over 100 countries"', () => {
    expect(result.salaries.map((s) => s.text)).toEqual(['****  ****k', 'competitive salaries']);
  });
  it('reads labelled sections', () => {
    expect(result.title?.text).toBe('Payments executive');
    const kinds = result.sections.map((s) => s.kind);
    expect(kinds.slice(0, 4)).toEqual(['other', 'responsibilities', 'responsibilities', 'requirements']);
  });
});

describe('seed 003: Sales Support (title with feed noise)', () => {
  const { result } = seed('003');
  it('keeps the title words and drops the mask', () => {
    expect(result.title?.text).toBe('Sales Support - UK, SE Eng - ****  Asset Finance');
    expect(result.title?.normalized).toBe('Sales Support - UK, SE Eng - Asset Finance');
    expect(result.company?.name).toBe('New Leaf Search Ltd');
  });
  it('reads the region from the title', () => {
    expect(result.location).toMatchObject({ name: 'South East', country: 'GB' });
  });
  it('asks for GCSE Maths or English (minimum) and asset finance experience', () => {
    expect(result.education).toEqual([expect.objectContaining({ credential: 'gcse', required: true })]);
    expect(result.education[0].subject).toMatch(/Math.s or English/);
    expect(result.experience.map((e) => e.subject?.value)).toContain('the Leasing and Asset Finance industry');
  });
  it('finds the accountabilities and person specification', () => {
    expect(result.sections.map((s) => [s.kind, s.heading?.text ?? null])).toEqual([
      ['other', null],
      ['responsibilities', 'KEY ACCOUNTABILITIES:'],
      ['requirements', 'PERSON SPECIFICATION:'],
    ]);
  });
});

describe('seed 004: Patient Services Rep (HTML)', () => {
  const { input, result } = seed('004');
  it('reads the title from the first heading', () => {
    expect(result.inputKind).toBe('html');
    expect(result.title?.text).toBe('Patient Services Rep');
    expect(input.slice(result.title!.start, result.title!.end)).toBe('Patient Services Rep');
  });
  it('asks for a high school diploma or GED, bilingual Spanish (preferred), call-center or dental experience (an advantage)', () => {
    expect(result.education.map((e) => e.credential).sort()).toEqual(['ged', 'high-school-diploma']);
    expect(result.languages).toEqual([expect.objectContaining({ name: 'Spanish', level: 'bilingual', required: false })]);
    expect(result.experience).toEqual([expect.objectContaining({ required: false, subject: expect.objectContaining({ value: 'a call center or in the dental field' }) })]);
  });
  it('every entity slices the original HTML to its text', () => {
    expect(result.entities.length).toBeGreaterThan(20);
    for (const e of result.entities) expect(input.slice(e.start, e.end)).toBe(e.text);
  });
  it('every section starts and ends inside the HTML', () => {
    // "Founded in 2002, Benevis is a comprehensive practice services company ..." under the title.
    expect(result.sections.map((s) => s.kind)).toEqual(['company', 'responsibilities', 'requirements', 'requirements']);
    for (const s of result.sections) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(input.length);
    }
  });
});
