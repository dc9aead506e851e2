#!/usr/bin/env node
/**
 * jobsift CLI: extract every posting in the files, folders and JSON lines
 * given (or piped in) and write one record per posting. `jobsift --help`
 * lists the options; the work is in src/cli/. `jobsift view <file>` and
 * `jobsift report <folder | file.jsonl>` write the highlight view and the
 * corpus report (src/view, src/report).
 */
import * as fs from 'fs';
import { isMainThread } from 'worker_threads';
import { messageOf } from './cli/format';
import { runCli } from './cli/run';
import { serveWorker } from './cli/worker';
import { reportCommand } from './report/command';
import { viewCommand } from './view/command';

/** A pipe, a socket or a redirected file on stdin is input; a terminal or /dev/null is not. */
function stdinPiped(): boolean {
  try {
    const stat = fs.fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  // The views are commands of their own, with their own arguments (src/view, src/report).
  if (argv[0] === 'view' || argv[0] === 'report') {
    process.exitCode = (argv[0] === 'view' ? viewCommand : reportCommand)(argv.slice(1));
    return;
  }
  runCli(argv, {
    stdin: () => process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinPiped: stdinPiped(),
    stderrIsTTY: process.stderr.isTTY === true,
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (err: unknown) => {
      process.stderr.write(`jobsift: ${messageOf(err)}\n`);
      process.exitCode = 1;
    },
  );
}

// The built CLI (dist/cli.js) is also the script of its own worker threads (src/cli/pool.ts).
if (isMainThread) main();
else serveWorker();
