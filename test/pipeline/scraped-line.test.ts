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

describe('a short posting on one line: title, employer and details with no labels', () => {
  test.each([
    ['Customer Service Representative Wingtip Telecom Austin, TX $20 an hour Full-time. Answer calls from customers.', 'Customer Service Representative', 'Wingtip Telecom'],
    ['Senior Payroll Officer Fabrikam Foods Cape Town, Western Cape R30 000 per month Full-time. Run payroll for our senior staff.', 'Senior Payroll Officer', 'Fabrikam Foods'],
  ])('a one-word opening said again in the body ("customers", "senior") is no restated title: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
});

describe('a short posting on one line: an employer named with a job\'s plural', () => {
  test.each([
    ['Senior Accountant Contoso Partners Leeds £45,000 a year Full-time. Prepare the monthly accounts.', 'Senior Accountant', 'Contoso Partners'],
    ['Sales Executive Fabrikam Motors Bristol £28,000 - £32,000 Permanent. Sell cars in our showroom.', 'Sales Executive', 'Fabrikam Motors'],
  ])('a plural that ends as a job does ("Partners", "Motors") is the firm after the title, not the title\'s end: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
});

describe('a short posting on one line that runs on up to a label', () => {
  test.each([
    ['Customer Support Associate Wingtip Outsourcing Makati City, Metro Manila PHP 20,000 - 25,000 a month Full-time. Requirements: 1 year in a call centre.', 'Customer Support Associate', 'Wingtip Outsourcing'],
    ['Registered Nurse Contoso Health Nairobi KES 80,000 per month Full-time. Responsibilities: care for patients.', 'Registered Nurse', 'Contoso Health'],
  ])('the words before "Requirements:" are a title, employer and details run on, not a title line: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
});

describe('a details box flattened onto one line, its labels without colons', () => {
  test.each([
    ['Job Title Warehouse Associate Company Northwind Freight Location Leeds Salary £24,000 a year Job Type Full-time Pick and pack orders.', 'Warehouse Associate', 'Northwind Freight'],
    ['Position Office Manager Employer Contoso Dental Location Cebu City Salary PHP 30,000 a month Keep the office running.', 'Office Manager', 'Contoso Dental'],
  ])('each label opens the next row, and the next label closes its value: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
});
