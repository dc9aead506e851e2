import type { ExtractionResult } from '../types/result';

/** One posting's result and how long its extraction took. */
export interface ReportEntry {
  /** Where the posting came from: a path, or `file.jsonl:<line>`. */
  file: string;
  /** Its extraction result. */
  result: ExtractionResult;
  /** Milliseconds spent extracting; null for results read from JSONL. */
  ms: number | null;
}

/** A value and how many times (or in how many postings) it was found. */
export interface Count {
  /** The value: a field value, a rule, a warning code. */
  name: string;
  /** Postings naming it, or for rules the entities it made. */
  count: number;
}

/** Annual base pay of one currency: quantiles of the midpoints and a histogram. */
export interface PayDistribution {
  /** ISO 4217 code. */
  currency: string;
  /** Postings whose primary base pay is in this currency and has figures. */
  postings: number;
  /** Lowest annual midpoint. */
  min: number;
  /** 10th percentile. */
  p10: number;
  /** 25th percentile. */
  p25: number;
  /** 50th percentile. */
  median: number;
  /** 75th percentile. */
  p75: number;
  /** 90th percentile. */
  p90: number;
  /** Highest annual midpoint. */
  max: number;
  /** Equal-width bins from `min` to `max`: `[from, to)` and the postings in it. */
  bins: {
    /** Lower bound. */
    from: number;
    /** Upper bound. */
    to: number;
    /** Postings in the bin. */
    count: number;
  }[];
}

/** What `jobsift report` shows; `--json` prints this object. */
export interface CorpusReport {
  /** Postings read. */
  postings: number;
  /** Seconds spent extracting, when the report extracted the postings itself. */
  seconds: number | null;
  /** Postings per detected input kind. */
  inputKinds: Count[];
  /** Share (0..1) of postings where each field holds a value. */
  fillRate: {
    /** A result field. */
    field: string;
    /** 0..1 */
    rate: number;
  }[];
  /** Pay mentions by `currency / period / kind`. */
  pay: Count[];
  /** Annualised primary base pay per currency. */
  annualPay: PayDistribution[];
  /** Postings naming each value, most first (top 25). */
  top: {
    /** Dictionary skills. */
    skills: Count[];
    /** Occupations mentioned anywhere. */
    occupations: Count[];
    /** Primary places. */
    places: Count[];
    /** Industries and sectors. */
    domains: Count[];
    /** Benefits. */
    benefits: Count[];
  };
  /** Postings stating each value (negated values not counted). */
  shares: {
    /** Full or part time. */
    employmentType: Count[];
    /** Permanent, contract ... */
    contractType: Count[];
    /** Onsite, hybrid, remote. */
    workplace: Count[];
  };
  /** Entities per rule (`reason`), most and least fired. */
  rules: {
    /** The 15 rules with most entities. */
    most: Count[];
    /** The 15 with fewest, fewest first. */
    least: Count[];
    /** Rules that fired at all. */
    total: number;
  };
  /** Postings per warning code. */
  warnings: Count[];
  /** Pattern phrases with no dictionary skill inside, by postings: candidates for a user's dictionary. */
  unknownPhrases: Count[];
}

const TOP = 25;

/** Counts what `values(result)` names, once per posting. */
function perPosting(entries: readonly ReportEntry[], values: (r: ExtractionResult) => string[]): Count[] {
  const counts = new Map<string, number>();
  for (const { result } of entries) for (const v of new Set(values(result))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return sorted(counts);
}

function sorted(counts: Map<string, number>): Count[] {
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function filled(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v).some(filled);
  return true;
}

function quantile(xs: readonly number[], q: number): number {
  const at = (xs.length - 1) * q;
  const lo = Math.floor(at);
  return xs[lo] + (xs[Math.min(lo + 1, xs.length - 1)] - xs[lo]) * (at - lo);
}

function distribution(currency: string, values: number[]): PayDistribution {
  const xs = [...values].sort((a, b) => a - b);
  const [min, max] = [xs[0], xs[xs.length - 1]];
  const binCount = Math.min(20, Math.max(1, Math.ceil(Math.sqrt(xs.length))));
  const width = (max - min) / binCount || 1;
  const bins = Array.from({ length: binCount }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }));
  for (const x of xs) bins[Math.min(binCount - 1, Math.floor((x - min) / width))].count++;
  return { currency, postings: xs.length, min, p10: quantile(xs, 0.1), p25: quantile(xs, 0.25), median: quantile(xs, 0.5), p75: quantile(xs, 0.75), p90: quantile(xs, 0.9), max, bins };
}

/** The corpus figures of a set of results. */
export function corpusFigures(entries: readonly ReportEntry[]): CorpusReport {
  const n = entries.length;
  const timed = entries.every((e) => e.ms !== null);
  const fields = n ? (Object.keys(entries[0].result) as (keyof ExtractionResult)[]).filter((k) => k !== 'text' && k !== 'inputKind') : [];
  const annual = new Map<string, number[]>();
  for (const { result } of entries) {
    const s = result.salary;
    if (!s?.currency || s.annual.min === null || s.annual.max === null) continue;
    const list = annual.get(s.currency) ?? [];
    list.push((s.annual.min + s.annual.max) / 2);
    annual.set(s.currency, list);
  }
  const reasons = new Map<string, number>();
  for (const { result } of entries) for (const e of result.entities) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
  const rules = sorted(reasons);
  const terms = (pick: (r: ExtractionResult) => { value: string; negated: boolean }[]) => perPosting(entries, (r) => pick(r).filter((t) => !t.negated).map((t) => t.value));
  return {
    postings: n,
    seconds: timed ? entries.reduce((sum, e) => sum + (e.ms ?? 0), 0) / 1000 : null,
    inputKinds: perPosting(entries, (r) => [r.inputKind]),
    fillRate: fields.map((field) => ({ field, rate: n ? entries.filter((e) => filled(e.result[field])).length / n : 0 })),
    pay: perPosting(entries, (r) => r.salaries.map((s) => `${s.currency ?? 'no currency'} / ${s.masked ? 'masked' : (s.period ?? 'no period')} / ${s.kind}`)),
    annualPay: [...annual].sort((a, b) => b[1].length - a[1].length).map(([currency, values]) => distribution(currency, values)),
    top: {
      skills: perPosting(entries, (r) => r.skills.filter((s) => s.source === 'dictionary').map((s) => s.name)).slice(0, TOP),
      occupations: perPosting(entries, (r) => r.occupations.map((o) => o.name)).slice(0, TOP),
      places: perPosting(entries, (r) => (r.location ? [r.location.name] : [])).slice(0, TOP),
      domains: perPosting(entries, (r) => r.domains.map((d) => d.name)).slice(0, TOP),
      benefits: perPosting(entries, (r) => r.benefits.map((b) => b.name)).slice(0, TOP),
    },
    shares: { employmentType: terms((r) => r.employmentType), contractType: terms((r) => r.contractType), workplace: terms((r) => r.workplace) },
    rules: { most: rules.slice(0, 15), least: rules.slice(-15).reverse(), total: rules.length },
    warnings: perPosting(entries, (r) => r.warnings.map((w) => w.code)),
    unknownPhrases: perPosting(entries, (r) => r.skills.filter((s) => s.source === 'pattern' && !s.linkedIds?.length).map((s) => s.name.toLowerCase())).slice(0, 40),
  };
}
