import type { DictionaryMatch } from '../../dictionaries/types';
import type { AnalysedDocument, Extractor } from '../../pipeline/types';
import type { Language } from '../../types/requirements';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { requirementAt } from '../requirements/requirement-cue';
import { dictionaryMentions } from './dictionary';
import { groupMentions, SkillMention } from './group';
import { findPatternPhrases, PatternPhrase } from './patterns';

export { findPatternPhrases } from './patterns';
export type { PatternPhrase } from './patterns';
export { groupMentions } from './group';
export type { SkillMention } from './group';

/** Pattern phrases are read from sentence shape, not looked up: less certain than a dictionary hit. */
const PATTERN_CONFIDENCE = 0.5;

/** Canonical id of a pattern phrase: its normalised words. */
export function patternId(text: string): string {
  return `pattern:${text.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim()}`;
}

function patternMentions(doc: AnalysedDocument, phrases: PatternPhrase[], matches: DictionaryMatch[]): SkillMention[] {
  const out: SkillMention[] = [];
  let m = 0;
  for (const p of phrases) {
    while (m < matches.length && matches[m].end <= p.start) m++;
    const inside: DictionaryMatch[] = [];
    for (let k = m; k < matches.length && matches[k].start < p.end; k++) if (matches[k].end <= p.end) inside.push(matches[k]);
    // A phrase that is exactly a dictionary skill is already reported as one.
    if (inside.some((d) => d.start === p.start && d.end === p.end)) continue;
    const head = inside.find((d) => d.end === p.end);
    const kind = p.shape === 'object' ? (head?.entry.kind === 'competence' ? 'competence' : 'knowledge') : head?.entry.kind === 'knowledge' && inside.length === 1 && head.start === p.start ? 'knowledge' : 'competence';
    const text = doc.text.slice(p.start, p.end);
    out.push({
      id: patternId(text),
      name: text,
      kind,
      category: null,
      source: 'pattern',
      confidence: PATTERN_CONFIDENCE,
      required: requirementAt(doc, p.start, p.end),
      linkedIds: [...new Set(inside.map((d) => d.entry.id))],
      text,
      start: p.start,
      end: p.end,
      reason: p.reason,
    });
  }
  return out;
}

/** Human languages are skills too, of kind `language`. */
function languageMentions(languages: Language[]): SkillMention[] {
  return languages.map((l) => ({
    id: `language:${l.code}`,
    name: l.name,
    kind: 'language',
    category: 'languages',
    source: 'dictionary',
    confidence: 0.9,
    required: l.required,
    text: l.text,
    start: l.start,
    end: l.end,
    reason: 'skills/language',
  }));
}

// What the company does, offers or wants from an application is not asked of the candidate.
const NOT_ASKED = new Set(['company', 'benefits', 'how_to_apply']);

function inSkippedSection(doc: AnalysedDocument, at: number): boolean {
  const section = doc.sections.find((s) => at >= s.start && at < s.end);
  return section !== undefined && NOT_ASKED.has(section.kind);
}

/**
 * Fills `skills`: dictionary skills (with their case, context, lemma and
 * coordination rules), open-vocabulary pattern phrases linked to the
 * dictionary skills inside them, and the languages found earlier.
 */
export const skillsExtractor: Extractor = {
  name: 'skills',
  run(ctx) {
    const { doc } = ctx;
    const matches = dictionaryMatches(ctx, 'skills').filter((m) => !inSkippedSection(doc, m.start));
    const mentions = [
      ...dictionaryMentions(doc, matches),
      ...patternMentions(doc, findPatternPhrases(doc, (at) => inSkippedSection(doc, at)), matches),
      ...languageMentions(ctx.result.languages),
    ];
    ctx.result.skills = groupMentions(mentions);
  },
};
