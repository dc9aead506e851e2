import * as fs from 'fs';
import { createExtractor } from '../platform/node';
import { toHtml } from './html';

/** `jobsift view <file>`: the highlight view of one posting, as HTML on stdout. */
export function viewCommand(args: string[]): number {
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error('usage: jobsift view <file>   (writes one self-contained HTML page to stdout)');
    return 2;
  }
  const input = fs.readFileSync(args[0], 'utf8');
  process.stdout.write(toHtml(createExtractor().extract(input), input));
  return 0;
}
