import { findTerms } from '../../src/extractors/terms';
import { extract } from '../../src';

const values = (text: string, field: 'employmentType' | 'contractType' | 'workplace') =>
  findTerms(text)[field].map((t) => (t.negated ? `!${t.value}` : t.value));

describe('employment type', () => {
  test.each([
    ['This is a full-time role.', ['full_time']],
    ['This is a full time role.', ['full_time']],
    ['Fulltime position in Leeds.', ['full_time']],
    ['We have parttime hours available.', ['part_time']],
    ['Part-time, 20 hours a week.', ['part_time']],
    ['Available part time or full time.', ['part_time', 'full_time']],
    ['Full or part time hours considered.', ['full_time', 'part_time']],
    ['You will be in full time education.', []],
  ])('%s', (text, expected) => {
    expect(values(text, 'employmentType')).toEqual(expected);
  });

  test('schema.org values', () => {
    const [ft] = findTerms('A full time job').employmentType;
    expect(ft).toMatchObject({ value: 'full_time', schemaOrg: 'FULL_TIME', negated: false });
    expect(ft.mentions[0]).toMatchObject({ text: 'full time', start: 2, end: 11, reason: 'terms/full-time' });
  });
});

describe('contract type', () => {
  test.each([
    ['A permanent position with a growing firm.', ['permanent']],
    ['Initial 6 month contract, inside IR35.', ['contract']],
    // A UK university's label for a fixed term: the contract is the fixed term's own.
    ['Contract Type: Fixed-Term/Contract', ['fixed_term']],
    ['Contract Type: Permanent/Contract', ['permanent', 'contract']],
    ['We are seeking an interim senior level accountant to join the company.', ['contract']],
    ['The board agreed an interim payment, an interim order and an interim agreement.', []],
    ['This is a temp to perm role.', ['temp_to_perm']],
    ['Temporary to permanent position.', ['temp_to_perm']],
    ['12 month fixed term contract (maternity cover).', ['fixed_term']],
    ['Summer internship for students.', ['internship']],
    ['Apprentice Electrician wanted.', ['apprenticeship']],
    ['Electrician Apprentice\nWingtip Electric – Columbus, Ohio\n\nWe will train you.', ['apprenticeship']],
    ['Plumber\nYou will mentor our Electrician Apprentice team.', []],
    ['You must have served an apprenticeship.', []],
    ['A voluntary role supporting the shop.', ['volunteer']],
    ['Locum GP required.', ['locum']],
    ['Supply teachers needed for primary schools in Leeds.', ['temporary']],
    ['Our supply chain team plans stock.', []],
    ['Bank nurses needed for ward cover.', ['bank']],
    ['Bank holidays are paid.', []],
    ['Seasonal staff for the Christmas period.', ['seasonal']],
    ['Working on a freelance basis.', ['freelance']],
    ['Please note this is not a contract role.', ['!contract']],
    ['Initially temporary, with the opportunity to go permanent.', ['temporary']],
    ['The agency acts as an employment agency for permanent recruitment.', []],
    ['Temporary Works Coordinator for a civils site.', []],
    ['Permanent Way Engineer for rail renewals.', []],
    ['Temporary housing is provided for the first month.', []],
    ['Cover includes temporary disability insurance.', []],
  ])('%s', (text, expected) => {
    expect(values(text, 'contractType')).toEqual(expected);
  });

  test('schema.org mapping', () => {
    const t = findTerms('Locum cover. Bank staff. Contract role. Fixed term. Permanent.').contractType;
    expect(Object.fromEntries(t.map((v) => [v.value, v.schemaOrg]))).toEqual({
      locum: 'TEMPORARY',
      bank: 'PER_DIEM',
      contract: 'CONTRACTOR',
      fixed_term: 'TEMPORARY',
      permanent: null,
    });
  });
});

describe('workplace', () => {
  test.each([
    ['This is a fully remote role.', ['remote']],
    ['You can work from home two days a week.', ['hybrid']],
    ['Hybrid working: 3 days in the office.', ['hybrid']],
    ['Home based sales executive covering the North West.', ['remote']],
    ['Office based in central Manchester.', ['onsite']],
    ['There is no remote working for this position.', ['!remote']],
    ['Remote working is not possible.', ['!remote']],
    // The contracted forms of "cannot" and "will not".
    ["We can't offer remote work for this position.", ['!remote']],
    ["This position won't be fully remote.", ['!remote']],
    ["It can't be done from home.", ['!remote']],
    ["Remote work can't be offered.", ['!remote']],
    ['Experience of remote monitoring systems.', []],
    ['This is a permanent work-from-home role.', ['remote']],
    ['We offer a work-from-home allowance.', []],
    // Chips a page sets apart by spaces alone.
    ['Taguig, Metro Manila, Philippines Remote Full time Entry level', ['remote']],
    ['Berlin Hybrid Full-time Professional/Experienced Published: 6 days ago', ['hybrid']],
    ['Austin, TX Remote Full-time Mid-Senior level', ['remote']],
    // On site as US postings say it; a perk on site is no way of working.
    ['This is an on-site, classroom-based position; remote work not available.', ['onsite', '!remote']],
    ['This position is in the office full-time.', ['onsite']],
    ['Work location is on-site at our Century City office.', ['onsite']],
    ['We are seeking an HSE Officer to be deployed full-time on-site at a client facility.', ['onsite']],
    ['Free on-site parking for all staff and job seekers.', []],
    // A working pattern by its name.
    ['Hybrid setup: two team days per week in our Kreuzberg office.', ['hybrid']],
    ['Hybrid policy: we expect all staff to be in our office at least 25% of the time.', ['hybrid']],
  ])('%s', (text, expected) => {
    expect(values(text, 'workplace')).toEqual(expected);
  });

  test('remote maps to schema.org TELECOMMUTE', () => {
    expect(findTerms('fully remote').workplace[0].schemaOrg).toBe('TELECOMMUTE');
  });
});

describe('terms and the fields of object input', () => {
  it('a label in one field does not take the next field\'s words as its value', () => {
    const r = extract({ location: 'Location: ', salary: 'remote ' });
    // "remote" alone may still be read, as a word on a line of its own, but not with the other field's label.
    expect(r.workplace.flatMap((w) => w.mentions.map((m) => [m.field, m.text]))).toEqual([['salary', 'remote']]);
    expect(r.warnings.map((w) => w.code)).not.toContain('result/span-crosses-field');
  });

  it('a label and its value in one field still count, as in the feed', () => {
    expect(extract({ location: 'Location: Remote', text: 'Support engineer.' }).workplace.map((w) => w.value)).toEqual(['remote']);
    expect(extract('Title: Support Engineer\nLocation: Remote\nDescription: Helping customers.').workplace.map((w) => w.value)).toEqual(['remote']);
  });
});

describe("a search form's filter of job types copied with the page", () => {
  const posting = 'Senior Data Engineer\nContoso Analytics\nDenver, CO\nEmployment type\nFull time\nYou will build our data pipelines in Python and SQL.';
  const values = (text: string) => {
    const r = extract(text);
    return [...r.employmentType, ...r.contractType, ...r.workplace].filter((t) => !t.negated).map((t) => t.value).sort();
  };

  test.each([
    ['each option on a line, under its first choice', 'All job types\nFull time\nPart time\nContract\nTemporary\nInternship'],
    ['each option on a line, with its count of jobs', 'Full-Time (120)\nPart-Time (45)\nContract (12)'],
    ['all options on one line', 'On-site Hybrid Remote\nFull time Part time Contract Temporary'],
    ['options as boards name them, under their filter\'s name', 'Employment Type\nFull-Time\nPart-Time\nContractor\nIntern\nSeasonal/Temp'],
    ['a filter\'s labels between its options', 'Hours:\nFull-time Part-time\nContract:\nPermanent Temporary / Contract Internship Working pattern: Home based Hybrid Office based'],
    ['a filter\'s name without its colon', 'Hours Full time Part time Flexible\nContract Permanent Temporary Freelance'],
    ['options with a separator and other words', 'All Job Types\nPermanent\nTemporary\nContract\nInternship / Learnership\nPart time'],
    ['a school board\'s filter', 'Coaching / Extracurricular\nFull / Part Time\nFull Time\nPart Time\nHourly\nSeasonal'],
    ['a UK teaching board\'s filter', 'Contract type\nAny\nPermanent\nFixed term\nMaternity cover\nSupply\nHours\nAny\nFull time\nPart time'],
    ['a gig board\'s chips on one line', 'Part-time Full-time Seasonal Gig / Shift work Work from home'],
    ['a lone toggle between the pay bands and the form\'s button', 'Any salary\n$40,000+\n$60,000+\nRemote\nApply filters'],
    ['a lone toggle under the date filter', 'Any time\nLast 24 hours\nLast 7 days\nWork from home'],
    ['a lone toggle under the date filter\'s name, no date under it', 'What\ndriver\nWhere\nHouston, TX\nFind jobs\nDate posted\nRemote\nPay\nJob type'],
    // An option the board names its own way among the known ones, on their line or a line of its own.
    ['a tech board\'s filter on one line, named without its colon', 'Employment type Full-time Part-time Contract Third Party Internship'],
    ['a government board\'s filters, a line each', 'Work schedule\nFull-time\nPart-time\nShift work\nIntermittent\nAppointment type\nPermanent\nTemporary\nTerm\nInternships\nSeasonal'],
    ['a health service\'s contract filter', 'Contract type\nPermanent\nFixed term\nBank\nLocum\nSecondment'],
    ['a care board\'s filter, one choice named twice after its slash', 'Job type\nPermanent\nTemporary\nContract\nPart time\nBank / relief\nWork from home'],
    ['a shift board\'s filter', 'Job type\nFull-time\nPart-time\nGig / Shift\nSeasonal\nTemporary\nPay\n$12+/hr'],
    ['a row of buttons copied with its label glued on', 'Contract typeAnyPermanentFixed termMaternity coverSupply\nHoursAnyFull timePart time'],
    ['a row of buttons glued together', 'Full timePart timeContract/TempCasual/Vacation RemoteHybrid'],
    ['a dropdown\'s options, some the board\'s own', 'Employment Type ▾\nFull Time\nPart Time\nPer Diem\nLocum Tenens\nTravel / Contract'],
    ['an academic board\'s job types', 'Any Job Type\nFull-Time\nPart-Time / Adjunct\nPostdoctoral\nVisiting / Temporary\nTenure-Track'],
    ['a German board\'s filter', 'Anstellungsart\nVollzeit\nTeilzeit\nBefristeter Vertrag\nFreie Mitarbeit / Freelance\nPraktikum\nWerkstudent'],
    ['a line its label calls filters', 'Quick filters: RemotePart-timePosted this weekSalary listed'],
    ['options run on into the next filter\'s label', 'Date of posting ▾ Full-time Part-time Temporary Remote Salary: from $15/hour ▾'],
    ['an experience filter\'s levels beside "Internship"', 'Experience level\nExperience level\nInternship\nEntry level\nAssociate\nMid-Senior level\nDirector\nExecutive\nDone'],
    ['a facet whose choices carry their counts, in the board\'s own words', 'Worker Type\nRegular (729)\nTemporary (51)\nContract (21)\nJob Family\nLaboratory (46)'],
    ['two facets with their counts, the second\'s name between them', 'Job type\nFull-time (412)\nPart-time (96)\nInternship (18)\nWork model\nRemote (57)\nHybrid (138)'],
    ['a facet in Spanish with its counts', 'Tipo de contrato\nContrato por tiempo indeterminado (170)\nContrato por tiempo determinado (96)\nPrácticas profesionales (11)\nHonorarios (163)'],
    ['a facet whose counts stand bare after its choices', 'Employment type\nFull Time 3\nPart Time 84\nTemporary 73\nCo-op / Internship 137\nRemote 92'],
    ['a facet copied node by node, each count under its choice', 'Employment type\nPermanent\n41\nFixed-term\n120\nThesis work\n19\nPart-time\n57\nDepartment'],
    ['a facet run onto one line with its bare counts', 'Job Type Full Time 12 Part Time 95 Seasonal 229 Hybrid 68 Department Operations 84'],
    ['a facet\'s one choice with its count, under choices without', 'Shift\n1st Shift\n2nd Shift\nWeekend\nWork Setting\nRemote (3)\nOur branch'],
  ])('lends the posting none of its options: %s', (_, filter) => {
    expect(values(`Jobs\nSign in\n${filter}\nSearch\n${posting}`)).toEqual(['full_time']);
  });

  test("a posting's own criteria box is no filter: \"Seniority level\" / \"Associate\" / \"Employment type\" / \"Full-time\"", () => {
    expect(values('Marketing Associate\nFabrikam\nSeniority level\nAssociate\nEmployment type\nFull-time\nJob function\nMarketing\nWe are hiring a marketing associate.')).toEqual(['full_time']);
  });

  test('the title over the chips of its own terms is no option: "Graphic Design Intern" / "Internship" / "On-site"', () => {
    expect(values('Jobs\nGraphic Design Intern\nInternship\nOn-site\nWe need a design intern for three months.')).toEqual(['internship', 'onsite']);
  });

  test("the posting's own details box is no filter: \"Contract type\" / \"Permanent\" / \"Contract term\" / \"Full time\"", () => {
    expect(values('Teacher of Mathematics\nAshcombe Academy\nContract type\nPermanent\nContract term\nFull time\nStart date\nJanuary 2025\nYou will teach maths.')).toEqual(['full_time', 'permanent']);
  });

  test("the posting's own terms, a line each, are no filter: they choose nothing between them", () => {
    expect(values('Senior Data Engineer\nContoso Analytics\nFull time\nPermanent\nRemote\nYou will build our data pipelines.')).toEqual(['full_time', 'permanent', 'remote']);
    // Two of one field, as a job offered both ways: too few for a filter.
    expect(values('Staff Nurse\nContoso Health\nFull time\nPart time\nYou will care for patients on our ward.')).toEqual(['full_time', 'part_time']);
  });
});

describe('a details row whose label and its terms lost the break between them', () => {
  test.each([
    ['Job TypeFull-TimeJob Number2025-0412', 'full_time'],
    ['Appointment typePermanentWork scheduleFull-timeServiceCompetitive', 'full_time'],
    ['HoursFull-time\nContractPermanent', 'full_time'],
  ])('%s', (row, value) => {
    const r = extract(`Hydrologist\nSalary$31.12 - $41.83 HourlyLocation Yakima, WA${row}\nYou will study rivers and streams.`);
    expect(r.employmentType.map((t) => t.value)).toContain(value);
  });
});

describe("a copied page's lists of other searches and places", () => {
  const remote = (text: string) => extract(text).workplace.filter((t) => !t.negated).map((t) => t.value);
  const posting = 'Accountant\nContoso Foods\nNairobi\nYou will keep our books and close each month on time.';

  test('a line of search links with their places: "Casual jobs in Geelong VIC · Work from home jobs in Geelong VIC"', () => {
    expect(remote(`${posting}\nPopular searches\nAccountant jobs in Nairobi · Work from home jobs in Nairobi · Finance jobs in Mombasa`)).toEqual([]);
    expect(remote(`${posting}\nRelated: Call centre jobs in Penang · Work from home jobs · Part time jobs`)).toEqual([]);
    expect(remote(`${posting}\nCook jobs in Halifax, NS · Work from home jobs across Canada · Server jobs in Moncton, NB`)).toEqual([]);
    // The posting's own sentence is no link.
    expect(remote(`${posting}\nWe have work from home jobs available for this team.`)).toEqual(['remote']);
  });

  test('a place picker\'s "Remote" under its places, one of them no place the gazetteer knows ("Outside Kenya")', () => {
    expect(remote(`All locations\nNairobi\nMombasa\nKisumu\nOutside Kenya\nRemote (Work From Home)\n${posting}`)).toEqual([]);
  });

  test("a filter's options with their notes, all on one long line", () => {
    expect(remote(`Full time Part time Contract/Temp Casual/Vacation Remote / work from home\n${posting}`)).toEqual([]);
    expect(remote(`Remote working\nFully remote Hybrid remote On-site only\n${posting}`)).toEqual([]);
  });
});

test("a chip said twice on a line is no filter's choice: 'Full-time Remote Full-time Remote'", () => {
  expect(extract('Data Engineer\nContoso\nFull-time Remote Full-time Remote\nYou will build pipelines.').employmentType.map((t) => t.value)).toEqual(['full_time']);
});

describe("a filter's run of options on a page scraped onto one line", () => {
  const values = (text: string) => {
    const r = extract(text);
    return [...r.employmentType, ...r.contractType].filter((t) => !t.negated).map((t) => t.value).sort();
  };

  test('lends the posting none of its options: "... All job types Full time Part time Contract Temporary Internship Search ..."', () => {
    const page = 'Find jobs Sign in All job types Full time Part time Contract Temporary Internship Search Jobs › Data Analyst Data Analyst Contoso Analytics Denver, CO Permanent You will build our reporting in SQL and Python for the finance team.';
    expect(values(page)).toEqual(['permanent']);
  });

  test('a shorter run beside the form\'s pay bands, as Markdown glues a select: "Salary Any$50K+$75K+ Remote / work from home"', () => {
    const page = 'Find jobs Salary Any$50K+$75K+$100K+ Remote / work from home Top employers only Search Jobs Environmental Specialist Prairie Ridge Ltd Red Deer, AB You will audit sites.';
    expect(extract(page).workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual([]);
    // "any" is prose, no form's word: "any temporary assignments".
    expect(values('Driver. If you would like information on any temporary assignments please send your CV.')).toEqual(['temporary']);
  });

  test("a posting's own terms run together, too few or with commas, stay: \"Permanent Full Time Part Time\"", () => {
    expect(values('Care Assistant Permanent Full Time Part Time We are a family run care home in Leeds looking for care assistants.')).toEqual(['full_time', 'part_time', 'permanent']);
    expect(values('Care Assistant. Hours: Full time, Part time, Temporary, Permanent. We are a family run care home in Leeds.')).toEqual(['full_time', 'part_time', 'permanent', 'temporary']);
  });
});

describe("the kind alone as a part of the title, after a dash or a bar", () => {
  test.each([
    ['[Paid] [Hiring] Unity Developer - freelance, ~3 months, remote\n\nWe are a small indie studio.', 'freelance'],
    ['Senior Data Engineer - Contract\nAcme Ltd\nLondon\n\nWe are looking for a data engineer to build our pipelines.', 'contract'],
    ['Barista | Seasonal\nHarbour Coffee\n\nJoin our beach kiosk team for the summer.', 'seasonal'],
  ])('%j', (text, value) => expect(extract(text).contractType.map((t) => t.value)).toEqual([value]));
  test('not in the text: "procurement - contract" in a sentence is no term', () =>
    expect(extract('Buyer\n\nYou will own the full cycle of procurement - contract and supplier reviews included.').contractType).toEqual([]));
});

describe("a page run onto one line: a filter's ways of working, however few", () => {
  test.each([
    'Search jobs Salary £20+ per hour Ways of working Fully remote Hybrid On-site only Date posted Last 24 hours HGV Class 1 Driver Penhallow Logistics Swindon £16.50 per hour We need a night driver for our Swindon depot, trunking to our hubs in the Midlands.',
    'Work type Full time Part time Remote options All On-site Hybrid Remote Paying Any $60K+ $80K+ Heavy Diesel Fitter Ironbark Resources Services Newman WA We need a fitter for our mine site fleet of haul trucks.',
  ])('%s', (text) => expect(extract(text).workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual([]));
  test('a posting that is hybrid and remote-friendly keeps both', () =>
    expect(extract('Data Analyst - Hybrid Remote - Leeds. We work two days a week in our Leeds office.').workplace.map((w) => w.value)).toContain('hybrid'));
});

describe("a page run onto one line: three options under a filter's label", () => {
  test.each([
    ['Experience 1 year 3 years Salary: 10-15 Lakhs 15-25 Lakhs Job type: Full time Contractual Internship Senior Java Developer Vyomtech Software Bengaluru 5 - 8 Years Employment Type: Full Time, Permanent We build payment software for banks across India and need a senior developer for our platform team.', ['permanent']],
    ['Careers Search -- Position Type -- Full-Time Part-Time Per Diem Search Registered Nurse Med/Surg Saint Alder Medical Center Tacoma, WA Position Type Full-Time We are hiring a night-shift nurse for our medical-surgical unit in Tacoma.', []],
  ])('%s', (text, contract) => {
    const r = extract(text);
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], contract]);
  });
  test('a posting\'s own rows glued on one line are no filter: "Hours Full time Contract Permanent"', () => {
    const r = extract('Sector Charities, Environment, Marketing & PR Hours Full time Contract Permanent Help the National Wildlife Trust tell the story of its work across the north of England, leading a team of four.');
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], ['permanent']]);
  });
});

test("a filter's first choice opens its run as a label does: \"Job type All Full-time Part-time Contract\"", () => {
  const text = 'Jobs Companies Posted Any time Today Past week Job type All Full-time Part-time Contract Co-op / Internship Search Environmental Compliance Specialist Prairie Ridge Energy Regina, SK Full-time We run three gas plants in southern Saskatchewan and need a specialist to keep our permits in order.';
  expect(extract(text).employmentType.map((t) => t.value)).toEqual(['full_time']);
});

test("a page run onto one line: a date filter's choices before a way of working make it the form's", () => {
  const text = 'Find jobs Date posted Last 24 hours Last 3 days Last 7 days Last 14 days Remote / work from home Quick apply Disability Support Worker Brightpath Community Care Geelong VIC $38.50 - $45.20 an hour We support adults with disability to live well at home and in the community across Geelong.';
  expect(extract(text).workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual([]);
});
