import { loadCorpus } from '../bench/corpus';
import { createExtractor } from '../src';
const docs = loadCorpus().docs;
const ex = createExtractor();
for (const d of docs) ex.extract(d);
const t0 = Date.now();
for (let r = 0; r < 4; r++) for (const d of docs) ex.extract(d);
console.log('ms/doc', (Date.now() - t0) / docs.length / 4);
