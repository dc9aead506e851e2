import { extract } from '../../src';
import { inField, inText, one } from './helpers';

describe('salary formats (salary field)', () => {
  test.each([
    ['25000', 25000, 25000, 'year'],
    ['25,000', 25000, 25000, 'year'],
    ['25,000.00', 25000, 25000, 'year'],
    ['25k', 25000, 25000, 'year'],
    ['£25K', 25000, 25000, 'year'],
    ['25 - 30k', 25000, 30000, 'year'],
    ['20-30K', 20000, 30000, 'year'],
    ['20K to 30K', 20000, 30000, 'year'],
    ['30-45000', 30000, 45000, 'year'],
    ['From 28,000 to 35,000 per annum', 28000, 35000, 'year'],
    ['Upto 16,000', null, 16000, 'year'],
    ['Up to 375 Per Day', null, 375, 'day'],
    ['c40000', 40000, 40000, 'year'],
    ['circa £40k', 40000, 40000, 'year'],
    ['in the region of £32,000', 32000, 32000, 'year'],
    ['6.50 p/h', 6.5, 6.5, 'hour'],
    ['8.84 to 12.91 per hour', 8.84, 12.91, 'hour'],
    ['22000/annum', 22000, 22000, 'year'],
    ['19,500 pa', 19500, 19500, 'year'],
    ['19,500 p.a.', 19500, 19500, 'year'],
    ['£21,000 a year', 21000, 21000, 'year'],
    ['£350 per week', 350, 350, 'week'],
    ['£1,800 per calendar month', 1800, 1800, 'month'],
    ['£1,800 pcm', 1800, 1800, 'month'],
    ['11.00 p.hr', 11, 11, 'hour'],
    ['10 - 12/hour', 10, 12, 'hour'],
    ['100 - 150/day', 100, 150, 'day'],
    ['8p/hr to 9p/hr', 8, 9, 'hour'],
    ['7.20 ph to 8.80ph', 7.2, 8.8, 'hour'],
    ['90 per day to 120 per day', 90, 120, 'day'],
    ['10,000+', 10000, null, 'year'],
    ['From £18,000', 18000, null, 'year'],
  ])('%s', (text, min, max, period) => {
    expect(one(text)).toMatchObject({ min, max, period });
  });

  test('en and em dashes join a range', () => {
    expect(one('£25,000 – £30,000')).toMatchObject({ min: 25000, max: 30000 });
    expect(one('£25,000—£30,000')).toMatchObject({ min: 25000, max: 30000 });
  });

  test('a dash on a line of its own between two figures joins a range, as a board sets them in boxes of their own', () => {
    expect(inText('Budget\n$25.00\n-\n$50.00\nHourly')).toMatchObject([{ min: 25, max: 50, period: 'hour' }]);
    const html = '<html><body><h1>Mobile Developer</h1><p>Build our app.</p><div><strong>$25.00</strong></div><span>-</span><div><strong>$50.00</strong></div><div>Hourly</div></body></html>';
    expect(extract(html).salaries).toMatchObject([{ min: 25, max: 50, period: 'hour' }]);
  });

  test('a dash opening the next line is no range', () => {
    expect(inText('Salary £61.20 per annum\n-9 more').map((s) => s.max)).toEqual([61.2]);
  });

  test('a period written next to each end beats one written after the range', () => {
    expect(one('15.15 ph to 16.65 ph per year')).toMatchObject({ min: 15.15, max: 16.65, period: 'hour' });
  });

  test('"between ... and ..." is a range', () => {
    expect(one('between £20,000 and £24,000 per annum')).toMatchObject({ min: 20000, max: 24000 });
  });

  test('a period written after extra words still applies', () => {
    expect(one('24,000 to 30,000 plus benefits per year')).toMatchObject({ min: 24000, max: 30000, period: 'year' });
  });

  test('a period named before the figure: "day rate"', () => {
    expect(inText('Day rate: £450 for the right candidate')[0]).toMatchObject({ min: 450, period: 'day', periodInferred: false });
  });
});

describe('currencies', () => {
  test.each([
    ['£25,000', 'GBP'],
    ['$60,000', 'USD'],
    ['€40.000'.replace('.', ','), 'EUR'],
    ['GBP 30,000', 'GBP'],
    ['USD 80000 per year', 'USD'],
    ['EUR 45,000', 'EUR'],
    ['65000.00 - 75000.00 GBP Annual', 'GBP'],
    ['Up to 65000 UK Pounds/year', 'GBP'],
  ])('%s', (text, currency) => {
    const s = inField(text)[0];
    expect(s.currency).toBe(currency);
    expect(s.currencyInferred).toBe(false);
  });

  test.each([
    ["CHF 85'000 - 95'000", 85000, 95000],
    ["Gehalt: CHF102'500", 102500, 102500],
    ['CHF 1’250’000 per year', 1250000, 1250000],
  ])('Swiss thousands by apostrophe: %s', (text, min, max) =>
    expect(inField(text)[0]).toMatchObject({ currency: 'CHF', min, max, period: 'year' }));

  test('"$" follows the country of the posting', () => {
    expect(inText('Salary $90,000', {}, { country: 'AU' })[0].currency).toBe('AUD');
  });
});

describe('kinds of pay', () => {
  test('basic + commission: the basic is base pay', () => {
    const [s] = inText('£18k basic + commission');
    expect(s).toMatchObject({ min: 18000, kind: 'base' });
  });

  test('OTE before the figure', () => {
    expect(inText('OTE £40k')[0]).toMatchObject({ min: 40000, kind: 'ote' });
  });

  test('17k - 20k OTE 25k: base 17-20k, OTE 25k', () => {
    const s = inField('17k - 20k OTE 25k');
    expect(s.map((x) => [x.kind, x.min, x.max])).toEqual([
      ['base', 17000, 20000],
      ['ote', 25000, 25000],
    ]);
  });

  test('a budget for learning or equipment is no pay; a role\'s budget is its salary', () => {
    expect(inText('Benefits: a training budget of $1,200 per annum and a new laptop.').map((x) => [x.kind, x.min])).toEqual([['other', 1200]]);
    expect(inText('The budget for this role is £38,000.')[0]).toMatchObject({ kind: 'base', min: 38000 });
  });

  test('a joining award is other pay, the base salary is base', () => {
    const s = inText('Competitive base salary of 36,000, plus a joining award of 8,000.');
    expect(s.map((x) => [x.kind, x.min])).toEqual([
      ['base', 36000],
      ['other', 8000],
    ]);
    expect(s[0].competitive).toBe(true);
    expect(s[1].period).toBeNull();
  });

  test.each([
    ['Salary £24,000 plus car allowance of £5,000', 'allowance'],
    ['£22k plus £3,000 annual bonus', 'bonus'],
    ['£16,000 per annum + tips (IRO £50 per week)', 'tips'],
    ['£20,000 basic, uncapped commission of £10k', 'commission'],
    ['Salary £21,000. Refer a friend and earn £200', 'other'],
  ])('%s', (text, kind) => {
    const s = inText(text);
    expect(s[0].kind).toBe('base');
    expect(s[1].kind).toBe(kind);
  });
});

describe('flags', () => {
  test('DOE and negotiable', () => {
    expect(inText('Salary £25,000 - £30,000 DOE')[0].negotiable).toBe(true);
    expect(inText('£28k negotiable')[0].negotiable).toBe(true);
  });

  test('pro rata', () => {
    expect(inText('£18,000 per annum pro rata')[0].proRata).toBe(true);
  });

  test('+ benefits neither breaks the figure nor adds pay', () => {
    const s = inText('£40,000 - £45,000 + benefits');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ min: 40000, max: 45000 });
  });

  test('a figure-less "competitive salary" is kept as a mention of its own', () => {
    const [s] = inText('We offer a competitive salary and 25 days holiday.');
    expect(s).toMatchObject({ reason: 'salary/descriptive', competitive: true, min: null, max: null });
  });
});

describe('masked pay (Adzuna feed)', () => {
  test('****K is a masked yearly salary with no numbers', () => {
    const [s] = inText('Engineer Reading Salary ****K Our client is a leader');
    expect(s).toMatchObject({ masked: true, min: null, max: null, period: 'year', periodInferred: true, kind: 'base' });
  });

  test('**** to **** is a masked range', () => {
    expect(inText('Salary: **** to **** Location: Derby')[0]).toMatchObject({ masked: true, reason: 'salary/masked-range' });
  });

  test('a state\'s code before the pay is no circa: "Fresno, CA $22 - $25 per hour"', () => {
    expect(extract('Accounts Payable Specialist Northwind Foods · Fresno, CA $22 - $25 per hour After 90 days, this role may be hybrid with up to 2 days a week from home. Full-time.').salary).toMatchObject({ text: '$22 - $25 per hour', min: 22, max: 25, period: 'hour' });
  });

  test('OTE of approx ****K keeps its kind', () => {
    const s = inText('The basic salary is ****K with an OTE of approx ****K plus.');
    expect(s.map((x) => [x.kind, x.masked])).toEqual([
      ['base', true],
      ['ote', true],
    ]);
  });

  test('hyphen-stripped masked ranges: ****K****K and ****  ****k', () => {
    expect(inText('Salary ****K****K plus benefits')[0].reason).toBe('salary/masked-range');
    expect(inText('Salary ****  ****k')[0].reason).toBe('salary/masked-range');
  });

  test('a masked rate keeps its stated period', () => {
    expect(inText('Pay Rate: **** per hour.')[0]).toMatchObject({ masked: true, period: 'hour', periodInferred: false });
  });
});
