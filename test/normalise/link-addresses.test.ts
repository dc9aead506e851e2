import { extract } from '../../src';
import { identity } from '../../src/normalise/mapped-text';
import { stripLinkAddresses } from '../../src/normalise/link-addresses';
import type { MarkedHeading } from '../../src/normalise/markdown';

const strip = (text: string) => stripLinkAddresses(identity(text), []).text;

describe('link addresses a page converter printed in brackets are dropped', () => {
  test.each([
    ['Careers [https://contoso.example/careers]\nApply [/jobs/42/apply]', 'Careers\nApply'],
    ['Home [/]\n[images/logo.png]\nContact us [mailto:jobs@contoso.example]', 'Home\n\nContact us'],
    // Between two words it stood for their break.
    ['Contact [/contact]Login [/login]', 'Contact Login'],
    ['Jobs [?page=2] and news [#news]', 'Jobs and news'],
    // A mail link prints the address alone.
    ['Home [/]\ncareers@contoso.example [careers@contoso.example]', 'Home\ncareers@contoso.example'],
  ])('%j', (input, expected) => expect(strip(input)).toBe(expected));

  test.each([
    'Senior Engineer [Remote]\n[Hiring] Data Analyst',
    'One address [https://contoso.example/apply] is the posting\'s own.',
    'Use arrays [1, 2, 3] and maps [key: value] in TypeScript.',
  ])('plain text is left as it is: %j', (input) => expect(strip(input)).toBe(input));

  test('a converter\'s lines in capitals are its headings', () => {
    const headings: MarkedHeading[] = [];
    const text = 'Home [/]\nJobs [/jobs]\n\nSENIOR ACCOUNTANT\n\nLeeds\nAbout the role';
    stripLinkAddresses(identity(text), headings);
    expect(headings.map((h) => text.slice(h.start, h.end))).toEqual(['SENIOR ACCOUNTANT']);
  });
  test('a line of many brackets is read in one pass', () => {
    const text = `Home [/]\nJobs [/jobs]\n${'[/a'.repeat(30000)}`;
    expect(strip(text)).toBe(`Home\nJobs\n${'[/a'.repeat(30000)}`);
  });
});

// A whole job page through the html-to-text package (a Node scraper's usual converter): links with their addresses
// in brackets, a linked logo as its alt text, the page's address alone on a line, headings in capitals.
describe('a whole page converted to text with its link addresses', () => {
  const text = [
    'Skip to main content [https://jobs.example/wd/job/R1042#main]',
    'careers [https://jobs.example/assets/logo]https://www.northwind.example/careers',
    '',
    'English',
    'Sign In',
    'Careers Page',
    '[https://jobs.example/assets/banner]',
    '',
    'OPERATIONS EXCELLENCE PMO II',
    '',
    'Apply [https://jobs.example/wd/job/R1042/apply]',
    'remote type',
    'Hybrid',
    'locations',
    'Rotterdam',
    'time type',
    'Full time',
    'posted on',
    'Posted 4 Days Ago',
    '',
    'Northwind Logistics runs warehouses in four countries and is looking for someone to lead its process office.',
    'You will run the portfolio of continuous improvement projects with the site managers.',
  ].join('\n');
  const r = extract(text);

  test('the title is the heading in capitals over the details, past the menus, addresses and logo', () => {
    expect(r.title?.text).toBe('OPERATIONS EXCELLENCE PMO II');
    expect(r.location?.city).toBe('Rotterdam');
    expect(r.workplace.map((w) => w.value)).toEqual(['hybrid']);
  });
  test('spans point into the converter\'s text', () => {
    expect(text.slice(r.title!.start, r.title!.end)).toBe('OPERATIONS EXCELLENCE PMO II');
  });
  test.each([
    'https://www.contoso.example/careers\nContoso logo\nData Analyst\nLeeds\nContoso is hiring a data analyst to build its reporting in Leeds.',
    'https://www.contoso.example/\n\nHome [/]\nTeams [/teams]\nBenefits [/benefits]\nContoso logo\n\nData Analyst\nLeeds\nApply [/apply]\n\nContoso is hiring a data analyst to build its reporting in Leeds.',
  ])('no address or logo is read as the title or employer: %j', (page) => {
    const r = extract(page);
    expect(r.title?.text).toBe('Data Analyst');
    expect(r.company?.name).not.toBe('Contoso logo');
  });
});

describe("a converter's headings in capitals", () => {
  test('"HEAD OF LEGAL" is shaped as a title, as "Head of Legal" is', () => {
    const text = ['Search Submit', 'Skip to main content [#content]', '', 'SITE NAVIGATION', '', ' * Research [/research]', ' * Products [/products]', ' * Company [/company]', ' * Careers [/careers]', '', 'HEAD OF COMMERCIAL LEGAL', '', 'San Francisco, California, United States — Legal', '', 'About the Team', '', 'Our legal team advises on every commercial agreement we sign with customers and partners.', 'You will lead the commercial legal team and negotiate our largest contracts.'].join('\n');
    expect(extract(text).title?.text).toBe('HEAD OF COMMERCIAL LEGAL');
  });
  test("a registered name in capitals over the details is the employer, the heading under them the title", () => {
    const text = ['Home [../index.jsp]', 'Jobs [../jobs.jsp]', '', 'CONTOSO PHARMA (PVT) LTD', 'Colombo, Sri Lanka', 'Closing Date:', '10/07/2026 Job Ref No: 1517', 'Full Time', 'Apply by email Print', '', 'ACCOUNTS EXECUTIVE', '', 'Prepare the monthly accounts and reconcile the bank statements.', 'You need two years in a finance team and part qualification.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['ACCOUNTS EXECUTIVE', 'CONTOSO PHARMA (PVT) LTD']);
  });
});
