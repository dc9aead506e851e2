/**
 * npm run check:package: build, pack, install the tarball into a scratch
 * project and load it with `import`, with `require`, and through the
 * published types (tsc, module nodenext), as a user would.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..');
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

run('npm', ['run', '-s', 'build'], root);
const tarball = path.join(root, run('npm', ['pack', '--silent'], root).trim().split('\n').pop()!);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-package-'));
try {
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', tarball], dir);
  // The CLI as installed: its bin, and its worker threads, which start from dist/cli.js.
  const cliVersion = run('npx', ['--no-install', 'jobsift', '--version'], dir).trim();
  if (cliVersion !== JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version) throw new Error(`jobsift --version printed ${cliVersion}`);
  const cliInput = [JSON.stringify('Porter wanted. £9.50 per hour.'), JSON.stringify({ id: 'chef', text: 'Chef. Salary £24,000 per annum.' })].join('\n');
  const cliOut = execFileSync('npx', ['--no-install', 'jobsift', '--jsonl', '--jobs', '2', '--fields', 'salary'], { cwd: dir, input: cliInput, encoding: 'utf8' });
  const pay = cliOut.trim().split('\n').map((line) => JSON.parse(line)).map((r) => `${r.id}: ${r.salary?.min}`).join(', ');
  if (pay !== 'stdin:1: 9.5, chef: 24000') throw new Error(`the installed CLI read piped JSON lines as ${pay}`);
  console.log(`cli:     ${cliVersion}; ${pay} (--jobs 2)`);
  const posting = 'Title: Chef\\nCompany: The Inn\\nDescription: Salary £24,000 per annum. Food hygiene certificate essential.';
  fs.writeFileSync(path.join(dir, 'esm.mjs'), `import { extract } from 'jobsift';\nconsole.log(extract('${posting}').title.text);\n`);
  fs.writeFileSync(path.join(dir, 'cjs.cjs'), `const { extract } = require('jobsift');\nconsole.log(extract('${posting}').salary.min);\n`);
  fs.writeFileSync(
    path.join(dir, 'typed.ts'),
    `import { extract, type ExtractionResult, type Salary } from 'jobsift';\nconst r: ExtractionResult = extract('x');\nconst s: Salary | null = r.salary;\nexport { s };\n`,
  );
  console.log(`import:  ${run('node', ['esm.mjs'], dir).trim()}`);
  console.log(`require: ${run('node', ['cjs.cjs'], dir).trim()}`);
  run(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'typed.ts'], dir);
  console.log('types:   ok');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(tarball, { force: true });
}
