/** Groups skill mentions into one Skill per id. */
import type { Explained, Requirement, SkillKind, Span } from '../../types/common';
import type { Skill } from '../../types/skills';

/** One found mention before grouping: which skill, where, and how sure. */
export interface SkillMention extends Span, Explained {
  id: string;
  name: string;
  kind: SkillKind;
  category: string | null;
  source: Skill['source'];
  confidence: number;
  required: Requirement;
  linkedIds?: string[];
}

/** Several mentions agree: essential anywhere wins, then preferred, else unsaid. */
function combineRequired(a: Requirement, b: Requirement): Requirement {
  if (a === true || b === true) return true;
  if (a === false || b === false) return false;
  return undefined;
}

/** One skill per id, mentions in text order, skills ordered by first mention. */
export function groupMentions(mentions: SkillMention[]): Skill[] {
  // The agreement is folded in as mentions come, and the linked ids' set is made for the few skills that have any.
  const byId = new Map<string, { skill: Skill; linked: Set<string> | null }>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    let g = byId.get(m.id);
    if (!g) {
      g = {
        skill: { id: m.id, name: m.name, kind: m.kind, category: m.category, source: m.source, confidence: m.confidence, required: m.required, mentions: [] },
        linked: null,
      };
      byId.set(m.id, g);
    } else {
      g.skill.required = combineRequired(g.skill.required, m.required);
    }
    g.skill.mentions.push({ text: m.text, start: m.start, end: m.end, reason: m.reason });
    g.skill.confidence = Math.max(g.skill.confidence, m.confidence);
    if (m.linkedIds) for (const id of m.linkedIds) (g.linked ??= new Set()).add(id);
  }
  return [...byId.values()].map(({ skill, linked }) => {
    if (linked?.size) skill.linkedIds = [...linked];
    return skill;
  });
}
