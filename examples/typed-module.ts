/**
 * Use jobsift from your own module with its types: map a result onto your
 * own record, with the compiler checking every field you read.
 */
import { extract, type ExtractionResult, type Salary, type Skill } from '../src'; // in your project: from 'jobsift'

export interface JobCard {
  title: string | null;
  annualPay: { min: number | null; max: number | null; currency: string | null } | null;
  mustHave: string[];
  niceToHave: string[];
  remote: boolean;
}

function pay(salary: Salary | null): JobCard['annualPay'] {
  if (!salary || salary.masked) return null;
  return { ...salary.annual, currency: salary.currency };
}

const names = (skills: Skill[]) => skills.map((s) => s.name);

export function toJobCard(result: ExtractionResult): JobCard {
  return {
    title: result.title?.normalized ?? null,
    annualPay: pay(result.salary),
    mustHave: names(result.skills.filter((s) => s.required === true && s.source === 'dictionary')),
    niceToHave: names(result.skills.filter((s) => s.required === false && s.source === 'dictionary')),
    remote: result.workplace.some((w) => w.value === 'remote' && !w.negated),
  };
}

if (require.main === module) {
  const posting = 'Title: Bookkeeper\nDescription: Salary £24,000 - £27,000 per annum. Remote working available. Essential: Sage and Excel. Xero desirable.';
  console.log(toJobCard(extract(posting)));
}
