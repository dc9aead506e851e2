/**
 * npm run check:package: build, pack, lint the tarball with publint --strict
 * and @arethetypeswrong/cli, then install it into a scratch project and load
 * it as a user would: `import` (named and namespace), `require`, and the
 * published types under module nodenext from both module kinds. A default
 * import must be rejected by the types, since the package has no default
 * export. Then it bundles a small application with esbuild, as Lambda or a
 * bundled server would, runs the bundle from a folder with no node_modules,
 * and checks it gives the same result as the installed package on every seed
 * (the built-in data must travel with the code); a bundle that leaves the
 * data out must say so at createExtractor(), and give the same results again
 * with `dataDir` pointing at a copy of dist/data/. `jobsift/browser` must
 * type-check, bundle for the browser platform (no Node built-in), and give
 * the same results when imported as it is (test/browser/ runs it in
 * headless Chromium). Any finding fails the script.
 */
import { execFileSync, spawnSync } from 'child_process';
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
  run(bin('attw'), [tarball, '--format', 'ascii', '--exclude-entrypoints', 'browser'], root);
  // The browser build is ESM only, by design: browsers and bundlers import it, and require() has jobsift itself.
  run(bin('attw'), [tarball, '--format', 'ascii', '--entrypoints', 'browser', '--profile', 'esm-only'], root);
  console.log('attw: ok (jobsift/browser as ESM only)');

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
  const typedBrowser = `import { extract, type ExtractionResult } from 'jobsift/browser';\nexport const r: ExtractionResult = extract('x');\n`;
  fs.writeFileSync(path.join(dir, 'typed-browser.mts'), typedBrowser);
  const typed = `import { extract, type ExtractionResult, type Salary } from 'jobsift';\nconst r: ExtractionResult = extract('x');\nconst s: Salary | null = r.salary;\nexport { s };\n`;
  fs.writeFileSync(path.join(dir, 'typed.mts'), typed);
  fs.writeFileSync(path.join(dir, 'typed.cts'), typed);
  fs.writeFileSync(path.join(dir, 'default.mts'), `import jobsift from 'jobsift';\nexport const x = jobsift;\n`);
  console.log(`import:  ${run('node', ['esm.mjs'], dir).trim()}`);
  console.log(`require: ${run('node', ['cjs.cjs'], dir).trim()}`);
  tsc(dir, 'typed.mts');
  tsc(dir, 'typed.cts');
  tsc(dir, 'typed-browser.mts');
  console.log('types:   ok (ESM, CommonJS and jobsift/browser)');
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
  fs.writeFileSync(path.join(dir, 'browser.mjs'), app("import fs from 'fs';\nimport path from 'path';\nimport { extract } from 'jobsift/browser';"));
  // The same application with its data in a folder of its own: createExtractor({ dataDir }) from the second argument.
  const withDataDir = "const fs = require('fs');\nconst path = require('path');\nconst jobsift = require('jobsift').createExtractor({ dataDir: process.argv[3] });\nconst extract = (p) => jobsift.extract(p);";
  fs.writeFileSync(path.join(dir, 'data-dir.cjs'), app(withDataDir));
  const expected = run('node', ['app.cjs', seeds], dir);
  if (run('node', ['browser.mjs', seeds], dir) !== expected) throw new Error('jobsift/browser, imported as it is, gives other results on the seeds than the package');
  console.log('jobsift/browser: same result on every seed (in Node; test/browser/ runs it in Chromium)');
  run(bin('esbuild'), ['browser.mjs', '--bundle', '--platform=browser', '--format=esm', '--external:fs', '--external:path', '--outfile=browser-bundle.mjs', '--metafile=browser-meta.json', '--log-level=warning'], dir);
  const fromPackage = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'browser-meta.json'), 'utf8')).inputs).filter((i) => i.includes('node_modules/jobsift/'));
  if (fromPackage.join() !== 'node_modules/jobsift/dist/browser.mjs') throw new Error(`a browser bundle of jobsift/browser takes ${fromPackage.join(', ')}`);
  console.log('jobsift/browser: bundles for the browser platform as one file, with no Node built-in');
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
    // Data shipped beside the bundle instead of in it: the README's recipe.
    const lean = path.join(away, 'lean.cjs');
    run(bin('esbuild'), ['data-dir.cjs', '--bundle', '--platform=node', '--external:./data/*', `--outfile=${lean}`, '--log-level=warning'], dir);
    const noData = spawnSync(process.execPath, [lean, seeds, path.join(away, 'data')], { cwd: away, encoding: 'utf8' });
    if (noData.status === 0 || !noData.stderr.includes('is not a folder')) throw new Error(`a bundle whose dataDir is missing did not say so: ${noData.stderr}`);
    // Before the data is copied in: a bundle next to a ./data folder finds it by itself.
    const plain = path.join(away, 'plain.cjs');
    run(bin('esbuild'), ['app.cjs', '--bundle', '--platform=node', '--external:./data/*', `--outfile=${plain}`, '--log-level=warning'], dir);
    const lost = spawnSync(process.execPath, [plain, seeds], { cwd: away, encoding: 'utf8' });
    if (lost.status === 0 || !lost.stderr.includes('the built-in data did not travel with the code')) throw new Error(`a bundle without its data did not say so: ${lost.stderr}`);
    fs.cpSync(path.join(dir, 'node_modules', 'jobsift', 'dist', 'data'), path.join(away, 'data'), { recursive: true });
    if (run('node', [lean, seeds, path.join(away, 'data')], away) !== expected) throw new Error('a bundle with its data in a dataDir gives other results on the seeds than the package');
    console.log(`esbuild bundle without its data (${(fs.statSync(lean).size / 1e6).toFixed(1)} MB): says so without dataDir, same result on every seed with it`);
  } finally {
    fs.rmSync(away, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(tarball, { force: true });
}
