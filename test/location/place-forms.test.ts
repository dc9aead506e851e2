import { extract } from '../../src';

const primary = (input: Parameters<typeof extract>[0]) => {
  const l = extract(input).location;
  return l && [l.name, l.region, l.country];
};

describe('place forms of pages and feeds', () => {
  test.each([
    ['Location: Round Rock, TX 78664\nWe are hiring.', ['Round Rock', 'Texas', 'US']],
    ['Location: US-TX-Round Rock\nWe are hiring.', ['Round Rock', 'Texas', 'US']],
    ['Location: US-OR-Portland\nWe are hiring.', ['Portland', 'Oregon', 'US']],
    ['Location: United States, Oregon, Portland\nWe are hiring.', ['Portland', 'Oregon', 'US']],
    ['Our team sits in Portland-OR and Salem-OR.', ['Portland', 'Oregon', 'US']],
  ])('%s', (text, expected) => expect(primary(text)).toEqual(expected));

  test('a "Work Location:" label gives the place of work', () => {
    expect(primary({ title: 'Payroll Clerk - US', text: 'Work Location:\n\nDover, Delaware\n\nJoin our team.' })).toEqual(['Dover', 'Delaware', 'US']);
  });

  test('a country wins over a small town of its name', () => {
    expect(extract('Pay $30 an hour. We also hire in Jordan.').locations.map((l) => l.name)).toContain('Jordan');
    expect(extract('Pay $30 an hour. We also hire in Jordan.').locations[0].country).toBe('JO');
  });

  test('a ZIP code alone in a location field gives its state', () => {
    const l = extract('Location: 02886\nWe are hiring.').location;
    expect(l).toMatchObject({ name: 'Rhode Island', country: 'US', postcode: '02886', reason: 'location/zip' });
  });

  test('a ZIP code in the text is no place', () => expect(extract('Order number 02886 has shipped.').locations).toEqual([]));

  test('"Multiple locations" names no place', () => expect(extract('Location: Multiple locations').locations).toEqual([]));

  test('a state named with its own code is its city', () => {
    expect(primary('Location: New York, NY\nWe are hiring.')).toEqual(['New York City', 'New York', 'US']);
  });
});

describe('headquarters and workplace', () => {
  test('a stated workplace wins over the headquarters', () => {
    expect(primary('Headquartered in Denver, Colorado, we are hiring for our Boise, Idaho office.')?.[0]).toBe('Boise');
  });
  test('a headquarters counts like any other place when no workplace is stated', () => {
    expect(primary('Pay $30 an hour. Our headquarters is in Boise, Idaho. We sell in Texas.')?.[0]).toBe('Boise');
  });
});

describe('a town at the end of a title', () => {
  test.each([
    ['Barista Reading', 'Reading'],
    ['Chef Job Bath', 'Bath'],
    ['Warehouse Operative Rugby', 'Rugby'],
  ])('%s', (title, town) => expect(primary({ title, text: 'Join a friendly team.' })?.[0]).toBe(town));

  test.each(['Head of Sale', 'Reading Specialist Teacher', 'Sales Opportunity'])('%s names no place', (title) =>
    expect(extract({ title, text: 'Join a friendly team.' }).location).toBeNull(),
  );
});
