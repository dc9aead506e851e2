/**
 * extract() throughput against bare wink `readDoc` (the default pipeline, as
 * a user would run it), side by side document by document in one process.
 * Run alone (`tsx bench/throughput.ts`), it measures the built bundle
 * (dist/index.js) in a process of its own: one process holding both the
 * bundle and the sources would hold two copies of wink's model and of the
 * gazetteer, and measure neither as a user runs it.
 */
import winkNLP from 'wink-nlp';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const model = require('wink-eng-lite-web-model');
import { loadCorpus, sideBySide } from './corpus';

/** The figure's line: median ratio of 5 rounds, and their range. */
export function throughputLine(label: string, docs: string[], extractor: { extract(doc: string): unknown }): string {
  const bareWink = winkNLP(model);
  const rounds = sideBySide(docs, (d) => bareWink.readDoc(d), (d) => extractor.extract(d));
  const byRatio = [...rounds].sort((x, y) => x.ratio - y.ratio);
  const mid = byRatio[byRatio.length >> 1];
  return (
    `extract() ${label}: ${mid.b.toFixed(0)} docs/s against bare wink readDoc (default pipeline) ${mid.a.toFixed(0)} docs/s: ` +
    `${(100 * mid.ratio).toFixed(0)}% (median of ${rounds.length} rounds side by side, range ` +
    `${(100 * byRatio[0].ratio).toFixed(0)}–${(100 * byRatio[byRatio.length - 1].ratio).toFixed(0)}%; goal >= 50%)`
  );
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createExtractor } = require('../dist/index.js');
  console.log(throughputLine('of the built bundle users run (dist/index.js)', loadCorpus().docs, createExtractor()));
}
