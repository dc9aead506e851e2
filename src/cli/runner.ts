/** Where postings are extracted: in this thread (--jobs 1) or in a pool of worker threads. */
import type { Outcome, PostingTask } from './format';
import { WorkerPool } from './pool';
import { createProcessor, type ProcessorSettings } from './processor';

export interface Runner {
  run(task: PostingTask): Promise<Outcome>;
  /** Stops the workers; outstanding tasks are dropped. */
  close(): Promise<void>;
}

/** --jobs 1 extracts in this thread; more start worker threads as tasks arrive, so one posting never pays for two. */
export function createRunner(settings: ProcessorSettings, jobs: number, log: (text: string) => void): Runner {
  if (jobs > 1) return new WorkerPool(settings, jobs, log);
  const processTask = createProcessor(settings);
  return { run: async (task) => processTask(task), close: async () => {} };
}
