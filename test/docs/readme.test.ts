/**
 * Every README code block marked `runnable` runs as written (with `jobsift`
 * resolved to this checkout's sources), and each `console.log(...); // => x`
 * prints x.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import * as ts from 'typescript';

const root = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts runnable\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

/** The `// =>` comments of a block, in order. */
const expectedOutput = (code: string) => [...code.matchAll(/^\s*console\.log\(.*\);\s*\/\/ => (.*)$/gm)].map((m) => m[1].trim());

function run(code: string): string[] {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  const printed: string[] = [];
  const log = (...args: unknown[]) => printed.push(args.map((a) => (typeof a === 'string' ? a : util.inspect(a, { breakLength: Infinity }))).join(' '));
  const load = (id: string) => (id === 'jobsift' ? require(path.join(root, 'src')) : require(id));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    new Function('require', 'console', 'exports', js)(load, { log }, {});
  } finally {
    process.chdir(cwd);
  }
  return printed;
}

describe('README', () => {
  it('has runnable blocks', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((code, i) => [i, code]))('block %i runs and prints what its comments say', (_i, code) => {
    const expected = expectedOutput(code as string);
    expect(expected.length).toBeGreaterThan(0);
    expect(run(code as string)).toEqual(expected);
  });
});
