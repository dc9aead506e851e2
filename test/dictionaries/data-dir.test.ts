import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createExtractor, DictionaryError } from '../../src';
import { BUILTIN_DICTIONARY_FILES, PLACE_TABLE_FILES } from '../../src/data/builtin.generated';

/**
 * `dataDir`: the built-in data read from a folder laid out like the
 * package's dist/data/ (what `npm run build` copies there), for bundles that
 * leave the data out.
 */
const root = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-data-dir-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the built-in data in dist/data/'s layout, changed by `edit` (relative path -> new text). */
function dataDir(name: string, edit: Record<string, (text: string) => string> = {}): string {
  const dir = path.join(tmp, name);
  const files = [...BUILTIN_DICTIONARY_FILES.map((f) => f.file), ...Object.keys(PLACE_TABLE_FILES).map((f) => `dictionaries/places/${f}`)];
  for (const file of files) {
    const rel = file.replace(/^dictionaries\//, '');
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), edit[rel] ? edit[rel](text) : text);
  }
  return dir;
}

function error(fn: () => unknown): DictionaryError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DictionaryError);
    return err as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

const seeds = fs.readdirSync(path.join(root, 'seeds')).sort().map((f) => fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));

describe('the built-in data from a folder (dataDir)', () => {
  it('gives the same result as the bundled data on every seed', () => {
    const fromDir = createExtractor({ dataDir: dataDir('same') });
    const bundled = createExtractor();
    for (const seed of seeds) expect(fromDir.extract(seed)).toEqual(bundled.extract(seed));
  });

  it('reads the dictionaries and place tables from the folder, not from the code', () => {
    const dir = dataDir('edited', {
      'skills/office-admin.json': (t) => t.replace('"aliases": [', '"aliases": ["zebra spreadsheet wrangling", '),
      'places/london.json': (t) => t.replace('"areas": [', '"areas": [{ "name": "Zorbleton", "aliases": [], "lat": 51.5, "lon": -0.1 }, '),
    });
    const posting = 'Office assistant in Zorbleton. You know zebra spreadsheet wrangling.';
    const result = createExtractor({ dataDir: dir }).extract(posting);
    expect(result.locations.map((l) => l.name)).toContain('Zorbleton');
    // The alias went to the file's first entry with aliases, Microsoft Office.
    expect(result.skills.map((s) => s.id)).toContain('microsoft-office');
    // The bundled data is untouched: another instance in the same process knows neither.
    const bundled = createExtractor().extract(posting);
    expect(bundled.locations.map((l) => l.name)).not.toContain('Zorbleton');
    expect(bundled.skills.map((s) => s.id)).not.toContain('microsoft-office');
  });

  it('throws at createExtractor(), naming the folder or file, when the data is missing or broken', () => {
    expect(error(() => createExtractor({ dataDir: path.join(tmp, 'nowhere') })).reason).toMatch(/not a folder: copy node_modules\/jobsift\/dist\/data/);
    const missing = dataDir('missing');
    fs.rmSync(path.join(missing, 'places', 'gazetteer.json'));
    expect(error(() => createExtractor({ dataDir: missing })).file).toBe(path.join(fs.realpathSync(missing), 'places', 'gazetteer.json'));
    const invalid = dataDir('invalid', { 'skills/legal.json': (t) => t.replace('"entries"', '"colour": "red", "entries"') });
    expect(error(() => createExtractor({ dataDir: invalid })).message).toMatch(/legal\.json: does not match the dictionary schema.*colour/);
    const notJson = dataDir('not-json', { 'places/london.json': () => '{ nope' });
    expect(error(() => createExtractor({ dataDir: notJson })).message).toMatch(/london\.json: cannot be read as JSON/);
    const badTable = dataDir('bad-table', { 'places/uk-counties.json': () => '{"counts": []}' });
    expect(error(() => createExtractor({ dataDir: badTable })).message).toMatch(/places: the place tables cannot be read/);
    // A gazetteer from another build than its index (one row more) is caught, not read with shifted rows.
    const stale = dataDir('stale', { 'places/gazetteer.json': (t) => t.replace('"places":"', '"places":"Zorbleton|GB|West Yorkshire|53.8|-1.5|\\n') });
    expect(error(() => createExtractor({ dataDir: stale })).message).toMatch(/compiled for \d+ places and gazetteer\.json has \d+/);
  });

  it('must be a non-empty string', () => {
    expect(() => createExtractor({ dataDir: 42 as never })).toThrow(/options\.dataDir must be the path of a folder; got 42 \(a number\)/);
    expect(() => createExtractor({ dataDir: '' })).toThrow(/options\.dataDir must be the path of a folder/);
  });
});
