import { runRequirements } from './run';

function langs(text: string) {
  return runRequirements(text).languages.map((l) => [l.code, l.level, l.required]);
}

describe('languages', () => {
  it('reads "Bi-lingual Spanish preferred" as bilingual and preferred', () => {
    expect(langs('Bi-lingual Spanish preferred')).toEqual([['es', 'bilingual', false]]);
  });

  it('reads a fluency requirement', () => {
    expect(langs('Fluent German is essential for this role.')).toEqual([['de', 'fluent', true]]);
  });

  it('reads coordinated languages with a shared cue', () => {
    expect(langs('We need a French / English speaking nanny.')).toEqual([
      ['fr', null, undefined],
      ['en', null, undefined],
    ]);
  });

  it('ignores nationalities and English that is not asked for', () => {
    expect(langs('Our French client sells English tea to a German retailer.')).toEqual([]);
  });

  it('reads a native level', () => {
    expect(langs('Native Italian speakers wanted.')).toEqual([['it', 'native', undefined]]);
  });
});
