import { companyExtractor } from '../extractors/company';
import { contactExtractor } from '../extractors/contact';
import { locationExtractor } from '../extractors/location';
import { salaryExtractor } from '../extractors/salary';
import { titleExtractor } from '../extractors/title';
import { entitiesRefiner } from '../refiners/entities';
import { headerNoiseRefiner } from '../refiners/header-noise';
import type { Extractor, Refiner } from './types';

/**
 * The built-in extractors, in the order they run. Order matters where one
 * reads another's output: locations avoid the company name and combine with
 * the workplace; experience links the skills found in its subject; the
 * occupations extractor grades the title.
 */
export const BUILTIN_EXTRACTORS: readonly Extractor[] = [titleExtractor, companyExtractor, contactExtractor, salaryExtractor, locationExtractor];

/** Then the refiners, in order; `entities` is last, so it sees every field as final. */
export const BUILTIN_REFINERS: readonly Refiner[] = [headerNoiseRefiner, entitiesRefiner];
