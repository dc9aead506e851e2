/** The education extractor: credentials with level, subject, grade and requirement cue. */
import type { Extractor } from '../../contract';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { requirementAt } from '../requirements/requirement-cue';
import { readEducation } from './read-education';

export { readEducation } from './read-education';
export type { EducationFinding } from './read-education';

export const educationExtractor: Extractor = {
  name: 'education',
  run(ctx) {
    const { doc } = ctx;
    for (const f of readEducation(doc.text, dictionaryMatches(ctx, 'qualifications'))) {
      const text = doc.text.slice(f.start, f.end);
      ctx.result.education.push({
        text,
        start: f.start,
        end: f.end,
        level: f.level,
        credential: f.credential,
        name: f.name,
        subject: f.subject,
        grade: f.grade,
        required: requirementAt(doc, f.start, f.end),
        reason: f.reason,
      });
    }
  },
};
