/**
 * `npm run fuzz -- [--runs 1000000] [--seed 42] [--only plainText,html]`:
 * the property tests' promises (test/property) checked on many more
 * generated postings, spread over the generators in batches. Prints each
 * broken promise with its shrunk input and the seed that reproduces it, and
 * exits non-zero if any.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { createExtractor, type PostingInput } from '../src';
import { arbitraries, SLICES } from '../test/property/arbitraries';
import { brokenPromises } from '../test/property/check-result';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1000000' }, seed: { type: 'string' }, only: { type: 'string' } },
});
const total = Number(values.runs);
if (!Number.isSafeInteger(total) || total <= 0) throw new TypeError(`--runs must be a whole number above 0, got ${values.runs}`);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const names = (values.only?.split(',') ?? Object.keys(arbitraries)) as (keyof typeof arbitraries)[];
const BATCH = 5000;
const jobsift = createExtractor();
let done = 0;
let failures = 0;
const started = Date.now();

console.log(`fuzz: ${total} inputs over ${names.join(', ')}; seed ${seed}`);
for (let batch = 0; done < total; batch++) {
  for (const name of names) {
    const numRuns = Math.min(BATCH, total - done);
    if (numRuns <= 0) break;
    const batchSeed = seed + batch * names.length + names.indexOf(name);
    const arbitrary = arbitraries[name] as fc.Arbitrary<string | PostingInput>;
    const out = fc.check(
      fc.property(arbitrary, (input) => {
        const problems = brokenPromises(input, jobsift.extract(input), SLICES.has(name));
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      { numRuns, seed: batchSeed },
    );
    done += out.numRuns;
    if (out.failed) {
      failures++;
      console.log(`\nFAIL ${name} (seed ${batchSeed}): ${JSON.stringify(out.counterexample?.[0])}\n${(out.errorInstance as Error)?.message ?? out.errorInstance}`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`${done} inputs, ${failures} failing batches, ${seconds.toFixed(0)} s (${(done / seconds).toFixed(0)}/s)`);
}
process.exitCode = failures ? 1 : 0;
