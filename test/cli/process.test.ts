/** The CLI as a process: real pipes, a reader that goes away, no terminal. */
import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const jobsift = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });

describe('jobsift as a process', () => {
  it('cat postings.jsonl | jobsift --jsonl - : one valid JSON line per input, with its id', () => {
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `p${i}`, title: 'Warehouse Operative', salary: `£${20 + i},000`, text: 'Forklift licence essential. Days, Monday to Friday.' }));
    const r = jobsift(['--jsonl', '--jobs', '2', '-'], lines.join('\n') + '\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => `p${i}`));
    expect(out.map((o) => o.salary.min)).toEqual(lines.map((_, i) => (20 + i) * 1000));
  }, 120_000);

  it('--jsonld: one schema.org JobPosting per line, with the id as @id', () => {
    const r = jobsift(['--jsonld', '--jobs', '1', '-'], JSON.stringify({ id: 'chef-1', title: 'Sous Chef', salary: '£26,000 per annum', text: 'Full time, permanent.' }) + '\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ '@id': 'chef-1', '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Sous Chef' });
  }, 60_000);

  it('view and report are commands of their own: HTML pages on stdout', () => {
    const view = jobsift(['view', 'seeds/004_287a76ac3088b226.txt']);
    expect(view.status).toBe(0);
    expect(view.stdout).toMatch(/^<!DOCTYPE html>/i);
    const report = jobsift(['report', '--json', 'seeds']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout)).toEqual(expect.any(Object));
    expect(jobsift(['view']).status).toBe(2);
  }, 120_000);

  it('reads a pipe without being told (no paths, no -)', () => {
    const r = jobsift(['--jsonl', '--jobs', '1', '--fields', 'salary'], 'Kitchen porter wanted. £9.50 per hour.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'stdin', salary: expect.objectContaining({ min: 9.5, period: 'hour' }) });
  }, 60_000);

  it('stops quietly when stdout closes early (| head)', () => {
    const r = spawnSync('bash', ['-c', 'node --import tsx src/cli.ts --jsonl --jobs 2 seeds seeds seeds seeds seeds | head -c 100 > /dev/null; echo "status ${PIPESTATUS[0]}"'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('status 0\n');
  }, 120_000);

  it('with no paths and no piped input, says what it needs and exits 2', () => {
    const r = jobsift([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jobsift: no input/);
  }, 60_000);
});
