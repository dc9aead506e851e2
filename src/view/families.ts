import type { EntityLabel } from '../types/common';

/** The colour families of the view: one per kind of field, as the legend shows them. */
interface Family {
  id: string;
  name: string;
  /** Underline colour; the background is the same at low opacity. */
  colour: string;
}

const PAY: Family = { id: 'pay', name: 'pay', colour: '#1a7f37' };
const TERMS: Family = { id: 'terms', name: 'terms (employment, contract, workplace)', colour: '#8250df' };
const PLACE: Family = { id: 'place', name: 'places', colour: '#0969da' };
const REQUIREMENT: Family = { id: 'req', name: 'requirements (experience, qualifications, languages)', colour: '#bc4c00' };
const SKILL: Family = { id: 'skill', name: 'skills (dashed: pattern phrases)', colour: '#cf222e' };
const ROLE: Family = { id: 'role', name: 'occupations and domains', colour: '#9a6700' };
const BENEFIT: Family = { id: 'benefit', name: 'benefits', colour: '#bf3989' };
const CONTACT: Family = { id: 'contact', name: 'contact', colour: '#57606a' };

export const FAMILIES: readonly Family[] = [PAY, TERMS, PLACE, REQUIREMENT, SKILL, ROLE, BENEFIT, CONTACT];

export const FAMILY_OF: Record<EntityLabel, Family> = {
  salary: PAY,
  employment_type: TERMS,
  contract_type: TERMS,
  workplace: TERMS,
  location: PLACE,
  experience: REQUIREMENT,
  qualification: REQUIREMENT,
  language: REQUIREMENT,
  skill: SKILL,
  occupation: ROLE,
  domain: ROLE,
  benefit: BENEFIT,
  contact: CONTACT,
};
