import type { AnalysedDocument, ExtractorContext, WorkingResult } from '../../src/contract';
import type { CompiledDictionaries } from '../../src/dictionaries/types';
import { salaryExtractor } from '../../src/extractors/salary';
import { options } from './helpers';

function context(text: string, doc: Partial<AnalysedDocument> = {}): ExtractorContext {
  const result = { salary: null, salaries: [], entities: [], location: null } as unknown as WorkingResult;
  return {
    doc: { text, inputKind: 'text', blocks: [], tokens: [], sentences: [], nlpEntities: [], lemmas: new Map(), header: {}, jsonLd: null, feedMarks: false, siteRanges: [], sections: [], options, ...doc },
    result,
    dictionaries: {} as CompiledDictionaries,
    warn: () => undefined,
  };
}

describe('salaryExtractor', () => {
  test('reads the header salary field, where bare numbers are pay', () => {
    const text = 'Title: Chef\nSalary: 22000 - 26000\nDescription: A busy kitchen.';
    const start = text.indexOf('22000');
    const ctx = context(text, { header: { salary: { text: '22000 - 26000', start, end: start + 13 } } });
    salaryExtractor.run(ctx);
    expect(ctx.result.salary).toMatchObject({ min: 22000, max: 26000, period: 'year', start });
    expect(ctx.result.salaries).toHaveLength(1);
  });

  test('the Adzuna feed is evidence of a UK posting: GBP, flagged', () => {
    const ctx = context('Salary 25,000 per annum plus bonus', { feedMarks: true });
    salaryExtractor.run(ctx);
    expect(ctx.result.salary).toMatchObject({ currency: 'GBP', currencyInferred: true });
  });

  test('JSON-LD baseSalary when the text gives no figure', () => {
    const ctx = context('A competitive salary.', {
      jsonLd: { baseSalary: { currency: 'USD', min: 50000, max: 60000, unitText: 'YEAR' }, raw: {} },
    });
    salaryExtractor.run(ctx);
    expect(ctx.result.salary).toMatchObject({ reason: 'salary/json-ld', currency: 'USD', min: 50000, max: 60000, period: 'year' });
    expect(ctx.result.salaries.map((s) => s.reason)).toEqual(['salary/json-ld', 'salary/descriptive']);
  });
});

describe('salaryValue', () => {
  const { salaryValue } = require('../../src/extractors/salary') as typeof import('../../src/extractors/salary');
  const base = { text: '', start: 0, end: 0, reason: 'x', currency: 'GBP', min: null, max: null, period: null, annual: { min: null, max: null }, kind: 'base', masked: false, negotiable: false, competitive: false, proRata: false, periodInferred: false, currencyInferred: false } as const;
  test('describes figures, masks and pay without figures', () => {
    expect(salaryValue({ ...base, min: 25000, max: 30000, period: 'year' })).toBe('GBP 25000-30000/year');
    expect(salaryValue({ ...base, min: 9.5, max: 9.5, period: 'hour' })).toBe('GBP 9.5/hour');
    expect(salaryValue({ ...base, masked: true, period: 'year' })).toBe('GBP masked/year');
    expect(salaryValue({ ...base, competitive: true })).toBe('competitive');
    expect(salaryValue({ ...base })).toBe('unstated');
  });
});

describe('pay reads the country of the places', () => {
  const { extract } = require('../../src') as typeof import('../../src');
  test('"$" in an Australian posting is AUD', () => {
    expect(extract('Based in Sydney, NSW. Salary $80,000 per annum.').salary).toMatchObject({ currency: 'AUD', min: 80000 });
  });
  test('"$" with no other evidence is USD', () => {
    expect(extract('Salary $80,000 per annum.').salary).toMatchObject({ currency: 'USD' });
  });
});
