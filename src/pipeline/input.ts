/** Checks the input's type and properties before extraction. */
import type { PostingInput } from '../types/result';

const FIELDS = new Set(['title', 'company', 'location', 'salary', 'text', 'html']);

/** Rejects what is not a posting with a TypeError that says what was wrong. */
export function checkInput(input: unknown): asserts input is string | PostingInput {
  if (typeof input === 'string') return;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new TypeError(`jobsift: extract() takes a string or an object { title?, company?, location?, salary?, text?, html? }; got ${got}`);
  }
  for (const [key, value] of Object.entries(input)) {
    if (!FIELDS.has(key)) {
      throw new TypeError(`jobsift: unknown input property "${key}"; expected title, company, location, salary, text or html`);
    }
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new TypeError(`jobsift: input property "${key}" must be a string, got ${typeof value}`);
    }
  }
}
