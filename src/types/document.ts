/** Result types about the document: input kind, sections, title, company, contact. */
import type { InputField, Span } from './common';

/**
 * What the input was detected as: `html` (a known tag near the start), `feed`
 * (the UK feed's `Title:` block with `Description:`, `Company:` or `Webindex:`
 * lines), `text` (anything else), or `object` ({@link PostingInput}).
 */
export type InputKind = 'text' | 'feed' | 'html' | 'object';

/** What a section of the posting holds, from its heading, list lead-in or opening words. */
export type SectionKind =
  | 'responsibilities'
  | 'requirements'
  | 'benefits'
  | 'company'
  | 'how_to_apply'
  | 'other';

/** A part of the posting body, from one heading (or lead-in) to the next. */
export interface Section {
  /** What the section holds; `other` for headings jobsift does not know. */
  kind: SectionKind;
  /** The heading that opened the section, when there was one. */
  heading: Span | null;
  /** The section body (heading included) as one span: offset of its first character. */
  start: number;
  /** Offset just past the section's last character. */
  end: number;
  /**
   * `true` under an "Essential" heading, `false` under "Desirable" /
   * "Nice to have", `undefined` otherwise.
   */
  required?: boolean;
  /**
   * How the section was found: `section/heading`, `section/lead-in`, `section/unknown-heading`, `section/opening-words`,
   * or `section/after-row` (the section a details row printed as a heading over its value, "Salary:" / "£40,000",
   * interrupted, going on after it).
   */
  reason: string;
  /** For object input: which property of the input the offsets point into. */
  field?: InputField;
}

/** Contact details in the text, each list in text order. */
export interface Contact {
  /** Email addresses; `value` is the address lower-cased. */
  emails: (Span & {
    /** The address lower-cased: `jobs@acme.co.uk`. */
    value: string;
  })[];
  /** UK and North American phone numbers; `value` keeps only digits and `+`. */
  phones: (Span & {
    /** Digits and `+` only: `+441134960000`, `01134960000`. */
    value: string;
  })[];
  /** Web addresses; `value` has `http://` added when the text gives no scheme. */
  urls: (Span & {
    /** The address with a scheme: `http://www.acme.co.uk/jobs`. */
    value: string;
  })[];
}

export interface Title extends Span {
  /** The title with feed noise removed ("Sales Support – UK, SE Eng – **** Asset Finance" keeps its words). */
  normalized: string;
  /** Filled by the occupations extractor: the title's own words, else its occupation's, else `mid`. */
  seniority?: Seniority;
  /** Canonical occupation id of the title, when the occupations dictionary knows it. */
  occupationId?: string;
  /** Where the title came from: `title/header-field` (feed `Title:` line, object `title`), `title/first-heading` (HTML), `title/json-ld`, `title/first-line` (plain text), `title/first-line-part` (the title part of a first line of parts: "Data Engineer | Contoso | Austin, TX"), `title/run-on-opening` (the capitalised words opening a scraped line that lost its breaks, before its place, workplace, pay or terms). */
  reason: string;
}

/** How senior a role is, read from its words ("Trainee", "Senior", "Head of") or the occupation dictionary. */
export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'manager' | 'director' | 'executive';

/** The employer or agency named by the posting. */
export interface Company extends Span {
  /** The name with runs of white space collapsed: "Acme Recruitment Ltd". */
  name: string;
  /**
   * `company/header-field` (feed `Company:` line, object `company`, a `Company:` label), `company/json-ld`, a
   * page's own signs (`company/page-title-at`, `company/introduced` ...), a letter's sender (`company/sender`), or `company/page-head`: named by the
   * page's head alone (site name and title agreeing), with an empty span like a JSON-LD value.
   */
  reason: string;
}
