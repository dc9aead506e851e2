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
  const corpus = read(path.join(root, '..', 'shared', 'corpus', 'job-ads'));
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
