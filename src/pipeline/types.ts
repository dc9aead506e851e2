import type { Span, Warning } from '../types/common';
import type { InputKind, Section } from '../types/document';
import type { Annualization, ExtractionResult } from '../types/result';
import type { CompiledDictionaries } from '../dictionaries/types';

/** A word token from wink-nlp, with offsets into the normalised text. */
export interface Token {
  index: number;
  /** Surface text. */
  text: string;
  /** Lower-cased text. */
  normal: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, NUM, PUNCT ...). */
  pos: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'field';
export type HeaderField = 'title' | 'company' | 'webindex' | 'location' | 'salary' | 'experience' | 'description';

/** A structural unit of the normalised text: a header field, heading, paragraph or list item. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** For `field` blocks: which header field. */
  field?: HeaderField;
}

/** wink-nlp's own entities (DATE, DURATION, MONEY, CARDINAL, EMAIL, URL ...). */
export interface NlpEntity {
  type: string;
  start: number;
  end: number;
  text: string;
}

/** The parts of a schema.org JobPosting found in JSON-LD that extractors can use. */
export interface JobPostingLd {
  title?: string;
  hiringOrganization?: string;
  employmentType?: string[];
  baseSalary?: { currency?: string; min?: number; max?: number; value?: number; unitText?: string };
  jobLocation?: { locality?: string; region?: string; country?: string; postalCode?: string }[];
  jobLocationType?: string;
  datePosted?: string;
  raw: unknown;
}

export interface ResolvedOptions {
  defaultCurrency: string | null;
  defaultCountry: string | null;
  annualization: Annualization;
}

/** Everything an extractor reads: the normalised text, its structure and its analysis. */
export interface AnalysedDocument {
  text: string;
  inputKind: InputKind;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
  nlpEntities: NlpEntity[];
  /** Lemma of the token starting at each offset, where it differs from the lower-cased token. Pass to `CompiledDictionary.match`. */
  lemmas: ReadonlyMap<number, string>;
  /** Spans of the header fields (feed block, object input, HTML title). */
  header: Partial<Record<HeaderField, Span>>;
  /** Why a header field was taken where no label named it (a page's title or employer). */
  headerReasons?: Partial<Record<HeaderField, string>>;
  jsonLd: JobPostingLd | null;
  /** The text carries the Adzuna feed's marks (masked `****` numbers, stripped punctuation). */
  feedMarks: boolean;
  sections: Section[];
  options: ResolvedOptions;
}

/** The result while extractors run: offsets still point into the normalised text. */
export type WorkingResult = Omit<ExtractionResult, 'text' | 'inputKind'>;

export interface ExtractorContext {
  doc: AnalysedDocument;
  result: WorkingResult;
  dictionaries: CompiledDictionaries;
  warn(warning: Warning): void;
}

/**
 * One field extractor. Extractors run in the order they are registered and
 * may read what earlier ones wrote (locations read the company name, experience
 * links skills), so each writes only its own fields.
 */
export interface Extractor {
  name: string;
  run(ctx: ExtractorContext): void;
}

/** Refiners run after all extractors: they merge, rank and drop results. */
export interface Refiner {
  name: string;
  run(ctx: ExtractorContext): void;
}
