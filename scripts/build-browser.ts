/**
 * The browser and edge build (`jobsift/browser`, dist/browser.mjs): one ESM
 * file from src/browser.ts with everything in it (wink and its web model,
 * cheerio's browser build, the built-in data), for a page or a worker to
 * import as it is and for bundlers targeting browsers. esbuild's browser
 * platform refuses any Node built-in (fs, path, module, ...) on the way, so
 * the build itself checks the module graph; test/browser/ checks it again and
 * runs the bundle in headless Chromium.
 */
import * as fs from 'fs';
import * as path from 'path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { propertyLiterals } from './property-literals';

const root = path.join(__dirname, '..');

/** The esbuild options of the browser bundle, writing to `outfile`. */
export function browserBuildOptions(outfile: string): BuildOptions {
  return {
    entryPoints: [path.join(root, 'src', 'browser.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // Names kept for readable stack traces, as no source map ships (it would add 2 MB).
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    plugins: [propertyLiterals],
    logLevel: 'warning',
  };
}

/** Builds the browser bundle into `outfile` and returns esbuild's account of its inputs. */
export async function buildBrowser(outfile: string): Promise<Metafile> {
  const { metafile } = await build(browserBuildOptions(outfile));
  // The export statement on a line of its own: linters (publint) tell ESM from CommonJS by patterns
  // that want a line break, space or semicolon before `export`, and the minifier writes `}export{`
  // after the CommonJS code of wink bundled above it.
  const code = fs.readFileSync(outfile, 'utf8');
  const at = code.lastIndexOf('}export{');
  if (at !== -1) fs.writeFileSync(outfile, `${code.slice(0, at + 1)}\n${code.slice(at + 1)}`);
  return metafile!;
}
