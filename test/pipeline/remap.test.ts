import type { FieldRegion } from '../../src/normalise';
import { identity } from '../../src/normalise/mapped-text';
import { finaliseResult } from '../../src/pipeline/remap';
import type { ExtractionResult } from '../../src/types/result';

// Object input is read as one virtual source, its properties one after another.
const source = 'Chef' + 'Kitchen in Leeds';
const regions: FieldRegion[] = [
  { field: 'title', base: 0, length: 4 },
  { field: 'text', base: 4, length: 16 },
];

function finalise(span: { start: number; end: number; text: string }) {
  const result = { entities: [span], sections: [], warnings: [] } as unknown as ExtractionResult;
  finaliseResult(result, identity(source), regions, 0);
  return { span: result.entities[0] as unknown as { start: number; end: number; field?: string }, warnings: result.warnings };
}

describe('finaliseResult on object input', () => {
  test('a span inside the second property is given that property and offsets into it', () => {
    const { span } = finalise({ start: 15, end: 20, text: 'Leeds' });
    expect(span).toMatchObject({ field: 'text', start: 11, end: 16 });
  });

  test('an empty span at the very end of the text belongs to the last property, at its end', () => {
    const { span, warnings } = finalise({ start: 20, end: 20, text: '' });
    expect(span).toMatchObject({ field: 'text', start: 16, end: 16 });
    expect(warnings).toEqual([]);
  });
});
