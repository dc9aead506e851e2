/** The terms extractor: employment type, contract type, workplace and hours. */
import type { Extractor } from '../../pipeline/types';
import { findTerms } from './find';
import { findHours } from './hours';

export { findTerms, type Terms } from './find';
export { findHours } from './hours';
export { isNegated } from './negation';
export { CONTRACT_SCHEMA, EMPLOYMENT_SCHEMA, WORKPLACE_SCHEMA } from './schema-org';

/**
 * Fills `employmentType`, `contractType`, `hours` and `workplace` from the
 * normalised text. JSON-LD `employmentType` values are not re-read here: they
 * carry no span, and the visible text states the same terms.
 */
export const termsExtractor: Extractor = {
  name: 'terms',
  run(ctx) {
    const { doc, result } = ctx;
    const terms = findTerms(doc.text);
    result.employmentType = terms.employmentType;
    result.contractType = terms.contractType;
    result.workplace = terms.workplace;
    result.hours = findHours(doc.text);
  },
};
