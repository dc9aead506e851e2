/** Run in a fresh process by bench/run.ts: what the gazetteer adds on first use, in time and heap. */
import { gazetteer } from '../src/extractors/location/gazetteer';

global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
const t0 = process.hrtime.bigint();
gazetteer();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
global.gc?.();
console.log(JSON.stringify({ ms, heapMb: (process.memoryUsage().heapUsed - heap0) / 2 ** 20, rssMb: (process.memoryUsage().rss - rss0) / 2 ** 20 }));
