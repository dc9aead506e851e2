import type { InputField, Span } from './common';

export type InputKind = 'text' | 'feed' | 'html' | 'object';

export type SectionKind =
  | 'responsibilities'
  | 'requirements'
  | 'benefits'
  | 'company'
  | 'how_to_apply'
  | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading that opened the section, when there was one. */
  heading: Span | null;
  /** The section body (heading included) as one span. */
  start: number;
  end: number;
  /**
   * `true` under an "Essential" heading, `false` under "Desirable" /
   * "Nice to have", `undefined` otherwise.
   */
  required?: boolean;
  reason: string;
  /** For object input: which property of the input the offsets point into. */
  field?: InputField;
}

export interface Contact {
  emails: (Span & { value: string })[];
  phones: (Span & { value: string })[];
  urls: (Span & { value: string })[];
}

export interface Title extends Span {
  /** The title with feed noise removed ("Sales Support – UK, SE Eng – **** Asset Finance" keeps its words). */
  normalized: string;
  /** Filled by the occupations extractor. */
  seniority?: Seniority;
  /** Canonical occupation id of the title, when the occupations dictionary knows it. */
  occupationId?: string;
  reason: string;
}

export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'manager' | 'director' | 'executive';

export interface Company extends Span {
  name: string;
  reason: string;
}
