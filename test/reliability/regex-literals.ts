import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface RegexLiteral {
  /** Path relative to the repository root. */
  file: string;
  line: number;
  /** The literal as written: `/…/flags`. */
  literal: string;
}

export function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? tsFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

/** Every regular-expression literal in the TypeScript under `dir`, read with the compiler's own parser. */
export function regexLiterals(root: string, dir: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  for (const file of tsFiles(path.join(root, dir))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        out.push({ file: path.relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, literal: node.getText(source) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * Every RegExp the modules under `dir` build with `new RegExp(...)` as they
 * load (patterns assembled from parts), caught by standing in for the
 * RegExp constructor while they are required. Command-line entry points
 * (`cli.ts`) are left out: requiring one runs it.
 */
export function regexesBuiltOnLoad(root: string, dir: string): RegExp[] {
  const built: RegExp[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      const re = Reflect.construct(target, args) as RegExp;
      built.push(re);
      return re;
    },
  });
  try {
    jest.isolateModules(() => {
      for (const file of tsFiles(path.join(root, dir))) if (path.basename(file) !== 'cli.ts') require(file);
    });
  } finally {
    globalThis.RegExp = Original;
  }
  return [...new Map(built.map((re) => [re.toString(), re])).values()];
}
