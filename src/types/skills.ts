/** The Skill result type. */
import type { Explained, Requirement, SkillKind, Span } from './common';

/** One skill the posting asks for, with every place it is mentioned. Skills are ordered by first mention. */
export interface Skill {
  /** Canonical id: the dictionary entry's (`microsoft-excel`), `pattern:<normalised phrase>` (`pattern:manage outbound calls`) or `language:<code>` (`language:es`). */
  id: string;
  /** The entry's display name, or the phrase as written for pattern skills. */
  name: string;
  /** Knowledge, competence or language (after ESCO). */
  kind: SkillKind;
  /** The dictionary entry's category ("office software"), `languages` for languages, null for pattern phrases. */
  category: string | null;
  /** `dictionary`: a listed entry matched; `pattern`: a phrase read from sentence shape ("ability to ...", "knowledge of ..."). */
  source: 'dictionary' | 'pattern';
  /** 0..1, the best of its mentions: 0.9 for an alias or a language, 0.85 via a lemma, 0.8 via coordination, 0.5 for a pattern phrase. */
  confidence: number;
  /** Over all mentions: `true` if any is essential, else `false` if any is preferred, else unsaid. */
  required: Requirement;
  /** Each mention, in text order; `reason` names the rule (`skills/alias`, `skills/pattern-ability-to` ...). */
  mentions: (Span & Explained)[];
  /** For pattern phrases: dictionary skills found inside the phrase. */
  linkedIds?: string[];
}
