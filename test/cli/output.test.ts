import { Writable } from 'stream';
import type { Outcome, PostingTask } from '../../src/cli/format';
import type { InputItem } from '../../src/cli/inputs';
import { Output } from '../../src/cli/output';
import { Progress } from '../../src/cli/progress';
import type { Runner } from '../../src/cli/runner';
import { schedule } from '../../src/cli/schedule';

/** A stdout whose reader has gone: every write fails with EPIPE, as a closed pipe does. */
function closedPipe(code = 'EPIPE') {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      written.push(String(chunk));
      cb(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
  return { stream, written };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('stdout', () => {
  it('a reader going away (EPIPE) closes the output quietly: no error to report, later writes dropped', async () => {
    const { stream, written } = closedPipe();
    const out = new Output(stream);
    await out.write('{"id":1}\n');
    await tick();
    expect(out.closed).toBe(true);
    expect(out.error).toBeNull();
    await out.write('{"id":2}\n');
    expect(written).toEqual(['{"id":1}\n']);
  });

  it('any other write failure is kept to report', async () => {
    const { stream } = closedPipe('ENOSPC');
    const out = new Output(stream);
    await out.write('x\n');
    await tick();
    expect(out.closed).toBe(true);
    expect(out.error?.message).toBe('write ENOSPC');
  });
});

describe('scheduling', () => {
  const task = (i: number): InputItem => ({ task: { id: i, input: `posting ${i}`, where: `p${i}` } });
  const outcome = (t: PostingTask): Outcome => ({ stdout: `${t.id}\n`, stderr: '', failed: false });
  /** Finishes tasks in the reverse of the order they were given, a batch at a time. */
  function reversingRunner(): Runner {
    const waiting: { t: PostingTask; resolve(o: Outcome): void }[] = [];
    return {
      run: (t) =>
        new Promise((resolve) => {
          waiting.push({ t, resolve });
          setImmediate(() => {
            while (waiting.length) {
              const w = waiting.pop()!;
              w.resolve(outcome(w.t));
            }
          });
        }),
      close: async () => {},
    };
  }
  async function* items(n: number, seen: number[]) {
    for (let i = 0; i < n; i++) {
      seen.push(i);
      yield i % 5 === 4 ? { failure: { id: i, where: `p${i}`, error: 'unreadable' } } : task(i);
    }
  }

  it('keeps input order however the runner finishes', async () => {
    const out: string[] = [];
    await schedule(items(20, []), reversingRunner(), async (o) => void out.push(o.stdout), { format: 'jsonl', ordered: true, window: 4, stopped: () => false });
    expect(out.map((s) => JSON.parse(s.trim()))).toEqual(Array.from({ length: 20 }, (_, i) => (i % 5 === 4 ? { id: i, error: 'unreadable' } : i)));
  });

  it('--unordered hands each on as it finishes, every one once', async () => {
    const out: string[] = [];
    await schedule(items(20, []), reversingRunner(), async (o) => void out.push(o.stdout), { format: 'jsonl', ordered: false, window: 4, stopped: () => false });
    expect(out).not.toEqual([...out].sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b)));
    expect(out).toHaveLength(20);
    expect(new Set(out).size).toBe(20);
  });

  it('stops reading inputs once the output is gone, with at most a window read ahead', async () => {
    const seen: number[] = [];
    let written = 0;
    await schedule(items(1000, seen), reversingRunner(), async () => void written++, { format: 'jsonl', ordered: true, window: 4, stopped: () => written >= 3 });
    expect(written).toBe(3);
    expect(seen.length).toBeLessThan(10);
  });
});

describe('progress', () => {
  function progress(enabled: boolean) {
    let now = 0;
    const text: string[] = [];
    const stream = new Writable({ write: (c, _e, cb) => (text.push(String(c)), cb()) });
    const p = new Progress(stream, enabled, () => now);
    return { p, text, advance: (ms: number) => (now += ms) };
  }

  it('shows count, rate and time left when the total is known, redrawn in place', () => {
    const { p, text, advance } = progress(true);
    p.total = 100;
    advance(2000);
    for (let i = 0; i < 40; i++) p.tick(i === 0);
    expect(p.line()).toBe('jobsift: 40/100 (40%), 1 failed, 20/s, 3 s left');
    expect(text.join('')).toMatch(/^\r\x1b\[K/);
    p.log('jobsift: a.txt: not UTF-8 text, skipped\n');
    p.finish();
    expect(text.join('')).toMatch(/\r\x1b\[Kjobsift: a\.txt: not UTF-8 text, skipped\njobsift: 40 inputs, 1 failed in 2\.0 s \(20\/s\)\n$/);
  });

  it('shows count and rate for a stream', () => {
    const { p, advance } = progress(true);
    advance(1000);
    p.tick(false);
    expect(p.line()).toBe('jobsift: 1 done, 1/s');
  });

  it('writes only messages when disabled', () => {
    const { p, text } = progress(false);
    p.total = 3;
    p.tick(false);
    p.log('warning\n');
    p.finish();
    expect(text).toEqual(['warning\n']);
  });
});
