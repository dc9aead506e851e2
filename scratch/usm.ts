import * as fs from 'fs';
import { createExtractor } from '../src';
const ex = createExtractor();
const rows = fs.readFileSync('../shared/eval/us/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const what = process.argv[2] ?? 'city';
for (const row of rows) {
  const r = ex.extract({ title: row.title, company: row.company, text: row.text });
  const text = ` ${fold(`${row.title} ${row.text}`)} `;
  if (what === 'city' && row.city && text.includes(` ${fold(row.city)} `)) {
    const loc = r.location;
    const ok = loc && [loc.city, loc.name].some((v: any) => v && (fold(v) === fold(row.city) || fold(v) === `${fold(row.city)} city`));
    if (!ok) {
      const i = row.text.toLowerCase().indexOf(row.city.toLowerCase());
      console.log(`${row.id} want ${row.city}, ${row.state} got ${loc?.name}|${loc?.city}|${loc?.region} "${loc?.text}" all=${r.locations.map((l: any) => l.name + '(' + (l.role ?? '') + ')').join('; ')}\n   ctx: ${row.text.slice(Math.max(0, i - 120), i + 60).replace(/\n/g, ' / ')}`);
    }
  }
  if (what === 'contract') {
    const kinds = r.contractType.filter((t: any) => !t.negated).map((t: any) => `${t.value}:"${t.text}"`);
    const like = r.contractType.filter((t: any) => !t.negated && !['permanent'].includes(t.value));
    if ((like.length > 0) !== Boolean(row.contract)) console.log(`${row.id} label=${row.contract} got ${kinds.join(', ')}`);
  }
}
