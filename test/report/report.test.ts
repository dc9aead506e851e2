import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extract } from '../../src';
import { reportCommand } from '../../src/report/command';
import { corpusFigures, type ReportEntry } from '../../src/report/figures';
import { reportHtml } from '../../src/report/html';
import { reportInputs } from '../../src/report/inputs';

const entry = (posting: string, i: number): ReportEntry => ({ file: `p${i}`, result: extract(posting), ms: 2 });

describe('corpusFigures', () => {
  const postings = [
    'Care assistant in Leeds. Salary £20,000 per annum. Full time, permanent. Microsoft Excel.',
    'Care assistant in York. Salary £24,000 per annum. Part time. Remote working available.',
    'Chef in Bath city centre. £12 per hour. Temporary. You will be responsible for ordering the fresh produce.',
    'Office manager. No remote working.',
  ];
  const r = corpusFigures(postings.map(entry));

  it('counts postings, time and fill rates', () => {
    expect(r.postings).toBe(4);
    expect(r.seconds).toBeCloseTo(0.008);
    expect(r.fillRate.find((f) => f.field === 'salary')?.rate).toBe(0.75);
    expect(r.fillRate.map((f) => f.field)).not.toContain('text');
  });

  it('annualises the primary base pay per currency', () => {
    const gbp = r.annualPay.find((d) => d.currency === 'GBP')!;
    expect(gbp.postings).toBe(3);
    expect([gbp.min, gbp.median, gbp.max]).toEqual([20000, 23400, 24000]);
    expect(gbp.bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(r.pay).toContainEqual({ name: 'GBP / hour / base', count: 1 });
  });

  it('shares terms by postings, without ruled-out values', () => {
    expect(r.shares.workplace).toEqual([{ name: 'remote', count: 1 }]);
    expect(r.shares.employmentType.map((c) => c.name).sort()).toEqual(['full_time', 'part_time']);
  });

  it('names the top values, the rules and the phrases no dictionary knows', () => {
    expect(r.top.occupations[0]).toEqual({ name: 'Care Assistant', count: 2 });
    expect(r.rules.most[0].count).toBeGreaterThanOrEqual(r.rules.least[0].count);
    expect(r.unknownPhrases.map((p) => p.name)).toContain('ordering the fresh produce');
  });

  it('is empty, not broken, for no postings', () => {
    expect(corpusFigures([])).toMatchObject({ postings: 0, annualPay: [], fillRate: [] });
    expect(reportHtml(corpusFigures([]), 'empty')).toContain('0 postings read');
  });
});

describe('reportInputs', () => {
  it('reads results, posting objects and posting strings from JSONL, and skips what is neither', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-report-'));
    const file = path.join(dir, 'in.jsonl');
    const result = extract('Nurse in Leeds.');
    const lines = [
      JSON.stringify({ id: 'a.txt', ...result }),
      JSON.stringify({ id: 7, title: 'Chef', text: 'Chef in York.' }),
      JSON.stringify('Driver in Hull.'),
      '{oops',
      '',
      '[1]',
      JSON.stringify({ id: 'b.txt', error: 'not UTF-8 text' }),
    ];
    fs.writeFileSync(file, lines.join('\n'));
    const skipped: string[] = [];
    const items = [...reportInputs(file, (m) => skipped.push(m))];
    fs.rmSync(dir, { recursive: true, force: true });
    expect(items.map((i) => i.file)).toEqual(['a.txt', '7', `${file}:3`]);
    expect(items[0]).toHaveProperty('result.text', result.text);
    expect(items[1]).toEqual({ file: '7', posting: { title: 'Chef', text: 'Chef in York.' } });
    expect(skipped).toEqual([
      expect.stringMatching(new RegExp(`^${file}:4: not valid JSON: .*, skipped$`)),
      `${file}:6: expected a JSON object or string, got an array, skipped`,
      `${file}:7: the CLI's error record for b.txt, skipped`,
    ]);
  });
});

describe('reportCommand', () => {
  it('reports a posting object extract() cannot read and goes on with the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-report-'));
    const file = path.join(dir, 'in.jsonl');
    fs.writeFileSync(file, [JSON.stringify({ id: 'bad', title: 5 }), JSON.stringify({ id: 'good', text: 'Nurse in Leeds.' })].join('\n'));
    const errors: string[] = [];
    let out = '';
    const error = jest.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    try {
      expect(reportCommand(['--json', file])).toBe(0);
    } finally {
      error.mockRestore();
      write.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(JSON.parse(out)).toMatchObject({ postings: 1 });
    expect(errors).toEqual([expect.stringMatching(/^jobsift report: bad: .*"title" must be a string.*, skipped$/)]);
  });
});

describe('reportHtml', () => {
  it('escapes every name from a posting', () => {
    const hostile = fs.readdirSync(path.join(__dirname, '..', 'fixtures', 'hostile')).map((f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'hostile', f), 'utf8'));
    const html = reportHtml(corpusFigures([...hostile, 'You will be responsible for <img src=x onerror=alert(1)> tasks.'].map(entry)), '<b>folder</b>');
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
    expect([...tags].filter((t) => !['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'div', 'section', 'svg', 'g', 'text', 'rect', 'table', 'tr', 'td', 'th'].includes(t))).toEqual([]);
    expect(html).toContain('&lt;b&gt;folder&lt;/b&gt;');
  });
});
