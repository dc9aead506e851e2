/**
 * npm run check:package: build, pack, lint the tarball with publint --strict
 * and @arethetypeswrong/cli, then install it into a scratch project and load
 * it as a user would: `import` (named and namespace), `require`, and the
 * published types under module nodenext from both module kinds. A default
 * import must be rejected by the types, since the package has no default
 * export. Then it bundles a small application with esbuild, as Lambda or a
 * bundled server would, runs the bundle from a folder with no node_modules,
 * and checks it gives the same result as the installed package on every seed
 * (the built-in data must travel with the code). Any finding fails the script.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..');
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const tsc = (dir: string, file: string) =>
  run(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', file], dir);

/** What the tarball may hold: the code, its data, and the documents a user needs. */
const SHIPPED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\//, /^dictionaries\//, /^schema\.json$/];

// --json output is parsed: the prepack build must keep stdout clean.
const packed = JSON.parse(run('npm', ['pack', '--json'], root))[0] as { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
const tarball = path.join(root, packed.filename);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-package-'));
try {
  const stray = packed.files.map((f) => f.path).filter((p) => !SHIPPED.some((re) => re.test(p)));
  if (stray.length) throw new Error(`tarball holds files a user does not need: ${stray.join(', ')}`);
  for (const must of ['LICENSE', 'CHANGELOG.md', 'dist/index.d.mts', 'dist/types/index.d.ts', 'schema.json']) {
    if (!packed.files.some((f) => f.path === must)) throw new Error(`tarball lacks ${must}`);
  }
  console.log(`tarball: ${packed.files.length} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`);
  run(bin('publint'), ['--strict', tarball], root);
  console.log('publint --strict: ok');
  run(bin('attw'), [tarball, '--format', 'ascii'], root);
  console.log('attw: ok');

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
  fs.writeFileSync(path.join(dir, 'esm.mjs'), `import { extract } from 'jobsift';\nimport * as jobsift from 'jobsift';\nconsole.log(extract('${posting}').title.text, typeof jobsift.createExtractor);\n`);
  fs.writeFileSync(path.join(dir, 'cjs.cjs'), `const { extract } = require('jobsift');\nconsole.log(extract('${posting}').salary.min, require('jobsift/schema.json').$schema);\n`);
  const typed = `import { extract, type ExtractionResult, type Salary } from 'jobsift';\nconst r: ExtractionResult = extract('x');\nconst s: Salary | null = r.salary;\nexport { s };\n`;
  fs.writeFileSync(path.join(dir, 'typed.mts'), typed);
  fs.writeFileSync(path.join(dir, 'typed.cts'), typed);
  fs.writeFileSync(path.join(dir, 'default.mts'), `import jobsift from 'jobsift';\nexport const x = jobsift;\n`);
  console.log(`import:  ${run('node', ['esm.mjs'], dir).trim()}`);
  console.log(`require: ${run('node', ['cjs.cjs'], dir).trim()}`);
  tsc(dir, 'typed.mts');
  tsc(dir, 'typed.cts');
  console.log('types:   ok (ESM and CommonJS)');
  let defaultAccepted = true;
  try {
    tsc(dir, 'default.mts');
  } catch {
    defaultAccepted = false;
  }
  if (defaultAccepted) throw new Error("the types accept `import jobsift from 'jobsift'`, which fails at run time (no default export)");
  console.log('default import: rejected by the types, as it has no default export');

  const seeds = path.join(root, 'seeds');
  const app = (load: string) =>
    `${load}\nconst out = {};\nfor (const f of fs.readdirSync(process.argv[2]).sort()) out[f] = extract(fs.readFileSync(path.join(process.argv[2], f), 'utf8'));\nprocess.stdout.write(JSON.stringify(out));\n`;
  fs.writeFileSync(path.join(dir, 'app.cjs'), app("const fs = require('fs');\nconst path = require('path');\nconst { extract } = require('jobsift');"));
  fs.writeFileSync(path.join(dir, 'app.mjs'), app("import fs from 'fs';\nimport path from 'path';\nimport { extract } from 'jobsift';"));
  const expected = run('node', ['app.cjs', seeds], dir);
  const away = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bundle-'));
  try {
    for (const [entry, format] of [['app.cjs', 'cjs'], ['app.mjs', 'esm']] as const) {
      const outfile = path.join(away, `${entry}.${format === 'esm' ? 'mjs' : 'cjs'}`);
      // An ESM bundle of CommonJS code needs a `require` for Node's built-ins.
      const banner = format === 'esm' ? "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" : '';
      run(bin('esbuild'), [entry, '--bundle', '--platform=node', `--format=${format}`, `--outfile=${outfile}`, `--banner:js=${banner}`, '--log-level=warning'], dir);
      if (run('node', [outfile, seeds], away) !== expected) throw new Error(`an esbuild ${format} bundle gives other results on the seeds than the package`);
      console.log(`esbuild ${format} bundle: same result on every seed, ${(fs.statSync(outfile).size / 1e6).toFixed(1)} MB`);
    }
  } finally {
    fs.rmSync(away, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(tarball, { force: true });
}
