/** Scores pay, location and terms against the Adzuna UK postings (`npm run eval`). */
import type { JobExtractor } from '../pipeline/extractor';
import type { Location } from '../types/location';
import type { Salary } from '../types/pay';
import type { Annualization } from '../types/result';
import { readJsonl } from './spans';

/** Adzuna's own annualisation: hourly x 1920, daily x 240, weekly x 48, monthly x 12. */
export const ADZUNA_ANNUALIZATION: Annualization = { hoursPerYear: 1920, daysPerYear: 240, weeksPerYear: 48, monthsPerYear: 12 };

interface AdzunaRow {
  id: string;
  title: string;
  description: string;
  salaryRaw: string;
  salaryNormalized: number;
  locationRaw: string;
  locationNormalized: string;
  contractType: 'full_time' | 'part_time' | null;
  contractTime: 'permanent' | 'contract' | null;
}

export interface Rate {
  hits: number;
  of: number;
  rate: number;
}

export interface ClassScores {
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface AdzunaReport {
  rows: number;
  salary: Rate & { misses: { id: string; salaryRaw: string; expected: number; got: number | null }[] };
  /** The same pay strings passed alone, `extract(salaryRaw)`, as a caller with a pay column often does. */
  salaryString: Rate & { misses: { id: string; salaryRaw: string; expected: number; got: number | null }[] };
  location: { eligible: number; primary: Rate; any: Rate };
  employmentType: ClassScores;
  contractTime: ClassScores;
  /** Rows pasted as one string (the title line, then the description) whose primary pay and place equal the fields' run. */
  pastedSameAsFields: Rate;
}

export const rate = (hits: number, of: number): Rate => ({ hits, of, rate: of === 0 ? 0 : hits / of });

/** Lower case, letters and digits only: how a labelled place is looked for in a posting. */
export const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** Within 1% of the label. */
export const within = (got: number | null, want: number) => got !== null && Math.abs(got - want) <= 0.01 * want;

/** Whether the place the publisher resolved is written in the posting. */
function named(place: string, text: string): boolean {
  const p = fold(place);
  return p !== '' && p !== 'uk' && ` ${fold(text)} `.includes(` ${p} `);
}

/** A location matches at any level of its hierarchy. */
function matches(loc: Location, place: string): boolean {
  const p = fold(place);
  return [loc.name, loc.city, loc.region, loc.area].some((v) => v !== null && fold(v) === p);
}

// Adzuna's contractTime has two values; ours are finer. temp_to_perm says both, so it is left out.
const CONTRACT_TIME: Record<string, 'permanent' | 'contract'> = {
  permanent: 'permanent',
  contract: 'contract',
  temporary: 'contract',
  fixed_term: 'contract',
  freelance: 'contract',
  locum: 'contract',
  seasonal: 'contract',
};

/**
 * The publisher records one value; a posting that offers both ("part time or
 * full time") states no single one, so it counts as no prediction.
 */
export function single(values: string[]): string[] {
  return values.length === 1 ? values : [];
}

export function classScores(pairs: { label: string | null; predicted: string[] }[]): ClassScores {
  let labelled = 0;
  let predicted = 0;
  let correct = 0;
  let found = 0;
  for (const { label, predicted: values } of pairs) {
    if (label === null) continue;
    labelled++;
    predicted += values.length;
    correct += values.filter((v) => v === label).length;
    if (values.includes(label)) found++;
  }
  return { labelled, predicted, correct, precision: predicted === 0 ? 0 : correct / predicted, recall: labelled === 0 ? 0 : found / labelled };
}

function midpoint(pay: Salary | null): number | null {
  const lo = pay?.annual.min ?? pay?.annual.max ?? null;
  const hi = pay?.annual.max ?? pay?.annual.min ?? null;
  return lo !== null && hi !== null ? (lo + hi) / 2 : null;
}

export function evaluateAdzuna(extractor: JobExtractor, file: string, maxMisses = 15): AdzunaReport {
  const rows = readJsonl<AdzunaRow>(file);
  let salaryHits = 0;
  const misses: AdzunaReport['salary']['misses'] = [];
  let eligible = 0;
  let primaryHits = 0;
  let anyHits = 0;
  const employment: { label: string | null; predicted: string[] }[] = [];
  const contract: { label: string | null; predicted: string[] }[] = [];
  let stringHits = 0;
  let same = 0;
  const stringMisses: AdzunaReport['salary']['misses'] = [];
  for (const row of rows) {
    // The salary field is a salary field: passed as one, with Adzuna's annualisation.
    const mid = midpoint(extractor.extract({ salary: row.salaryRaw }, { annualization: ADZUNA_ANNUALIZATION }).salary);
    if (within(mid, row.salaryNormalized)) salaryHits++;
    else if (misses.length < maxMisses) misses.push({ id: row.id, salaryRaw: row.salaryRaw, expected: row.salaryNormalized, got: mid });
    const bare = midpoint(extractor.extract(row.salaryRaw, { annualization: ADZUNA_ANNUALIZATION }).salary);
    if (within(bare, row.salaryNormalized)) stringHits++;
    else if (stringMisses.length < maxMisses) stringMisses.push({ id: row.id, salaryRaw: row.salaryRaw, expected: row.salaryNormalized, got: bare });

    const r = extractor.extract({ title: row.title, text: row.description });
    const pasted = extractor.extract(`${row.title}\n${row.description}`);
    if (pasted.location?.name === r.location?.name && pasted.salary?.min === r.salary?.min && pasted.salary?.max === r.salary?.max) same++;
    if (named(row.locationNormalized, `${row.title} ${row.description}`)) {
      eligible++;
      if (r.location && matches(r.location, row.locationNormalized)) primaryHits++;
      if (r.locations.some((l) => matches(l, row.locationNormalized))) anyHits++;
    }
    employment.push({ label: row.contractType, predicted: single(r.employmentType.filter((t) => !t.negated).map((t) => t.value)) });
    contract.push({
      label: row.contractTime,
      predicted: single([...new Set(r.contractType.filter((t) => !t.negated && CONTRACT_TIME[t.value]).map((t) => CONTRACT_TIME[t.value]))]),
    });
  }
  return {
    rows: rows.length,
    salary: { ...rate(salaryHits, rows.length), misses },
    salaryString: { ...rate(stringHits, rows.length), misses: stringMisses },
    location: { eligible, primary: rate(primaryHits, eligible), any: rate(anyHits, eligible) },
    employmentType: classScores(employment),
    contractTime: classScores(contract),
    pastedSameAsFields: rate(same, rows.length),
  };
}
