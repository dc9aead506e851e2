/** stdout for records: waits when the reader is slow, and stops quietly when it goes away (| head). */
import type { Writable } from 'stream';

export class Output {
  /** Set when stdout can take no more: the reader closed it (EPIPE) or it failed. */
  closed = false;
  /** A failure other than the reader going away, to report. */
  error: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== 'EPIPE') this.error = err;
    });
  }

  async write(text: string): Promise<void> {
    if (this.closed || text === '') return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      this.stream.on('drain', done).on('close', done).on('error', done);
    });
  }
}
