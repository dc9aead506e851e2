import { defineConfig } from 'tsup';

// ESM and CommonJS builds with their own .d.ts/.d.mts, generated from the
// sources (no hand-kept declaration files). `shims` gives the ESM build a
// __dirname, which the dictionary loader uses to find dictionaries/.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['cjs', 'esm'],
  dts: { entry: { index: 'src/index.ts' } },
  target: 'node20',
  platform: 'node',
  shims: true,
  clean: true,
  sourcemap: true,
  splitting: false,
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'cheerio', 'compromise'],
  // The lazy require() calls (wink, cheerio, compromise load on first use)
  // need a real require in the ESM build.
  banner: ({ format }) =>
    format === 'esm' ? { js: "import { createRequire as __jobsiftCreateRequire } from 'module';\nconst require = __jobsiftCreateRequire(import.meta.url);" } : {},
});
