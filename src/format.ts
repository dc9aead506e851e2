/** Small text formatters shared by the summary and the HTML view. */
import { seniorityOf } from './extractors/occupations';
import type { Location } from './types/location';
import type { Title } from './types/document';

/** Each value once, in first-seen order. */
export const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** "40" when the ends agree, else "37-40". */
/** "25000-30000", or for an open range "up to 225" and "40000+" ("-225" would read as a negative figure). */
export const range = (min: number | null, max: number | null): string =>
  min === max ? `${min}` : min === null ? `up to ${max}` : max === null ? `${min}+` : `${min}-${max}`;

/** A term's value, prefixed "not " when the posting rules it out. */
export const termLabel = (t: { negated: boolean; value: string }): string => `${t.negated ? 'not ' : ''}${t.value}`;

/** "Surrey, Surrey, GB" reads "Surrey, GB": a place is named once. */
export function placeLine(l: Location): string {
  return unique([l.name, l.region, l.country].filter((p): p is string => !!p)).join(', ');
}

/** "Senior Nurse (senior)": seniority only where the title's own words state it, not the default a title gets. */
export function titleLine(t: Title): string {
  const stated = seniorityOf(t.normalized);
  return `${t.normalized}${stated ? ` (${stated})` : ''}`;
}
