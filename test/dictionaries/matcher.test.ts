import { compileDictionary } from '../../src/dictionaries/compile';
import { loadDictionaries } from '../../src/platform/node';
import type { DictionaryFile } from '../../src/dictionaries/types';
import { time } from '../reliability/timing';

const skills: DictionaryFile = {
  type: 'skills',
  entries: [
    { id: 'microsoft-word', name: 'Microsoft Word', kind: 'knowledge', aliases: ['MS Word', { text: 'Word', caseSensitive: true }, { text: 'word', context: ['excel', 'outlook'] }] },
    { id: 'microsoft-excel', name: 'Microsoft Excel', kind: 'knowledge', aliases: ['MS Excel', { text: 'excel', context: ['word', 'outlook', 'office'] }] },
    { id: 'microsoft-office', name: 'Microsoft Office', kind: 'knowledge', aliases: ['MS Office'] },
    { id: 'verbal-communication', name: 'verbal communication', kind: 'competence' },
    { id: 'written-communication', name: 'written communication', kind: 'competence' },
    { id: 'problem-solving', name: 'problem solving', kind: 'competence', aliases: ['problemsolving'] },
    { id: 'spreadsheet', name: 'spreadsheet', kind: 'knowledge' },
    { id: 'patience', name: 'patience', kind: 'competence', aliases: [{ text: 'patient', inflected: false }] },
  ],
};

function match(text: string, lemmas?: Map<number, string>) {
  const dict = compileDictionary('skills', loadDictionaries([skills], false).skills);
  return dict.match(text, 0, text.length, lemmas).map((m) => [m.entry.id, m.text, m.reason]);
}

describe('dictionary matcher', () => {
  it('is case- and punctuation-insensitive and prefers the longest match', () => {
    expect(match('Strong Problem-Solving and MS Office skills')).toEqual([
      ['problem-solving', 'Problem-Solving', 'dictionary/alias'],
      ['microsoft-office', 'MS Office', 'dictionary/alias'],
    ]);
  });

  it('matches the run-together feed form listed as an alias', () => {
    expect(match('tenacity and problemsolving skills')).toEqual([['problem-solving', 'problemsolving', 'dictionary/alias']]);
  });

  it('applies case-sensitive rules: "Word" the program, not "word" the noun', () => {
    expect(match('Good knowledge of Word.')).toEqual([['microsoft-word', 'Word', 'dictionary/alias']]);
    expect(match('Spread the word about us.')).toEqual([]);
  });

  it('applies context rules: lower-case "word, excel" in a list of office tools', () => {
    expect(match('Working knowledge of a database, word, excel and email')).toEqual([
      ['microsoft-word', 'word', 'dictionary/alias'],
      ['microsoft-excel', 'excel', 'dictionary/alias'],
    ]);
    expect(match('You will excel in this role')).toEqual([]);
  });

  it('context does not reach across a line break', () => {
    expect(match('word\nexcel')).toEqual([]);
  });

  it('shares a head across coordination: verbal and written communication', () => {
    expect(match('Excellent verbal and written communication')).toEqual([
      ['verbal-communication', 'verbal', 'dictionary/coordination'],
      ['written-communication', 'written communication', 'dictionary/alias'],
    ]);
  });

  it('stops at a modifier matched on its own as something else', () => {
    const dict = compileDictionary('skills', loadDictionaries([{ type: 'skills', entries: [
      { id: 'admin', name: 'administrative', kind: 'competence', aliases: ['administrative support'] },
      { id: 'legal-support', name: 'legal support', kind: 'competence' },
      { id: 'customer-support', name: 'customer support', kind: 'competence' },
      { id: 'marketing', name: 'marketing', kind: 'knowledge' },
      { id: 'marketing-support', name: 'marketing support', kind: 'competence' },
    ] }], false).skills);
    const ids = (text: string) => dict.match(text).map((m) => m.entry.id);
    expect(ids('marketing, and administrative and customer support roles')).toEqual(['marketing', 'admin', 'customer-support']);
  });

  it('reads "&" as "and", and passes over a modifier that matched on its own', () => {
    expect(match('Strong problem solving, verbal & written communication').map((m) => m[0])).toEqual(['problem-solving', 'verbal-communication', 'written-communication']);
  });

  it('an alias that is not inflected matches only as written: "patient" is no "patients"', () => {
    expect(match('Caring for patients', new Map([[12, 'patient']]))).toEqual([]);
    expect(match('Be patient and kind', new Map([[3, 'patient']]))).toEqual([['patience', 'patient', 'dictionary/alias']]);
  });

  it('uses lemmas when given: "spreadsheets" matches "spreadsheet"', () => {
    const text = 'complex spreadsheets';
    expect(match(text, new Map([[8, 'spreadsheet']]))).toEqual([['spreadsheet', 'spreadsheets', 'dictionary/lemma']]);
  });

  it('stays linear on adversarial input', () => {
    const dict = compileDictionary('skills', loadDictionaries([skills], false).skills);
    const text = (n: number) => 'verbal and '.repeat(n) + 'written communication ' + 'word '.repeat(n);
    const small = time(() => dict.match(text(2_000)));
    expect(time(() => dict.match(text(20_000)))).toBeLessThan(Math.max(small, 5) * 30);
  });
});
