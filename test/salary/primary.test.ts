import { pickPrimary } from '../../src/extractors/salary';
import { inField, inText } from './helpers';

describe('the primary salary', () => {
  test('base pay before OTE and extras', () => {
    const p = pickPrimary(inText('OTE £45k on a basic of £25,000, plus a £1,000 bonus.'));
    expect(p).toMatchObject({ kind: 'base', min: 25000 });
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

  test('a bonus alone is not the primary pay', () => {
    expect(pickPrimary(inText('A £2,000 joining bonus is offered.'))).toBeNull();
  });
});
