/** The eval command's flags: --help, errors that say what to fix, --json to a file or to stdout. */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgv, UsageError } from '../cli/args';
import type { LabelMapping } from './mapping';

export interface EvalOptions {
  /** The folder of datasets, one subfolder each. */
  root: string;
  /** Where the JSON report goes: a file, '-' for stdout, or null for none. */
  json: string | null;
  mapping: LabelMapping;
  /** Datasets to score (subfolder names), or null for all. */
  only: Set<string> | null;
  dictionaries: string[];
}

export type EvalCommand = { kind: 'help' } | { kind: 'run'; options: EvalOptions };

export const EVAL_USAGE = 'usage: npm run -s eval -- [<eval folder>] [--json <report.json | ->] [--only <datasets>] [--mapping <mapping.json>] [--dictionary <file> ...]';

export const EVAL_HELP = `${EVAL_USAGE}

Scores jobsift against labelled data: a folder with one subfolder per dataset
(green/ and skillspan/ span sets, adzuna/ postings, ...), laid out like
../shared/eval, the default. Prints a table per dataset.

  <eval folder>          the datasets' folder (default: ../shared/eval beside the repository)
  --json FILE            also write the scores as JSON to FILE; with "-" the JSON goes to
                         stdout and the tables to stderr
  --only a,b             score only these datasets (subfolder names)
  --mapping FILE         how each span dataset's labels map onto jobsift's entities (JSON;
                         default: the built-in mapping in src/eval/mapping.ts)
  --dictionary PATH      an extra dictionary file or folder (repeatable), to score your own
  -h, --help             this help

Exit status: 0 scored, 2 a usage error (unknown option, missing folder, unreadable
mapping or dictionary).`;

function readMapping(file: string): LabelMapping {
  let mapping: unknown;
  try {
    mapping = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`--mapping ${file}: cannot be read as JSON: ${(err as Error).message}`);
  }
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObject(mapping) || !Object.values(mapping).every(isObject)) {
    throw new UsageError(`--mapping ${file}: expected { "<dataset>": { "<label>": [{ "label": "skill", "kinds"?: [...] }] } }`);
  }
  return mapping as LabelMapping;
}

/** Reads argv (without node and the script); throws UsageError (exit status 2) for a mistake in it or in the files it names. */
export function parseEvalArgs(argv: string[], defaultRoot: string, defaultMapping: LabelMapping): EvalCommand {
  const parsed = parseArgv({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      mapping: { type: 'string' },
      only: { type: 'string' },
      dictionary: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (positionals.length > 1) throw new UsageError(`one eval folder at a time; got ${positionals.join(', ')}`);
  const root = path.resolve(positionals[0] ?? defaultRoot);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new UsageError(`no such folder ${root}${positionals.length ? '' : ' (the labelled data is kept beside the repository; name another folder as the first argument)'}`);
  }
  const datasets = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()).sort();
  const only = v.only === undefined ? null : new Set(v.only.split(',').map((d) => d.trim()).filter(Boolean));
  const unknown = only ? [...only].filter((d) => !datasets.includes(d)) : [];
  if (only && (only.size === 0 || unknown.length)) {
    throw new UsageError(`--only: no dataset ${unknown.join(', ') || '(none given)'} in ${root}; there are ${datasets.join(', ') || 'none'}`);
  }
  if (v.json !== undefined && v.json !== '-' && !fs.existsSync(path.dirname(path.resolve(v.json)))) {
    throw new UsageError(`--json ${v.json}: the folder ${path.dirname(path.resolve(v.json))} does not exist`);
  }
  return {
    kind: 'run',
    options: { root, json: v.json ?? null, mapping: v.mapping ? readMapping(v.mapping) : defaultMapping, only, dictionaries: v.dictionary ?? [] },
  };
}
