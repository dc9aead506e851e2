/** The seniority a job title's words state. */
import type { Seniority } from '../../types/document';

// Ordered from the most specific cue down; the first rule that matches wins,
// except that a junior modifier ("Trainee Manager") outranks the head noun.
const JUNIOR = /\b(?:junior|jnr|jr|trainee|graduate|apprentice|entry[ -]level|commis)\b/i;
const INTERN = /\b(?:intern|internship|placement student|work experience)\b/i;
const RULES: readonly [RegExp, Seniority][] = [
  [/\b(?:chief|ceo|cfo|cto|coo|cio|cmo|managing director|president|owner|founder|c-level)\b/i, 'executive'],
  [/\b(?:director|head of|vp|vice president|headteacher|head teacher)\b/i, 'director'],
  [/\bmanager\b/i, 'manager'],
  [/\b(?:lead|leader|principal|supervisor|head chef|sous chef|team leader|charge nurse|sister)\b/i, 'lead'],
  [/\b(?:senior|snr|sr|experienced)\b/i, 'senior'],
  [/\b(?:mid[ -]level|intermediate)\b/i, 'mid'],
  [/\b(?:assistant|junior|trainee)\b/i, 'junior'],
];

/** The seniority a job title or mention states, or `null` when its words say nothing. */
export function seniorityOf(title: string): Seniority | null {
  if (INTERN.test(title)) return 'intern';
  if (JUNIOR.test(title)) return 'junior';
  // "Assistant Manager" and "Deputy Manager" stay managers.
  for (const [re, seniority] of RULES) if (re.test(title)) return seniority;
  return null;
}
