import { splitFeedJoins } from '../../src/normalise/feed-joins';
import { identity } from '../../src/normalise/mapped-text';
import { splitScrapedJoins } from '../../src/normalise/scraped-joins';

// The label joins scan only near label starts: these are the cases where that could go wrong.
describe('label joins', () => {
  it.each([
    ['experienceSalary: $120,000', 'experience Salary: $120,000'],
    ['ASAPLocation: Leeds', 'ASAP Location: Leeds'],
    ['ABCDEFGHIJSalary: up to 40k', 'ABCDEFGHIJ Salary: up to 40k'],
    ['dayPay Rate: $25 bonusRate: 2%, plusBase Pay: yes', 'day Pay Rate: $25 bonus Rate: 2%, plus Base Pay: yes'],
    ['abcSalaryLocation: Leeds', 'abcSalary Location: Leeds'],
    ['Salary: at the start, and noLocation here', 'Salary: at the start, and noLocation here'],
  ])('scraped %j', (input, expected) => {
    expect(splitScrapedJoins(identity(input)).text).toBe(expected);
  });

  it.each([
    ['Leeds, West YorkshireSalary ****K', 'Leeds, West Yorkshire Salary ****K'],
    ['up to ****Hours Monday to Friday', 'up to **** Hours Monday to Friday'],
    ['xxxxxxxxLocation **** abcLocations', 'xxxxxxxx Location **** abcLocations'],
  ])('feed %j', (input, expected) => {
    expect(splitFeedJoins(identity(input)).text).toBe(expected);
  });
});
