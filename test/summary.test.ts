import { extract } from '../src';
import { summarise } from '../src/summary';

const rowOf = (summary: string, label: string) => summary.split('\n').find((l) => l.startsWith(label.padEnd(15)))?.slice(15);

describe('summarise: a digest for people', () => {
  it('shows seniority only when the title states it', () => {
    expect(rowOf(summarise('a', extract('Title: Sales Executive\nDescription: Selling.')), 'title')).toBe('Sales Executive');
    expect(rowOf(summarise('b', extract('Title: Senior Sales Executive\nDescription: Selling.')), 'title')).toBe('Senior Sales Executive (senior)');
  });

  it('lists dictionary skills and only counts pattern phrases', () => {
    const s = summarise('c', extract('You will be responsible for planning the weekly delivery routes. Microsoft Excel and customer service skills essential.'));
    expect(rowOf(s, 'skills')).toContain('Microsoft Excel');
    expect(rowOf(s, 'skills')).not.toContain('planning the weekly delivery routes');
    expect(rowOf(s, 'phrases')).toBe('1 open-vocabulary skill phrase (in the JSON output)');
  });

  it('names a place and a certification once each', () => {
    const s = summarise('d', extract('Accountant in Woking, Surrey. ACA qualified. You must be ACA qualified. Salary £45,000.'));
    expect(rowOf(s, 'certifications')).toBe('ACA');
    expect(rowOf(s, 'location')).toBe('Woking, Surrey, GB');
  });

  it('shows hours and shifts', () => {
    const s = summarise('e', extract('Care assistant, 37.5 hours per week, nights and weekends.'));
    expect(rowOf(s, 'hours')).toMatch(/37\.5 h\/week.*nights.*weekends/);
  });
});
