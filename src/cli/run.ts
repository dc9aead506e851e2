/** The jobsift command: arguments in, records on stdout, messages on stderr, an exit status out. */
import type { Writable } from 'stream';
import { HELP, parseCommand, USAGE, UsageError } from './args';
import { messageOf, type Outcome } from './format';
import { readInputs } from './inputs';
import { Output } from './output';
import { SetupError } from './processor';
import { Progress } from './progress';
import { createRunner } from './runner';
import { schedule } from './schedule';
import { expandTargets } from './sources';

export interface CliIO {
  /** Called only when stdin is read, so an unread stdin is never opened. */
  stdin: () => AsyncIterable<Buffer>;
  stdout: Writable;
  stderr: Writable;
  /** stdin is a pipe or a file, so with no paths given it is the input. */
  stdinPiped: boolean;
  stderrIsTTY: boolean;
}

/** From the sources and from dist/cli.js alike: the build bundles package.json's contents in. */
function version(): string {
  return (require('../../package.json') as { version: string }).version;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`jobsift: ${message}\n${USAGE}\nMore: jobsift --help\n`);
    return 2;
  };
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    throw err;
  }
  if (command.kind === 'help') io.stdout.write(HELP + '\n');
  if (command.kind === 'version') io.stdout.write(version() + '\n');
  if (command.kind !== 'run') return 0;

  const o = command.options;
  const targets = o.targets.length > 0 ? o.targets : io.stdinPiped ? ['-'] : null;
  if (!targets) return usage('no input: name files or folders, or pipe postings into stdin');
  const progress = new Progress(io.stderr, o.progress ?? io.stderrIsTTY);
  const sources = expandTargets(targets, o.inputFormat, (message) => progress.log(`jobsift: ${message}\n`));
  if (sources.every((s) => s.kind === 'posting-file' || s.kind === 'unreadable')) progress.total = sources.length;

  const output = new Output(io.stdout);
  let failed = 0;
  const emit = async (outcome: Outcome) => {
    if (outcome.stderr) progress.log(outcome.stderr);
    if (outcome.failed) failed++;
    await output.write(outcome.stdout);
    progress.tick(outcome.failed);
  };
  let runner;
  try {
    runner = createRunner({ format: o.format, fields: o.fields, extractor: o.extractor }, o.jobs, (text) => progress.log(text));
    await schedule(readInputs(sources, io.stdin, o.inputFormat, o.map), runner, emit, {
      format: o.format,
      ordered: o.ordered,
      // Room for a slow posting not to idle the other workers while its record holds up the output.
      window: 16 * o.jobs,
      stopped: () => output.closed,
    });
  } catch (err) {
    if (!(err instanceof SetupError)) throw err;
    io.stderr.write(`jobsift: ${err.message}\n`);
    return 2;
  } finally {
    await runner?.close();
    progress.finish();
  }
  if (output.error) {
    io.stderr.write(`jobsift: cannot write the output: ${messageOf(output.error)}\n`);
    return 1;
  }
  return failed > 0 ? 1 : 0;
}
