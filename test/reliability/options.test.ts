import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createExtractor, DictionaryError, extract } from '../../src';

const bad = (v: unknown) => v as never;

describe('input is checked before any work', () => {
  it('reads own properties only: an inherited one is not a posting property', () => {
    expect(() => extract(bad(Object.create({ text: 42 })))).toThrow(/inherits from another object/);
  });

  it('reads each property once', () => {
    let reads = 0;
    const posting = {
      get text() {
        reads++;
        return 'Care assistant in Leeds';
      },
    };
    expect(extract(posting).locations[0]?.name).toBe('Leeds');
    expect(reads).toBe(1);
  });

  it('names a boxed string, a Date or a Map for what it is', () => {
    expect(() => extract(bad(new String('x')))).toThrow(/a String object \(pass String\(value\)\)/);
    expect(() => extract(bad(new Date()))).toThrow(/got a Date/);
    expect(() => extract(bad(new Map()))).toThrow(/got a Map/);
  });

  it('accepts an object without a prototype', () => {
    const posting = Object.assign(Object.create(null), { title: 'Nurse' });
    expect(extract(posting).title?.text).toBe('Nurse');
  });
});

describe('options are checked with messages that name the option and what it accepts', () => {
  it.each([
    [{ defaultCurrency: 840 }, /options\.defaultCurrency must be an ISO 4217 currency code such as "GBP".*got 840 \(a number\)/],
    [{ defaultCurrency: 'XYZ' }, /options\.defaultCurrency must be an ISO 4217/],
    [{ defaultCountry: 'UK' }, /options\.defaultCountry must be an ISO 3166-1 alpha-2 country code.*"GB" is the United Kingdom/],
    [{ defaultCountry: 'ZZ' }, /options\.defaultCountry/],
    [{ defaultCurency: 'GBP' }, /unknown options "defaultCurency"; expected one of defaultCurrency, defaultCountry, annualization, maxLength/],
    [{ annualization: 'fast' }, /options\.annualization must be a plain object \{ hoursPerYear, daysPerYear, weeksPerYear, monthsPerYear \}/],
    [{ annualization: { hoursPerYear: 9000 } }, /options\.annualization\.hoursPerYear must be a number above 0 and at most 8784; got 9000/],
    [{ annualization: { hoursPerYear: 1e308 } }, /hoursPerYear must be a number above 0/],
    [{ annualization: { hoursPerWeek: 40 } }, /unknown options\.annualization "hoursPerWeek"/],
    [{ maxLength: -1 }, /options\.maxLength must be a whole number above 0/],
    [{ maxLength: 1.5 }, /options\.maxLength/],
  ])('extract() rejects %j', (options, message) => {
    expect(() => extract('Nurse', bad(options))).toThrow(message);
    expect(() => extract('Nurse', bad(options))).toThrow(TypeError);
  });

  it('accepts codes in any case, and Infinity as no size limit', () => {
    expect(() => extract('Nurse £25,000', { defaultCurrency: 'gbp', defaultCountry: 'gb', maxLength: Infinity })).not.toThrow();
  });

  it.each([
    [null, /options must be a plain object \{ defaultCurrency, /],
    [{ builtinDictionaries: 'no' }, /options\.builtinDictionaries must be true or false; got "no"/],
    [{ extractors: [42] }, /options\.extractors\[0\] must be an object \{ name: string, run\(ctx\) \}; got 42 \(a number\)/],
    [{ dictionaries: './my-skills.json' }, /options\.dictionaries must be an array.*got "\.\/my-skills\.json"/],
    [{ dictionaries: [42] }, /options\.dictionaries\[0\] must be a file or folder path or a dictionary object/],
  ])('createExtractor() rejects %j', (options, message) => {
    expect(() => createExtractor(bad(options))).toThrow(message);
  });

  it('reports a folder of dictionaries with a symbolic link loop as such', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-loop-'));
    try {
      fs.symlinkSync(dir, path.join(dir, 'again'));
      expect(() => createExtractor({ dictionaries: [dir] })).toThrow(DictionaryError);
      expect(() => createExtractor({ dictionaries: [dir] })).toThrow(/symbolic link loop/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('maxLength', () => {
  it('cuts a longer input at a line boundary, with a warning', () => {
    const input = 'Care assistant in Leeds\n' + 'We offer training.\n'.repeat(10);
    const r = extract(input, { maxLength: 50 });
    expect(r.warnings.map((w) => w.code)).toContain('input/truncated');
    expect(r.text.length).toBeLessThanOrEqual(50);
    expect(input.slice(0, 50)).toContain(r.text.trim().split('\n').pop());
    expect(r.locations[0]?.name).toBe('Leeds');
  });

  it('cuts HTML before a tag', () => {
    const html = '<html><body><h1>Nurse</h1>' + '<p>Shifts in Leeds.</p>'.repeat(20) + '</body></html>';
    const r = extract(html, { maxLength: 100 });
    expect(r.warnings.find((w) => w.code === 'input/truncated')?.message).toMatch(/only the first \d+ were read/);
    expect(r.text).not.toMatch(/<|>/);
  });

  it('shares the limit across the properties of an object, in order', () => {
    const r = extract({ title: 'Nurse', text: 'Based in Leeds. '.repeat(10) }, { maxLength: 40 });
    expect(r.warnings.find((w) => w.code === 'input/truncated')?.message).toMatch(/"text"/);
    for (const e of r.entities) expect(e.end).toBeLessThanOrEqual(40);
  });
});
