import { loadCorpus } from '../bench/corpus';
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const docs = loadCorpus().docs;
const pipes: [string, string[] | undefined][] = [['default', undefined], ['sbd,pos', ['sbd', 'pos']], ['sbd', ['sbd']], ['none', []]];
const nlps = pipes.map(([n, p]) => [n, p ? winkNLP(model, p) : winkNLP(model)] as const);
for (let round = 0; round < 3; round++) {
  for (const [n, nlp] of nlps) {
    const t0 = process.hrtime.bigint();
    for (const d of docs) { const doc = nlp.readDoc(d); doc.tokens().out(nlp.its.pos); }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(round, n, (ms / docs.length).toFixed(3), 'ms/doc');
  }
}
