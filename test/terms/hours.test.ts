import { extract } from '../../src';
import { findHours } from '../../src/extractors/terms';

describe('hours', () => {
  test.each([
    ['37.5 hours per week', { min: 37.5, max: 37.5 }],
    ['40 hrs a week', { min: 40, max: 40 }],
    ['16-24 hours per week', { min: 16, max: 24 }],
    ['between 20 and 30 hours per week', { min: 20, max: 30 }],
    ['a 39 hour week', { min: 39, max: 39 }],
    ['Hours: 35', { min: 35, max: 35 }],
    ['40 hrs/week', { min: 40, max: 40 }],
    // A board's row, its value on the next line (Indeed's "Expected hours").
    ['Expected hours:\n30 - 40 per week', { min: 30, max: 40 }],
    ['Hours:\n38 per week', { min: 38, max: 38 }],
    // Australia and New Zealand count by the fortnight.
    ['76 hours per fortnight', { min: 38, max: 38 }],
    ['40 - 60 hours per fortnight', { min: 20, max: 30 }],
    // Other languages (employment-terms.json weeklyHours).
    ['32 - 40 uur per week', { min: 32, max: 40 }],
    ['Arbeitszeit: 35 Stunden/Woche', { min: 35, max: 35 }],
    ['Temps de travail : 35h/semaine', { min: 35, max: 35 }],
    ['Jornada: 40 horas semanales', { min: 40, max: 40 }],
    ['20 Std./Woche', { min: 20, max: 20 }],
  ])('%s', (text, perWeek) => {
    expect(findHours(text)?.perWeek).toEqual(perWeek);
  });

  test.each(['Hours : 5 days in 7', 'Hours: 9am - 5pm', 'Hours: 9:00 to 17:00', '****5 hours per week'])('%s states no weekly hours', (text) => {
    expect(findHours(text)?.perWeek ?? null).toBeNull();
  });

  test('more than a week holds is not weekly hours', () => {
    expect(findHours('120 hours per week')).toBeNull();
  });

  test('shift patterns', () => {
    const h = findHours('Working nights and weekends on a rota, Monday to Friday day shifts also available.');
    expect(h?.shifts.sort()).toEqual(['days', 'nights', 'rota', 'weekends']);
    expect(h?.mentions.every((m) => m.reason.startsWith('terms/shift-'))).toBe(true);
  });

  test('each shift pattern is read in capitals too, and with each of its words', () => {
    const shifts = (text: string) => findHours(text)?.shifts.sort() ?? [];
    expect(shifts('MON - FRI, NIGHT SHIFTS, WEEKEND WORK, EVENING SHIFTS, ON CALL, SHIFT WORK, FLEXITIME')).toEqual(['days', 'evenings', 'flexible', 'nights', 'rota', 'shifts', 'weekends']);
    expect(shifts('Days only. Sleep-ins. Rotating.')).toEqual(['days', 'nights', 'rota']);
  });

  test('"no weekends" and "weekends off" are not weekend work', () => {
    expect(findHours('No weekends! Every other weekend off.')).toBeNull();
  });

  test('nothing stated: null', () => {
    expect(findHours('A great team.')).toBeNull();
  });
});

describe('full or part time from the weekly hours', () => {
  const employment = (text: string) => extract(text).employmentType.map((t) => [t.value, t.mentions[0].reason]);
  test.each([
    ['You will work 37.5 hours per week in our Leeds store.', 'full_time'],
    ['A shop assistant for 16 hours per week, weekdays only.', 'part_time'],
    ['Working hours: 40 hours per week', 'full_time'],
  ])('%s', (text, value) => expect(employment(text)).toEqual([[value, 'terms/weekly-hours']]));
  test.each([
    'The role is 32 hours per week.',
    'Benefits do not apply to employees scheduled to work less than 20 hours per week.',
    'Hours: 16-40 per week',
  ])('%s states neither', (text) => expect(employment(text)).toEqual([]));
  test('a stated term wins over the hours', () =>
    expect(employment('This is a part-time role of 36 hours per week.')).toEqual([['part_time', 'terms/part-time']]));
});

test('hours do not run out of a header field into the next: "Title: hours:" over "Webindex: 1"', () => {
  const r = extract('Title: hours: \nWebindex: 1\nCompany: Care\nDescription: ');
  expect([r.hours, r.employmentType]).toEqual([null, []]);
});
