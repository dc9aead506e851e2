import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src';

// A hand-written US plain-text posting.
const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'us-nurse.txt'), 'utf8');
const r = extract(text);

describe('a US plain-text posting', () => {
  it('reads hourly pay in dollars, the place with its ZIP code and the job types', () => {
    expect(r.salary).toMatchObject({ currency: 'USD', min: 48.5, max: 62, period: 'hour' });
    expect(r.location).toMatchObject({ name: 'Sacramento', region: 'California', country: 'US', postcode: '95819' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.contractType.map((t) => [t.value, t.schemaOrg])).toEqual([['bank', 'PER_DIEM']]);
  });

  it('reads licences and certifications, each once', () => {
    expect(r.certifications.map((c) => c.id)).toEqual(expect.arrayContaining(['bls', 'acls']));
    expect(new Set(r.certifications.map((c) => c.id)).size).toBe(r.certifications.length);
  });

  it('reads experience as preferred and the US benefits', () => {
    expect(r.experience[0]).toMatchObject({ minYears: 2, required: false });
    expect(r.benefits.map((b) => b.id)).toEqual(expect.arrayContaining(['403b', 'tuition-reimbursement']));
    expect(r.contact.phones.map((p) => p.value)).toEqual(['9165550142']);
  });

  it('does not read a per diem allowance as a job type, nor "pals" as a certification', () => {
    const other = extract('Make new pals on the team. A per diem allowance is paid for travel.');
    expect(other.contractType).toEqual([]);
    expect(other.certifications).toEqual([]);
  });
});
