// One line per input of the fields users read, for before/after diffs: corpus, US (fields + pasted), UK (fields), pages.
import * as fs from 'fs';
import * as path from 'path';
import { createExtractor } from '../src';
const ex = createExtractor();
const out: string[] = [];
const sh = (r: any) => {
  const f = (xs: any[], k = 'name') => (xs ?? []).map((x) => (x.negated ? '!' : '') + (x[k] ?? x.value ?? x.text)).join(',');
  return [
    `T=${r.title?.text}`, `C=${r.company?.name}`,
    `S=${r.salary ? `${r.salary.min}-${r.salary.max}/${r.salary.period}` : ''}`, `SS=${(r.salaries ?? []).length}`,
    `E=${f(r.employmentType, 'value')}`, `K=${f(r.contractType, 'value')}`, `W=${f(r.workplace, 'value')}`,
    `L=${r.location?.name}|${r.location?.region}|${r.location?.country}`, `LL=${(r.locations ?? []).length}`,
    `X=${(r.experience ?? []).map((e: any) => `${e.minYears}-${e.maxYears}`).join(',')}`,
    `ED=${f(r.education, 'level')}`, `CE=${f(r.certifications)}`, `LA=${f(r.languages)}`,
    `SK=${(r.skills ?? []).filter((s: any) => s.source === 'dictionary').map((s: any) => s.id).join(',')}`,
    `OC=${f(r.occupations)}`, `DO=${f(r.domains)}`, `BE=${f(r.benefits)}`,
  ].join(' ');
};
const walk = (d: string, re: RegExp): string[] => fs.readdirSync(d).flatMap((f) => { const p = path.join(d, f); return fs.statSync(p).isDirectory() ? walk(p, re) : re.test(f) ? [p] : []; });
const corpus = '/work/shared/corpus/job-ads';
for (const f of walk(corpus, /\.(txt|html?)$/).sort()) out.push(`corpus/${path.relative(corpus, f)} ${sh(ex.extract(fs.readFileSync(f, 'utf8')))}`);
for (const l of fs.readFileSync('/work/shared/eval/us/dev.jsonl', 'utf8').trim().split('\n')) {
  const row = JSON.parse(l);
  out.push(`us/${row.id} ${sh(ex.extract({ title: row.title, company: row.company, text: row.text }))}`);
  out.push(`usp/${row.id} ${sh(ex.extract(`${row.title}\n${row.company}\n\n${row.text}`))}`);
}
const uk = fs.readFileSync(fs.readdirSync('/work/shared/eval/adzuna').filter((f) => f.endsWith('.jsonl')).map((f) => path.join('/work/shared/eval/adzuna', f))[0], 'utf8').trim().split('\n');
for (const l of uk) {
  const row = JSON.parse(l);
  out.push(`uk/${row.id ?? row.Id} ${sh(ex.extract({ title: row.title ?? row.Title, text: row.description ?? row.FullDescription, salary: row.salaryRaw ?? row.SalaryRaw, location: row.locationRaw ?? row.LocationRaw }))}`);
}
const pages = '/work/shared/eval/pages';
for (const p of walk(pages, /\.html?$/).sort()) out.push(`page/${path.relative(pages, p)} ${sh(ex.extract(fs.readFileSync(p, 'utf8')))}`);
for (const d of ['/tmp/t1']) if (fs.existsSync(d)) for (const f of fs.readdirSync(d).sort()) out.push(`syn/${f} ${sh(ex.extract(fs.readFileSync(path.join(d, f), 'utf8')))}`);
fs.writeFileSync(process.argv[2], out.join('\n') + '\n');
console.log(out.length, 'lines');
