/** Reads a schema.org JobPosting from JSON-LD. */
import type { JobPostingLd } from '../contract';
import type { Warning } from '../types/common';
import { repairJson } from './json-repair';

/**
 * Reads a schema.org JobPosting from a JSON-LD script: top level, in an
 * array, or in `@graph`. Malformed JSON is a warning, never an error.
 */
/** Parsed JSON, read with the guards below. */
export type Json = unknown;

export function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asString(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (isObject(v)) return asString(v.name ?? v['@value']);
  return undefined;
}

/** A number, or a string of one ("25,000"). */
export function asNumber(v: Json): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.replace(/[, ]/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function list(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function isJobPosting(v: Json): v is Record<string, Json> {
  return isObject(v) && list(v['@type']).some((t) => t === 'JobPosting');
}

function findJobPosting(v: Json, depth = 0): Record<string, Json> | null {
  if (depth > 4) return null;
  if (isJobPosting(v)) return v;
  for (const item of Array.isArray(v) ? v : isObject(v) ? list(v['@graph']) : []) {
    const found = findJobPosting(item, depth + 1);
    if (found) return found;
  }
  return null;
}

export function readJobPostingLd(script: string, warnings: Warning[]): JobPostingLd | null {
  let parsed: Json;
  try {
    parsed = JSON.parse(script);
  } catch {
    try {
      // A trailing comma or a raw line break in a string: read as browsers and search engines read it, and said.
      parsed = JSON.parse(repairJson(script));
      warnings.push({ code: 'html/repaired-json-ld', message: 'A JSON-LD script was not valid JSON (a trailing comma or a raw line break in a string); it was read after mending that.' });
    } catch {
      warnings.push({ code: 'html/invalid-json-ld', message: 'A JSON-LD script could not be parsed and was ignored.' });
      return null;
    }
  }
  return jobPostingOf(parsed);
}

/**
 * The JobPosting in parsed JSON (a JSON-LD object given as the input's text, copied from a page or an API that
 * serves schema.org), else null.
 */
export function jobPostingOf(parsed: Json): JobPostingLd | null {
  const jp = findJobPosting(parsed);
  if (!jp) return null;
  const ld: JobPostingLd = { raw: jp };
  ld.title = asString(jp.title);
  ld.hiringOrganization = asString(jp.hiringOrganization);
  const types = list(jp.employmentType).map(asString).filter((t): t is string => !!t);
  if (types.length) ld.employmentType = types;
  if (isObject(jp.baseSalary)) {
    const value = jp.baseSalary.value;
    const v = isObject(value) ? value : {};
    ld.baseSalary = {
      currency: asString(jp.baseSalary.currency),
      min: asNumber(v.minValue),
      max: asNumber(v.maxValue),
      value: asNumber(isObject(value) ? v.value : value),
      unitText: asString(v.unitText ?? jp.baseSalary.unitText),
    };
  }
  const places = list(jp.jobLocation)
    .map((loc) => (isObject(loc) && isObject(loc.address) ? loc.address : null))
    .filter((a): a is Record<string, Json> => a !== null)
    .map((a) => ({
      locality: asString(a.addressLocality),
      region: asString(a.addressRegion),
      country: asString(a.addressCountry),
      postalCode: asString(a.postalCode),
    }));
  if (places.length) ld.jobLocation = places;
  ld.jobLocationType = asString(jp.jobLocationType);
  ld.datePosted = asString(jp.datePosted);
  ld.validThrough = asString(jp.validThrough);
  const applicants = list(jp.applicantLocationRequirements)
    .map((a) => ({ type: (isObject(a) && asString(a['@type'])) || 'AdministrativeArea', name: asString(a) }))
    .filter((a): a is { type: string; name: string } => !!a.name);
  if (applicants.length) ld.applicantLocationRequirements = applicants;
  return ld;
}
