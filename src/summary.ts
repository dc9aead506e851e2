/** The CLI's --summary digest of one result. */
import type { ExtractionResult } from './types/result';
import { salaryValue } from './extractors/salary';
import { placeLine, range, termLabel, titleLine, unique } from './format';

function hoursLine(h: ExtractionResult['hours']): string | null {
  if (!h) return null;
  const week = h.perWeek ? `${range(h.perWeek.min, h.perWeek.max)} h/week` : null;
  return [week, ...h.shifts].filter(Boolean).join(', ') || null;
}

/**
 * A short digest of one result for people (the CLI's --summary): dictionary
 * skills first, open-vocabulary phrases only counted (they are in the JSON),
 * every value once, seniority only where the title's words state it.
 */
export function summarise(file: string, r: ExtractionResult): string {
  const lines: string[] = [`== ${file}`];
  const row = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`${label.padEnd(15)}${value}`);
  };
  const list = (xs: string[]) => (xs.length ? unique(xs).join(', ') : null);
  row('title', r.title ? titleLine(r.title) : null);
  row('company', r.company?.name);
  row('salary', list(r.salaries.map((s) => `${salaryValue(s)} [${s.kind}]${s.annual.min !== null && s.period !== 'year' ? ` = ${range(s.annual.min, s.annual.max)}/year` : ''}`)));
  row('employment', list(r.employmentType.map(termLabel)));
  row('contract', list(r.contractType.map(termLabel)));
  row('hours', hoursLine(r.hours));
  row('workplace', list(r.workplace.map(termLabel)));
  row('location', r.location ? placeLine(r.location) : null);
  const years = (e: ExtractionResult['experience'][number]) =>
    e.minYears === null ? (e.months !== null ? `${e.months} months` : 'experience') : e.maxYears === null ? `${e.minYears}+ years` : e.maxYears === e.minYears ? `${e.minYears} years` : `${e.minYears}-${e.maxYears} years`;
  row('experience', list(r.experience.map((e) => `${years(e)}${e.subject ? ` in ${e.subject.value}` : ''}${e.required === true ? ' (required)' : e.required === false ? ' (preferred)' : ''}`)));
  row('education', list(r.education.map((e) => e.name + (e.subject ? ` in ${e.subject}` : ''))));
  row('certifications', list(r.certifications.map((c) => c.name)));
  row('languages', list(r.languages.map((l) => `${l.name}${l.level ? ` (${l.level})` : ''}`)));
  // Languages have their own line; pattern phrases are long and many, so only counted here.
  row('skills', list(r.skills.filter((s) => s.source === 'dictionary' && s.kind !== 'language').map((s) => s.name)));
  const phrases = r.skills.filter((s) => s.source === 'pattern').length;
  row('phrases', phrases ? `${phrases} open-vocabulary skill phrase${phrases === 1 ? '' : 's'} (in the JSON output)` : null);
  row('occupations', list(r.occupations.map((o) => o.name)));
  row('domains', list(r.domains.map((d) => d.name)));
  row('benefits', list(r.benefits.map((b) => b.name)));
  row('contact', list([...r.contact.emails, ...r.contact.phones, ...r.contact.urls].map((c) => c.value)));
  row('posted', [r.datePosted, r.validThrough && `closes ${r.validThrough}`].filter(Boolean).join(', ') || null);
  for (const w of r.warnings) lines.push(`warning        ${w.code}: ${w.message}`);
  return lines.join('\n');
}
