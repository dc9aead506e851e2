import { extract } from '../../src';
import { identity } from '../../src/normalise/mapped-text';
import { splitScrapedJoins } from '../../src/normalise/scraped-joins';
import { primaryPay } from './helpers';

describe('pay in scraped US text', () => {
  test.each([
    ['Five years of retail experienceSalary: $95,000- $105,000Benefits: dental', [95000, 105000, 'year']],
    ['Pay Range: $41,000 to $47,500Position Type: Full time', [41000, 47500, 'year']],
    ['Pay rate: $19 - $21Job Summary: greet guests', [19, 21, 'hour']],
    ['Compensation:$52,000-$58,000/year', [52000, 58000, 'year']],
    ['Eligible for$64,000 - $71,000 base salary', [64000, 71000, 'year']],
    // A flattened board header: the ZIP code runs into the pay.
    ['Warehouse AssociateNorthwind LogisticsLebanon, TN 37090$18.50 - $20.00 an hour - Full-time', [18.5, 20, 'hour']],
    ['Salary:$88,000-96,000', [88000, 96000, 'year']],
    // A CSV row's cells: the sum right after a comma that ends a word.
    ['Senior Staff Nurse,St Mary\'s Hospital,London,£35000 - £42000,Full-time', [35000, 42000, 'year']],
    ['Line Cook,Northwind Grill,Austin TX,$16-$19/hr,Part-time', [16, 19, 'hour']],
    ['Compensation$16.50-18.75 per hour', [16.5, 18.75, 'hour']],
    ['Estimated pay range: $ 72000 - $ 80500', [72000, 80500, 'year']],
    ['Pay ranges from a minimum of $31,200.00 to a maximum of $52,800.00 a year.', [31200, 52800, 'year']],
    ['Minimum salary of $98,100 to maximum salary of $131,700 + equity.', [98100, 131700, 'year']],
    ['The base salary range for this position is $61,500 and $73,000 overall.', [61500, 73000, 'year']],
    ['Base Salary: $47,500On Target Earnings: $66,000+ (Uncapped)', [47500, 47500, 'year']],
    ['Pay $16-19hr (based on experience)', [16, 19, 'hour']],
    ['Pay\n Min \n\nUSD $61,000.00/Yr.\n\n Max \n\nUSD $72,000.00/Yr.\n\nSkills', [61000, 72000, 'year']],
    ['Minimum: $20/hour\nMaximum: $24/hour', [20, 24, 'hour']],
    ['The base pay is between USD 120,000 in our lowest cost market and USD 180,000 in the highest.', [120000, 180000, 'year']],
    ['Base pay for the role goes from $96,000 per year in the cheapest region up to $150,500 per year in the dearest.', [96000, 150500, 'year']],
    ['Annual pay starting at $70,000 for new starters, rising to $85,000 with experience.', [70000, 85000, 'year']],
    ['The starting pay for this role is between:\n\n$58,000 and $64,000\n\nApply now.', [58000, 64000, 'year']],
    ['Pay depends on skills, location and many other things; for all US candidates it is between:\n$58,000 and $64,000', [58000, 64000, 'year']],
    ['Pay Range: $17.00 - $20.50 - $24.00\nDuties: stock shelves', [17, 24, 'hour']],
    ['Salary range (minimum - midpoint - maximum): $60,000 - $70,000 - $80,000 per year', [60000, 80000, 'year']],
    ['Hourly pay: $18 - $21 - $2 more on weekends', [18, 21, 'hour']],
    ['Data Analyst\n\nFully Remote\n\n85000 - 98000 plus bonus\n\nAbout the team', [85000, 98000, 'year']],
    ['Account Manager\n34000 + commission\nApply now', [34000, 34000, 'year']],
  ])('%s', (text, expected) => expect(primaryPay(text)).toEqual(expected));
});

describe('a minimum, midpoint and maximum in a block of lines are one range', () => {
  test.each([
    ['Pay range\nMin: $62,000\nMid: $71,500\nMax: $81,000\nBenefits', [62000, 81000, 'year']],
    ['Min: $62,000 / Mid: $71,500 / Max: $81,000', [62000, 81000, 'year']],
    ['Compensation\nMinimum\n$48,000\nMidpoint\n$54,000\nMaximum\n$60,000', [48000, 60000, 'year']],
    ['Minimum $21.00/hr Median $23.50/hr Maximum $26.00/hr', [21, 26, 'hour']],
  ])('%s', (text, expected) => {
    const r = extract(text);
    expect(primaryPay(text)).toEqual(expected);
    expect(r.salaries).toHaveLength(1);
  });
  test('a midpoint outside the ends is no part of the range', () =>
    expect(extract('Min: $62,000\nMid: $95,000\nMax: $81,000').salaries.map((s) => s.max)).toEqual([62000, 95000, 81000]));
});

describe('pay that differs by location is read as its span', () => {
  test.each([
    ['Base pay is $91,000 - $104,000 (CA, NY, WA) and $84,000 - $96,000 (other U.S. locations).', [84000, 104000, 'year']],
    ['Pay range (CA, WA, NY) per year:\nMin: $70,000\nMax: $90,000\nPay range (all other states) per year:\nMin: $63,000\nMax: $81,000', [63000, 90000, 'year']],
    ['Target earnings Region 1: $97,000\nTarget earnings Region 2: $92,500\nShift: Day', [92500, 97000, 'year']],
  ])('%s', (text, expected) => expect(primaryPay(text)).toEqual(expected));

  test('each range stays in salaries', () =>
    expect(extract('Base pay is $91,000 - $104,000 (CA, NY, WA) and $84,000 - $96,000 (other U.S. locations).').salaries.map((s) => [s.min, s.max])).toEqual([
      [91000, 104000],
      [84000, 96000],
    ]));
  test('the primary keeps the span of its own range', () => {
    const text = 'Pay range (CA, WA, NY) per year:\nMin: $70,000\nMax: $90,000\nPay range (all other states) per year:\nMin: $63,000\nMax: $81,000';
    const salary = extract(text).salary!;
    expect(salary).toMatchObject({ min: 63000, max: 90000, reason: 'salary/regional-span' });
    // The first block's Min/Max range, not a span from its first figure to the last block's.
    expect(salary.text).toContain('$90,000');
    expect(salary.text).not.toContain('$63,000');
  });
  test('in HTML and in object input, the primary never runs across list items or fields', () => {
    const html = '<ul><li>Region 1: $97,000</li><li>Region 2: $92,500</li></ul>';
    const fromHtml = extract(html).salary!;
    expect(fromHtml).toMatchObject({ min: 92500, max: 97000 });
    expect(html.slice(fromHtml.start, fromHtml.end)).toBe(fromHtml.text);
    const fromObject = extract({ title: 'Region 1: $97,000', text: 'Region 2: $92,500' });
    expect(fromObject.warnings.map((w) => w.code)).not.toContain('result/span-crosses-field');
  });
  test("a range whose ends each carry a note: a salary schedule's steps", () => {
    expect(primaryPay('Salary: per the 2025-26 teacher salary schedule, $61,200 (0 years) to $79,800 (20+ years).')).toEqual([61200, 79800, 'year']);
    expect(primaryPay('Pay: $19.50 (days) - $22.00 (nights) per hour')).toEqual([19.5, 22, 'hour']);
  });
  test('ranges of two levels are not one span', () =>
    expect(primaryPay('Analyst I: $58,000 - $66,000. Analyst II: $67,000 - $78,000.')).toEqual([58000, 66000, 'year']));
  test('a location named in another sentence does not join a figure', () =>
    expect(primaryPay('Pay is between USD 80,000 in the lowest market and USD 120,000 in the highest market. The team target is 300,000 USD.')).toEqual([80000, 120000, 'year']));
  test('"from" and "up to" in different sentences stay two figures', () =>
    expect(extract('Pay from $20 an hour. Overtime is paid up to $30 an hour.').salaries.map((s) => [s.min, s.max])).toEqual([
      [20, null],
      [null, 30],
    ]));
  test('a label\'s number is not pay', () => expect(extract('On Target Earnings Region 1: to be agreed').salaries.filter((s) => s.min !== null)).toEqual([]));
});

describe('numbers that are not pay', () => {
  test.each([
    'We offer a matching 401K program.',
    'A 401(k) and a 403(b) with match.',
    'Must be able to lift up to 35 pounds.',
    'Shifts run 7 a.m. to 3 p.m. on weekdays.',
    'A team of 12 plus bonus scheme for all.',
    'We have 10 - 15 plus benefits advisers.',
    // A size in tons, also run into the next line's word as scraped text runs it.
    'Repair split systems and package units, mostly 2 to 5 tons.',
    'Repair split systems and package units, mostly 2 to 5 tonsRun maintenance visits.',
    // A raise on top of the pay.
    'Passing the broker exam comes with a $5,000 raise.',
    // A count in thousands and a span of years.
    "You'll own our newsletter (28k subscribers) and our blog.",
    'Salary: Per the 2025–2026 Administrative Salary Schedule, Grade A4.',
    // Hours said before their figure.
    'Typical hours are 50 per week, Monday through Friday.',
  ])('%s', (text) => expect(extract(text).salaries.filter((s) => s.min !== null || s.max !== null)).toEqual([]));

  test.each([
    "Housing: Staff apartment available at $450/month if you're relocating.",
    'We offer a staff discount and an education fund of €500 a year.',
    'A kit/computer rental of $50 per week is available if you use your own laptop.',
    'Perks: Urban Sports Club subsidy (€50/month) and free rides.',
  ])('a benefit\'s amount is no base pay: %s', (text) => {
    expect(extract(text).salaries.map((x) => x.kind)).toEqual(['other']);
    expect(extract(text).salary).toBeNull();
  });

  test.each([
    // A day's allowance for nights away; on-call pay.
    ['$65/day per diem when working overnight away from home.', 'allowance'],
    ['Take part in our on-call rotation (compensated with €30 per day on standby plus time in lieu).', 'other'],
  ])('no base pay: %s', (text, kind) => {
    expect(extract(text).salaries.map((x) => x.kind)).toEqual([kind]);
    expect(extract(text).salary).toBeNull();
  });

  test('an hourly rate called per diem is still the pay of a per diem role', () => expect(primaryPay('RN - Per Diem\nRate: $45/hr per diem.')).toEqual([45, 45, 'hour']));

  test.each([
    ['Pay: $1,950 - $2,200 per 12-hour shift', [1950, 2200, 'day']],
    ['Per diem RN: $900/shift', [900, 900, 'day']],
    ['Rate: $45 per shift', [45, 45, 'day']],
  ])('a shift is a day\'s work: %s', (text, pay) => expect(primaryPay(text)).toEqual(pay));

  test('a continuing-education budget before the pay is a benefit', () => {
    expect(primaryPay('We offer a CPE budget of $3,000 a year.\nThe base salary range for this position is $130,000-$150,000.')).toEqual([130000, 150000, 'year']);
  });

  test('a weight before the pay does not win over it', () => {
    expect(primaryPay('Must carry boxes of 40 pounds. Pay is $18 - $20 an hour.')).toEqual([18, 20, 'hour']);
  });

  test('"and" joins two figures into a range only after "between" or a range word', () => {
    expect(extract('Teams of 25 and 30 people. Salary 25,000').salary).toMatchObject({ min: 25000, max: 25000 });
  });

  test('two figures apart join only when a label opens and closes the range', () => {
    expect(primaryPay('Salary £21,000. Bonus of £5,000 and more.')).toEqual([21000, 21000, 'year']);
    expect(extract('The minimum is $15/hour in this state. Our pay is $18/hour.').salaries.map((s) => [s.min, s.max])).toEqual([
      [15, 15],
      [18, 18],
    ]);
  });

  test('"40hr week" is hours, not pay', () => expect(extract('A 40hr week on days.').salary).toBeNull());

  test('pounds are still money where nothing is lifted', () => {
    expect(primaryPay('Salary of 26,000 pounds a year')).toEqual([26000, 26000, 'year']);
  });

  test('stipends, life insurance and equity are not base pay', () => {
    const r = extract('Salary $61,000 - $66,000. A $250 wellness stipend, $40k life insurance and an equity grant of $15,000 per year.');
    expect(r.salary).toMatchObject({ min: 61000, max: 66000 });
    expect(r.salaries.filter((s) => s.kind === 'base')).toHaveLength(1);
  });

  test("an insurance's cover is no pay: \"Group medical insurance of ₹5,00,000\", \"health cover of $50,000\"", () => {
    expect(extract('Perks: group medical insurance of ₹5,00,000 covering spouse and children, and health cover of $50,000.').salaries.filter((s) => s.kind === 'base')).toEqual([]);
  });

  test('a board\'s "Additional pay" and "Median" beside its estimate are no base pay', () => {
    const r = extract('Product Designer\nMedian: $114K /yr\nAdditional pay: $6K - $14K /yr (bonus, stock, profit sharing)\nDesign our checkout.');
    expect(r.salaries.filter((s) => s.kind === 'base')).toEqual([]);
  });

  test('a count of stars, a purchase program and a home office setup are no base pay', () => {
    const r = extract('Developer Advocate\nOur database has 18k GitHub stars. We offer a $2,000 tool purchase program and a $1,200 home office setup.');
    expect(r.salaries.filter((s) => s.kind === 'base')).toEqual([]);
  });

  test('"Est. weekly gross: $2,480" is a week\'s pay', () => {
    expect(extract('Travel RN - ICU\nEst. weekly gross: $2,480\nStart date: May 12').salary).toMatchObject({ min: 2480, period: 'week' });
  });

  test('a figure under its label line is of the kind the label names ("Bonus:" / "$6K /yr")', () => {
    const r = extract('Product Designer\nSalary: $90K /yr\nBonus: $6K /yr\nDesign our checkout.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [90000, 'base'],
      [6000, 'bonus'],
    ]);
  });

  test('a night or shift differential is an allowance beside the pay', () => {
    const r = extract('Pay: $19.50/hr plus $1.50 night differential.');
    expect(r.salary).toMatchObject({ min: 19.5, period: 'hour' });
    expect(r.salaries.map((s) => s.kind)).toEqual(['base', 'allowance']);
  });

  test('a shift premium is an allowance too', () => {
    const r = extract('Starting pay $27.40 per hour plus $1.25 shift premium.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [27.4, 'base'],
      [1.25, 'allowance'],
    ]);
  });

  test('a differential with its own period, added to the pay, is still an allowance', () => {
    const r = extract('Starting pay $19.25/hour plus $1.50/hour shift differential.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [19.25, 'base'],
      [1.5, 'allowance'],
    ]);
  });

  test('an amount added to the pay is some other pay, and work days are no day rate', () => {
    const r = extract("Teacher\nSalary: $62,431 - $109,780 (Step 1-Step 23), plus $2,500 for a master's degree. 185 work days.");
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [62431, 'base'],
      [2500, 'other'],
    ]);
  });

  test('"$50K+ depending on experience" is open at the top', () => {
    expect(extract('Salary: $50K+ depending on experience').salary).toMatchObject({ min: 50000, max: null, period: 'year' });
  });

  test('a travel per diem is an allowance, a piece rate no hourly pay', () => {
    expect(extract('Travel per diem of $120/day plus hotel; base pay $28/hr.').salaries.map((s) => [s.min, s.kind])).toEqual([
      [120, 'allowance'],
      [28, 'base'],
    ]);
    const r = extract('Pay: $4 per delivery, avg $1,500/week.');
    expect(r.salaries.map((s) => [s.min, s.kind, s.period])).toEqual([
      [4, 'other', null],
      [1500, 'base', 'week'],
    ]);
    expect(r.salary).toMatchObject({ min: 1500, period: 'week' });
  });

  test.each(['Compensation: $1,150 per credit hour', 'Adjunct pay: $3,400 per course', 'Instructors earn $45 per class', 'After two years, a production model of $52 per wRVU'])(
    'a rate per credit, course or class is no rate of time: %s',
    (text) => expect(extract(text).salaries.map((s) => [s.kind, s.period])).toEqual([['other', null]]),
  );

  test('a sum of "earnings potential" is on-target earnings, not a base: "Commission only ($90,000 - $250,000 first year earnings potential)"', () => {
    expect(extract('Loan Officer\nCommission only ($90,000 - $250,000 first year earnings potential)').salaries.map((s) => s.kind)).toEqual(['ote']);
  });

  test('a federal range copied with both its joins: "$72,553 to - $94,317 per year"', () => {
    expect(extract('Salary $72,553 to - $94,317 per year\nPay scale & grade GS 11').salary).toMatchObject({ min: 72553, max: 94317, period: 'year' });
  });

  test('a US federal grade is no pay: "Pay scale & grade: GS 12"', () => {
    const r = extract('Salary: $86,962 - $113,047 per year\nPay scale & grade: GS 12\nPromotion potential: 12');
    expect(r.salaries.map((s) => [s.min, s.max, s.period])).toEqual([[86962, 113047, 'year']]);
  });

  test('an employer contribution to a health savings account is no pay', () => {
    const r = extract('Pay range: $52,000 - $58,000 per year. We add an annual contribution to your health savings account ($1,000 or $2,000).');
    expect(r.salary).toMatchObject({ min: 52000, max: 58000, period: 'year' });
    // The second figure of the pair is the same kind as the first.
    expect(r.salaries.map((s) => s.kind)).toEqual(['base', 'other', 'other']);
  });

  test.each([
    'Salary: £38,710\nAlongside your salary of £38,710, Contoso contributes £11,214 towards you being a member of the pension scheme.',
    'Salary: £38,710\nThe employer contribution of £11,214 goes into your pension.',
  ])('what the employer contributes is no pay: %j', (text) => {
    const r = extract(text);
    expect(r.salary).toMatchObject({ min: 38710, max: 38710 });
    expect(r.salaries.find((s) => s.min === 11214)?.kind).toBe('other');
  });

  test('a learning or equipment budget in a benefits list is no pay', () => {
    const r = extract('What we offer\nRemote-first team\nA personal learning and development budget of 1,500EUR per annum\nHome office budget of $800');
    expect(r.salary).toBeNull();
    expect(r.salaries.map((s) => s.kind)).toEqual(['other', 'other']);
  });

  test.each(['Benefits\nTherapy budget £1,000 per year', 'A mental health budget of $600 a year', 'Childcare budget: €2,000 per year'])('a benefit budget is no pay: %j', (text) => {
    expect(extract(text).salaries.map((s) => s.kind)).toEqual(['other']);
  });

  test('a rate of a differential is no base pay: "$1.50/hr night differential"', () => {
    const r = extract('Pay: $18.50 - $20.00 / hr\nShifts: 10pm-6:30am. $1.50/hr night differential included in the pay above.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [18.5, 'base'],
      [1.5, 'allowance'],
    ]);
  });

  test('a list of differentials keeps its kind: "$4/hr for nights, $2/hr weekends"', () => {
    const r = extract('Up to $52 an hour\n\nShift differential: $4/hr for nights, $2/hr weekends.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [null, 'base'],
      [4, 'allowance'],
      [2, 'allowance'],
    ]);
    expect(r.salary).toMatchObject({ min: null, max: 52, period: 'hour' });
  });

  test('a named allowance after its amount: "$150 monthly phone allowance"', () => {
    const r = extract('Pay: $22 - $27 an hour. Benefits: 401(k), $150 monthly phone allowance.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [22, 'base'],
      [150, 'allowance'],
    ]);
  });

  test('a stipend named in two words and tips "in tips" are no base pay', () => {
    const r = extract('Salary: $140,000 - $165,000. Benefits: a $2,000 home office stipend. Baristas: $19.97 an hour (avg. $4-6/hr in tips).');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [140000, 'base'],
      [2000, 'other'],
      [19.97, 'base'],
      [4, 'tips'],
    ]);
  });

  test('earnings "with tips" are no base pay: the tipped wage is', () => {
    const r = extract('Bartender\n$2.13 an hour + tips\n\nAverage earnings $25-$35/hr with tips.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [2.13, 'base'],
      [25, 'ote'],
    ]);
    expect(r.salary).toMatchObject({ min: 2.13, period: 'hour' });
  });

  test('a shift premium is paid on top of the rate, never the rate: "with $1.50/hr shift premium"', () => {
    const r = extract('Machinist\nPay Range: $26.00 - $31.00\nShift: 2nd shift with $1.25/hr shift premium');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [26, 'base'],
      [1.25, 'allowance'],
    ]);
    expect(r.salary).toMatchObject({ min: 26, max: 31, period: 'hour' });
  });

  test('earnings "including tips" are the pay where no base is stated, as OTE is', () =>
    expect(primaryPay('Courier (1099)\nEarn $21–$27 per hour including tips. Set your own hours.')).toEqual([21, 27, 'hour']));

  test('a bonus named by any word before it is a bonus: "$2,000 signing bonus"', () => {
    const r = extract('Salary: $48,500 - $62,000, plus a $2,000 signing bonus. A $500 attendance bonus each quarter.');
    expect(r.salaries.map((s) => [s.min, s.kind])).toEqual([
      [48500, 'base'],
      [2000, 'bonus'],
      [500, 'bonus'],
    ]);
  });

  test('a sum the job handles is no pay: a quota, a deal size, transactions', () => {
    const r = extract('Account Executive. Average deal size $25,000; quota $600K. $50K - $60K + commission. Handle cash transactions up to $10,000 daily.');
    expect(r.salaries.map((s) => [s.min, s.max])).toEqual([[50000, 60000]]);
  });

  test('a sum paid "for each referral" is some other pay', () => {
    const r = extract('Nurse. Pay $40/hr. Earn up to $1,000 for each referral hired.');
    expect(r.salaries.map((s) => [s.max, s.kind])).toEqual([
      [40, 'base'],
      [1000, 'other'],
    ]);
  });

  test('a budget named alone can still be the pay', () => {
    expect(primaryPay('We have a budget of up to £45,000 for this role.')).toEqual([null, 45000, 'year']);
  });
});

describe('the primary pay is the labelled base pay', () => {
  test('over an earlier open bound', () => {
    expect(primaryPay('Earn up to $3,000 in referral rewards each month! The base pay for this role is $98,000 - $121,000.')).toEqual([98000, 121000, 'year']);
  });
  test('under a label in a details box', () => {
    expect(primaryPay('Our 12K+ members love us.\n\nBase Salary:\n$49,000\n\nBenefits')).toEqual([49000, 49000, 'year']);
  });
  test('over an earlier unlabelled amount', () => {
    expect(primaryPay('Members spend $150 a day on average with us. Salary range: $55,000 - $62,000.')).toEqual([55000, 62000, 'year']);
  });
});

describe('glued labels and amounts in scraped text', () => {
  const split = (s: string) => splitScrapedJoins(identity(s)).text;
  test('a space goes back before a known label and after an amount', () => {
    expect(split('customer focusSalary: $30,000Benefits: dental')).toBe('customer focus Salary: $30,000 Benefits: dental');
    expect(split('Start: ASAPLocation: Remote')).toBe('Start: ASAP Location: Remote');
  });
  test('a label opening with a modifier glued to the word before is split before the modifier: "per yearWork Location:"', () => {
    expect(split('$60,000 per yearWork Location: Hybrid remote in Auckland')).toBe('$60,000 per year Work Location: Hybrid remote in Auckland');
    expect(extract('Pay: $60,000.00-$70,000.00 per yearWork Location: Hybrid remote in Auckland').salary).toMatchObject({ min: 60000, max: 70000, period: 'year', periodInferred: false, currency: 'NZD' });
  });
  test('words of their own stay whole', () => {
    expect(split('JavaScript, PowerPoint and LinkedIn; iPhone repairs; payRate')).toBe('JavaScript, PowerPoint and LinkedIn; iPhone repairs; payRate');
  });
  test('offsets still point into the input', () => {
    const text = 'Great fitSalary: $40,000Benefits';
    const s = extract(text).salary!;
    expect(text.slice(s.start, s.end)).toBe('$40,000');
  });
});

describe("the period of what is paid on top is not the pay's", () => {
  test.each([
    ['Salary $65,000 - $75,000 plus monthly bonus (up to $15,000 a year).', [65000, 75000, 'year']],
    ['Pay: $21 - $24 plus weekly incentives', [21, 24, 'hour']],
    ['Pay: $17.50 plus monthly attendance bonus', [17.5, 17.5, 'hour']],
  ])('%s', (text, expected) => expect(primaryPay(text)).toEqual(expected));
  test('a period after the bonus word is still the pay\'s: "$24,000 to $30,000 plus benefits per year"', () =>
    expect(primaryPay('Salary $24,000 to $30,000 plus benefits per year')).toEqual([24000, 30000, 'year']));
  test('a masked figure, whose size tells nothing, takes the bonus\'s period', () =>
    expect(extract('Salary: c**** Plus Annual Bonus').salary).toMatchObject({ min: null, max: null, period: 'year' }));
});

describe('earnings with commission in them are not the base', () => {
  test.each([
    ['Loan Officer\nBase: $50,000/year + commission (avg. total earnings $110,000)', [50000, 50000, 'year']],
    ['Sales Representative\nMost reps see average earnings of $95,000 in year one. Base pay is $48,000.', [48000, 48000, 'year']],
  ])('%s', (text, expected) => expect(primaryPay(text)).toEqual(expected));
  test('earnings alone are still the pay', () => expect(primaryPay('Delivery Driver\nDrivers: average earnings $1,400 per week')).toEqual([1400, 1400, 'week']));
});

describe('pay in text whose line breaks were lost', () => {
  test.each([
    ['Adatum Media is a fully distributed team.$50,000 - $60,000 · Full-time', [50000, 60000, 'year']],
    ['Run background checks.$22 - $24/hr. Full-time.', [22, 24, 'hour']],
    ['Salary: $120K-$140KBonus: 10% target', [120000, 140000, 'year']],
    // A range's "to" between two sums set in spans of their own.
    ['Data Engineer\n$6,500to$9,000\nMonthly', [6500, 9000, 'month']],
    ['Salary: $80,000 - $95,000 plus monthly production bonusUnderwrite conventional loans.', [80000, 95000, 'year']],
  ])('%s', (text, expected) => expect(primaryPay(text)).toEqual(expected));
  test('a figure after a decimal point is no sum of its own: "1.$5"', () => expect(extract('Save 1.$5 today').salaries).toEqual([]));
});

describe('how often the work is done is not the pay\'s period', () => {
  test.each([
    ['Salary: $55,000 - $62,000 Our attorneys work remotely two days a week, but the team is in daily.', [55000, 62000, 'year']],
    ['Salary: $48,000 for nurses working three shifts a week', [48000, 48000, 'year']],
  ])('%s', (text, expected) => expect(primaryPay(text)).toEqual(expected));
});

describe("a benefit's amount, a board's estimate and a market's average are not the pay", () => {
  test.each([
    ['Data Scientist\nBenefits:\n- Competitive base salary\n- $1,000 one-time home office setup stipend'],
    ['Designer\nBenefits:\n- Salary based on experience\n- $500 annual creative development fund'],
    ['Surveyor\nCompensation and Benefits\n- Salary: DOE\n- $3,000 annual license maintenance and continuing education allowance'],
    ['Developer\nBenefits\n- Competitive salary\n- $75/month wellness reimbursement'],
    ['Engineer\nWhat we offer: competitive base salary, group benefits and a $750 annual wellness account'],
    // Scraped text that glued the next line on.
    ['Engineer\nWhat We Offer:Competitive salary based on experienceHealth benefitsAnnual $1,500 learning budgetBluenose Marine welcomes applications.'],
    ['Engineer\nBenefits:Health, dental and vision401(k) with 4% match$1,000 annual education budgetSki pass reimbursementFlexible PTO'],
    ['Illustrator\nEngagement: freelance, per project\nFee: $450 per interior spread and $900 for the cover'],
    ['Structural Engineer\nBenefits: Competitive salary plus employee-ownership profit share (last year worth £2,100 per person)'],
    ['Marketing Executive\nBase pay range £26K - £33K /yr (Est.)\nMedian pay: £29,500 /yr\nThis estimate is based on 41 salaries reported by users.'],
    ['VP, Credit Risk\nMarket insight: respondents to our 2024 survey reported an average base salary of SGD 168,000 and an average bonus of 22%.'],
  ])('%j', (text) => expect(primaryPay(text)).toBeNull());

  test.each([
    ['Bookkeeper\nSalary: $48,000 - $52,000 plus car allowance', [48000, 52000, 'year']],
    ['Staff Nurse\nOur client is looking to pay £20 per hour. Average annual salary will be about £38,000.', [20, 20, 'hour']],
    ['Account Manager\nBase pay range $80K - $95K/yr (Employer est.)', [80000, 95000, 'year']],
  ])('and yet the pay beside them is: %j', (text, expected) => expect(primaryPay(text)).toEqual(expected));
});

describe("amounts beside the pay that are not it", () => {
  test.each([
    ['a perk\'s worth in an aside', 'ESL Tutor\nTutors get a bus pass for each shift (worth up to $12 per evening).'],
    ['relocation "in" its kind', 'Senior Consultant\nWe offer up to $8,000 in relocation assistance.'],
    ['student loan repayment, either side', 'Family Physician\nUp to $120,000 in student loan repayment over five years; student loan repayment up to $120,000 for residents'],
    ["a board's market ticker", 'Subsea Engineer\nBrent $74.62 ▲ 0.41 WTI $70.88 ▼ 0.37'],
  ])('%s', (_, text) => expect(extract(text).salary).toBeNull());
});

test('a count of paid holidays after the salary\'s word is no pay: "5% of salary, 12 paid holidays"', () =>
  expect(extract('Clerk\nBenefits: 401(k) with county contribution of 5% of salary, 12 paid holidays, vacation and sick leave.').salary).toBeNull());

test.each([
  ['Engineering Intern\n- Pay: $22/hr (juniors) to $25/hr (seniors)', [22, 25, 'hour']],
  ['Line Cook\nPay: $18 (weekdays) - $21 (weekends) an hour', [18, 21, 'hour']],
])('a range with a note in brackets after its first figure: %j', (text, want) => {
  const s = extract(text).salary;
  expect(s && [s.min, s.max, s.period]).toEqual(want);
});

test("another opening's pay, however far its clause runs, is not this job's: \"The district also employs full-time teachers on the certificated salary schedule ($62,450 - $118,300)\"", () => {
  const s = extract('Substitute Teacher\nRate of Pay:\n- Day-to-day substitute: $185 per day\nThe district also employs full-time permanent teachers on the certificated salary schedule ($62,450 - $118,300) and instructional aides.').salary;
  expect(s && [s.min, s.max, s.period]).toEqual([185, 185, 'day']);
});
