import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src';

// A hand-written US job-board page: navigation, a cookie banner, JSON-LD in the head, the posting, a footer.
const html = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'us-job-board.html'), 'utf8');
const r = extract(html);

describe('a US job-board page', () => {
  it('reads the posting', () => {
    expect(r.title?.text).toBe('Senior Data Engineer');
    expect(r.company?.name).toBe('Acme Corp');
    expect(r.salary).toMatchObject({ currency: 'USD', min: 140000, max: 165000, period: 'year' });
    expect(r.location).toMatchObject({ name: 'Denver', region: 'Colorado', country: 'US', workplace: 'hybrid' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.benefits.map((b) => b.id)).toEqual(expect.arrayContaining(['401k', 'pto']));
  });

  it('reads nothing from the navigation, the cookie banner or the footer', () => {
    expect(r.text).not.toMatch(/cookies|Find Jobs|Privacy/);
    expect(r.locations.map((l) => l.name)).not.toContain('Reading');
    expect(r.contact.emails).toEqual([]);
  });

  it('marks the "Nice to have" skills as preferred and the requirements as required', () => {
    expect(r.skills.find((s) => s.name === 'Apache Kafka')?.required).toBe(false);
    expect(r.skills.find((s) => s.name === 'AWS Glue')?.required).toBe(true);
    expect(r.experience[0]).toMatchObject({ minYears: 5, required: true });
  });

  it('reads the subject of the degree as knowledge, without "or a related field"', () => {
    expect(r.skills.map((s) => s.name)).toContain('Computer Science');
  });

  it('every entity slices the HTML to its text', () => {
    for (const e of r.entities) expect(html.slice(e.start, e.end)).toBe(e.text);
  });
});
