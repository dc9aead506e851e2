import type { Explained, Requirement, Span } from './common';
import type { Seniority } from './document';

export interface Experience extends Span, Explained {
  minYears: number | null;
  maxYears: number | null;
  /** When the text gives months ("18 months"). */
  months: number | null;
  /** What the experience is in ("customer facing roles"), when stated. */
  subject: (Span & { value: string }) | null;
  required: Requirement;
  /** Skills found inside the subject. */
  skillIds: string[];
}

export type EducationLevel =
  | 'secondary'
  | 'post_secondary_vocational'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctorate'
  | 'professional';

export interface Education extends Span, Explained {
  level: EducationLevel;
  /** Canonical credential id from the qualifications dictionary ("gcse", "hnd"). */
  credential: string;
  /** Display name of the credential. */
  name: string;
  subject: string | null;
  /** e.g. "C" or "4" for GCSEs, "2:1" for degrees, "3" for NVQ level 3. */
  grade: string | null;
  required: Requirement;
}

export type CertificationKind = 'licence' | 'certification' | 'registration' | 'clearance' | 'right_to_work';

export interface Certification extends Span, Explained {
  id: string;
  name: string;
  kind: CertificationKind;
  required: Requirement;
}

export type LanguageLevel = 'native' | 'fluent' | 'bilingual' | 'professional' | 'conversational' | 'basic';

export interface Language extends Span, Explained {
  /** ISO 639-1 code where there is one ("es"), else the dictionary id. */
  code: string;
  name: string;
  level: LanguageLevel | null;
  required: Requirement;
}

export interface Occupation {
  id: string;
  name: string;
  seniority: Seniority | null;
  mentions: (Span & Explained)[];
}

export interface Domain {
  id: string;
  name: string;
  mentions: (Span & Explained)[];
}
