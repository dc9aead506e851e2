/**
 * The country an employer's legal form names: "Pte Ltd" is Singapore's, "Sdn Bhd" Malaysia's, "(Pty) Ltd" South
 * Africa's, "Pty Ltd" Australia's (src/data/words/employer-words.json `legalForms`). Evidence of the posting's country
 * where it names none, as its "$" and bare figures need.
 */
import employerWords from '../../data/words/employer-words.json';

/** Each form, lower-cased, to its country; longest first, so "(Pty) Ltd" is tried before "Pty Ltd". */
const FORMS: readonly [string, string][] = Object.entries(employerWords.legalForms as Record<string, string[]>)
  .flatMap(([country, forms]) => forms.map((f): [string, string] => [f.toLowerCase(), country]))
  .sort((a, b) => b[0].length - a[0].length);

/** The country whose legal form ends `name` ("Lion City Freight Pte. Ltd." → SG), or null. */
export function countryOfLegalForm(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  for (const [form, country] of FORMS) {
    if (lower.endsWith(form) && (lower.length === form.length || /[\s,]/.test(lower[lower.length - form.length - 1]))) return country;
  }
  return null;
}
