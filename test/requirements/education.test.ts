import { runRequirements } from './run';

describe('education', () => {
  it('reads a GCSE with its subjects and the minimum cue', () => {
    const [gcse] = runRequirements('Good literacy and numeric skills – minimum GCSE in Maths or English or equivalent.').education;
    expect(gcse).toMatchObject({ level: 'secondary', credential: 'gcse', subject: 'Maths or English', required: true });
  });

  it.each([
    ["Bachelor's degree in Engineering or MBA4+ years as a BA in payments", 'Engineering or MBA'],
    ["Bachelor's degree in Accounting or related fieldStrong analytical skills", 'Accounting or related field'],
    // A product's own capitals are no glued item.
    ["Bachelor's degree in Computer Science or JavaScript engineering", 'Computer Science or JavaScript engineering'],
  ])('ends the subject where scraped text glued the next item on: %j', (text, subject) => {
    expect(runRequirements(text).education[0].subject).toBe(subject);
  });

  it.each([
    ["Bachelor's degree in Finance, Economics, or a related field required.", 'Finance, Economics, or a related field'],
    ['Degree in Computer Science, Engineering, Mathematics or similar.', 'Computer Science, Engineering, Mathematics or similar'],
    // No list: the comma ends the subject.
    ["Bachelor's degree in Finance, Strong Excel skills and SQL.", 'Finance'],
    ['NVQ Level 3 in Leadership for Health and Social Care, or be willing to work towards it.', 'Leadership for Health and Social Care'],
  ])('reads a list of subjects closed by "or" or "and": %j', (text, subject) => {
    expect(runRequirements(text).education[0].subject).toBe(subject);
  });

  it.each([
    ['Masters in Data Science or PhD in Statistics.', ['Data Science', 'Statistics']],
    ["Bachelor's degree in Pharmacy or Doctor of Pharmacy (PharmD).", ['Pharmacy', 'Pharmacy']],
  ])('a subject ends where the next credential starts: %j', (text, subjects) => {
    expect(runRequirements(text).education.map((e) => e.subject)).toEqual(subjects);
  });

  it('reads a Juris Doctor, and "JD" only beside legal words', () => {
    expect(runRequirements('JD from an ABA-accredited law school and active bar membership.').education.map((e) => e.credential)).toEqual(['law-degree']);
    expect(runRequirements('Please see the attached JD for details.').education).toEqual([]);
  });

  it('MSN is a degree only beside nursing words: "MSN Messenger" is none', () => {
    expect(runRequirements('Experience with MSN Messenger.').education).toEqual([]);
  });

  it("reads the UK's FdA, not the US Food and Drug Administration", () => {
    expect(runRequirements('You hold an FdA in Early Years.').education.map((e) => e.credential)).toEqual(['foundation-degree']);
    expect(runRequirements('Experience in a regulated industry (HIPAA, FDA) is a plus.').education).toEqual([]);
  });

  it('reads a GCSE grade', () => {
    expect(runRequirements('You will hold 5 GCSEs at grade C or above.').education[0]).toMatchObject({ credential: 'gcse', grade: 'C' });
  });

  it('keeps the NVQ level in the span and the grade', () => {
    const [nvq] = runRequirements('You will be qualified to NVQ level 3 or equivalent.').education;
    expect(nvq).toMatchObject({ text: 'NVQ level 3', credential: 'nvq', level: 'post_secondary_vocational', grade: '3' });
  });

  it('shares one subject across a coordination', () => {
    const found = runRequirements('Degree / HND / HNC in Civil Engineering.').education;
    expect(found.map((e) => [e.credential, e.subject])).toEqual([
      ['degree', 'Civil Engineering'],
      ['hnd', 'Civil Engineering'],
      ['hnc', 'Civil Engineering'],
    ]);
  });

  it.each([
    ['a High School Diploma or GED', ['high-school-diploma', 'ged']],
    ['BSc or MSc in Computer Science', ['bsc', 'msc']],
    ['an MBA is desirable', ['mba']],
    ['a PhD in Chemistry', ['phd']],
    ["a bachelor's degree in Accounting", ['bachelors-degree']],
    ['A levels or a BTEC diploma', ['a-level', 'btec']],
    ['City & Guilds Level 2', ['city-and-guilds']],
    ['an associate degree', ['associate-degree']],
    ['a BS/MS in Computer Science', ['bsc', 'msc']],
    ['a B.S. degree in Biology', ['bsc']],
    ['a B.Tech/B.E. or MCA', ['btech', 'beng', 'mca']],
    ['a B.Com, M.Com or PGDM', ['bcom', 'mcom', 'pgdm']],
    ['ein abgeschlossenes Studium der Elektrotechnik', ['degree']],
    ['un Bac+5 en informatique', ['masters-degree']],
    ['un Bac +5 ou un Bac + 3', ['masters-degree', 'bachelors-degree']],
    ['an MSW, or an MPH in epidemiology', ['msw', 'mph']],
    ['ensino superior completo em Estatística', ['degree']],
    ['een hbo-diploma in Informatica', ['degree']],
    ['a Matric and a National Diploma in Accounting', ['matric', 'diploma']],
    ['an RN licence and an MSN', ['msn']],
    // A credential restated by its abbreviation in brackets is one credential.
    ['a Master of Business Administration (MBA)', ['mba']],
    ["a Bachelor's degree in Nursing (BSN)", ['bachelors-degree']],
    // An alternative in brackets is another.
    ['an MBA (or MSc)', ['mba', 'msc']],
  ])('knows %s', (text, credentials) => {
    expect(runRequirements(`You will have ${text}.`).education.map((e) => e.credential)).toEqual(credentials);
  });

  it('reads "desirable" as preferred', () => {
    expect(runRequirements('An MBA is desirable.').education[0].required).toBe(false);
  });

  it.each(['Proficient in MS Office; a degree is a plus.', 'You understand the Mental Capacity Act (MCA).', 'Installations to BS 7671.', 'Prepare the P&L, B/S and cash flow.', 'Fluent in M/S Office packages.'])(
    'reads no degree out of capitals that are other things: %s',
    (text) => expect(runRequirements(text).education.filter((e) => ['msc', 'mca', 'bsc'].includes(e.credential))).toEqual([]),
  );

  it('a degree "in any specialization" asks for no subject', () => {
    expect(runRequirements('UG: B.Tech in Any Specialization').education[0]).toMatchObject({ credential: 'btech', subject: null });
  });

  it.each([
    // Other markets' school leaving certificates and trade certificates.
    ['Requirements: Matric required.', 'matric', 'secondary'],
    ['National Senior Certificate essential.', 'matric', 'secondary'],
    ['Leaving Certificate required.', 'leaving-certificate', 'secondary'],
    ['NCEA Level 2 or equivalent.', 'ncea', 'secondary'],
    ['Abitur or equivalent.', 'abitur', 'secondary'],
    ['Minimum of SSCE with five credits.', 'ssce', 'secondary'],
    ['Qualification: 12th pass', 'higher-secondary', 'secondary'],
    ['Education: 10th pass or above', 'secondary-school-certificate', 'secondary'],
    ['Education: Graduate in any discipline', 'degree', 'bachelor'],
    // The Philippines' "graduate of any 4-year course".
    ['Graduate of any 4-year course, willing to work night shift.', 'degree', 'bachelor'],
    ['Certificate III in Hospitality.', 'certificate-iii', 'post_secondary_vocational'],
    ['Red Seal certification required.', 'trade-certificate', 'post_secondary_vocational'],
    ['Completed vocational training as a mechatronics technician.', 'vocational-qualification', 'post_secondary_vocational'],
    // India's "any graduate": a degree in any subject.
    ['Education: Any graduate.', 'degree', 'bachelor'],
  ])('%j', (text, credential, level) => {
    expect(runRequirements(text).education[0]).toMatchObject({ credential, level });
  });
});


test('"MPH" is a degree only beside its words: "65 MPH" is a speed', () => {
  expect(runRequirements('Drive safely: the speed limit is 65 MPH.').education).toEqual([]);
});

describe("any field's degree named by its title", () => {
  it.each([
    ['Bachelor of Oral Health or equivalent.', 'bachelor', 'bachelors-degree', 'Oral Health'],
    ['A Master of Education is desirable.', 'master', 'masters-degree', 'Education'],
    ['Doctor of Pharmacy (PharmD) required.', 'doctorate', 'professional-doctorate', 'Pharmacy'],
    ['Doctor of Philosophy in Physics', 'doctorate', 'phd', 'Physics'],
  ])('%j', (text, level, credential, subject) => {
    expect(runRequirements(text).education[0]).toMatchObject({ level, credential, subject });
  });
  it('a verb is none: "master of your craft"', () => expect(runRequirements('Become a master of your craft.').education).toEqual([]));
});

describe('"MA" is the Master of Arts only beside a degree\'s words', () => {
  it.each([
    ['MA in English Literature required.', ['ma']],
    ['A BA or MA in History.', ['ba', 'ma']],
    ['Educated to MA level.', ['ma']],
  ])('%j', (text, credentials) => expect(runRequirements(text).education.map((e) => e.credential)).toEqual(credentials));
  it.each(['Medical Assistant (MA) wanted for our clinic.', 'Graduate of an accredited MA program; CCMA preferred.'])('a medical assistant is none: %j', (text) =>
    expect(runRequirements(text).education).toEqual([]),
  );
});
