import { propertyLiteralsAsCalls } from '../../scripts/property-literals';

/** The bundles' rewrite of the regex literals made once that hold a Unicode property escape (scripts/property-literals.ts). */
describe('property literals', () => {
  it('writes a module-level or lazy literal with a property escape as a RegExp call of the same source and flags', () => {
    const code = [
      "const A = /^\\p{Lu}[\\p{L}'’\\/-]*$/u;",
      'const B = lazy(() => /\\p{Ll}+/gu);',
      'const C = /[a-z]+/i;',
      'function f(s: string) { return /^\\p{Lu}/u.test(s); }',
    ].join('\n');
    const out = propertyLiteralsAsCalls(code, 'x.ts')!;
    const lines = out.split('\n');
    expect(lines[0]).toBe(`const A = new RegExp(${JSON.stringify("^\\p{Lu}[\\p{L}'’\\/-]*$")}, "u");`);
    expect(new Function(`return ${lines[0].slice('const A = '.length, -1)}`)()).toEqual(/^\p{Lu}[\p{L}'’\/-]*$/u);
    expect(lines[1]).toBe('const B = lazy(() => new RegExp("\\\\p{Ll}+", "gu"));');
    // No property escape, or made at every call: left as written.
    expect(lines.slice(2)).toEqual(code.split('\n').slice(2));
  });

  it('leaves a file without such a literal alone', () => {
    expect(propertyLiteralsAsCalls('const A = /[a-z]+/i;\nfunction f() { return /\\p{L}/u; }', 'x.ts')).toBeNull();
  });
});
