import type { JobPostingLd } from '../../contract';
import type { ContractType, EmploymentType, SchemaOrgTerm, TermValue } from '../../types/pay';
import { schemaOf, type Terms } from './find';
import { CONTRACT_SCHEMA, EMPLOYMENT_SCHEMA } from './schema-org';

type Target = { field: 'employmentType'; value: EmploymentType } | { field: 'contractType'; value: ContractType };

/**
 * A schema.org employmentType read back to ours: the first of ours that maps to it, employment types
 * before contract types. Several of ours share one term (TEMPORARY): the first listed is the plainest.
 */
const FROM_SCHEMA = new Map<string, Target>();
for (const target of [
  ...(Object.keys(EMPLOYMENT_SCHEMA) as EmploymentType[]).map((value): Target => ({ field: 'employmentType', value })),
  ...(Object.keys(CONTRACT_SCHEMA) as ContractType[]).map((value): Target => ({ field: 'contractType', value })),
]) {
  const term = schemaOf(target.field, target.value);
  if (term !== null && !FROM_SCHEMA.has(term)) FROM_SCHEMA.set(term, target);
}

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
    const target = FROM_SCHEMA.get(raw.trim().toUpperCase().replace(/[\s-]+/g, '_'));
    if (target?.field === 'employmentType') add(terms.employmentType, target.value, schemaOf(target.field, target.value));
    else if (target) add(terms.contractType, target.value, schemaOf(target.field, target.value));
  }
  if (ld.jobLocationType?.toUpperCase() === 'TELECOMMUTE') add(terms.workplace, 'remote', schemaOf('workplace', 'remote'));
}
