/** Result types for requirements and vocabularies: experience, education, certifications, languages, occupations, domains. */
import type { Explained, Requirement, Span } from './common';
import type { Seniority } from './document';

/**
 * An experience requirement: "5+ years", "3 to 5 yrs", "previous experience
 * essential", "no experience necessary" (0 to 0 years, `required: false`).
 * `reason`: `experience/years`, `experience/range`, `experience/minimum`,
 * `experience/up-to`, `experience/collapsed-range`, `experience/qualified`,
 * `experience/opening`, `experience/entry-level`, `experience/none-required`.
 */
export interface Experience extends Span, Explained {
  /** Lower bound in years ("3-5 years" gives 3, "18 months" 1.5); null for "up to 2 years" or when no number is given. */
  minYears: number | null;
  /** Upper bound in years; null for "5+ years", "at least 2 years" or when no number is given. */
  maxYears: number | null;
  /** When the text gives months ("18 months"). */
  months: number | null;
  /** What the experience is in ("customer facing roles"), when stated. */
  subject: (Span & {
    /** The subject's words as the text gives them: "customer facing roles". */
    value: string;
  }) | null;
  /** Essential, preferred or unsaid; "no experience necessary" is `false`. */
  required: Requirement;
  /** Skills found inside the subject. */
  skillIds: string[];
}

/** Normalised education level: GCSE is `secondary`, NVQ/BTEC/HNC/HND `post_secondary_vocational`, a bachelor's `bachelor` ... */
export type EducationLevel =
  | 'secondary'
  | 'post_secondary_vocational'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctorate'
  | 'professional';

/** An education requirement. `reason`: `education/dictionary`, `education/level-number` ("NVQ Level 3"), `education/coordination` ("GCSE or A-level"). */
export interface Education extends Span, Explained {
  /** The credential's level, from the qualifications dictionary. */
  level: EducationLevel;
  /** Canonical credential id from the qualifications dictionary ("gcse", "hnd"). */
  credential: string;
  /** Display name of the credential. */
  name: string;
  /** The field of study, when stated: "a degree in Civil Engineering" gives "Civil Engineering"; null otherwise. */
  subject: string | null;
  /** e.g. "C" or "4" for GCSEs, "2:1" for degrees, "3" for NVQ level 3. */
  grade: string | null;
  /** Essential, preferred or unsaid. */
  required: Requirement;
}

/** A licence (driving, SIA), a certification or professional qualification, a registration (NMC, HCPC), a check or clearance (DBS, SC), the right to work. */
export type CertificationKind = 'licence' | 'certification' | 'registration' | 'clearance' | 'right_to_work';

/** A licence, professional body, registration, check or clearance the posting names. `reason`: `certifications/alias`, `certifications/lemma` ... */
export interface Certification extends Span, Explained {
  /** Entry id in the certifications dictionary: `driving-licence`, `dbs-check`, `nmc-registration` ... */
  id: string;
  /** The entry's display name. */
  name: string;
  /** The entry's kind; `certification` when the entry gives none. */
  kind: CertificationKind;
  /** Essential, preferred or unsaid. */
  required: Requirement;
}

/** How well a language must be spoken, when the posting says. */
export type LanguageLevel = 'native' | 'fluent' | 'bilingual' | 'professional' | 'conversational' | 'basic';

export interface Language extends Span, Explained {
  /** ISO 639-1 code where there is one ("es"), else the dictionary id. */
  code: string;
  /** English name of the language: "Spanish". */
  name: string;
  /** "fluent Spanish", "conversational French"; null when no level is stated. */
  level: LanguageLevel | null;
  /** Essential, preferred or unsaid. */
  required: Requirement;
}

/** A job title named anywhere in the posting, one per occupation, in order of first mention. */
export interface Occupation {
  /** Entry id in the occupations dictionary: `care-assistant`, `software-engineer` ... */
  id: string;
  /** The entry's display name. */
  name: string;
  /** From the first mention's words, else the dictionary entry's; null when neither says. */
  seniority: Seniority | null;
  /** Each mention, in text order (`occupations/alias`, `occupations/title-phrase` for a head widened to the whole title ...). */
  mentions: (Span & Explained)[];
}

/** An industry or sector the posting names, one per id, in order of first mention. */
export interface Domain {
  /** Entry id in the domains dictionary (`healthcare`), or `pattern:<words>` for a sector phrase no entry knows ("the Oncology sector"). */
  id: string;
  /** The entry's display name, or the phrase's words. */
  name: string;
  /** Each mention, in text order (`domains/alias`, `domains/sector-phrase` ...). */
  mentions: (Span & Explained)[];
}
