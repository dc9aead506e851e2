import { findDurations } from '../../src/extractors/experience/duration';
import { collapsedRange } from '../../src/extractors/experience/collapsed-range';
import type { Skill } from '../../src/types/skills';
import { runRequirements } from './run';

function years(text: string) {
  return runRequirements(text).experience.map((e) => ({ text: e.text, min: e.minYears, max: e.maxYears, months: e.months }));
}

describe('experience durations', () => {
  it.each([
    ['You will have 5 years experience in retail.', '5 years', 5, null, null],
    ['You will have 5+ years experience in retail.', '5+ years', 5, null, null],
    ['A minimum of 5 years experience in finance.', 'A minimum of 5 years', 5, null, null],
    ['You need at least 2 years experience as a chef.', 'at least 2 years', 2, null, null],
    ['Ideally 3-5 years experience in recruitment.', '3-5 years', 3, 5, null],
    ['Ideally 3 to 5 yrs experience within a kitchen.', '3 to 5 yrs', 3, 5, null],
    ['You will have two years experience in nursing.', 'two years', 2, null, null],
    ['You will have 18 months experience in sales.', '18 months', 1.5, null, 18],
    ['Minimum 2years experience in sales.', 'Minimum 2years', 2, null, null],
    ['12 Months exposure to payroll is essential.', '12 Months', 1, null, 12],
    ['Candidates with over 10 years experience in audit.', 'over 10 years', 10, null, null],
  ])('%s', (text, span, min, max, months) => {
    expect(years(text)).toEqual([{ text: span, min, max, months }]);
  });

  it.each([
    'Established in 2004, our client has sold properties in more than 100 countries.',
    'The company has over 20 years of history in the region.',
    'This is a 2 year contract with a view to extend.',
    'If you have not heard from us within 7 days please assume you have been unsuccessful.',
    'With over 20 years experience, Acme Care is a leading provider.',
    'Applicants must be over 18 years of age.',
  ])('is not experience: %s', (text) => {
    expect(years(text).filter((e) => e.min !== null || e.max !== null)).toEqual([]);
  });
});

describe('experience without a figure', () => {
  it('reads "previous experience essential" as required, with its subject', () => {
    const [item] = runRequirements('Previous experience in dealing with demanding clients essential.').experience;
    expect(item).toMatchObject({ text: 'Previous experience', minYears: null, required: true, reason: 'experience/qualified' });
    expect(item.subject?.value).toBe('dealing with demanding clients');
  });

  it.each([
    // A full stop inside a word stays in the subject; the next clause's subject ends it.
    ['5+ years of experience with Node.js and TypeScript.', 'Node.js and TypeScript'],
    ['At least three years experience within a professional practice and you will lead audits.', 'a professional practice'],
    ['2 years of experience in retail.3+ years in sales.', 'retail'],
  ])('the subject of %j is %j', (text, subject) => {
    expect(runRequirements(text).experience[0].subject?.value).toBe(subject);
  });

  it('takes the subject between the qualifier and "experience"', () => {
    const [item] = runRequirements('Previous sales or telesales experience.').experience;
    expect(item.subject?.value).toBe('sales or telesales');
  });

  it('reads "no experience necessary" as zero years, not required', () => {
    const [item] = runRequirements('No experience necessary as full training is given.').experience;
    expect(item).toMatchObject({ minYears: 0, maxYears: 0, required: false, reason: 'experience/none-required' });
  });

  it('reads "entry level" as zero years', () => {
    expect(runRequirements('This is an entry level role in our busy office.').experience[0]).toMatchObject({ minYears: 0, reason: 'experience/entry-level' });
  });
});

describe('collapsed ranges in feed text', () => {
  it('reads "35 years" as 3-5 when the feed stripped the hyphen, with a warning', () => {
    const r = runRequirements('Title: Data Analyst\nDescription: Salary ****K. Someone who has 35 years sales experience.');
    expect(r.experience[0]).toMatchObject({ minYears: 3, maxYears: 5, reason: 'experience/collapsed-range' });
    expect(r.warnings.map((w) => w.code)).toContain('experience/collapsed-range');
  });

  it('keeps plausible single figures and splits only ascending pairs', () => {
    expect(collapsedRange('12', 'year')).toBeNull();
    expect(collapsedRange('35', 'year')).toEqual({ min: 3, max: 5 });
    expect(collapsedRange('612', 'month')).toEqual({ min: 6, max: 12 });
    expect(collapsedRange('20', 'year')).toBeNull();
    expect(collapsedRange('24', 'month')).toBeNull();
  });

  it('leaves figures alone in text without feed marks', () => {
    expect(findDurations('35 years', { feedMarks: false })[0]).toMatchObject({ min: 35, collapsed: false });
  });
});

describe('skills in the subject', () => {
  it('links the skills mentioned inside the subject', () => {
    const skill = (id: string, word: string) => (text: string): Skill => {
      const start = text.indexOf(word);
      return { id, name: word, kind: 'knowledge', category: null, source: 'dictionary', confidence: 1, required: undefined, mentions: [{ text: word, start, end: start + word.length, reason: 'dictionary/alias' }] };
    };
    const text = 'You will have 3 years experience in bookkeeping and payroll. Excel is a plus.';
    const [item] = runRequirements(text, (t) => [skill('bookkeeping', 'bookkeeping')(t), skill('payroll', 'payroll')(t), skill('excel', 'Excel')(t)]).experience;
    expect(item.subject?.value).toBe('bookkeeping and payroll');
    expect(item.skillIds).toEqual(['bookkeeping', 'payroll']);
  });
});

describe('experience as other markets and boards write it', () => {
  it.each([
    // Canada's Job Bank bands: both ends carry the unit.
    ['Experience: 1 year to less than 2 years', '1 year to less than 2 years', 1, 2],
    ['2 years - 3 years of retail experience.', '2 years - 3 years', 2, 3],
    // India's short forms and labels.
    ['Exp: 3-5 yrs', '3-5 yrs', 3, 5],
    ['2-3 yrs exp in Java.', '2-3 yrs', 2, 3],
    ['Total Experience: 4 years', '4 years', 4, null],
    ['Freshers can apply.', 'Freshers can apply', 0, 0],
    ['Experience: Fresher', 'Fresher', 0, 0],
    ['Experience required: Fresher', 'Fresher', 0, 0],
  ])('%j', (text, span, min, max) => {
    expect(years(text)[0]).toMatchObject({ text: span, min, max });
  });

  it('"exp" is a word of its own: "exp date 2 years" asks for no experience', () => {
    expect(years('Card exp date 2 years from issue.')).toEqual([]);
  });
});
