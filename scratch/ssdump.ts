import * as fs from 'fs';
import { createExtractor } from '../src';
const ex = createExtractor();
const out: string[] = [];
for (const f of ['tech-dev', 'house-dev']) for (const l of fs.readFileSync(`/work/shared/eval/skillspan/${f}.jsonl`, 'utf8').trim().split('\n')) {
  const row = JSON.parse(l);
  out.push(`${row.id} ${ex.extract(row.text).entities.map((e: any) => `${e.type}:${e.text}`).join('|')}`);
}
fs.writeFileSync(process.argv[2], out.join('\n') + '\n');
