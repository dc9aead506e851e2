import * as fs from 'fs';
import { compileDictionaryIndex, DICTIONARY_INDEX_PATH, generateDictionaryIndex, readBuiltinSources } from '../../scripts/build-dictionary-index';
import { loadedFromIndex } from '../../src/data/dictionary-index';
import { compileAll } from '../../src/dictionaries/compile';
import { loadDictionariesFrom, type LoadedDictionaries } from '../../src/dictionaries/load';
import { DICTIONARY_TYPES, type DictionaryFile } from '../../src/dictionaries/types';

/** The compiled built-in dictionaries (dictionaries/compiled/dictionaries.json) and their loading. */
const plain = (loaded: LoadedDictionaries) =>
  DICTIONARY_TYPES.map((type) =>
    [...loaded[type].values()].map(({ entry, surfaces }) => ({
      entry,
      surfaces: surfaces.map((s) => ({ text: s.text, key: s.key, raw: s.raw, caseSensitive: s.rule?.caseSensitive, context: s.rule?.context, contextWindow: s.rule?.contextWindow, inflected: s.rule?.inflected, ruled: s.rule !== null })),
    })),
  );

describe('the compiled built-in dictionaries', () => {
  it('are current with dictionaries/<type>/ (npm run build:dictionary-index)', () => {
    expect(fs.readFileSync(DICTIONARY_INDEX_PATH, 'utf8')).toBe(generateDictionaryIndex());
  });

  it('load to the entries and surfaces the dictionary files load to', () => {
    const sources = readBuiltinSources();
    const fromFiles = loadDictionariesFrom([], sources, () => []);
    const fromIndex = loadDictionariesFrom([], { compiled: () => loadedFromIndex(JSON.parse(fs.readFileSync(DICTIONARY_INDEX_PATH, 'utf8'))) }, () => []);
    expect(plain(fromIndex)).toEqual(plain(fromFiles));
  });

  it('fill a trie by first key that matches as the trie of the files does', () => {
    const index = JSON.parse(fs.readFileSync(DICTIONARY_INDEX_PATH, 'utf8'));
    const byKey = compileAll(() => loadedFromIndex(index, true));
    const bySurface = compileAll(() => loadDictionariesFrom([], readBuiltinSources(), () => []));
    const text = 'Care Assistant (Word, MS-Excel). Verbal and written communication skills; a forklift licence, NVQ Level 3 in Health and Social Care. Speaks Spanish. Pension and 28 days holiday.';
    for (const type of DICTIONARY_TYPES) {
      expect(byKey[type].surfaceCount).toBe(bySurface[type].surfaceCount);
      expect([...byKey[type].entries.keys()]).toEqual([...bySurface[type].entries.keys()]);
      expect(byKey[type].match(text).map((m) => [m.entry.id, m.start, m.end, m.surface, m.reason])).toEqual(bySurface[type].match(text).map((m) => [m.entry.id, m.start, m.end, m.surface, m.reason]));
      expect(byKey[type].match(text, 10, 80)).toEqual(bySurface[type].match(text, 10, 80));
    }
    expect(byKey.skills.match(text).length).toBeGreaterThan(3);
  });

  it('match the same while their first keys are filed walk by walk, and once all are', () => {
    const index = JSON.parse(fs.readFileSync(DICTIONARY_INDEX_PATH, 'utf8'));
    const byKey = compileAll(() => loadedFromIndex(index, true));
    const bySurface = compileAll(() => loadDictionariesFrom([], readBuiltinSources(), () => []));
    const text = 'Data analyst: SQL, Python and Power BI dashboards; verbal and written communication; a full UK driving licence. Speaks French and German. Pension.';
    // Each walk files a few hundred more keys: enough walks file the ten thousand first keys.
    for (let walk = 0; walk < 60; walk++) {
      const piece = `${text.slice(walk % 40)} ${walk}`;
      for (const type of DICTIONARY_TYPES) expect(byKey[type].match(piece)).toEqual(bySurface[type].match(piece));
    }
  });

  it('keep a rule per guarded surface, a key that is not the lower case, and ids', () => {
    const mine: DictionaryFile = {
      type: 'skills',
      entries: [
        { id: 'word', name: 'Microsoft Word', kind: 'knowledge', ids: { esco: 'x' }, aliases: [{ text: 'Word', caseSensitive: true }, 'MS-Word', { text: 'word processing', context: ['typing'], contextWindow: 20 }] },
      ],
    };
    const loaded = loadDictionariesFrom([], [{ file: 'mine.json', type: 'skills', load: () => mine }], () => []);
    const index = compileDictionaryIndex(loaded, ['mine.json']);
    expect(index.rules).toEqual([{ caseSensitive: true }, { context: ['typing'], contextWindow: 20 }]);
    expect(index.entries.skills[0].slice(9)).toEqual(['Microsoft Word\nWord\nMS-Word\nword processing', [0, 0, 'ms word', 0], [-1, 0, -1, 1]]);
    const back = loadedFromIndex(JSON.parse(JSON.stringify(index))).skills.get('word')!;
    expect(back.entry).toEqual(loaded.skills.get('word')!.entry);
    expect(back.surfaces.map((s) => [s.key, s.raw, s.rule])).toEqual([
      ['microsoft word', ['Microsoft', 'Word'], null],
      ['word', ['Word'], { caseSensitive: true }],
      ['ms word', ['MS', 'Word'], null],
      ['word processing', ['word', 'processing'], { context: ['typing'], contextWindow: 20 }],
    ]);
  });

  it('still take user files that extend, disable or collide with a built-in entry', () => {
    const compiled = { compiled: () => loadedFromIndex(JSON.parse(fs.readFileSync(DICTIONARY_INDEX_PATH, 'utf8'))) };
    const extend: DictionaryFile = { type: 'skills', entries: [{ id: 'microsoft-excel', extend: true, aliases: ['spreadsheet wizardry'] }] };
    expect(loadDictionariesFrom([extend], compiled, () => []).skills.get('microsoft-excel')!.surfaces.some((s) => s.key === 'spreadsheet wizardry')).toBe(true);
    const off: DictionaryFile = { type: 'skills', entries: [{ id: 'microsoft-excel', disabled: true }] };
    expect(loadDictionariesFrom([off], compiled, () => []).skills.has('microsoft-excel')).toBe(false);
    const clash: DictionaryFile = { type: 'skills', entries: [{ id: 'my-excel', name: 'Microsoft Excel', kind: 'knowledge' }] };
    expect(() => loadDictionariesFrom([clash], compiled, () => [])).toThrow(/also an alias of skills entry "microsoft-excel"/);
  });
});
