import { findHours } from '../../src/extractors/terms';

describe('hours', () => {
  test.each([
    ['37.5 hours per week', { min: 37.5, max: 37.5 }],
    ['40 hrs a week', { min: 40, max: 40 }],
    ['16-24 hours per week', { min: 16, max: 24 }],
    ['between 20 and 30 hours per week', { min: 20, max: 30 }],
    ['a 39 hour week', { min: 39, max: 39 }],
    ['Hours: 35', { min: 35, max: 35 }],
  ])('%s', (text, perWeek) => {
    expect(findHours(text)?.perWeek).toEqual(perWeek);
  });

  test('more than a week holds is not weekly hours', () => {
    expect(findHours('120 hours per week')).toBeNull();
  });

  test('shift patterns', () => {
    const h = findHours('Working nights and weekends on a rota, Monday to Friday day shifts also available.');
    expect(h?.shifts.sort()).toEqual(['days', 'nights', 'rota', 'weekends']);
    expect(h?.mentions.every((m) => m.reason.startsWith('terms/shift-'))).toBe(true);
  });

  test('"no weekends" and "weekends off" are not weekend work', () => {
    expect(findHours('No weekends! Every other weekend off.')).toBeNull();
  });

  test('nothing stated: null', () => {
    expect(findHours('A great team.')).toBeNull();
  });
});
