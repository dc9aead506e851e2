/**
 * jobsift: raw job postings in, structured and explainable data out.
 *
 * ```ts
 * import { extract } from 'jobsift';
 * const job = extract(postingTextOrHtml);
 * ```
 *
 * Start with {@link extract} and {@link createExtractor}; {@link ExtractionResult}
 * is what they return.
 *
 * @packageDocumentation
 */
import { createExtractor, JobExtractor } from './pipeline/extractor';
import type { ExtractionResult, ExtractOptions, PostingInput } from './types/result';

let shared: JobExtractor | null = null;

/** Extract with the shared default instance (built-in dictionaries, default options). */
export function extract(input: string | PostingInput, options?: ExtractOptions): ExtractionResult {
  shared ??= createExtractor();
  return shared.extract(input, options);
}

export { createExtractor } from './pipeline/extractor';
export type { ExtractorOptions, JobExtractor } from './pipeline/extractor';
export { DictionaryError } from './dictionaries/errors';
export { toJobPosting } from './schema-org/job-posting';
export { toHtml } from './view/html';
export { corpusFigures } from './report/figures';
export { reportHtml } from './report/html';
export type { CorpusReport, Count, PayDistribution, ReportEntry } from './report/figures';
export type {
  Alias,
  CompiledDictionaries,
  CompiledDictionary,
  DictionaryEntry,
  DictionaryFile,
  DictionaryMatch,
  DictionarySource,
  DictionaryType,
  MatchRule,
  ResolvedEntry,
} from './dictionaries/types';
export type {
  AnalysedDocument,
  Block,
  BlockKind,
  Extractor,
  ExtractorContext,
  HeaderField,
  JobPostingLd,
  NlpEntity,
  Refiner,
  ResolvedOptions,
  Sentence,
  Token,
  WorkingResult,
} from './contract';
export type * from './types/common';
export type * from './types/document';
export type * from './types/pay';
export type * from './types/requirements';
export type * from './types/skills';
export type * from './types/location';
export type * from './types/result';
