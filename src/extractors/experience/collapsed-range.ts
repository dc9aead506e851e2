/**
 * The Adzuna feed strips hyphens, so "3-5 years" arrives as "35 years" and
 * "6-12 months" as "612 months". A figure that is implausible as one duration
 * but splits into an ascending pair of plausible ones is read as that range.
 */
export type DurationUnit = 'year' | 'month';

const MAX_SINGLE: Record<DurationUnit, number> = { year: 15, month: 36 };

export function collapsedRange(digits: string, unit: DurationUnit): { min: number; max: number } | null {
  if (!/^\d{2,4}$/.test(digits) || digits[0] === '0') return null;
  const limit = MAX_SINGLE[unit];
  if (Number(digits) <= limit) return null;
  for (let cut = 1; cut < digits.length; cut++) {
    const left = digits.slice(0, cut);
    const right = digits.slice(cut);
    if (right[0] === '0') continue;
    const min = Number(left);
    const max = Number(right);
    if (min < max && max <= limit * 2 && min <= limit) return { min, max };
  }
  return null;
}
