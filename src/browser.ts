/**
 * jobsift for browsers and edge runtimes (`jobsift/browser`): the same API as
 * the Node entry, with no Node built-in in its module graph. The built-in
 * data is in the bundle; dictionaries are passed as objects (there are no
 * files to read) and `dataDir` is not available.
 *
 * @packageDocumentation
 */
import { createExtractorOn, type ExtractorOptions, type JobExtractor } from './pipeline/extractor';
import { sharedExtract } from './pipeline/shared';
import { BROWSER_PLATFORM } from './platform/browser';
import type { ExtractionResult, ExtractOptions, PostingInput } from './types/result';

/** A configured extractor: set it up once, call `extract` for each posting. Dictionaries are objects here. */
export function createExtractor(options?: ExtractorOptions): JobExtractor {
  return createExtractorOn(BROWSER_PLATFORM, options);
}

const shared = sharedExtract(createExtractor);

/** Extract with the shared default instance (built-in dictionaries, default options). */
export function extract(input: string | PostingInput, options?: ExtractOptions): ExtractionResult {
  return shared(input, options);
}

export * from './api';
