/** The languages extractor: human languages asked for, with level and requirement cue. */
import type { Extractor } from '../../contract';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { requirementAt } from '../requirements/requirement-cue';
import { scopeOf } from '../requirements/scope';
import { readLanguages } from './read-languages';

export { readLanguages } from './read-languages';
export type { LanguageFinding } from './read-languages';

export const languagesExtractor: Extractor = {
  name: 'languages',
  run(ctx) {
    const { doc } = ctx;
    const found = readLanguages(doc.text, dictionaryMatches(ctx, 'languages'), (start, end) => scopeOf(doc, start, end));
    for (const { match, level, reason } of found) {
      ctx.result.languages.push({
        text: match.text,
        start: match.start,
        end: match.end,
        code: match.entry.code ?? match.entry.id,
        name: match.entry.name,
        level,
        required: requirementAt(doc, match.start, match.end),
        reason,
      });
    }
  },
};
