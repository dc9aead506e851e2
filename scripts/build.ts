/**
 * npm run build: CommonJS and ESM bundles with esbuild, declarations with tsc
 * (generated from the sources, never hand-kept). Runtime dependencies stay
 * external; the lazy require() calls (wink and cheerio load on first
 * use) and the dictionary folder lookup get a real `require` and `__dirname`
 * in the ESM build.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { build, BuildOptions } from 'esbuild';

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const ESM_BANNER = [
  "import { createRequire as __createRequire } from 'module';",
  "import { fileURLToPath as __fileURLToPath } from 'url';",
  "import { dirname as __pathDirname } from 'path';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join('\n');

async function main(): Promise<void> {
  fs.rmSync(dist, { recursive: true, force: true });
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    external: Object.keys(pkg.dependencies ?? {}),
    logLevel: 'warning',
  };
  await build({ ...common, entryPoints: [path.join(root, 'src/index.ts')], format: 'cjs', outfile: path.join(dist, 'index.js') });
  await build({ ...common, entryPoints: [path.join(root, 'src/index.ts')], format: 'esm', outfile: path.join(dist, 'index.mjs'), banner: { js: ESM_BANNER } });
  await build({ ...common, entryPoints: [path.join(root, 'src/cli.ts')], format: 'cjs', outfile: path.join(dist, 'cli.js') });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  console.log('built dist/ (index.js, index.mjs, cli.js, types/)');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
