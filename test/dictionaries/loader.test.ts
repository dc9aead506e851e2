import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DictionaryError } from '../../src/dictionaries/errors';
import { loadDictionaries } from '../../src/platform/node';
import type { DictionaryFile } from '../../src/dictionaries/types';
import { generateValidator, VALIDATOR_PATH } from '../../scripts/build-validator';
import { DATA_INDEX_PATH, generateDataIndex } from '../../scripts/build-data-index';
import { BUILTIN_DICTIONARY_FILES } from '../../src/data/builtin.generated';
import { validateDictionaryFile } from '../../src/dictionaries/validate';

const file = (entries: DictionaryFile['entries'], type: DictionaryFile['type'] = 'skills'): DictionaryFile => ({ type, entries });

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DictionaryError);
    return (err as Error).message;
  }
  throw new Error('expected a DictionaryError');
}

describe('dictionary loading and validation', () => {
  it('rejects entries that break the schema, naming the file, entry and reason', () => {
    expect(reason(() => loadDictionaries([file([{ id: 'Bad Id', name: 'x', kind: 'knowledge' }])], false))).toMatch(/<object> \(entry "Bad Id"\): .*pattern/);
    expect(reason(() => loadDictionaries([{ type: 'skills', entries: [{ id: 'x', name: 'x', kind: 'knowledge', colour: 'red' }] } as unknown as DictionaryFile], false))).toMatch(/colour/);
  });

  it('rejects duplicate ids and unguarded shared aliases', () => {
    expect(reason(() => loadDictionaries([file([{ id: 'a', name: 'A thing', kind: 'knowledge' }, { id: 'a', name: 'B', kind: 'knowledge' }])], false))).toMatch(/duplicate id/);
    expect(
      reason(() => loadDictionaries([file([{ id: 'a', name: 'Java', kind: 'knowledge' }, { id: 'b', name: 'Java island', kind: 'knowledge', aliases: ['java'] }])], false)),
    ).toMatch(/also an alias of skills entry "a"/);
  });

  it('rejects stop-word aliases and skills without a kind', () => {
    expect(reason(() => loadDictionaries([file([{ id: 'a', name: 'Able', kind: 'competence', aliases: ['the'] }])], false))).toMatch(/stop word/);
    expect(reason(() => loadDictionaries([file([{ id: 'a', name: 'Able' }])], false))).toMatch(/kind/);
  });

  it('lets user files extend or disable entries', () => {
    const base = file([{ id: 'sql', name: 'SQL', kind: 'knowledge' }, { id: 'cobol', name: 'COBOL', kind: 'knowledge' }]);
    const user = file([{ id: 'sql', extend: true, aliases: ['structured query language'] }, { id: 'cobol', disabled: true }]);
    const loaded = loadDictionaries([base, user], false).skills;
    expect([...loaded.keys()]).toEqual(['sql']);
    expect(loaded.get('sql')?.surfaces.map((s) => s.text)).toEqual(['SQL', 'structured query language']);
    expect(reason(() => loadDictionaries([file([{ id: 'nope', extend: true, aliases: ['x y'] }])], false))).toMatch(/names no existing/);
  });

  it('reads user files from disk and reports unreadable JSON with the path', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-'));
    const good = path.join(dir, 'mine.json');
    fs.writeFileSync(good, JSON.stringify(file([{ id: 'welding', name: 'welding', kind: 'competence', aliases: ['MIG welding'] }])));
    expect(loadDictionaries([good], false).skills.get('welding')?.entry.source).toBe(good);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{ nope');
    expect(reason(() => loadDictionaries([bad], false))).toContain(bad);
  });

  it('every built-in dictionary file validates against the schema (they are not validated at run time)', () => {
    expect(BUILTIN_DICTIONARY_FILES.length).toBeGreaterThan(20);
    for (const { file } of BUILTIN_DICTIONARY_FILES) {
      expect(() => validateDictionaryFile(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8')), file)).not.toThrow();
    }
    const loaded = loadDictionaries();
    expect(loaded.skills.get('microsoft-excel')?.entry.source).toBe('dictionaries/skills/office-admin.json');
  });

  it('the generated data index lists every built-in data file', () => {
    expect(fs.readFileSync(DATA_INDEX_PATH, 'utf8')).toBe(generateDataIndex());
  });

  it('the generated schema validator is up to date with the schema', () => {
    expect(fs.readFileSync(VALIDATOR_PATH, 'utf8')).toBe(generateValidator());
  });
});
