import * as fs from 'fs';
import * as path from 'path';
import { describePosting } from '../examples/one-file';
import { tabulate } from '../examples/seeds-folder';
import { toJobCard } from '../examples/typed-module';
import { customSkills } from '../examples/custom-skills';
import { extract } from '../src';

const seeds = path.join(__dirname, '..', 'seeds');

describe('examples run as documented', () => {
  it('one-file describes the HTML seed', () => {
    const lines = describePosting(fs.readFileSync(path.join(seeds, '004_287a76ac3088b226.txt'), 'utf8'));
    expect(lines[0]).toBe('title:      Patient Services Rep');
  });

  it('seeds-folder tabulates every seed', () => {
    expect(tabulate(seeds)).toHaveLength(5);
  });

  it('typed-module maps a result onto a typed card', () => {
    const card = toJobCard(extract('Title: Bookkeeper\nDescription: Salary £24,000 - £27,000 per annum. Remote working available. Essential: Sage and Excel. Xero desirable.'));
    expect(card).toMatchObject({ title: 'Bookkeeper', annualPay: { min: 24000, max: 27000, currency: 'GBP' }, remote: true, niceToHave: ['Xero'] });
    expect(card.mustHave).toContain('Microsoft Excel');
  });

  it('custom-skills adds, extends and disables', () => {
    const ids = customSkills('You will run the stretch wrapper, keep stock sheets in Excel 365 and offer friendly customer service.');
    expect(ids).toContain('pallet-wrapper-operation (competence)');
    expect(ids).toContain('microsoft-excel (knowledge)');
    expect(ids.some((s) => s.startsWith('customer-service'))).toBe(false);
  });
});
