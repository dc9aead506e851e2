/**
 * npm run build: the CommonJS bundle and the CLI with esbuild (runtime
 * dependencies external, built-in data as files in dist/data/), a thin ESM
 * entry over the CommonJS bundle, the self-contained browser bundle
 * (scripts/build-browser.ts), and declarations with tsc (generated from the
 * sources, never hand-kept; index.d.mts and browser.d.mts re-export them).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { build, BuildOptions, Plugin } from 'esbuild';
import { buildBrowser } from './build-browser';
import { DICTIONARY_INDEX_PATH, generateDictionaryIndex } from './build-dictionary-index';
import { propertyLiterals } from './property-literals';

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));


const dictionaries = path.join(root, 'dictionaries');

/**
 * Built-in data stays out of the bundles, as files in dist/data/ that the code
 * reaches with literal `require('./data/...json')` calls: Node loads each on
 * first use, and a user's bundler (esbuild, webpack, rollup with its JSON
 * plugin) follows the calls and carries the data into their bundle.
 */
const dataFiles: Plugin = {
  name: 'jobsift-data-files',
  setup(b) {
    b.onResolve({ filter: /dictionaries[\\/].+\.json$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      const rel = path.relative(dictionaries, file);
      if (rel.startsWith('..')) return undefined;
      return { path: `./data/${rel.split(path.sep).join('/')}`, external: true };
    });
  },
};

/**
 * Copies the data files the generated index names into dist/data/: those the
 * code requires, and the dictionary files they were compiled from, which a
 * `dataDir` copy of dist/data/ is read from.
 */
function copyData(): void {
  const index = fs.readFileSync(path.join(root, 'src', 'data', 'builtin.generated.ts'), 'utf8');
  for (const m of index.matchAll(/require\('\.\.\/\.\.\/dictionaries\/([^']+)'\)|file: 'dictionaries\/([^']+)'/g)) {
    const rel = m[1] ?? m[2];
    fs.mkdirSync(path.dirname(path.join(dist, 'data', rel)), { recursive: true });
    fs.copyFileSync(path.join(dictionaries, rel), path.join(dist, 'data', rel));
  }
}

/**
 * The ESM entry re-exports the CommonJS build: one copy of the code and its
 * state (no dual-package hazard), and bundlers follow a plain import.
 */
function esmWrapper(): string {
  const names = Object.keys(require(path.join(dist, 'index.js'))).filter((n) => n !== '__esModule').sort();
  return `import jobsift from './index.js';\nexport const { ${names.join(', ')} } = jobsift;\n`;
}

async function main(): Promise<void> {
  fs.rmSync(dist, { recursive: true, force: true });
  // The compiled dictionaries the code loads, from the dictionary files as they are now.
  fs.writeFileSync(DICTIONARY_INDEX_PATH, generateDictionaryIndex());
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Node has had `\p{...}` since v10, but esbuild's table does not say so for any target and rewrites such a
    // literal as `new RegExp(...)`, compiled again at every call inside a function (wordKey's fold was 1% of extract()).
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: true,
    // Maps point at the sources in the repository; carrying their content would double the tarball.
    sourcesContent: false,
    plugins: [dataFiles, propertyLiterals],
    external: Object.keys(pkg.dependencies ?? {}),
    logLevel: 'warning',
  };
  await build({ ...common, entryPoints: [path.join(root, 'src/index.ts')], format: 'cjs', outfile: path.join(dist, 'index.js') });
  fs.writeFileSync(path.join(dist, 'index.mjs'), esmWrapper());
  await build({ ...common, entryPoints: [path.join(root, 'src/cli.ts')], format: 'cjs', outfile: path.join(dist, 'cli.js') });
  await buildBrowser(path.join(dist, 'browser.mjs'));
  // tsc's output goes to stderr: `npm pack --json` runs this build first and its stdout must stay JSON.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });
  // The ESM entry needs declarations of its own (.d.mts): a .d.ts in a CommonJS package is read as
  // CommonJS under the `import` condition, which lets `import x from 'jobsift'` type-check and fail at run time.
  fs.writeFileSync(path.join(dist, 'index.d.mts'), "export * from './types/index.js';\n");
  fs.writeFileSync(path.join(dist, 'browser.d.mts'), "export * from './types/browser.js';\n");
  copyData();
  console.error('built dist/ (index.js, index.mjs, cli.js, browser.mjs, index.d.mts, browser.d.mts, types/, data/)');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
