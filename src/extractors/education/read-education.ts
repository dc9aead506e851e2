/** Reads education credentials from qualifications-dictionary hits: level numbers, grades, subjects, coordination. */
import type { DictionaryMatch } from '../../dictionaries/types';
import type { EducationLevel } from '../../types/requirements';
import { subjectAfter } from '../experience/subject';

/** An education credential found in the text, before the requirement cue is read. */
export interface EducationFinding {
  start: number;
  end: number;
  level: EducationLevel;
  credential: string;
  name: string;
  subject: string | null;
  grade: string | null;
  reason: string;
}

const LEVELS: ReadonlySet<string> = new Set(['secondary', 'post_secondary_vocational', 'associate', 'bachelor', 'master', 'doctorate', 'professional']);

// "NVQ level 3", "NVQ Level 2", "NVQ L3": the level number belongs to the credential.
const LEVEL_AFTER = /^[ ]{0,2}(?:level|lvl|l)[ ]{0,2}(\d)\b/i;
const LEVEL_BEFORE = /\blevel[ ]{0,2}(\d)[ ]{1,2}$/i;
const GCSE_GRADE =
  /^[^.;:!?]{0,30}?(?:\bgrades?[ ]{0,2}\(?([A-G]\*?|[1-9])(?:[ ]{0,2}(?:-|–|to)[ ]{0,2}([A-G]|[1-9]))?|\(?\b(A\*?|[A-G])[ ]{0,2}(?:-|–)[ ]{0,2}([A-G])\b|\b([A-G]|[1-9])[ ]{1,2}or[ ]{1,2}(?:above|higher|better))/;
const DEGREE_GRADE = /\b(2[:.][12]|first[ ]class|1st)(?:[ ]{1,2}(?:or[ ]{1,2}(?:above|higher|better)|honours|hons))?[ ]{1,2}(?:[A-Za-z]+[ ]{1,2})?$/i;
// Words that may stand between a credential and its subject ("degree level or equivalent in").
const BRIDGE = /^[ ]{0,2}(?:level|standard|qualified|or[ ]{1,2}equivalent|or[ ]{1,2}above|or[ ]{1,2}higher|\(|\)|,)/i;
const SUBJECT_PREP = /^[ ]{0,2}(?:in|of)[ ]{1,2}/i;
const TITLED = new Set(['bachelor', 'master', 'doctorate']);
const COORDINATION = /^[ ]{0,2}(?:\/|,|or|and|&|\/[ ]{0,2}or)[ ]{0,2}$/i;
// A comma that goes on with a list of subjects: ", Economics", ", or a related field" (the closing "or" in group 1; not
// ", or be willing to train"). Sticky.
const LISTED_MORE = /,[ ]{1,2}(?:(or|and)[ ]{1,2}(?=[A-Z]|(?:a|an|another|other|any|related|relevant|similar|equivalent)\b)|(?=[A-Z]))/y;
const MAX_LISTED = 5;
// The last item of a list without the serial comma: "Engineering, Mathematics or similar".
const CLOSING = /\s(?:or|and)\s/;
const SUBJECT_NAME = /^[A-Z][\w&'-]*(?:\s(?:[A-Z][\w&'-]*|of|in|and|for|the|&))*$/;

/** The subject after a credential ending at `from`, read up to `until` (the next credential's start). */
function subjectOf(text: string, from: number, level: string, until: number): string | null {
  let i = from;
  for (let k = 0; k < 4; k++) {
    const bridge = BRIDGE.exec(text.slice(i, i + 20));
    if (!bridge) break;
    i += bridge[0].length;
  }
  // (Not into the next credential: "Masters in Data Science or PhD in Statistics".)
  const limit = Math.min(text.length, i + 100, until);
  const prep = SUBJECT_PREP.exec(text.slice(i, i + 6));
  if (prep) {
    const start = i + prep[0].length;
    const first = subjectAfter(text, start, limit);
    // "B.Tech in Any Specialization", "a degree in any discipline": no subject asked for.
    if (!first || /^any\b/i.test(first.value)) return null;
    // "in Finance, Economics, or a related field": a list of subjects goes on after its commas, when "or" or "and"
    // closes it ("in Finance, Strong Excel skills" is no list).
    let end = first.end;
    let listEnd = end;
    for (let k = 0; k < MAX_LISTED; k++) {
      LISTED_MORE.lastIndex = end;
      const more = LISTED_MORE.exec(text);
      const next = more ? subjectAfter(text, end + more[0].length, limit) : null;
      // An item after a bare comma is a subject's name: "Engineering", not "Strong Excel skills".
      if (!next || (!more![1] && !SUBJECT_NAME.test(next.value.split(CLOSING)[0]))) break;
      end = next.end;
      if (more![1] || CLOSING.test(next.value)) {
        listEnd = end;
        break;
      }
    }
    return text.slice(start, listEnd);
  }
  // "BSc Computer Science": a titled degree followed by capitalised words.
  if (TITLED.has(level) && /^[ ]{1,2}[A-Z][a-z]/.test(text.slice(from, from + 4))) {
    const m = /^[ ]{1,2}((?:[A-Z][a-z]+[ ]{0,2}){1,4})/.exec(text.slice(from, from + 60));
    const words = m ? m[1].trim() : '';
    const phrase = words ? subjectAfter(text, from + m![0].indexOf(words), from + m![0].indexOf(words) + words.length) : null;
    return phrase?.value ?? null;
  }
  return null;
}

function gradeOf(text: string, m: DictionaryMatch, credential: string, level: string): string | null {
  if (credential === 'gcse' || credential === 'o-level') {
    const g = GCSE_GRADE.exec(text.slice(m.end, m.end + 40));
    if (g) return g[2] ?? g[1] ?? g[4] ?? g[3] ?? g[5] ?? null;
    return null;
  }
  if (level === 'bachelor') {
    const g = DEGREE_GRADE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    return g ? g[1].replace('.', ':').toLowerCase().replace('1st', 'first class') : null;
  }
  return null;
}

/**
 * Education credentials from the qualifications dictionary's matches: the
 * level, the NVQ-style level number, grades, and the subject, shared across
 * a coordination ("Degree / HND / HNC in Civil Engineering").
 */
export function readEducation(text: string, matches: readonly DictionaryMatch[]): EducationFinding[] {
  const found: EducationFinding[] = [];
  // Matches are in text order: each one's subject is read up to the next one's start.
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const level = m.entry.level;
    if (!level || !LEVELS.has(level)) continue;
    let { start, end } = m;
    let grade = gradeOf(text, m, m.entry.id, level);
    let reason = 'education/dictionary';
    const after = LEVEL_AFTER.exec(text.slice(end, end + 12));
    const before = LEVEL_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (after) {
      end += after[0].length;
      grade = after[1];
      reason = 'education/level-number';
    } else if (before) {
      start -= before[0].length;
      grade = before[1];
      reason = 'education/level-number';
    }
    found.push({
      start,
      end,
      level: level as EducationLevel,
      credential: m.entry.id,
      name: m.entry.name,
      subject: subjectOf(text, end, level, k + 1 < matches.length && matches[k + 1].start >= end ? matches[k + 1].start : text.length),
      grade,
      reason,
    });
  }
  shareSubjects(text, found);
  return withoutRestated(text, found);
}

// Between a credential and its abbreviation in brackets: its subject at most ("Bachelor's degree in Nursing (BSN)").
const BEFORE_RESTATED = /^[^.;:!?()\n]{0,60}\($/;

/** A credential's abbreviation in brackets after it names the same credential again: "Master of Business Administration (MBA)". */
function withoutRestated(text: string, found: EducationFinding[]): EducationFinding[] {
  return found.filter((f, i) => {
    const prev = found[i - 1];
    return !(prev && prev.level === f.level && text[f.end] === ')' && BEFORE_RESTATED.test(text.slice(prev.end, f.start).trimEnd()));
  });
}

/** Credentials joined by "/", ",", "or", "and" share the subject of the last one. */
function shareSubjects(text: string, found: EducationFinding[]): void {
  let groupStart = 0;
  for (let i = 1; i <= found.length; i++) {
    const joined = i < found.length && COORDINATION.test(text.slice(found[i - 1].end, found[i].start));
    if (joined) continue;
    const subject = found[i - 1].subject;
    if (subject) {
      for (let k = groupStart; k < i - 1; k++) {
        if (!found[k].subject) {
          found[k].subject = subject;
          found[k].reason = 'education/coordination';
        }
      }
    }
    groupStart = i;
  }
}
