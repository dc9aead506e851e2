import { runRequirements } from './run';

const experience = (text: string) => runRequirements(text).experience.map((e) => ({ text: e.text, min: e.minYears, max: e.maxYears }));

describe('years of experience in other languages', () => {
  test.each([
    ['Mindestens 3 Jahre Berufserfahrung in der Buchhaltung.', '3 Jahre', 3, null],
    ["2 à 3 ans d'expérience en recrutement.", '2 à 3 ans', 2, 3],
    ['5 años de experiencia en ventas.', '5 años', 5, null],
    ['3-5 jaar werkervaring als developer.', '3-5 jaar', 3, 5],
    ['Almeno 2 anni di esperienza nel ruolo.', '2 anni', 2, null],
    ['Minimum 3 lata doświadczenia w IT.', '3 lata', 3, null],
    ['2+ anos de experiência com vendas.', '2+ anos', 2, null],
  ])('%s', (text, span, min, max) => expect(experience(text)).toEqual([{ text: span, min, max }]));

  test.each([
    ['Berufserfahrung: 3 Jahre', '3 Jahre', 3],
    ['Expérience : 2 ans', '2 ans', 2],
    ['Experiencia: 5 años', '5 años', 5],
  ])('a label before the figure: %s', (text, span, min) => expect(experience(text)).toEqual([{ text: span, min, max: null }]));

  test.each([
    ['Mindestens 5 Jahre Berufserfahrung in der Projektleitung.', 'der Projektleitung'],
    ["3 ans d'expérience dans la logistique.", 'la logistique'],
    ['2 años de experiencia en ventas.', 'ventas'],
    ['Experiência de 3 anos com SQL e Python.', 'SQL e Python'],
    ['3 Jahre Berufserfahrung mit SAP.', 'SAP'],
    ['Minimaal 3 jaar werkervaring met Java.', 'Java'],
  ])('the subject of %s', (text, subject) => expect(runRequirements(text).experience[0].subject?.value).toBe(subject));

  test.each(['Das Unternehmen besteht seit 30 Jahren.', 'Une entreprise de 20 ans.', 'Wir bieten 30 Tage Urlaub und 2 Jahre Garantie.'])('%s asks for no experience', (text) =>
    expect(experience(text)).toEqual([]),
  );
});

describe('languages asked for in other languages', () => {
  const languages = (text: string) => runRequirements(text).languages.map((l) => `${l.name}${l.level ? `/${l.level}` : ''}`);
  test.each([
    ['Sehr gute Deutsch- und Englischkenntnisse', ['German', 'English']],
    ['Anglais courant exigé.', ['English/fluent']],
    ['Bilinguisme (français et anglais) essentiel.', ['French/bilingual', 'English/bilingual']],
    ['Español nativo, inglés fluido.', ['Spanish/native', 'English/fluent']],
    ['Inglés avanzado.', ['English/professional']],
    ['Goede beheersing van het Nederlands en Engels (vloeiend).', ['Dutch/fluent', 'English/fluent']],
    ['Goede beheersing van Nederlands en Engels.', ['Dutch', 'English']],
  ])('%s', (text, expected) => expect(languages(text)).toEqual(expected));

  test.each(['Une entreprise française.', 'Wir sind ein deutsches Unternehmen.', 'Polish your CV before you apply.'])('%s asks for no language', (text) =>
    expect(languages(text)).toEqual([]),
  );
});
