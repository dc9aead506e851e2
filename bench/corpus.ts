import * as fs from 'fs';
import * as path from 'path';

/** The seeds, plus ../shared/corpus/job-ads when it is there. */
export function loadCorpus(): { name: string; docs: string[] } {
  const root = path.join(__dirname, '..');
  const read = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir).sort().flatMap((f) => {
          const full = path.join(dir, f);
          return fs.statSync(full).isDirectory() ? read(full) : /\.(txt|html?)$/.test(f) ? [fs.readFileSync(full, 'utf8')] : [];
        })
      : [];
  const seeds = read(path.join(root, 'seeds'));
  const corpusDir = path.join(root, '..', 'shared', 'corpus', 'job-ads');
  const corpus = read(corpusDir);
  // Figures over five seeds are not comparable with the README's: say so where the reader looks.
  if (!corpus.length) console.error(`bench: ${corpusDir} not found; measuring the five seeds only, so the figures are not comparable with the README's`);
  return { name: corpus.length ? `seeds + corpus/job-ads (${seeds.length + corpus.length} docs)` : `seeds (${seeds.length} docs)`, docs: [...seeds, ...corpus] };
}

/** Documents per second of `fn` over `docs`, best of `rounds` after a warm-up pass. */
export function throughput(docs: string[], fn: (doc: string) => unknown, rounds = 3): number {
  for (const d of docs) fn(d);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    for (const d of docs) fn(d);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return docs.length / best;
}

/**
 * Two functions over the same documents side by side: each document goes
 * through `a`, then `b`, so that whatever else the machine runs weighs on
 * both alike. Documents per second of each, and the ratio b/a, per round
 * (after a warm-up pass).
 */
export function sideBySide(docs: string[], a: (doc: string) => unknown, b: (doc: string) => unknown, rounds = 5): { a: number; b: number; ratio: number }[] {
  for (const d of docs) {
    a(d);
    b(d);
  }
  const out: { a: number; b: number; ratio: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    let inA = 0n;
    let inB = 0n;
    for (const d of docs) {
      const t0 = process.hrtime.bigint();
      a(d);
      const t1 = process.hrtime.bigint();
      b(d);
      inB += process.hrtime.bigint() - t1;
      inA += t1 - t0;
    }
    out.push({ a: docs.length / (Number(inA) / 1e9), b: docs.length / (Number(inB) / 1e9), ratio: Number(inA) / Number(inB) });
  }
  return out;
}
