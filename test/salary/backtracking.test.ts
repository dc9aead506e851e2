import { inField, inText } from './helpers';
import { findTerms, findHours } from '../../src/extractors/terms';

/**
 * Long adversarial inputs: every rule must stay linear. Growth, not absolute
 * time, is checked (a loaded machine slows both sizes alike): four times the
 * input may take at most about four times as long, with a wide margin that
 * a quadratic or exponential rule still overshoots.
 */
describe('no catastrophic backtracking', () => {
  const N = 12_500;
  const fill = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length));
  const ms = (fn: () => unknown) => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
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
    ['remote beside office days', fill('remote role, 2 days in the office\n')],
  ];

  const readers: [string, (text: string) => unknown][] = [
    ['salary in text', inText],
    ['salary field', inField],
    ['terms', findTerms],
    ['hours', findHours],
  ];

  describe.each(inputs)('%s', (_name, text) => {
    test.each(readers)('%s', (_reader, read) => {
      read(text); // warm-up: the first call loads wink and the dictionaries
      const small = ms(() => read(text));
      const large = ms(() => read(fill(text, 4 * N)));
      expect(large).toBeLessThan(10 * small + 300);
    });
  });
});
