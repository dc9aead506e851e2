import { extract } from '../../src';
import { pickPrimary } from '../../src/extractors/salary';
import { inField, inText } from './helpers';

describe('the primary salary', () => {
  test('base pay before OTE and extras', () => {
    const p = pickPrimary(inText('OTE £45k on a basic of £25,000, plus a £1,000 bonus.'));
    expect(p).toMatchObject({ kind: 'base', min: 25000 });
  });

  test('a bonus named with a word or two before it is no base pay: "$500 peak-season completion bonus"', () => {
    const r = extract(
      'FABRIKAM OUTFITTERS | CAREERS\nStores · Distribution · Corporate · Seasonal Hiring\nSeasonal Warehouse Associate\nFabrikam Distribution Center - Lebanon, TN\n' +
        'Full-time hours: 40 hours per week, overtime available\n$19.00 per hour\n- Weekly pay\n- $500 peak-season completion bonus for associates who work through January 16',
    );
    expect([r.salary?.min, r.salary?.period]).toEqual([19, 'hour']);
  });

  test("the pay's own words glued to the next line's are no bonus: \"base salaryAnnual bonus\"", () => {
    const r = extract('Development Manager\nThe Development Manager will be eligible for$130,000 - $160,000 base salaryAnnual bonus + project milestone bonuses');
    expect([r.salary?.min, r.salary?.max]).toEqual([130000, 160000]);
  });

  test('salary packaging is a tax-free part of the pay, not the pay', () => {
    const text = 'Registered Nurse\n$95,000 - $110,000 per year + super\nBenefits\n- Salary packaging up to $15,900';
    expect(pickPrimary(inText(text), [], text)).toMatchObject({ kind: 'base', min: 95000, max: 110000 });
  });

  test('OTE when nothing else is given', () => {
    expect(pickPrimary(inField('25k - 50k OTE'))).toMatchObject({ kind: 'ote', min: 25000, max: 50000 });
  });

  test('a figure before a masked one before words', () => {
    expect(pickPrimary(inText('A competitive salary. Salary ****K. Or £30,000 in London.'))).toMatchObject({ min: 30000 });
  });

  test('the salary field before the description', () => {
    const text = 'Salary: £28,000\nDescription: previous holders earned £31,000 basic.';
    const fields = [{ start: 8, end: 15 }];
    const { findSalaries } = require('../../src/extractors/salary') as typeof import('../../src/extractors/salary');
    const all = findSalaries(text, { defaultCurrency: null, defaultCountry: null, annualization: { hoursPerYear: 1950, daysPerYear: 260, weeksPerYear: 52, monthsPerYear: 12 } }, { salaryFields: fields });
    expect(pickPrimary(all, fields)).toMatchObject({ min: 28000 });
  });

  test('an open bound gives way to a range elsewhere that states it in full', () => {
    const text = 'Team Leader\n£32,000 - £36,000 per annum\nBenefits:\n- Salary up to £36,000 per annum\n- Pension';
    expect(pickPrimary(inText(text), [], text)).toMatchObject({ min: 32000, max: 36000 });
    // A range that shares no bound with it is other pay.
    const other = 'Salary: up to £36,000 per annum. Relief staff: £20,000 - £24,000 per annum.';
    expect(pickPrimary(inText(other), [], other)).toMatchObject({ min: null, max: 36000 });
  });

  test("the header's line of pay alone before a labelled figure in the body", () => {
    const text = 'Heavy Equipment Operator\nGranite Line Excavating\nBozeman, MT\n$28 - $36 an hour\nFull-time\nBenefits\n- Weekend pay $40 an hour';
    expect(pickPrimary(inText(text), [], text)).toMatchObject({ min: 28, max: 36, period: 'hour' });
    // What is paid on top may follow it on its line.
    const plus = 'Heavy Equipment Operator\nBozeman, MT\n$28 - $36 an hour base + overtime\nFull-time\nBenefits\n- Weekend pay $40 an hour';
    expect(pickPrimary(inText(plus), [], plus)).toMatchObject({ min: 28, max: 36, period: 'hour' });
  });

  test('benefit amounts and earnings with commission are not the base pay', () => {
    const text = 'Lift Operator\nStarting at $19/hour\nEmployee housing available in Frisco ($450/month, limited). Out-of-town jobs pay a per diem of $75/day. $75/month internet stipend. Reps at plan earn $115,000+ including commission.';
    const all = inText(text);
    expect(all.filter((s) => s.kind === 'base').map((s) => s.text)).toEqual(['Starting at $19/hour']);
    expect(pickPrimary(all, [], text)).toMatchObject({ min: 19, period: 'hour' });
  });

  test('weekly earnings are by the week', () => {
    expect(pickPrimary(inText('Pay: Average weekly earnings $1,450 - $1,800 (paid by the mile).'))).toMatchObject({ min: 1450, max: 1800, period: 'week' });
  });

  test("a pay-transparency list by level: the line the posting's title labels", () => {
    const list = 'Compensation\nThe base salary ranges for this job family are:\nSoftware Engineer I: $105,000 – $125,000\nSoftware Engineer II: $128,000 – $152,000\nSenior Software Engineer: $155,000 – $185,000';
    expect(extract({ title: 'Software Engineer II (Backend)', text: list }).salary).toMatchObject({ min: 128000, max: 152000 });
    expect(extract({ title: 'Senior Software Engineer', text: list }).salary).toMatchObject({ min: 155000, max: 185000 });
    // A title no line names keeps the first.
    expect(extract({ title: 'Staff Engineer', text: list }).salary).toMatchObject({ min: 105000, max: 125000 });
  });

  test("another job's pay, benefit credits and flexible benefits are not this role's pay", () => {
    const text = 'Practice Manager\nCompetitive salary.\nWe are also hiring a Dental Assistant (starting at $19 per hour). Substitute aides are also needed at $13.00 per hour.\nBenefits\n- €500 energy bill credit each winter\n- Flexible benefits of S$1,200 per year';
    expect(inText(text).filter((s) => s.kind === 'base' && s.min !== null)).toEqual([]);
  });

  test('a bonus alone is not the primary pay', () => {
    expect(pickPrimary(inText('A £2,000 joining bonus is offered.'))).toBeNull();
  });

  test("one benefit named by its purpose is no pay, also where scraping glued the next line on", () => {
    expect(extract('Account Executive\nBase salary: $55,000 - $60,000\nBenefits: $150 monthly commuter benefit, 401(k) match').salary).toMatchObject({ min: 55000, max: 60000, period: 'year' });
    expect(extract('Account Executive OTE $85,000Benefits401(k) with 3% match$150 monthly commuter benefit4 weeks PTO').salaries.filter((p) => p.kind === 'base' && p.min === 150)).toEqual([]);
    // Praise of the benefits is none: the pay stays.
    expect(extract('Salary £30,000 excellent benefit package').salary).toMatchObject({ min: 30000, period: 'year' });
  });

  test('a sum in millions glued to the next word is no pay ("a budget of about $1.1 millionManage campaigns")', () => {
    expect(extract('ResponsibilitiesBuild the annual marketing plan and a budget of about $1.1 millionManage campaigns across email').salary).toBeNull();
  });

  test("a contract's pay annualized is yearly pay, however it is paid", () => {
    expect(extract('The salary for this contract is $65,000 - $72,000 annualized, paid bi-weekly.').salary).toMatchObject({ min: 65000, max: 72000, period: 'year' });
  });

  test('the commission "in variable commission" after its figure is no base pay; the base named after its figure is', () => {
    const text = 'Compensation\nOn-target earnings (OTE): $85,000 per year, made up of a $55,000 base salary and $30,000 in variable commission paid monthly.';
    expect(extract(text).salary).toMatchObject({ min: 55000, max: 55000, period: 'year' });
  });

  test('a currency\'s letters right after a label\'s colon: "Remuneration:R25 000 per month"; a time after one is none', () => {
    expect(extract('Administrative Clerk\nRemuneration:R25 000 per month basic salary\nBased in Cape Town.').salary).toMatchObject({ min: 25000, currency: 'ZAR', period: 'month' });
    expect(extract('Shop Assistant\nHours:10:30 to 18:30 daily\nBased in Cape Town.').salary).toBeNull();
  });
});

describe("a search form's pay filter copied with the page", () => {
  const posting = 'Warehouse Associate\nContoso Logistics\nColumbus, OH\n$19.25 an hour\nYou will pick and pack orders on the second shift.';
  test.each([
    ['its bands a line each under their first choice', 'Any salary\n$20+/hr\n$25+/hr\n$40,000+\n$60,000+'],
    ['with their periods', 'Min salary\n£10+ per hour\n£15+ per hour\n£20+ per hour'],
    ['all on one line, as Markdown prints a select', 'Any hourly pay$15+$20+$25+$30+'],
    ['its minimums a line each, rising, without their "+"', 'Minimum Salary\nAny\n$3,000/mo\n$5,000/mo\n$7,500/mo\n$10,000/mo'],
    ['its ranges a line each, rising', 'Pay range\n$0 to $10,000\n$20,000 to $30,000\n$30,000 to $40,000'],
    ['its ranges all on one line', 'Pay range\n$0 to $10,000 $20,000 to $30,000 $30,000 to $40,000 $40,000 to $50,000'],
    ['its minimums glued on one line, as Markdown prints a select', 'Salary from Any$10,000$20,000$30,000$40,000$50,000 Salary to Any$30,000$40,000$60,000'],
    ['its bands in lakhs', 'Salary 6-10 Lakhs 10-15 Lakhs 15-25 Lakhs 25-50 Lakhs'],
  ])('is none of the posting\'s pay: %s', (_, filter) => {
    const r = extract(`Find jobs\nSign in\n${filter}\nSearch\n${posting}`);
    expect(r.salary).toMatchObject({ min: 19.25, max: 19.25, period: 'hour' });
  });

  test("a posting's pay table by grade on one line is still its pay: \"Band 5: $30,000 - $36,000; Band 6: ...\"", () => {
    const r = extract('Staff Nurse\nContoso Health\nBand 5: $30,000 - $36,000; Band 6: $37,000 - $44,000\nThis post is graded at Band 5.');
    expect(r.salary).toMatchObject({ min: 30000, max: 36000 });
  });

  test("a posting's pay lines, one figure each but not rising, are still its pay", () => {
    expect(extract('Line Cook\nContoso Grill\nPay\n$22/hr\nWeekends\n$20/hr\nWe cook over wood.').salary).toMatchObject({ min: 22, period: 'hour' });
  });

  test('a pay line of its own with its "+" is still the pay: "$18+ per hour" under its label', () => {
    expect(extract('Barista\nContoso Coffee\nPay\n$18+ per hour\nWe roast our own beans.').salary).toMatchObject({ min: 18, period: 'hour' });
  });
});

test('a school year\'s second year is no figure ("the 2024-25 teacher master contract"); a range without commas still is', () => {
  expect(extract('Teacher\nSalary per the 2024-25 teacher master contract: $44,000 - $68,500, placement based on experience.').salary).toMatchObject({ min: 44000, max: 68500, period: 'year' });
  expect(extract('Driver\n$1950-2050 a month').salary).toMatchObject({ min: 1950, max: 2050, period: 'month' });
});

describe('figures beside the pay that are no pay of this job', () => {
  test.each([
    ['a wage the pay is a share of', 'First-year apprentices start at $18.95 per hour (45% of the current journeyman wage of $42.10).', 18.95],
    ['what the worker pays for', 'WAGES\nApprentices earn $18.95 per hour.\nTuition is covered; apprentices pay only for books (about $300 per year).', 18.95],
    ['on-call pay beside the rate', 'Pay & bonuses\n- $30-$42/hr depending on license level and experience\n- On-call pay: $200 per on-call weekend', 30],
  ])('%s', (_, text, min) => expect(extract(text).salary?.min).toBe(min));
  test("an applicant's fee is no pay", () => expect(extract('Apply in person at the training center with a $30 non-refundable application fee.').salaries).toEqual([]));
  test('the pay for this role is still the pay', () => expect(extract('The starting pay for this role is $102,809 to $133,652 based on skill level.').salary?.min).toBe(102809));
});
