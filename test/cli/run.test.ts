import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { runCli } from '../../src/cli/run';

const seeds = path.join(__dirname, '..', '..', 'seeds');
const seedFiles = fs.readdirSync(seeds).sort().map((f) => path.join(seeds, f));

async function cli(argv: string[], options: { stdin?: string; stderrIsTTY?: boolean } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const status = await runCli(argv, {
    stdin: () => Readable.from([Buffer.from(options.stdin ?? '')]),
    stdout,
    stderr,
    stdinPiped: options.stdin !== undefined,
    stderrIsTTY: options.stderrIsTTY ?? false,
  });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}
const records = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-run-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('jobsift (in this thread, --jobs 1)', () => {
  it('--jsonl: one JSON record per posting, with its path as id, and nothing else on stdout', async () => {
    const r = await cli(['--jsonl', '--jobs', '1', seeds]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = records(r.stdout);
    expect(out.map((x) => x.id)).toEqual(seedFiles);
    expect(out[0]).toMatchObject({ inputKind: 'feed', title: { normalized: 'Sales Care Executive' } });
  });

  it('piped JSONL on stdin: a record per line with the line\'s id, a bad line as an error record, exit 1', async () => {
    const stdin = ['{"id": "job-1", "title": "Sous Chef", "text": "Salary £26,000 per annum."}', '{"id": "job-2", "price": "9"}', 'not json', '"Barista needed. £9.50 per hour."'].join('\n');
    const r = await cli(['--jsonl', '--jobs', '1', '--fields', 'title,salary'], { stdin });
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out).toEqual([
      { id: 'job-1', title: expect.objectContaining({ normalized: 'Sous Chef' }), salary: expect.objectContaining({ min: 26000, currency: 'GBP' }) },
      { id: 'job-2', line: 2, error: 'unknown input property "price"; expected one of title, company, location, salary, text, html; read it as one with --map price=<field>, or leave it out with --map price=' },
      { id: 'stdin:3', line: 3, error: expect.stringMatching(/^not valid JSON/) },
      { id: 'stdin:4', title: null, salary: expect.objectContaining({ min: 9.5, period: 'hour' }) },
    ]);
    expect(r.stderr.split('\n')).toEqual([
      'jobsift: stdin:2: unknown input property "price"; expected one of title, company, location, salary, text, html; read it as one with --map price=<field>, or leave it out with --map price=',
      expect.stringMatching(/^jobsift: stdin:3: not valid JSON/),
      '',
    ]);
  });

  it('`-` reads one posting from stdin', async () => {
    const r = await cli(['--jsonl', '--jobs', '1', '--fields', 'salary', '--currency', 'USD', '-'], { stdin: 'Line cook. Pay 18 to 20 per hour.' });
    expect(r.status).toBe(0);
    expect(records(r.stdout)).toEqual([{ id: 'stdin', salary: expect.objectContaining({ currency: 'USD', min: 18, max: 20, currencyInferred: true }) }]);
  });

  it('a result\'s warnings go to stderr too; they are no failure', async () => {
    const r = await cli(['--jsonl', '--jobs', '1', '--fields', 'warnings', '-'], { stdin: '  \n' });
    expect(r.status).toBe(0);
    expect(records(r.stdout)).toEqual([{ id: 'stdin', warnings: [{ code: 'input/empty', message: 'The input has no text to extract from.' }] }]);
    expect(r.stderr).toBe('jobsift: stdin: warning input/empty: The input has no text to extract from.\n');
  });

  it('one bad path among several: every other input is still extracted, then exit 1', async () => {
    const missing = path.join(dir, 'missing.txt');
    const r = await cli(['--jsonl', '--jobs', '1', '--fields', 'inputKind', seedFiles[0], missing, seedFiles[1]]);
    expect(r.status).toBe(1);
    expect(records(r.stdout)).toEqual([
      { id: seedFiles[0], inputKind: 'feed' },
      { id: missing, error: 'no such file or folder' },
      { id: seedFiles[1], inputKind: 'feed' },
    ]);
    expect(r.stderr).toBe(`jobsift: ${missing}: no such file or folder\n`);
  });

  it('--summary writes digests for people; failures go to stderr only', async () => {
    const r = await cli(['--summary', '--jobs', '1', seedFiles[0], path.join(dir, 'nope')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^== ${seedFiles[0]}\ntitle +Sales Care Executive`));
    expect(r.stdout).not.toMatch(/nope/);
    expect(r.stderr).toMatch(/nope: no such file or folder/);
  });

  it('the default output is the same records, pretty-printed', async () => {
    const r = await cli(['--jobs', '1', '--fields', 'title', seedFiles[2]]);
    expect(r.stdout).toMatch(/^\{\n {2}"id": /);
    expect(JSON.parse(r.stdout)).toEqual({ id: seedFiles[2], title: expect.objectContaining({ normalized: 'Payments executive' }) });
  });

  it('usage errors exit 2 with the usage line on stderr and nothing on stdout', async () => {
    for (const argv of [['--summary', '--jsonl', seeds], ['--country', 'UK', seeds], ['--jobs', '-1', seeds], []]) {
      const r = await cli(argv);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^jobsift: .+\nusage: jobsift /);
    }
    expect((await cli([])).stderr).toMatch(/no input: name files or folders, or pipe postings into stdin/);
  });

  it('an invalid dictionary is a usage error, before any output', async () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"type": "skills", "entries": [{"id": "x"}]}');
    const r = await cli(['--jsonl', '--jobs', '1', '--dictionary', bad, seeds]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jobsift: .*bad\.json/);
    expect(r.stderr).not.toMatch(/jobsift: jobsift:/);
  });

  it('--map reads an API dump\'s own keys as posting fields, nested ones too, and leaves out a key mapped to nothing', async () => {
    const line = {
      job_id: 77,
      name: 'Data Engineer',
      content: '&lt;p&gt;We need Python and SQL.&lt;/p&gt;&lt;p&gt;Salary: $120,000 - $140,000&lt;/p&gt;',
      location: { name: 'Austin, TX' },
      internal: { team: 'data' },
    };
    const argv = ['--jsonl', '--jobs', '1', '--fields', 'title,location,salary', '--map', 'job_id=id,name=title,content=html', '--map', 'location.name=location,internal=', '-'];
    const r = await cli(argv, { stdin: JSON.stringify(line) });
    expect(r.stderr).toBe('');
    const [out] = records(r.stdout);
    expect(out.id).toBe(77);
    expect(out.title.text).toBe('Data Engineer');
    expect(out.location).toMatchObject({ city: 'Austin', region: 'Texas', field: 'location' });
    expect(out.salary).toMatchObject({ min: 120000, max: 140000, field: 'html' });
  });

  it('an unknown key names --map in its error; a --map of the wrong shape is a usage error', async () => {
    const r = await cli(['--jsonl', '--jobs', '1', '-'], { stdin: JSON.stringify({ description: 'Nurse in Leeds' }) });
    expect(records(r.stdout)[0].error).toContain('--map description=<field>');
    const bad = await cli(['--jsonl', '--map', 'description=body', '-'], { stdin: '{}' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--map: unknown field "body"');
    const nested = await cli(['--jsonl', '--jobs', '1', '--map', 'location=location', '-'], { stdin: JSON.stringify({ location: { name: 'Leeds' } }) });
    expect(records(nested.stdout)[0].error).toBe('--map location=location: expected a string or a number, got an object');
    const pay = await cli(['--jsonl', '--jobs', '1', '--fields', 'salary', '--currency', 'USD', '--map', 'salary_max=salary', '-'], { stdin: JSON.stringify({ salary_max: 52000 }) });
    expect(records(pay.stdout)[0].salary).toMatchObject({ min: 52000, currency: 'USD' });
  });

  it('--version prints the package version; --help the options', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await cli(['--help']);
    expect(help.status).toBe(0);
    for (const flag of ['--jsonl', '--summary', '--fields', '--jobs', '--unordered', '--progress', '--no-progress', '--currency', '--country', '--dictionary', '--input-format', '--map', '--version']) {
      expect(help.stdout).toContain(flag);
    }
  });

  it('progress goes to stderr when it is a terminal (or --progress), never to stdout', async () => {
    const tty = await cli(['--jsonl', '--jobs', '1', '--fields', 'inputKind', seeds], { stderrIsTTY: true });
    expect(records(tty.stdout)).toHaveLength(5);
    expect(tty.stderr).toMatch(/jobsift: 5 inputs in \d+\.\d s \(\d+\/s\)\n$/);
    expect((await cli(['--jsonl', '--jobs', '1', '--fields', 'inputKind', '--no-progress', seeds], { stderrIsTTY: true })).stderr).toBe('');
    expect((await cli(['--jsonl', '--jobs', '1', '--fields', 'inputKind', '--progress', seeds])).stderr).toMatch(/5 inputs in/);
  });
});

describe('jobsift with worker threads', () => {
  const twice = [...seedFiles, ...seedFiles, ...seedFiles];

  it('--jobs 2 gives the same records as --jobs 1, in input order', async () => {
    const one = await cli(['--jsonl', '--jobs', '1', ...twice]);
    const two = await cli(['--jsonl', '--jobs', '2', ...twice]);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('--unordered gives every record once, in any order', async () => {
    const r = await cli(['--jsonl', '--jobs', '2', '--unordered', '--fields', 'inputKind', ...twice, path.join(dir, 'missing')]);
    expect(r.status).toBe(1);
    const ids = records(r.stdout).map((x) => x.id);
    expect([...ids].sort()).toEqual([...twice, path.join(dir, 'missing')].sort());
  }, 120_000);

  it('an invalid dictionary found by a worker is a usage error too', async () => {
    const bad = path.join(dir, 'bad2.json');
    fs.writeFileSync(bad, '{"type": "skills", "entries": [{"id": "y"}]}');
    const r = await cli(['--jsonl', '--jobs', '2', '--dictionary', bad, ...seedFiles]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jobsift: .*bad2\.json/);
  }, 120_000);
});
