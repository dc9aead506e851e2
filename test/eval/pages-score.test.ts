import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createExtractor } from '../../src';
import { evaluatePages } from '../../src/eval/pages';

// A folder laid out as ../shared/eval/pages: one page and its labels line.
function pagesDir(html: string, label: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-pages-'));
  fs.mkdirSync(path.join(dir, 'site'));
  fs.writeFileSync(path.join(dir, 'site', 'page.html'), html);
  const base = { file: 'site/page.html', site: 'site', company: 'Contoso Bank', location: null, city: null, region: null, country: null, salary: null, remote: null, structuredData: [], format: 'html' };
  fs.writeFileSync(path.join(dir, 'labels.jsonl'), `${JSON.stringify({ ...base, ...label })}\n`);
  return dir;
}

describe('the pages eval', () => {
  test('scores the employment type as the schema.org values a JobPosting of the result states: the hours and the contract', () => {
    const html = '<html><body><h1>Senior Java Developer</h1><dl><dt>Employment type</dt><dd>Contract</dd></dl><p>A bank in Charlotte needs a Java developer for twelve months.</p></body></html>';
    const report = evaluatePages(createExtractor(), pagesDir(html, { title: 'Senior Java Developer', employmentType: ['CONTRACTOR'] }));
    expect(report.stripped.overall.employmentType).toEqual({ hits: 1, of: 1 });
  });
});
