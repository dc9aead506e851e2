/** Which jobsift entities count as which dataset label in the span evaluations. */
import type { Entity } from '../types/common';

/**
 * How a dataset's labels map onto jobsift entities: a dataset label is
 * predicted by the entities whose label (and, for skills, kind) is listed.
 * Pass your own with `npm run eval -- --mapping mapping.json`.
 */
export type LabelMapping = Record<string, Record<string, { label: Entity['label']; kinds?: string[] }[]>>;

export const DEFAULT_MAPPING: LabelMapping = {
  green: {
    Skill: [{ label: 'skill' }],
    Occupation: [{ label: 'occupation' }],
    Domain: [{ label: 'domain' }],
    Qualification: [{ label: 'qualification' }],
    Experience: [{ label: 'experience' }],
  },
  skillspan: {
    Knowledge: [{ label: 'skill', kinds: ['knowledge', 'language'] }],
    Skill: [{ label: 'skill', kinds: ['competence'] }],
  },
};

export function selects(rules: { label: string; kinds?: string[] }[], e: Entity): boolean {
  return rules.some((r) => r.label === e.label && (!r.kinds || (e.kind !== undefined && r.kinds.includes(e.kind))));
}
