import { extract } from '../../src';

const dates = (text: string) => {
  const r = extract(text);
  return [r.datePosted, r.validThrough];
};

describe('the dates a posting labels in its text', () => {
  test.each([
    ['Sales Executive\nClosing date: 15 January 2027\nWe sell.', [null, '2027-01-15']],
    ['Data Analyst\nApply by 31 March 2027.', [null, '2027-03-31']],
    ['Engineer\nApplication deadline: January 31, 2027', [null, '2027-01-31']],
    ['Driver\nDeadline: 2027-01-15', [null, '2027-01-15']],
    ['Cook\nPosted: 3 December 2026', ['2026-12-03', null]],
    // Figures only one order allows; else the market's: month first in the US.
    ['Nurse\nApplications close 20/12/2026', [null, '2026-12-20']],
    ['Driver, Austin, TX\nDeadline: 01/02/2027', [null, '2027-01-02']],
    ['Driver, Leeds\nDeadline: 01/02/2027', [null, '2027-02-01']],
  ])('%j', (text, expected) => expect(dates(text)).toEqual(expected));
  test.each(['Apply by Friday.', 'Posted 3 days ago', 'Closing date: 31/02/2027'])('no absolute date, or none that exists: %j', (text) => expect(dates(text)).toEqual([null, null]));
  test("a list of other jobs' dates names none of this job's", () =>
    expect(dates('Cook\nSimilar jobs\nBaker - Posted: 2 December 2026\nWaiter - Posted: 1 December 2026')).toEqual([null, null]));
  test('a JSON-LD date stays as given', () => {
    const html = '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Cook","validThrough":"2027-02-01T00:00"}</script></head><body><h1>Cook</h1><p>Closing date: 15 January 2027</p></body></html>';
    expect(extract(html).validThrough).toBe('2027-02-01T00:00');
  });
});
