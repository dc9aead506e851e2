import { extract } from '../src';
import { summarise } from '../src/summary';

const rowOf = (summary: string, label: string) => summary.split('\n').find((l) => l.startsWith(label.padEnd(15)))?.slice(15);

describe('summarise: a digest for people', () => {
  it('shows seniority only when the title states it', () => {
    expect(rowOf(summarise('a', extract('Title: Sales Executive\nDescription: Selling.')), 'title')).toBe('Sales Executive');
    expect(rowOf(summarise('b', extract('Title: Senior Sales Executive\nDescription: Selling.')), 'title')).toBe('Senior Sales Executive (senior)');
  });

  it('lists dictionary skills and only counts pattern phrases', () => {
    const r = extract('You will be responsible for planning the weekly delivery routes. Microsoft Excel and customer service skills essential.');
    const phrases = r.skills.filter((s) => s.source === 'pattern');
    expect(phrases.length).toBeGreaterThan(0);
    const s = summarise('c', r);
    expect(rowOf(s, 'skills')).toContain('Microsoft Excel');
    for (const p of phrases) expect(rowOf(s, 'skills')).not.toContain(p.name);
    expect(rowOf(s, 'phrases')).toBe(`${phrases.length} open-vocabulary skill phrase${phrases.length === 1 ? '' : 's'} (in the JSON output)`);
  });

  it('names a place and a certification once each', () => {
    const r = extract('Accountant in Woking, Surrey. ACA qualified. You must be ACA qualified. Salary £45,000.');
    const s = summarise('d', r);
    expect(rowOf(s, 'certifications')?.split(', ').filter((c) => /ACA/.test(c))).toHaveLength(1);
    const parts = rowOf(s, 'location')!.split(', ');
    expect(new Set(parts).size).toBe(parts.length);
  });

  it('shows hours and shifts', () => {
    const s = summarise('e', extract('Care assistant, 37.5 hours per week, nights and weekends.'));
    expect(rowOf(s, 'hours')).toMatch(/37\.5 h\/week.*nights.*weekends/);
  });
});
