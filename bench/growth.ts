/**
 * npm run bench:growth: extract() time on the input shapes that were once
 * quadratic or worse, at 100 KB, 1 MB and past the size limit, and on the
 * strings that made wink backtrack. Each case runs in its own process with a
 * time limit, so a freeze shows as "> limit" instead of hanging the table.
 * Growth from 100 KB to 1 MB should stay within 12x.
 */
import { execFileSync } from 'child_process';

const SHAPES: Record<string, string> = {
  "'Leeds ' on one line": "'Leeds '",
  "'• Microsoft Excel\\n' list": "'• Microsoft Excel\\n'",
  '<li> list': "'<li>Microsoft Excel</li>\\n'",
  'sentences': "'Care assistant needed in Leeds, £9.50 per hour, 2 years experience essential. '",
  'unclosed <div>': "'<div>Leeds '",
  "workplace chips on one line": "'Full-time (Hybrid) Remote '",
};
const SIZES = [100_000, 1_000_000, 5_000_000, 50_000_000];
const ATTACKS: Record<string, string> = {
  "'//a.b' + 'cd.e' x17 + '!'": "'//a.b' + 'cd.e'.repeat(17) + '!'",
  "'//a.b' + 'cd.e' x1000 + '!'": "'//a.b' + 'cd.e'.repeat(1000) + '!'",
  "'//\\u1680' + 'abcd.' x15 + 'H'": "'//\\u1680' + 'abcd.'.repeat(15) + 'H'",
  "'https://x.com/a@' + 'bcd.' x5000 + '!'": "'https://x.com/a@' + 'bcd.'.repeat(5000) + '!'",
};
const LIMIT_MS = 120_000;

function run(expr: string, size: number | null): string {
  const script = `
    const { extract } = require('./src');
    const unit = ${expr};
    const input = ${size === null ? 'unit' : `unit.repeat(Math.ceil(${size} / unit.length)).slice(0, ${size})`};
    extract('Care assistant in Leeds');
    const t = performance.now();
    const r = extract(input);
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, truncated: r.warnings.some((w) => w.code === 'input/truncated') }));`;
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: LIMIT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
    const { ms, truncated } = JSON.parse(out.trim().split('\n').pop()!);
    return `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms${truncated ? ' (cut)' : ''}`;
  } catch (err) {
    const e = err as { signal?: string; stderr?: string };
    return e.signal ? `> ${LIMIT_MS / 1000} s` : `error: ${(e.stderr ?? '').split('\n').find((l) => /Error/.test(l))?.slice(0, 60)}`;
  }
}

const only = process.argv[2];
console.log(`| input | ${SIZES.map((s) => (s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`)).join(' | ')} | 1 MB / 100 KB |`);
console.log(`|---|${SIZES.map(() => '---').join('|')}|---|`);
for (const [name, expr] of Object.entries(SHAPES)) {
  if (only && !name.includes(only)) continue;
  const cells = SIZES.map((s) => run(expr, s));
  const ratio = parseFloat(cells[1]) / parseFloat(cells[0]);
  console.log(`| ${name} | ${cells.join(' | ')} | ${Number.isFinite(ratio) ? ratio.toFixed(1) + 'x' : '-'} |`);
}
for (const [name, expr] of Object.entries(ATTACKS)) {
  if (only && !name.includes(only)) continue;
  console.log(`| ${name} | ${run(expr, null)} |`);
}
