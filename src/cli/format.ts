/** What the CLI writes for one input: the stdout record and the stderr line. */
import { emptyResult } from '../pipeline/empty';
import { toJobPosting } from '../schema-org/job-posting';
import { summarise } from '../summary';
import type { ExtractionResult, PostingInput } from '../types/result';

export type PostingId = string | number;

/** One input ready to extract. `where` names it in messages (a path, or file:line). */
export interface PostingTask {
  id: PostingId;
  input: string | PostingInput;
  where: string;
  line?: number;
}

/** An input that could not be read or extracted. */
export interface FailedInput {
  id: PostingId;
  error: string;
  where: string;
  line?: number;
}

/** What one input gives: text for stdout (may be empty) and for stderr, and whether it failed. */
export interface Outcome {
  stdout: string;
  stderr: string;
  failed: boolean;
}

/** `jsonld`: the result as a schema.org JobPosting with the input's id as `@id`, one per line. */
export type Format = 'json' | 'jsonl' | 'summary' | 'jsonld';

/** Every top-level field of a result, in output order: what --fields may name. */
export const RESULT_FIELDS: readonly string[] = ['inputKind', ...Object.keys(emptyResult()), 'text'];

const serialise = (record: object, format: Format) => (format === 'json' ? JSON.stringify(record, null, 2) : JSON.stringify(record)) + '\n';

/** The record of one result; its warnings also go to stderr (the summary lists them itself). */
export function formatResult(task: PostingTask, result: ExtractionResult, format: Format, fields: readonly string[] | null): Outcome {
  if (format === 'summary') return { stdout: summarise(String(task.id), result) + '\n', stderr: '', failed: false };
  if (format === 'jsonld') return { stdout: serialise({ '@id': String(task.id), ...toJobPosting(result) }, format), stderr: '', failed: false };
  const kept = fields ? Object.fromEntries(fields.map((f) => [f, result[f as keyof ExtractionResult]])) : result;
  const stderr = result.warnings.map((w) => `jobsift: ${task.where}: warning ${w.code}: ${w.message}\n`).join('');
  return { stdout: serialise({ id: task.id, ...kept }, format), stderr, failed: false };
}

/** An error record on stdout (so every input comes out once) and the message on stderr. */
export function formatFailure(f: FailedInput, format: Format): Outcome {
  const record = f.line === undefined ? { id: f.id, error: f.error } : { id: f.id, line: f.line, error: f.error };
  return { stdout: format === 'summary' ? '' : serialise(record, format), stderr: `jobsift: ${f.where}: ${f.error}\n`, failed: true };
}

/** An error's message without the library's "jobsift: " prefix, which the CLI adds itself. */
export function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/^jobsift: /, '');
}
