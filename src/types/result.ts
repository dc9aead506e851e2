/** The top-level types: ExtractionResult, the input object, the options. */
import type { Entity, Warning } from './common';
import type { Company, Contact, InputKind, Section, Title } from './document';
import type { ApplicantLocation, Location } from './location';
import type { ContractType, EmploymentType, Hours, Salary, TermValue, Workplace } from './pay';
import type { Certification, Domain, Education, Experience, Language, Occupation } from './requirements';
import type { Skill } from './skills';
import type { Explained, Span } from './common';

/** A benefit the employer offers, one per id, in order of first mention. */
export interface Benefit {
  /** Entry id in the benefits dictionary: `pension`, `company-car`, `401k` ... */
  id: string;
  /** The entry's display name. */
  name: string;
  /** Each mention, in text order (`benefits/alias`, `benefits/lemma` ...). */
  mentions: (Span & Explained)[];
}

/** What `extract()` returns: plain JSON, every field always present. */
export interface ExtractionResult {
  /** What the input was detected as. */
  inputKind: InputKind;
  /** The posting's title; null when none is found (plain text without a short first line, a fragment). */
  title: Title | null;
  /** The employer or agency; null unless a company field or label names it, or JSON-LD names one that the text contains. */
  company: Company | null;
  /** The primary base pay (base before OTE, figures before masked before words, a salary field first); null when no base pay or OTE is stated. */
  salary: Salary | null;
  /** Every pay mention: base, OTE, bonus, allowances ... */
  salaries: Salary[];
  /** Full or part time, each value once, negated ones included; empty when not stated. */
  employmentType: TermValue<EmploymentType>[];
  /** Permanent, contract, temporary ..., each value once, negated ones included. */
  contractType: TermValue<ContractType>[];
  /** Weekly hours and shift patterns; null when neither is stated. */
  hours: Hours | null;
  /** On-site, hybrid or remote, each value once, negated ones included ("no remote working"). */
  workplace: TermValue<Workplace>[];
  /** The primary place of work. */
  location: Location | null;
  /** Every place named, in text order, with its role (the JSON-LD place, having no span, only as `location`). */
  locations: Location[];
  /** Where applicants must live, as a JSON-LD JobPosting states it (`applicantLocationRequirements`). */
  applicantLocations: ApplicantLocation[];
  /** Experience requirements, in text order. */
  experience: Experience[];
  /** Education requirements, in text order. */
  education: Education[];
  /** Licences, professional bodies, registrations, checks and clearances, in text order. */
  certifications: Certification[];
  /** Human languages asked for, in text order (also listed in `skills`). */
  languages: Language[];
  /** Skills asked of the candidate, one per id, ordered by first mention. */
  skills: Skill[];
  /** Job titles named anywhere, one per occupation. */
  occupations: Occupation[];
  /** Industries and sectors named, one per id. */
  domains: Domain[];
  /** Benefits offered, one per id. */
  benefits: Benefit[];
  /** Email addresses, phone numbers and web addresses. */
  contact: Contact;
  /** The body's sections, in text order. */
  sections: Section[];
  /** When the posting was published: as a JSON-LD JobPosting states it (ISO 8601, as given), else an absolute date the text labels ("Posted: 3 December 2026", as YYYY-MM-DD), else null. */
  datePosted: string | null;
  /** The closing date: as a JSON-LD JobPosting states it (ISO 8601, as given), else an absolute date the text labels ("Closing date: 15 January 2027", "Apply by 31/01/2027", as YYYY-MM-DD), else null. */
  validThrough: string | null;
  /** Every extracted span, sorted by start then end. */
  entities: Entity[];
  /** The normalised text that the extractors read. */
  text: string;
  /** What went wrong or was guessed, in the order it happened; empty for a clean run. */
  warnings: Warning[];
}

/** The object form of the input. Every property is optional. */
export interface PostingInput {
  /** The job title as published. */
  title?: string;
  /** The employer or agency name. */
  company?: string;
  /** The location field: "Leeds, West Yorkshire", "Remote (UK)". */
  location?: string;
  /** The pay field, where bare numbers are read as pay: "25000 - 30000", "£11.50 per hour". */
  salary?: string;
  /** Plain text (or the feed's header block). */
  text?: string;
  /** HTML of the posting. */
  html?: string;
}

/** How many paid periods make a year, to turn any pay into `annual` figures. Every value must be a positive number. */
export interface Annualization {
  /** Paid hours per year; default 1950 (37.5 hours x 52 weeks). */
  hoursPerYear: number;
  /** Paid days per year; default 260 (5 days x 52 weeks). */
  daysPerYear: number;
  /** Paid weeks per year; default 52. */
  weeksPerYear: number;
  /** Paid months per year; default 12. */
  monthsPerYear: number;
}

/** Options of one extraction, for `extract()`, `createExtractor()` or one call of `JobExtractor.extract()`; invalid values throw a TypeError. */
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
