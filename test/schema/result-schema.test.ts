import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { extract } from '../../src';
import { generateResultSchema, SCHEMA_PATH } from '../../scripts/build-schema';

/**
 * The published JSON Schema (schema.json, `jobsift/schema.json`)
 * is generated from the exported types; every result must validate against it.
 */
const root = path.join(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => /\.(txt|html?|md)$/i.test(f))
    .sort();
}

function expectValid(label: string, input: Parameters<typeof extract>[0]): void {
  // A JSON round trip first: the schema describes the result as JSON.
  const result = JSON.parse(JSON.stringify(extract(input)));
  const ok = validate(result);
  if (!ok) throw new Error(`${label} does not match the schema: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

describe('schema.json', () => {
  it('is the schema generated from the current types (else run `npm run build:schema`)', () => {
    const current = fs.readFileSync(SCHEMA_PATH, 'utf8');
    if (current !== generateResultSchema()) {
      throw new Error('schema.json is stale: the exported types changed. Run `npm run build:schema` and commit the file.');
    }
  });

  it('is draft 2020-12 and rejects a result missing a field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const { skills: _skills, ...withoutSkills } = JSON.parse(JSON.stringify(extract('Care assistant in Leeds.')));
    expect(validate(withoutSkills)).toBe(false);
    expect(validate({ ...withoutSkills, skills: [{ id: 'x' }] })).toBe(false);
  });

  it('validates every seed and fixture result', () => {
    for (const file of [...files(path.join(root, 'seeds')), ...files(path.join(__dirname, '..', 'fixtures'))]) {
      expectValid(path.relative(root, file), fs.readFileSync(file, 'utf8'));
    }
  });

  it('validates object input, empty input and a whole JSON-LD page', () => {
    expectValid('object input', { title: 'Senior Nurse', company: 'Acme Care', location: 'Leeds', salary: '£30,000 - £35,000', text: 'Full time. NMC registration required.' });
    expectValid('empty input', '');
    expectValid('html', '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Chef","datePosted":"2026-01-02"}</script></head><body><p>Chef wanted, £12 per hour.</p></body></html>');
  });

  const corpus = path.join(root, '..', 'shared', 'corpus', 'job-ads');
  (fs.existsSync(corpus) ? it : it.skip)('validates a sample of ../shared/corpus/job-ads', () => {
    const sample = files(corpus).filter((_, i) => i % 10 === 0);
    expect(sample.length).toBeGreaterThan(0);
    for (const file of sample) expectValid(path.relative(corpus, file), fs.readFileSync(file, 'utf8'));
  });
});
