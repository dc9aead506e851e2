/** Turns the command line's paths into the list of things to read, walking folders safely. */
import * as fs from 'fs';
import * as path from 'path';
import type { InputFormat } from './args';
import { messageOf } from './format';

export type Source =
  | { kind: 'posting-file'; path: string }
  | { kind: 'jsonl-file'; path: string }
  | { kind: 'json-file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'unreadable'; path: string; error: string };

const POSTING_FILE = /\.(txt|html?|md)$/i;
const JSONL_FILE = /\.(jsonl|ndjson)$/i;
const JSON_FILE = /\.json$/i;

function fileSource(file: string, format: InputFormat): Source {
  if (format === 'auto' && JSON_FILE.test(file)) return { kind: 'json-file', path: file };
  const jsonl = format === 'jsonl' || (format === 'auto' && JSONL_FILE.test(file));
  return { kind: jsonl ? 'jsonl-file' : 'posting-file', path: file };
}

function unreadable(file: string, err: unknown): Source {
  const code = (err as NodeJS.ErrnoException).code;
  return { kind: 'unreadable', path: file, error: code === 'ENOENT' ? 'no such file or folder' : messageOf(err) };
}

/**
 * Every posting and JSONL file below `dir`, sorted so runs are reproducible.
 * Hidden entries and node_modules are skipped; `ancestors` holds the real
 * paths of the folders above, so a symlink back up the tree is not followed.
 */
function walk(dir: string, ancestors: Set<string>, format: InputFormat, out: Source[], warn: (message: string) => void): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch (err) {
    out.push(unreadable(dir, err));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = path.join(dir, name);
    const wanted = POSTING_FILE.test(name) || JSONL_FILE.test(name) || JSON_FILE.test(name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      if (wanted) out.push(unreadable(full, err)); // a broken link to a posting is worth reporting
      continue;
    }
    if (stat.isDirectory()) {
      const real = fs.realpathSync(full);
      if (ancestors.has(real)) {
        warn(`${full}: not followed, a symlink loop back to ${real}`);
        continue;
      }
      ancestors.add(real);
      walk(full, ancestors, format, out, warn);
      ancestors.delete(real);
    } else if (stat.isFile() && wanted) {
      out.push(fileSource(full, format));
    }
  }
}

/** The sources named on the command line, in order; a path that cannot be read is kept as `unreadable`, not thrown. */
export function expandTargets(targets: string[], format: InputFormat, warn: (message: string) => void): Source[] {
  const out: Source[] = [];
  for (const target of targets) {
    if (target === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    try {
      if (fs.statSync(target).isDirectory()) walk(target, new Set([fs.realpathSync(target)]), format, out, warn);
      else out.push(fileSource(target, format));
    } catch (err) {
      out.push(unreadable(target, err));
    }
  }
  return out;
}
