/** createExtractor(): the pipeline that runs analysis, extractors, refiners and the offset remap for each call. */
import { jsonInputWarning } from './json-input';
import { MODULE_DATA, withData } from '../data/source';
import { compileAll } from '../dictionaries/compile';
import { loadDictionariesFrom } from '../dictionaries/load';
import type { Platform } from '../platform/types';
import type { CompiledDictionaries, DictionarySource } from '../dictionaries/types';
import type { Warning } from '../types/common';
import type { ExtractionResult, ExtractOptions, PostingInput } from '../types/result';
import { detectKind } from '../normalise/detect';
import { analyse } from './analyse';
import { checkBuiltinData } from './check-data';
import { emptyResult } from './empty';
import { readInput } from './input';
import { capLength } from './max-length';
import { checkExtractorOptions, resolveOptions, withOptions } from './options';
import { BUILTIN_EXTRACTORS, BUILTIN_REFINERS } from './registry';
import { finaliseResult } from './remap';
import type { Extractor, ExtractorContext, Refiner } from '../contract';

/** Options of `createExtractor()`: the per-call {@link ExtractOptions} as defaults, plus what is set up once per instance. */
export interface ExtractorOptions extends ExtractOptions {
  /** Extra dictionary files, folders or objects: new entries, aliases for built-in ones (`extend`), or `disabled` entries. */
  dictionaries?: DictionarySource[];
  /** Leave the built-in dictionaries out (tests, benchmarks, fully custom vocabularies). */
  builtinDictionaries?: boolean;
  /**
   * Node only: read the built-in dictionaries and place tables from this
   * folder, a copy of the package's `dist/data/`, instead of from the code
   * (for bundles that leave the data out). Read and checked once per process
   * and folder; a missing or invalid file throws a DictionaryError here.
   */
  dataDir?: string;
  /** Extra extractors, run after the built-in ones and before the refiners. */
  extractors?: Extractor[];
}

/** A configured extractor from `createExtractor()`: set it up once, call `extract` for each posting. */
export interface JobExtractor {
  /**
   * Extracts one posting. Never throws on a string; throws a TypeError for a
   * non-string, non-object input, an unknown input property or invalid
   * options. `options` override the instance's for this call only.
   */
  extract(input: string | PostingInput, options?: ExtractOptions): ExtractionResult;
  /** The compiled dictionaries of this instance (compiled on first use). */
  readonly dictionaries: CompiledDictionaries;
}

/**
 * A configured extractor on a platform (Node or the browser). Dictionaries
 * are loaded and validated here (a bad file throws DictionaryError now, not
 * in the middle of a batch) and compiled once, on first use; each extract()
 * call only reads them.
 */
export function createExtractorOn(platform: Platform, options?: ExtractorOptions): JobExtractor {
  const { extractOptions, dictionaries: extra, builtinDictionaries, extractors, dataDir } = checkExtractorOptions(options);
  const base = resolveOptions(extractOptions);
  const data = dataDir === null ? MODULE_DATA : platform.readDataDir(dataDir);
  checkBuiltinData(data, dataDir, builtinDictionaries);
  const load = () => loadDictionariesFrom(extra, builtinDictionaries ? data.dictionaries : [], platform.readDictionaryFiles);
  // User dictionaries are validated now, so a bad file fails at construction
  // rather than in the middle of a batch; built-ins load on first use.
  const eager = extra.length > 0 ? load() : null;
  const dictionaries = compileAll(() => eager ?? load());
  // Refiners last; the entities refiner ends the list, so it sees every field as final.
  const steps: (Extractor | Refiner)[] = [...BUILTIN_EXTRACTORS, ...extractors, ...BUILTIN_REFINERS];

  function extract(input: string | PostingInput, callOptions?: ExtractOptions): ExtractionResult {
    const posting = readInput(input);
    // The instance's options were checked once, at construction: a call checks only its own.
    const resolved = withOptions(base, callOptions);
    const capped = capLength(posting, resolved.maxLength);
    let analysed: ReturnType<typeof analyse>;
    try {
      analysed = analyse(capped.input, resolved);
    } catch (err) {
      return unreadable(capped.input, capped.warnings, err);
    }
    const { doc, normalised } = analysed;
    const result = emptyResult();
    result.sections = doc.sections;
    result.warnings.push(...capped.warnings, ...normalised.warnings);
    const warnings = result.warnings;
    const ctx: ExtractorContext = { doc, result, dictionaries, warn: (w) => warnings.push(w) };
    // A JSON posting read from its keys was said so by the normaliser.
    if (typeof capped.input === 'string' && !warnings.some((w) => w.code === 'input/json-text')) {
      const json = jsonInputWarning(capped.input);
      if (json) warnings.push(json);
    }
    if (doc.text.trim() === '') warnings.push({ code: 'input/empty', message: 'The input has no text to extract from.' });
    else withData(data, () => steps.forEach((step) => runStep(step, ctx, warnings)));
    const out: ExtractionResult = { inputKind: doc.inputKind, ...result, text: doc.text };
    finaliseResult(out, normalised.mapped, normalised.regions, typeof capped.input === 'string' ? capped.input.length : 0);
    return out;
  }

  return {
    extract,
    dictionaries,
  };
}

/**
 * extract() never throws on a string: should the normaliser or the tokeniser
 * fail on some input nobody foresaw, the result is empty and says why.
 */
function unreadable(input: string | PostingInput, warnings: Warning[], err: unknown): ExtractionResult {
  warnings.push({ code: 'input/unreadable', message: `The input could not be read: ${(err as Error)?.message ?? String(err)}` });
  return { inputKind: typeof input === 'string' ? detectKind(input) : 'object', ...emptyResult(), warnings, text: '' };
}

/** One failing rule must not lose the rest of the result: it becomes a warning. */
function runStep(step: Extractor | Refiner, ctx: ExtractorContext, warnings: Warning[]): void {
  try {
    step.run(ctx);
  } catch (err) {
    warnings.push({ code: `extractor/${step.name}/failed`, message: `${step.name}: ${(err as Error)?.message ?? String(err)}` });
  }
}
