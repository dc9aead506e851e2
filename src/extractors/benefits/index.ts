/** The benefits extractor: fills `benefits` from the benefits dictionary. */
import type { Extractor } from '../../contract';
import { groupBenefits } from './group';
import { deniedByItsRow } from '../../util/denied-row';

export { groupBenefits } from './group';

/**
 * Fills `benefits` from the compiled benefits dictionary over the whole normalised text (lemmas let "pensions" match
 * "pension"), but for a details row that says there is none ("Relocation expenses reimbursed: No").
 */
export const benefitsExtractor: Extractor = {
  name: 'benefits',
  run(ctx) {
    const { doc } = ctx;
    const matches = ctx.dictionaries.benefits.match(doc.text, 0, doc.text.length, doc.lemmas);
    ctx.result.benefits = groupBenefits(matches.filter((m) => !deniedByItsRow(doc, m)));
  },
};
