import { extract } from '../../src';
import { noBodyBetween } from '../../src/normalise/copied-page';

// A whole job page selected and copied (or a scraper's innerText): the site's menus, search box and banners over the
// posting's header, a footer's link columns under it.
const MENUS = [
  'Skip to main content',
  'Wingtip Careers',
  'Teams',
  'Locations',
  'Emerging Talent',
  'Life at Wingtip',
  'Benefits',
  'Stories',
  'Search jobs',
  'Keyword',
  'Location',
  'Sign in',
  'This button opens the list of search options, which will change the search inputs to match what you choose.',
  'Saved jobs',
].join('\n');
const BODY = [
  'Wingtip Toys makes wooden toys in a workshop in Portland and sells them in 400 shops.',
  'We are looking for a Production Planner to keep our workshop running on time.',
  'What you will do',
  'Plan the weekly production schedule',
  'Order timber and paint from our suppliers',
].join('\n');
const FOOTER = ['Company', 'Blog', 'Careers', 'Press', 'Security', 'Resources', 'Help', 'Contact'].join('\n');

const page = (header: string) => `${MENUS}\n${header}\n${BODY}\n${FOOTER}`;

describe('a whole page copied as text: the header is where the details gather, past the menus', () => {
  test('the title over its place, pay and apply button; the employer under it', () => {
    const r = extract(page('Production Planner\nWingtip Toys\nPortland, OR\n$62,000 - $70,000 a year - Full-time\nApply now'));
    expect(r.title?.text).toBe('Production Planner');
    expect(r.company?.name).toBe('Wingtip Toys');
    expect(r.location?.city).toBe('Portland');
  });

  test.each([['VP of Engineering'], ['Chief of Staff'], ['Head of Production']])('an executive\'s title, its head before "of": "%s"', (title) => {
    const r = extract(page(`${title}\nWingtip Toys\nPortland, OR\n$162,000 - $190,000 a year - Full-time\nApply now`));
    expect(r.title?.text).toBe(title);
    expect(r.company?.name).toBe('Wingtip Toys');
  });

  test('a title, its place line with the department and the number of the job', () => {
    const r = extract(page('Production Planner - Operations\nPortland, OR - Job ID 4417 - Full-time\nApply'));
    expect(r.title?.text).toBe('Production Planner - Operations');
  });

  test('a title with only its place under it', () => {
    expect(extract(page('Production Planner\nPortland, Oregon, United States')).title?.text).toBe('Production Planner');
  });

  test("a title that ends in a place of its own is no line of details (a menu's line over it is no title)", () => {
    expect(extract(page('Test Viewer\nProduction Planner - Oregon\nPortland, OR\nApply now')).title?.text).toBe('Production Planner - Oregon');
  });

  test('what the search box holds, in small letters over its place and filter, is no title: the title that names it is', () => {
    const search = 'Find jobs\nSign in\nbarista\nMelbourne VIC\nWork type\nFull time\nPart time\nContract/Temp\nCasual/Vacation';
    const r = extract(`${search}\nBarista - Part Time\nWingtip Toys\nFitzroy, Melbourne VIC\nHospitality & Tourism (Baristas & Bar Staff)\nPart time\n$28.50 - $32 per hour\nPosted 2d ago\n${BODY}`);
    expect(r.title?.text).toBe('Barista - Part Time');
    expect(r.company?.name).toBe('Wingtip Toys');
  });

  test('a search box\'s words under its "What", over its "Where", are no title either', () => {
    const search = 'Search jobs\nSign in\nWhat\ncare assistant\nWhere\nLeeds\nDistance\n10 miles\nSearch';
    const r = extract(`${search}\nCare Assistant - Days\nWingtip Care Homes Ltd\nRoundhay, Leeds, West Yorkshire LS8\n£12.60 per hourFull-timePermanent\nPosted 4 days ago\n${BODY}`);
    expect(r.title?.text).toBe('Care Assistant - Days');
  });

  test("an employer's logo drawn as its initials over the title is no title", () => {
    const head = 'Wingtip Jobs\nTeaching jobs Online teaching Get certified Resources For schools\nLog in Sign up\nSearch jobs\nHome › Teaching jobs › United States › Science Teacher (J-1 Sponsored)';
    const details = 'Portland, Oregon, United States $59,000 - $65,500 USD / year Full-time\nApply now\nSave job\nJob summary';
    const r = extract(`${head}\nWT\nScience Teacher (J-1 Sponsored)\nWingtip Academies\n${details}\nWingtip Academies runs six public charter schools on the east side of Portland.`);
    expect(r.title?.text).toBe('Science Teacher (J-1 Sponsored)');
  });

  test("a footer's column of links under \"Company\" is no Company row", () => {
    const r = extract(page('Production Planner\nOperations\nPortland, OR\nFull-time\nApply'));
    expect(r.company?.name).not.toBe('Blog');
  });

  test("a footer's \"Company\" over its last link and the copyright line, the column's other links dropped, is no Company row", () => {
    const r = extract(`${MENUS}\nProduction Planner\nPortland, OR\nFull-time\nApply now\n${BODY}\nCompany\nAbout\nContact\nPrivacy\nTerms\n© 2025 Wingtip Jobs.`);
    expect(r.company?.name).not.toBe('Terms');
  });

  test('a link to the jobs over the title and its place is no employer', () => {
    const r = extract('Wingtip Toys\nCareers\nLife at Wingtip\nStories\nBlog\nView Jobs\nProduction Planner\nPortland, OR, United States\nOperations\n' + BODY);
    expect(r.title?.text).toBe('Production Planner');
    expect(r.company?.name).toMatch(/^Wingtip/);
  });

  test("a title line of parts, under a site's menu word that is no employer", () => {
    const r = extract(page('Recruiters\nProduction Planner | Onsite | Oregon\nPortland, OR\nFull time\nPosted 4d ago'));
    expect(r.title?.text).toBe('Production Planner | Onsite | Oregon');
    expect(r.company?.name).not.toBe('Recruiters');
  });

  test("a Company row whose value is a site's word is none", () => {
    expect(extract('Production Planner\nCompany\nJobs\n\nWingtip Toys makes wooden toys.').company?.name).not.toBe('Jobs');
  });

  test('a Company row of a details box still names the employer', () => {
    const r = extract('Production Planner\nCompany\nWingtip Toys\nLocation\nPortland, OR\n\nPlan the weekly production schedule.');
    expect(r.company?.name).toBe('Wingtip Toys');
  });
});

describe('text that is no copied page keeps its own title', () => {
  test('a posting that opens with its title, with a details block further down', () => {
    const text = 'Production Planner\nWe plan what our workshop makes each week, and you will run that plan.\nYou will order timber and paint and talk to our suppliers every day.\nPlan the schedule\nOrder materials\nTalk to suppliers\nReport delays\nStore Supervisor\nPortland, OR\nFull-time\nApply now';
    expect(extract(text).title?.text).toBe('Production Planner');
  });

  test("a feed's description, its sentences run together, keeps the title line over it", () => {
    const r = extract('Registered Manager Hampshire\nRegistered Home Manager  Winchester  Full time  Permanent  Our client is looking for a registered manager for a care home near Winchester.');
    expect(r.title?.text).toBe('Registered Manager Hampshire');
  });
});

describe("an app's announcement of the page it drew", () => {
  test('names the title under it, a title with no job noun too', () => {
    const text = ['Skip to main content', 'English', 'Sign In', 'Careers Page', 'Supply Planning PMO II page is loaded', 'Supply Planning PMO II', 'Apply', 'locations', 'Warsaw', 'time type', 'Full time', 'We plan the supply of our four factories and are looking for a planner to run the weekly cycle.'].join('\n');
    expect(extract(text).title?.text).toBe('Supply Planning PMO II');
  });
  test("a search page's announcement names no title", () => {
    const text = ['Search for Jobs page is loaded', 'Search for Jobs', '80 JOBS FOUND', 'Territory Manager', 'Leeds', 'Sell our products to the garages of the north.'].join('\n');
    expect(extract(text).title?.text).not.toBe('Search for Jobs');
  });
});

describe('a title that names the genders it is open to, as German- and French-speaking boards print it', () => {
  test.each(['Backend Entwickler Logistiksoftware (m/w/d)', 'Ingénieur Qualité Fournisseurs (H/F)'])('%j is the title over its employer and place', (title) => {
    const menus = ['Find a job', 'Explore companies', 'Compare salaries', 'Recruiter Area', 'Deutsch', 'Français', 'English', 'Login', 'Select Language'];
    const text = [...menus, title, 'Fabrikam AG', 'Basel', 'Apply', 'Key information', 'Contract type: Permanent', 'Wir suchen eine erfahrene Person für unser Team in Basel, die unsere Software weiterentwickelt.'].join('\n');
    expect(extract(text).title?.text).toBe(title);
  });
});

test('a title that names its level is the title over the details: "Data Engineering II"', () => {
  const text = ['Experience', 'Work site', 'Profession', 'Discipline', 'Role type', 'Employment type', 'Show similar jobs', 'Data Engineering II', 'Cambridge, Massachusetts, United States', 'Apply', 'Share job', 'Date posted', 'Nov 03, 2026', 'We are seeking an engineer to join our device management team and build its data pipelines.'].join('\n');
  const r = extract(text);
  expect([r.title?.text, r.location?.city]).toEqual(['Data Engineering II', 'Cambridge']);
});

test("a board that prints the title under its details: the employer, place, dates and terms, then the title", () => {
  const text = ['×', 'Seems you have changed your email address!', 'Do you wish to update your email address in your profile?', 'Yes', 'No', 'Fabrikam Pharma (Pvt) Ltd', 'Kandy, Sri Lanka', 'Closing Date:', '10/07/2026 Job Ref No: 1517700', 'Full Time', 'Apply by email', 'Accounts Executive', 'Apply for jobs from your account', 'We are looking for an accounts executive to keep our books and prepare the monthly accounts.'].join('\n');
  const r = extract(text);
  expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Accounts Executive', 'Fabrikam Pharma (Pvt) Ltd', 'Kandy']);
});

describe("a board's summary and details rows in a copied page", () => {
  const BODY = 'Contoso Panels is a family workshop in Mount Maunganui. We are looking for an experienced panel beater to join our team of six.';

  test("a one-sentence summary between the title and its employer and place does not hide the title", () => {
    const text = ['Marketplace Property Motors Jobs Services Log in Register', 'Home / Jobs / Automotive / Listing #123456', 'Automotive technicians', 'Panel Beater', 'Fix dented cars in a bright modern workshop, with a four-day week on offer for the right person.', 'Contoso Panels Ltd', 'Tauranga, Bay of Plenty', 'Apply now', 'Add to Watchlist', BODY].join('\n');
    expect([extract(text).title?.text, extract(text).company?.name]).toEqual(['Panel Beater', 'Contoso Panels Ltd']);
  });

  test('a details row that ends in an adjective ("Duration Permanent") over the employer\'s row is no title', () => {
    const text = ['Home / Jobs / Automotive / Listing #123456', 'Panel Beater', 'Contoso Panels Ltd', 'Mount Maunganui workshop', 'Tauranga, Bay of Plenty', 'Job type Full time', 'Duration Permanent', 'Company Contoso Panels Ltd', 'Description', BODY].join('\n');
    expect(extract(text).title?.text).toBe('Panel Beater');
  });

  test.each(['Diesel Mechanic', 'Flight Paramedic', 'Legal Secretary', 'Patent Attorney'])('%j is a title over its employer and place', (title) => {
    const text = ['Jobs Companies Salaries Sign in', 'Home / Jobs / Listing #123456', 'Automotive', title, 'Contoso Ltd', 'Tauranga, Bay of Plenty', 'Full time', 'Apply now', BODY].join('\n');
    expect(extract(text).title?.text).toBe(title);
  });
});

describe('pages whose header the menus alone do not announce', () => {
  const BANNER = 'Contoso Jobs and our partners use cookies to personalise content and measure how the site is used. You can accept all cookies or manage your preferences at any time.';

  test('a cookie banner\'s sentences over a short menu: the title over its details, not the banner', () => {
    const text = [BANNER, 'JobsCompaniesSalaries', 'Log inSign up', 'Backend Engineer, Payments', 'Relecloud', '£70k – £85k', 'London', 'Hybrid (2 days in office)', 'About Relecloud', 'Relecloud runs ticketing for live venues across the UK. We are growing into the Nordics next year.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Backend Engineer, Payments', 'Relecloud']);
  });

  test("a search box's place over the title is no header's: the title is over the next cluster of details", () => {
    const text = [BANNER, 'All Categories', 'Public Safety', 'All Locations', 'Meridian, ID', 'Back to Job Listings', 'Police Records Technician', 'Salary', '$21.87 - $28.43 Hourly', 'Location', 'Boise, ID', 'Job Type', 'Full-Time', 'The records technician keeps the office\'s case files in order. You will answer requests from the public and the courts.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.location?.city]).toEqual(['Police Records Technician', 'Boise']);
  });

  test('a label on its own line over the place and an address between the title and its details', () => {
    const text = [BANNER, 'HomeSearch JobsBenefits', 'Registered Nurse - ICU (Nights)', 'Job Location', 'Contoso Medical Center - Phoenix', '1200 N Central Ave', 'Phoenix, Arizona, 85004, United States', 'Job Type', 'Full Time', 'Pay Range', '$38.50 - $52.75 / Hour', 'Position Summary', 'Our intensive care unit needs a night nurse. You will care for critically ill adults.'].join('\n');
    expect(extract(text).title?.text).toBe('Registered Nurse - ICU (Nights)');
  });

  test('labels and their values between the title and its details are passed over ("Institution:" / "Woodgrove College")', () => {
    const text = ['Contoso Jobs uses cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.', 'OK', 'Search Jobs | Admin | Faculty | Post a Job | Login', 'Keyword: Location:', 'All States', 'New Hampshire', 'Vermont', 'Maine', 'Home > Faculty Jobs > Chemistry', 'Assistant Professor of Chemistry', 'Woodgrove College', 'Institution: Woodgrove College', 'Location: Burlington, VT', 'Category: Faculty - Science', 'Posted: 11/30/2026', 'Type: Full-Time', 'The Department of Chemistry at Woodgrove College invites applications for a tenure-track position. Teaching begins in the autumn.', 'Similar Jobs', 'Visiting Professor of Chemistry', 'Wingtip University', 'Hanover, NH', '$62,000'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.location?.city]).toEqual(['Assistant Professor of Chemistry', 'Burlington']);
  });
});

describe("a site's menu bar and breadcrumb trail, as a scraper copies them", () => {
  const body = 'Adatum Freight moves parcels across Kenya.\nPrepare the monthly management accounts.';
  test('a menu bar whose links are glued into one line is no title ("JobsCompaniesFor EmployersLog inSign up")', () => {
    const r = extract(`We use cookies to personalise your experience.\nAccept\nJobsCompaniesFor EmployersLog inSign up\nAccountant\nAdatum Freight\nNairobi\n${body}`);
    expect([r.title?.text, r.company?.name]).toEqual(['Accountant', 'Adatum Freight']);
  });
  test('the line under a trail that restates its last crumb is the title, past the menus over it', () => {
    const r = extract(`We use cookies to improve your site.\nAccept\nFind a Job\nHire Talent\nFind a Branch\nSign In\nHome > Jobs > Jobs in Memphis, TN > Forklift Operator\nForklift Operator\nLocation:Memphis, TN 38118\n${body}`);
    expect(r.title?.text).toBe('Forklift Operator');
  });
  test('a trail of two crumbs by an arrow is the site\'s line too ("Adatum Freight › Finance")', () => {
    const r = extract(`This website uses cookies.\nOnly necessary\nAllow all\nAll jobsWebsiteNL\nAdatum Freight › Finance\nFinance Manager\nNairobi·Full-time·KSh 300,000 per month·Hybrid\nApply for this job\nAbout Adatum Freight\n${body}`);
    expect(r.title?.text).toBe('Finance Manager');
  });
});

describe("a cookie banner in another language, over a copied page's header", () => {
  test.each([
    ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios.\nRechazar\nConfigurar\nAceptar y cerrar', 'Técnico de Mantenimiento', 'Contoso Ibérica S.L.', 'Zaragoza', 'Buscamos un técnico de mantenimiento para nuestra planta.'],
    ['Używamy plików cookie, aby strona działała poprawnie.\nAkceptuję\nUstawienia', 'Specjalista ds. Księgowości', 'Northwind Polska Sp. z o.o.', 'Kraków', 'Prowadzenie ksiąg rachunkowych spółek z grupy.'],
    ['Vi bruger cookies til statistik.\nTillad alle\nKun nødvendige', 'Lagermedarbejder', 'Fabrikam A/S', 'Aalborg', 'Vi søger en lagermedarbejder til vores nattehold.'],
  ])('%s: its buttons are neither title nor employer', (banner, title, company, place, body) => {
    const r = extract(`${banner}\n${title}\n${company}\n${place}\n${body}`);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
});

describe('a title of one word over the details', () => {
  test('a job\'s noun alone over its place, terms and pay is the title, not the menu line over it', () => {
    const r = extract('Jobs\nCV Services\nBlog\nAccountant\nby Adatum Freight\nNairobi · Full Time · KSh 80,000 - 120,000\nAdatum Freight moves parcels across Kenya.\nPrepare the monthly management accounts.');
    expect([r.title?.text, r.company?.name]).toEqual(['Accountant', 'Adatum Freight']);
  });
  test('"by" alone on its line goes with the name under it, as text taken node by node gives it', () => {
    const r = extract('Accountant\nby\nAdatum Freight\nNairobi\nAdatum Freight moves parcels across Kenya.\nPrepare the monthly management accounts.');
    expect(r.company?.name).toBe('Adatum Freight');
  });
});

describe('menus the interface took most lines of', () => {
  test("the title over the details, not a search box's value left over the menus ('Western Cape')", () => {
    const r = extract('CareerHub uses cookies to ensure you get the best experience. More info\nGot it\nFind jobs Recruiters Career advice Log in\nWestern Cape\nSearch\nJunior Software Developer\nLitware\nCape Town, Northern Suburbs\nPermanent\nPosted 28 Nov 2026\nApply\nLitware builds fleet-tracking software for logistics companies.\nWe are looking for a Junior Software Developer to join our web team.');
    expect([r.title?.text, r.company?.name]).toEqual(['Junior Software Developer', 'Litware']);
  });
});

describe('a menu bar glued into one line, some of its links still spaced', () => {
  test('is the site\'s, and the title is the line under it', () => {
    const r = extract('Search jobsSalaries Career adviceEmployers Sign in\nPayroll Officer\nContoso Ltd\nBristol\n£28,000 - £32,000 per annum\nWe are looking for a Payroll Officer to join our finance team.');
    expect([r.title?.text, r.company?.name]).toEqual(['Payroll Officer', 'Contoso Ltd']);
  });
});

describe("a converter's cookie banner, wrapped and glued", () => {
  test('the lines that go on with its sentence are the banner\'s, and two buttons glued into one line are no employer', () => {
    const r = extract('Utilizamos cookies propias y de terceros para mejorar nuestros servicios y\nmostrarte publicidad relacionada con tus preferencias. Más información\n\nAkceptujęUstawienia\nTécnico de Mantenimiento\nContoso Ibérica S.L.\nZaragoza\nBuscamos un técnico de mantenimiento para nuestra planta.');
    expect([r.title?.text, r.company?.name]).toEqual(['Técnico de Mantenimiento', 'Contoso Ibérica S.L.']);
  });
  test('a long line that ends on a word goes on into the next, whatever its case', () => {
    const r = extract('Używamy plików cookie, aby strona działała poprawnie i aby dopasować treści do\nTwoich zainteresowań. Dowiedz się więcej\nSpecjalista ds. Księgowości\nNorthwind Polska Sp. z o.o.\nKraków\nProwadzenie ksiąg rachunkowych spółek z grupy.');
    expect(r.title?.text).toBe('Specjalista ds. Księgowości');
  });
});

describe('copied pages of boards in other markets', () => {
  test("a search box's place over the header is no title, and a town with its suburb is the place under one", () => {
    const r = extract('Find jobs Post a job Sign in\nGauteng\nSearch\nJunior Accountant\nFabrikam\nJohannesburg, Northern Suburbs\nMarket related\nPermanent\nPosted 2 days ago\nWe are looking for a Junior Accountant to join our finance team in Rosebank.');
    expect([r.title?.text, r.company?.name]).toEqual(['Junior Accountant', 'Fabrikam']);
  });
  test('a menu in Spanish, glued, and the title printed twice over the registered name', () => {
    const r = extract('Buscar ofertasMi CVMis inscripcionesEmpresasAcceder\nValencia\nBuscar\nInicio\nOfertas de trabajo en Valencia\nAdministrativo/a de Compras\nAdministrativo/a de Compras\nNorthwind Levante S.L.\nValencia\nPublicada hace 2d\nSalario: 20.000€ - 23.000€ Bruto/año\nEn Northwind Levante buscamos un/a administrativo/a para el departamento de compras.');
    expect([r.title?.text, r.company?.name]).toEqual(['Administrativo/a de Compras', 'Northwind Levante S.L.']);
  });
  test("the site's logo over a title whose registered employer is the line under it", () => {
    const r = extract('Job searchProfileCareer adviceCompany reviews\nSign in Employer site\nTALENTHUB\nWarehouse Supervisor\nAdatum Logistics Limited\nTsuen Wan, New Territories Logistics Full time HK$20,000 – HK$24,000 per month\nPosted 3d ago\nQuick apply\nWe are looking for a Warehouse Supervisor to lead our night shift.');
    expect([r.title?.text, r.company?.name]).toEqual(['Warehouse Supervisor', 'Adatum Logistics Limited']);
  });
  test("an employer over an executive's title the text restates after 'As'", () => {
    const r = extract('JobsCoursesBlogLog in\nTailspin Water\nHead of Operations\nRemote (UK)Full-time£65,000 - £75,000\nAbout Tailspin Water\nTailspin Water builds filtration units for rural schools.\nAs Head of Operations you will run our supply chain and installation partners.');
    expect([r.title?.text, r.company?.name]).toEqual(['Head of Operations', 'Tailspin Water']);
  });
});

describe('a page copied from a board in another language', () => {
  // A Spanish board's menus and search box over the header, its date of posting in Spanish.
  const MENU_ES = ['Usamos cookies propias y de terceros para mejorar tu experiencia.', 'Aceptar', 'Buscar empleosEmpresasSalariosMi áreaPublicar ofertasIngresar', 'Cargo o categoría', 'Lugar', 'Empleos', 'Empleos en Medellín'].join('\n');
  test('a title our job nouns miss, which the body restates in small letters, over the pay and the date of posting', () => {
    const r = extract(`${MENU_ES}\nAuxiliar de Bodega\nNorthwind Logística S.A.S. 4,1\nMedellín, Antioquia\n$ 1.500.000,00 (Mensual)\nHace 2 días\nPostularme\nNorthwind Logística requiere auxiliar de bodega con experiencia en alistamiento de pedidos.\nFunciones:\n- Recepción de mercancía.`);
    expect([r.title?.text, r.company?.name]).toEqual(['Auxiliar de Bodega', 'Northwind Logística S.A.S.']);
  });
  test('a Romance title with its noun first ("Analista de Cuentas a Pagar")', () => {
    const r = extract(`${MENU_ES}\nPublicado hace 5 días\nAnalista de Cuentas a Pagar\nContoso Argentina S.A.\nRosario, Santa Fe\nFull-time\nPostularme\nContoso Argentina S.A. busca un Analista de Cuentas a Pagar para su sede.\nRequisitos:\n- Experiencia de 2 años.`);
    expect(r.title?.text).toBe('Analista de Cuentas a Pagar');
  });
  test("a dialog's short answer the body happens to restate is no title (\"No\" of \"no night shift\")", () => {
    const r = extract('Close\nYour session is about to expire.\nDo you want to stay signed in?\nYes\nNo\nNorthwind Traders (Pvt) Ltd\nColombo, Sri Lanka\nClosing Date: 10/12/2026 Job Ref No: 4417\nFull Time\nApply by email\nPrint\nStore Keeper\nApply for jobs from your account\nWe need a store keeper. There is no night shift.');
    expect([r.title?.text, r.company?.name]).toEqual(['Store Keeper', 'Northwind Traders (Pvt) Ltd']);
  });
});

describe("a startup's careers page and a remote board, copied", () => {
  test("the menu's last link over the title is no employer (\"Book a demo\"), where the posting never names it again", () => {
    const r = extract('Woodgrove\nProduct\nPricing\nCustomers\nCareers\nLog in\nBook a demo\nHead of Growth\nLondon, UK (Hybrid)\nFull-time\n£85,000 – £100,000 + options\nApply now\nAbout Woodgrove\nWoodgrove makes payroll simple for small businesses across the UK and Ireland.\nThe role\nYou will own acquisition end to end and lead a team of four.');
    expect(r.title?.text).toBe('Head of Growth');
  });
  test("a breadcrumb trail's last crumb names the title under the employer's line", () => {
    const r = extract('JobsCompaniesSalariesLog inSign up\nRemote jobs / Customer support / Customer Support Specialist\nNorthwind Cloud\nCustomer Support Specialist\nRemote · Full Time · $55k - $65k\nApply now\nNorthwind Cloud is looking for a Customer Support Specialist to help small businesses with their hosting.');
    expect([r.title?.text, r.company?.name]).toEqual(['Customer Support Specialist', 'Northwind Cloud']);
  });
});

describe("a board's details run into one line under the employer, its logo over the title", () => {
  test('the logo is no title; the details are pay and terms', () => {
    const r = extract('Job searchProfileCareer adviceCompany reviews\nTALENTNET\nRegistered Nurse - Theatres\nWoodgrove Health\nDunedin Central, Otago Nursing (Healthcare & Medical) Full time $38 – $44 per hour\nPosted 3d ago\nWoodgrove Health runs two private hospitals in Otago. Our Dunedin hospital is looking for a Registered Nurse for its theatre team.');
    expect([r.title?.text, r.company?.name]).toEqual(['Registered Nurse - Theatres', 'Woodgrove Health']);
  });
});

describe('a board whose menus and search filters stand over a header without details', () => {
  test('a menu between bars is the site\'s, and the title is the line over the registered employer', () => {
    const r = extract('Jobs | Employers | Courses | Tenders | Sign in | Register | Français\nCategory\nAccounts/Finance\nLocation\nAccra\nKumasi\nTakoradi\nSenior Accountant - Payables\nNorthwind Textiles Ltd.\nJob Context\nNorthwind Textiles Ltd. is a spinning mill with 2,000 employees. We are looking for a senior accountant for our head office.\nJob Responsibilities\nRun the supplier payments cycle and reconcile the ledgers every month.');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Accountant - Payables', 'Northwind Textiles Ltd.']);
  });
});

describe("an ATS's page copied: a link back to the list, a team beside the place, the body's opening names the employer", () => {
  test("a link to the list over the title is no employer (\"< View all open positions\"), nor the team under it; the body's opening \"X is a ...\" is", () => {
    const r = extract('< View all open positions\nDental Nurse\nClinical Team - Truro, Cornwall\nAbout us\nHarbour Dental Practice is a four-surgery, family-run practice in the centre of Truro.\nWhat you will do\nSupport the dentists chairside and keep the surgery ready.');
    expect([r.title?.text, r.company?.name]).toEqual(['Dental Nurse', 'Harbour Dental Practice']);
  });
  test('"View All Positions" over the title is the site\'s link, and the body names the employer', () => {
    const r = extract('View All Positions\nCompany Website\nRoute Planner\nAtlanta, GA\nFull-Time\nApply to Position\nLitware Lawn Care is a family business that mows 900 lawns a week across metro Atlanta.\nThe Job\nPlan the daily routes of our crews.');
    expect(r.company?.name).toBe('Litware Lawn Care');
    // (Not a sentence that goes on with the agency's work, nor a title run into "This is a".)
    expect(extract('Senior Care Assistant\nNorthwind Care is working with a residential home in Exeter to find a senior care assistant for nights.').company?.name).toBeUndefined();
    expect(extract('Graduate Software Tester\nGraduate Software Tester This is a great opportunity to join a growing team in Dorking.').company).toBeNull();
  });
});

describe("a board's search radius, a German careers site's menu and terms", () => {
  test('a search box\'s radius ("15 miles") is no title; the title is over "Posted ... by" its employer', () => {
    const r = extract('Woodgrove Jobs\nJobs\nUpload CV\nCareer Advice\nCompanies\nRecruiters\nSign in\nRegister\n15 miles\nFind jobs\nPlumbing Engineer\nPosted 2 days ago by Northwind Heating Services\nSalary:\n£18 - £21 per hour\nLocation:\nLeeds, West Yorkshire\nJob Type:\nContract\nWe are looking for a gas safe plumbing engineer.');
    expect([r.title?.text, r.company?.name]).toEqual(['Plumbing Engineer', 'Northwind Heating Services']);
  });
  test('"Alle Stellenangebote" is the menu, a language\'s name no employer (the body\'s registered name is), and "Festanstellung, Vollzeit" the terms', () => {
    const r = extract('Alle Stellenangebote Website\nDeutsch\nEnglish\nVertriebsinnendienst (m/w/d)\nFestanstellung, Vollzeit · Freiburg\nJetzt bewerben\nÜber uns\nDie Breisgau Armaturen GmbH fertigt seit 1950 Ventile für die Industrie.');
    expect([r.title?.text, r.company?.name]).toEqual(['Vertriebsinnendienst (m/w/d)', 'Breisgau Armaturen GmbH']);
  });
});

describe('a box of other jobs under "More open positions"', () => {
  test("its jobs' remote work is not this job's", () => {
    const r = extract('Product Designer\nHamburg, Germany\nHybrid\nFull-time\nApply now\nWe build booking software for electric van fleets. You will own our driver app end to end.\nRequirements\n3+ years designing mobile products\nMore open positions\nSenior Backend Engineer · Remote (Germany)\nWerkstudent Sales (m/w/d) · Berlin');
    expect(r.workplace.filter((w) => !w.negated).map((w) => w.value)).toEqual(['hybrid']);
  });
});

describe("a board's details box copied over the title", () => {
  test('its rows, label over value, are no title', () => {
    const rows = ['Location', 'Denver, CO', 'Employment Type', 'Full time', 'Location Type', 'Hybrid', 'Department', 'Engineering', 'Compensation', '$150K – $180K'];
    const text = [...rows, 'Senior Platform Engineer', 'Overview', 'Litware builds scheduling software for clinics. We are looking for a Senior Platform Engineer to run our cloud.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Senior Platform Engineer', 'Litware', 'Denver']);
  });

  test('a title over one line of its details is no row', () => {
    expect(extract('Lagerarbeiter\nVollzeit · Berlin\nJetzt bewerben\nWir suchen Verstärkung für unser Lager.').title?.text).toBe('Lagerarbeiter');
  });
});

describe("an employer's card over the title", () => {
  test('its name, over a tagline and its size, is the employer', () => {
    const text = ['Find a job', 'Find a company', 'Log in', 'Sign up', 'Adatum', 'Payments for small shops', '51-200 employees', 'Backend Engineer', 'London', 'Hybrid', '£60k - £75k', 'Apply', 'What the job involves', 'Build our API in Go.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual(['Backend Engineer', 'Adatum', 'company/card-over-title']);
  });

  test('a tagline in small letters is no name', () => {
    const r = extract(['Sign in', 'Payments for small shops', '51-200 employees', 'Backend Engineer', 'London', 'Build our API in Go.'].join('\n'));
    expect(r.company?.name).not.toBe('Payments for small shops');
  });
});

describe('a page copied node by node', () => {
  test('"Posted ... by" ends its line, the poster\'s name on the next', () => {
    const text = ['Jobs', 'Courses', 'Career advice', 'Sign in', 'Payroll Officer', 'Posted 2 December by', 'Fabrikam Recruitment', 'Featured', '£26,000 - £28,000 per annum', 'Leicester, Leicestershire', 'Apply now', 'Save', 'Fabrikam Recruitment is working with a growing business in Leicester to recruit a Payroll Officer.'].join('\n');
    expect(extract(text).company?.name).toBe('Fabrikam Recruitment');
  });

  test("a board's words for screen readers on a line of their own are its interface", () => {
    const text = ['Find jobs', 'Sign in', 'Company reviews', 'Forklift Driver', '- job post', 'Northwind Logistics', 'Leeds LS11', '£12.60 an hour', 'Apply now', 'Save', 'We are recruiting forklift drivers.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Forklift Driver', 'Northwind Logistics']);
  });
});

describe('pages in other languages, copied whole', () => {
  test("a cookie banner's heading over its sentence and buttons, in Norwegian, is the banner's; a labelled title is the title", () => {
    const text = ['Vi bryr oss om personvernet ditt', 'Contoso og våre partnere bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse.', 'Godta alle', 'Avvis alle', 'Administrer valg', 'Jobb / Troms / Tromsø', 'Fabrikam omsorgssenter AS', 'Stillingstittel', 'Sykepleier', 'Frist', '04.06.2026', 'Fabrikam omsorgssenter er et sykehjem med 64 plasser. Vi har ledig 80 % fast stilling som sykepleier.'].join('\n');
    expect(extract(text).title?.text).toBe('Sykepleier');
  });

  test('an Italian banner that writes the plural "cookie" is a cookie banner, and its heading no title', () => {
    const text = ['La tua privacy è importante per noi', 'Noi e i nostri partner utilizziamo cookie e tecnologie simili per misurare le prestazioni.', 'Magazziniere notturno', 'Contoso Logistica', 'Cerchiamo un magazziniere per il turno di notte nel nostro deposito di Bergamo. Userai il palmare per il prelievo.'].join('\n');
    expect(extract(text).title?.text).toBe('Magazziniere notturno');
  });

  test("in any language, the line over the employer's registered name over the details is the title", () => {
    const text = ['Offerte di lavoro', 'Il mio CV', 'Aziende', 'Stipendi', 'Accedi', 'Registrati', 'Impiegato/a amministrativo/a contabile', 'Contoso Ferramenta S.r.l.', 'Bergamo (BG) · Presenza in sede', 'Pubblicata 6 gg fa', 'Candidati', "Contoso Ferramenta è un'azienda di Bergamo. Cerchiamo una persona per la contabilità generale e i rapporti con le banche."].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Impiegato/a amministrativo/a contabile', 'Contoso Ferramenta S.r.l.']);
  });

  test("the trail's last crumb restated under a reference row the normaliser broke at its labels", () => {
    const text = ["Contoso utilise des cookies pour mesurer l'audience du site.", 'Tout accepter', "Offres d'emploi", 'Services et accompagnement', 'Conseils et actualités', 'Rechercher', "Accueil > Candidat > Offres d'emploi > Responsable contrôle de gestion H/F", 'Réf. Contoso : 176543210W · Réf. Société : FAB-CDG-07', 'Responsable contrôle de gestion H/F', 'Fabrikam Cosmétiques', 'CDI', 'Lyon 03 - 69', 'Postuler', 'Fabrikam Cosmétiques fabrique des soins pour la peau à Lyon. Vous piloterez le budget et les clôtures mensuelles.'].join('\n');
    expect(extract(text).title?.text).toBe('Responsable contrôle de gestion H/F');
  });

  test('a trail that ends with the employer restates it under the title: the line between is the title', () => {
    const text = ['We use cookies to keep you logged in.', 'OK', 'Remote JobsCompaniesSalaries', 'Post a jobSign upLog in', 'Remote Jobs / Remote Golang Jobs / Fabrikam', 'Senior Backend Engineer (Go)', 'Fabrikam', 'US-only', '$140k - $175k', 'Full-time', 'Fabrikam builds ledgers for small banks. You will own our payments services.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Backend Engineer (Go)', 'Fabrikam']);
  });

  test('a business named with its article ("The Wren & Anchor") is no title, whatever its last word', () => {
    const text = ['We use cookies to improve your experience.', 'Accept all', 'Find jobsChef jobsBar jobs', 'Home › Jobs › Bar staff jobs in Brighton', 'Casual Bar & Floor Team Member', 'The Wren & Anchor', 'Brighton, East Sussex', '£12.60 - £13.40 per hour', 'Part time', 'Posted 1 day ago', 'The Wren & Anchor is a seaside pub in the Lanes. We are looking for friendly bar staff for the summer.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Casual Bar & Floor Team Member', 'The Wren & Anchor']);
  });

  test('a French title ending in -eur over its employer and details, the euro sign after the pay', () => {
    const text = ['Contoso utilise des cookies pour personnaliser le contenu.', 'Tout accepter', 'AccueilAvis sur les entreprisesEstimer son salaire', 'Emplois › Emplois à Nantes', 'Chauffeur Livreur', 'Transports Fabrikam', 'Nantes (44)', '12,50 € par heure - Temps partiel', 'Postuler maintenant', 'Transports Fabrikam livre les commerces de Nantes. Vous assurerez les tournées du matin.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Chauffeur Livreur', 'Transports Fabrikam']);
  });

  test("a banner's heading in capitals in Swedish, and the trail from the site's home page, are the site's", () => {
    const text = ['VI ANVÄNDER KAKOR', 'Vi använder kakor för att webbplatsen ska fungera och för statistik.', 'Startsida / Platsbanken / Sökresultat', 'Bussförare till linjetrafik', 'Fabrikam Trafik AB', 'Västerås', 'Heltid', 'Fabrikam Trafik kör stadsbussar i Västerås. Vi söker bussförare till linjetrafik.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Bussförare till linjetrafik', 'Fabrikam Trafik AB']);
  });

  test("a board's salary tool in its menu is no title", () => {
    const text = ['Find Jobs', 'Salary Estimator', 'Post a Job', 'Medical Billing Specialist', 'Fabrikam Health', 'Columbus, OH', '$19 - $23 an hour', 'Full-time', 'Fabrikam Health runs clinics in Ohio. You will submit claims and follow up on denials.'].join('\n');
    expect(extract(text).title?.text).toBe('Medical Billing Specialist');
  });

  test("the board's rating and count of reviews in its language are no part of the employer's name", () => {
    const text = ['Contoso utilise des cookies pour personnaliser le contenu.', 'Tout accepter', 'Serveur / Serveuse en extra - week-ends', 'Brasserie Fabrikam 4,2 57 avis', 'Nantes (44)', 'La Brasserie Fabrikam recherche des serveurs pour les week-ends. Vous accueillerez les clients en salle.'].join('\n');
    expect(extract(text).company?.name).toBe('Brasserie Fabrikam');
  });

  test("a similar job's card whose restaurant's name ends as a job does is no title", () => {
    const text = ['Contoso utilise des cookies pour personnaliser le contenu.', 'Tout accepter', 'Serveur / Serveuse en extra - week-ends', 'Brasserie Fabrikam', 'Nantes (44)', 'La Brasserie Fabrikam recherche des serveurs pour les week-ends. Vous accueillerez les clients en salle.', 'Emplois similaires', 'Le Grand Chai Restaurant', 'Saint-Nazaire (44)', '1 850 € par mois', 'Publiée il y a 2 jours'].join('\n');
    expect(extract(text).title?.text).toBe('Serveur / Serveuse en extra - week-ends');
  });
});

describe("a board's notes and menus around the header are no title and no employer", () => {
  test('the date of the posting over the title ("Posted 5 days ago") is neither', () => {
    const text = ['We use cookies to give you the best experience on our careers site. You can change your preferences at any time.', 'Accept all', 'Decline', 'View website', 'View all jobs', 'Help', 'Posted 5 days ago', 'Senior Account Manager', 'Remote', 'Austin, Texas, United States', 'Full time', 'Description', 'Tallgrass Ledger builds accounting software for independent grocers. More than 1,900 stores close their books with us.', 'As a Senior Account Manager you will own a book of 45 accounts.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Account Manager', 'Tallgrass Ledger']);
  });

  test('a menu\'s "Unternehmen" ("Company") over the trail leaves the trail no employer\'s name', () => {
    expect(extract('Unternehmen\nStartseite › Buchhalter Jobs in Köln › Buchhalter Lohn (m/w/d)').company).toBeNull();
  });

  test('a Spanish title whose noun comes first, over its employer and the board\'s rating, over the details box\'s "Sueldo"', () => {
    const text = ['Usamos cookies para personalizar el contenido y analizar el tráfico.', 'Aceptar todas las cookies', 'Inicio', 'Evaluaciones de empresas', 'Buscar sueldos', 'Buscar empleos', 'Auxiliar Contable', 'Comercializadora Norteña', '3.6 ★ 58 evaluaciones', 'Guadalajara, Jal.', '$14,000 - $16,500 al mes - Tiempo completo', 'Postularse ahora', 'Detalles del empleo', 'Sueldo', '$14,000 - $16,500 al mes', 'Tipo de empleo', 'Tiempo completo', 'Descripción completa del empleo', 'Buscamos un auxiliar contable para registrar facturas y conciliar cuentas bancarias.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Auxiliar Contable', 'Comercializadora Norteña']);
  });

  test('France\'s contract code under the title ("CDI") is no employer', () => {
    const text = ['Ce site utilise des cookies pour mesurer l\'audience.', 'OK pour moi', 'Trouver un job', 'Se connecter', 'Jobs › Lyon › Développeur Back-End (H/F)', 'Développeur Back-End (H/F)', 'CDI', 'Lyon', 'Télétravail fréquent', 'Postuler', 'Descriptif du poste', 'Tu rejoindras l\'équipe Produit qui développe nos outils de planification.'].join('\n');
    expect(extract(text).company?.name).not.toBe('CDI');
  });
});

describe("the title over the employer's registered name with the board's rating", () => {
  test('one detail under them is enough ("Veröffentlicht: vor 4 Tagen"), a workload after the title ("100%") kept', () => {
    const text = ['Wir verwenden Cookies, damit unsere Website funktioniert.', 'Akzeptieren', 'Jobs finden', 'Anmelden', '← Zurück zur Trefferliste', 'Bauleiter/in Elektro 100%', 'Aarewerk Elektro AG 4.2 ★ (31 Bewertungen)', 'Veröffentlicht: vor 4 Tagen', 'Arbeitspensum: 100%', 'Vertragsart: Festanstellung', 'Jetzt bewerben', 'Seit 1971 plant und baut die Aarewerk Elektro AG Anlagen für Wohn- und Gewerbebauten in der ganzen Region.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Bauleiter/in Elektro 100%', 'Aarewerk Elektro AG']);
  });
});

describe("a government board's page copied as text", () => {
  test('the title is the line under the hiring body, its details far below', () => {
    const text = ['An official website of the United States government', 'Search', 'Help', 'Sign In', 'Department of Public Lands', 'Bureau of Range Services', 'Geologist', 'This job is open to: Federal employees, Veterans', 'Apply', 'Save', 'Summary', 'This position is located in the Denver office of the Bureau of Range Services. The incumbent maps and samples rock formations.', 'Overview', 'Salary', '$82,830 - $129,089 per year', 'Location', 'Denver, CO 1 vacancy', 'Work schedule', 'Full-time'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Geologist', 'Bureau of Range Services']);
  });
});

describe("a careers site's search form copied over the posting, a text node a line", () => {
  // Its choices (places under "All Locations", types under "All Types") are no posting's details, whatever follows.
  const page = [
    'All Positions',
    'About Us',
    'Our Work',
    'Blog',
    'All Locations',
    'Ottawa, ON',
    'Moncton, NB',
    'Victoria, BC',
    'Remote',
    'All Departments',
    'Engineering',
    'Design',
    'Operations',
    'All Types',
    'Full-Time',
    'Part-Time',
    'Contract',
    'Temporary',
    'Internship',
    'Remote OK',
    'Tailspin Labs Inc.',
    '/',
    'Engineering',
    '/ Junior Web Developer (6-Month Contract)',
    'Junior Web Developer (6-Month Contract)',
    'Ottawa, ON, CA',
    'Remote OK',
    'Contract',
    'Engineering',
    'CA$36 - CA$42 / hr',
    'Apply to Position',
    'About Tailspin Labs',
    'Tailspin Labs is a 30-person product studio in Ottawa. We design and build web products for public-sector clients, credit unions and charities across the country.',
    'About the role',
    "We're adding a Junior Web Developer on a",
    '6-month contract',
    '(May – October, with possible extension) to help deliver a permits portal for a provincial ministry. You can work from anywhere in Canada.',
    "What you'll work on",
    'Build features in TypeScript with React on the front end and Node.js with PostgreSQL on the back end.',
  ].join('\n');

  test("the title is the posting's, not a choice of the form", () => {
    expect(extract(page).title?.text).toBe('Junior Web Developer (6-Month Contract)');
  });

  test('nor is a choice over its list ("All Departments") ever a title', () => {
    expect(extract(['All Departments', 'Design', 'Production', 'Junior Web Developer', 'Ottawa, ON', 'We design and build web products for public-sector clients across the country.'].join('\n')).title?.text).toBe('Junior Web Developer');
  });
});

describe("a footer's \"Company\" column copied with the page", () => {
  const posting = ['Sign in', 'Find jobs', 'Java Developer', 'Tailspin Solutions Inc.', 'Charlotte, NC', 'Apply now', 'Tailspin Solutions builds claims software for insurers. You will build our Spring Boot services.'];
  test.each([
    ['its links a line each, one of three words', ['Company', 'About', 'Customers', 'Security & compliance', 'Partners', 'Privacy policy']],
    ['an "About" link first', ['Company', 'About Contoso Jobs', 'Contact Us', 'Work at Contoso Jobs', 'Legal']],
    ['its links glued into one line', ['CompanyAboutCareersPressContact', 'LegalTerms of UsePrivacy Policy']],
    ['its legal links and the copyright line under them', ['Company', 'About', 'Contact', 'Privacy Policy', 'Terms of Use', '© 1999–2024 Contoso Jobs Inc. All rights reserved.']],
  ])('is no employer: %s', (_, footer) => {
    expect(extract([...posting, ...footer].join('\n')).company?.name).toBe('Tailspin Solutions Inc.');
  });
});

test('the kind of advertiser a board prints in its details ("🏢 Recruitment agency", "Direct employer") is no employer', () => {
  for (const kind of ['Recruitment agency', 'Direct employer']) {
    const r = extract(['HGV Class 1 Driver - Nights', 'Tailspin Recruitment Ltd', '📍 Daventry, Northamptonshire', '💷 £17.50 - £21.00 per hour', `🏢 ${kind}`, 'Apply', 'Our client, a national retailer, needs drivers for its distribution centre.'].join('\n'));
    expect(r.company?.name).toBe('Tailspin Recruitment Ltd');
  }
});

describe("a board's credit under the employer's name at the text's end", () => {
  test('"Job posted by ZipRecruiter" is no title under an agency\'s name', () => {
    const text = ['Inside Sales Insurance Agent', 'Cardinal Shield Insurance Agency', 'Lafayette, LA • Full-Time', '$40,000 a year + commission', 'Posted 2 days ago', '', 'Job Description', 'Cardinal Shield is an independent insurance agency.', '', '• Call warm inbound leads', '• Quote home and auto policies', '', 'Cardinal Shield Insurance Agency', 'Job posted by ZipRecruiter'].join('\n');
    expect(extract(text).title?.text).toBe('Inside Sales Insurance Agent');
  });
});

describe("a copied page's own lines over its header: a search form's filters, other jobs' cards", () => {
  const SITE = ['Home', 'Find salaries', 'Sign in', 'What', 'Where', 'Find jobs', 'Remote', 'Pay', 'Job type', 'Contract', 'Part-time', 'Date posted', '312 payroll jobs in Wakefield', 'Payroll Officer', 'Northfield Homes Group', 'Leeds LS11', '£28,000 - £31,500 a year', 'Part-time', 'Posted 10 days ago'];
  const POSTING = ['Senior Payroll Administrator - job post', 'Calder Vale Foods Ltd', 'Hybrid work in Wakefield WF2', '£32,000–£36,000 a year - Full-time, Permanent', 'Apply now', 'Full job description', 'We are looking for an experienced Senior Payroll Administrator to run our weekly payroll.'];
  const r = extract([...SITE, ...POSTING].join('\n'));
  test('"Title - job post", what the board says of its heading to screen readers, is the title line', () => {
    expect([r.title?.normalized, r.company?.name]).toEqual(['Senior Payroll Administrator', 'Calder Vale Foods Ltd']);
  });
  test("the filters' and the other jobs' terms are not the posting's, where the posting states its own", () => {
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value), r.workplace.map((t) => t.value)]).toEqual([['full_time'], ['permanent'], ['hybrid']]);
  });
  test('a board that prints its details over the title keeps them', () => {
    const details = extract(['Home', 'Jobs', 'Sign in', '## Location', 'Sydney, NSW', '## Employment Type', 'Full time', '## Location Type', 'Hybrid', '# Senior Backend Engineer', 'Tessellate builds scheduling software for construction sites across Australia.', 'You will design our event pipeline.'].join('\n'));
    expect([details.employmentType.map((t) => t.value), details.workplace.map((t) => t.value)]).toEqual([['full_time'], ['hybrid']]);
  });
});

test('a link to a search of jobs with a word between is no term: "Part-time WFH jobs"', () => {
  const r = extract(['Virtual Assistant', 'Brightbloom Botanicals', 'TYPE OF WORK', 'Full Time', 'We need a full-time VA for our online shop.', 'Popular searches', 'Shopify VA jobs', 'Day shift WFH jobs', 'Part-time WFH jobs'].join('\n'));
  expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
});

test("a list of jobs' cards over the one on show: its title and employer printed again as its header", () => {
  const text = ['Home', 'Find jobs', 'Company reviews', 'Sign in', 'Jobs > Nurse jobs > Staff Nurse jobs in Galway', 'Telehealth Triage Nurse', 'CareLink Digital Health', 'Remote', '€48,000 - €54,000 a year', 'Full-time', 'Staff Nurse - Medical Ward (Permanent)', "St. Enda's Hospital", 'Galway, County Galway', '€35,919 - €55,048 a year', 'Permanent · Full-time', 'Nurse Educator (Online Courses)', 'Atlantic Learning Institute', 'Remote', '€30 an hour', 'Part-time', 'Staff Nurse - Medical Ward (Permanent)', "St. Enda's Hospital 3.9 ★ 61 reviews", 'Galway, County Galway', '€35,919 - €55,048 a year - Permanent, Full-time', 'Job details', "St. Enda's Hospital, Galway is a 280-bed acute hospital. We are recruiting Staff Nurses for our Acute Medical Ward."].join('\n');
  const r = extract(text);
  expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Staff Nurse - Medical Ward (Permanent)', "St. Enda's Hospital", 'Galway']);
});

test("a list of other jobs' cards under the posting states none of its terms", () => {
  const text = ['Careers', 'Search jobs', 'Sign in', 'Field Service Technician II', 'Permian Basin Service Center', 'Hobbs, New Mexico', 'Full-time', '$26.00 - $32.00 per hour', 'Apply now', 'You will service compressors and engines at customer sites across the Permian Basin.', 'You will keep service records and train new technicians on the safety rules.', 'Field Service Technician I', 'United States-New Mexico-Hobbs', 'Part-time', '$24.00 - $29.00 per hour', 'Controls Technician (Contract, 6 months)', 'Remote', 'Contract', 'Service Parts Coordinator', 'United States-North Dakota-Williston', 'Temporary', '$45.00 per hour'].join('\n');
  const r = extract(text);
  expect([r.title?.text, r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value), r.workplace.map((t) => t.value)]).toEqual(['Field Service Technician II', ['full_time'], [], []]);
});

describe("other jobs' cards in any language, by the rhythm of their lines", () => {
  test('under a box\'s heading and its note, a title that names the genders it is open to marks the posting over it', () => {
    const text = ['Jobs finden', 'Unternehmen', 'Anmelden', 'Projektleiter:in Tiefbau (m/w/d)', 'Brückner Bau GmbH', 'Köln', 'Vollzeit', 'Jetzt bewerben', 'Merken', 'Teilen', '', 'Ihre Aufgaben', 'Sie leiten Baustellen im Tiefbau.', '', 'Ähnliche Jobs', 'Bei einigen Jobs zeigen wir eine Gehaltsprognose. Diese wird auf Basis von Nutzerangaben berechnet und ist keine Angabe des Arbeitgebers.', 'Bauzeichner:in (m/w/d)', 'Rhein Planung GmbH', 'Bonn · Teilzeit · Hybrid', 'Werkstudent:in Controlling', 'Kölner Service GmbH', 'Köln · Werkstudent · Hybrid'].join('\n');
    expect(extract(text).employmentType.map((t) => t.value)).toEqual(['full_time']);
  });
  test('under the posting: the same shapes of lines card after card (title, employer and place, terms and date)', () => {
    const text = ['Jobs', 'Unternehmen', 'Gehalt', 'Anmelden', 'Fachkraft für Lagerlogistik (m/w/d)', 'Hansekontor Logistik GmbH', 'Bremen', 'Vollzeit · Unbefristet', 'vor 2 Tagen', 'Wir lagern und verteilen Kaffee, Tee und Gewürze für Röstereien und den Handel in ganz Norddeutschland.', 'Sie nehmen Waren an, prüfen Lieferungen und kommissionieren Aufträge mit dem Handscanner.', 'Ähnliche Jobs', 'Staplerfahrer', 'Hafenlogistik Nord GmbH · Bremerhaven', 'Teilzeit · vor 3 Tagen', 'Kommissionierer', 'Weser Spedition GmbH · Achim', 'Befristet · Vollzeit · vor 5 Tagen', 'Lagerhelfer', 'Nordsee Frische GmbH · Cuxhaven', 'Teilzeit · Befristet · vor 1 Woche'].join('\n');
    const r = extract(text);
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], ['permanent']]);
  });
  test('over the posting: the card printed again under them is its header, and keeps its terms', () => {
    const text = ['Jobs', 'Gehalt', 'Anmelden', 'Jobs finden', 'Lager Jobs in Bremen', 'Staplerfahrer', 'Hafenlogistik Nord GmbH', 'Bremerhaven', 'Teilzeit', 'Kommissionierer', 'Weser Spedition GmbH', 'Achim', 'Befristet', 'Lagerhelfer', 'Nordsee Frische GmbH', 'Cuxhaven', 'Vollzeit', 'Kommissionierer', 'Weser Spedition GmbH', 'Achim', 'Befristet', 'Jetzt bewerben', 'Für unser Lager in Achim suchen wir Verstärkung für die Saison, zunächst für sechs Monate.', 'Sie kommissionieren Aufträge mit dem Handscanner und verladen die Paletten auf unsere Lkw.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual(['Kommissionierer', 'Weser Spedition GmbH', [], ['fixed_term']]);
  });
  test('cards that print their details under labels: a label and its value printed in every card are no header printed again', () => {
    const card = (agency: string, title: string, place: string, pay: string, type: string, closes: string) => [agency, title, 'Location', place, 'Salary', pay, 'Job type', type, 'Closes', closes];
    const text = [
      'An official website', 'Home', 'Search jobs', 'Sign in', 'EL 1 Program Manager', 'Office of Coastal Planning', 'Location Hobart TAS', 'Job Type Ongoing - Full-time', 'Salary $118,000 - $131,000',
      'You will lead a team of six that plans the restoration of coastal wetlands across Tasmania.', 'You will brief the executive and manage a grants budget of four million dollars a year.',
      'More jobs like this',
      ...card('Office of Coastal Planning', 'APS 5 Policy Officer', 'Hobart TAS', '$89,000 - $97,000', 'Ongoing - Full-time', '17/05/2026'),
      ...card('Bureau of Tides', 'APS 4 Data Officer', 'Launceston TAS', '$80,000 - $86,000', 'Non-ongoing - Part-time', '12/05/2026'),
      ...card('Office of Coastal Planning', 'APS 6 Senior Adviser', 'Canberra ACT', '$103,000 - $118,000', 'Ongoing - Full-time', '20/05/2026'),
      ...card('Bureau of Tides', 'APS 3 Field Assistant', 'Hobart TAS', '$66,000 - $71,000', 'Ongoing - Full-time', '28/05/2026'),
    ].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual(['EL 1 Program Manager', ['full_time'], ['permanent']]);
  });
});

test("a search form's options over the header are no way of working, where the posting states none: \"Remote / Work from home\" among the shifts", () => {
  const text = ['New Grads Benefits Locations Candidate Login', 'Keyword', '-- Location --', 'US-WA-Tacoma', 'US-WA-Olympia', 'US-Remote', '-- Category --', 'Nursing', 'Pharmacy', '-- Shift --', 'Days', 'Nights', 'Remote / Work from home', 'Search Results > Nursing > Job Details', 'Registered Nurse - Med/Surg (Nights)', 'Apply for this job online', 'Job ID 2025-41877', 'Job Locations US-WA-Tacoma', 'Category Nursing', 'Position Type Full-Time', 'Pay Range $48.50 - $72.10 per hour', 'Overview', 'Saint Alder Medical Center is a 320-bed hospital in Tacoma. We are hiring a night-shift nurse for our medical-surgical unit.'].join('\n');
  expect(extract(text).workplace.map((t) => t.value)).toEqual([]);
});

test("a search's count of its results: the search form over it, the posting on show under it", () => {
  const text = ['Home', 'Company reviews', 'Sign in', 'What', 'Where', 'Remote', 'Pay', 'Job type', 'Contract', 'Part-time', 'Company', 'Date posted', '312 payroll jobs in Wakefield, West Yorkshire', 'Senior Payroll Administrator', 'Calder Vale Foods Ltd', '3.6', '41 reviews', 'Hybrid work in Wakefield WF2', '£32,000-£36,000 a year', 'Full-time, Permanent', 'We are looking for an experienced Senior Payroll Administrator to run our weekly payroll.'].join('\n');
  const r = extract(text);
  expect([r.title?.text, r.company?.name, r.employmentType.map((t) => t.value)]).toEqual(['Senior Payroll Administrator', 'Calder Vale Foods Ltd', ['full_time']]);
});

describe("lines over a header that read as a site's, not a posting's body", () => {
  const blocks = (lines: string[]) => {
    let at = 0;
    return lines.map((line) => {
      const b = { kind: 'paragraph' as const, start: at, end: at + line.length };
      at += line.length + 1;
      return b;
    });
  };
  test.each([
    [['Home', 'Jobs', 'Benefits', 'Experience', 'Education', 'Job Description', 'Sign in'], true],
    [['Alpkern AG', 'Senior Product Designer', 'Your tasks', 'Own the design of our operator dashboard', 'What we offer'], false],
    [['Home', 'We build energy-management software for offices, shops and schools across the whole of Switzerland.', 'Our main office is in Zürich, and a small engineering hub of ours works from Lisbon in Portugal.', 'Jobs'], false],
  ])('%j: %s', (lines, site) => expect(noBodyBetween(lines.join('\n'), blocks(lines), 0, lines.length)).toBe(site));
});

test("a search form's place picker over the header names no place of the job", () => {
  const r = extract(
    'All jobs About us Our outlets Website\nSearch jobs Location\nAll locations\nSingapore\nKuala Lumpur, Malaysia\nJakarta, Indonesia\nSearch\nFull-time\nPart-time\nContract\n' +
      'Tamarind Careers\nFinance\nSenior Accounts Executive\nTamarind Foods Pte. Ltd.\nJurong East, Singapore Full-time Finance SGD 4,200 - 5,000 / month\nApply for this job\n' +
      'About the role\nYou will run the month-end close for our outlets and support the finance manager with audits.',
  );
  expect(r.location?.country).toBe('SG');
});

test('a details box over the title keeps its place, however the place picker over it reads', () => {
  const r = extract(
    'Website About Engineering blog All open roles Candidate sign in\nAll departments\nEngineering\nProduct & Design\nAll locations\nSydney, NSW\nMelbourne, VIC\nBrisbane, QLD\nAll types\nFull time\nPart time\nFilter\n' +
      'Location\nSydney, NSW\nEmployment Type\nFull time\nSenior Backend Engineer\nTessera\nApply for this job\nAbout the role\nYou will build the scheduling service our site teams rely on, working from our Surry Hills office three days a week.',
  );
  expect(r.location?.name).toBe('Sydney');
});

describe("a careers site's facets with their counts over the header, and the posting's own details box", () => {
  // The facet's "City" / "Harlingen 88" is the site's row; the details box's "Location" names the job's place.
  const page = [
    'Skip to main content',
    'Mesquite Market Jobs',
    'All Openings',
    'Sign in',
    'Keywords Location',
    'Search',
    'Filter jobs',
    'Position type',
    'Full-Time 240',
    'Part-Time 207',
    'Seasonal 95',
    'City',
    'Harlingen 88',
    'Weslaco 110',
    'Edinburg 41',
    'Search',
    'MM',
    'Night Cashier (Part-Time)',
    'Mesquite Market',
    'McAllen, TX 78501$14.00 - $15.50/hrPart-TimeNightsPosted 2 days ago',
    'Apply in 5 minutes',
    'Job details',
    'Location',
    'Nolana Plaza, 2100 Nolana Ave, McAllen, TX 78501',
    'Position type',
    'Part-Time',
    'Pay',
    '$14.00 - $15.50 per hour',
    'Job description',
    'Mesquite Market is a family grocer with stores across the Rio Grande Valley. We are hiring a part-time night cashier for our Nolana Plaza store.',
  ].join('\n');
  test('the place is the details row\'s, not a facet\'s choice', () => {
    const r = extract(page);
    expect([r.title?.text, r.location?.name, r.location?.region, r.location?.reason]).toEqual(['Night Cashier (Part-Time)', 'McAllen', 'Texas', 'location/field']);
  });
});

test('a skip link in another language is no title: "Gå direkt till innehåll" over the posting', () => {
  const r = extract('Gå direkt till innehåll\nUndersköterska till hemtjänsten\nOmsorgshuset Väst AB\nGöteborg\nVi söker en undersköterska till vår hemtjänst i Göteborg.');
  expect([r.title?.text, r.company?.name]).toEqual(['Undersköterska till hemtjänsten', 'Omsorgshuset Väst AB']);
});

describe("a details box's rows under the title", () => {
  test("the next row's label under a title that is a row's value is no employer", () => {
    const text = ['Ledige stillinger', 'Søg', 'Stillingsdetaljer', 'Stilling', 'Lagermedarbejder til nattevagt', 'Arbejdssted', 'Centrallager, Aarhus', 'Ansættelsesform', 'Fuldtid', 'Vi søger en lagermedarbejder til vores nattehold i Aarhus. Du bliver en del af et team på tolv, og du rapporterer til lagerchefen.'].join('\n');
    const r = extract(text);
    expect([r.title?.text, r.company?.name ?? null, r.location?.city]).toEqual(['Lagermedarbejder til nattevagt', null, 'Aarhus']);
  });
});

describe("the employer's line under the title, as boards print it", () => {
  test('its site after a dash is left out where the body names the employer alone', () => {
    const r = extract('Senior Care Assistant (Nights)\nWrenfield Care Group - Alder House\nNorwich, Norfolk\n£12.60 per hour\nWrenfield Care Group runs six care homes across Norfolk.');
    expect(r.company?.name).toBe('Wrenfield Care Group');
  });
  test('the name with its site stays where the body names it so', () => {
    const r = extract('Staff Nurse\nMercy Vale Health - St. Ansel Hospital\nSpokane, WA\nMercy Vale Health - St. Ansel Hospital is a 300-bed hospital.');
    expect(r.company?.name).toBe('Mercy Vale Health - St. Ansel Hospital');
  });
  test("a public body's division after the dash is the employer's own name", () => {
    const r = extract('Environmental Scientist 3\nState of Nevada – Division of Range Water\nCarson City, NV\nThe State of Nevada offers a pension and paid leave.');
    expect(r.company?.name).toMatch(/^State of Nevada [-–] Division of Range Water$/);
  });
  test("the board's rating with its count of reviews in brackets is none of the name", () => {
    const r = extract('Senior Java Developer\nKaveri Ledger Systems 3.8 (612 Reviews)\nBengaluru, Karnataka\n5-8 Yrs\nWe build ledgers for banks across India.');
    expect(r.company?.name).toBe('Kaveri Ledger Systems');
  });
});
