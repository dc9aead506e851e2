/** Checks the input's type and properties before extraction. */
import type { PostingInput } from '../types/result';
import { describe, isPlainObject, readOwn } from './options';

/** The properties of object input. */
export const FIELDS = ['title', 'company', 'location', 'salary', 'text', 'html'] as const;
const EXPECTED = 'a string or an object { title?, company?, location?, salary?, text?, html? }';

// Job APIs' and scrapers' own names for the fields (folded: lower case, no "_" or "-"), the usual first try.
const USUAL_NAMES: ReadonlyMap<string, string> = new Map([
  ...['description', 'jobdescription', 'body', 'content', 'summary', 'details', 'posting'].map((k) => [k, 'text, or as html when it is HTML'] as const),
  ...['name', 'jobtitle', 'position', 'role', 'heading'].map((k) => [k, 'title'] as const),
  ...['employer', 'companyname', 'organization', 'organisation', 'hiringorganization', 'employername'].map((k) => [k, 'company'] as const),
  ...['pay', 'compensation', 'salaryrange', 'salaryraw', 'wage', 'wages', 'rate'].map((k) => [k, 'salary'] as const),
  ...['city', 'place', 'joblocation', 'locationname', 'locationraw', 'address'].map((k) => [k, 'location'] as const),
]);

/** Whether `key` is a job API's usual name for a posting's field ("description", "job_title"). */
export function isUsualName(key: string): boolean {
  return USUAL_NAMES.has(fold(key));
}

const fold = (key: string) => key.toLowerCase().replace(/[_-]/g, '');

function usualName(key: string): string {
  const field = USUAL_NAMES.get(fold(key));
  return field ? `; pass "${key}" as ${field}` : '';
}

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
  const own = readOwn(input, 'input property', FIELDS, usualName);
  const posting: PostingInput = {};
  for (const field of FIELDS) {
    const value = own[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new TypeError(`jobsift: input property "${field}" must be a string; got ${describe(value)}`);
    posting[field] = value;
  }
  return posting;
}
