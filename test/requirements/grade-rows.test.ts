import { extract } from '../../src';

describe("a grade row's value", () => {
  test.each([
    'Policy Adviser\nDepartment for Education\nJob grade\nSenior Executive Officer\nAbout the job\nYou will advise ministers.',
    'Policy Adviser\nGrade: Higher Executive Officer\nYou will advise ministers.',
  ])('is no occupation: %j', (text) => expect(extract(text).occupations.map((o) => o.name)).toEqual(['Advisor']));

  test('a grade in a pay-scale row is no pay and no skill', () => {
    const r = extract('IT Specialist\nPay scale & grade: GS 12\nYou will run security assessments.');
    expect(r.salaries).toEqual([]);
  });

  test('an occupation named elsewhere still is one', () => {
    expect(extract('Executive Officer\nBand: 6\nYou will support the board.').occupations.map((o) => o.name)).toContain('Officer');
  });
});
