import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UsageError } from '../../src/cli/args';
import { parseEvalArgs, type EvalOptions } from '../../src/eval/args';
import { DEFAULT_MAPPING } from '../../src/eval/mapping';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-eval-'));
  fs.mkdirSync(path.join(root, 'green'));
  fs.mkdirSync(path.join(root, 'adzuna'));
  // Two sentences of our own in the span-set layout.
  const rows = [
    { id: 'a', text: 'Experience with Microsoft Excel is essential .', entities: [{ label: 'Skill', start: 16, end: 31, text: 'Microsoft Excel' }] },
    { id: 'b', text: 'We are looking for a Staff Nurse .', entities: [{ label: 'Occupation', start: 21, end: 32, text: 'Staff Nurse' }] },
  ];
  fs.writeFileSync(path.join(root, 'green', 'dev.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const parse = (argv: string[]): EvalOptions => {
  const c = parseEvalArgs(argv, root, DEFAULT_MAPPING);
  if (c.kind !== 'run') throw new Error('expected a run');
  return c.options;
};
const error = (argv: string[]) => {
  try {
    parseEvalArgs(argv, root, DEFAULT_MAPPING);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error('no usage error');
};

describe('npm run eval arguments', () => {
  it('defaults to the given folder, every dataset, the built-in mapping and no JSON', () => {
    expect(parse([])).toEqual({ root, json: null, mapping: DEFAULT_MAPPING, only: null, dictionaries: [] });
    expect(parseEvalArgs(['--help'], root, DEFAULT_MAPPING)).toEqual({ kind: 'help' });
  });

  it('reads --only, --json, --mapping and --dictionary', () => {
    const mapping = path.join(root, 'mapping.json');
    fs.writeFileSync(mapping, JSON.stringify({ green: { Skill: [{ label: 'skill' }] } }));
    expect(parse(['--only', 'green', '--json', '-', '--mapping', mapping, '--dictionary', 'a.json'])).toEqual({
      root,
      json: '-',
      mapping: { green: { Skill: [{ label: 'skill' }] } },
      only: new Set(['green']),
      dictionaries: ['a.json'],
    });
  });

  it('says what is wrong, instead of crashing or scoring nothing', () => {
    expect(error(['--bogus'])).toBe("Unknown option '--bogus'");
    expect(error([path.join(root, 'nope')])).toBe(`no such folder ${path.join(root, 'nope')}`);
    expect(error(['a', 'b'])).toBe('one eval folder at a time; got a, b');
    expect(error(['--only', 'green,pagez'])).toBe(`--only: no dataset pagez in ${root}; there are adzuna, green`);
    expect(error(['--json', path.join(root, 'missing', 'out.json')])).toBe(`--json ${path.join(root, 'missing', 'out.json')}: the folder ${path.join(root, 'missing')} does not exist`);
    fs.writeFileSync(path.join(root, 'bad.json'), '{"green": ');
    expect(error(['--mapping', path.join(root, 'bad.json')])).toMatch(/^--mapping .*bad\.json: cannot be read as JSON: /);
    fs.writeFileSync(path.join(root, 'list.json'), '[]');
    expect(error(['--mapping', path.join(root, 'list.json')])).toMatch(/^--mapping .*list\.json: expected \{ "<dataset>"/);
  });
});

describe('npm run eval as a process', () => {
  const evalCli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/eval/cli.ts', ...args], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });

  it('--json - writes the report alone on stdout, the tables on stderr', () => {
    const r = evalCli([root, '--only', 'green', '--json', '-']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['green/dev']);
    expect(report['green/dev'].find((s: { label: string }) => s.label === 'Skill')).toMatchObject({ gold: 1 });
    expect(r.stderr).toMatch(/^green\/dev +gold +pred/);
  }, 60_000);

  it('usage errors exit 2 with the usage line; --help exits 0', () => {
    const bad = evalCli(['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^eval: Unknown option '--bogus'\nusage: npm run -s eval -- /);
    const help = evalCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--json FILE/);
  }, 60_000);
});
