/** The skills extractor: dictionary skills, open-vocabulary pattern phrases, languages and qualification subjects. */
import type { DictionaryMatch } from '../../dictionaries/types';
import type { AnalysedDocument, Extractor } from '../../contract';
import type { Education, Language } from '../../types/requirements';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { requirementAt } from '../requirements/requirement-cue';
import { legalStatements } from '../requirements/legal-statements';
import { sectionAt } from '../../sections';
import { withoutOverlap } from '../../util/spans';
import { dictionaryMentions } from './dictionary';
import { groupMentions, SkillMention } from './group';
import { findPatternPhrases, PatternPhrase } from './patterns';

const NOT_PATTERN_WORD = /[^\p{L}\p{N}+#]+/gu;

export { findPatternPhrases } from './patterns';
export type { PatternPhrase } from './patterns';
export { groupMentions } from './group';
export type { SkillMention } from './group';

/** Pattern phrases are read from sentence shape, not looked up: less certain than a dictionary hit. */
const PATTERN_CONFIDENCE = 0.5;

/** Canonical id of a pattern phrase: its normalised words. */
export function patternId(text: string): string {
  return `pattern:${text.toLowerCase().replace(NOT_PATTERN_WORD, ' ').trim()}`;
}

/**
 * Whether phrase `p` is already reported as a dictionary skill: it is one (same span), or a piece of one's words cut at
 * a symbol ("C" of "C#", "Node" of "Node.js", "CD pipelines" of "CI/CD pipelines"). `from`: the first of `matches` (by
 * start) not ending before the phrase.
 */
function reportedAsMatch(p: PatternPhrase, matches: readonly DictionaryMatch[], from: number): boolean {
  for (let k = from; k < matches.length && matches[k].start <= p.start; k++) if (matches[k].end >= p.end) return true;
  return false;
}

function patternMentions(doc: AnalysedDocument, phrases: PatternPhrase[], matches: DictionaryMatch[]): SkillMention[] {
  const out: SkillMention[] = [];
  let m = 0;
  for (const p of phrases) {
    while (m < matches.length && matches[m].end <= p.start) m++;
    const inside: DictionaryMatch[] = [];
    for (let k = m; k < matches.length && matches[k].start < p.end; k++) if (matches[k].end <= p.end) inside.push(matches[k]);
    if (reportedAsMatch(p, matches, m)) continue;
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

/**
 * The subject of a required qualification ("degree in Civil Engineering") is
 * subject knowledge: found after the credential, leading filler dropped.
 */
const SUBJECT_FILLER = /^(?:(?:the|a|an|relevant|related|a related)\s+)*(?:(?:field|area|discipline|subject)s?\s+of\s+)?/i;
const SUBJECT_REACH = 200;
// "... or a related field", "... or equivalent": not part of the subject.
const SUBJECT_TAIL = /\s+or\s+(?:an?\s+)?(?:closely\s+)?(?:related|equivalent|similar|relevant)\b[^]*$/i;

function subjectMentions(doc: AnalysedDocument, education: Education[], matches: DictionaryMatch[]): SkillMention[] {
  const out: SkillMention[] = [];
  const seen = new Set<number>();
  for (const e of education) {
    if (!e.subject) continue;
    const at = doc.text.slice(e.end, e.end + SUBJECT_REACH).indexOf(e.subject);
    if (at === -1) continue;
    const filler = SUBJECT_FILLER.exec(e.subject)?.[0].length ?? 0;
    const start = e.end + at + filler;
    const end = e.end + at + e.subject.replace(SUBJECT_TAIL, '').length;
    // Already a dictionary skill ("Civil Engineering"): reported as that.
    if (end <= start || seen.has(start) || matches.some((d) => d.start === start && d.end === end)) continue;
    seen.add(start);
    const text = doc.text.slice(start, end);
    out.push({ id: patternId(text), name: text, kind: 'knowledge', category: null, source: 'pattern', confidence: PATTERN_CONFIDENCE, required: e.required, text, start, end, reason: 'skills/pattern-qualification-subject' });
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
  const section = sectionAt(doc.sections, at);
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
      // What the pay rules read ("Pay 11.50 per hour") is pay, and an equal-opportunity statement legal text, not a duty.
      ...patternMentions(doc, withoutOverlap(findPatternPhrases(doc, (at) => inSkippedSection(doc, at)), [...ctx.result.salaries, ...legalStatements(doc)]), matches),
      ...languageMentions(ctx.result.languages),
      ...subjectMentions(doc, ctx.result.education, matches),
    ];
    ctx.result.skills = groupMentions(mentions);
  },
};
