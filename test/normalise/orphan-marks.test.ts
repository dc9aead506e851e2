import { extract } from '../../src';
import { identity } from '../../src/normalise/mapped-text';
import { joinOrphanMarks } from '../../src/normalise/orphan-marks';

const join = (text: string) => joinOrphanMarks(identity(text)).text;

describe('a page taken node by node: lone brackets and dashes join the run they belong to', () => {
  test.each([
    ['Remote\n(\nAustralia\n)\nFull Time', 'Remote (Australia)\nFull Time'],
    ['Remote\n(\nGermany\nUnited Kingdom\n)', 'Remote (Germany, United Kingdom)'],
    ['Annual Salary Range\n$160,000\n—\n$185,000 USD\nAbout us', 'Annual Salary Range\n$160,000 — $185,000 USD\nAbout us'],
    ['Pay\n45k\n-\n£50k', 'Pay\n45k - £50k'],
  ])('%j', (input, expected) => expect(join(input)).toBe(expected));

  test.each(['About us\n—\nRequirements', 'Skills\n-\nSQL', 'Salary\n$50,000\n(\nplus bonus'])('a dash or bracket between other lines stays: %j', (input) =>
    expect(join(input)).toBe(input),
  );

  test('"by" or "at" alone on its line goes with the name under it, not with a list item', () => {
    expect(join('Data Analyst\nat\nContoso Health\nAustin, TX')).toBe('Data Analyst\nat Contoso Health\nAustin, TX');
    expect(join('You will work at\nat\n- Care homes\n- Clinics')).toBe('You will work at\nat\n- Care homes\n- Clinics');
  });

  test('a public body after the title\'s slash, in a node of its own, goes with the title; a line of other words stays', () => {
    expect(join('Court Clerk\n/ Ministry of Justice\nSalary: 700')).toBe('Court Clerk / Ministry of Justice\nSalary: 700');
    expect(join('Apply by email\n/ or by post\nThanks')).toBe('Apply by email\n/ or by post\nThanks');
  });

  test('the pay range and the place are read as the page showed them, spans into the input', () => {
    const text = ['Customer Success Manager', 'Remote', '(', 'Australia', ')', 'Full Time', 'Annual Salary Range', 'A$150,000', '—', 'A$180,000 AUD', 'You will look after our largest customers in Australia and New Zealand.'].join('\n');
    const r = extract(text);
    expect(r.salary).toMatchObject({ min: 150000, max: 180000, currency: 'AUD' });
    expect(r.location?.country).toBe('AU');
    expect(text.slice(r.salary!.start, r.salary!.end)).toBe('A$150,000\n—\nA$180,000 AUD');
  });
});
