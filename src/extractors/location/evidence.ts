/**
 * Which country a posting is from, for ranking places that share a name
 * (Perth, Reading, Victoria): the caller's default, the pay currency, UK
 * postcodes, the UK feed format and British or American spelling, in that order.
 */
import { gazetteer } from './gazetteer';

export interface EvidenceInput {
  defaultCountry?: string | null;
  currencies?: (string | null)[];
  /** The text is the UK job feed's format. */
  ukFeed?: boolean;
}

const UK_POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b/;
const BRITISH = /\b(?:organisation|organised|specialis(?:e|ed|t)|colour|centre|licence|programme|favour|behaviour|labour|recognised|utilis(?:e|ing)|travelling|analyse|enquir(?:y|ies))\b/gi;
const AMERICAN = /\b(?:organization|organized|speciali(?:ze|zed)|color|center|favor|behavior|labor|recognized|utiliz(?:e|ing)|traveling|analyze|inquir(?:y|ies))\b/gi;

const count = (re: RegExp, text: string): number => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

/** The posting's country (ISO 3166-1 alpha-2), or null when nothing says. */
export function countryEvidence(text: string, input: EvidenceInput = {}): string | null {
  if (input.defaultCountry) return input.defaultCountry.toUpperCase();
  const gaz = gazetteer();
  for (const currency of input.currencies ?? []) {
    const country = currency ? gaz.currencyCountry.get(currency) : undefined;
    if (country) return country;
  }
  if (input.ukFeed || UK_POSTCODE.test(text)) return 'GB';
  const british = count(BRITISH, text);
  const american = count(AMERICAN, text);
  if (british > american) return 'GB';
  if (american > british) return 'US';
  return null;
}
