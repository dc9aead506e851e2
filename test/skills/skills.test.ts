import * as fs from 'fs';
import * as path from 'path';
import { createExtractor, extract, DictionaryError } from '../../src';
import type { DictionaryFile } from '../../src';

const seed = (prefix: string) => {
  const dir = path.join(__dirname, '..', '..', 'seeds');
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8');
};

describe('skills from the built-in dictionaries', () => {
  it('seed 000 gives the office, sales and soft skills it asks for', () => {
    const r = extract(seed('000'));
    const names = r.skills.filter((s) => s.source === 'dictionary').map((s) => s.name);
    for (const name of ['Microsoft Word', 'Microsoft Excel', 'email', 'internet', 'customer service', 'sales', 'verbal communication', 'written communication', 'time management', 'prioritisation', 'self-motivation', 'database', 'clerical', 'administrative']) {
      expect(names).toContain(name);
    }
    // Listed under "You MUST have the following skills / experience".
    expect(r.skills.find((s) => s.name === 'Microsoft Excel')?.required).toBe(true);
  });

  it('seed 004 gives telephone and customer skills, and Spanish as a preferred language skill', () => {
    const r = extract(seed('004'));
    const names = r.skills.map((s) => s.name);
    for (const name of ['telephone etiquette', 'customer service', 'salesmanship', 'Microsoft Office', 'Internet Explorer', 'communication skills', 'organisational skills']) {
      expect(names).toContain(name);
    }
    expect(r.skills.find((s) => s.id === 'language:es')).toMatchObject({ name: 'Spanish', kind: 'language', required: false });
  });

  it('every mention is a skill entity with its kind, and slices the input', () => {
    const input = seed('004');
    const r = extract(input);
    const entities = r.entities.filter((e) => e.label === 'skill');
    expect(entities.length).toBe(r.skills.reduce((n, s) => n + s.mentions.length, 0));
    for (const e of entities) {
      expect(['knowledge', 'competence', 'language']).toContain(e.kind);
      expect(input.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('does not read skills out of what the company does', () => {
    const r = extract('Founded in 1990, Acme is a leading provider of accounting and payroll services.\nRequirements\nExcellent customer service skills');
    expect(r.skills.map((s) => s.name)).toEqual(['customer service']);
  });
});

describe('abbreviations that are other things in capitals', () => {
  it('"CPP" (a payroll certification) is no C++, "cpp" (the file type) is', () => {
    expect(extract('CPP certification preferred for this payroll role.').skills.map((s) => s.name)).not.toContain('C++');
    expect(extract('Refactor the cpp sources of our engine.').skills.map((s) => s.name)).toContain('C++');
  });
  it('a currency code beside a figure is money, pay or not: "AED 40 million" is no defibrillator, "CAD 2 million" no CAD', () => {
    const ids = (text: string) => extract(text).skills.map((s) => s.id);
    expect(ids('Achieve annual sales targets of AED 40 million. Manage a budget of CAD 2 million.')).toEqual(expect.not.arrayContaining(['basic-life-support', 'computer-aided-design']));
    expect(ids('Draw site layouts in CAD. Keep the AED and first aid kits checked.')).toEqual(expect.arrayContaining(['basic-life-support', 'computer-aided-design']));
  });
});

describe('"LPA" is lasting powers of attorney only in legal work', () => {
  it('not in Indian pay ("12 LPA", lakhs per annum)', () => {
    expect(extract('CTC: 12 LPA').skills.map((s) => s.name)).not.toContain('Lasting powers of attorney');
    expect(extract('You will prepare each LPA for our private client team.').skills.map((s) => s.name)).toContain('Lasting powers of attorney');
  });
});

describe('extending the skills dictionary', () => {
  const mine: DictionaryFile = {
    type: 'skills',
    entries: [
      { id: 'pallet-wrapper', name: 'pallet wrapper operation', kind: 'competence', category: 'warehouse', aliases: ['stretch wrapper'] },
      { id: 'microsoft-excel', extend: true, aliases: ['Excel 365'] },
      { id: 'customer-service', disabled: true },
    ],
  };

  it('adds skills, adds aliases to built-in ones and switches built-in ones off', () => {
    const jobsift = createExtractor({ dictionaries: [mine] });
    const r = jobsift.extract('Must run the stretch wrapper, use Excel 365 and give great customer service.');
    const ids = r.skills.filter((s) => s.source === 'dictionary').map((s) => s.id);
    expect(ids).toContain('pallet-wrapper');
    expect(ids).toContain('microsoft-excel');
    expect(ids).not.toContain('customer-service');
  });

  it('rejects an invalid entry with the file, the entry and the reason', () => {
    expect(() => createExtractor({ dictionaries: [{ type: 'skills', entries: [{ id: 'x-ray', name: 'X-ray' }] }] })).toThrow(DictionaryError);
    expect(() => createExtractor({ dictionaries: [{ type: 'skills', entries: [{ id: 'x-ray', name: 'X-ray' }] }] })).toThrow(/<object> \(entry "x-ray"\): skills need "kind"/);
  });
});

describe('the subject of a required qualification', () => {
  it('is subject knowledge, once', () => {
    const r = extract('Essential: a degree in the field of marine hydrography. Degree / HND / HNC in Civil Engineering.');
    const knowledge = r.skills.filter((s) => s.kind === 'knowledge').map((s) => s.name);
    expect(knowledge).toContain('marine hydrography');
    expect(knowledge.filter((n) => /civil engineering/i.test(n))).toHaveLength(1);
    expect(r.skills.find((s) => s.name === 'marine hydrography')?.required).toBe(true);
  });
});

describe('what a heading says of the skills under it', () => {
  const required = (text: string) => Object.fromEntries(extract(text).skills.map((s) => [s.name, s.required]));
  it('"What you\'ll need" lists requirements, "Nice to have" preferences, "About you" neither', () => {
    expect(required("What you'll need\n- Python and SQL\nNice to have\n- Terraform")).toEqual({ Python: true, SQL: true, Terraform: false });
    expect(required('About you\n- Python and SQL')).toEqual({ Python: undefined, SQL: undefined });
  });
});

describe('words that name a skill only in the right company', () => {
  const names = (text: string) => extract(text).skills.map((s) => s.name);
  it.each([
    ['Lead strategic initiatives across the business.', 'initiative'],
    ['We are fostering a culture of trust.', 'child care'],
    ['We offer competitive compensation and benefits.', 'reward and benefits'],
    ['This post is exempt from the Rehabilitation of Offenders Act.', 'physiotherapy'],
    ['It requires an enhanced DBS (Disclosure and Barring Service) check.', 'bar work'],
    // Italian and Spanish for computer science.
    ['Técnico de Informática con experiencia en redes.', 'Informatica'],
  ])('%s has no %s', (text, skill) => expect(names(text)).not.toContain(skill));
  it.each([
    ['You will use your initiative.', 'initiative'],
    ['Experience with fostering agencies.', 'child care'],
    ['Experience administering compensation and benefits programmes.', 'reward and benefits'],
    ['Assisting clients with rehabilitation exercises.', 'physiotherapy'],
    ['ETL developer with Informatica and Oracle.', 'Informatica'],
    // A programming language's name that is a word too, beside the stack it is used with.
    ["You'll build our billing platform in Rust and PostgreSQL.", 'Rust (programming language)'],
    ['Experience writing code in Go or via infrastructure-as-code tools like Terraform.', 'Go (programming language)'],
  ])('%s has %s', (text, skill) => expect(names(text)).toContain(skill));
});

describe('abbreviations that name other things elsewhere', () => {
  test('CLT is cross-laminated timber beside timber words, Brazil\'s labour regime elsewhere', () => {
    const names = (text: string) => extract(text).skills.map((s) => s.name);
    expect(names('Design of CLT and glulam timber structures.')).toContain('Timber design');
    expect(names('Analista de Dados\nRegime CLT, tempo integral.')).not.toContain('Timber design');
  });
});

describe("a piece of a dictionary skill's words cut at a symbol is no skill of its own", () => {
  const names = (text: string) => extract(text).skills.map((s) => s.name);
  test.each([
    ['Experience with C# and .NET.', 'C'],
    ['Experience with CI/CD pipelines.', 'CI'],
    ['Familiarity with CI/CD pipelines.', 'CD pipelines'],
    ['3+ years experience with Node.js and TypeScript.', 'Node'],
  ])('%s has no %s', (text, piece) => expect(names(text)).not.toContain(piece));
});

describe('the tax a rate is quoted with is part of the pay, not a skill', () => {
  const ids = (text: string) => extract(text).skills.map((s) => s.id);
  test.each(['Rate: £400 per day + VAT.', 'B2B: 18 000 - 24 000 PLN netto + VAT / mies.'])('%s', (text) => expect(ids(text)).not.toContain('vat'));
  test('VAT returns among the duties still are one', () => expect(ids('Duties include VAT returns. Salary £25,000.')).toContain('vat'));
});

describe('B2B is a sales skill only beside sales words', () => {
  const names = (text: string) => extract(text).skills.map((s) => s.name);
  test.each(['You have 2 years of B2B sales experience.', 'A B2B telesales role calling new business.'])('%s', (text) => expect(names(text)).toContain('B2B sales'));
  test.each(['Experience working on B2B SaaS products.', 'Our B2B division serves airlines.'])('%s', (text) => expect(names(text)).not.toContain('B2B sales'));
});

describe('remote work is a skill only where the candidate is asked for it', () => {
  const ids = (text: string) => extract(text).skills.map((s) => s.id);
  test.each(['You have the ability to work remotely and manage your own time.', 'Experience working remotely with distributed teams.'])('%s', (text) => expect(ids(text)).toContain('remote-working'));
  test.each(['There is no option to work remotely.', 'This role offers remote work up to two days a week.', 'Remote work: Yes'])('%s', (text) =>
    expect(ids(text)).not.toContain('remote-working'),
  );
});

describe('hiring is a skill only where the candidate is asked to do it', () => {
  const ids = (text: string) => extract(text).skills.map((s) => s.id);
  test('"Experience recruiting, interviewing, and hiring engineers" asks recruitment', () => expect(ids('Experience recruiting, interviewing, and hiring engineers.')).toContain('recruitment'));
  test.each(['Wingtip Electric is hiring apprentice electricians for commercial projects. No experience necessary!', 'We are hiring a Contract Management Manager for our legal team.', 'Your recruiter can share more about pay during the hiring process.'])('%s', (text) =>
    expect(ids(text)).not.toContain('recruitment'),
  );
});

describe('an inflected word is not the quality its base form names', () => {
  const ids = (text: string) => extract(text).skills.map((s) => s.id);
  test.each([
    ['You will take on new responsibilities each year.', 'sense-of-responsibility'],
    ['Your accountabilities will include product design.', 'accountability'],
    ['We fit shifts around your family commitments.', 'commitment'],
    ['Join a team of professionals with a can-do attitude.', 'professionalism'],
    ['Hard work is rewarded by your manager.', 'reward-and-benefits'],
    ['You will support elderly clients in their homes.', 'private-client-law'],
    ['Applications are intended for graduates.', 'purchasing-systems'],
    ['Field working across the North West.', 'research-methods'],
  ])('%s', (text, id) => expect(ids(text)).not.toContain(id));
  test('"Takes responsibility" is still accountability', () => expect(ids('Takes responsibility for the team’s goals.')).toContain('accountability'));
});

test('"Tier 2" is a visa only beside immigration words: "a tier-2 builder" is none', () => {
  const ids = (text: string) => extract(text).skills.map((s) => s.id);
  expect(ids('We are a tier-2 builder in Western Sydney.')).not.toContain('immigration-law');
  expect(ids('We hold a Tier 2 sponsor licence.')).toContain('immigration-law');
});

test('"C/C++" names both languages', () => {
  const ids = extract('Looking for an embedded engineer with C/C++ on ARM Cortex-M.').skills.map((s) => s.id);
  expect(ids).toEqual(expect.arrayContaining(['c-language', 'cplusplus']));
});
