/**
 * npm run bench: extract() throughput next to bare wink readDoc on the same
 * documents in one process (of the built bundle and of the sources), cold start and peak memory of a fresh process
 * against a bare wink process, the time of each extractor, and the growth
 * from a 1 KB to a 1 MB posting. Not part of the tests.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { createExtractor } from '../src';
import { loadCorpus } from './corpus';
import { throughputLine } from './throughput';
import { benchJobs } from './jobs';
import { benchMatcher } from './matcher';
import { benchScaling, benchSteps } from './steps';

const { name, docs } = loadCorpus();
console.log(`corpus: ${name}, ${(docs.reduce((n, d) => n + d.length, 0) / 1024).toFixed(0)} KiB`);

// Cold start: a fresh process that loads the built package and extracts one seed, against one that
// loads bare wink with its model and reads the same seed; alternating runs, medians.
execFileSync('npm', ['run', '-s', 'build'], { cwd: path.join(__dirname, '..'), stdio: 'ignore' });
const coldRun = (what: 'jobsift' | 'wink') => {
  const t0 = process.hrtime.bigint();
  const out = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'cold-start.cjs'), what, '000_52504bcc94c64ce3.txt'], { encoding: 'utf8' }));
  return { wallMs: Number(process.hrtime.bigint() - t0) / 1e6, peakRssMb: out.peakRssMb as number };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const runs: Record<'jobsift' | 'wink', { wallMs: number; peakRssMb: number }[]> = { jobsift: [], wink: [] };
for (let i = 0; i < 7; i++) for (const what of ['wink', 'jobsift'] as const) runs[what].push(coldRun(what));
const stat = (what: 'jobsift' | 'wink', key: 'wallMs' | 'peakRssMb') => runs[what].map((r) => r[key]);
const coldRatio = median(stat('jobsift', 'wallMs')) / median(stat('wink', 'wallMs'));
const rssRatio = median(stat('jobsift', 'peakRssMb')) / median(stat('wink', 'peakRssMb'));
console.log(
  `fresh process to first result (median of 7, range): jobsift ${median(stat('jobsift', 'wallMs')).toFixed(0)} ms (${spread(stat('jobsift', 'wallMs'))}), ` +
    `bare wink ${median(stat('wink', 'wallMs')).toFixed(0)} ms (${spread(stat('wink', 'wallMs'))}): ${coldRatio.toFixed(2)}x (goal <= 2.0x)`,
);
console.log(
  `peak RSS of that process: jobsift ${median(stat('jobsift', 'peakRssMb')).toFixed(0)} MB, bare wink ${median(stat('wink', 'peakRssMb')).toFixed(0)} MB: ${rssRatio.toFixed(2)}x (goal <= 1.3x)`,
);

const gaz = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'gazetteer-load.ts')], { encoding: 'utf8' }).trim().split('\n').pop()!,
);
console.log(`gazetteer first load: ${gaz.ms.toFixed(0)} ms, +${gaz.heapMb.toFixed(1)} MB heap, +${gaz.rssMb.toFixed(0)} MB RSS (limits: ~150 ms, 60 MB)`);

// Throughput of the built bundle users run, in a process of its own (see throughput.ts), then of the sources under
// tsx in this one (esbuild's keepNames wrappers cost them a few per cent): both printed, the goal read on the first.
console.log(execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'throughput.ts')], { encoding: 'utf8' }).trim());
console.log(throughputLine('of the sources (src, under tsx)', docs, createExtractor()));
benchMatcher(docs);
benchSteps(docs);
benchScaling(docs);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
// Last, so the worker threads count in no figure above.
benchJobs(docs).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
