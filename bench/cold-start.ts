/**
 * Run in a fresh process by bench/run.ts: time to import jobsift and to
 * finish the first extract(). Measures the built package (dist/) when there
 * is one, as users load it; otherwise the sources through tsx, which adds
 * TypeScript compilation to the figure.
 */
import * as fs from 'fs';
import * as path from 'path';

const built = path.join(__dirname, '..', 'dist', 'index.js');
const target = fs.existsSync(built) ? built : path.join(__dirname, '..', 'src');
const seed = fs.readFileSync(path.join(__dirname, '..', 'seeds', process.argv[2] ?? '000_52504bcc94c64ce3.txt'), 'utf8');
const t0 = process.hrtime.bigint();
const { extract } = require(target) as typeof import('../src');
const t1 = process.hrtime.bigint();
extract(seed);
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({ from: target === built ? 'dist' : 'src (tsx)', importMs: Number(t1 - t0) / 1e6, firstExtractMs: Number(t2 - t1) / 1e6, rssMb: process.memoryUsage().rss / 2 ** 20 }));
