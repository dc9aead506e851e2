import { extract } from '../../src';

const MESSAGE = [
  'Hi Sam,',
  '',
  "I came across your profile and think you'd be a great fit for a Senior Java Developer role with my client, a fintech in Canary Wharf.",
  "It's a permanent position paying £85,000 - £95,000, hybrid with 2 days a week in the office.",
  '',
  'Best,',
  'Alex Morgan',
  'Talent Partner, Contoso Recruitment',
].join('\n');

describe("a message's sign-off and signature", () => {
  const r = extract(MESSAGE);

  test("give no occupation or skill: the sender's title is not the job's", () => {
    expect(r.occupations.map((o) => o.name)).toEqual(['Java Developer']);
    expect(r.skills.map((s) => s.name)).toEqual(['Java']);
  });

  test("the sender's name is no place: \"Best, / Jordan\"", () => {
    const text = 'Hi Sam,\n\nA Finance Manager role with my client in Manchester, £55,000.\n\nBest,\nJordan\nNorthwind Recruitment';
    expect(extract(text).locations.map((l) => l.name)).toEqual(['Manchester']);
  });

  test('the message above still gives the job', () => {
    // The recruiter's sentence names it: "a great fit for a Senior Java Developer role".
    expect(r.title).toMatchObject({ text: 'Senior Java Developer', reason: 'title/hiring-sentence' });
    expect(r.salary).toMatchObject({ min: 85000, max: 95000 });
    expect(r.contractType.map((c) => c.value)).toEqual(['permanent']);
  });

  test('"Thanks" inside the text is no sign-off', () => {
    const text = 'Recruitment Consultant\nThanks to our growth we need a recruiter.\nYou will run recruitment campaigns.';
    expect(extract(text).skills.map((s) => s.name)).toContain('recruitment');
  });
});
