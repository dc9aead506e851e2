/** The certifications extractor: licences, registrations, checks and professional bodies, with their requirement cue. */
import type { Extractor } from '../../contract';
import type { DictionaryMatch } from '../../dictionaries/types';
import type { CertificationKind } from '../../types/requirements';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { requirementAt } from '../requirements/requirement-cue';
import { reasonUnder } from '../../dictionaries/reason';

const KINDS: ReadonlySet<string> = new Set(['licence', 'certification', 'registration', 'clearance', 'right_to_work']);

/** The certifications dictionary's matches that carry a known kind; an entry without one is a certification. */
export function readCertifications(matches: readonly DictionaryMatch[]): { match: DictionaryMatch; kind: CertificationKind }[] {
  return matches.map((match) => ({
    match,
    kind: (match.entry.kind && KINDS.has(match.entry.kind) ? match.entry.kind : 'certification') as CertificationKind,
  }));
}

export const certificationsExtractor: Extractor = {
  name: 'certifications',
  run(ctx) {
    const { doc } = ctx;
    for (const { match, kind } of readCertifications(dictionaryMatches(ctx, 'certifications'))) {
      const reason = reasonUnder('certifications', match.reason);
      ctx.result.certifications.push({
        text: match.text,
        start: match.start,
        end: match.end,
        id: match.entry.id,
        name: match.entry.name,
        kind,
        required: requirementAt(doc, match.start, match.end),
        reason,
      });
    }
  },
};
