import { isPlaceLine, isUsTownLine } from '../../src/extractors/location/place-line';

describe('a line that is a place whole', () => {
  test.each([
    ['Pune, MH', true],
    ['Rio de Janeiro, RJ', true],
    ['Austin, TX', true],
    // A suburb before its city and state's code, as Australian boards print it.
    ['Fitzroy, Melbourne VIC', true],
    ['Smith Street Social, Melbourne VIC Cafe', false],
    // A currency's code after a city is the pay's, not a state's.
    ['Singapore SGD', false],
    ['Mumbai INR', false],
  ])('%s: %s', (line, expected) => expect(isPlaceLine(line)).toBe(expected));
});

describe('a US town of any size with its state code', () => {
  test.each([
    ['Baytown, TX', true],
    ['Duluth, MN', true],
    // Another market's region, or a name the gazetteer does not hold as a US town, is not one.
    ['Coburg, VIC', false],
    ['Health Partners, AZ', false],
  ])('%s: %s', (line, expected) => expect(isUsTownLine(line)).toBe(expected));
});
