/**
 * Shared building blocks of the output contract.
 *
 * Offsets are half-open `[start, end)` UTF-16 offsets, exactly what
 * `String.prototype.slice` takes. In the final result they point into the
 * caller's input (for HTML, into the HTML source; for object input, into the
 * property named by `field`). Inside the pipeline, before the last step, they
 * point into the normalised text.
 */
export interface Span {
  /** The matched text as it reads in the normalised text. */
  text: string;
  start: number;
  end: number;
  /** For object input: which property of the input the offsets point into. */
  field?: InputField;
}

/** The properties of an object input. */
export type InputField = 'title' | 'company' | 'location' | 'salary' | 'text' | 'html';

/** A result that names the rule that produced it, so every value can be explained. */
export interface Explained {
  /** The rule that made this result, e.g. `salary/range` or `header/title`. */
  reason: string;
}

export type EntityLabel =
  | 'skill'
  | 'occupation'
  | 'qualification'
  | 'experience'
  | 'domain'
  | 'salary'
  | 'location'
  | 'language'
  | 'benefit'
  | 'employment_type'
  | 'contract_type'
  | 'workplace'
  | 'contact';

/** After ESCO: knowledge (tools, methods, subject knowledge), competence (abilities, tasks), language. */
export type SkillKind = 'knowledge' | 'competence' | 'language';

/** Every extracted span, flat, in document order. */
export interface Entity extends Span, Explained {
  label: EntityLabel;
  /** Canonical id or normalised value (skill id, `full_time`, `GBP 25000-30000/year` ...). */
  value?: string;
  /** For `skill` entities. */
  kind?: SkillKind;
}

export interface Warning {
  /** Stable machine-readable code, e.g. `input/empty`, `salary/collapsed-range`. */
  code: string;
  message: string;
  start?: number;
  end?: number;
  field?: InputField;
}

/** `true`: essential / must; `false`: preferred / desirable; `undefined`: the text does not say. */
export type Requirement = boolean | undefined;
