/** The default instance behind the package's extract(), made on the first call. */
import type { ExtractionResult, ExtractOptions, PostingInput } from '../types/result';
import type { ExtractorOptions, JobExtractor } from './extractor';

/** An extract() over one default instance of `create`, made on first call. */
export function sharedExtract(create: (options?: ExtractorOptions) => JobExtractor): (input: string | PostingInput, options?: ExtractOptions) => ExtractionResult {
  let shared: JobExtractor | null = null;
  return (input, options) => {
    shared ??= create();
    return shared.extract(input, options);
  };
}
