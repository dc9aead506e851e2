import { extract } from '../../src';

// A posting copied from a job board whose line breaks were lost: every field on one line, words run together.
const POSTING =
  "Senior Accountant Company: Brightline Dental Partners Location: Dallas, TX 75201 Salary: $80,000 - $95,000 a year Job Type: Full-time, Hybrid Description: Brightline is looking for a Senior Accountant to own month-end close.Requirements:Bachelor's degree in Accounting4+ years of accounting experienceCPA preferredAdvanced ExcelBenefits:Medical, dental, vision401(k) with match";

describe('a scraped posting on one line', () => {
  const r = extract(POSTING);

  it('reads its labelled fields', () => {
    expect(r.title?.text).toBe('Senior Accountant');
    expect(r.company?.name).toBe('Brightline Dental Partners');
    expect(r.location).toMatchObject({ city: 'Dallas', region: 'Texas' });
    expect(r.salary).toMatchObject({ min: 80000, max: 95000, period: 'year' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.workplace.map((t) => t.value)).toEqual(['hybrid']);
  });

  it('reads the requirements and benefits run into each other', () => {
    expect(r.experience.map((e) => e.minYears)).toContain(4);
    expect(r.certifications.map((c) => c.id)).toContain('cpa');
    expect(r.skills.map((s) => s.name)).toContain('Microsoft Excel');
    expect(r.benefits.map((b) => b.id)).toEqual(expect.arrayContaining(['private-medical', 'dental', 'vision', '401k']));
  });

  it('keeps every span on the caller\'s text (the separators put back map to no character of it)', () => {
    const bare = (s: string) => s.replace(/\s+/g, '');
    for (const e of r.entities) expect(bare(POSTING.slice(e.start, e.end))).toBe(bare(e.text));
  });
});
