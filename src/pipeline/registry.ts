/** The built-in extractors and refiners, in the order they run. */
import { benefitsExtractor } from '../extractors/benefits';
import { certificationsExtractor } from '../extractors/certifications';
import { companyExtractor } from '../extractors/company';
import { contactExtractor } from '../extractors/contact';
import { domainsExtractor } from '../extractors/domains';
import { educationExtractor } from '../extractors/education';
import { experienceExtractor } from '../extractors/experience';
import { languagesExtractor } from '../extractors/languages';
import { locationExtractor } from '../extractors/location';
import { occupationsExtractor } from '../extractors/occupations';
import { postingMetaExtractor } from '../extractors/posting-meta';
import { salaryExtractor } from '../extractors/salary';
import { skillsExtractor } from '../extractors/skills';
import { termsExtractor } from '../extractors/terms';
import { titleExtractor } from '../extractors/title';
import { entitiesRefiner } from '../refiners/entities';
import { headerNoiseRefiner } from '../refiners/header-noise';
import type { Extractor, Refiner } from '../contract';

/**
 * The built-in extractors, in the order they run. Order matters where one
 * reads another's output: locations avoid the company name and combine with
 * the workplace; pay reads the country of the places ("$" in Sydney is AUD);
 * experience links the skills found in its
 * subject; occupations grade the title and run before domains, which leave
 * sector words inside job titles alone.
 */
export const BUILTIN_EXTRACTORS: readonly Extractor[] = [
  titleExtractor,
  companyExtractor,
  contactExtractor,
  termsExtractor,
  locationExtractor,
  salaryExtractor,
  languagesExtractor,
  educationExtractor,
  certificationsExtractor,
  skillsExtractor,
  experienceExtractor,
  occupationsExtractor,
  // Benefits read the tagger's lemmas alone, the others lemmas with plurals added: running it after them
  // lets the others share one dictionary walk of the document, which benefits reuse unless a plural's
  // lemma led their walk somewhere (see compileAll). Domains come after: a perk's words are no sector.
  benefitsExtractor,
  domainsExtractor,
  postingMetaExtractor,
];

/** Then the refiners, in order; `entities` is last, so it sees every field as final. */
export const BUILTIN_REFINERS: readonly Refiner[] = [headerNoiseRefiner, entitiesRefiner];
