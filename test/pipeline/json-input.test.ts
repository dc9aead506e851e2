import { extract } from '../../src';

const codes = (input: string) => extract(input).warnings.map((w) => w.code);

describe('a JSON posting passed as its text', () => {
  test('is read as text, with a warning that says to pass the object', () => {
    const r = extract(JSON.stringify({ title: 'Staff Nurse', company: 'Contoso Care', description: 'Join our ward in Leeds.' }));
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'input/json-text', message: expect.stringContaining('title, company, description') })]);
  });

  test.each(['{ this is not JSON }', '{"colour": "blue"}', '["title", "company"]', 'Nurse wanted {urgently}', 'Title: Nurse'])('no warning for %s', (text) =>
    expect(codes(text)).not.toContain('input/json-text'),
  );

  test('the object itself gives none', () => {
    expect(extract({ title: 'Staff Nurse', text: 'Join our ward.' }).warnings.map((w) => w.code)).toEqual([]);
  });
});
