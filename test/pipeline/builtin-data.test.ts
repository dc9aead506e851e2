/**
 * The bundled data is checked by createExtractor(): a damaged file throws
 * there, once, saying what to do, instead of each extractor warning on every
 * posting (as a file cut short in node_modules would make it).
 */
type Generated = typeof import('../../src/data/builtin.generated');
type Api = typeof import('../../src');

/** The package with its generated data module changed by `damage`, loaded fresh. */
function withDamagedData(damage: (real: Generated) => Partial<Generated>): Api {
  let api: Api | undefined;
  jest.isolateModules(() => {
    const real = jest.requireActual<Generated>('../../src/data/builtin.generated');
    jest.doMock('../../src/data/builtin.generated', () => ({ ...real, ...damage(real) }));
    api = require('../../src') as Api;
  });
  jest.dontMock('../../src/data/builtin.generated');
  return api!;
}

const cutShort = () => {
  throw new SyntaxError('/pkg/dist/data/compiled/dictionaries.json: Unterminated string in JSON at position 1000');
};

test('a compiled dictionary file cut short throws at createExtractor(), once, with what to do', () => {
  const { createExtractor } = withDamagedData(() => ({ BUILTIN_DICTIONARY_INDEX: cutShort }));
  expect(() => createExtractor()).toThrow(/built-in data is damaged \(.*dictionaries\.json: Unterminated string.*\)\. Reinstall the package/);
});

test('a compiled dictionary file overwritten with other JSON throws too', () => {
  const { createExtractor } = withDamagedData(() => ({ BUILTIN_DICTIONARY_INDEX: () => ({ description: 'something else' }) }));
  expect(() => createExtractor()).toThrow(/built-in data is damaged \(.*not a compiled dictionary index\)/);
});

test('an extractor without the built-in dictionaries does not need them', () => {
  const { createExtractor } = withDamagedData(() => ({ BUILTIN_DICTIONARY_INDEX: cutShort }));
  const r = createExtractor({ builtinDictionaries: false }).extract('Barista in Leeds, £11 an hour');
  expect(r.location?.name).toBe('Leeds');
  expect(r.warnings).toEqual([]);
});

test('a damaged place table throws at createExtractor()', () => {
  const { createExtractor } = withDamagedData((real) => ({
    PLACE_TABLE_FILES: {
      ...real.PLACE_TABLE_FILES,
      'gazetteer.json': () => {
        throw new SyntaxError('/pkg/dist/data/places/gazetteer.json: Unexpected end of JSON input');
      },
    },
  }));
  expect(() => createExtractor({ builtinDictionaries: false })).toThrow(/built-in data is damaged \(.*gazetteer\.json: Unexpected end/);
});

test('the data in place gives an extractor that works', () => {
  const { createExtractor } = withDamagedData(() => ({}));
  expect(createExtractor().extract('Python developer in Leeds').skills.map((s) => s.id)).toContain('python');
});
