import * as os from 'os';
import * as path from 'path';
import { parseCommand, UsageError, type CliOptions } from '../../src/cli/args';
import { RESULT_FIELDS } from '../../src/cli/format';
import { checkCountry, checkCurrency } from '../../src/cli/iso-codes';
import { extract } from '../../src';

const options = (argv: string[]): CliOptions => {
  const command = parseCommand(argv);
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`);
  return command.options;
};
const usageError = (argv: string[]): string => {
  try {
    parseCommand(argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('CLI arguments', () => {
  it('defaults: pretty JSON, all fields, one job per core, in order, progress decided by the terminal', () => {
    expect(options(['seeds'])).toEqual({
      targets: ['seeds'],
      inputFormat: 'auto',
      format: 'json',
      fields: null,
      map: [],
      extractor: { defaultCurrency: undefined, defaultCountry: undefined, dictionaries: [] },
      jobs: os.availableParallelism(),
      ordered: true,
      progress: null,
    });
  });

  it('reads --map pairs, nested keys and keys left out, from one flag or several', () => {
    expect(options(['--map', 'content=html, location.name=location', '--map', 'internal=', 'a.jsonl']).map).toEqual([
      { path: ['content'], target: 'html' },
      { path: ['location', 'name'], target: 'location' },
      { path: ['internal'], target: null },
    ]);
    expect(() => options(['--map', 'content', 'a.jsonl'])).toThrow('is not key=field');
    expect(() => options(['--map', 'a..b=text', 'a.jsonl'])).toThrow('is no key path');
  });

  it('reads the output, running and extraction flags', () => {
    const o = options(['--jsonl', '--fields', 'title, salary,skills', '-j', '3', '--unordered', '--no-progress', '--currency', 'usd', '--country', 'us', '--dictionary', 'my.json', '-', 'a.jsonl']);
    expect(o).toMatchObject({ format: 'jsonl', fields: ['title', 'salary', 'skills'], jobs: 3, ordered: false, progress: false, targets: ['-', 'a.jsonl'] });
    expect(o.extractor).toEqual({ defaultCurrency: 'USD', defaultCountry: 'US', dictionaries: [path.resolve('my.json')] });
    expect(options(['--summary', '--progress', 'x']).format).toBe('summary');
    expect(options(['--progress', 'x']).progress).toBe(true);
  });

  it('--help and --version win over everything else', () => {
    expect(parseCommand(['--help', '--jsonl', '--summary'])).toEqual({ kind: 'help' });
    expect(parseCommand(['-v'])).toEqual({ kind: 'version' });
  });

  it('flags that contradict each other are usage errors', () => {
    expect(usageError(['--summary', '--jsonl', 'x'])).toMatch(/--jsonl and --summary/);
    expect(usageError(['--summary', '--fields', 'title', 'x'])).toMatch(/--fields .* not --summary/);
    expect(usageError(['--progress', '--no-progress', 'x'])).toMatch(/contradict/);
  });

  it('--fields may name every field of a result, and only those', () => {
    expect([...RESULT_FIELDS].sort()).toEqual(Object.keys(extract('Chef wanted in Leeds. £24,000 per annum.')).sort());
  });

  it('bad values name the flag and what is allowed', () => {
    expect(usageError(['--jobs', '0', 'x'])).toBe('--jobs must be a whole number of at least 1; got "0"');
    expect(usageError(['--jobs', 'two', 'x'])).toMatch(/--jobs must be a whole number/);
    expect(usageError(['--fields', 'title,pay', 'x'])).toMatch(/^--fields: unknown field "pay"; the fields are inputKind, title, company, salary/);
    expect(usageError(['--input-format', 'csv', 'x'])).toBe('--input-format must be one of auto, jsonl, text; got "csv"');
    expect(usageError(['--bogus', 'x'])).toBe("Unknown option '--bogus'");
    expect(usageError(['--jobs'])).toMatch(/--jobs/);
  });

  it('checks --currency and --country against ISO codes, once, with a hint for UK', () => {
    expect(usageError(['--currency', 'XXXX', 'x'])).toBe('--currency "XXXX" is not an ISO 4217 currency code (such as GBP, USD, EUR)');
    expect(usageError(['--currency', 'ABC', 'x'])).toMatch(/not an ISO 4217/);
    expect(usageError(['--country', 'UK', 'x'])).toBe('--country "UK" is not an ISO 3166-1 alpha-2 country code (such as GB, US, IE); did you mean GB?');
    expect(usageError(['--country', 'QQ', 'x'])).toBe('--country "QQ" is not an ISO 3166-1 alpha-2 country code (such as GB, US, IE)');
    expect(usageError(['--country', 'GBR', 'x'])).toMatch(/not an ISO 3166-1 alpha-2/);
  });
});

describe('ISO code checks', () => {
  it('accepts codes in any case and returns them upper-cased', () => {
    expect(checkCurrency('gbp')).toEqual({ code: 'GBP' });
    expect(checkCurrency('EUR')).toEqual({ code: 'EUR' });
    expect(checkCountry('ie')).toEqual({ code: 'IE' });
    expect(checkCountry('AU')).toEqual({ code: 'AU' });
  });

  it('every assigned country code has an English name (the list holds no typo)', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const all = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) => [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((b) => a + b));
    const accepted = all.filter((c) => 'code' in checkCountry(c));
    expect(accepted).toHaveLength(249);
    for (const c of accepted) expect(names.of(c)).toEqual(expect.any(String));
    expect(accepted).not.toEqual(expect.arrayContaining(['UK', 'EU', 'XK', 'ZZ']));
  });
});
