/** The occupation and seniority of the posting's own title. */
import type { DictionaryMatch } from '../../dictionaries/types';
import type { Seniority } from '../../types/document';
import { seniorityOf } from './seniority';

// Where a feed title moves on from the job to place, pay or company.
const SEPARATOR = /\s[-–—|]\s|[(,]|\s{2,}/;

/**
 * The occupation a title names: the dictionary match that ends last in the
 * title's first segment ("Sales Manager" in "Senior Sales Manager – Leeds"),
 * else the first match anywhere in it.
 */
export function titleOccupation(title: string, titleStart: number, matches: readonly DictionaryMatch[]): DictionaryMatch | null {
  const cut = SEPARATOR.exec(title);
  const firstSegmentEnd = titleStart + (cut ? cut.index : title.length);
  let best: DictionaryMatch | null = null;
  for (const m of matches) {
    if (m.end <= firstSegmentEnd && (!best || m.end > best.end)) best = m;
  }
  return best ?? matches[0] ?? null;
}

/** The title's seniority: its own words first, then the occupation's, else `mid`. */
export function titleSeniority(title: string, occupationSeniority: string | null): Seniority {
  return seniorityOf(title) ?? (occupationSeniority as Seniority | null) ?? 'mid';
}
