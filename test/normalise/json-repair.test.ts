import { extract } from '../../src';
import { repairJson } from '../../src/normalise/json-repair';

describe("a page's JSON-LD with the slips browsers forgive", () => {
  test.each([
    ['{"title": "Analyst",}', { title: 'Analyst' }],
    ['{"skills": ["SQL", "Excel",\n]}', { skills: ['SQL', 'Excel'] }],
    ['{"description": "Line one\nLine two\tend"}', { description: 'Line one\nLine two\tend' }],
    // Commas and breaks inside strings, and escaped quotes, are the string's own.
    ['{"note": "a,} b \\", ]"}', { note: 'a,} b ", ]' }],
  ])('%j is read', (json, value) => expect(JSON.parse(repairJson(json))).toEqual(value));

  test('valid JSON is left as it is', () => {
    const json = '{"a": [1, 2, {"b": "c, d"}], "e": "f\\ng"}';
    expect(repairJson(json)).toBe(json);
  });

  test('a posting whose JSON-LD ends its last property with a comma is read, with a warning', () => {
    const page = `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Data Analyst","hiringOrganization":{"name":"Fabrikam"},"baseSalary":{"currency":"USD","value":{"minValue":70000,"maxValue":85000,"unitText":"YEAR"}},}</script></head><body><h1>Data Analyst</h1><p>Analyse sales data.</p></body></html>`;
    const r = extract(page);
    expect(r.company?.name).toBe('Fabrikam');
    expect(r.salary).toMatchObject({ min: 70000, max: 85000, period: 'year' });
    expect(r.warnings.map((w) => w.code)).toContain('html/repaired-json-ld');
  });
});
