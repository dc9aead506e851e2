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

/** The bracketed word of a registered name ("(Pvt)" of "Contoso (Pvt) Ltd"), as a pattern's source. */
export const LEGAL_BRACKET = String.raw`\((?:Pvt|Pte|Pty|Private)\.?\)`;
// The forms that name one country ("Pte. Ltd.", "Sdn Bhd", "FZ-LLC"), longest first, as a pattern's alternation.
const COUNTRY_FORMS = Object.values(employerWords.legalForms as Record<string, string[]>)
  .flat()
  .sort((x, y) => y.length - x.length)
  .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/**
 * A legal form that ends a registered name ("Ltd", "GmbH", "(Pvt) Ltd", "Sp. z o.o."), as a pattern's source. A form
 * that opens with another is tried first ("Ltda" before "Ltd", "S.A.S." before "S.A."): a search takes the first.
 */
export const LEGAL_FORM = String.raw`(?:${LEGAL_BRACKET} )?(?:Ltda|Ltd|Limited|Plc|PLC|plc|LLP|LLC|Inc|Corp|GmbH|AG|SARL|SAS|S\.A\.S|SA|S\.A|BV|B\.V|NV|N\.V|${COUNTRY_FORMS}|Pvt\.? Ltd|Oy|AB|ApS|AS|A\/S|SpA|S\.p\.A|SRL|S\.r\.l|Srl|KK|Co|SL|S\.L|KG|SE|e\.V|Lda|Sp\. z o\.o|WLL|W\.L\.L|s\.r\.o)\.?`;
const TRAILING_LEGAL_FORM = new RegExp(String.raw`,? ${LEGAL_FORM}$`);

/** `name` without the legal form that ends it: "Northwind Traders Ltd" → "Northwind Traders", as a text names it in passing. */
export function withoutLegalForm(name: string): string {
  return name.replace(TRAILING_LEGAL_FORM, '');
}
