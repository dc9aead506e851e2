#!/usr/bin/env node
/**
 * jobsift CLI: extract every posting in the files and folders given.
 *
 *   jobsift seeds/                 one JSON result per file
 *   jobsift --summary seeds/       a short human-readable digest per file
 *   jobsift --jsonl corpus/ > out.jsonl
 *   jobsift --jsonld posting.html  the result as a schema.org JobPosting
 *   jobsift view posting.html > view.html   the highlight view (src/view)
 *   jobsift report corpus/ > report.html     the corpus report (src/report)
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'node:util';
import { createExtractor } from './pipeline/extractor';
import { summarise } from './summary';
import { toJobPosting } from './schema-org/job-posting';
import { viewCommand } from './view/command';
import { reportCommand } from './report/command';

const USAGE = `usage: jobsift [--summary | --jsonl | --jsonld] [--currency GBP] [--country GB] [--dictionary file.json ...] <file or folder> ...
       jobsift view <file> > view.html
       jobsift report [--json] <folder | file.jsonl> > report.html`;

function postingFiles(target: string): string[] {
  if (!fs.existsSync(target)) throw new Error(`no such file or folder: ${target}`);
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .sort()
    .flatMap((name) => postingFiles(path.join(target, name)))
    .filter((f) => /\.(txt|html?|md)$/i.test(f));
}

function main(argv: string[]): number {
  // Subcommands: their logic lives in library modules; this is their whole dispatch.
  if (argv[0] === 'view') return viewCommand(argv.slice(1));
  if (argv[0] === 'report') return reportCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      summary: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      jsonld: { type: 'boolean', default: false },
      currency: { type: 'string' },
      country: { type: 'string' },
      dictionary: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const extractor = createExtractor({
    defaultCurrency: values.currency,
    defaultCountry: values.country,
    dictionaries: values.dictionary ?? [],
  });
  for (const file of positionals.flatMap(postingFiles)) {
    const result = extractor.extract(fs.readFileSync(file, 'utf8'));
    if (values.summary) console.log(summarise(file, result));
    // --jsonld: schema.org JobPosting, one per line with --jsonl (no `file` key: it is not schema.org).
    else if (values.jsonld) console.log(JSON.stringify(toJobPosting(result), null, values.jsonl ? undefined : 2));
    else if (values.jsonl) console.log(JSON.stringify({ file, ...result }));
    else console.log(JSON.stringify({ file, ...result }, null, 2));
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`jobsift: ${(err as Error).message}`);
  process.exitCode = 1;
}
