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
  it('every entity slices the original HTML to its text', () => {
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
