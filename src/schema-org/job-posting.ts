import type { AdministrativeArea, EducationalOccupationalCredential, JobPosting, MonetaryAmount, OccupationalExperienceRequirements, Place, WithContext } from 'schema-dts';
import type { ExtractionResult } from '../types/result';
import type { EducationLevel } from '../types/requirements';
import type { Location } from '../types/location';
import type { PayPeriod } from '../types/pay';
import { unique } from '../format';

/** Google's `credentialCategory` values for JobPosting education requirements. */
const CREDENTIAL_CATEGORY: Record<EducationLevel, string> = {
  secondary: 'high school',
  post_secondary_vocational: 'professional certificate',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  master: 'postgraduate degree',
  doctorate: 'postgraduate degree',
  professional: 'professional certificate',
};

const UNIT_TEXT: Record<PayPeriod, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

function place(l: Location): Place {
  // A place that is itself a county or country has no locality.
  const locality = l.city ?? (l.name !== l.region && l.name !== l.area && l.name !== l.country ? l.name : null);
  return {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      ...(locality && { addressLocality: locality }),
      ...(l.region && { addressRegion: l.region }),
      ...(l.country && { addressCountry: l.country }),
      ...(l.postcode && { postalCode: l.postcode }),
    },
  };
}

function baseSalary(r: ExtractionResult): MonetaryAmount | null {
  const s = r.salary;
  if (!s || s.masked || !s.currency || (s.min === null && s.max === null)) return null;
  const figures = s.min !== null && s.max !== null && s.min === s.max ? { value: s.min } : { ...(s.min !== null && { minValue: s.min }), ...(s.max !== null && { maxValue: s.max }) };
  return { '@type': 'MonetaryAmount', currency: s.currency, value: { '@type': 'QuantitativeValue', ...figures, ...(s.period && { unitText: UNIT_TEXT[s.period] }) } };
}

/** The experience the posting asks for as one figure: the largest stated minimum that is not only preferred. */
function experience(r: ExtractionResult): OccupationalExperienceRequirements | null {
  const months = r.experience
    .filter((e) => e.required !== false)
    .map((e) => (e.minYears !== null ? e.minYears * 12 : e.months))
    .filter((m): m is number => m !== null && m > 0);
  return months.length ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: Math.max(...months) } : null;
}

function applicantLocation(a: ExtractionResult['applicantLocations'][number]): AdministrativeArea {
  const type = a.type === 'Country' || a.type === 'State' || a.type === 'City' ? a.type : 'AdministrativeArea';
  return { '@type': type, name: a.name };
}

/**
 * The result as a schema.org JobPosting (JSON-LD), the form job boards and
 * Google for Jobs read. Only what the result holds is written: no property
 * is guessed or padded. `skills` lists dictionary skills (pattern phrases are
 * not vetted enough to publish); `description` is the normalised text.
 */
export function toJobPosting(r: ExtractionResult): WithContext<JobPosting> {
  const employmentTypes = unique(
    [...r.employmentType, ...r.contractType].filter((t) => !t.negated && t.schemaOrg !== null).map((t) => t.schemaOrg as string),
  );
  const remote = r.workplace.some((w) => w.value === 'remote' && !w.negated);
  const workplaces = r.locations.filter((l) => l.role === 'workplace');
  const places = (workplaces.length ? workplaces : r.location ? [r.location] : []).map(place);
  const uniquePlaces = unique(places.map((p) => JSON.stringify(p))).map((p) => JSON.parse(p) as Place);
  const education = unique(r.education.map((e) => e.credential)).map((id) => r.education.find((e) => e.credential === id)!);
  const salary = baseSalary(r);
  const exp = experience(r);
  const occupation = r.title?.occupationId ? r.occupations.find((o) => o.id === r.title!.occupationId) : undefined;
  const skills = unique(r.skills.filter((s) => s.source === 'dictionary').map((s) => s.name));
  const list = <T>(xs: T[]) => (xs.length ? xs : undefined);
  const out: WithContext<JobPosting> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: r.title?.normalized,
    description: r.text || undefined,
    datePosted: r.datePosted ?? undefined,
    validThrough: r.validThrough ?? undefined,
    hiringOrganization: r.company ? { '@type': 'Organization', name: r.company.name } : undefined,
    jobLocation: list(uniquePlaces),
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: list(r.applicantLocations.map(applicantLocation)),
    baseSalary: salary ?? undefined,
    employmentType: list(employmentTypes),
    educationRequirements: list(
      education.map((e): EducationalOccupationalCredential => ({ '@type': 'EducationalOccupationalCredential', credentialCategory: CREDENTIAL_CATEGORY[e.level], name: e.name })),
    ),
    experienceRequirements: exp ?? undefined,
    skills: list(skills),
    qualifications: list(unique(r.certifications.map((c) => c.name))),
    jobBenefits: list(unique(r.benefits.map((b) => b.name))),
    industry: list(unique(r.domains.map((d) => d.name))),
    occupationalCategory: occupation?.name,
  };
  // JSON-LD leaves unknown properties out rather than writing them empty.
  for (const key of Object.keys(out) as (keyof typeof out)[]) if (out[key] === undefined) delete out[key];
  return out;
}
