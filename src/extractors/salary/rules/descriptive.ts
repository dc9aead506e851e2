/**
 * Pay described without figures: "competitive salary", "salary negotiable",
 * "rate: DOE". Kept only where no figure stands in the same clause (the
 * refiner folds the flags into that figure instead).
 */
// Within a line, but for a label and its value ("Salary:" above "Negotiable"): a line break only after the colon.
const DESCRIPTIVE =
  /\b(?:(?<adj>competitive|attractive|excellent|negotiable|generous) (?:basic |base |starting )?(?:salary|salaries|pay|rates? of pay|hourly rates?|day rates?|remuneration|package)|(?:salary|pay|rate)(?: ?:\s| )(?<state>negotiable|neg|doe|competitive|depending on experience|dependent on experience))\b/gi;

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
      competitive: word === 'competitive',
      negotiable: word !== 'competitive' && word !== 'attractive' && word !== 'excellent' && word !== 'generous',
    });
  }
  return out;
}
