/** Run in a fresh process by bench/run.ts: time to import jobsift and to finish the first extract(). */
const t0 = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extract } = require('../src') as typeof import('../src');
const t1 = process.hrtime.bigint();
extract(require('fs').readFileSync(require('path').join(__dirname, '..', 'seeds', process.argv[2] ?? '000_52504bcc94c64ce3.txt'), 'utf8'));
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({ importMs: Number(t1 - t0) / 1e6, firstExtractMs: Number(t2 - t1) / 1e6, rssMb: process.memoryUsage().rss / 2 ** 20 }));
