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

/** The title's seniority: its own words first, then the occupation's, then a board's level row in `text`, else `mid`. */
export function titleSeniority(title: string, occupationSeniority: string | null, text = ''): Seniority {
  return seniorityOf(title) ?? (occupationSeniority as Seniority | null) ?? statedLevel(text) ?? 'mid';
}

// A board's level row ("Seniority level" / "Entry level" on LinkedIn, "Experience level: Director"). "Mid-Senior level"
// and "Not Applicable" say nothing a title would not. Bounded to a line: linear.
const LEVEL_ROW = /(?:^|\n)[ \t]?(?:seniority|experience|career|job)[ \t]level[ \t]?:?[ \t]?\n?[ \t]?(internship|entry[ -]level|junior|associate|director|executive)[ \t]?(?:level)?[ \t]?(?=\n|$)/i;
const LEVELS: Record<string, Seniority> = { internship: 'intern', 'entry level': 'junior', 'entry-level': 'junior', junior: 'junior', associate: 'junior', director: 'director', executive: 'executive' };

/** The seniority a board's level row states, or null. */
function statedLevel(text: string): Seniority | null {
  const m = LEVEL_ROW.exec(text);
  return m ? LEVELS[m[1].toLowerCase()] : null;
}
