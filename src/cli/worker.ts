/** A worker thread: builds its extractor once, then extracts and formats each task it is sent. */
import { parentPort, workerData } from 'worker_threads';
import { messageOf, type Outcome, type PostingTask } from './format';
import { createProcessor, type ProcessorSettings } from './processor';

export type ToWorker = { seq: number; task: PostingTask };
export type FromWorker = { type: 'ready' } | { type: 'setup-failed'; message: string } | { type: 'done'; seq: number; outcome: Outcome };

export function serveWorker(): void {
  const port = parentPort!;
  const send = (message: FromWorker) => port.postMessage(message);
  let processTask: (task: PostingTask) => Outcome;
  try {
    processTask = createProcessor(workerData as ProcessorSettings);
  } catch (err) {
    send({ type: 'setup-failed', message: messageOf(err) });
    return;
  }
  port.on('message', ({ seq, task }: ToWorker) => send({ type: 'done', seq, outcome: processTask(task) }));
  send({ type: 'ready' });
}
