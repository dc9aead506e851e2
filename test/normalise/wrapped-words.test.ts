import { extract } from '../../src';
import { identity } from '../../src/normalise/mapped-text';
import { joinWrappedWords } from '../../src/normalise/wrapped-words';

const join = (text: string) => joinWrappedWords(identity(text)).text;

describe('words broken over lines by a hyphen, as PDFs give them', () => {
  test.each([
    ['preventive mainte-\nnance on equipment', 'preventive maintenance on equipment'],
    ['an industrial main-\n  tenance environment', 'an industrial maintenance environment'],
    ['a self-\nmotivated engineer', 'a self-motivated engineer'],
    ['Well-\nknown brands', 'Well-known brands'],
  ])('%j', (input, expected) => expect(join(input)).toBe(expected));

  test.each(['Skills -\nexcellent', 'Pay: £25k-\n£30k', 'A-\nB', 'full time-\nPart time', 'ends in a-\n'])('is no wrapped word: %j', (input) => expect(join(input)).toBe(input));

  test('a wrapped word is read whole, its span over the caller\'s characters', () => {
    const text = 'Requirements\n- Minimum of 3 years of experience in industrial mainte-\nnance.';
    const r = extract(text);
    expect(r.experience[0].subject?.text).toBe('industrial maintenance');
    const { start, end } = r.experience[0].subject!;
    expect(text.slice(start, end)).toBe('industrial mainte-\nnance');
  });
});
