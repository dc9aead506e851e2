import type { JobExtractor } from '../pipeline/extractor';
import type { ContractType, PayPeriod } from '../types/pay';
import { ClassScores, classScores, fold, Rate, rate, single, within } from './adzuna';
import { PLACE_TABLE_FILES } from '../data/builtin.generated';
import { readJsonl } from './spans';

/** One row of us/*.jsonl: a US posting with the job board's own labels. */
interface UsRow {
  id: string;
  title: string;
  company: string;
  text: string;
  city: string | null;
  state: string | null;
  salary: { min: number; max: number; period: PayPeriod; currency: string } | null;
  employment: 'full_time' | 'part_time' | null;
  contract: 'contract' | 'temporary' | 'internship' | 'volunteer' | null;
  remote: true | null;
}

export interface UsReport {
  rows: number;
  /** Primary pay: min, max (each within 1%) and period, on rows whose pay is labelled. */
  pay: Rate & { misses: { id: string; expected: string; got: string }[] };
  /** Primary location's city, on rows that name the labelled city. */
  city: Rate;
  /** Primary location's state, on rows that name the labelled state (code or name). */
  state: Rate;
  employmentType: ClassScores;
  /** Contract, temporary, internship or volunteer against the board's work type (absent = none of them). */
  contractLike: { predicted: number; labelled: number; correct: number; precision: number; recall: number };
  /** Rows where remote work is found, of those the board marks remote-allowed; hybrid counted apart. */
  remote: Rate & { hybrid: number };
  /**
   * The same postings pasted as one string (title line, company line, then the text), as a user's first try
   * often is: the title and the company read from it (the board's name, or a shorter form of it the text uses:
   * "Principal" for "Principal Financial Group"), and rows whose primary pay and place equal the fields' run.
   */
  pasted: { title: Rate; company: Rate; sameAsFields: Rate };
}


// The board's contract-like work types; it lists contract-to-hire (temp_to_perm) as a contract.
const CONTRACT_LIKE: Partial<Record<ContractType, string>> = {
  contract: 'contract',
  freelance: 'contract',
  temp_to_perm: 'contract',
  temporary: 'temporary',
  fixed_term: 'temporary',
  seasonal: 'temporary',
  locum: 'temporary',
  internship: 'internship',
  volunteer: 'volunteer',
};

/** USPS code to state name, from the places dictionary the resolver uses. */
function stateNames(): Map<string, string> {
  const { regions } = PLACE_TABLE_FILES['us-states.json']() as { regions: { name: string; code: string }[] };
  return new Map(regions.map((r) => [r.code, r.name]));
}

/** Scored as a new user runs it: title, company and text, no `defaultCountry`. */
export function evaluateUs(extractor: JobExtractor, file: string, maxMisses = 15): UsReport {
  const names = stateNames();
  const rows = readJsonl<UsRow>(file);
  let payHits = 0;
  let payOf = 0;
  const misses: UsReport['pay']['misses'] = [];
  let cityHits = 0;
  let cityOf = 0;
  let stateHits = 0;
  let stateOf = 0;
  let remoteHits = 0;
  let remoteOf = 0;
  let hybrid = 0;
  const employment: { label: string | null; predicted: string[] }[] = [];
  const contract = { predicted: 0, labelled: 0, correct: 0 };
  let titleHits = 0;
  let companyHits = 0;
  let same = 0;
  for (const row of rows) {
    const r = extractor.extract({ title: row.title, company: row.company, text: row.text });
    const pasted = extractor.extract(`${row.title}\n${row.company}\n\n${row.text}`);
    if (pasted.title?.text === row.title) titleHits++;
    if (pasted.company && sameCompany(pasted.company.name, row.company)) companyHits++;
    if (JSON.stringify([pasted.salary?.min, pasted.salary?.max, pasted.location?.name]) === JSON.stringify([r.salary?.min, r.salary?.max, r.location?.name])) same++;
    const text = ` ${fold(`${row.title} ${row.text}`)} `;
    if (row.salary) {
      payOf++;
      const s = r.salary;
      if (s && within(s.min ?? s.max, row.salary.min) && within(s.max ?? s.min, row.salary.max) && s.period === row.salary.period) payHits++;
      else if (misses.length < maxMisses)
        misses.push({ id: row.id, expected: `${row.salary.min}-${row.salary.max}/${row.salary.period}`, got: s ? `${s.min}-${s.max}/${s.period} "${s.text}"` : 'none' });
    }
    if (row.city && text.includes(` ${fold(row.city)} `)) {
      cityOf++;
      const loc = r.location;
      // GeoNames names New York "New York City"; the board writes "New York".
      if (loc && [loc.city, loc.name].some((v) => v !== null && (fold(v) === fold(row.city!) || fold(v) === `${fold(row.city!)} city`))) cityHits++;
    }
    const stateName = row.state ? names.get(row.state) : undefined;
    if (row.state && stateName && (new RegExp(`\\b${row.state}\\b`).test(row.text) || text.includes(` ${fold(stateName)} `))) {
      stateOf++;
      if (r.location?.region === stateName) stateHits++;
    }
    employment.push({ label: row.employment, predicted: single(r.employmentType.filter((t) => !t.negated).map((t) => t.value)) });
    const kinds = new Set(r.contractType.filter((t) => !t.negated && CONTRACT_LIKE[t.value]).map((t) => CONTRACT_LIKE[t.value]!));
    if (kinds.size > 0) contract.predicted++;
    if (row.contract) contract.labelled++;
    if (kinds.size > 0 && row.contract) contract.correct++;
    if (row.remote) {
      remoteOf++;
      const live = r.workplace.filter((w) => !w.negated).map((w) => w.value);
      if (live.includes('remote')) remoteHits++;
      else if (live.includes('hybrid')) hybrid++;
    }
  }
  const p = contract.predicted === 0 ? 0 : contract.correct / contract.predicted;
  const rc = contract.labelled === 0 ? 0 : contract.correct / contract.labelled;
  return {
    rows: rows.length,
    pay: { ...rate(payHits, payOf), misses },
    city: rate(cityHits, cityOf),
    state: rate(stateHits, stateOf),
    employmentType: classScores(employment),
    contractLike: { ...contract, precision: p, recall: rc },
    remote: { ...rate(remoteHits, remoteOf), hybrid },
    pasted: { title: rate(titleHits, rows.length), company: rate(companyHits, rows.length), sameAsFields: rate(same, rows.length) },
  };
}

/** The board's company name, or its first words (a form the posting itself uses). */
function sameCompany(found: string, labelled: string): boolean {
  const a = fold(found);
  const b = fold(labelled);
  return a !== '' && (a === b || b.startsWith(`${a} `));
}
