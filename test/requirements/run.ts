import * as path from 'path';
import { compileAll, loadDictionaries } from '../../src/dictionaries';
import type { CompiledDictionaries } from '../../src/dictionaries/types';
import { analyse } from '../../src/pipeline/analyse';
import { emptyResult } from '../../src/pipeline/empty';
import { resolveOptions } from '../../src/pipeline/options';
import type { Extractor, ExtractorContext, WorkingResult } from '../../src/contract';
import type { Warning } from '../../src/types/common';
import type { PostingInput } from '../../src/types/result';
import type { Skill } from '../../src/types/skills';
import { titleExtractor } from '../../src/extractors/title';
import { experienceExtractor } from '../../src/extractors/experience';
import { educationExtractor } from '../../src/extractors/education';
import { certificationsExtractor } from '../../src/extractors/certifications';
import { languagesExtractor } from '../../src/extractors/languages';
import { occupationsExtractor } from '../../src/extractors/occupations';
import { domainsExtractor } from '../../src/extractors/domains';

// The requirement dictionaries only, so these tests do not depend on the skills files.
const DICTIONARY_DIRS = ['occupations', 'domains', 'qualifications', 'certifications', 'languages'].map((type) =>
  path.join(__dirname, '../../dictionaries', type),
);
let dictionaries: CompiledDictionaries | null = null;

const EXTRACTORS: Extractor[] = [
  titleExtractor,
  experienceExtractor,
  educationExtractor,
  certificationsExtractor,
  languagesExtractor,
  occupationsExtractor,
  domainsExtractor,
];

/**
 * Runs the requirement extractors the way the pipeline does, with offsets
 * into the normalised text. `skills` stands in for the skills extractor, which runs first.
 */
export function runRequirements(
  input: string | PostingInput,
  skills: (text: string) => Skill[] = () => [],
): WorkingResult & { text: string; warnings: Warning[] } {
  dictionaries ??= compileAll(() => loadDictionaries(DICTIONARY_DIRS, false));
  const { doc } = analyse(input, resolveOptions());
  const result = emptyResult();
  result.skills = skills(doc.text);
  const ctx: ExtractorContext = { doc, result, dictionaries, warn: (w) => result.warnings.push(w) };
  for (const extractor of EXTRACTORS) extractor.run(ctx);
  return { ...result, text: doc.text };
}
