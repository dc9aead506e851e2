/** Checks the input's type and properties before extraction. */
import type { PostingInput } from '../types/result';
import { describe, isPlainObject, readOwn } from './options';

/** The properties of object input. */
export const FIELDS = ['title', 'company', 'location', 'salary', 'text', 'html'] as const;
const EXPECTED = 'a string or an object { title?, company?, location?, salary?, text?, html? }';

/**
 * The posting as extract() reads it, or a TypeError that says what was
 * wrong. Object input is copied: its own properties only, each read once, so
 * a getter or a later change by the caller cannot make the result disagree
 * with the checks.
 */
export function readInput(input: unknown): string | PostingInput {
  if (typeof input === 'string') return input;
  if (input instanceof String) throw new TypeError(`jobsift: extract() takes ${EXPECTED}; got a String object (pass String(value))`);
  if (!isPlainObject(input)) throw new TypeError(`jobsift: extract() takes ${EXPECTED}; got ${describe(input)}`);
  const own = readOwn(input, 'input property', FIELDS);
  const posting: PostingInput = {};
  for (const field of FIELDS) {
    const value = own[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new TypeError(`jobsift: input property "${field}" must be a string; got ${describe(value)}`);
    posting[field] = value;
  }
  return posting;
}
