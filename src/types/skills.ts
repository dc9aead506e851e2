import type { Explained, Requirement, SkillKind, Span } from './common';

export interface Skill {
  /** Canonical id (dictionary) or `pattern:<normalised phrase>`. */
  id: string;
  name: string;
  kind: SkillKind;
  category: string | null;
  source: 'dictionary' | 'pattern';
  /** 0..1; dictionary matches are high, pattern phrases lower. */
  confidence: number;
  required: Requirement;
  mentions: (Span & Explained)[];
  /** For pattern phrases: dictionary skills found inside the phrase. */
  linkedIds?: string[];
}
