/**
 * jobsift: raw job postings in, structured and explainable data out.
 *
 * ```ts
 * import { extract } from 'jobsift';
 * const job = extract(postingTextOrHtml);
 * ```
 *
 * Start with {@link extract} and {@link createExtractor}; {@link ExtractionResult}
 * is what they return. `jobsift/browser` exports the same for browsers and
 * edge runtimes.
 *
 * @packageDocumentation
 */
import { sharedExtract } from './pipeline/shared';
import { createExtractor } from './platform/node';
import type { ExtractionResult, ExtractOptions, PostingInput } from './types/result';

const shared = sharedExtract(createExtractor);

/** Extract with the shared default instance (built-in dictionaries, default options). */
export function extract(input: string | PostingInput, options?: ExtractOptions): ExtractionResult {
  return shared(input, options);
}

export { createExtractor } from './platform/node';
export * from './api';
