/**
 * `--map`: JSON lines as job APIs and dumps write them, read as postings. Greenhouse names the body `content`
 * (escaped HTML), Adzuna `description`, many APIs put the place in `location.name`; each names the fields of a
 * posting its own way. `--map content=html,location.name=location,internal_id=` reads a key (a dotted path into
 * nested objects) as a posting field or the line's `id`, and leaves out a key mapped to nothing.
 */
import type { InputField } from '../types/common';
import { FIELDS } from '../pipeline/input';
import { describe } from '../pipeline/options';

/** What a key may be read as: a posting field, the line's id, or nothing (left out). */
export type MapTarget = InputField | 'id' | null;

export interface FieldMapping {
  /** The key's path: `["location", "name"]` for `location.name`. */
  path: string[];
  target: MapTarget;
}

const TARGETS: readonly string[] = [...FIELDS, 'id'];

/** Parses `--map` values ("content=html,location.name=location,internal_id="); throws Error with the mistake. */
export function parseFieldMap(values: readonly string[]): FieldMapping[] {
  const out: FieldMapping[] = [];
  for (const pair of values.flatMap((v) => v.split(','))) {
    const trimmed = pair.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new Error(`--map: "${trimmed}" is not key=field (a field of ${TARGETS.join(', ')}, or nothing to leave the key out)`);
    const path = trimmed.slice(0, eq).split('.');
    const target = trimmed.slice(eq + 1).trim();
    if (path.some((p) => p === '')) throw new Error(`--map: "${trimmed.slice(0, eq)}" is no key path`);
    if (target !== '' && !TARGETS.includes(target)) throw new Error(`--map: unknown field "${target}"; the fields are ${TARGETS.join(', ')} (or nothing, to leave the key out)`);
    out.push({ path, target: target === '' ? null : (target as MapTarget) });
  }
  return out;
}

/**
 * `record` with the mapped keys read as their fields (a copy; the record is not changed). A mapped key that is
 * absent or null gives no field; a number is read as its digits (`"salary_min": 50000`, an id); an object or an
 * array is an error.
 */
export function applyFieldMap(record: Record<string, unknown>, map: readonly FieldMapping[]): { posting: Record<string, unknown> } | { error: string } {
  const out: Record<string, unknown> = { ...record };
  const mapped: Record<string, unknown> = {};
  for (const { path, target } of map) {
    let value: unknown = record;
    for (const key of path) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
    delete out[path[0]];
    if (target === null || value === undefined || value === null) continue;
    const number = typeof value === 'number' && Number.isFinite(value);
    if (typeof value !== 'string' && !number) return { error: `--map ${path.join('.')}=${target}: expected a string or a number, got ${describe(value)}` };
    mapped[target] = target === 'id' || typeof value === 'string' ? value : String(value);
  }
  return { posting: { ...out, ...mapped } };
}
