/**
 * An esbuild plugin for the bundles: a regular-expression literal of the
 * sources that holds a Unicode property escape (`\p{L}`, `\p{Lu}`) and is
 * made once (at module level, or in the function a `lazy(...)` makes it
 * with) is written as `new RegExp(source, flags)`. V8 checks a literal's
 * syntax when it compiles the script, and builds each property's class to do
 * so (some 40 us apiece: the bundle held 270 such escapes made once, 11 ms
 * of every process's load, before any pattern ran); a pattern made from a
 * string is checked only when it is made, which such a one is once either
 * way. Literals inside functions stay literals: a `new RegExp` there would
 * be made at every call. The pattern, its `source` and its flags are the
 * same.
 */
import * as fs from 'fs';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const PROPERTY_ESCAPE = /\\[pP]\{/;

/** `code` with its literals made once that hold a property escape written as `new RegExp` calls; null when it has none. */
export function propertyLiteralsAsCalls(code: string, file: string): string | null {
  if (!PROPERTY_ESCAPE.test(code)) return null;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      if (PROPERTY_ESCAPE.test(literal)) {
        const close = literal.lastIndexOf('/');
        const text = `new RegExp(${JSON.stringify(literal.slice(1, close))}, ${JSON.stringify(literal.slice(close + 1))})`;
        edits.push({ start: node.getStart(source), end: node.getEnd(), text });
      }
      return;
    }
    // lazy(() => pattern): made once, on first use.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'lazy') {
      for (const arg of node.arguments) visit(ts.isArrowFunction(arg) ? arg.body : arg);
      return;
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let out = code;
  for (const { start, end, text } of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

// Each file's text as written out, by its text: the bundles of one build read the same files.
const written = new Map<string, string | null>();

export const propertyLiterals: Plugin = {
  name: 'jobsift-property-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].+\.ts$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      let contents = written.get(code);
      if (contents === undefined) written.set(code, (contents = propertyLiteralsAsCalls(code, args.path)));
      return contents === null ? undefined : { contents, loader: 'ts' };
    });
  },
};
