/** Extracts one task and formats it: the work a worker thread (or the main thread with --jobs 1) does. */
import type { ExtractorOptions, JobExtractor } from '../pipeline/extractor';
import { createExtractor } from '../platform/node';
import { formatFailure, formatResult, messageOf, type Format, type Outcome, type PostingTask } from './format';

/** Everything a worker needs to build its extractor and format results; structured-clonable. */
export interface ProcessorSettings {
  format: Format;
  fields: string[] | null;
  extractor: Pick<ExtractorOptions, 'defaultCurrency' | 'defaultCountry'> & { dictionaries: string[] };
}

/** The options cannot be used (an invalid dictionary): exit status 2, not a per-input failure. */
export class SetupError extends Error {}

/** Builds the extractor once (SetupError for an invalid dictionary) and returns the per-task function. */
export function createProcessor(settings: ProcessorSettings): (task: PostingTask) => Outcome {
  let extractor: JobExtractor;
  try {
    extractor = createExtractor(settings.extractor);
  } catch (err) {
    throw new SetupError(messageOf(err));
  }
  return (task) => {
    try {
      return formatResult(task, extractor.extract(task.input), settings.format, settings.fields);
    } catch (err) {
      // extract() throws only for input of the wrong shape (a JSON line with an unknown property).
      return formatFailure({ id: task.id, error: withMapHint(messageOf(err)), where: task.where, line: task.line }, settings.format);
    }
  };
}

const UNKNOWN_PROPERTY = /^unknown input property "([^"]{1,100})"/;

/** An API's own key ("content", "description") is a JSON line's usual mistake: the message says how to read it. */
function withMapHint(message: string): string {
  const key = UNKNOWN_PROPERTY.exec(message)?.[1];
  return key === undefined ? message : `${message}; read it as one with --map ${key}=<field>, or leave it out with --map ${key}=`;
}
