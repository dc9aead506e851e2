import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src';
import { sectionAt } from '../../src/sections';
import { lookupHeading } from '../../src/sections/headings';
import { analyse } from '../../src/pipeline/analyse';
import { resolveOptions } from '../../src/pipeline/options';

const sectionsOf = (input: string) => {
  const r = extract(input);
  return r.sections.map((s) => ({ kind: s.kind, reason: s.reason, text: r.text.slice(s.start, s.end) }));
};

describe('a details row printed as a heading over its value ("Salary:" / "£40,000 - £48,000")', () => {
  test('holds its value only: the list under it is asked of the candidate, not pay', () => {
    const r = extract('<p><b>Salary:</b></p><p>£40,000 - £48,000</p><ul><li>2+ years experience with C# and .NET</li><li>Azure DevOps</li></ul>');
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['C#', 'Azure DevOps']));
  });

  test('the section it interrupted goes on after it', () => {
    const sections = sectionsOf('Description\nJoin our sales team.\nCompensation:\n$50,000 - $70,000\nYou will call 100 customers a week and close new business.');
    expect(sections.at(-1)).toMatchObject({ kind: 'responsibilities', reason: 'section/after-row' });
    expect(sections.at(-1)?.text).toMatch(/^You will call/);
  });

  test('what goes on about the pay stays in its section', () => {
    const sections = sectionsOf('Additional Information\nSalary:\n$90,000 - $110,000\nThe ultimate compensation offered will depend on skill level and location.');
    expect(sections.at(-1)).toMatchObject({ kind: 'benefits', reason: 'section/heading' });
  });
});

describe('sections as extractors look them up', () => {
  const seeds = path.join(__dirname, '../../seeds');
  test.each(fs.readdirSync(seeds))('%s: in text order, never overlapping, each offset found in its own', (file) => {
    const { doc } = analyse(fs.readFileSync(path.join(seeds, file), 'utf8'), resolveOptions(undefined));
    doc.sections.slice(1).forEach((s, i) => expect(s.start).toBeGreaterThanOrEqual(doc.sections[i].end));
    for (let at = 0; at <= doc.text.length; at++) expect(sectionAt(doc.sections, at)).toBe(doc.sections.find((s) => at >= s.start && at < s.end));
  });
});

describe('headings a board prints', () => {
  test('a question ending in a heading\'s words is no heading: "How did you hear about the role?"', () => {
    const sections = sectionsOf('Benefits\nHealth cover and a pension.\nHow did you hear about the role?\nA friend told me.');
    expect(sections.map((s) => s.kind)).toEqual(['benefits']);
  });
});

describe('headings in other languages (section-headings.json)', () => {
  test('Spanish, German and French headings announce their sections, accents aside', () => {
    const kinds = (text: string) => sectionsOf(text).map((s) => s.kind);
    expect(kinds('Auxiliar Contable\nDescripción de la oferta\nRegistro de pólizas en CONTPAQi.\nRequisitos:\nLicenciatura en contaduría.\nSobre la empresa\nDistribuidora con 34 años.')).toEqual(['other', 'responsibilities', 'requirements', 'company']);
    expect(kinds('Entwickler\nIhre Aufgaben\nSie entwickeln Webanwendungen.\nIhr Profil\nStudium der Informatik.\nWir bieten\nFlexible Arbeitszeiten.')).toEqual(['other', 'responsibilities', 'requirements', 'benefits']);
    expect(kinds('Analyste\nVos missions\nAnalyser les ventes.\nProfil recherché\nBac+5 en statistique.\nQui sommes-nous ?\nUne PME lyonnaise.')).toEqual(['other', 'responsibilities', 'requirements', 'company']);
  });

  test('a footer\'s link that reads as a heading is left out: "Über uns" would end the run of a copied page\'s menus', () => {
    expect(lookupHeading('Über uns')).toBeNull();
    expect(lookupHeading('Über das Unternehmen')?.kind).toBe('company');
  });

  test("a page's heading in Spanish is no title: \"Descripción de la oferta\"", () => {
    expect(extract('Descripción de la oferta\nSolicitamos auxiliar contable para nuestra sucursal en León.').title?.text).not.toBe('Descripción de la oferta');
  });
});
