/** One line of JSONL input: a posting string, or an object with an optional id and the posting's fields. */
import type { PostingInput } from '../types/result';
import type { FailedInput, PostingTask } from './format';
import { applyFieldMap, type FieldMapping } from './field-map';

export type LineItem = { task: PostingTask } | { failure: FailedInput };

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** `source` is the file path or "stdin"; a line without an id is known as source:line. `map`: the `--map` option. */
export function readJsonLine(text: string, line: number, source: string, map: readonly FieldMapping[] = []): LineItem {
  const where = `${source}:${line}`;
  const fail = (error: string): LineItem => ({ failure: { id: where, line, where, error } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(`not valid JSON: ${(err as Error).message}`);
  }
  return readJsonValue(value, where, map, line);
}

/**
 * One posting given as a parsed JSON value: a string, or an object with an optional id and the posting's fields.
 * `where` names it (and is its id when it has none); `line`, its line in a JSONL input.
 */
export function readJsonValue(value: unknown, where: string, map: readonly FieldMapping[] = [], line?: number): LineItem {
  // A .json file's item has no line: the key is left out rather than undefined.
  const at = line === undefined ? { where } : { line, where };
  const fail = (error: string): LineItem => ({ failure: { id: where, ...at, error } });
  if (typeof value === 'string') return { task: { id: where, input: value, ...at } };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`expected a JSON object or string, got ${kindOf(value)}`);
  const record = map.length > 0 ? applyFieldMap(value as Record<string, unknown>, map) : { posting: value as Record<string, unknown> };
  if ('error' in record) return fail(record.error);
  const { id, ...posting } = record.posting;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return fail(`"id" must be a string or a number, got ${kindOf(id)}`);
  // The posting's fields are checked by extract(), whose error becomes this line's error record.
  return { task: { id: id ?? where, input: posting as PostingInput, ...at } };
}

/** Whether stdin's first non-blank line is a JSON line (an object or a string), so stdin is JSONL. */
export function looksLikeJsonLine(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));
  } catch {
    return false;
  }
}
