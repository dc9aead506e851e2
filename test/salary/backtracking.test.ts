import { inField, inText } from './helpers';
import { findTerms, findHours } from '../../src/extractors/terms';

/** Long adversarial inputs of about 50,000 characters: every rule must stay linear. */
describe('no catastrophic backtracking', () => {
  const N = 50_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length));
  const inputs: [string, string][] = [
    ['digits', fill('1')],
    ['digits and commas', fill('1,')],
    ['comma groups', fill('123,')],
    ['digits and spaces', fill('1 ')],
    ['asterisks', fill('*')],
    ['masks and k', fill('****K')],
    ['dots', fill('1.')],
    ['pound signs', fill('£')],
    ['dashes between numbers', fill('1-')],
    ['words', fill('per ')],
    ['pay words', fill('salary up to ')],
    ['spaces', fill(' ')],
    ['full time', fill('full time ')],
    ['negations', fill('not no not ')],
  ];

  const readers: [string, (text: string) => unknown][] = [
    ['salary in text', inText],
    ['salary field', inField],
    ['terms', findTerms],
    ['hours', findHours],
  ];

  describe.each(inputs)('%s', (_name, text) => {
    test.each(readers)('%s', (_reader, read) => {
      const t0 = Date.now();
      read(text);
      expect(Date.now() - t0).toBeLessThan(1000);
    });
  });
});
