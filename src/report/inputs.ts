import * as fs from 'fs';
import { decodeText } from '../cli/decode';
import { expandTargets } from '../cli/sources';
import type { ExtractionResult, PostingInput } from '../types/result';

/** One item to report on: a posting to extract, or a result already extracted. */
type ReportInput = { file: string; posting: string | PostingInput } | { file: string; result: ExtractionResult };

const INPUT_KEYS = ['title', 'company', 'location', 'salary', 'text', 'html'] as const;

function isResult(v: Record<string, unknown>): boolean {
  return typeof v.inputKind === 'string' && Array.isArray(v.entities) && typeof v.text === 'string';
}

/**
 * What `jobsift report` reads: a folder of posting files (walked as the
 * CLI walks folders: sorted, hidden entries, node_modules and symlink loops
 * left out, files that are not UTF-8 text reported and skipped), or a JSONL file whose lines are results (as `jobsift --jsonl`
 * writes them), postings as objects `{ title?, text?, html? ... }` or postings
 * as strings. A line that is not JSON is reported on stderr and skipped.
 */
export function* reportInputs(target: string, onSkip: (message: string) => void): Generator<ReportInput> {
  if (fs.statSync(target).isDirectory()) {
    for (const source of expandTargets([target], 'auto', onSkip)) {
      if (source.kind === 'unreadable') onSkip(`${source.path}: ${source.error}`);
      if (source.kind !== 'posting-file') continue;
      const decoded = decodeText(fs.readFileSync(source.path));
      if ('error' in decoded) onSkip(`${source.path}: ${decoded.error}`);
      else yield { file: source.path, posting: decoded.text };
    }
    return;
  }
  const lines = fs.readFileSync(target, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const where = `${target}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]);
    } catch {
      onSkip(`${where}: not JSON, skipped`);
      continue;
    }
    if (typeof value === 'string') yield { file: where, posting: value };
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      const file = typeof o.file === 'string' ? o.file : where;
      if (isResult(o)) yield { file, result: o as unknown as ExtractionResult };
      else yield { file, posting: Object.fromEntries(INPUT_KEYS.filter((k) => typeof o[k] === 'string').map((k) => [k, o[k] as string])) };
    } else onSkip(`${where}: neither a posting nor a result, skipped`);
  }
}
