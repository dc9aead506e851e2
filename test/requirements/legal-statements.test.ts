import { extract } from '../../src';

const skills = (text: string) => extract(text).skills.map((s) => s.name);
const domains = (text: string) => extract(text).domains.map((d) => d.name);

describe('equal-opportunity and accommodation statements ask nothing of the candidate', () => {
  test('a list of characteristics gives no skill ("genetics" is no Genomics)', () => {
    const text = 'Strong Excel skills. We do not discriminate on the basis of race, color, religion, genetics, disability or veteran status.';
    expect(skills(text)).toEqual(['Microsoft Excel']);
  });

  test('an accommodation sentence gives no open-vocabulary skill phrase', () => {
    const text = 'If you are limited in your ability to use our online application as a result of a disability, you may ask for reasonable accommodations.';
    expect(extract(text).skills).toEqual([]);
  });

  test('a requirement run into the statement by lost line breaks is still read, the statement not ("equal opportunities" is no diversity skill)', () => {
    expect(skills('Knowledge of payroll and bookkeeping Acme Ltd is an equal opportunities employer.')).toEqual(['Payroll', 'Bookkeeping']);
  });

  test('the same words outside such a statement count', () => {
    expect(skills('Experience in genomics research and sequencing data.')).toContain('Genomics');
  });
});

describe("a notice to agencies names other trades, not this job's", () => {
  test.each([
    'HVAC Technician\nMust have 3+ years residential HVAC experience.\nRecruiters, please don\'t contact this job poster.',
    'HVAC Technician\nMust have 3+ years residential HVAC experience.\nHeadhunters and recruitment agencies may not submit resumes to our hiring managers.',
    'HVAC Technician\nMust have 3+ years residential HVAC experience.\nAcme does not accept unsolicited resumes from third-party recruiters.',
  ])('no recruiter occupation or recruitment sector: %j', (text) => {
    const r = extract(text);
    expect(r.occupations.map((o) => o.name)).toEqual(['Technician']);
    expect(r.domains.map((d) => d.name)).not.toContain('Recruitment');
  });

  test('a recruiter job still is one', () => {
    expect(extract('Recruiter\nYou will source candidates for our engineering teams.').occupations.map((o) => o.name)).toContain('Recruitment Consultant');
  });
});

describe('a perk is no sector', () => {
  test('"life insurance" in a list of benefits is no Insurance sector', () => {
    expect(domains('We offer medical, dental, vision and life insurance, and a 401(k) plan.')).toEqual([]);
  });
  test('an insurer still is one', () => {
    expect(domains('Join a leading insurance company as a claims handler.')).toEqual(['Insurance']);
  });
});
