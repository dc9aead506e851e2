/** The CLI's --summary digest of one result. */
import type { ExtractionResult } from './types/result';
import { salaryValue } from './extractors/salary';

/** A short human-readable digest of one result, for the CLI's --summary. */
export function summarise(file: string, r: ExtractionResult): string {
  const lines: string[] = [`== ${file}`];
  const row = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`${label.padEnd(15)}${value}`);
  };
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : null);
  row('title', r.title ? `${r.title.normalized}${r.title.seniority ? ` (${r.title.seniority})` : ''}` : null);
  row('company', r.company?.name);
  row('salary', list(r.salaries.map((s) => `${salaryValue(s)} [${s.kind}]`)));
  row('employment', list(r.employmentType.map((t) => `${t.negated ? 'not ' : ''}${t.value}`)));
  row('contract', list(r.contractType.map((t) => `${t.negated ? 'not ' : ''}${t.value}`)));
  row('workplace', list(r.workplace.map((t) => `${t.negated ? 'not ' : ''}${t.value}`)));
  row('location', r.location ? [r.location.name, r.location.region, r.location.country].filter(Boolean).join(', ') : null);
  const years = (e: ExtractionResult['experience'][number]) =>
    e.minYears === null ? (e.months !== null ? `${e.months} months` : 'experience') : e.maxYears === null ? `${e.minYears}+ years` : e.maxYears === e.minYears ? `${e.minYears} years` : `${e.minYears}-${e.maxYears} years`;
  row('experience', list(r.experience.map((e) => `${years(e)}${e.subject ? ` in ${e.subject.value}` : ''}${e.required === true ? ' (required)' : e.required === false ? ' (preferred)' : ''}`)));
  row('education', list(r.education.map((e) => e.name + (e.subject ? ` in ${e.subject}` : ''))));
  row('certifications', list(r.certifications.map((c) => c.name)));
  row('languages', list(r.languages.map((l) => `${l.name}${l.level ? ` (${l.level})` : ''}`)));
  row('skills', list(r.skills.map((s) => s.name)));
  row('occupations', list(r.occupations.map((o) => o.name)));
  row('domains', list(r.domains.map((d) => d.name)));
  row('benefits', list(r.benefits.map((b) => b.name)));
  row('contact', list([...r.contact.emails, ...r.contact.phones, ...r.contact.urls].map((c) => c.value)));
  row('sections', list(r.sections.map((s) => s.kind)));
  for (const w of r.warnings) lines.push(`warning        ${w.code}: ${w.message}`);
  return lines.join('\n');
}
