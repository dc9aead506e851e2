/**
 * --jobs scaling: the CLI's worker pool extracting and serialising the corpus
 * as `jobsift --jsonl` does, with 1 worker and with 2. Workers are started
 * and warmed by one pass first, so the figure is steady-state throughput;
 * the whole-command times, start-up included, are printed beside it.
 */
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { WorkerPool } from '../src/cli/pool';

interface Pass {
  seconds: number;
  /** CPU seconds of the whole process, workers included. */
  cpu: number;
}

async function pass(pool: WorkerPool, docs: string[]): Promise<Pass> {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  await Promise.all(docs.map((input, i) => pool.run({ id: i, input, where: String(i) })));
  const cpu = process.cpuUsage(c);
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

/**
 * The fastest pass through a pool of one worker and through a pool of two,
 * after a warm-up pass each; the rounds alternate between the two pools, so a
 * busy spell on a shared machine does not fall on one side only.
 */
async function fastestPasses(docs: string[], rounds = 3): Promise<[Pass, Pass]> {
  const pools = [1, 2].map((jobs) => new WorkerPool({ format: 'jsonl', fields: null, extractor: { dictionaries: [] } }, jobs, (text) => process.stderr.write(text)));
  try {
    for (const pool of pools) await pass(pool, docs);
    const best: (Pass | null)[] = [null, null];
    for (let r = 0; r < rounds; r++) {
      for (const [i, pool] of pools.entries()) {
        const p = await pass(pool, docs);
        if (!best[i] || p.seconds < best[i]!.seconds) best[i] = p;
      }
    }
    return [best[0]!, best[1]!];
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }
}

/** Seconds for the whole command, the documents piped in as JSON lines, output discarded. */
function commandSeconds(docs: string[], jobs: number): number {
  const input = docs.map((d) => JSON.stringify(d)).join('\n');
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'src', 'cli.ts'), '--jsonl', '--no-progress', '--jobs', String(jobs), '-'], {
    input,
    // The postings' warnings would bury the figures; a failure still throws with its stderr.
    stdio: ['pipe', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  return Number(process.hrtime.bigint() - t) / 1e9;
}

export async function benchJobs(docs: string[]): Promise<void> {
  const load = os.loadavg()[0];
  const [one, two] = await fastestPasses(docs);
  const rate = (p: Pass) => `${(docs.length / p.seconds).toFixed(0)} docs/s (${((1000 * p.cpu) / docs.length).toFixed(1)} ms CPU/doc)`;
  console.log(`--jobs 1: ${rate(one)}; --jobs 2: ${rate(two)}; ${(one.seconds / two.seconds).toFixed(2)}x (goal >= 1.8x on 2 cores; warm workers, best of 3 alternating passes)`);
  // On a shared machine the other processes take cores too: the load says how many were free.
  console.log(`  ${os.availableParallelism()} cores, load average ${load.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`);
  const [c1, c2] = [commandSeconds(docs, 1), commandSeconds(docs, 2)];
  console.log(`whole command over ${docs.length} docs, start-up included: --jobs 1 ${c1.toFixed(1)} s, --jobs 2 ${c2.toFixed(1)} s (${(c1 / c2).toFixed(2)}x)`);
}
