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

  it("keeps one language's level to it: \"Fluent English; Arabic is an advantage\"", () => {
    expect(langs('Fluent English; Arabic is an advantage.')).toEqual([
      ['en', 'fluent', undefined],
      ['ar', null, false],
    ]);
  });

  it('reads a list that lost its commas: "German Italian and French are an advantage"', () => {
    expect(langs('Fluent English is a must while German Italian and French are an advantage.').map(([code]) => code)).toEqual(['en', 'de', 'it', 'fr']);
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

  it.each([
    // A level word right before the name, as EU postings write it, shared along a list; an ask after the name.
    ['Very good English; German is a plus.', [['en', 'professional'], ['de', null]]],
    ['Excellent English and French.', [['en', 'professional'], ['fr', 'professional']]],
    ['Very good English and German skills.', [['en', 'professional'], ['de', null]]],
    ['Good written and spoken English.', [['en', 'conversational']]],
    ['Basic German.', [['de', 'basic']]],
    ['Spanish language skills would be useful.', [['es', null]]],
    // A details row's label, on the name's line or the line above (Canada's Job Bank: "Languages: English").
    ['Languages: English, French', [['en', null], ['fr', null]]],
    ['Language requirements:\nEnglish and French', [['en', null], ['fr', null]]],
    // A hyphenated level; the European framework's levels and Japanese's JLPT.
    ['Business-level Japanese (JLPT N2) and English.', [['ja', 'professional'], ['en', 'professional']]],
    ['Wymagania: angielski B2.', [['en', 'professional']]],
    ['English B1, German A2', [['en', 'conversational'], ['de', 'basic']]],
    // Communicating in the language, and the terse asks of lists beyond Europe.
    ['Excellent English communication skills.', [['en', 'professional']]],
    ['Good communication skills in English and Hindi.', [['en', null], ['hi', null]]],
    ['Able to communicate fluently in Cantonese.', [['cantonese', 'fluent']]],
    ['Communicate in Cantonese or Hmong.', [['cantonese', null], ['hmong', null]]],
    ['Matric, own car; Afrikaans advantageous.', [['af', null]]],
    ['German required, isiZulu an advantage.', [['de', null], ['zu', null]]],
  ])('%j', (text, expected) => {
    expect(langs(text).map(([code, level]) => [code, level])).toEqual(expected);
  });

  it.each([
    'A good English teacher helps.',
    'Excellent communication skills for a French firm.',
    'Class C1 licence needed. A French company.',
    'Filipino preferred, age 25 to 35.',
    'Communication skills in Spanish Town branch.',
  ])('%j asks for no language', (text) => {
    expect(langs(text)).toEqual([]);
  });
});
