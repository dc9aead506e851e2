import * as fs from 'fs';
import { decodeText } from '../cli/decode';
import { readJsonLine } from '../cli/jsonl';
import { expandTargets } from '../cli/sources';
import type { ExtractionResult, PostingInput } from '../types/result';

/** One item to report on: a posting to extract, or a result already extracted. */
type ReportInput = { file: string; posting: string | PostingInput } | { file: string; result: ExtractionResult };

function isResult(v: Record<string, unknown>): boolean {
  return typeof v.inputKind === 'string' && Array.isArray(v.entities) && typeof v.text === 'string';
}

/**
 * What `jobsift report` reads: a folder of posting files (walked as the
 * CLI walks folders: sorted, hidden entries, node_modules and symlink loops
 * left out, files that are not UTF-8 text reported and skipped), or a JSONL file whose lines are results (as `jobsift --jsonl`
 * writes them), postings as objects `{ id?, title?, text?, html? ... }` or postings
 * as strings, each named by its `id` or else `file.jsonl:<line>`. A line that is
 * not JSON, or is the CLI's error record, is reported and skipped.
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
    // Read as the CLI reads its JSONL input, so a line is named by its id as in the CLI's output.
    const item = readJsonLine(lines[i], i + 1, target);
    if ('failure' in item) {
      onSkip(`${item.failure.where}: ${item.failure.error}, skipped`);
      continue;
    }
    const { id, input, where } = item.task;
    const o = input as Record<string, unknown>;
    if (typeof input === 'string') yield { file: String(id), posting: input };
    else if (isResult(o)) yield { file: String(id), result: o as unknown as ExtractionResult };
    else if (typeof o.error === 'string') onSkip(`${where}: the CLI's error record for ${String(id)}, skipped`);
    else yield { file: String(id), posting: input };
  }
}
