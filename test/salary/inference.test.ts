import { inField, inText, ADZUNA } from './helpers';
import { annualise, DEFAULT_ANNUALIZATION } from '../../src/extractors/salary/annualise';
import { inferPeriod } from '../../src/extractors/salary/period';

describe('period inferred from magnitude', () => {
  test.each([
    [9.5, 'hour'],
    [350, 'day'],
    [2500, 'month'],
    [25000, 'year'],
  ])('%d is paid per %s', (value, period) => {
    expect(inferPeriod(value)).toBe(period);
  });

  test('an unstated period is inferred and flagged', () => {
    expect(inField('25,000')[0]).toMatchObject({ period: 'year', periodInferred: true });
    expect(inField('9.50')[0]).toMatchObject({ period: 'hour', periodInferred: true });
    expect(inField('9.50 per hour')[0]).toMatchObject({ period: 'hour', periodInferred: false });
  });
});

describe('currency inferred, never silently guessed', () => {
  test('no evidence: null', () => {
    expect(inField('25,000')[0]).toMatchObject({ currency: null, currencyInferred: false });
  });

  test('options.defaultCurrency', () => {
    expect(inField('25,000', { defaultCurrency: 'EUR' })[0]).toMatchObject({ currency: 'EUR', currencyInferred: true });
  });

  test('a symbol elsewhere in the posting', () => {
    const s = inText('Salary 25,000 - 30,000 per annum. Plus a £2,000 joining bonus.');
    expect(s[0]).toMatchObject({ currency: 'GBP', currencyInferred: true });
    expect(s[1]).toMatchObject({ currency: 'GBP', currencyInferred: false });
  });

  test('the country of the posting', () => {
    expect(inText('Salary 42,000 per year', {}, { country: 'IE' })[0]).toMatchObject({ currency: 'EUR', currencyInferred: true });
  });
});

describe('annualisation', () => {
  test('defaults: 37.5 h x 52 weeks, 5 days x 52 weeks, 52 weeks, 12 months', () => {
    expect(DEFAULT_ANNUALIZATION).toEqual({ hoursPerYear: 1950, daysPerYear: 260, weeksPerYear: 52, monthsPerYear: 12 });
    expect(annualise(10, 12, 'hour', DEFAULT_ANNUALIZATION)).toEqual({ min: 19500, max: 23400 });
  });

  test.each([
    ['8.84 to 12.91 per hour', 16972.8, 24787.2],
    ['Up to 375 Per Day', null, 90000],
    ['350 to 450 per week', 16800, 21600],
    ['£2,000 per month', 24000, 24000],
    ['From 28,000 to 35,000 per annum', 28000, 35000],
  ])('%s with the Adzuna figures', (text, min, max) => {
    expect(inField(text, { annualization: ADZUNA })[0].annual).toEqual({ min, max });
  });

  test('masked pay has no annual figures', () => {
    expect(inText('Salary ****K')[0].annual).toEqual({ min: null, max: null });
  });
});
