import { extract } from '../../src';
import { identity } from '../../src/normalise/mapped-text';
import { joinWrappedLines, joinWrappedWords } from '../../src/normalise/wrapped-words';

const join = (text: string) => joinWrappedWords(identity(text)).text;

describe('words broken over lines by a hyphen, as PDFs give them', () => {
  test.each([
    ['preventive mainte-\nnance on equipment', 'preventive maintenance on equipment'],
    ['an industrial main-\n  tenance environment', 'an industrial maintenance environment'],
    ['a self-\nmotivated engineer', 'a self-motivated engineer'],
    ['Well-\nknown brands', 'Well-known brands'],
  ])('%j', (input, expected) => expect(join(input)).toBe(expected));

  test.each(['Skills -\nexcellent', 'Pay: £25k-\n£30k', 'A-\nB', 'full time-\nPart time', 'ends in a-\n'])('is no wrapped word: %j', (input) => expect(join(input)).toBe(input));

  test('a wrapped word is read whole, its span over the caller\'s characters', () => {
    const text = 'Requirements\n- Minimum of 3 years of experience in industrial mainte-\nnance.';
    const r = extract(text);
    expect(r.experience[0].subject?.text).toBe('industrial maintenance');
    const { start, end } = r.experience[0].subject!;
    expect(text.slice(start, end)).toBe('industrial mainte-\nnance');
  });
});

const joinLines = (text: string) => joinWrappedLines(identity(text)).text;

describe('lines a PDF broke mid-sentence', () => {
  test.each([
    [
      'The Billing Specialist is responsible for the timely submission of\nclaims to commercial and government payers.',
      'The Billing Specialist is responsible for the timely submission of claims to commercial and government payers.',
    ],
    [
      '\u2022 Prepare and submit claims electronically and review claim\n   edits prior to submission.',
      '\u2022 Prepare and submit claims electronically and review claim edits prior to submission.',
    ],
    ['Working knowledge of CPT, ICD-10 and HCPCS coding, with\nsome payer experience', 'Working knowledge of CPT, ICD-10 and HCPCS coding, with some payer experience'],
  ])('%j', (input, expected) => expect(joinLines(input)).toBe(expected));

  test.each([
    'Skills\nexcellent written communication',
    'The Billing Specialist is responsible for claim submission.\nclaims are sent daily',
    'The Billing Specialist is responsible for the timely submission of\nClaims',
    'Associate Sales Representative - Chicago, IL, Columbus or Dayton\nmyGwork - LGBTQ+ Business Community',
    'Working knowledge of the following billing and coding systems in use\no Epic\no Cerner',
    'Senior Platform Engineer | Remote | Australia\nwingtip',
  ])('is no broken line: %j', (input) => expect(joinLines(input)).toBe(input));

  test("a title line of parts over an employer's name in small letters gives both", () => {
    const r = extract('Skip to content\nJob search\nCompanies\nSenior Platform Engineer | Remote | Australia\nwingtip\nMelbourne VIC (Remote)\nFull time\nWe build payment rails.');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Platform Engineer | Remote | Australia', 'wingtip']);
  });

  test("a requirement a PDF broke over lines and bulleted in the Symbol font is read whole, its span over the caller's characters", () => {
    const text =
      'Qualifications\n\uf0b7 Minimum of three (3) years of medical billing experience in a physician\n   practice or hospital setting.\n\uf0b7 Proficient in Microsoft Excel.';
    const r = extract(text);
    expect(r.experience[0].minYears).toBe(3);
    expect(r.experience[0].subject?.text).toBe('a physician practice or hospital setting');
    const { start, end } = r.experience[0].subject!;
    expect(text.slice(start, end)).toBe('a physician\n   practice or hospital setting');
  });
});
