import type { Entity, Warning } from './common';
import type { Company, Contact, InputKind, Section, Title } from './document';
import type { Location } from './location';
import type { ContractType, EmploymentType, Hours, Salary, TermValue, Workplace } from './pay';
import type { Certification, Domain, Education, Experience, Language, Occupation } from './requirements';
import type { Skill } from './skills';
import type { Explained, Span } from './common';

export interface Benefit {
  id: string;
  name: string;
  mentions: (Span & Explained)[];
}

/** What `extract()` returns: plain JSON, every field always present. */
export interface ExtractionResult {
  /** What the input was detected as. */
  inputKind: InputKind;
  title: Title | null;
  company: Company | null;
  /** The primary base pay. */
  salary: Salary | null;
  /** Every pay mention: base, OTE, bonus, allowances ... */
  salaries: Salary[];
  employmentType: TermValue<EmploymentType>[];
  contractType: TermValue<ContractType>[];
  hours: Hours | null;
  workplace: TermValue<Workplace>[];
  /** The primary place of work. */
  location: Location | null;
  locations: Location[];
  experience: Experience[];
  education: Education[];
  certifications: Certification[];
  languages: Language[];
  skills: Skill[];
  occupations: Occupation[];
  domains: Domain[];
  benefits: Benefit[];
  contact: Contact;
  sections: Section[];
  /** Every extracted span, sorted by start then end. */
  entities: Entity[];
  /** The normalised text that the extractors read. */
  text: string;
  warnings: Warning[];
}

/** The object form of the input. Every property is optional. */
export interface PostingInput {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  /** Plain text (or the feed's header block). */
  text?: string;
  /** HTML of the posting. */
  html?: string;
}

export interface Annualization {
  hoursPerYear: number;
  daysPerYear: number;
  weeksPerYear: number;
  monthsPerYear: number;
}

export interface ExtractOptions {
  /** ISO 4217 code to assume when a posting states none. Flagged as inferred. */
  defaultCurrency?: string;
  /** How pay periods convert to a year. See the README for the defaults and why. */
  annualization?: Partial<Annualization>;
  /** ISO 3166-1 alpha-2 code to prefer when a place name is ambiguous. */
  defaultCountry?: string;
  /** Input longer than this many UTF-16 units is cut at a line or tag boundary, with a warning. Default 1,000,000. */
  maxLength?: number;
}
