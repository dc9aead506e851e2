/**
 * A string that is the text of a JSON posting (`JSON.stringify(job)`, a line
 * of a JSONL dump) is read as text, keys and quotes and all: the caller most
 * likely meant to pass the object. Say so, with what to pass instead.
 */
import type { Warning } from '../types/common';

// Keys a posting object has under one of its usual names.
const POSTING_KEYS = new Set(['title', 'jobtitle', 'job_title', 'company', 'companyname', 'employer', 'description', 'jobdescription', 'text', 'html', 'location', 'salary']);

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
  const keys = Object.keys(value).filter((k) => POSTING_KEYS.has(k.toLowerCase()));
  if (keys.length === 0) return null;
  return {
    code: 'input/json-text',
    message: `The input is the text of a JSON object (${keys.join(', ')}): it was read as plain text. Pass the parsed object, as { title, company, location, salary, text } or { html }, so each value is read as its field.`,
  };
}
