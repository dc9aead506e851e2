import { extract } from '../../src';
import { normaliseTitle } from '../../src/extractors/title';
import { time } from '../reliability/timing';

describe('normaliseTitle', () => {
  it.each([
    ['Sales Support - UK, SE Eng - ****  Asset Finance', 'Sales Support - UK, SE Eng - Asset Finance'],
    ['Chef de Partie - £****K', 'Chef de Partie'],
    ['  Nurse (Band 5) | ', 'Nurse (Band 5)'],
    ['- Care Assistant, Leeds -', 'Care Assistant, Leeds'],
    ['Project Manager / ****', 'Project Manager'],
  ])('%s', (input, expected) => {
    expect(normaliseTitle(input)).toBe(expected);
  });

  it('is linear on a title of separators', () => {
    const small = time(() => normaliseTitle(`a${','.repeat(10_000)}x`));
    expect(time(() => normaliseTitle(`a${','.repeat(100_000)}x`))).toBeLessThan(Math.max(small, 5) * 30);
  });
});

describe("a board's words for screen readers after the title", () => {
  it('are no part of it: "Forklift Driver - job post"', () => {
    const r = extract('Find jobs\nSign in\nForklift Driver - job post\nNorthwind Logistics\nLeeds LS11\n£12.60 an hour - Permanent, Full-time\nApply now\nNorthwind Logistics are recruiting forklift drivers.');
    expect(r.title?.text).toBe('Forklift Driver');
  });
});

describe("what a board says before its heading to screen readers, which a copy keeps", () => {
  test('"Job posting Heavy duty equipment mechanic" is the mechanic\'s title', () => {
    const r = extract('Job posting Heavy duty equipment mechanic\nPosted on October 18, 2024 by Employer\nNorthern Contracting Ltd.\nWe repair trucks.');
    expect(r.title).toMatchObject({ text: 'Heavy duty equipment mechanic', start: 12 });
  });

  test("a page's heading of one word after it is the job its page title names (\"Cook - Job Bank\")", () => {
    const html = `<html><head><title>Cook - Job Bank</title></head><body><header><section><h2 class="wb-inv">Language selection</h2><a href="/fr">Français</a></section></header>
      <main><h1><span class="wb-inv">Job posting</span> <span>Cook</span></h1><p>Posted by Harbourfront Bistro Inc.</p><p>Prepare and cook complete meals for our restaurant.</p></main></body></html>`;
    const r = extract(html);
    expect(r.title).toMatchObject({ text: 'Cook', reason: 'title/heading-agrees-with-page-title' });
    expect(html.slice(r.title!.start, r.title!.end)).toBe('Cook');
  });

  test('the employer\'s rating a job card glues before the title is no part of it: "4.1 ★ Product Designer II"', () => {
    const r = extract('4.1 ★ Product Designer II\nAustin, TX\nDesign our checkout for small businesses.');
    expect(r.title).toMatchObject({ text: 'Product Designer II', start: 6 });
  });

  test('"Job Posting Specialist" is a job of its own', () => {
    expect(extract('Job Posting Specialist\nNorthern Contracting Ltd.\nYou will post our jobs.').title?.text).toBe('Job Posting Specialist');
  });
});
