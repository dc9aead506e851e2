import * as fs from 'fs';
import * as path from 'path';
import { compilePlaceIndex, generatePlaceIndex, PLACE_INDEX_PATH } from '../../scripts/build-place-index';
import { PLACE_KEY, PLACE_PREFIX, placeKey, placeRows } from '../../src/data/place-index';

/** The compiled place index (gazetteer-index.json) and its search. */
const gazetteer = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'dictionaries', 'places', 'gazetteer.json'), 'utf8'));

describe('the compiled place index', () => {
  it('is current with gazetteer.json (npm run build:place-index)', () => {
    expect(fs.readFileSync(PLACE_INDEX_PATH, 'utf8')).toBe(generatePlaceIndex());
  });

  it('finds every key with its rows, and nothing that is not a key', () => {
    const index = JSON.parse(fs.readFileSync(PLACE_INDEX_PATH, 'utf8'));
    const rows = placeRows(index, gazetteer.places);
    const keys: string[] = index.keys.split('\n');
    expect(keys.length).toBeGreaterThan(20_000);
    keys.forEach((key, i) => {
      expect(rows.rowsOf(key)).toEqual(index.rows.slice(index.first[i], index.first[i + 1]));
      if (!rows.has(`${key}x`)) expect(rows.rowsOf(`${key}x`)).toEqual([]);
    });
    for (const absent of ['', 'zz zz zz', 'aaaaaaa', '\uffff']) expect(rows.has(absent)).toBe(keys.includes(absent));
    const prefixes: string[] = index.prefixes.map((i: number) => keys[i]);
    for (const prefix of prefixes.slice(0, 500)) {
      expect(keys.some((k) => k.startsWith(`${prefix} `))).toBe(true);
      expect(rows.flags(prefix) & PLACE_PREFIX).toBe(PLACE_PREFIX);
    }
    // A prefix no place is called is no place: it only says to read on.
    const prefixOnly = prefixes.find((p) => !rows.has(p))!;
    expect(rows.rowsOf(prefixOnly)).toEqual([]);
    expect(rows.flags(prefixOnly)).toBe(PLACE_PREFIX);
  });

  it('reads a row by its line number, and keys names as the dictionaries do', () => {
    const rows = placeRows(compilePlaceIndex(gazetteer), gazetteer.places);
    const lines = gazetteer.places.split('\n');
    for (const n of [0, 1, 1000, lines.length - 1]) expect(rows.row(n)).toBe(lines[n]);
    expect(rows.rowsOf(placeKey(lines[1000].split('|')[0]))).toContain(1000);
    expect(placeKey('Stoke-on-Trent')).toBe('stoke on trent');
    expect(placeKey('Milton Keynes')).toBe('milton keynes');
  });

  it('keeps the town aliases: a short form ("Hull") and a Royal town in full ("Royal Leamington Spa")', () => {
    const small = {
      places: ['Leamington Spa|GB|Warwickshire|52.3|-1.5|', 'Kingston upon Hull|GB|East Riding|53.7|-0.3|', 'Hull|CA|QC|45.4|-75.7|'].join('\n'),
      aliases: [['Hull', 1], ['Royal Leamington Spa', 0]] as [string, number][],
    };
    const rows = placeRows(compilePlaceIndex(small), small.places);
    expect(rows.rowsOf('leamington spa')).toEqual([0]);
    expect(rows.rowsOf('royal leamington spa')).toEqual([0]);
    expect(rows.rowsOf('hull')).toEqual([2, 1]);
    for (const prefix of ['royal', 'royal leamington', 'leamington', 'kingston', 'kingston upon']) expect(rows.flags(prefix) & PLACE_PREFIX).toBe(PLACE_PREFIX);
    expect(rows.flags('hull')).toBe(PLACE_KEY);
    expect(rows.flags('royal leamington')).toBe(PLACE_PREFIX);
    expect(rows.flags('leamington spa')).toBe(PLACE_KEY);
  });
});
