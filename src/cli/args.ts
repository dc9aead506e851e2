/** The CLI's flags: parsed, checked against each other and against ISO codes. */
import * as os from 'os';
import * as path from 'path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RESULT_FIELDS, type Format } from './format';
import { checkCountry, checkCurrency } from './iso-codes';
import type { ProcessorSettings } from './processor';
import { parseFieldMap, type FieldMapping } from './field-map';

export type InputFormat = 'auto' | 'jsonl' | 'text';

export interface CliOptions {
  /** Files, folders and `-` (stdin), as given; empty when none were. */
  targets: string[];
  inputFormat: InputFormat;
  format: Format;
  /** Result fields to keep (besides `id`), or null for all. */
  fields: string[] | null;
  /** `--map`: keys of JSON lines read as posting fields. */
  map: FieldMapping[];
  extractor: ProcessorSettings['extractor'];
  jobs: number;
  ordered: boolean;
  /** Forced on or off, or null: on when stderr is a terminal. */
  progress: boolean | null;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

/** A mistake in the command line: exit status 2, with the usage line. */
export class UsageError extends Error {}

export const USAGE = `usage: jobsift [--jsonl | --summary | --jsonld] [--fields a,b] [--jobs N] [options] <file | folder | -> ...
       jobsift view <file> > view.html
       jobsift report [--json] <folder | file.jsonl> > report.html`;

export const HELP = `${USAGE}

Extracts structured data from job postings and writes one record per posting
to stdout. Errors and warnings go to stderr.

Inputs
  <file>                 one posting (text, UK feed block or HTML), a .jsonl / .ndjson
                         file with one posting per line, or a .json file holding one
                         posting or an array of them
  <folder>               every .txt .html .htm .md .json .jsonl .ndjson file below it, sorted;
                         dot-folders and node_modules are skipped, symlink loops are not followed
  -                      standard input (read too when input is piped and no paths are given)
  --input-format F       auto (default): .jsonl/.ndjson files, and stdin whose first line is
                         JSON, are JSON lines, .json files JSON; the rest is one posting per file.
                         jsonl or text forces one reading
  A JSON line is a string (the posting) or an object with an optional "id" and the
  posting's fields: {"id": "a1", "title": "...", "company": "...", "location": "...",
  "salary": "...", "text": "...", "html": "..."}.
  --map key=field,...    read a JSON line's key (a.b for a nested one) as a posting field or
                         the id, or leave it out with key= ; e.g. for an API's dump:
                         --map content=html,location.name=location,internal_id=

Output (stdout)
  --jsonl                one JSON record per line: {"id": ..., ...result}
  (default)              the same records, pretty-printed
  --summary              a short digest per posting, for people
  --jsonld               one schema.org JobPosting (JSON-LD) per line, with the id as "@id"
  --fields a,b,c         keep only these result fields besides id, e.g. title,salary,skills
  id is the file path, the line's "id", or <file>:<line> (stdin:<line>) for a line without one.
  An input that cannot be read becomes {"id": ..., "error": "...", "line"?: n}.

Views (commands of their own)
  view <file>            the highlight view of one posting: a self-contained HTML page
  report [--json] <folder | file.jsonl>
                         the corpus report: an HTML page, or its figures as JSON

Extraction
  --currency CODE        ISO 4217 code assumed when a posting states none (GBP, USD, EUR)
  --country CODE         ISO 3166-1 alpha-2 code preferred for ambiguous places (GB, US)
  --dictionary PATH      an extra dictionary file or folder (repeatable)

Running
  -j, --jobs N           worker threads (default: the number of cores, ${os.availableParallelism()} here);
                         1 extracts in the main thread
  --unordered            write records as they finish rather than in input order
  --progress             show progress on stderr even when it is not a terminal
  --no-progress          never show progress (default: shown when stderr is a terminal)
  -h, --help             this help
  -v, --version          the version

Exit status: 0 every input was read, 1 some inputs failed (after all were tried),
2 a usage error. Output stops quietly when stdout is closed early (| head).`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}

function jobsOf(value: string | undefined): number {
  if (value === undefined) return os.availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs must be a whole number of at least 1; got ${JSON.stringify(value)}`);
  return Number(value);
}

function fieldsOf(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !RESULT_FIELDS.includes(f));
  if (fields.length === 0 || unknown.length > 0) {
    throw new UsageError(`--fields: unknown field ${unknown.map((f) => JSON.stringify(f)).join(', ') || '(none given)'}; the fields are ${RESULT_FIELDS.join(', ')}`);
  }
  return fields;
}

function mapOf(values: string[] | undefined): FieldMapping[] {
  try {
    return parseFieldMap(values ?? []);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function isoCode(check: { code: string } | { error: string }): string {
  if ('error' in check) throw new UsageError(check.error);
  return check.code;
}

/** parseArgs, its errors as UsageErrors on one line. */
export function parseArgv<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    // Node's message for an unknown option runs on about quoting: its first sentence is the point.
    throw new UsageError(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? message.split('. ')[0] : message.split('\n').map((line) => line.trim()).filter(Boolean).join(' '));
  }
}

/** Reads argv (without node and the script); throws UsageError. */
export function parseCommand(argv: string[]): Command {
  const parsed = parseArgv({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      summary: { type: 'boolean' },
      jsonld: { type: 'boolean' },
      fields: { type: 'string' },
      map: { type: 'string', multiple: true },
      'input-format': { type: 'string' },
      currency: { type: 'string' },
      country: { type: 'string' },
      dictionary: { type: 'string', multiple: true },
      jobs: { type: 'string', short: 'j' },
      unordered: { type: 'boolean' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  if (v.jsonl && v.summary) throw new UsageError('--jsonl and --summary are different outputs: choose one');
  if (v.jsonld && v.summary) throw new UsageError('--jsonld and --summary are different outputs: choose one');
  if (v.jsonld && v.fields !== undefined) throw new UsageError('--fields selects fields of the result: it does not apply to --jsonld');
  if (v.fields !== undefined && v.summary) throw new UsageError('--fields selects JSON fields: use it with --jsonl or the default JSON output, not --summary');
  if (v.progress && v['no-progress']) throw new UsageError('--progress and --no-progress contradict each other');
  return {
    kind: 'run',
    options: {
      targets: positionals,
      inputFormat: v['input-format'] === undefined ? 'auto' : oneOf('--input-format', v['input-format'], ['auto', 'jsonl', 'text'] as const),
      format: v.summary ? 'summary' : v.jsonld ? 'jsonld' : v.jsonl ? 'jsonl' : 'json',
      fields: fieldsOf(v.fields),
      map: mapOf(v.map),
      extractor: {
        defaultCurrency: v.currency === undefined ? undefined : isoCode(checkCurrency(v.currency)),
        defaultCountry: v.country === undefined ? undefined : isoCode(checkCountry(v.country)),
        // Absolute, so worker threads and messages do not depend on how the path was written.
        dictionaries: (v.dictionary ?? []).map((d) => path.resolve(d)),
      },
      jobs: jobsOf(v.jobs),
      ordered: !v.unordered,
      progress: v.progress ? true : v['no-progress'] ? false : null,
    },
  };
}
