/** The occupations extractor: job titles mentioned anywhere, and the posting title's occupation and seniority. */
import type { Extractor, ExtractorContext } from '../../contract';
import type { Seniority } from '../../types/document';
import type { Occupation } from '../../types/requirements';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { dropAdjectival, occupationMentions, splitAtSeparators } from './mentions';
import { seniorityOf } from './seniority';
import { titleOccupation, titleSeniority } from './title';

export { occupationMentions, splitAtSeparators } from './mentions';
export type { OccupationMention } from './mentions';
export { seniorityOf } from './seniority';
export { titleOccupation, titleSeniority } from './title';

function describeTitle(ctx: ExtractorContext): void {
  const title = ctx.result.title;
  if (!title) return;
  const inText = ctx.doc.text.slice(title.start, title.end) === title.text;
  const matches = inText
    ? ctx.dictionaries.occupations.match(ctx.doc.text, title.start, title.end, ctx.doc.lemmas)
    : ctx.dictionaries.occupations.match(title.normalized);
  const found = titleOccupation(inText ? title.text : title.normalized, inText ? title.start : 0, matches);
  if (found) title.occupationId = found.entry.id;
  title.seniority = titleSeniority(title.normalized, found?.entry.seniority ?? null, ctx.doc.text);
}

export const occupationsExtractor: Extractor = {
  name: 'occupations',
  run(ctx) {
    const { text } = ctx.doc;
    const byId = new Map<string, Occupation>();
    const matches = splitAtSeparators(dictionaryMatches(ctx, 'occupations'), (from, to) =>
      ctx.dictionaries.occupations.match(text, from, to, ctx.doc.lemmas),
    );
    for (const m of occupationMentions(text, dropAdjectival(text, matches))) {
      const mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end, reason: m.reason };
      let occupation = byId.get(m.entry.id);
      if (!occupation) {
        const seniority = seniorityOf(mention.text) ?? (m.entry.seniority as Seniority | null);
        occupation = { id: m.entry.id, name: m.entry.name, seniority, mentions: [] };
        byId.set(m.entry.id, occupation);
        ctx.result.occupations.push(occupation);
      }
      occupation.mentions.push(mention);
    }
    describeTitle(ctx);
  },
};
