/**
 * npm run bench: extract() throughput next to bare wink tokenisation on the
 * same documents, cold start and peak memory. Not part of the tests.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { createExtractor } from '../src';
import { wink } from '../src/nlp/wink';
import { loadCorpus, throughput } from './corpus';
import { benchJobs } from './jobs';
import { benchMatcher } from './matcher';

const { name, docs } = loadCorpus();
console.log(`corpus: ${name}, ${(docs.reduce((n, d) => n + d.length, 0) / 1024).toFixed(0)} KiB`);

// Cold start in a fresh process: `npm run build` first to measure the package as users load it.
const cold = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cold-start.ts')], { encoding: 'utf8' }).trim().split('\n').pop()!,
);
console.log(`cold start (${cold.from}): import ${cold.importMs.toFixed(0)} ms, first extract() ${cold.firstExtractMs.toFixed(0)} ms, RSS ${cold.rssMb.toFixed(0)} MB`);

const gaz = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'gazetteer-load.ts')], { encoding: 'utf8' }).trim().split('\n').pop()!,
);
console.log(`gazetteer first load: ${gaz.ms.toFixed(0)} ms, +${gaz.heapMb.toFixed(1)} MB heap, +${gaz.rssMb.toFixed(0)} MB RSS (limits: ~150 ms, 60 MB)`);

const nlp = wink();
const bare = throughput(docs, (d) => nlp.readDoc(d));
const extractor = createExtractor();
const full = throughput(docs, (d) => extractor.extract(d));
console.log(`bare wink readDoc: ${bare.toFixed(0)} docs/s`);
console.log(`extract():         ${full.toFixed(0)} docs/s  (${((100 * full) / bare).toFixed(0)}% of bare tokenisation; goal >= 50%)`);
benchMatcher(docs);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
// Last, so the worker threads count in no figure above.
benchJobs(docs).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
