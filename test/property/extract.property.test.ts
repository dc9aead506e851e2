import fc from 'fast-check';
import { createExtractor, type PostingInput } from '../../src';
import { arbitraries, SLICES } from './arbitraries';
import { brokenPromises } from './check-result';

// Bounded so the suite stays fast; `npm run fuzz` runs the same properties for as long as asked.
const RUNS = 60;
const jobsift = createExtractor();

function holds(input: string | PostingInput, slices: boolean): void {
  const problems = brokenPromises(input, jobsift.extract(input), slices);
  if (problems.length) throw new Error(`${JSON.stringify(input)}\n${problems.join('\n')}`);
}

describe('extract() keeps its promises on generated postings', () => {
  it.each([
    ['plain text', 'plainText'],
    ['messy text', 'messyText'],
    ['any string', 'anyString'],
    ['feed blocks', 'feed'],
    ['objects of plain text', 'plainObject'],
    ['objects of messy text', 'messyObject'],
    ['well-formed HTML', 'html'],
    ['escaped HTML', 'escapedHtml'],
    ['whole job-board pages', 'page'],
    ['whole pages copied as text, and run onto one line', 'pageAsText'],
  ] as const)('%s: no throw, spans in range and true to their text, sorted, finite', (_, name) => {
    const slices = SLICES.has(name);
    fc.assert(fc.property(arbitraries[name] as fc.Arbitrary<string | PostingInput>, (input) => holds(input, slices)), { numRuns: RUNS });
  });

  it('is deterministic, within and across instances', () => {
    const other = createExtractor();
    fc.assert(
      fc.property(fc.oneof(arbitraries.messyText, arbitraries.feed, arbitraries.html), (input) => {
        const first = JSON.stringify(jobsift.extract(input));
        expect(JSON.stringify(jobsift.extract(input))).toBe(first);
        expect(JSON.stringify(other.extract(input))).toBe(first);
      }),
      { numRuns: 20 },
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(arbitraries.messyObject, (input) => {
        const before = structuredClone(input);
        jobsift.extract(Object.freeze(input));
        expect(input).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
