import { compileAll, compileDictionary } from '../../src/dictionaries/compile';
import { loadDictionaries } from '../../src/platform/node';
import { DICTIONARY_TYPES, type DictionaryFile, type DictionaryType } from '../../src/dictionaries/types';
import { SLOT_COUNT } from '../../src/dictionaries/trie';

// Vocabularies that share words, so that one type's branch stands where another type needs the lemma's.
const files: DictionaryFile[] = [
  { type: 'skills', entries: [
    { id: 'board-reporting', name: 'directors reports', kind: 'competence' },
    { id: 'customer-service', name: 'customer service', kind: 'competence' },
    { id: 'verbal-communication', name: 'verbal communication', kind: 'competence' },
    { id: 'written-communication', name: 'written communication', kind: 'competence' },
  ] },
  { type: 'occupations', entries: [
    { id: 'director', name: 'director' },
    { id: 'customer-service-manager', name: 'customer service manager' },
  ] },
  { type: 'domains', entries: [{ id: 'customer-service', name: 'customer service' }] },
  { type: 'benefits', entries: [{ id: 'pension', name: 'pension', aliases: ['pension scheme'] }] },
];

const text = 'Report to the directors. Customer service manager, verbal and written communication, pensions.';
// What the tagger would give: lemmas of the plurals.
const lemmas = new Map([
  [text.indexOf('directors'), 'director'],
  [text.indexOf('pensions'), 'pension'],
]);

const view = (ms: { entry: { id: string }; text: string; reason: string }[]) => ms.map((m) => [m.entry.id, m.text, m.reason]);

describe('one dictionary walk for every type', () => {
  test("every type has a slot of the trie's masks", () => expect(DICTIONARY_TYPES.length).toBeLessThanOrEqual(SLOT_COUNT));

  const loaded = loadDictionaries(files, false);
  const types: DictionaryType[] = ['skills', 'occupations', 'domains', 'benefits'];

  it.each(types)('%s: the same matches as a trie of its own', (type) => {
    const merged = compileAll(() => loaded);
    const alone = compileDictionary(type, loaded[type]);
    expect(view(merged[type].match(text, 0, text.length, lemmas))).toEqual(view(alone.match(text, 0, text.length, lemmas)));
  });

  it("follows the lemma for a type whose words another type's branch shares", () => {
    const merged = compileAll(() => loaded);
    // "directors" starts a skills surface; the occupation is still reached through the lemma.
    expect(view(merged.occupations.match(text, 0, text.length, lemmas))).toEqual([
      ['director', 'directors', 'dictionary/lemma'],
      ['customer-service-manager', 'Customer service manager', 'dictionary/alias'],
    ]);
    expect(view(merged.skills.match(text, 0, text.length, lemmas))).toEqual([
      ['customer-service', 'Customer service', 'dictionary/alias'],
      ['verbal-communication', 'verbal', 'dictionary/coordination'],
      ['written-communication', 'written communication', 'dictionary/alias'],
    ]);
  });

  it('matches a range, or another lemma table, for the asking type alone, and the same as on its own', () => {
    const merged = compileAll(() => loaded);
    merged.skills.match(text, 0, text.length, lemmas);
    const from = text.indexOf('Customer');
    expect(view(merged.occupations.match(text, from, text.length, lemmas))).toEqual([['customer-service-manager', 'Customer service manager', 'dictionary/alias']]);
    expect(view(merged.benefits.match(text, 0, text.length, new Map()))).toEqual([]);
    expect(view(merged.benefits.match(text, 0, text.length, lemmas))).toEqual([['pension', 'pensions', 'dictionary/lemma']]);
  });
});

describe('another lemma table for the same text', () => {
  const loaded = loadDictionaries(files, false);
  // The tagger's lemmas plus one for a word no surface starts with: every type walks as it did.
  const wider = new Map([...lemmas, [text.indexOf('Report'), 'report']]);
  const narrower = new Map([[text.indexOf('directors'), 'director']]);

  it.each([
    ['a wider table', wider, lemmas],
    ['a table without a lemma a walk stepped through', lemmas, narrower],
    ['a table with a lemma the first lacked', narrower, lemmas],
  ])('%s: each type gets what a trie of its own gives', (_, first, second) => {
    for (const type of ['skills', 'occupations', 'benefits'] as DictionaryType[]) {
      const merged = compileAll(() => loaded);
      merged.domains.match(text, 0, text.length, first);
      expect(view(merged[type].match(text, 0, text.length, second))).toEqual(view(compileDictionary(type, loaded[type]).match(text, 0, text.length, second)));
    }
  });
});
