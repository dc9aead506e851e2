import { extract } from '../../src';

const kinds = (text: string) => extract(text).sections.map((s) => s.kind);

describe("a section without a heading, by how it opens", () => {
  test.each([
    ['We are a family-owned haulier with 400 staff across the Midlands.', 'company'],
    ["We're an award-winning agency based in Leeds.", 'company'],
    ['Founded in 1998, Northwind ships furniture across Europe.', 'company'],
    ['We are looking for a Data Analyst with 3+ years of SQL experience to build dashboards in Tableau.', 'other'],
    ["We're currently seeking a Staff Nurse for our surgical ward.", 'other'],
    ['We are hiring a Warehouse Lead to run our shipping floor.', 'other'],
  ])('%j opens a %s section', (text, kind) => expect(kinds(text)).toEqual([kind]));

  test("the role's opening sentence keeps its skills: they are asked of the reader, not the company's", () => {
    const r = extract({ title: 'Data Analyst', text: 'We are looking for a Data Analyst with 3+ years of SQL experience to build dashboards in Tableau.' });
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['SQL', 'Tableau']));
  });
});

describe('a details heading ends the company section over it', () => {
  test.each(['Job Details', 'Position Information', 'Key information'])('%j', (heading) => {
    const text = `We are a family-owned furniture maker with showrooms in six states.\n${heading}\nStrong consultative selling and negotiation skills.\nConfidence with CRM software.`;
    const r = extract(text);
    expect(r.sections.map((s) => s.kind)).toEqual(['company', 'other']);
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['negotiation', 'CRM systems']));
  });
});
