/** The entities refiner: builds the flat `entities` list from the structured fields. */
import type { Entity, EntityLabel, Explained, Span } from '../types/common';
import type { Refiner, WorkingResult } from '../contract';
import { salaryValue } from '../extractors/salary';

/**
 * Builds the flat `entities` list from the structured fields, so the two can
 * never disagree: one entity per mention, sorted by position. Entities that
 * custom extractors pushed themselves are kept.
 */
export function collectEntities(r: WorkingResult): Entity[] {
  const out: Entity[] = [...r.entities];
  // No object per call beyond the entity: this runs for every mention of every field.
  const add = (label: EntityLabel, span: Span & Partial<Explained>, value?: string, reason: string = span.reason ?? label) => {
    // A value with no place in the text (JSON-LD pay) has an empty span: no entity.
    if (span.end > span.start) out.push({ label, text: span.text, start: span.start, end: span.end, value, reason });
  };
  for (const s of r.skills) {
    for (const m of s.mentions) if (m.end > m.start) out.push({ label: 'skill', text: m.text, start: m.start, end: m.end, value: s.id, reason: m.reason ?? 'skill', kind: s.kind });
  }
  for (const o of r.occupations) for (const m of o.mentions) add('occupation', m, o.id);
  for (const d of r.domains) for (const m of d.mentions) add('domain', m, d.id);
  for (const b of r.benefits) for (const m of b.mentions) add('benefit', m, b.id);
  for (const e of r.education) add('qualification', e, e.credential);
  for (const c of r.certifications) add('qualification', c, c.id);
  for (const x of r.experience) add('experience', x);
  for (const l of r.languages) add('language', l, l.code);
  for (const s of r.salaries) add('salary', s, salaryValue(s));
  for (const l of r.locations) add('location', l, l.name);
  // A ruled-out value ("no remote working") stays in its field, flagged `negated`, but is no entity.
  const terms = [
    ['employment_type', r.employmentType],
    ['contract_type', r.contractType],
    ['workplace', r.workplace],
  ] as const;
  for (const [label, values] of terms) {
    for (const t of values) if (!t.negated) for (const m of t.mentions) add(label, m, t.value);
  }
  for (const kind of ['emails', 'phones', 'urls'] as const) {
    const reason = `contact/${kind.slice(0, -1)}`;
    for (const c of r.contact[kind]) add('contact', c, c.value, reason);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

export const entitiesRefiner: Refiner = {
  name: 'entities',
  run({ result }) {
    result.entities = collectEntities(result);
  },
};
