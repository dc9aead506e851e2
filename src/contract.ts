/** The extractor contract: the analysed document, the context and the Extractor and Refiner interfaces. */
import type { Span, Warning } from './types/common';
import type { InputKind, Section } from './types/document';
import type { ApplicantLocation } from './types/location';
import type { Annualization, ExtractionResult } from './types/result';
import type { CompiledDictionaries } from './dictionaries/types';

/** A word token from wink-nlp, with offsets into the normalised text. */
export interface Token {
  /** Position in `AnalysedDocument.tokens`. */
  index: number;
  /** Surface text. */
  text: string;
  /** Lower-cased text. */
  normal: string;
  /** wink's lemma ("managing" gives "manage"); equals `normal` for most tokens. */
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, NUM, PUNCT ...). */
  pos: string;
  /** Offset of the token's first character in the normalised text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** Index of the token's sentence in `AnalysedDocument.sentences`. */
  sentence: number;
}

/** A sentence: wink's sentence breaks, plus a break at every block start (a list item never runs into the next). */
export interface Sentence {
  /** Offset of the first token's start in the normalised text. */
  start: number;
  /** Offset of the last token's end. */
  end: number;
  /** Token range `[firstToken, endToken)`. */
  firstToken: number;
  /** Index just past the sentence's last token. */
  endToken: number;
}

/** A block's role: a `heading`, a `paragraph`, a `list_item` (bullets stripped, or a feed list split), or a header `field`. */
export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'field';
/**
 * A header field of the posting: the feed's `Title:`, `Company:`,
 * `Webindex:` (the feed's reference number), `Location:`, `Salary:` and
 * `Description:` lines, an object input's properties, an HTML page's first
 * page's title, or `Location:` / `Salary:` / `Company:` / `Required Experience:` label and details-box rows.
 */
export type HeaderField = 'title' | 'company' | 'webindex' | 'location' | 'salary' | 'experience' | 'description';

/** A structural unit of the normalised text: a header field, heading, paragraph or list item. */
export interface Block {
  /** What the block is. */
  kind: BlockKind;
  /** Offset of its first character in the normalised text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** For `field` blocks: which header field. */
  field?: HeaderField;
}

/** An email address or web address as wink-nlp's tokeniser types it (its entity step is not run: see src/nlp/wink.ts). */
export interface NlpEntity {
  /** `EMAIL` or `URL`. */
  type: 'EMAIL' | 'URL';
  /** Offset of the first token's start in the normalised text. */
  start: number;
  /** Offset of the last token's end. */
  end: number;
  /** `text.slice(start, end)` of the normalised text. */
  text: string;
}

/** The parts of a schema.org JobPosting found in JSON-LD that extractors can use. */
export interface JobPostingLd {
  /** `title`, trimmed. */
  title?: string;
  /** The hiring organisation's `name` (or the value, when it is a string). */
  hiringOrganization?: string;
  /** `employmentType` as given, one or many: `FULL_TIME`, `CONTRACTOR` ... */
  employmentType?: string[];
  /** `baseSalary` with its `value` (a QuantitativeValue or a number) flattened. */
  baseSalary?: {
    /** `currency` as given, normally an ISO 4217 code. */
    currency?: string;
    /** `value.minValue`; numeric strings ("25,000") are read as numbers. */
    min?: number;
    /** `value.maxValue`. */
    max?: number;
    /** `value.value`, or `value` itself when it is a number: a single figure. */
    value?: number;
    /** `value.unitText` (or `unitText`): `HOUR`, `DAY`, `WEEK`, `MONTH`, `YEAR`. */
    unitText?: string;
  };
  /** The `address` of each `jobLocation` that has one, in order. */
  jobLocation?: {
    /** `addressLocality`: a town or city. */
    locality?: string;
    /** `addressRegion`: county or state, often a code ("TX"). */
    region?: string;
    /** `addressCountry`: a code ("GB") or a name. */
    country?: string;
    /** `postalCode`. */
    postalCode?: string;
  }[];
  /** `jobLocationType`: `TELECOMMUTE` for remote work. */
  jobLocationType?: string;
  /** `datePosted` as given, normally ISO 8601. */
  datePosted?: string;
  /** The closing date as given. */
  validThrough?: string;
  /** Where applicants may live (remote jobs): `{ type: 'Country', name: 'USA' }`. */
  applicantLocationRequirements?: ApplicantLocation[];
  /** The whole JobPosting object as parsed, for fields this interface leaves out. */
  raw: unknown;
}

/** The options of one extraction, checked and completed with the defaults. */
export interface ResolvedOptions {
  /** ISO 4217 code, upper-cased; null when none was given. */
  defaultCurrency: string | null;
  /** ISO 3166-1 alpha-2 code, upper-cased; null when none was given. */
  defaultCountry: string | null;
  /** Every period filled in: the caller's values over the defaults (1950 / 260 / 52 / 12). */
  annualization: Annualization;
}

/** Everything an extractor reads: the normalised text, its structure and its analysis. */
export interface AnalysedDocument {
  /** The normalised text; every offset an extractor reads or writes points into it. */
  text: string;
  /** What the input was detected as. */
  inputKind: InputKind;
  /** Header fields, headings, paragraphs and list items, in text order, not overlapping. */
  blocks: Block[];
  /** wink-nlp tokens in text order. */
  tokens: Token[];
  /** Sentences in text order; no sentence crosses a block boundary. */
  sentences: Sentence[];
  /** wink's email and URL tokens, in text order. */
  nlpEntities: NlpEntity[];
  /** Lemma of the token starting at each offset, where it differs from the lower-cased token. Pass to `CompiledDictionary.match`. */
  lemmas: ReadonlyMap<number, string>;
  /** Spans of the header fields (feed block, object input, HTML title). */
  header: Partial<Record<HeaderField, Span>>;
  /** Why a header field was taken where no label named it (a page's title or employer). */
  headerReasons?: Partial<Record<HeaderField, string>>;
  /** The first schema.org JobPosting in the page's JSON-LD; null for other inputs or when there is none. */
  jsonLd: JobPostingLd | null;
  /**
   * A JSON posting's pay given as numbers (an API's `salary_min` and `salary_max`, `salaryRange: {min, max}`), in
   * JSON-LD's `baseSalary` shape; null for other inputs, or where JSON-LD gives the pay.
   */
  dataPay?: JobPostingLd['baseSalary'] | null;
  /** An employer a page's head names (its site name and title agreeing) but its visible text never shows. */
  pageCompany?: string | null;
  /** The text carries the Adzuna feed's marks (masked `****` numbers, stripped punctuation). */
  feedMarks: boolean;
  /**
   * The site's own text in a page copied as text, in text order: its lines over the posting's header (`top`: its menus,
   * search filters, other jobs' cards, or a board's details printed over the title), a list of other jobs' cards under
   * it (`cards`), a box of other jobs after it on a page scraped onto one line (`others`); none where the text is the
   * posting.
   */
  siteRanges: SiteRange[];
  /** The body's sections, in text order; the result's `sections` is this list. */
  sections: Section[];
  /** The options of this call, resolved. */
  options: ResolvedOptions;
}

/** A stretch of a copied page's own text (see AnalysedDocument.siteRanges). */
export interface SiteRange {
  /** Offset of its first character in the normalised text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /**
   * Its lines over the posting's header, a list of other jobs' cards under it, a box of other jobs after it, or a page
   * run onto one line's menus and search form before its title (whose terms are the site's, not its places: a trail there
   * names the job's town).
   */
  kind: 'top' | 'cards' | 'others' | 'form';
}

/** The result while extractors run: offsets still point into the normalised text. */
export type WorkingResult = Omit<ExtractionResult, 'text' | 'inputKind'>;

/** What every extractor and refiner is given: the document to read, the result to write, the dictionaries. */
export interface ExtractorContext {
  /** The analysed document; read only. */
  doc: AnalysedDocument;
  /** The result so far: write your own fields, read what earlier extractors wrote. */
  result: WorkingResult;
  /** This instance's compiled dictionaries, one per type. */
  dictionaries: CompiledDictionaries;
  /** Adds a warning to the result; its `start`/`end`, if any, are offsets into `doc.text`. */
  warn(warning: Warning): void;
}

/**
 * One field extractor. Extractors run in the order they are registered and
 * may read what earlier ones wrote (locations read the company name, experience
 * links skills), so each writes only its own fields.
 */
export interface Extractor {
  /** A short unique name; a throwing extractor becomes the warning `extractor/<name>/failed`. */
  name: string;
  /** Reads `ctx.doc` and writes into `ctx.result`, with offsets into `ctx.doc.text` (the pipeline maps them back to the input). */
  run(ctx: ExtractorContext): void;
}

/** Refiners run after all extractors: they merge, rank and drop results. */
export interface Refiner {
  /** A short unique name, used in the warning `extractor/<name>/failed` if it throws. */
  name: string;
  /** Rewrites fields of `ctx.result` in place. */
  run(ctx: ExtractorContext): void;
}
