/** Progress on stderr (count, rate, time left), redrawn in place at most ten times a second. */
import type { Writable } from 'stream';

const CLEAR = '\r\x1b[K';

export class Progress {
  /** Inputs expected, when known before the run (plain files); null for streams. */
  total: number | null = null;
  private done = 0;
  private failed = 0;
  private drawn = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Writes a message (an error, a warning) above the progress line. */
  log(text: string): void {
    if (this.drawn) this.stream.write(CLEAR);
    this.stream.write(text);
    this.drawn = false;
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (this.enabled && this.now() - this.lastDraw >= 100) this.draw();
  }

  /** Replaces the progress line with a final count (none when nothing was read, as after a usage error). */
  finish(): void {
    if (!this.enabled || this.done === 0) return;
    if (this.drawn) this.stream.write(CLEAR);
    const seconds = (this.now() - this.started) / 1000;
    this.stream.write(`jobsift: ${this.done} inputs${this.failed ? `, ${this.failed} failed` : ''} in ${seconds.toFixed(1)} s (${this.rate().toFixed(0)}/s)\n`);
    this.drawn = false;
  }

  private rate(): number {
    const seconds = (this.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  /** e.g. "jobsift: 312/776 (40%), 95/s, 5 s left" or, for a stream, "jobsift: 312 done, 95/s". */
  line(): string {
    const rate = this.rate();
    const failed = this.failed ? `, ${this.failed} failed` : '';
    if (this.total === null) return `jobsift: ${this.done} done${failed}, ${rate.toFixed(0)}/s`;
    const left = rate > 0 ? `, ${Math.ceil((this.total - this.done) / rate)} s left` : '';
    const pct = this.total ? Math.floor((100 * this.done) / this.total) : 100;
    return `jobsift: ${this.done}/${this.total} (${pct}%)${failed}, ${rate.toFixed(0)}/s${left}`;
  }

  private draw(): void {
    this.lastDraw = this.now();
    this.stream.write(CLEAR + this.line());
    this.drawn = true;
  }
}
