import { extract } from '../../src';
import { isPayOnly } from '../../src/normalise/pay-only';
import { primaryPay } from './helpers';

/** The primary pay of a bare string and of the same string as `{ salary }`. */
function both(pay: string) {
  return { bare: primaryPay(pay), field: primaryPay({ salary: pay }) };
}

describe('a pay string passed alone reads as pay', () => {
  test.each([
    ['8.50 per hour', [8.5, 8.5, 'hour']],
    ['6.08 per hour', [6.08, 6.08, 'hour']],
    ['40.00 per hour', [40, 40, 'hour']],
    ['35,000 - 40,000', [35000, 40000, 'year']],
    ['12,250', [12250, 12250, 'year']],
    ['9.10 to 11.40 per hour', [9.1, 11.4, 'hour']],
    ['Up to 31,000 plus car allowance', [null, 31000, 'year']],
    // Any currency's sign or code before the figure.
    ['¥5,000,000 - ¥7,000,000', [5000000, 7000000, 'year']],
    ['AED 8,000 - 10,000', [8000, 10000, 'month']],
  ])('%s', (pay, expected) => {
    const { bare, field } = both(pay);
    expect(bare).toEqual(expected);
    expect(bare).toEqual(field);
  });

  test('offsets of the bare string point into it', () => {
    const pay = '  8.50 per hour';
    const s = extract(pay).salary!;
    expect(pay.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.startsWith('8.50')).toBe(true);
  });

  test('a decimal opening a line of text is not a list number', () => {
    const s = extract('Warehouse operative needed.\n7.25 per hour, days only.').salary;
    expect(s).toMatchObject({ min: 7.25, period: 'hour' });
  });

  test('a numbered list item still loses its number', () => {
    const r = extract('Duties:\n1. Stock the shelves\n2. Serve customers');
    expect(r.salary).toBeNull();
  });
});

describe('what is only pay', () => {
  test.each(['8.50 per hour', '£25k + bonus', '30-45000', '16,000 - 20,000 plus commission', 'Up to 31,000', '$52,000/year'])('%s is', (s) =>
    expect(isPayOnly(s)).toBe(true),
  );
  test.each(['12 Warehouse Operatives needed in Leeds', '2025 Graduate Scheme', 'Barista, part time', '25,000\nWe are hiring a chef.', 'R2 units for the depot', 'CAD 2000 Technician'])('%s is not', (s) =>
    expect(isPayOnly(s)).toBe(false),
  );
});

describe('a pay label and the fields of object input', () => {
  it.each([
    [{ company: 'Salary:', location: 'negotiable' }],
    [{ salary: 'Salary: ', text: 'DOE ' }],
  ])('a label in one field does not take the next field\'s words: %j', (input) => {
    const r = extract(input);
    expect(r.salaries.filter((s) => s.negotiable)).toEqual([]);
    expect(r.warnings.map((w) => w.code)).not.toContain('result/span-crosses-field');
  });

  it('a label and its words in one field still count', () => {
    expect(extract({ salary: 'Salary: negotiable', text: 'Chef wanted.' }).salaries.map((s) => s.negotiable)).toEqual([true]);
  });
});
