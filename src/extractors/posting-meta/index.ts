import type { Extractor } from '../../contract';
import { textDates } from './text-dates';

export { textDates } from './text-dates';
export type { TextDate } from './text-dates';

/**
 * Fills `datePosted`, `validThrough` and `applicantLocations` from a JSON-LD JobPosting; failing that, the dates from
 * an absolute date the text labels ("Closing date: 15 January 2027"). Dates in running text ("apply by Friday", "3
 * days ago") are relative or ambiguous, so nothing else is read.
 */
export const postingMetaExtractor: Extractor = {
  name: 'posting-meta',
  run({ doc, result }) {
    const ld = doc.jsonLd;
    result.datePosted = ld?.datePosted ?? null;
    result.validThrough = ld?.validThrough ?? null;
    result.applicantLocations = ld?.applicantLocationRequirements ?? [];
    if (result.datePosted !== null && result.validThrough !== null) return;
    const dates = textDates(doc.text, result.location?.country === 'US');
    result.datePosted = result.datePosted ?? dates.posted?.iso ?? null;
    result.validThrough = result.validThrough ?? dates.closes?.iso ?? null;
  },
};
