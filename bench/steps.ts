/**
 * Where extract() spends its time: each built-in extractor and refiner timed
 * over the corpus, and how the time grows from a 1 KB to a 1 MB posting.
 */
import { createExtractor } from '../src';
import { BUILTIN_EXTRACTORS, BUILTIN_REFINERS } from '../src/pipeline/registry';

/** Milliseconds per document in each step (the registry's objects are wrapped while this runs). */
export function benchSteps(docs: string[]): void {
  const spent = new Map<string, number>();
  const steps = [...BUILTIN_EXTRACTORS, ...BUILTIN_REFINERS] as { name: string; run: (ctx: unknown) => void }[];
  const originals = steps.map((step) => step.run);
  steps.forEach((step, i) => {
    const run = originals[i].bind(step);
    step.run = (ctx) => {
      const t0 = process.hrtime.bigint();
      try {
        run(ctx);
      } finally {
        spent.set(step.name, (spent.get(step.name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6);
      }
    };
  });
  let total = 0;
  let inSteps = 0;
  try {
    const extractor = createExtractor();
    for (const d of docs) extractor.extract(d); // warm-up
    spent.clear();
    const t0 = process.hrtime.bigint();
    for (const d of docs) extractor.extract(d);
    total = Number(process.hrtime.bigint() - t0) / 1e6;
    inSteps = [...spent.values()].reduce((a, b) => a + b, 0);
  } finally {
    // The registry's objects are the process's own: later measurements run them unwrapped.
    steps.forEach((step, i) => (step.run = originals[i]));
  }
  const rows = [...spent].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${(ms / docs.length).toFixed(3)}`);
  console.log(`per document: ${(total / docs.length).toFixed(2)} ms; normalise + wink + sections ${((total - inSteps) / docs.length).toFixed(2)} ms; steps (ms): ${rows.join(', ')}`);
}

/** extract() time on one posting of 1 KB, 10 KB, 100 KB and 1 MB, made by joining corpus documents. */
export function benchScaling(docs: string[]): void {
  const extractor = createExtractor();
  const joined = docs.join('\n\n');
  const sizes = [1e3, 1e4, 1e5, 1e6];
  const times = sizes.map((n) => {
    let text = joined;
    while (text.length < n) text += '\n\n' + joined;
    text = text.slice(0, n);
    extractor.extract(text.slice(0, 1000));
    const t0 = process.hrtime.bigint();
    extractor.extract(text);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  });
  console.log(`scaling: ${sizes.map((n, i) => `${n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`} ${times[i].toFixed(0)} ms`).join(', ')} (x${(times[3] / times[2]).toFixed(1)} from 100 KB to 1 MB)`);
}
