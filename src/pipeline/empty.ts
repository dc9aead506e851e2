/** The result before any extractor runs: every field present and empty. */
import type { WorkingResult } from '../contract';

export function emptyResult(): WorkingResult {
  return {
    title: null,
    company: null,
    salary: null,
    salaries: [],
    employmentType: [],
    contractType: [],
    hours: null,
    workplace: [],
    location: null,
    locations: [],
    applicantLocations: [],
    experience: [],
    education: [],
    certifications: [],
    languages: [],
    skills: [],
    occupations: [],
    domains: [],
    benefits: [],
    contact: { emails: [], phones: [], urls: [] },
    sections: [],
    datePosted: null,
    validThrough: null,
    entities: [],
    warnings: [],
  };
}
