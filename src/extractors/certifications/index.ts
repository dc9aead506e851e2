/** The certifications extractor: licences, registrations, checks and professional bodies, with their requirement cue. */
import type { Extractor } from '../../contract';
import type { DictionaryMatch } from '../../dictionaries/types';
import type { CertificationKind } from '../../types/requirements';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { requirementAt } from '../requirements/requirement-cue';
import { reasonUnder } from '../../dictionaries/reason';

const KINDS: ReadonlySet<string> = new Set(['licence', 'certification', 'registration', 'clearance', 'right_to_work']);

// A check or licence the posting says it does not ask for: "Working with Children Check is not required", "No DBS check
// required", "a forklift licence is not needed". ("Not essential" is a preference, read by the requirement cue.)
// (The check's noun and verb that may come between: "... Check is", "... licences are".)
const BETWEEN = String.raw`^(?: (?:check|card|certificate|clearance))? (?:is |are )?`;
const NOT_ASKED_AFTER = new RegExp(String.raw`${BETWEEN}not (?:required|needed|necessary|a requirement)\b`, 'i');
const NO_BEFORE = /(?:^|[^\p{L}])no $/iu;
const ASKED_AFTER = new RegExp(String.raw`${BETWEEN}(?:required|needed|necessary)\b`, 'i');

/** Whether the words around a match say it is not asked for. */
function notAsked(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  return NOT_ASKED_AFTER.test(after) || (NO_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && ASKED_AFTER.test(after));
}

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
      if (notAsked(doc.text, match.start, match.end)) continue;
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
