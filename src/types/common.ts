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
  /** Offset of the first character (inclusive). */
  start: number;
  /** Offset just past the last character (exclusive): `input.slice(start, end)` is the span. */
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

/** What an {@link Entity} is: the field it comes from (`qualification` covers education and certifications). */
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
  /** The kind of span, after the field it was read for. */
  label: EntityLabel;
  /**
   * Canonical id or normalised value: skill, occupation, domain, benefit or
   * credential id, language code, place name, `full_time`, `GBP 25000-30000/year`,
   * a lower-cased email. Absent on `experience` entities.
   */
  value?: string;
  /** For `skill` entities. */
  kind?: SkillKind;
}

/**
 * The warnings jobsift gives, `<area>/<what>`:
 * - `input/empty`: no text to extract from; `input/truncated`: the input was
 *   longer than `maxLength` and was cut at a boundary; `input/unreadable`: the
 *   normaliser could not read the input, and the result is empty;
 *   `input/json-text`: the string is a JSON posting's text, read from its keys
 *   when it holds a job's title and text, else as plain text (pass the parsed object); `input/html-in-text`: the `text` property holds
 *   HTML (escaped or not), read as HTML (pass it as `html`); `input/page-scripts`: the text holds a page's script or
 *   style code, as a DOM's `textContent` or cheerio's `.text()` keeps it (pass the page's HTML, or its `innerText`);
 * - `html/invalid-json-ld`: a JSON-LD script could not be parsed;
 *   `html/repaired-json-ld`: one was read after mending a trailing comma or a
 *   raw line break in a string; `html/invalid-character-reference`: a numeric reference beyond U+10FFFF
 *   was read as U+FFFD; `html/too-deep`: elements nested past the depth cap
 *   were read as spaces; `html/posting-from-data`: the page's markup showed no posting (a page saved or
 *   fetched before its scripts drew it) and it was read from the page's JSON-LD or app state;
 *   `html/no-posting-text`: a whole page shows almost no text, with scripts whose data holds no posting or
 *   with a frame (its address in the message);
 * - `experience/collapsed-range`: the feed's stripped "3-5" read as a range;
 * - `result/not-finite`, `result/span-out-of-range`, `result/span-crosses-field`,
 *   `result/span-reversed`: the final check of the result's promises mended a value;
 * - `extractor/<name>/<what>`: from one extractor; `extractor/<name>/failed`
 *   when it threw (the rest of the result is kept). Your own extractors'
 *   warnings use this form too.
 */
export type WarningCode =
  | 'input/empty'
  | 'input/truncated'
  | 'input/unreadable'
  | 'input/json-text'
  | 'input/html-in-text'
  | 'input/page-scripts'
  | 'html/invalid-json-ld'
  | 'html/repaired-json-ld'
  | 'html/invalid-character-reference'
  | 'html/too-deep'
  | 'html/posting-from-data'
  | 'html/no-posting-text'
  | 'experience/collapsed-range'
  | 'result/not-finite'
  | 'result/span-out-of-range'
  | 'result/span-crosses-field'
  | 'result/span-reversed'
  | `extractor/${string}`;

/** Something the caller should know about the result: input that could not be read fully, a guess, a failed rule. */
export interface Warning {
  /** Stable machine-readable code (see {@link WarningCode}). */
  code: WarningCode;
  /** One sentence for people; its wording may change between versions. */
  message: string;
  /** Where in the input the warning applies, when it concerns a span (half-open, like {@link Span}). */
  start?: number;
  /** End of that span (exclusive); set together with `start`. */
  end?: number;
  /** For object input: the property `start` and `end` point into. */
  field?: InputField;
}

/** `true`: essential / must; `false`: preferred / desirable; `undefined`: the text does not say. */
export type Requirement = boolean | undefined;
