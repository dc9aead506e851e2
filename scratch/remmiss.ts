import * as fs from 'fs';
import { createExtractor } from '../src';
const ex = createExtractor();
const rows = fs.readFileSync('/work/shared/eval/us/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let n = 0;
for (const row of rows) {
  if (!row.remote) continue;
  const r = ex.extract({ title: row.title, company: row.company, text: row.text });
  const live = r.workplace.filter((w: any) => !w.negated).map((w: any) => w.value);
  if (live.includes('remote')) continue;
  n++;
  const t = `${row.title}\n${row.text}`;
  const hits = [...t.matchAll(/remote|work from home|wfh|anywhere|distributed|virtual|telecommut|home[- ]based/gi)].slice(0, 3).map((m) => t.slice(Math.max(0, m.index! - 60), m.index! + 50).replace(/\n/g, ' / '));
  console.log(`${row.id} [${live}] ${row.title.slice(0, 50)}\n   ${hits.join('\n   ') || '(no remote words)'}`);
}
console.log(n);
