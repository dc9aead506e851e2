import * as fs from 'fs';
import * as path from 'path';
import { runRequirements } from './run';

function seed(prefix: string): string {
  const dir = path.join(__dirname, '../../seeds');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
  return fs.readFileSync(path.join(dir, file!), 'utf8');
}

describe('seed postings', () => {
  it('000: 5+ years in customer facing roles, required', () => {
    const r = runRequirements(seed('000'));
    expect(r.experience).toContainEqual(
      expect.objectContaining({ minYears: 5, maxYears: null, required: true, subject: expect.objectContaining({ value: 'customer facing roles' }) }),
    );
  });

  it('003: minimum GCSE in Maths or English, and experience in the Leasing and Asset Finance industry', () => {
    const r = runRequirements(seed('003'));
    expect(r.education).toContainEqual(expect.objectContaining({ credential: 'gcse', level: 'secondary', required: true }));
    expect(r.education[0].subject).toMatch(/^Math.s or English$/);
    expect(r.experience.map((e) => e.subject?.value)).toContain('the Leasing and Asset Finance industry');
  });

  it('004: high school diploma or GED, bilingual Spanish preferred, call-center or dental experience an advantage', () => {
    const r = runRequirements(seed('004'));
    expect(r.education.map((e) => e.credential)).toEqual(['high-school-diploma', 'ged']);
    expect(r.languages).toEqual([expect.objectContaining({ code: 'es', level: 'bilingual', required: false })]);
    expect(r.experience).toContainEqual(
      expect.objectContaining({ required: false, subject: expect.objectContaining({ value: 'a call center or in the dental field' }) }),
    );
  });
});
