import { extract } from '../../src';

const title = (text: string) => extract(text).title;

describe('a short post with no title line: the job its hiring sentence names', () => {
  test.each([
    ["We're hiring a part-time bookkeeper (20 hrs/week) in Austin, TX. QuickBooks required. $28-32/hr.", 'bookkeeper'],
    ['Hiring: Barista in Leeds, £11.44/hr, part-time', 'Barista'],
    ['Looking for a freelance React Native developer for a 3-month contract, fully remote, €500/day', 'React Native developer'],
    ['Northwind Inns are looking for an experienced Deputy Manager to help run the pub.', 'Deputy Manager'],
    ['A busy venue on the coast is seeking their next restaurant manager. Great package.', 'restaurant manager'],
  ])('%j', (text, expected) => {
    const t = title(text);
    expect(t?.text).toBe(expected);
    expect(t?.reason).toBe('title/hiring-sentence');
    expect(text.slice(t!.start, t!.end)).toBe(expected);
  });

  test.each([
    "We're hiring! DM me for details.",
    'We are looking for someone who loves coffee.',
    'Looking for a new challenge? Join Contoso.',
    'Dear Candidate\nWe are hiring nurses.',
  ])('names no job: %j', (text) => expect(title(text)).toBeNull());

  test('a title line stays the title', () => {
    expect(title('Senior Nurse\nContoso Care\n\nWe are looking for a Chef too.')?.text).toBe('Senior Nurse');
  });
});
