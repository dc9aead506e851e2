/**
 * A string that is the text of a JSON posting (`JSON.stringify(job)`, a line
 * of a JSONL dump) is read as text, keys and quotes and all: the caller most
 * likely meant to pass the object. Say so, with what to pass instead.
 */
import type { Warning } from '../types/common';
import { FIELDS, isUsualName } from './input';

// Keys a posting object has: object input's own, and the usual other names of its fields.
const isPostingKey = (key: string) => (FIELDS as readonly string[]).includes(key.toLowerCase()) || isUsualName(key);

/** The warning for a string that parses as a JSON object with posting keys, else null. */
export function jsonInputWarning(input: string): Warning | null {
  const first = input.search(/\S/);
  if (first === -1 || input[first] !== '{' || input.trimEnd().at(-1) !== '}') return null;
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value).filter(isPostingKey);
  if (keys.length === 0) return null;
  return {
    code: 'input/json-text',
    message: `The input is the text of a JSON object (${keys.join(', ')}): it was read as plain text. Pass the parsed object, as { ${FIELDS.join('?, ')}? }, so each value is read as its field.`,
  };
}
