import type { JobPostingLd } from '../../contract';
import type { ContractType, EmploymentType, SchemaOrgTerm, TermValue } from '../../types/pay';
import type { Terms } from './find';
import { CONTRACT_SCHEMA, EMPLOYMENT_SCHEMA, WORKPLACE_SCHEMA } from './schema-org';

type Target = { field: 'employmentType'; value: EmploymentType } | { field: 'contractType'; value: ContractType };

/** A schema.org employmentType read back to ours. Several of ours share one term (TEMPORARY): the plainest one is taken. */
const FROM_SCHEMA: Record<string, Target> = {
  FULL_TIME: { field: 'employmentType', value: 'full_time' },
  PART_TIME: { field: 'employmentType', value: 'part_time' },
  CONTRACTOR: { field: 'contractType', value: 'contract' },
  TEMPORARY: { field: 'contractType', value: 'temporary' },
  INTERN: { field: 'contractType', value: 'internship' },
  VOLUNTEER: { field: 'contractType', value: 'volunteer' },
  PER_DIEM: { field: 'contractType', value: 'bank' },
};

// JSON-LD values have no place in the text: an empty span, as for JSON-LD pay and places.
const mention = () => ({ text: '', start: 0, end: 0, reason: 'terms/json-ld' });

function add<V extends string>(values: TermValue<V>[], value: V, schemaOrg: SchemaOrgTerm | null): void {
  // The text's own value wins when it maps to the same schema.org term ("fixed term" is TEMPORARY).
  if (values.some((t) => t.value === value || (schemaOrg !== null && t.schemaOrg === schemaOrg))) return;
  values.push({ value, schemaOrg, negated: false, mentions: [mention()] });
}

/**
 * Adds the JSON-LD `employmentType` values ("FULL_TIME", "Full-time") and a
 * `jobLocationType` of TELECOMMUTE to the terms the text states.
 */
export function addJsonLdTerms(terms: Terms, ld: JobPostingLd | null): void {
  if (!ld) return;
  for (const raw of ld.employmentType ?? []) {
    const target = FROM_SCHEMA[raw.trim().toUpperCase().replace(/[\s-]+/g, '_')];
    if (target?.field === 'employmentType') add(terms.employmentType, target.value, EMPLOYMENT_SCHEMA[target.value]);
    else if (target) add(terms.contractType, target.value, CONTRACT_SCHEMA[target.value]);
  }
  if (ld.jobLocationType?.toUpperCase() === 'TELECOMMUTE') add(terms.workplace, 'remote', WORKPLACE_SCHEMA.remote);
}
