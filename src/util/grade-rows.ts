/**
 * Details rows that give the post's grade or band: "Job grade" / "Senior Executive Officer" (the UK Civil
 * Service), "Band: Band 5" (the NHS), "Pay scale & grade: GS 11" (US federal). A grade names a level of pay, not
 * an occupation or a skill: "Executive Officer" there is no executive and no officer.
 */
import { inRanges, type Range } from './spans';
import type { Block } from '../contract';

// The label, alone on its line or before a colon. Bounded: linear.
const GRADE_LABEL = /^(?:job |pay |civil service )?(?:grade|band|grading|pay scale(?: (?:&|and) grade)?)s?[ \t]*:?[ \t]*/i;
const MAX_LABEL = 40;

const cache = new WeakMap<object, Range[]>();

/** The values of the document's grade rows, in text order. */
function gradeValues(doc: { text: string; blocks: readonly Block[] }): Range[] {
  let ranges = cache.get(doc);
  if (!ranges) {
    ranges = [];
    const { text, blocks } = doc;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.end - b.start > MAX_LABEL + 60) continue;
      const line = text.slice(b.start, b.end);
      const label = GRADE_LABEL.exec(line);
      if (!label) continue;
      if (label[0].length < line.length) {
        // "Grade: Senior Executive Officer": the value on the label's line, after a colon only.
        if (line.slice(0, label[0].length).includes(':')) ranges.push({ start: b.start + label[0].length, end: b.end });
      } else if (i + 1 < blocks.length) ranges.push({ start: blocks[i + 1].start, end: blocks[i + 1].end });
    }
    cache.set(doc, ranges);
  }
  return ranges;
}

/** Whether `m` stands in the value of a grade row. */
export function inGradeRow(doc: { text: string; blocks: readonly Block[] }, m: Range): boolean {
  const ranges = gradeValues(doc);
  return ranges.length > 0 && inRanges(ranges, m.start);
}
