/**
 * Run in a fresh process by bench/run.ts, as plain Node (no TypeScript
 * loader, so nothing but the measured code is loaded): read one seed with
 * either the built package (`jobsift`) or bare wink-nlp with its model
 * (`wink`, the default pipeline), and report the process's peak RSS.
 */
const fs = require('fs');
const path = require('path');

const [what, seedName] = process.argv.slice(2);
const seed = fs.readFileSync(path.join(__dirname, '..', 'seeds', seedName), 'utf8');
const t0 = process.hrtime.bigint();
if (what === 'jobsift') {
  require(path.join(__dirname, '..', 'dist', 'index.js')).extract(seed);
} else {
  const winkNLP = require('wink-nlp');
  winkNLP(require('wink-eng-lite-web-model')).readDoc(seed).tokens().out();
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
