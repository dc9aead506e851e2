/**
 * Pay described without figures: "competitive salary", "salary negotiable",
 * "rate: DOE". Kept only where no figure stands in the same clause (the
 * refiner folds the flags into that figure instead).
 */
// Within a line, but for a label and its value ("Salary:" above "Negotiable"): a line break only after the colon.
// South Africa's "market related", India's "best in industry": competitive pay in other markets' words.
const DESCRIPTIVE =
  /\b(?:(?<adj>competitive|attractive|excellent|negotiable|generous|market[ -]related) (?:basic |base |starting )?(?:salary|salaries|pay|rates? of pay|hourly rates?|day rates?|remuneration|package)|(?:salary|pay|rate|(?:remuneration|compensation|package|ctc)(?= ?:))(?: ?:\s| )(?<state>negotiable|neg|doe|competitive|depending on experience|dependent on experience|market[ -]related|best in (?:the )?industry))\b/gi;
const COMPETITIVE = /^(?:competitive|market[ -]related|best in (?:the )?industry)$/;
const NOT_NEGOTIABLE = /^(?:competitive|attractive|excellent|generous|market[ -]related|best in (?:the )?industry)$/;

export interface DescriptiveMention {
  start: number;
  end: number;
  competitive: boolean;
  negotiable: boolean;
}

export function findDescriptivePay(text: string): DescriptiveMention[] {
  const out: DescriptiveMention[] = [];
  DESCRIPTIVE.lastIndex = 0;
  for (let m = DESCRIPTIVE.exec(text); m; m = DESCRIPTIVE.exec(text)) {
    const word = (m.groups!.adj ?? m.groups!.state).toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      competitive: COMPETITIVE.test(word),
      negotiable: !NOT_NEGOTIABLE.test(word),
    });
  }
  return out;
}
