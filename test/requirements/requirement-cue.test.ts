import { runRequirements } from './run';

describe('required or preferred', () => {
  it.each([
    ['A full driving licence is essential.', true],
    ['You must have a full driving licence.', true],
    ['A full driving licence is required.', true],
    ['A full driving licence is preferred.', false],
    ['A full driving licence is desirable.', false],
    ['A full driving licence would be an advantage.', false],
    ['Ideally you will hold a full driving licence.', false],
    ['A full driving licence is a plus.', false],
    ['A full driving licence is not essential.', false],
    ['You will hold a full driving licence.', undefined],
  ])('%s', (text, required) => {
    expect(runRequirements(text).certifications[0].required).toBe(required);
  });

  it('uses the nearest cue in a sentence with two', () => {
    const r = runRequirements('An ACCA qualification is essential and a driving licence would be an advantage.');
    expect(r.certifications.map((c) => [c.id, c.required])).toEqual([
      ['acca', true],
      ['driving-licence', false],
    ]);
  });

  it('reads the Essential and Desirable headings', () => {
    const r = runRequirements('Essential\n- HND in Engineering\n\nDesirable\n- PRINCE2');
    expect(r.education[0].required).toBe(true);
    expect(r.certifications[0].required).toBe(false);
  });

  it("reads a list's lead-in", () => {
    const r = runRequirements('Candidates must have:\n- a degree in Chemistry\n- a full driving licence');
    expect(r.education[0].required).toBe(true);
    expect(r.certifications[0].required).toBe(true);
  });
});
