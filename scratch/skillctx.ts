import * as fs from 'fs';
import { createExtractor } from '../src';
const ex = createExtractor();
const id = process.argv[2];
const rows = fs.readFileSync('/work/shared/eval/us/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ctx: Record<string, number> = {};
for (const row of rows) {
  const text = row.text;
  const r = ex.extract({ title: row.title, text });
  for (const s of r.skills) if (s.id === id) for (const m of s.mentions) {
    const c = (m.start >= 0 ? text : '').slice(Math.max(0, m.start - 60 - row.title.length - 2), m.end + 30 - row.title.length - 2);
    console.log(row.id, JSON.stringify(m.text), c.replace(/\n/g, ' / '));
  }
}
