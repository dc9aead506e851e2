/**
 * What the Node entry (index.ts) and the browser entry (browser.ts) both
 * export: everything but createExtractor() and extract(), which each builds
 * on its own platform.
 */
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
  MatchOptions,
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
  SiteRange,
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
