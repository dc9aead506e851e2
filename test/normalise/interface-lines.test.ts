import { extract } from '../../src';
import { isInterfaceLine } from '../../src/normalise/interface-lines';
import { ROLE_NOUN_END } from '../../src/normalise/role-words';

// A job page copied whole (select all, copy), as a user pastes it: the board's buttons and panels come along.
const COPIED_PAGE = [
  'Contoso',
  'Share',
  'Show more options',
  'Senior Data Engineer',
  'Austin, TX · Reposted 2 weeks ago · Over 100 applicants',
  'Promoted by hirer · Responses managed off LinkedIn',
  '',
  '$140K/yr - $165K/yr  Hybrid  Full-time',
  '',
  'Easy Apply',
  'Save',
  'Save Senior Data Engineer at Contoso',
  'Meet the hiring team',
  'Jordan Lee',
  'Engineering Manager at Contoso',
  'Message',
  'About the job',
  'We are looking for a Senior Data Engineer to build our pipelines in Python and SQL.',
  'Show more',
  'Set alert for similar jobs',
  'Data Engineer, Boston, MA',
].join('\n');

describe("a board's interface in text copied from its page", () => {
  const r = extract(COPIED_PAGE);

  test('gives the title, the employer over it and the place under it', () => {
    expect(r.title?.text).toBe('Senior Data Engineer');
    expect(r.company).toMatchObject({ name: 'Contoso', reason: 'company/line-over-title' });
    expect(r.location).toMatchObject({ name: 'Austin', region: 'Texas' });
    expect(r.salary).toMatchObject({ min: 140000, max: 165000, period: 'year' });
  });

  test('takes nothing from buttons, the hiring team or similar jobs', () => {
    expect(r.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
    expect(r.occupations.map((o) => o.name)).toEqual(['Data Engineer']);
    // "Jordan" of the hiring team is no country, "Boston" of a similar job no place.
    expect(r.locations.map((l) => l.name)).toEqual(['Austin']);
    expect(r.text).not.toContain('Easy Apply');
  });

  test('keeps every span true to the input', () => {
    for (const s of r.skills.flatMap((k) => k.mentions)) expect(COPIED_PAGE.slice(s.start, s.end)).toBe(s.text);
    expect(COPIED_PAGE.slice(r.title!.start, r.title!.end)).toBe('Senior Data Engineer');
  });

  test('leaves a posting with a single such word alone', () => {
    const text = 'Community Manager\nGrow our forum.\nShare\nYou will share news with members.';
    expect(extract(text).text).toContain('\nShare\n');
  });
});

describe('"Similar jobs" as a link among the menus, over the posting\'s header', () => {
  test('is no box of other jobs: the header under it is read', () => {
    const text = ['Find a job', 'Explore companies', 'Compare salaries', 'Log in', 'Deutsch', 'English', 'Similar jobs', 'Warehouse Team Leader', 'Tailspin Freight', 'Leeds', 'Apply', 'Key information', 'Contract type: Permanent', 'Lead a team of twelve pickers on the early shift.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Warehouse Team Leader', 'Tailspin Freight', 'Leeds']);
    expect(r.text).not.toContain('Similar jobs');
  });
  test('two menu entries a converter ran onto one line ("Find a job Skip to content") are no title over it either', () => {
    const text = ['Skip to content', ' * Find a job [/en/jobs/]Skip to content', ' * Explore companies [/en/companies/]', ' * Login', 'Select language', 'Similar jobs [/en/jobs/?term=picker]', '', 'WAREHOUSE TEAM LEADER', 'Tailspin Freight [/en/companies/tailspin/]', 'Leeds', 'Apply', '', 'KEY INFORMATION', ' * Contract type:Permanent', '', 'Lead a team of twelve pickers on the early shift.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['WAREHOUSE TEAM LEADER', 'Tailspin Freight', 'Leeds']);
  });
});

describe('a box of other jobs under the posting whose title names no job in English', () => {
  test('goes with its cards: a paragraph over its heading is the posting\'s body, its header passed', () => {
    const body = 'Buscamos una persona para gestionar la nómina de nuestros tres almacenes y atender las consultas de la plantilla sobre contratos, permisos y vacaciones. Trabajarás en nuestra oficina de Valladolid, junto al polígono.';
    const cards = ['Jefe/a de Equipo', 'Brezal Cargas · Valladolid · Jornada completa', 'Programador/a de Rutas', 'Brezal Cargas · Remoto (España) · Teletrabajo'];
    const text = ['Empleo', 'Equipos', 'Buscar', 'Inicio', 'Técnico/a de Nóminas', 'Brezal Cargas', 'Valladolid · Jornada completa · Presencial', body, 'Otras ofertas', ...cards, 'Aviso legal'].join('\n');
    const r = extract(text);
    expect(r.text).not.toContain('Programador');
    expect(r.workplace.filter((w) => !w.negated).map((w) => w.value)).not.toContain('remote');
  });
});

describe("a review site's page copied whole", () => {
  test("the employer's rating and the tab strip are no title, employer or field", () => {
    const text = ['Adatum Software', '4.2 ★', 'Product Designer', 'Denver, CO', '$95K - $125K (Employer est.)', 'Easy Apply', 'Job', 'Company', 'Rating', 'Salary', '', 'Job Description', 'As a Product Designer you will own our booking flows.', 'Show more'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Product Designer', 'Adatum Software', 'Denver']);
  });
});

describe("a UK board's page copied whole", () => {
  test('the breadcrumbs over the title are no title, and the place line with its postcode is the location', () => {
    const text = 'Home\nJobs\nWarehouse Operative\nFabrikam Logistics\nLeicester, LE4\n£24,500 per annum\nPermanent\nApply\nSave job\nJob description\nPick and pack orders.';
    const r = extract(text);
    expect(r.title?.text).toBe('Warehouse Operative');
    expect(r.company?.name).toBe('Fabrikam Logistics');
    expect(r.location).toMatchObject({ name: 'Leicester', reason: 'location/field' });
  });

  test('a breadcrumb to the board\'s search ("Care jobs in Nottingham") is no title; "Posted ... by X" names the employer', () => {
    const text = 'Home\nJobs\nCare jobs in Nottingham\nCare Assistant\nPosted 3 days ago by Wingtip Care Homes\n£11.44 per hour\nNottingham, Nottinghamshire\nApply now\nYou will support residents with personal care and meals.';
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Care Assistant', 'Wingtip Care Homes']);
  });
  test('one interface line over the title, the only one in the text ("Open roles"), is no title either', () => {
    const r = extract('Careers\nOpen roles\nSous Chef\nDepartment: Kitchen\nLocation: Bristol\nAdatum Restaurants is looking for a Sous Chef for our Clifton site.');
    expect([r.title?.text, r.company?.name]).toEqual(['Sous Chef', 'Adatum Restaurants']);
  });
  test('a public board\'s skip link and search line are no title; its address\'s postcode is no pay', () => {
    const text = 'Skip to main content\nNHS Jobs\nSearch for jobs\nStaff Nurse - Acute Medical Unit\nFabrikam Hospitals NHS Foundation Trust\nSalary\n£29,970 to £36,483 a year\nJob locations\nFabrikam General Hospital\nHospital Road\nLeicester\nLE5 4PW\nJob description\nDeliver evidence-based care.';
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Staff Nurse - Acute Medical Unit', 'Fabrikam Hospitals NHS Foundation Trust']);
    expect(r.salaries.map((s) => [s.min, s.max])).toEqual([[29970, 36483]]);
  });

  test("a public body's long name under the title is the employer", () => {
    expect(extract('Policy Adviser\nDepartment for Energy Security and Net Zero\nApply before 11:55 pm\n\nYou will develop policy.').company?.name).toBe('Department for Energy Security and Net Zero');
  });
});

describe('the header lines of ATS pages copied as text', () => {
  test.each([
    // A Greenhouse board: "at Contoso (View all jobs)" under the title.
    ['Senior Software Engineer\nat Contoso (View all jobs)\nSan Francisco, CA\n\nYou will write Go.', 'Contoso'],
    // A Lever page: the employer's name over the title, the place with the way of working under it.
    ['Contoso\nSenior Software Engineer\nSan Francisco, CA / Remote\nFull-time\n\nYou will write Go.', 'Contoso'],
  ])('%s', (text, company) => {
    const r = extract(text);
    expect(r.title?.text).toBe('Senior Software Engineer');
    expect(r.company?.name).toBe(company);
    expect(r.location?.name).toBe('San Francisco');
  });

  test('a department beside the title is no employer: "Engineering · San Francisco, CA · Full time"', () => {
    expect(extract('Senior Software Engineer\nEngineering · San Francisco, CA · Full time\n\nYou will write Go.').company).toBeNull();
  });
});

describe("a public-sector board's page copied whole", () => {
  test("the skip link, sign-in and the site's name over the title are none of the posting's", () => {
    const text = 'Skip to main content\nCare Jobs\nSign in\nStaff Nurse - Acute Medicine\nRiverside Hospitals NHS Trust\nApply for this job\nJob summary\nDeliver high quality patient care on our acute unit in Leeds.';
    const r = extract(text);
    expect(r.title?.text).toBe('Staff Nurse - Acute Medicine');
    expect(r.company?.name).toBe('Riverside Hospitals NHS Trust');
    expect(r.skills.map((s) => s.name)).not.toContain('Skip to main content');
  });
});

describe("a page copied whole with the site's menu over it", () => {
  test("a social network's menu and its upsell are no title or pay", () => {
    const text = ['Skip to main content', 'Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business', 'Try Premium for $0', '', 'Wingtip Freight', 'Operations Supervisor', 'Memphis, TN · 3 days ago · 47 applicants', '$58K/yr - $66K/yr  On-site  Full-time', 'See how you compare to 47 applicants. Try Premium for $0', 'Easy Apply', 'About the job', 'You will lead a team of 25 associates on the second shift.', 'More jobs', 'Warehouse Manager', 'Fabrikam Freight', 'Nashville, TN'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Operations Supervisor', 'Wingtip Freight', 'Memphis']);
    expect(r.salaries.map((s) => [s.min, s.max, s.period])).toEqual([[58000, 66000, 'year']]);
    // The cards under "More jobs" are other jobs.
    expect(r.locations.map((l) => l.name)).not.toContain('Nashville');
  });

  test("a board's menu over the title", () => {
    const text = ['Find jobs', 'Company reviews', 'Find salaries', 'Sign in', 'Employers / Post Job', '', 'Medical Receptionist', 'Litware Family Medicine', 'Orlando, FL 32801', '$16 - $18 an hour - Full-time', 'Apply now', 'Full job description', 'Check patients in and out and schedule appointments.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Medical Receptionist', 'Litware Family Medicine', 'Orlando']);
  });
});

describe("a site's name and banner over its menu bar", () => {
  test.each([
    [['Fourthboard', 'Community', 'Jobs', 'Companies', 'Salaries', 'Sign in', '', 'Northwind Traders', '3.9 ★', 'Senior Product Manager', 'Chicago, IL', '$140K - $175K (Employer est.)', 'Job description', 'Lead our marketplace roadmap.'], ['Senior Product Manager', 'Northwind Traders', 'Chicago']],
    [['Skip to main content', 'An official website of the United States government', "Here's how you know", 'FEDBOARD', 'Search', 'Sign In', 'Help', '', 'Back to results', 'IT Specialist (INFOSEC)', 'Department of the Interior', 'Salary', '$99,200 - $128,956 per year', 'Location', 'Denver, CO', 'Duties', 'Secure the network.'], ['IT Specialist (INFOSEC)', 'Department of the Interior', 'Denver']],
    [['Jobfinder', 'Job Seekers', 'Search Jobs', 'Log In', 'Sign Up', 'Post a Job', '', 'HVAC Service Technician', 'Adatum Heating & Air', 'Tampa, FL', '$25 to $38 per hour', 'Job Description', 'Repair home HVAC systems.'], ['HVAC Service Technician', 'Adatum Heating & Air', 'Tampa']],
  ])('%j', (lines, [title, company, city]) => {
    const r = extract(lines.join('\n'));
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual([title, company, city]);
  });
});

describe("a cookie banner and a menu in words no list holds", () => {
  test('the banner, its buttons and the menu are no title', () => {
    const lines = ['We use cookies to make your experience better.', 'Cookie policy', 'Accept', 'Decline', 'Culture', 'Teams', 'Benefits Hub', 'Product Manager, Mobile', 'Remote · Full-time', 'We are hiring a Product Manager, Mobile to own our apps.'];
    expect(extract(lines.join('\n')).title?.text).toBe('Product Manager, Mobile');
  });
  test('one short line over the title may be its employer', () => {
    const r = extract('Contoso\nData Engineer\nAustin, TX\nWe are hiring a Data Engineer.');
    expect([r.title?.text, r.company?.name]).toEqual(['Data Engineer', 'Contoso']);
  });
  test("an ATS's one menu line over the title: \"Current Openings\"", () => {
    const r = extract('We use cookies on this site.\nAccept\nCurrent Openings\nWarehouse Associate - 2nd Shift\nLitware Distribution\nGrand Rapids, MI\nPick and pack orders.');
    expect([r.title?.text, r.company?.name]).toEqual(['Warehouse Associate - 2nd Shift', 'Litware Distribution']);
  });
  test("a box of the employer's other jobs is no term of this one", () => {
    const text = 'Accept all cookies\nManage cookies\nPayroll Specialist\nTampa, FL\nFull-time\nWe need a Payroll Specialist.\nOther jobs at Contoso Financial Services\nBenefits Analyst (Remote)\nHR Generalist · Part-time';
    const r = extract(text);
    expect([r.workplace.map((w) => w.value), r.employmentType.map((e) => e.value)]).toEqual([[], ['full_time']]);
  });
  test('a link back to the list and a menu over a title the text restates in part', () => {
    const r = extract('< Back to Current Openings\nJobs\nCulture\nBenefits\nProduct Manager, Mobile\nSeattle, WA\nApply\nRefer a Friend\nAs our Product Manager you will own the app.');
    expect(r.title?.text).toBe('Product Manager, Mobile');
  });
  test('a site\'s one-word name over title, employer and place', () => {
    const r = extract('Accept\nmonsterboard\nClaims Adjuster\nFabrikam Mutual Insurance\nOmaha, NE\nApply\nSave\nWe need a Claims Adjuster.');
    expect([r.title?.text, r.company?.name]).toEqual(['Claims Adjuster', 'Fabrikam Mutual Insurance']);
  });
  test.each([
    ['This site uses cookies. By continuing you agree.\nOK\nSkip to main content\nCareers at Woodgrove Bank\nSearch for Jobs\nSaved Jobs\nSign In\nBranch Operations Supervisor\nApply\nWoodgrove Bank is looking for a Branch Operations Supervisor.', 'Branch Operations Supervisor'],
    ['Jobs\nCompanies\nCareer Guide\nPost a job\nSign in\nLead Barista\nFourth Coffee Roasters\nBristol BS1\nWe are hiring a Lead Barista.', 'Lead Barista'],
    ['Menu\nHome\nAbout\nCareers\nContact\nCurrent Vacancies\nSite Electrician\nLocation: Reading\nWe are recruiting a Site Electrician.', 'Site Electrician'],
    // An ATS's prompt to a returning candidate among its links.
    ['Search Jobs\nLog back in!\nJoin Our Talent Community\nBack to Search Results | Previous job | Next job\nStaff Pharmacist - Oncology (Days)\nJob ID\n2026-10017\nOverview\nNorthwind Health runs two hospitals.', 'Staff Pharmacist - Oncology (Days)'],
  ])('a site\'s menu and careers name over the title: %j', (text, title) => expect(extract(text).title?.text).toBe(title));
  test('a bakery\'s "Cookie Decorator" is a title', () => expect(extract('Cookie Decorator\nFourth Bakery\nDecorate cookies for our shop.').title?.text).toBe('Cookie Decorator'));
  test("a menu over a title its text never restates, with a line of its details under it", () => {
    const text = ['Home', 'Jobs', 'Departments', 'Teams', 'People', 'Connect', 'Account Executive', 'Sales·Leeds·Hybrid', 'Apply for this job', 'Fabrikam Payments sells card terminals to cafés.'].join('\n');
    expect(extract(text).title?.text).toBe('Account Executive');
  });
});

describe('a menu flattened onto one line', () => {
  test('a line made of interface entries in a row is no title; a requisition number the template dashes on is no part of it', () => {
    const lines = ['Search Jobs Sign In Job Alerts Help', 'You are not signed in.', 'Job Description', 'Apply Online', 'Send to a Friend', 'Pipeline Welder III-(2611208)', 'Description', 'Northwind Midstream builds gas gathering lines in West Texas.', 'The Pipeline Welder III welds and inspects carbon steel pipe.'];
    expect(extract(lines.join('\n')).title?.text).toBe('Pipeline Welder III');
  });
  test('a line of words that are not all entries stays: "Search Engine Optimisation Help Desk Analyst"', () => {
    expect(extract('Search Engine Optimisation Help Desk Analyst\nLeeds\nWe need an analyst.').title?.text).toBe('Search Engine Optimisation Help Desk Analyst');
  });
});

describe("a bar of links copied onto one line, some of them the site's own", () => {
  test.each([
    'Jobs Companies Services Salary calculator Campus',
    'Home Search Jobs Life at Fabrikam Students & Graduates Veterans Sign In',
    'Job Bank Find a job Explore careers Wages Employers: Post a job Sign in',
    'Buscar ofertas Empresas Salarios Formación Acceder Regístrate Publicar ofertas',
    'Alle Stellen Über uns Karriereseite fabrikam.at',
  ])('%s is the interface', (line) => expect(isInterfaceLine(line)).toBe(true));
  test.each([
    'Home Care Assistant',
    'Development Director, AR & OK (Home Based)',
    'Search jobs and sign in to apply today',
    'Customer Service Advisor - Home Based',
  ])('%s is not', (line) => expect(isInterfaceLine(line)).toBe(false));
  test("over the posting's heading, the heading is the title and the employer is the line under it", () => {
    const page = ['Jobs Companies Services Salary calculator Campus', 'Login Register For employers', 'Senior Java Developer', 'Fabrikam Softech Pvt. Ltd. 3.8 214 Reviews', '3-6 Yrs', 'Pune', 'Job description', 'Fabrikam Softech is hiring a Senior Java Developer for its payments platform.'];
    const r = extract(page.join('\n'));
    expect(r.title?.text).toBe('Senior Java Developer');
    expect(r.company?.name).toMatch(/^Fabrikam Softech/);
  });
  test("the board's buttons a sentence runs on from take no word of the name after them", () => {
    const r = extract('Glassdoor Community Jobs Companies Salaries For Employers Sign In Search Fabrikam Dental 4.3★ Dental Hygienist Spokane, WA $48.00 - $56.00 Per Hour Easy Apply Save Granite Peak Dental is a family practice on the South Hill. We are looking for a Dental Hygienist to join our team.');
    expect(r.company?.name).toBe('Granite Peak Dental');
  });
});

describe('more of the interface over a heading', () => {
  test.each(['Add to Watchlist', 'Dismiss', '« Back to search results | Previous job | Next job', 'Datenschutzerklärung'])('%s is the interface', (line) => expect(isInterfaceLine(line)).toBe(true));
  test.each(['Warehouse Storeperson', 'Storeman', 'Site Foreman', 'Asistente Administrativo'])('%s ends as a job\'s title', (title) => expect(ROLE_NOUN_END.test(title)).toBe(true));
  test('a job named by its person is a title under a breadcrumb trail: "Warehouse Storeperson"', () => {
    const page = ['Find jobs Remote jobs Companies Career advice Salaries Sign in Post a job', 'Jobs > Warehouse jobs > Storeperson jobs in Eagle Farm QLD', 'Warehouse Storeperson', 'Coastline Freight Services Eagle Farm QLD', '$32 – $36 an hour', 'Full time', 'About us', 'Coastline Freight Services is a family-owned 3PL near the port.', 'What’s on offer', 'Overtime paid at award penalty rates'];
    expect(extract(page.join('\n')).title?.text).toBe('Warehouse Storeperson');
  });
});

describe('a breadcrumb trail by slashes whose first crumb is the site\'s', () => {
  test('"All jobs / Data Engineer" over the heading is no title', () => {
    const r = extract('View website View all jobs\nAll jobs / Data Engineer\nData Engineer\nHybrid Leeds, England, United Kingdom Full time Engineering\nDescription\nNorthbeam Analytics helps housing associations understand their repairs data.');
    expect(r.title?.text).toBe('Data Engineer');
  });
  test('a title with a slash stays whole: "Cook / Chef"', () => {
    expect(extract('Cook / Chef\nLeeds\nWe need a cook for our busy kitchen.').title?.text).toBe('Cook / Chef');
  });
});

describe('a language picker and a consent banner\'s buttons', () => {
  test('two or more languages\' own names on a line ("Deutsch | English") are the site\'s, as is "Language selection"', () => {
    const bank = extract('Skip to main content\nLanguage selection\nFrançais\nSearch\nJob Bank\ncook\nPosted on December 1, 2026 by Contoso Bistro Ltd.');
    expect([bank.title?.text, bank.company?.name]).toEqual(['cook', 'Contoso Bistro Ltd.']);
    const banner = 'This website uses cookies. Some are essential to make the site work; others help us see how you use it.';
    const text = [banner, 'Cookie settings', 'Only necessary', 'Allow all', 'Contoso Jobs', 'Schools and Studies', 'Families', 'Deutsch | English', 'Sign in', 'Nursing Assistant (m/f/d)', 'Tailspin Care GmbH', '04109 Leipzig, Saxony', 'Apply now', 'Tailspin Care GmbH runs three care homes in Leipzig. We need a nursing assistant for nights.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Nursing Assistant (m/f/d)', 'Tailspin Care GmbH']);
  });
  test('one language\'s name alone stays: a requirement under its heading', () => {
    const r = extract('Translator\nContoso Language Services\nLanguages\nEnglish\nGerman\nWe translate contracts.');
    expect(r.languages.map((l) => l.name)).toContain('English');
  });
});

describe("a list of other jobs' cards copied under the posting", () => {
  const cards = [
    'Site Reliability Engineer (Remote)', 'Site Reliability Engineer (Remote)', 'Litware Cloud', 'Sydney, New South Wales, Australia 3 days ago',
    'Data Engineer', 'Data Engineer', 'Adatum Analytics', 'Brisbane, Queensland, Australia 1 week ago',
    'Platform Engineer, Contract', 'Platform Engineer, Contract', 'Proseware Systems', 'Perth, Western Australia, Australia 2 weeks ago',
  ];
  const text = ['Backend Engineer', 'Tailspin Software', 'Melbourne, Victoria, Australia', 'About the job', 'You will build our billing services in Go.', 'Similar searches', ...cards].join('\n');

  test("is none of the posting's: no remote work, contract or place from it", () => {
    const r = extract(text);
    expect(r.workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual([]);
    expect(r.contractType).toEqual([]);
    expect(r.locations.map((l) => l.name)).toEqual(['Melbourne']);
  });

  test('one dated line, the posting\'s own ("Austin, TX 2 days ago"), stays', () => {
    expect(extract('Backend Engineer\nTailspin Software\nAustin, TX 2 days ago\n\nYou will build our billing services in Go.').location?.name).toBe('Austin');
  });
});

describe('a menu whose links a copy keeps between bars', () => {
  test.each([
    ['About · Privacy · Terms · Contact us', true],
    ['Jobs | Employers | Courses | Sign in | Register | Français', true],
    ['Data Engineer | Contoso | Austin, TX | Full-time', false],
    ['Remote | Full-time | $120k', false],
  ])('%s is the interface: %s', (line, expected) => expect(isInterfaceLine(line)).toBe(expected));
});

describe("a site's menu with a link to its remote jobs", () => {
  const remoteOf = (text: string) => extract(text).workplace.filter((w) => !w.negated).map((w) => w.value);

  test.each([
    ['Fabrikam Jobs\nJobs\nRemote\nCompanies\nGuides\nSalaries\nEvents\nSign In\nPayroll Specialist\nContoso\nDenver, CO\nYou will run our payroll from our Denver office.'],
    ['-   Find a job\n-   Media\n-   Remote\n-   For employers\n-   Log in\n\nPayroll Specialist\nContoso\nDenver, CO\nYou will run our payroll from our Denver office.'],
    // Its sign-in links run onto one line after it.
    ['Fabrikam Jobs\nJobs\nSalaries\nCompanies\nRemote\nBlog\nSign in Employers / Post a job\nPayroll Specialist\nContoso\nDenver, CO\nYou will run our payroll from our Denver office.'],
  ])('is no remote work of the posting under it: %#', (text) => {
    expect(remoteOf(text)).toEqual([]);
  });

  test('a "Remote" line under the title, among buttons, is the posting\'s', () => {
    expect(remoteOf('Payroll Specialist\nContoso\nRemote\nApply now\nSave\nYou will run our payroll.')).toEqual(['remote']);
  });

  test("a link in the site's footer, under the posting, is none of its terms", () => {
    const footer = ['Sign in', 'Contact us', 'Job search', 'Career advice', 'Work from home jobs', 'Browse jobs', 'Help', 'Privacy policy'];
    expect(remoteOf(['Payroll Specialist', 'Contoso', 'Denver, CO', 'You will run our payroll from our Denver office.', ...footer].join('\n'))).toEqual([]);
  });

  test('a details box\'s "Remote" under its label, among buttons, is the posting\'s', () => {
    expect(remoteOf('Payroll Specialist\nContoso\nApply now\nLocation\nRemote\nSave job\nShare\nYou will run our payroll.')).toEqual(['remote']);
  });

  test('the footer run onto one line with the page: "... Job search Recruiter directory Work from home Browse jobs ..."', () => {
    const page = 'Payroll Specialist Contoso Denver, CO You will run our payroll from our Denver office. Apply now Footer Contact us Job search Recruiter directory Work from home Browse jobs Career advice Privacy policy';
    expect(remoteOf(page)).toEqual([]);
  });

  test('cards of other jobs with a blank line between their parts, as Markdown and converters print them', () => {
    const card = (title: string, firm: string, ago: string) => [`-   ${title}`, '', `    ### ${title}`, '', `    #### ${firm}`, '', `    Leeds, England, United Kingdom ${ago}`, ''];
    const page = ['# Payroll Specialist', '', 'Contoso', '', 'Denver, CO', '', 'You will run our payroll from our Denver office.', '', 'Share', 'Save', '', '## Similar jobs', '', ...card('Payroll Officer', 'Northwind', '2 days ago'), ...card('Payroll Administrator', 'Fabrikam', '1 week ago'), ...card('Payroll Specialist (Remote, UK)', 'Adatum', '3 days ago'), ...card('Pensions Assistant', 'Tailspin', '5 days ago')].join('\n');
    expect(remoteOf(page)).toEqual([]);
  });

  test("an ATS's search results over the job it shows, each card dated 'Posted Today' or 'Posted 6 Days Ago', are none of the job's", () => {
    const card = (title: string, place: string, posted: string, id: number) => [title, 'locations', place, 'posted on', posted, String(id)];
    const page = ['Search for Jobs', '80 JOBS FOUND', ...card('Senior Product Manager', '2 Locations', 'Posted Today', 101), ...card('Key Account Manager, North America', 'Novi, Michigan', 'Posted 6 Days Ago', 102), ...card('Principal Sales Engineer', 'Boston, Massachusetts', 'Posted Yesterday', 103), ...card('Web Developer', 'Ottawa, Ontario', 'Posted 30+ Days Ago', 104), '1 - 20 of 80 jobs', 'Territory Account Manager', 'Apply', 'locations', 'Seattle, Washington', 'time type', 'Full time', 'Contoso Security is a leading provider of endpoint software. You will grow our accounts in the Pacific Northwest.'].join('\n');
    const r = extract(page);
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Territory Account Manager', 'Contoso Security', 'Seattle']);
    expect(r.locations.map((l) => l.name)).not.toContain('Novi');
  });

  test('one line\'s "work from home" that is no capitalised link stays the posting\'s', () => {
    expect(remoteOf('Payroll Specialist Contoso You may work from home Apply now Share')).toEqual(['remote']);
  });
});

describe('a long box of other jobs copied under the posting', () => {
  // Each card a title, an employer, a place, a job type: more lines than any run of the interface, all short.
  const card = (title: string, firm: string, place: string, type: string) => [type, title, `${firm} · ${place}`, '$22 - $26 / hour'];
  const page = [
    'Program Coordinator',
    'Harbor Reading Project',
    'Apply',
    'Save',
    'Job Type',
    'Part Time',
    'Location',
    'Baltimore, MD',
    'About the role',
    'You will coordinate our after-school tutoring programme in two schools.',
    'Similar Listings',
    ...card('Grant Writer (Contract)', 'Bayline Arts Alliance', 'Remote', 'CONTRACT'),
    ...card('Site Director', 'Open Pages Network', 'Philadelphia, PA', 'FULL TIME'),
    ...card('Volunteer Reading Buddy', 'Harbor Reading Project', 'Baltimore, MD', 'VOLUNTEER'),
    ...card('Development Associate', 'Potomac Futures', 'Washington, DC', 'FULL TIME'),
  ].join('\n');

  test("lends the posting none of its terms or ways of working, past the lines of the interface's run", () => {
    const r = extract(page);
    expect(r.employmentType.map((t) => t.value)).toEqual(['part_time']);
    expect(r.contractType).toEqual([]);
    expect(r.workplace).toEqual([]);
  });

  test("ends at the posting's own prose after its cards", () => {
    const r = extract(`${page}\nThis is a 12-month contract role, and the coordinator works with the site director every week.`);
    expect(r.contractType.map((t) => [t.value, t.mentions.map((m) => m.text)])).toEqual([['contract', ['12-month contract']]]);
  });
});

describe("a box of other jobs under a posting whose title ends in its terms ('Support Worker - Casual')", () => {
  test('is dropped with its heading: the title over it is a job\'s by its core', () => {
    const page = [
      'Find jobs', 'Sign in', 'Post a job',
      'Community Support Worker - Casual', 'Tailspin Care', 'Geelong VIC', '$38.50 an hour', 'Apply now',
      'About the role', 'You will support people with disability in their homes and in the community.',
      'Similar jobs',
      'Support Coordinator (Work from Home)', 'Fabrikam Pathways · Remote', '$85,000 a year · Full time',
      'Team Leader', 'Tailspin Care · Lara VIC', '$48 an hour · Part time',
    ].join('\n');
    const r = extract(page);
    expect(r.employmentType.map((t) => t.value)).toEqual([]);
    expect(r.workplace.map((t) => t.value)).toEqual([]);
    expect(r.contractType.map((t) => t.value)).toEqual(['casual']);
  });
});

describe('a box of other jobs under any heading a page gives one', () => {
  test('"Similar jobs found on Contoso Jobs", "Similar volunteer opportunities": its cards lend the posting nothing', () => {
    for (const heading of ['Similar jobs found on Contoso Jobs', 'Similar volunteer opportunities']) {
      const page = ['Find jobs', 'Sign in', 'ESL Tutor', 'Harbor Light Literacy', 'Lowell, MA', 'Apply', 'About the role', 'You will tutor adult learners in English two evenings a week at our Lowell centre.', heading, 'Remote Conversation Partner', 'English Bridges · Remote (US) · Flexible schedule', 'Online GED Math Tutor', 'Second Chance Learning · Remote · Evenings'].join('\n');
      expect(extract(page).workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual([]);
    }
  });

  test('"Also hiring at Contoso": the employer\'s other openings lend the posting nothing', () => {
    const page = ['Find Jobs', 'Log In', 'Line Cook', 'Ember & Salt Burger Co.', 'Austin, TX · Part Time', '$16 - $18 per hour', 'Apply', 'Our kitchen is looking for part-time Line Cooks for evening shifts.', 'Also hiring at Ember & Salt Burger Co.', 'Shift Leader', 'Round Rock, TX · Full Time', '$19 - $22 per hour', 'Cashier', 'San Marcos, TX · Part Time'].join('\n');
    expect(extract(page).employmentType.map((t) => t.value)).toEqual(['part_time']);
  });
});

describe("a box of other jobs whose last line begins a sentence the site's next line ends", () => {
  test("goes to the sentence's end, whose rest would otherwise run on from the line over the box", () => {
    const body = 'We are a small team building the tools that design teams use every day. You will own our product design end to end, from research through prototypes to the shipped screens, and work closely with the founders.';
    const text = ['Jobs', 'Companies', 'Sign in', 'Founding Product Designer', 'Contoso Labs', 'San Francisco, CA', body, 'Strong eye for typography and layout', 'Other jobs at Contoso Labs', ...['Software Engineer', 'Backend Engineer', 'Support Lead'].flatMap((job) => [job, 'fulltime', 'San Francisco, CA', '$130K - $150K', 'Apply']), 'Hundreds of', 'startups', 'are hiring on Contoso Jobs every single week.', 'Jobs', 'Events'].join('\n');
    const r = extract(text);
    expect(r.text).not.toContain('are hiring on Contoso Jobs');
    expect(r.text).toContain('Strong eye for typography and layout\n');
    for (const s of r.skills.flatMap((k) => k.mentions)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
