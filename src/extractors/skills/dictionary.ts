/** Skills-dictionary hits as skill mentions, with a confidence by how they matched. */
import type { DictionaryMatch } from '../../dictionaries/types';
import type { SkillKind } from '../../types/common';
import type { AnalysedDocument } from '../../contract';
import type { SkillMention } from './group';
import { requirementAt } from '../requirements/requirement-cue';
import { reasonUnder } from '../../dictionaries/reason';

// A plain alias is near certain; a coordinated head ("verbal and written
// communication") or a lemma match a little less.
const CONFIDENCE: Record<string, number> = { 'dictionary/alias': 0.9, 'dictionary/lemma': 0.85, 'dictionary/coordination': 0.8 };

export function dictionaryMentions(doc: AnalysedDocument, matches: DictionaryMatch[]): SkillMention[] {
  return matches.map((m) => ({
    id: m.entry.id,
    name: m.entry.name,
    kind: (m.entry.kind ?? 'knowledge') as SkillKind,
    category: m.entry.category,
    source: 'dictionary',
    confidence: CONFIDENCE[m.reason] ?? 0.8,
    required: requirementAt(doc, m.start, m.end),
    text: m.text,
    start: m.start,
    end: m.end,
    reason: reasonUnder('skills', m.reason),
  }));
}
