import fc from 'fast-check';
import { matchesNear, occurrences } from '../../src/util/scan-near';

const all = (text: string, re: RegExp): [number, string][] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index!, m[0]]);
const near = (text: string, re: RegExp, marks: string[], reach: number): [number, string][] => matchesNear(text, re, occurrences(text, marks), reach).map((m) => [m.index, m[0]]);

describe('matchesNear', () => {
  // A web-address-like pattern: every match has a '.' or ':' within its first 8 characters.
  const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s]{1,20}|\b[a-z0-9-]{2,7}\.(?:com|uk)\b/giu;

  it('finds what a scan of the whole text finds', () => {
    const text = 'see www.example.org or jobs.com, http://x.y/z; not a.b. ab.uk abcdefghij.com 😀ab.com';
    expect(near(text, ADDRESS, ['.', ':'], 8)).toEqual(all(text, ADDRESS));
    expect(near(text, ADDRESS, ['.', ':'], 8).map(([, s]) => s)).toContain('ab.uk');
  });

  it('finds what a scan of the whole text finds, on any text', () => {
    const letters = fc.constantFrom('a', 'b', 'w', 'h', 't', 'p', 's', '.', ':', '/', ' ', 'c', 'o', 'm', 'u', 'k', '😀', '\n');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(near(text, ADDRESS, ['.', ':'], 8)).toEqual(all(text, ADDRESS));
      }),
      { numRuns: 500 },
    );
  });

  it('lists every occurrence of every mark, in order', () => {
    expect(occurrences('a.b:c.', ['.', ':'])).toEqual([1, 3, 5]);
  });
});
