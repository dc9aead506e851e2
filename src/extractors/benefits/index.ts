/** The benefits extractor: fills `benefits` from the benefits dictionary. */
import type { Extractor } from '../../contract';
import type { DictionaryMatch } from '../../dictionaries/types';
import { groupBenefits } from './group';
import { deniedByItsRow } from '../../util/denied-row';

export { groupBenefits } from './group';

/**
 * Fills `benefits` from the compiled benefits dictionary over the whole normalised text (lemmas let "pensions" match
 * "pension"), but for a details row that says there is none ("Relocation expenses reimbursed: No"). Under a benefits
 * heading the heading is the context a guarded alias asks for, in a list of benefits ("Benefits:" over "- Medical",
 * "- Dental"); not in its sentences, where an equal-opportunity statement's "reasonable accommodation" may stand, nor
 * in a site's menu that a "Benefits" link made a heading ("Interview tips").
 */
export const benefitsExtractor: Extractor = {
  name: 'benefits',
  run(ctx) {
    const { doc } = ctx;
    const dictionary = ctx.dictionaries.benefits;
    let matches = dictionary.match(doc.text, 0, doc.text.length, doc.lemmas);
    for (const section of doc.sections) {
      if (section.kind !== 'benefits') continue;
      const more = dictionary.match(doc.text, section.start, section.end, doc.lemmas, { contextGiven: true });
      matches = withListed(doc.text, matches, more.filter((m) => onShortLine(doc.text, m.start, m.end)));
    }
    ctx.result.benefits = groupBenefits(matches.filter((m) => !deniedByItsRow(doc, m)));
  },
};

// A list item's line: the name and a few words ("- Dental (day one)"), no sentence.
const SHORT_LINE = 40;

/** Whether the line holding `[start, end)` is at most SHORT_LINE characters long (looks no further than that). */
function onShortLine(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && end - from <= SHORT_LINE) from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && to - from <= SHORT_LINE) to++;
  return to - from <= SHORT_LINE;
}

/**
 * `found` plus each of `more` that overlaps none of them and stands in a list of benefits: the nearest match before or
 * after it is on its line or the next line with words. Both are in text order without overlaps.
 */
function withListed(text: string, found: DictionaryMatch[], more: DictionaryMatch[]): DictionaryMatch[] {
  const all: { m: DictionaryMatch; more: boolean }[] = [];
  let i = 0;
  for (const m of more) {
    while (i < found.length && found[i].end <= m.start) all.push({ m: found[i++], more: false });
    if (i === found.length || found[i].start >= m.end) all.push({ m, more: true });
  }
  while (i < found.length) all.push({ m: found[i++], more: false });
  return all
    .filter(({ m, more }, k) => !more || (k > 0 && listedTogether(text, all[k - 1].m, m)) || (k + 1 < all.length && listedTogether(text, m, all[k + 1].m)))
    .map(({ m }) => m);
}

/** Whether `b` follows `a` on its line or on the next line that has words. */
function listedTogether(text: string, a: DictionaryMatch, b: DictionaryMatch): boolean {
  if (b.start - a.end > 2 * SHORT_LINE) return false;
  const lines = text.slice(a.end, b.start).split('\n');
  return lines.slice(1, -1).every((line) => line.trim() === '');
}
