import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { parseArgv, UsageError } from '../cli/args';
import { createExtractor } from '../platform/node';
import { corpusFigures, type ReportEntry } from './figures';
import { reportHtml } from './html';
import { reportInputs } from './inputs';

const USAGE = 'usage: jobsift report [--json] <folder | file.jsonl>   (HTML on stdout; --json: the figures as JSON)';

/** `jobsift report`: the corpus report of a folder of postings or a JSONL file. */
export function reportCommand(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgv({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`jobsift report: ${err.message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !fs.existsSync(positionals[0])) {
    console.error(positionals.length === 1 ? `jobsift report: no such file or folder: ${positionals[0]}` : USAGE);
    return 2;
  }
  const extractor = createExtractor();
  const entries: ReportEntry[] = [];
  const skip = (m: string) => console.error(`jobsift report: ${m}`);
  for (const item of reportInputs(positionals[0], skip)) {
    if ('result' in item) {
      entries.push({ file: item.file, result: item.result, ms: null });
      continue;
    }
    const t0 = performance.now();
    let result;
    try {
      result = extractor.extract(item.posting);
    } catch (err) {
      // extract() throws only on a posting object it cannot read (a field that is not a string, an unknown key).
      skip(`${item.file}: ${(err as Error).message}, skipped`);
      continue;
    }
    entries.push({ file: item.file, result, ms: performance.now() - t0 });
  }
  const figures = corpusFigures(entries);
  process.stdout.write(values.json ? `${JSON.stringify(figures, null, 2)}\n` : reportHtml(figures, positionals[0]));
  return 0;
}
