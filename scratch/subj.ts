import * as fs from 'fs';
import { createExtractor } from '../src';
const ex = createExtractor();
const out: string[] = [];
const rows = fs.readFileSync('/work/shared/eval/us/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const uk = fs.readFileSync('/work/shared/eval/adzuna/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const r of rows) { const x = ex.extract({ title: r.title, text: r.text }); out.push(`${r.id} ${x.experience.map((e: any) => e.subject).join('|')} // ${x.education.map((e: any) => e.subject).join('|')}`); }
for (const r of uk) { const x = ex.extract({ title: r.title, text: r.description }); out.push(`${r.id} ${x.experience.map((e: any) => e.subject).join('|')} // ${x.education.map((e: any) => e.subject).join('|')}`); }
fs.writeFileSync(process.argv[2], out.join('\n') + '\n');
