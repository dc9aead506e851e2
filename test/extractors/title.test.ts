import { normaliseTitle } from '../../src/extractors/title';

describe('normaliseTitle', () => {
  it.each([
    ['Sales Support - UK, SE Eng - ****  Asset Finance', 'Sales Support - UK, SE Eng - Asset Finance'],
    ['Chef de Partie - £****K', 'Chef de Partie'],
    ['  Nurse (Band 5) | ', 'Nurse (Band 5)'],
    ['- Care Assistant, Leeds -', 'Care Assistant, Leeds'],
    ['Project Manager / ****', 'Project Manager'],
  ])('%s', (input, expected) => {
    expect(normaliseTitle(input)).toBe(expected);
  });

  it('is linear on a title of separators', () => {
    const t = Date.now();
    normaliseTitle(`a${','.repeat(100000)}x`);
    expect(Date.now() - t).toBeLessThan(500);
  });
});
