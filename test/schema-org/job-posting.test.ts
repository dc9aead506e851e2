import * as fs from 'fs';
import * as path from 'path';
import { extract, toJobPosting } from '../../src';
import { VIEW_PAGES } from '../view/pages';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

/** What a JSON-LD script in `html` states, parsed, to compare the output with. */
function jsonLdIn(html: string): Record<string, any> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

describe('toJobPosting: a JSON-LD posting in, schema.org JobPosting out', () => {
  const html = fixture('json-ld-posting.html');
  const input = jsonLdIn(html);
  const result = extract(html);
  const out = toJobPosting(result) as Record<string, any>;

  it('reads the posting facts only JSON-LD states', () => {
    expect(result.datePosted).toBe('2026-11-20');
    expect(result.validThrough).toBe('2026-12-31T23:59');
    expect(result.applicantLocations).toEqual([{ type: 'Country', name: 'United Kingdom' }]);
    expect(result.company).toMatchObject({ name: 'Northgate Freight Services', start: 0, end: 0, reason: 'company/json-ld' });
    expect(result.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(result.contractType.map((t) => [t.value, t.mentions[0].reason])).toEqual([['temporary', 'terms/json-ld']]);
    expect(result.workplace.map((t) => t.value)).toEqual(['remote']);
  });

  it('keeps every field the input had', () => {
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@type']).toBe('JobPosting');
    // In JSON-LD one value and a list of one are the same statement.
    const asList = (v: unknown) => (Array.isArray(v) ? [...v].sort() : [v]);
    for (const key of ['title', 'datePosted', 'validThrough', 'jobLocationType', 'applicantLocationRequirements', 'baseSalary', 'hiringOrganization', 'employmentType', 'jobLocation']) {
      expect([key, asList(out[key])]).toEqual([key, asList(input[key])]);
    }
  });

  it('writes the requirements, skills and benefits the text states', () => {
    expect(out.experienceRequirements).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 });
    expect(out.educationRequirements).toEqual([{ '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school', name: 'GCSE' }]);
    expect(out.qualifications).toEqual(expect.arrayContaining([expect.stringMatching(/forklift/i)]));
    expect(out.jobBenefits).toEqual(expect.arrayContaining([expect.stringMatching(/pension/i)]));
    expect(out.skills.length).toBeGreaterThan(0);
    expect(out.description).toBe(result.text);
  });

  it('gives Google for Jobs its required properties when the posting has them', () => {
    for (const key of ['title', 'description', 'datePosted', 'hiringOrganization']) expect(out[key]).toBeTruthy();
    expect(out.jobLocation ?? out.applicantLocationRequirements).toBeTruthy();
  });
});

describe('toJobPosting on text postings', () => {
  it('maps pay, terms and places and leaves out what the posting does not say', () => {
    const out = toJobPosting(extract('Part time cleaner in Leeds. Pay £11.50 per hour. Temporary contract.')) as Record<string, any>;
    expect(out.baseSalary).toEqual({ '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: 11.5, unitText: 'HOUR' } });
    expect(out.employmentType).toEqual(expect.arrayContaining(['PART_TIME', 'TEMPORARY']));
    expect(out.jobLocation[0].address).toMatchObject({ addressLocality: 'Leeds', addressCountry: 'GB' });
    for (const key of ['datePosted', 'validThrough', 'hiringOrganization', 'jobLocationType', 'applicantLocationRequirements']) expect(out).not.toHaveProperty(key);
  });

  it('writes no remote work that the text rules out', () => {
    const out = toJobPosting(extract('Office manager in York. This is not a remote role.'));
    expect(out).not.toHaveProperty('jobLocationType');
  });
});

describe('toJobPosting on every seed and fixture', () => {
  const root = path.join(__dirname, '..', '..');
  // The view's pages less the hostile fixtures: the seeds and the fixtures.
  const files = VIEW_PAGES.filter((f) => !f.startsWith('test/fixtures/hostile/'));
  it.each(files.map((f) => [f, path.join(root, f)]))('%s: plain JSON with no empty or missing values', (_name, file) => {
    const out = toJobPosting(extract(fs.readFileSync(file, 'utf8'))) as unknown as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(out['@type']).toBe('JobPosting');
    for (const [key, value] of Object.entries(out)) {
      expect([key, value === null || value === '' || (Array.isArray(value) && value.length === 0)]).toEqual([key, false]);
    }
  });
});
