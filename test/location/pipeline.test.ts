import { createExtractor } from '../../src';
import { locationExtractor } from '../../src/extractors/location';

const jobsift = createExtractor({ extractors: [locationExtractor] });

describe('location through the pipeline', () => {
  it('reads a UK feed block: the place in the description, not in the company', () => {
    const input = [
      'Title: Office Manager',
      'Webindex: 12345678',
      'Company: Chester Street Recruitment Ltd',
      'Description: Our client, a growing firm based in Guildford, Surrey, needs an Office Manager. Chester Street Recruitment Ltd is acting as an agency.',
    ].join('\n');
    const result = jobsift.extract(input);
    expect(result.location).toMatchObject({ name: 'Guildford', region: 'Surrey', area: 'South East', country: 'GB', role: 'workplace' });
    expect(input.slice(result.location!.start, result.location!.end)).toBe('Guildford, Surrey');
    expect(result.locations.map((l) => l.name)).toEqual(['Guildford']);
  });

  it('takes the place from the title when it is set off from the job name', () => {
    const result = jobsift.extract('Title: Sous Chef – Harrogate\nWebindex: 1\nCompany: Acme Hotels\nDescription: A busy hotel kitchen needs a Sous Chef.');
    expect(result.location).toMatchObject({ name: 'Harrogate', region: 'North Yorkshire', country: 'GB' });
  });

  it('reads the location field of object input first', () => {
    const result = jobsift.extract({ title: 'Nurse', location: 'Denver, CO', text: 'We also have roles in Boston.' });
    expect(result.location).toMatchObject({ name: 'Denver', region: 'Colorado', country: 'US', reason: 'location/field', field: 'location' });
  });

  it('leaves location empty when no place is named', () => {
    const result = jobsift.extract('We are hiring a developer with Mobile and Enterprise experience.');
    expect(result.location).toBeNull();
    expect(result.locations).toEqual([]);
  });
});
