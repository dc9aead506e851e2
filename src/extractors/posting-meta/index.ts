import type { Extractor } from '../../contract';

/**
 * Fills `datePosted`, `validThrough` and `applicantLocations` from a JSON-LD
 * JobPosting. Only JSON-LD states them reliably: dates in running text
 * ("apply by Friday") are relative or ambiguous, so the text is not read.
 */
export const postingMetaExtractor: Extractor = {
  name: 'posting-meta',
  run({ doc, result }) {
    const ld = doc.jsonLd;
    if (!ld) return;
    result.datePosted = ld.datePosted ?? null;
    result.validThrough = ld.validThrough ?? null;
    result.applicantLocations = ld.applicantLocationRequirements ?? [];
  },
};
