import * as path from 'path';
import type { DictionaryMatch, ResolvedEntry } from '../../src/dictionaries/types';
import { groupBenefits } from '../../src/extractors/benefits';
import { reasonUnder } from '../../src/dictionaries/reason';
import { loadDictionaries } from '../../src/platform/node';
import { compileDictionary } from '../../src/dictionaries/compile';

const FILE = path.join(__dirname, '../../dictionaries/benefits/benefits.json');

function entry(id: string, name: string): ResolvedEntry {
  return { id, name, type: 'benefits', kind: null, category: null, level: null, code: null, seniority: null, ids: {}, source: 'test' };
}

function hit(e: ResolvedEntry, text: string, start: number): DictionaryMatch {
  return { entry: e, text, start, end: start + text.length, surface: text, reason: 'dictionary/alias' };
}

describe('groupBenefits', () => {
  test('one benefit per entry, mentions in order', () => {
    const pension = entry('pension', 'Pension');
    const gym = entry('gym', 'Gym membership');
    const out = groupBenefits([hit(pension, 'pension', 10), hit(gym, 'gym', 30), hit(pension, 'pension scheme', 50)]);
    expect(out.map((b) => [b.id, b.mentions.map((m) => m.start)])).toEqual([
      ['pension', [10, 50]],
      ['gym', [30]],
    ]);
    expect(out[0].mentions[0].reason).toBe('benefits/alias');
  });

  test('reason names the extractor and how the dictionary matched', () => {
    expect(reasonUnder('benefits', 'dictionary/lemma')).toBe('benefits/lemma');
  });
});

describe('the benefits dictionary', () => {
  const dict = compileDictionary('benefits', loadDictionaries([FILE], false).benefits);
  const ids = (text: string) => dict.match(text).map((m) => m.entry.id);

  test.each([
    ['25 days holiday plus bank holidays', ['annual-leave', 'annual-leave']],
    ['contributory pension and private medical insurance', ['pension', 'private-medical']],
    ['company car or car allowance', ['company-car', 'car-allowance']],
    ['401(k) match, dental insurance and vision insurance', ['401k', 'dental', 'vision']],
    ['life assurance, childcare vouchers and a cycle to work scheme', ['life-assurance', 'childcare', 'cycle-to-work']],
    ['share options, staff discount and free parking', ['share-options', 'staff-discount', 'free-parking']],
    ['uniform provided, free meals on duty, relocation package', ['uniform', 'meals', 'relocation']],
    ['PTO and tuition reimbursement', ['pto', 'tuition-reimbursement']],
    ['11% superannuation and KiwiSaver contributions', ['pension', 'pension']],
    ['full training and career progression', ['training', 'career-progression']],
    ['gym membership, flexible working, bonus scheme', ['gym', 'flexible-working', 'bonus-scheme']],
    ['salary packaging and 5 weeks annual leave', ['salary-packaging', 'annual-leave']],
    ['30 Tage Urlaub, betriebliche Altersvorsorge, Firmenwagen und JobRad', ['annual-leave', 'pension', 'company-car', 'cycle-to-work']],
    ['voiture de fonction, mutuelle et télétravail', ['company-car', 'private-medical', 'remote-working']],
    ['Gleitzeit und ein 13. Monatsgehalt', ['flexible-working', 'bonus-scheme']],
    ['Vale-refeição, plano de saúde e plano odontológico', ['meals', 'private-medical', 'dental']],
    ['seguro de gastos médicos mayores, vales de despensa', ['private-medical', 'meals']],
    // India, the Philippines, South Africa, the Gulf and US health accounts.
    ['PF, gratuity and medical insurance', ['pension', 'gratuity', 'private-medical']],
    ['13th month pay, HMO from day 1 and rice subsidy', ['bonus-scheme', 'private-medical', 'meals']],
    ['medical aid, provident fund and a 13th cheque', ['private-medical', 'pension', 'bonus-scheme']],
    ['an annual air ticket and end of service gratuity', ['flights-home', 'gratuity']],
    ['medical, dental and vision insurance, an HSA or FSA', ['private-medical', 'dental', 'vision', 'health-savings', 'health-savings']],
    ['FSA regulated advisers', []],
    // Canada's retirement plans and cover, pay for unsocial hours, equity beside the pay, India's commute.
    ['Group RRSP with company match and extended health benefits', ['pension', 'private-medical']],
    ['a $2/hour shift differential and night differential', ['overtime', 'overtime']],
    ['$140k base + equity + benefits, annual bonus plan', ['share-options', 'bonus-scheme']],
    ['£45,000 plus bonus and car allowance', ['bonus-scheme', 'car-allowance']],
    ['cab facility and a transport allowance', ['season-ticket-loan', 'season-ticket-loan']],
    ['We value diversity, equity and inclusion.', []],
    ['Pay reflects internal equity. Base pay is one part of it.', []],
    ['Ensure high quality dental care for patients.', []],
    ['Python is a bonus if you have it.', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
  test('gratuities shared with the team are tips, no end-of-service gratuity', () => expect(ids('a share of gratuities')).not.toContain('gratuity'));
});

describe('a US cover list names its benefits bare', () => {
  const dict = compileDictionary('benefits', loadDictionaries([FILE], false).benefits);
  const ids = (text: string) => dict.match(text).map((m) => m.entry.id);
  test.each([
    ['Benefits: Medical, dental, vision', ['private-medical', 'dental', 'vision']],
    ['Medical, Dental, and Vision', ['private-medical', 'dental', 'vision']],
    ['medical, dental & vision plans', ['private-medical', 'dental', 'vision']],
    ['Health, dental and vision coverage from day one', ['private-medical', 'dental', 'vision']],
    // Without vision, beside a 401(k) or the benefits' lead-in.
    ['Benefits include medical, dental, 401(k) and paid time off.', ['private-medical', 'dental', '401k', 'pto']],
    ['We offer medical, dental and a 401k match.', ['private-medical', 'dental', '401k']],
  ])('%s', (text, expected) => expect(ids(text).sort()).toEqual([...expected].sort()));
  test.each(['Record each patient\'s medical and dental history.', 'Experience in a medical or dental office preferred.', 'Our vision is to be the leading dental group in the region.'])('%s', (text) =>
    expect(ids(text)).toEqual([]),
  );
  test('the span of "401(k)" takes its closing bracket', () => expect(dict.match('Our 401(k) is generous.').map((m) => m.text)).toEqual(['401(k)']));
});

describe('training is a benefit where it is offered', () => {
  const dict = compileDictionary('benefits', loadDictionaries([FILE], false).benefits);
  const ids = (text: string) => dict.match(text).map((m) => m.entry.id);
  test.each(['We offer free online training.', 'A paid training budget every year.'])('%s', (text) => expect(ids(text)).toEqual(['training']));
  test.each(['Contribute to internal training programs and workshops.', 'Pay depends on experience, education and training.'])('%s', (text) =>
    expect(ids(text)).toEqual([]),
  );
});

describe('accommodation is a benefit only beside other perks', () => {
  const dict = compileDictionary('benefits', loadDictionaries([FILE], false).benefits);
  const ids = (text: string) => dict.match(text).map((m) => m.entry.id);
  test.each([
    ['Assistance with travel and accommodation', ['accommodation']],
    ['You are provided with food and accommodation.', ['accommodation']],
    ['Live in accommodation for the season', ['accommodation']],
  ])('%s', (text, expected) => expect(ids(text)).toEqual(expected));
  test.each([
    'If you need a reasonable accommodation to complete the application, email us.',
    'Applicants who require accommodations during the interview process may contact HR.',
    'We support people living with dementia to move into accommodation of their choice.',
  ])('%s', (text) => expect(ids(text)).toEqual([]));
});

describe('benefitsExtractor', () => {
  test('fills benefits from the compiled dictionary', () => {
    const { benefitsExtractor } = require('../../src/extractors/benefits') as typeof import('../../src/extractors/benefits');
    const dict = compileDictionary('benefits', loadDictionaries([FILE], false).benefits);
    const text = 'Benefits: pension, gym membership.';
    const result = { benefits: [], entities: [] } as unknown as import('../../src/contract').WorkingResult;
    benefitsExtractor.run({
      doc: { text, lemmas: new Map(), sections: [] } as unknown as import('../../src/contract').AnalysedDocument,
      result,
      dictionaries: { benefits: dict } as unknown as import('../../src/dictionaries/types').CompiledDictionaries,
      warn: () => undefined,
    });
    expect(result.benefits.map((b) => [b.id, b.mentions.map((m) => m.text)])).toEqual([
      ['pension', ['pension']],
      ['gym', ['gym membership']],
    ]);
  });
});

describe('a benefits heading is the context of the bare names under it', () => {
  const { extract } = require('../../src') as typeof import('../../src');
  const ids = (text: string) => extract(text).benefits.map((b) => b.id);
  test.each([
    ['Cashier\nBenefits:\n- Medical\n- Dental\n- Vision\n- 401(k)', ['private-medical', 'dental', 'vision', '401k']],
    ['Cashier\nWhat we offer\nDental\nEmployee discount', ['dental', 'staff-discount']],
  ])('%j', (text, expected) => expect(ids(text)).toEqual(expected));
  test('elsewhere they still need it', () => expect(ids('Dental Nurse\nDuties\n- Medical histories\n- Dental charting')).toEqual([]));
  test('a menu whose "Benefits" link reads as a heading is no list of them', () =>
    expect(ids('Careers\nBenefits\nOur newsletter\nInterview tips\nApplication status\nDisability accommodations\nFAQ')).toEqual([]));
  test('nor an equal-opportunity statement under it', () =>
    expect(ids('Benefits\nHealth insurance and a pension.\nIf you need a reasonable accommodation to apply, email us.')).toEqual(['private-medical', 'pension']));
});

describe('commission is pay beside pay words, not a regulator or a verb', () => {
  const { extract } = require('../../src') as typeof import('../../src');
  const ids = (text: string) => extract(text).benefits.map((b) => b.id);
  test.each(['Basic salary £25,000 plus commission.', 'AED 8,000 - 12,000 per month + commission', 'You will be offered excellent commission and great benefits.', 'Venue Fundraiser, commission only'])(
    '%j gives commission',
    (text) => expect(ids(text)).toContain('commission'),
  );
  test.each(['Ensure the home is compliant with Care Quality Commission standards.', 'You will commission analysis and brief ministers.', 'Installation and commission of bespoke solutions.'])(
    '%j gives none',
    (text) => expect(ids(text)).not.toContain('commission'),
  );
});

describe("Australia's super and vehicle beside the pay", () => {
  const dict = compileDictionary('benefits', loadDictionaries([FILE], false).benefits);
  const ids = (text: string) => dict.match(text).map((m) => m.entry.id);
  test.each([
    ['$130,000 – $150,000 + super + vehicle', ['pension', 'company-car']],
    ['$35 per hour + super', ['pension']],
    ['Base salary plus super.', ['pension']],
  ])('%s', (text, expected) => expect(ids(text)).toEqual(expected));
  test.each(['A super team and a super year ahead.', 'You must have your own vehicle and a clean licence.'])('%s', (text) => expect(ids(text)).toEqual([]));
});
