/**
 * Run one configured extractor over a folder of postings and print a table.
 *
 *   npx tsx examples/seeds-folder.ts seeds
 */
import * as fs from 'fs';
import * as path from 'path';
import { createExtractor } from '../src'; // in your project: from 'jobsift'

export function tabulate(folder: string): string[] {
  // One instance for the batch: dictionaries are loaded and compiled once.
  const jobsift = createExtractor({ defaultCurrency: 'GBP' });
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => {
      const job = jobsift.extract(fs.readFileSync(path.join(folder, name), 'utf8'));
      const required = job.skills.filter((s) => s.required === true).length;
      return [name.slice(0, 24).padEnd(24), (job.title?.normalized ?? '').slice(0, 30).padEnd(30), String(job.skills.length).padStart(4), String(required).padStart(4), job.location?.name ?? '-'].join('  ');
    });
}

if (require.main === module) {
  console.log(['file'.padEnd(24), 'title'.padEnd(30), 'skl', 'req', 'location'].join('  '));
  console.log(tabulate(process.argv[2] ?? 'seeds').join('\n'));
}
