/**
 * examples/dask/run.py on a real Dask LocalCluster: JSONL shards in, one
 * jobsift process per partition, result shards out, every posting once.
 * Needs Debian's python3-distributed (.ci/run installs it); where it is
 * missing the test fails in CI and is skipped, saying why, elsewhere.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const PYTHON = '/usr/bin/python3'; // Debian's, which can import Debian's dask (a pyenv python3 on PATH may not)
const probe = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' });
const available = probe.status === 0;
const required = Boolean(process.env.CI || process.env.JOBSIFT_REQUIRE_DASK);
if (!available && !required) {
  console.warn(`SKIPPED examples/dask test: ${PYTHON} cannot import dask.distributed (apt-get install -y python3-distributed). ${(probe.stderr ?? probe.error?.message ?? '').trim()}`);
}

const TITLES = ['Sous Chef', 'Warehouse Operative', 'Staff Nurse', 'Software Developer', 'Accounts Assistant', 'Care Assistant', 'Sales Executive', 'HGV Driver', 'Receptionist', 'Electrician'];
const PLACES = ['Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Birmingham', 'Sheffield', 'Norwich'];
const NEEDS = ['Previous experience essential', 'Full UK driving licence required', 'Excellent communication skills', 'Knowledge of Microsoft Excel desirable'];

/** Posting n of a made-up batch: an object with an id, or (every seventh) a bare string, whose id is shard:line. */
function posting(n: number): { line: string; id: string | null; salary: number | null } {
  const title = TITLES[n % TITLES.length];
  const salary = 18000 + 250 * n;
  const text = `${title} required in ${PLACES[n % PLACES.length]}. Salary £${salary.toLocaleString('en-GB')} per annum. ${NEEDS[n % NEEDS.length]}. Full time, permanent.`;
  if (n % 7 === 3) return { line: JSON.stringify(`${title}\n${text}`), id: null, salary };
  if (n % 11 === 5) return { line: JSON.stringify({ id: `job-${n}`, html: `<html><body><h1>${title}</h1><p>${text}</p></body></html>` }), id: `job-${n}`, salary };
  return { line: JSON.stringify({ id: `job-${n}`, title, text }), id: `job-${n}`, salary };
}

(available || required ? it : it.skip)(
  'runs JSONL shards through jobsift on a LocalCluster: every posting comes out once, with its id',
  () => {
    expect({ python: PYTHON, importsDistributed: available, hint: available ? '' : 'apt-get install -y python3-distributed' }).toMatchObject({ importsDistributed: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-dask-'));
    try {
      const expected = new Map<string, number | null>();
      const shards: string[] = [];
      for (let s = 0, n = 0; s < 4; s++) {
        const shard = path.join(dir, `in-${s}.jsonl`);
        const lines: string[] = [];
        for (let i = 0; i < 80; i++, n++) {
          const p = posting(n);
          lines.push(p.line);
          expected.set(p.id ?? `${shard}:${lines.length}`, p.salary);
          if (i === 40) lines.push(''); // a blank line is no posting
        }
        fs.writeFileSync(shard, lines.join('\n') + '\n');
        shards.push(shard);
      }
      const out = path.join(dir, 'out');
      const jobsift = `'${path.join(root, 'node_modules', '.bin', 'tsx')}' '${path.join(root, 'src', 'cli.ts')}'`;
      const run = spawnSync(PYTHON, [path.join(root, 'examples', 'dask', 'run.py'), '--workers', '2', '--jobsift', jobsift, '--out', out, ...shards], { cwd: root, encoding: 'utf8' });
      expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });

      const records = fs
        .readdirSync(out)
        .sort()
        .flatMap((f) => fs.readFileSync(path.join(out, f), 'utf8').split('\n').filter(Boolean))
        .map((l) => JSON.parse(l));
      expect(fs.readdirSync(out).sort()).toEqual(['part-00000.jsonl', 'part-00001.jsonl', 'part-00002.jsonl', 'part-00003.jsonl']);
      expect(records).toHaveLength(320);
      expect(records.filter((r) => r.error)).toEqual([]);
      expect(records.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
      for (const r of records) expect([r.id, r.salary?.min]).toEqual([r.id, expected.get(r.id)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);
