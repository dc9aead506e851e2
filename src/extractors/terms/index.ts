/** The terms extractor: employment type, contract type, workplace and hours. */
import type { Extractor } from '../../contract';
import { fieldSpans } from '../../util/spans';
import { findTerms } from './find';
import { findHours } from './hours';
import { addJsonLdTerms } from './json-ld';
import { employmentFromHours } from './from-hours';

export { findTerms, type Terms } from './find';
export { findHours } from './hours';
export { isNegated } from './negation';
export { CONTRACT_SCHEMA, EMPLOYMENT_SCHEMA, WORKPLACE_SCHEMA } from './schema-org';

/**
 * Fills `employmentType`, `contractType`, `hours` and `workplace` from the
 * normalised text, then adds what a JSON-LD JobPosting states and the text
 * does not (with an empty span, like JSON-LD pay). Where neither names full
 * or part time, the weekly hours may.
 */
export const termsExtractor: Extractor = {
  name: 'terms',
  run(ctx) {
    const { doc, result } = ctx;
    const fields = fieldSpans(doc.header);
    const terms = findTerms(doc.text, doc.header.title, fields, doc.siteRanges);
    addJsonLdTerms(terms, doc.jsonLd);
    const hours = findHours(doc.text, fields);
    // The weekly hours speak for full or part time only where the posting names neither.
    const fromHours = terms.employmentType.length === 0 ? employmentFromHours(hours, doc.text) : null;
    result.employmentType = fromHours ? [fromHours] : terms.employmentType;
    result.contractType = terms.contractType;
    result.workplace = terms.workplace;
    result.hours = hours;
  },
};
