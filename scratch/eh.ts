import { normalise } from '../src/normalise';
import * as fs from 'fs';
const t = fs.readFileSync(process.argv[2], 'utf8');
const n: any = (normalise as any)(t, {});
for (const b of n.blocks.slice(0, 14)) console.log(b.kind, JSON.stringify(n.mapped.text.slice(b.start, b.end)));
console.log(n.header);
import { opensWithEmailHeader } from '../src/normalise/email-header';
console.log('email?', opensWithEmailHeader(n.mapped.text), JSON.stringify(n.mapped.text.slice(0, 80)));
