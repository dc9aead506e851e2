/** The experience extractor: requirements with their subject, linked skills and requirement cue. */
import type { ExtractorContext, Extractor } from '../../contract';
import type { Experience } from '../../types/requirements';
import { blockAt } from '../requirements/scope';
import { requirementAt } from '../requirements/requirement-cue';
import { lastStartingBy } from '../../util/spans';
import { findExperience, type ExperienceFinding } from './find-experience';

export { findExperience } from './find-experience';
export type { ExperienceFinding, FindExperienceOptions } from './find-experience';
export { findDurations } from './duration';
export type { Duration } from './duration';

/** A short normalised value for the entity: "5+ years", "3-5 years", "18 months", "any". */
export function experienceValue(f: Pick<ExperienceFinding, 'minYears' | 'maxYears' | 'months'>): string | undefined {
  if (f.months !== null && (f.maxYears === null || f.minYears === null)) {
    return f.maxYears !== null && f.minYears === null ? `up to ${f.months} months` : `${f.months}+ months`;
  }
  if (f.minYears !== null && f.maxYears !== null) {
    return f.minYears === f.maxYears ? `${f.minYears} years` : `${f.minYears}-${f.maxYears} years`;
  }
  if (f.minYears !== null) return `${f.minYears}+ years`;
  if (f.maxYears !== null) return `up to ${f.maxYears} years`;
  return undefined;
}

/**
 * The ids of the skills with a mention inside `[start, end)`, in the skills' order: every mention sorted by start
 * once, then a binary search per subject (a text of thousands of requirements and mentions asks for each).
 */
function skillsWithin(ctx: ExtractorContext): (start: number, end: number) => string[] {
  // (Sorted on the first subject only: most postings state none.)
  let sorted: { start: number; end: number; k: number }[] | null = null;
  return (start, end) => {
    const mentions = (sorted ??= ctx.result.skills.flatMap((skill, k) => skill.mentions.map((m) => ({ start: m.start, end: m.end, k }))).sort((a, b) => a.start - b.start));
    const ks = new Set<number>();
    for (let i = lastStartingBy(mentions, start - 1) + 1; i < mentions.length && mentions[i].start <= end; i++) if (mentions[i].end <= end) ks.add(mentions[i].k);
    return [...ks].sort((a, b) => a - b).map((k) => ctx.result.skills[k].id);
  };
}

export const experienceExtractor: Extractor = {
  name: 'experience',
  run(ctx) {
    const { doc } = ctx;
    const blockEnd = (at: number) => blockAt(doc, at)?.end ?? doc.text.length;
    const fields = doc.header.experience ? [doc.header.experience] : [];
    const skillsIn = skillsWithin(ctx);
    for (const f of findExperience(doc.text, { feedMarks: doc.feedMarks, blockEnd, fields })) {
      const subject = f.subject ? { text: f.subject.value, start: f.subject.start, end: f.subject.end, value: f.subject.value } : null;
      const item: Experience = {
        text: doc.text.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        minYears: f.minYears,
        maxYears: f.maxYears,
        months: f.months,
        subject,
        required: f.waived ? false : requirementAt(doc, f.start, subject ? Math.max(subject.end, f.end) : f.end),
        skillIds: subject ? skillsIn(subject.start, subject.end) : [],
        reason: f.reason,
      };
      ctx.result.experience.push(item);
      if (f.collapsed) {
        ctx.warn({
          code: 'experience/collapsed-range',
          message: `Read "${item.text}" as ${experienceValue(f)}: the feed strips hyphens from ranges.`,
          start: f.start,
          end: f.end,
        });
      }
    }
  },
};
