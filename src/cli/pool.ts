/** A pool of worker threads that extract tasks; each worker builds its extractor once. */
import { createRequire } from 'module';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { formatFailure, type Outcome, type PostingTask } from './format';
import { SetupError, type ProcessorSettings } from './processor';
import type { Runner } from './runner';
import type { FromWorker, ToWorker } from './worker';

interface Job {
  seq: number;
  task: PostingTask;
  resolve(outcome: Outcome): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  inFlight: Map<number, Job>;
}

/** Tasks sent ahead to a worker, so it never waits for the main thread between two. */
const PER_WORKER = 2;

function startWorker(settings: ProcessorSettings): Worker {
  // stdout: true keeps anything a worker prints off our stdout, which carries only records.
  // A young generation of up to 32 MB: a posting allocates a few MB, so the worker scavenges less often
  // (3-8% more postings a second in npm run bench's pool passes; the pool's peak RSS did not move).
  const options = { workerData: settings, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: 32 } };
  if (__filename.endsWith('.ts')) {
    // From the sources (tsx, ts-jest) a worker thread does not inherit the TypeScript
    // loader, so it registers tsx's before loading the worker module.
    const tsx = createRequire(__filename).resolve('tsx/cjs');
    const code = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(path.join(__dirname, 'worker.ts'))}).serveWorker();`;
    return new Worker(code, { ...options, eval: true });
  }
  // Built, this module is bundled into dist/cli.js, which serves as a worker when started as one (src/cli.ts).
  return new Worker(__filename, options);
}

export class WorkerPool implements Runner {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private seq = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(
    private readonly settings: ProcessorSettings,
    private readonly size: number,
    private readonly log: (text: string) => void,
  ) {}

  run(task: PostingTask): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.queue.push({ seq: this.seq++, task, resolve, reject });
      this.grow();
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Starts another worker while the queue holds more than the ready ones can take. */
  private grow(): void {
    const room = this.slots.reduce((n, s) => n + (s.ready ? PER_WORKER - s.inFlight.size : 0), 0);
    if (this.slots.length < this.size && this.queue.length > room) this.slots.push(this.spawn());
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.inFlight.size < PER_WORKER && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.inFlight.set(job.seq, job);
        slot.worker.postMessage({ seq: job.seq, task: job.task } satisfies ToWorker);
      }
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.settings), ready: false, inFlight: new Map() };
    slot.worker.stdout.on('data', (chunk: Buffer) => this.log(chunk.toString()));
    slot.worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
      } else if (message.type === 'done') {
        const job = slot.inFlight.get(message.seq)!;
        slot.inFlight.delete(message.seq);
        job.resolve(message.outcome);
      } else {
        this.fail(new SetupError(message.message));
      }
      this.pump();
    });
    slot.worker.on('error', (err) => this.lose(slot, err));
    slot.worker.on('exit', (code) => this.lose(slot, new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  /** A worker died: before it was ready, the settings are at fault; after, its tasks fail and a new worker takes over. */
  private lose(slot: Slot, err: Error): void {
    const at = this.slots.indexOf(slot);
    if (this.closing || this.failure || at === -1) return;
    this.slots.splice(at, 1);
    if (!slot.ready) return this.fail(err);
    for (const job of slot.inFlight.values()) {
      const { id, where, line } = job.task;
      job.resolve(formatFailure({ id, where, line, error: `the worker thread failed: ${err.message}` }, this.settings.format));
    }
    this.grow();
    this.pump();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const job of [...this.queue, ...this.slots.flatMap((s) => [...s.inFlight.values()])]) job.reject(err);
    this.queue.length = 0;
    void this.close();
  }
}
