import { runRequirements } from './run';

function domains(text: string) {
  return runRequirements(text).domains.flatMap((d) => d.mentions.map((m) => [d.id, m.text]));
}

describe('domains', () => {
  it.each([
    ['Operating within the financial services industry.', [['financial-services', 'financial services']]],
    ['candidates from the Leasing and Asset Finance industry only.', [['asset-finance', 'Leasing and Asset Finance']]],
    ['a multinational healthcare provider.', [['healthcare', 'healthcare']]],
    ['They work in both the private and public sector.', [['public-sector', 'private and public sector']]],
    ['this global automotive business', [['automotive', 'automotive']]],
    ['a Real Estate fund', [['real-estate', 'Real Estate']]],
    ['a clinical-stage biopharmaceutical company', [['biotechnology', 'clinical-stage'], ['biotechnology', 'biopharmaceutical']]],
    ['a fast-growing fintech', [['financial-services', 'fintech']]],
  ])('%s', (text, expected) => {
    expect(domains(text)).toEqual(expected);
  });

  it('needs a sector word for ambiguous names', () => {
    expect(domains('You will install software on laptops.')).toEqual([]);
    expect(domains('ideally from a software background')).toEqual([['software', 'software']]);
  });

  it.each([
    ['Ability to travel up to 10%, and to work as part of a team.', 'a duty'],
    ['Handle media relations and social media.', 'a skill'],
    ['We offer pet insurance and accident insurance.', 'a perk'],
  ])('reads no sector out of "%s" (%s)', (text) => expect(domains(text)).toEqual([]));

  it.each([
    ['We are a leading travel company.', 'travel'],
    ['A global media company.', 'media'],
    ['Experience in the insurance industry.', 'insurance'],
  ])('reads the sector of "%s"', (text, id) => expect(domains(text).map(([d]) => d)).toEqual([id]));

  it('names an unknown sector from the words before "industry"', () => {
    expect(domains('a leader in the Oncology industry')).toEqual([['pattern:oncology', 'Oncology']]);
  });

  it('leaves sector words inside a job title to the occupation', () => {
    expect(domains('We are hiring a Finance Manager.')).toEqual([]);
  });
});
