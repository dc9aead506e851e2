/** The salary extractor: fills `salaries` and picks the primary `salary`. */
import type { Extractor } from '../../contract';
import type { Salary } from '../../types/pay';
import type { Location } from '../../types/location';
import { firstSymbolCurrency, payCountryCue } from './currency';
import { findSalaries } from './find';
import { pickPrimary } from './refine';
import { countryOfLegalForm } from '../company/legal-form';
import { salaryFromData, salaryFromJsonLd } from './json-ld';
import { namedBand, regionalSpan } from './regional';
import { startAndCeiling } from './start-and-ceiling';
import { fieldSpans, leavesItsField } from '../../util/spans';
import { range } from '../../format';

export { findSalaries } from './find';
export { pickPrimary } from './refine';
export { DEFAULT_ANNUALIZATION, annualise } from './annualise';
export { salaryFromJsonLd } from './json-ld';


/** "GBP 25000-30000/year", the entity value of a salary. */
export function salaryValue(s: Salary): string {
  if (!s.masked && s.min === null && s.max === null) {
    // Pay described without figures: "competitive salary", "DOE", "pro rata".
    return [s.competitive && 'competitive', s.negotiable && 'negotiable', s.proRata && 'pro rata'].filter(Boolean).join(' ') || 'unstated';
  }
  const figures = s.masked ? 'masked' : range(s.min, s.max);
  return `${s.currency ?? '?'} ${figures}${s.period ? `/${s.period}` : ''}`;
}

/**
 * Fills `salary` and `salaries`. The header salary field (feed block,
 * object input) is read as a salary field, where bare numbers are pay. The
 * currency evidence is the first symbol in the text, JSON-LD, then the
 * country; the Adzuna feed's marks are evidence of a UK posting.
 */
/**
 * The state or county whose band of pay is the role's when no band names its town: the workplace's, a town's, only
 * (not a headquarters' named for a remote role: "New York" beside "Zone A (New York City metro, ...)").
 */
const bandRegion = (place: Location | null): string | null => (place && place.role === 'workplace' && place.city !== null ? place.region : null);

export const salaryExtractor: Extractor = {
  name: 'salary',
  run(ctx) {
    const { doc, result } = ctx;
    const field = doc.header.salary;
    const country = result.location?.country ?? doc.options.defaultCountry ?? (doc.feedMarks ? 'GB' : (payCountryCue(doc.text) ?? countryOfLegalForm(result.company?.name)));
    const fields = fieldSpans(doc.header);
    // A label in one field does not take the next field's words ("Salary:", then "negotiable").
    const salaries = findSalaries(doc.text, doc.options, {
      salaryFields: field ? [{ start: field.start, end: field.end }] : [],
      currency: doc.jsonLd?.baseSalary?.currency ?? firstSymbolCurrency(doc.text),
      country,
    }).filter((s) => !leavesItsField(s, fields));
    const fromLd = doc.jsonLd?.baseSalary
      ? salaryFromJsonLd(doc.jsonLd.baseSalary, doc.options)
      : doc.dataPay
        ? salaryFromData(doc.dataPay, doc.options, country)
        : null;
    const hasFigure = salaries.some((s) => s.kind === 'base' && (s.min !== null || s.max !== null));
    if (fromLd && !hasFigure) salaries.unshift(fromLd);
    result.salaries = salaries;
    const primary = pickPrimary(salaries, field ? [field] : [], doc.text, result.title?.normalized ?? result.title?.text);
    // A salary field's figure stands as written; in the text, pay by location is the band of the posting's town, or
    // else read as its span.
    const inField = primary !== null && field !== undefined && primary.start >= field.start && primary.end <= field.end;
    const band = primary && !inField ? namedBand(primary, salaries, doc.text, result.location?.city ?? null, bandRegion(result.location)) : null;
    // (A starting figure and its ceiling are one range, in a field or not: "$22/hr to start, up to $25/hr".)
    const located = band ? { ...band, reason: 'salary/named-band' } : primary && !inField ? regionalSpan(primary, salaries, doc.text, doc.options) : primary;
    result.salary = located && startAndCeiling(located, salaries, doc.text, doc.options);
  },
};
