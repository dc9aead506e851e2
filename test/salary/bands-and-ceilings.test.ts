import { extract } from '../../src';

const pay = (text: string) => {
  const s = extract(text).salary;
  return s && { min: s.min, max: s.max, period: s.period, reason: s.reason };
};

describe("pay by location: the band whose label names the posting's town", () => {
  test('a list of bands by place, the job in one of them', () => {
    const text = ['Senior Accountant', 'Salem, MA (Hybrid)', '', 'This role sits at our Salem HQ.', '', 'Pay ranges by work location:', '- Boston studio: $95,000 - $112,000', '- Salem, MA HQ and Portsmouth, NH: $85,000 - $100,000', '', 'Plus a 10% bonus target.'].join('\n');
    expect(pay(text)).toEqual({ min: 85000, max: 100000, period: 'year', reason: 'salary/named-band' });
  });

  test('tiers whose last names the town among "all other locations"', () => {
    const text = ['Backend Engineer', 'Boise, Idaho (Hybrid)', '', 'Base pay by tier:', '- Tier 1 (Bay Area, New York City): $165,000 – $195,000 USD', '- Tier 2 (Denver, Austin): $150,000 – $178,000 USD', '- Tier 3 (Boise and all other US locations): $138,000 – $162,000 USD'].join('\n');
    expect(pay(text)).toMatchObject({ min: 138000, max: 162000 });
  });

  test("the band of the town's state, each state's label a row over its figures", () => {
    const text = ['Quality Engineer II', 'Plymouth, MN, United States', '', 'Pay ranges by state (base salary):', 'California: $98,000 – $128,000', 'Colorado: $90,000 – $117,000', 'Minnesota: $88,000 – $112,000', 'This position is located in Minnesota.'].join('\n');
    expect(pay(text)).toEqual({ min: 88000, max: 112000, period: 'year', reason: 'salary/named-band' });
  });

  test("a remote role's headquarters names no band: the span of the zones", () => {
    const text = ['Staff Engineer', 'Remote (US)', '', 'We are headquartered in New York.', '', 'Compensation', 'Our salary ranges are based on the location of the employee:', 'Zone A (New York City metro, San Francisco Bay Area): $190,000 - $230,000', 'Zone B (all other US locations): $165,000 - $200,000'].join('\n');
    expect(pay(text)).toMatchObject({ min: 165000, max: 230000 });
  });

  test("the town's band over its state's", () => {
    const text = ['Nurse Manager', 'Fresno, CA', '', 'Pay ranges:', 'California (Fresno): $98,000 – $128,000', 'California (all other sites): $90,000 – $117,000'].join('\n');
    expect(pay(text)).toMatchObject({ min: 98000, max: 128000, reason: 'salary/named-band' });
  });

  test('a label after its figure: "$X for candidates in California ..., and $Y for candidates in all other US locations"', () => {
    const sentence = 'The base salary range is $150,000–$180,000 for candidates in California and Washington, and $130,000–$160,000 for candidates in all other US locations.';
    expect(pay(`Data Analyst\nSan Diego, California\n\n${sentence}`)).toMatchObject({ min: 150000, max: 180000, reason: 'salary/named-band' });
    expect(pay(`Data Analyst\nRemote (US)\n\n${sentence}`)).toMatchObject({ min: 130000, max: 180000, reason: 'salary/regional-span' });
    expect(pay('Data Analyst\nSalem, MA\n\n- Salem, MA HQ: $85,000 - $100,000 in base pay\n- Boston studio: $95,000 - $112,000')).toMatchObject({ min: 85000, max: 100000 });
  });

  test('no band naming the town: the span of the bands, as before', () => {
    const text = 'Data Analyst\nRemote (US)\n\nWe pay $126,000 - $148,000 (CA, NY, WA) and $110,000 - $130,000 (other U.S. locations).';
    expect(pay(text)).toMatchObject({ min: 110000, max: 148000, reason: 'salary/regional-span' });
  });
});

describe("the band of the grade the text gives the role", () => {
  test('"graded at Band 17" over a table of bands', () => {
    const text = 'Senior Policy Advisor\n\nRemuneration\nThis position is graded at Band 17 of our framework.\n\nBand 16: $89,000 – $105,000\nBand 17: $98,000 – $118,000\nBand 18: $110,000 – $132,000\n';
    expect(pay(text)).toEqual({ min: 98000, max: 118000, period: 'year', reason: 'salary/named-band' });
  });

  test('a table no sentence grades is read as before', () => {
    expect(pay('Policy Advisor\n\nBand 16: $89,000 – $105,000\nBand 17: $98,000 – $118,000\n')).toMatchObject({ min: 89000, max: 105000 });
  });
});

describe("an intern's allowance or stipend row is the pay", () => {
  test('"Allowance: SGD 1,200 – 1,800 per month", "Stipend: R6 500 per month"; a car allowance beside a salary is not', () => {
    expect(pay('Software Engineering Intern\n\n💰 Allowance: SGD 1,200 – 1,800 per month, depending on year of study\n📍 Singapore')).toMatchObject({ min: 1200, max: 1800, period: 'month' });
    expect(pay('Graduate Intern\n\n💵 Stipend: R6 500 per month\n📍 Durban CBD, KwaZulu-Natal')).toMatchObject({ min: 6500, period: 'month' });
    expect(pay('Sales Rep\nSalary: £30,000\nCar allowance: £5,000 per year')).toMatchObject({ min: 30000 });
  });
});

describe('a starting figure and its ceiling in one sentence are one range', () => {
  test('"to start, up to" and "Starting at ...; up to ..."', () => {
    expect(pay('Maintenance Tech\n\ncompensation: $22/hr to start, up to $25/hr with experience\nemployment type: part-time')).toEqual({ min: 22, max: 25, period: 'hour', reason: 'salary/start-to-ceiling' });
    expect(pay('Dispatcher\nLocation: Florence, OR\nSalary: Starting at $4,200 per month (Trainee); up to $5,350 per month (Certified)\n')).toMatchObject({ min: 4200, max: 5350, period: 'month' });
  });

  test('a ceiling in another sentence, or of another period, is none of it', () => {
    expect(pay('Barista\n\nPay: $18/hr to start. Tips bring baristas up to $25/hr.')).toMatchObject({ min: 18, max: 18 });
    expect(pay('Barista\n\nPay: $18/hr to start, up to $500 a month in tips.')).toMatchObject({ min: 18, max: 18, period: 'hour' });
  });
});

describe('a count in thousands is no pay', () => {
  test('"~12k requests/second" beside the pay', () => {
    const r = extract('Senior Engineer\n\n- Build services in Go that handle ~12k requests/second at peak\n- Ship 10k orders a day\n\nThe base salary is $138,000 – $162,000.');
    expect(r.salaries.map((s) => s.min)).toEqual([138000]);
  });
});

test('one figure said twice is no set of bands: the title\'s "$150/DAY (Houston)" and the row\'s "$150/day"', () => {
  const r = extract('WAREHOUSE HELP NEEDED - CASH DAILY $150/DAY (Houston - North)\ncompensation: $150/day paid cash at end of each day\nemployment type: temporary');
  expect(r.salary).toMatchObject({ min: 150, max: 150, period: 'day', text: '$150/day' });
});
