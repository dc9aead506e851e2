/** Maps our term values to schema.org JobPosting values. */
import type { ContractType, EmploymentType, SchemaOrgTerm, Workplace } from '../../types/pay';

/**
 * schema.org JobPosting values (`employmentType`, and `jobLocationType` for
 * remote work) for our values. Where schema.org has no term the value is
 * null rather than a loose fit:
 * - permanent, apprenticeship: no schema.org term (permanence is not an employment type there).
 * - contract, freelance → CONTRACTOR; temporary, fixed_term, seasonal, locum, temp_to_perm → TEMPORARY
 *   (each is employment for a limited time; temp_to_perm starts as one).
 * - bank, casual → PER_DIEM: UK bank staff are called in and paid per shift, the US "per diem" / PRN role; an
 *   Australian or New Zealand casual has no set hours either and is paid for the hours worked.
 * - internship → INTERN, volunteer → VOLUNTEER.
 * - remote → TELECOMMUTE (jobLocationType); onsite and hybrid have no term.
 */
export const EMPLOYMENT_SCHEMA: Record<EmploymentType, SchemaOrgTerm> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
};

export const CONTRACT_SCHEMA: Record<ContractType, SchemaOrgTerm | null> = {
  permanent: null,
  contract: 'CONTRACTOR',
  freelance: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  fixed_term: 'TEMPORARY',
  seasonal: 'TEMPORARY',
  locum: 'TEMPORARY',
  temp_to_perm: 'TEMPORARY',
  bank: 'PER_DIEM',
  casual: 'PER_DIEM',
  internship: 'INTERN',
  apprenticeship: null,
  volunteer: 'VOLUNTEER',
};

export const WORKPLACE_SCHEMA: Record<Workplace, SchemaOrgTerm | null> = {
  remote: 'TELECOMMUTE',
  hybrid: null,
  onsite: null,
};
