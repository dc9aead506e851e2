import { isPayPart } from '../../src/normalise/line-parts';

describe('a header part that states pay', () => {
  test.each([
    ['$140k'],
    ['£30,000 - £35,000 a year'],
    ['R 35 000 - R 45 000 per month'],
    ['KSh 80,000'],
    ['₦250,000 monthly'],
    ['4.500 zł brutto'],
    ['Competitive'],
    ['Market related'],
    ['Salary: negotiable'],
    // Any currency's code the pay rules read, not only the few most common.
    ['PHP 35,000/month'],
    ['AED 8,000 - 10,000'],
    ['KES 25,000 per month'],
    // The euro's sign after the figure, as Europe writes it.
    ['12,50 € par heure'],
  ])('%s is pay', (part) => expect(isPayPart(part)).toBe(true));

  test.each([
    ['R2 Developer'],
    ['Cape Town'],
    ['Competitive Intelligence Analyst'],
    ['Full-time'],
  ])('%s is not', (part) => expect(isPayPart(part)).toBe(false));
});
