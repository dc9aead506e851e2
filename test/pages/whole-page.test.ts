import { extract } from '../../src';
import { pickCompany } from '../../src/normalise/page/company';

/** A hand-made job-board page: the posting among the site's furniture. */
const page = `<!DOCTYPE html>
<html><head>
<title>Warehouse Team Leader - Leeds - Jobboardly.com</title>
<meta property="og:title" content="Warehouse Team Leader at Northwind Logistics">
</head><body>
<header class="site-header"><h1>Jobboardly</h1>
<nav><a href="/">Home</a><a href="/jobs">Find jobs</a><a href="/part-time">part time jobs</a></nav></header>
<form class="search"><label>Search for:</label><input name="q"><button>Search</button></form>
<div class="login-prompt"><h2>Sign in</h2><p>Upload Resume and Create an Account to save this job.</p></div>
<main>
<h1>Warehouse Team Leader</h1>
<dl class="details">
<dt>Company</dt><dd><a href="/c/northwind">Northwind Logistics</a></dd>
<dt>Location</dt><dd>Leeds</dd>
<dt>Salary</dt><dd>£28,000 - £31,000 per annum</dd>
<dt>Job Type</dt><dd>Full-time</dd>
</dl>
<div class="job-description">
<p>Northwind Logistics is looking for a Warehouse Team Leader to run the night shift at our Leeds depot.</p>
<ul><li>Experience of stock control and forklift operation</li><li>Good communication skills</li></ul>
</div>
</main>
<aside class="similar-jobs"><h3>Similar jobs</h3><ul>
<li><a href="/j/1">Python Developer, Bristol, £60,000</a></li>
<li><a href="/j/2">SQL Analyst, Cardiff, £45,000</a></li>
<li><a href="/j/3">Java Engineer, Bath, £70,000</a></li></ul></aside>
<footer><p>Terms and Conditions</p><a href="/sitemap">Sitemap</a></footer>
</body></html>`;

describe('a whole job-board page', () => {
  const r = extract(page);

  it('takes the title from the heading the page title agrees with, not the site name', () => {
    expect(r.title?.text).toBe('Warehouse Team Leader');
    expect(r.title?.reason).toBe('title/heading-agrees-with-page-title');
  });

  it('reads the details box: company, location and pay rows without colons', () => {
    expect(r.company?.name).toBe('Northwind Logistics');
    expect(page.slice(r.company!.start, r.company!.end)).toBe('Northwind Logistics');
    expect(r.location?.name).toBe('Leeds');
    expect(r.salary).toMatchObject({ min: 28000, max: 31000, period: 'year', currency: 'GBP' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
  });

  it('takes no field or entity from navigation, forms, sign-in prompts, similar jobs or the footer', () => {
    const texts = r.entities.map((e) => e.text);
    for (const furniture of ['Python', 'SQL', 'Java', 'Bristol', 'Cardiff', 'Bath', '£60,000', 'Upload Resume', 'Terms and Conditions']) {
      expect(texts.join('|')).not.toContain(furniture);
    }
    expect(r.salaries.map((s) => s.min)).toEqual([28000]);
    expect(r.text).not.toContain('part time jobs');
  });

  it('keeps every span true to the page', () => {
    for (const e of r.entities) expect(page.slice(e.start, e.end).replace(/<[^>]*>/g, '')).toBe(e.text);
  });
});

describe("the employer's name", () => {
  it('gives no words to the entities wherever the page writes it: "Northwind Traders" is no Trader', () => {
    const html = `<html><head><title>Northwind Traders hiring Data Analyst in Chicago, IL</title></head><body><h1>Data Analyst</h1>
      <p>Northwind Traders is looking for a Data Analyst to write SQL for our buyers.</p><h2>Salaries at Northwind Traders</h2><p>Buyer $70K</p></body></html>`;
    const r = extract(html);
    expect(r.company?.name).toBe('Northwind Traders');
    expect(r.occupations.map((o) => o.name)).not.toContain('Trader');
    expect(r.skills.map((s) => s.name)).toContain('SQL');
  });
});

describe('a registered name with a bracketed word', () => {
  it('is introduced whole by the body: "Contoso Pharma (Pvt) Ltd is a leading provider"', () => {
    const text = 'Accounts Executive\nKandy\nAbout us\nContoso Pharma (Pvt) Ltd is a leading provider of generic medicines in Sri Lanka. Contoso Pharma (Pvt) Ltd is an equal opportunity employer.';
    expect(extract(text).company).toMatchObject({ name: 'Contoso Pharma (Pvt) Ltd', reason: 'company/introduced' });
  });
});

describe('the name a board gives as the poster', () => {
  it('is read without the badge printed after it ("Posted 2 days ago by Trey Recruitment Ltd Featured")', () => {
    const html = '<html><body><h1>SAP FICO Consultant</h1><p>Posted 2 days ago by <a href="/recruiter/x">Trey Recruitment Ltd</a> <span class="featured">Featured</span></p><div><p>Our client, a manufacturer in Doncaster, needs an SAP FICO consultant for a six month contract.</p></div></body></html>';
    expect(extract(html).company).toMatchObject({ name: 'Trey Recruitment Ltd', reason: 'company/posted-by' });
  });

  it("is read without the board's note of what the poster is after a separator (\"Posted by Trey Recruitment · Recruitment Agency\")", () => {
    const text = 'SAP FICO Consultant\nPosted by Trey Recruitment · Recruitment Agency\nOur client, a manufacturer in Doncaster, needs an SAP FICO consultant for a six month contract.';
    expect(extract(text).company).toMatchObject({ name: 'Trey Recruitment', reason: 'company/posted-by' });
  });

  it('is read up to the pay a scraper glued to it ("Posted 2 days ago by Ashdene Care Homes£11.44 - £12.50 per hour")', () => {
    const text = 'Care AssistantPosted 2 days ago by Ashdene Care Homes£11.44 - £12.50 per hourLeeds, West YorkshirePermanent, full-timeApply nowWe are looking for caring care assistants to join our home in Leeds.';
    expect(extract(text).company).toMatchObject({ name: 'Ashdene Care Homes', reason: 'company/posted-by' });
  });
});

describe("the brand in the page's head, the registered name in the posting's header", () => {
  const page = `<html><head><title>Senior Bookkeeper – Northwind Careers</title><meta property="og:site_name" content="Northwind Careers"></head><body>
<h1>Senior Bookkeeper</h1><ul><li>Full Time</li><li>Leeds</li></ul><p><strong>Northwind Traders Ltd</strong></p>
<p>Northwind Traders is looking for a Senior Bookkeeper to run our sales ledger.</p></body></html>`;
  it('gives the registered name, and no word of it (with or without its legal form) to the entities', () => {
    const r = extract(page);
    expect(r.company?.name).toBe('Northwind Traders Ltd');
    expect(r.occupations.map((o) => o.name)).toEqual(['Bookkeeper']);
  });
});

describe('a government board: the public body over its division under the title', () => {
  it('gives the body as the employer', () => {
    const html = `<html><head><title>Data Analyst (EC-04) - Government of Wingtip</title></head><body><main><h1>Data Analyst (EC-04)</h1>
      <p><b>Statistics Wingtip Canada</b> - Social Data Insights Division</p><p>Ottawa (Ontario)</p><p>$86,391 to $94,353 (annual)</p>
      <h2>Duties</h2><p>Analyse survey data and write reports for senior management.</p></main></body></html>`;
    expect(extract(html).company?.name).toBe('Statistics Wingtip Canada');
  });
});

describe("the employer's name in a page's head and marks, without the site's words around it", () => {
  it('a careers site\'s name and a seal give the body, not "Fabrikam County Careers" or "... seal"', () => {
    const html = `<html><head><title>Equipment Operator II | Job Details tab | Career Pages</title><meta property="og:title" content="Job Opportunities | Fabrikam County Careers"></head><body>
<header><img src="/AgencyLogo/fabrikam.png" alt="Fabrikam County seal"></header><h1>Equipment Operator II</h1>
<p>Fabrikam County is hiring an operator for its road crews. Operate graders and loaders on county roads.</p></body></html>`;
    expect(extract(html).company?.name).toBe('Fabrikam County');
  });
  it('"Karriere bei" names the employer, and a site name\'s software after a registered name is left out', () => {
    const html = `<html><head><title>Buchhalter:in (Vollzeit) | Karriere bei Alpenlicht Software GmbH</title><meta property="og:site_name" content="Alpenlicht Software GmbH - Personio"></head><body>
<h1>Buchhalter:in (Vollzeit)</h1><p>Wir suchen eine Buchhalterin für unser Team in Wien.</p></body></html>`;
    expect(extract(html).company?.name).toBe('Alpenlicht Software GmbH');
  });
  it("a board's name beside its site words is no employer", () => {
    const html = `<html><head><title>Staff Nurse - Acute Medical Unit | NHS Fabrikam | NHS Scotland Jobs</title><meta property="og:title" content="Vacancy | NHS Scotland Jobs"><meta property="og:site_name" content="NHS Scotland Jobs"></head><body>
<h1>Staff Nurse - Acute Medical Unit</h1><p>Join the Acute Medical Unit at the county hospital as a Staff Nurse.</p></body></html>`;
    expect(extract(html).company?.name ?? null).not.toBe('NHS Scotland Jobs');
  });
  it('the longer name the body says more often than a careers site\'s short one', () => {
    const html = `<html><head><title>Store Manager - Leeds | Fabrikam Careers</title></head><body><header><a href="/">Fabrikam Careers</a></header>
<h1>Store Manager</h1><p>Fabrikam Outfitters</p><p>Leeds</p><h2>About us</h2><p>Fabrikam Outfitters has sold outdoor gear since 1979.</p>
<p>Fabrikam is an equal opportunity employer.</p></body></html>`;
    expect(extract(html).company).toMatchObject({ name: 'Fabrikam Outfitters', reason: 'company/fuller-in-text' });
  });
  it("a board's name with its word for jobs inside is no employer; the state's agency under the title is", () => {
    const html = `<html><head><title>Permit Reviewer | Vacancy 4411</title><meta property="og:site_name" content="StateJobsOK"></head><body>
<header><a href="/">StateJobsOK</a></header><h1>Permit Reviewer</h1><p class="agency">Oklahoma Division of Water Quality</p><p>Tulsa, OK</p>
<p>Review discharge permits for municipal treatment plants across the district.</p></body></html>`;
    expect(extract(html).company?.name).toBe('Oklahoma Division of Water Quality');
  });
  it("the board's rating after a marked employer's name is no part of it", () => {
    const html = `<html><head><title>Bookkeeper - Mississauga, ON</title></head><body><h1>Bookkeeper</h1>
<div data-testid="inlineHeader-companyName"><a href="/cmp/northbridge">Northbridge Property Management</a> <span>3.7 &#9733;</span></div>
<p>Keep the books for 40 residential buildings.</p></body></html>`;
    expect(extract(html).company?.name).toBe('Northbridge Property Management');
  });
  it('"Posted ... by employer" gives the name on the next line', () => {
    const text = 'line cook\nPosted on March 4, 2025 by employer\nFabrikam Bistro Inc.\nLocation\nKelowna, BC\nPrepare and cook complete meals.';
    expect(extract(text).company?.name).toBe('Fabrikam Bistro Inc.');
  });
});

describe('company on a page without a Company row', () => {
  it('comes from the page title and an About line', () => {
    const html = `<html><head><title>Data Analyst – Fabrikam</title></head><body>
      <h1>Data Analyst</h1><h2>About Fabrikam:</h2><p>Fabrikam makes garden tools in Derby.</p></body></html>`;
    const r = extract(html);
    expect(r.title?.text).toBe('Data Analyst');
    expect(r.company?.name).toBe('Fabrikam');
  });

  it("is the registered name among a page title's pieces, never its place", () => {
    const page = `<html><head><title>Java Developer - Proseware Technologies Pvt Ltd - 3 to 6 years - Bengaluru - Jobsite</title></head><body>
<h1>Java Developer</h1><div><a>Proseware Technologies Pvt Ltd</a> <span>3.9</span> <span>412 Reviews</span></div><div>Bengaluru</div>
<p>Build REST services in Java. Offices in Bengaluru, Pune and Chennai; this team sits in Bengaluru.</p></body></html>`;
    const r = extract(page);
    expect(r.company?.name).toBe('Proseware Technologies Pvt Ltd');
    expect(r.location).toMatchObject({ city: 'Bengaluru', country: 'IN' });
  });
  it('reads a page title that writes "job" after the title ("Sales Manager - Building Materials job - Contoso LLC - Dubai")', () => {
    const page = `<html><head><title>Sales Manager - Building Materials job - Contoso Gulf Trading LLC - Dubai, United Arab Emirates | Jobsite</title></head><body>
<h1>Sales Manager - Building Materials</h1><div><a>Contoso Gulf Trading LLC</a> <span>Dubai, United Arab Emirates</span></div>
<p>Lead our project sales team. Contoso Gulf Trading LLC supplies tiles to contractors.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Contoso Gulf Trading LLC');
  });
  it('reads a page title that writes "job at" after the title, and takes no title from its place ("Accountant job at Northwind Freight - Nairobi | Jobsite")', () => {
    const page = `<html><head><title>Accountant job at Northwind Freight - Nairobi | Jobsite</title></head><body>
<h1>Accountant</h1><p>by <a>Northwind Freight</a></p><p>Nairobi · Full Time</p>
<p>Northwind Freight is a regional freight company. Prepare the monthly management accounts.</p></body></html>`;
    const r = extract(page);
    expect([r.title?.text, r.title?.reason]).toEqual(['Accountant', 'title/heading-agrees-with-page-title']);
    expect(extract(page.replace('Accountant job at ', '')).title?.text).toBe('Accountant');
  });
  it('is the name on the line under the title before its place ("Tailspin Contracting LLC - Abu Dhabi, United Arab Emirates"), not the board\'s logo', () => {
    const page = `<html><head><title>HSE Manager job in Abu Dhabi with Tailspin Contracting LLC | Jobsite</title></head><body>
<div id="header"><a href="/"><img src="/logo.png" alt="Jobsite"></a></div>
<h1>HSE Manager</h1><div>Tailspin Contracting LLC - Abu Dhabi, United Arab Emirates</div>
<p>Lead the HSE team on a road project.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Tailspin Contracting LLC');
  });
  it("is the site's own name where nothing else names one: the logo of its header that the page title gives beside the job", () => {
    const page = `<html><head><title>Warehouse Team Leader – Fabrikam Logistics</title></head><body>
<header><a href="/"><img src="/logo.png" alt="Fabrikam Logistics"></a><nav><a href="/">Home</a><a href="/services">Services</a><a href="/sectors">Sectors</a><a href="/about">About Us</a><a href="/careers">Careers</a><a href="/contact">Contact</a></nav></header>
<h1>Join our team</h1><h2>Warehouse Team Leader</h2><ul><li>Leeds LS10</li><li>£31,500 per year</li></ul>
<p>We are looking for a Warehouse Team Leader to run the day shift at our distribution centre.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Fabrikam Logistics');
  });
  it('is a registered name without the link a page glued after it ("Northwind Polska Sp. z o.o.O firmie")', () => {
    const page = `<html><head><title>Oferta pracy Specjalista ds. Księgowości, Kraków</title></head><body>
<h1>Specjalista ds. Księgowości</h1><h2>Northwind Polska Sp. z o.o.<a href="#">O firmie</a></h2><ul><li>Kraków</li><li>umowa o pracę</li></ul>
<p>Prowadzenie ksiąg rachunkowych spółek z grupy.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Northwind Polska Sp. z o.o.');
    expect(extract('Specjalista ds. Księgowości\nNorthwind Polska Sp. z o.o.O firmie\nKraków\nProwadzenie ksiąg rachunkowych.').company?.name).toBe('Northwind Polska Sp. z o.o.');
  });
  it('comes from "X is hiring a ..." in the page title, without its verb', () => {
    const page = `<html><head><title>Contoso Analytics is hiring a Data Analyst | Jobsite</title></head><body>
<h1>Data Analyst</h1><p>Build dashboards in Tableau for Contoso Analytics clients.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Contoso Analytics');
  });
  it('comes from the sentence that introduces the employer, when the name recurs', () => {
    const html = `<html><head><title>Careers</title></head><body><h1>Store Manager</h1>
      <p>Contoso® is a family-owned retail company with shops in Leeds and York. Contoso stores open seven days a week.</p></body></html>`;
    const r = extract(html);
    expect(r.company?.name).toBe('Contoso');
    expect(r.company?.reason).toBe('company/introduced');
    expect(html.slice(r.company!.start, r.company!.end)).toBe('Contoso');
  });

  it('reads "At X, we", "Join the X team" and "X is looking for" as introductions', () => {
    for (const intro of ['At Tailspin, we build flight software.', 'Join the Tailspin team in Bristol.', 'Tailspin is looking for a tester.']) {
      const html = `<html><body><h1>Software Tester</h1><p>${intro}</p><p>Tailspin has 40 staff.</p></body></html>`;
      expect(extract(html).company?.name).toBe('Tailspin');
    }
  });

  it('is the name the text uses most between two of equal weight, as an About line of a division ("About 3M Health Care")', () => {
    const html = `<html><body><h1>Lab Technician</h1><p>Northwind has run labs for forty years.</p>
      <p>Test samples for the Northwind quality team.</p><h3>About Northwind Health</h3>
      <p>Northwind Health is a division being spun off.</p><h3>About us</h3><p>At Northwind we test what we make.</p></body></html>`;
    expect(extract(html).company).toMatchObject({ name: 'Northwind', reason: 'company/introduced' });
  });

  it('is no town a sentence is about: "Spokane offers four seasons"', () => {
    const html = `<html><body><h1>Registered Nurse</h1><p class="company">Saint Brigid Regional Medical Center · 4 East Cardiac Step-Down</p>
      <p>Spokane, WA · Part-Time</p><h3>Our community</h3><p>Spokane offers four seasons, short commutes and a lively downtown.</p>
      <p>Saint Brigid Regional Medical Center is an equal opportunity employer.</p></body></html>`;
    expect(extract(html).company?.name).toBe('Saint Brigid Regional Medical Center');
  });

  it('reads a name that opens with digits: "At 4Sight we"', () => {
    const html = `<html><body><h1>Optician</h1><p>At 4Sight we test eyes in Leeds.</p><p>4Sight has ten shops.</p></body></html>`;
    expect(extract(html).company?.name).toBe('4Sight');
  });

  it("is the name the page's markup marks as the employer, even inside a button that links to its profile", () => {
    const html = `<html><body><h1>Platform Engineer</h1>
      <button class="profile-link"><span data-automation="advertiser-name">tailspin</span></button>
      <p>We run the cloud platform for a health start-up.</p></body></html>`;
    const r = extract(html);
    expect(r.company).toMatchObject({ name: 'tailspin', reason: 'company/marked-in-markup' });
    expect(html.slice(r.company!.start, r.company!.end)).toBe('tailspin');
    const at = `<html><body><h1>Data Engineer</h1><span class="company-name">at Fabrikam Labs</span><p>We build data tools.</p></body></html>`;
    expect(extract(at).company?.name).toBe('Fabrikam Labs');    const plain = `<html><body><h1>Data Engineer</h1><div class="company">Litware</div><p>We build data tools.</p></body></html>`;
    expect(extract(plain).company).toMatchObject({ name: 'Litware', reason: 'company/marked-in-markup' });
    const about = `<html><body><h1>Data Engineer</h1><div class="company">We are a small team that builds data tools for hospitals across the north of England.</div></body></html>`;
    expect(extract(about).company).toBeNull();
  });

  it('takes no name from markup that marks several (a list of job cards)', () => {
    const cards = ['Contoso', 'Woodgrove', 'Litware'].map((c) => `<div><p class="job-card">Analyst</p><p class="companyName">${c}</p></div>`).join('');
    const html = `<html><body><h1>Data Analyst</h1><p>We analyse sales data.</p>${cards}</body></html>`;
    expect(extract(html).company?.reason).not.toBe('company/marked-in-markup');
  });

  it('is the name before a colon in the page title ("OrbitPay: Senior Rails Developer"), not a board\'s logo whose first word is "We"', () => {
    const html = `<html><head><title>OrbitPay: Senior Rails Developer | We Work Remotely</title><meta property="og:site_name" content="We Work Remotely"></head>
      <body><header><a href="/" class="logo"><img src="/logo.svg" alt="We Work Remotely"></a></header><h1>Senior Rails Developer</h1>
      <p>We're hiring. OrbitPay builds invoicing software for freelancers in 90 countries, and we've been remote since day one.</p></body></html>`;
    expect(extract(html).company).toMatchObject({ name: 'OrbitPay', reason: 'company/page-title-part' });
  });

  it("takes no employment type from the page title for a name (\"Virtual Assistant - Full Time\")", () => {
    const html = `<html><head><title>Virtual Assistant - Full Time</title></head>
      <body><h1>Virtual Assistant</h1><p>Full Time</p><p>Help run our online shop: orders, emails and listings.</p></body></html>`;
    expect(extract(html).company?.name).not.toBe('Full Time');
  });

  it('reads a registered name of six words ("Clyde & Forth Build Services Ltd") under the title', () => {
    const html = `<html><head><title>Site Manager | Jobs Scotland</title></head><body><h1>Site Manager</h1><p>Clyde &amp; Forth Build Services Ltd</p>
      <p>Clyde &amp; Forth Build Services Ltd is a main contractor delivering housing projects across Central Scotland.</p></body></html>`;
    expect(extract(html).company?.name).toBe('Clyde & Forth Build Services Ltd');
  });

  it('takes no sentence opener for a name, and one introduction past the first sentence the text never repeats is not enough', () => {
    const opener = `<html><body><h1>Buyer</h1><p>This is a role in a growing company. This team buys stock.</p></body></html>`;
    expect(extract(opener).company).toBeNull();
    const once = `<html><body><h1>Buyer</h1><p>You will buy stock for our shops.</p><p>Woodgrove is a mutual bank in Kent.</p></body></html>`;
    expect(extract(once).company).toBeNull();
    const opening = `<html><body><h1>Buyer</h1><p>Woodgrove is a mutual bank in Kent. You will buy stock for our branches.</p></body></html>`;
    expect(extract(opening).company).toMatchObject({ name: 'Woodgrove', reason: 'company/introduced' });
  });

  it("is the name the page's head gives by agreement, with an empty span, when the body never shows it", () => {
    const html = `<html><head><title>Adatum Data Labs | Data Engineer</title><meta property="og:site_name" content="Adatum Data Labs"></head>
      <body><h1>Data Engineer</h1><p>Adatum builds data pipelines for insurers.</p></body></html>`;
    const r = extract(html);
    expect(r.company).toMatchObject({ name: 'Adatum Data Labs', text: '', start: 0, end: 0, reason: 'company/page-head' });
  });

  it("takes a name the head gives once, the site's name alone, only where the body shows it", () => {
    const html = `<html><head><title>Data Engineer</title><meta property="og:site_name" content="Jobs Board Online"></head>
      <body><h1>Data Engineer</h1><p>We build data pipelines for insurers.</p></body></html>`;
    expect(extract(html).company).toBeNull();
  });

  it('is left empty when the page gives only one weak sign', () => {
    const html = `<html><body><h1>Data Analyst</h1><p>Remote</p><p>We analyse data for clients across the UK.</p></body></html>`;
    expect(extract(html).company).toBeNull();
  });
});

describe('location on a page', () => {
  it('reads a label and its value on one line, with or without a space after the colon', () => {
    const html = `<html><body><h1>Warehouse Supervisor</h1><ul><li>Workload:80 - 100%</li><li>Place of work:Leeds</li>
      <li>Company: Fabrikam Ltd</li></ul><p>You will lead a team of twelve pickers.</p></body></html>`;
    const r = extract(html);
    expect(r.location).toMatchObject({ city: 'Leeds', reason: 'location/field' });
    expect(html.slice(r.location!.start, r.location!.end)).toBe('Leeds');
    expect(r.company).toMatchObject({ name: 'Fabrikam Ltd', reason: 'company/header-field' });
    expect(html.slice(r.company!.start, r.company!.end)).toBe('Fabrikam Ltd');
  });

  it('reads a label drawn as an icon ("Location pin icon") and not a later map widget\'s row', () => {
    const html = `<html><body><h1>Field Engineer</h1><p><span>Location pin icon</span></p><p>York, United Kingdom</p>
      <p>You will visit sites across the south west.</p><h3>Locations</h3><p>Use the scroll wheel to zoom the map</p></body></html>`;
    const r = extract(html);
    expect(r.location).toMatchObject({ city: 'York', reason: 'location/field' });
  });

  it('is the place line under the title when no row names it', () => {
    const html = `<html><body><h1>Field Engineer</h1><p>Leeds, West Yorkshire, United Kingdom</p>
      <p>Our head office is in Manchester.</p><p>You will visit sites across the north.</p></body></html>`;
    const r = extract(html);
    expect(r.location).toMatchObject({ city: 'Leeds', country: 'GB' });
    expect(html.slice(r.location!.start, r.location!.end)).toBe(r.location!.text);
  });

  it("comes from the posting's own Location row, not the rows of job cards listed before it", () => {
    const card = (title: string, place: string) => `<li><a href="/j">${title}</a><dl><dt>locations</dt><dd>${place}</dd></dl></li>`;
    const html = `<html><body><ul>${card('Field Engineer', 'Manchester')}${card('Site Manager', 'Bristol')}</ul>
      <h2>Field Engineer</h2><dl><dt>locations</dt><dd>Leeds</dd></dl><p>Field Engineer in our Leeds team.</p></body></html>`;
    expect(extract(html).location?.city).toBe('Leeds');
  });
});

describe('details box rows of requirements', () => {
  it('reads "Required Experience" with its value in the next cell as experience', () => {
    const html = `<html><body><h1>Java Developer</h1><table>
      <tr><td>Required Experience</td><td>5 to 8 years</td></tr>
      <tr><td>Required Education</td><td>Bachelor's degree</td></tr></table></body></html>`;
    const r = extract(html);
    expect(r.experience.map((e) => [e.minYears, e.maxYears, html.slice(e.start, e.end)])).toEqual([[5, 8, '5 to 8 years']]);
    expect(r.education.map((e) => e.level)).toEqual(['bachelor']);
  });
});

describe('a careers page whose details sit in a sidebar', () => {
  const page = `<html><head><title>Fabrikam Robotics - Careers</title></head><body>
<div id="careersHeader"><img alt="Fabrikam Robotics" src="logo.png"><a href="/careers">View All Jobs</a></div>
<div class="card"><h2 class="card-title">Support Engineer</h2>
<div class="card-content"><p>Fabrikam Robotics builds arms for small factories. We need a Support Engineer to help customers by phone and on site.</p>
<ul><li>2+ years supporting industrial equipment</li></ul></div>
<div class="card-sidebar"><div><span>Location</span><span>Dayton, Ohio</span></div><div><span>Department</span><span>Service</span></div>
<div><span>Employment Type</span><span>Full-Time</span></div><div><span>Compensation</span><span>$52,000 - $60,000 / year</span></div></div>
</div><div class="footer">Powered by an ATS</div></body></html>`;
  const r = extract(page);

  it('reads the sidebar as the details box it is, not as furniture', () => {
    expect(r.location).toMatchObject({ city: 'Dayton', region: 'Ohio' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
  });

  it('takes the title from the heading, not the employer opening a sentence; the employer from "X - Careers"', () => {
    expect(r.title?.text).toBe('Support Engineer');
    expect(r.company).toMatchObject({ name: 'Fabrikam Robotics', reason: 'company/page-title-careers' });
  });

  it('still drops a sidebar of other jobs, which repeats its rows', () => {
    const other = page.replace('</body>', '<div class="sidebar"><h3>Data Analyst</h3><span>Location</span><span>Austin, Texas</span><h3>Welder</h3><span>Location</span><span>Reno, Nevada</span></div></body>');
    expect(extract(other).locations.map((l) => l.name)).not.toContain('Austin');
  });
});

describe('a page title that splits the job title at its own dash', () => {
  const page = `<html><head><title>Careers - Registered Nurse - ICU Nights - Fabrikam Health</title></head><body>
<div class="top"><a href="/">Fabrikam Health</a><a href="/jobs">Search Jobs</a></div>
<h1>Registered Nurse - ICU Nights</h1><dl><dt>Location</dt><dd>US-MO-St. Louis</dd><dt>Position Type</dt><dd>Full Time</dd></dl>
<p>Provide direct care to critically ill adults on our 24-bed unit. Current RN license required.</p></body></html>`;
  it('takes the heading that runs over the dash as the title, and the piece after it as the employer', () => {
    const r = extract(page);
    expect(r.title?.text).toBe('Registered Nurse - ICU Nights');
    expect(r.company).toMatchObject({ name: 'Fabrikam Health', reason: 'company/page-title-part' });
  });
});

describe("a state's code after the town in a page title", () => {
  const page = `<html><head><title>Vaga de Analista de Recursos Humanos Pleno em Campinas - SP | Contoso Vagas</title><meta property="og:title" content="Analista de Recursos Humanos Pleno - Campinas - SP"></head><body>
<nav><a href="/">Vagas de emprego</a><a href="/cv">Currículo</a></nav>
<p>Home &gt; Vagas &gt; Analista de RH &gt; Campinas - SP &gt; Analista de Recursos Humanos Pleno</p>
<h1>Analista de Recursos Humanos Pleno</h1><p>Grupo Fabrikam Alimentos</p><p>R$ 5.200,00 a R$ 6.500,00</p><p>Campinas - SP (1)</p><p>Regime de contratação: CLT (Efetivo)</p>
<h2>Descrição</h2><p>O Grupo Fabrikam Alimentos, indústria de alimentos com mais de 35 anos de mercado, está contratando Analista de Recursos Humanos Pleno para atuar na unidade de Campinas.</p></body></html>`;
  it('is no employer', () => expect(extract(page).company?.name).toBe('Grupo Fabrikam Alimentos'));
});

describe("the employer's short form in the body, its full name in the page title", () => {
  const page = `<html><head><title>Warehouse Associate - Night Shift | Northwind Logistics</title></head><body>
<h1>Warehouse Associate - Night Shift</h1><ul><li>Columbus, OH, United States</li><li>Full-time</li></ul>
<h2>Job Description</h2><p>Pick, pack and load orders on the night shift. Starting pay $19.25/hour.</p>
<h2>Additional Information</h2><p>Northwind is an equal opportunity employer.</p></body></html>`;
  it('gives the full name the head prints, with the weight of the body\'s short form', () => {
    // The body never prints the full name: it is the head's, with no span.
    expect(extract(page).company).toMatchObject({ name: 'Northwind Logistics', reason: 'company/page-head' });
  });
  it('keeps the short form where the head names no employer', () => {
    expect(extract(page.replace(' | Northwind Logistics', '')).company?.name).toBe('Northwind');
  });
});

describe("an applicant-tracking system's page: the employer's logo, a heading of its name, an apply button above the posting", () => {
  const page = `<html><head><title>Adatum Outdoor - Store Manager</title></head><body>
<div class="ats-header"><img class="ats-logo" alt="Adatum Outdoor logo" src="/l.png"><h2>Adatum Outdoor</h2><a href="/jobs">Back to Job Openings</a></div>
<h2>Store Manager</h2><div>Retail · Boise, Idaho</div>
<div><a href="/apply">Apply now</a></div>
<p>Run a store of 14 people: rotas, stock, visual merchandising and sales targets.</p>
<h3>Requirements</h3><ul><li>3+ years managing a retail store</li><li>Experience with Microsoft Excel</li></ul></body></html>`;
  const r = extract(page);
  it("takes the job's heading as the title, not the heading that repeats the logo's name; the employer from the logo", () => {
    expect(r.title?.text).toBe('Store Manager');
    expect(r.company?.name).toBe('Adatum Outdoor');
  });
  it('reads the description under an apply button: the button opens no how-to-apply section', () => {
    expect(r.skills.map((s) => s.id)).toContain('microsoft-excel');
  });
  it("ends the posting at an apply button below its description: the site's teaser after it gives no skill", () => {
    const after = extract(page.replace('</body>', '<h3>Apply now</h3><p>Join our talent community: we look for passionate, curious team players.</p></body>'));
    expect(after.skills.map((s) => s.id)).not.toContain('curiosity');
  });
  it('reads an interview process as the how-to-apply part, where the recruiter and the CEO are people met, not skills', () => {
    const other = extract(page.replace('</body>', '<h3>Interview process</h3><ol><li>Recruiter call</li><li>Onboarding plan review with the CEO</li></ol></body>'));
    expect(other.sections.map((s) => s.kind)).toContain('how_to_apply');
    expect(other.skills.map((s) => s.id)).not.toContain('onboarding');
  });
  it('names the employer from a logo the page title agrees with, where the body prints only a short form', () => {
    const other = `<html><head><title>Werkstudent Marketing | Litware GmbH</title></head><body>
<header><img alt="Litware GmbH" src="/logo"></header><h1>Working Student Marketing</h1>
<p>Litware builds accounting software for small businesses. You support our campaigns.</p></body></html>`;
    expect(extract(other).company).toMatchObject({ name: 'Litware GmbH', reason: 'company/page-head' });
  });
  it("takes no board's logo for the employer where the body never names it", () => {
    const board = `<html><head><title>Welder - Jobboardly</title></head><body><header><a href="/"><img alt="Jobboardly"></a></header>
<h1>Welder</h1><p>MIG welding of steel frames in a Leeds workshop, days only.</p><footer>© Jobboardly Ltd</footer></body></html>`;
    expect(extract(board).company).toBeNull();
  });
});

describe("a board's page title and headings around the job", () => {
  it("takes the job from a heading that puts the board's name before it, as the page title puts it after", () => {
    const page = `<html><head><title>Baker - Jobhub</title></head><body><h1><span class="brand">Jobhub</span> <span>baker</span></h1>
<p>Posted by Northwind Bakery Ltd.</p><h3>Work conditions and physical capabilities</h3><p>Standing for extended periods.</p></body></html>`;
    expect(extract(page).title?.text).toBe('baker');
  });
  it("takes the main heading, not the board's brand that the page title names above it", () => {
    const page = `<html><head><title>CIVICJOBS - Job Announcement</title></head><body><div><a href="/">CIVICJOBS</a></div>
<h1>Supervisory Contract Specialist</h1><h2>Department of Parks</h2><p>Leads a team of 6 contract specialists.</p></body></html>`;
    expect(extract(page).title?.text).toBe('Supervisory Contract Specialist');
  });
  it('takes a heading whose job the page title shortens ("Electrician Job in Leeds"), not the employer line under it', () => {
    const page = `<html><head><title>Electrician Job in Leeds - Northwind Facilities - Jobboardly</title></head><body>
<h1>Multi-skilled Electrician</h1><div>Leeds</div><div>Northwind Facilities</div><p>Northwind Facilities are looking for an electrician.</p></body></html>`;
    expect(extract(page).title?.text).toBe('Multi-skilled Electrician');
  });
  it('takes a title that opens with a word sites use for their own links ("Home", "Contact", "Company")', () => {
    const page = (job: string) => `<html><head><title>${job} job in Leeds at Northwind Care</title></head><body><nav><a href="/">Home</a></nav>
<h1>${job}</h1><div>Northwind Care</div><div>Leeds</div><h2>About Northwind Care</h2><p>Northwind Care supports older people at home.</p></body></html>`;
    expect(extract(page('Home Health Aide')).title?.text).toBe('Home Health Aide');
    expect(extract(page('Contact Centre Advisor')).title?.text).toBe('Contact Centre Advisor');
    expect(extract(page('Company Secretary')).title?.text).toBe('Company Secretary');
  });
  it("finds the page title's job in the body, not the employer its logo names, nor half of a job split at the title's dash", () => {
    const page = (title: string) => `<html><head><title>${title}</title></head><body><div class="top"><img class="logo" alt="Wingtip Dental"><a href="/">All jobs</a></div>
<div class="posting"><div class="name">Dental Assistant - Evenings</div><div>Raleigh, NC</div><div>Wingtip Dental Raleigh</div>
<p>Wingtip Dental is hiring a chairside assistant for our Raleigh office.</p></div></body></html>`;
    expect(extract(page('Dental Assistant - Evenings - Wingtip Dental')).title?.text).toBe('Dental Assistant - Evenings');
    expect(extract(page('Wingtip Dental - Dental Assistant - Evenings')).title?.text).toBe('Dental Assistant - Evenings');
  });
  it('takes the heading without the requisition number printed after the job ("Field Technician II-(2600412)")', () => {
    const page = (h1: string) => `<html><head><title>Job Description - Field Technician II (2600412)</title></head><body>
<h1><span>Field Technician II</span>${h1}</h1><p>Fabrikam Energy services compressors on customer sites.</p></body></html>`;
    expect(extract(page('-<span>(2600412)</span>')).title?.text).toBe('Field Technician II');
    expect(extract(page(' (R-2600412)')).title?.text).toBe('Field Technician II');
  });
  it("finds a page title's job without its requisition number, and a details cell's value without the label's colon", () => {
    const page = `<html><head><title>Job Description - Maintenance Technician II (26000417)</title></head><body>
<div><span class="titlepage">Maintenance Technician II</span> - <span>(26000417)</span></div><p>Repair molding machines and conveyors.</p>
<table><tr><td>Organization</td><td>: Tailspin Manufacturing</td></tr><tr><td>Schedule</td><td>: Full-time</td></tr></table></body></html>`;
    const r = extract(page);
    expect(r.title?.text).toBe('Maintenance Technician II');
    expect(r.company?.name).toBe('Tailspin Manufacturing');
  });
});

describe("an Indian board's header chips", () => {
  const page = (chip: string) => `<html><head><title>Java Developer - Contoso Technologies</title></head><body>
<h1>Java Developer</h1><div class="comp"><a>Contoso Technologies</a></div>${chip}<div class="sal"><span>12-22 Lacs P.A.</span></div>
<h2>Job description</h2><p>Build microservices in Java and Spring Boot for our banking products.</p></body></html>`;
  it('reads a range of years alone on its line as the experience asked for ("4-8 Yrs")', () => {
    expect(extract(page('<div class="exp"><span>4-8 Yrs</span></div>')).experience).toEqual([expect.objectContaining({ minYears: 4, maxYears: 8 })]);
  });
  it('but not under a label of another length ("Age")', () => {
    expect(extract(page('<dl><dt>Age</dt><dd>25-35 Yrs</dd></dl>')).experience).toEqual([]);
  });
});

describe("the company's box under its heading", () => {
  it('names its seat, not the job\'s place: "Sobre la empresa" / "Sede" / "Ribeira (A Coruña)"', () => {
    const html = `<html><head><title>Técnico de Mantenimiento en Vigo - Empleos</title></head><body><h1>Técnico de Mantenimiento</h1><p>Conservas Atlántico S.L.</p><p>Vigo (Pontevedra)</p>
      <h2>Descripción</h2><p>Mantenimiento preventivo de las líneas de envasado en nuestra planta.</p>
      <h2>Sobre la empresa</h2><dl><dt>Sector</dt><dd>Alimentación</dd><dt>Sede</dt><dd>Ribeira (A Coruña)</dd></dl></body></html>`;
    expect(extract(html).location?.name).toBe('Vigo');
  });
});

describe('boards never tuned on: the header as they print it', () => {
  it("reads the employer's registered name with a rating after it (\"Northwind Logística S.A.S. 4,1\"), its form whole", () => {
    const page = `<html><head><title>Auxiliar de Bodega - Bogotá | Empleos</title></head><body><h1>Auxiliar de Bodega</h1>
<p><a href="/northwind">Northwind Logística S.A.S.</a> <span>4,1</span></p><p>Bogotá, D.C.</p>
<h3>Descripción de la oferta</h3><p>Requerimos auxiliar de bodega con experiencia en alistamiento de pedidos.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Northwind Logística S.A.S.');
  });

  it('reads the name before a star and its count of reviews ("Vyomtech Software Pvt. Ltd. ★ 3.9 | 212 Reviews"), its form whole', () => {
    const copied = 'Senior Java Developer - Microservices\nVyomtech Software Pvt. Ltd. ★ 3.9 | 212 Reviews\n5 - 8 Years\nBengaluru\nJob description\nWe build lending software.';
    expect(extract(copied).company?.name).toBe('Vyomtech Software Pvt. Ltd.');
  });

  it("takes no title from the page title's registered name or pay, though the body shows them on lines of their own", () => {
    const engineer = `<html><head><title>Sales Engineer - HVAC Job in Dubai - Northwind Building Systems LLC | Gulfboard</title></head><body>
<p><span>Sales Engineer - HVAC</span></p><p><a href="/nbs">Northwind Building Systems LLC</a></p><p>Dubai - United Arab Emirates</p>
<h2>Job Description</h2><p>Grow our project sales of chillers and air handling units with MEP contractors.</p></body></html>`;
    expect(extract(engineer).title?.text).toBe('Sales Engineer - HVAC');
    const shift = `<html><head><title>Warehouse Associate shift in Ontario, CA - $19.50/hr | Gigboard</title></head><body>
<div>$19.50/hr</div><div>Warehouse Associate</div><div>Fabrikam Fulfillment</div><div>4200 E Airport Dr, Ontario, CA 91761</div>
<h2>About the shift</h2><p>Pick, pack and label orders during the holiday peak.</p></body></html>`;
    expect(extract(shift).title?.text).toBe('Warehouse Associate');
  });

  it('cuts the employer a heading prints after the job ("Comptable H/F" then the link to "Contoso France")', () => {
    const page = `<html><head><title>Comptable H/F - Contoso France - Lyon | Emploiboard</title></head><body>
<h1><span>Comptable H/F</span> <a href="/contoso-france">Contoso France</a></h1><ul><li>Lyon 3e - 69</li><li>CDI</li></ul>
<h2>Détail du poste</h2><p>Contoso France renforce sa direction financière à Lyon.</p></body></html>`;
    const r = extract(page);
    expect(r.title?.text).toBe('Comptable H/F');
    expect(r.company?.name).toBe('Contoso France');
  });

  it('cuts "at" and the employer after the job in a heading the page title repeats, not the "at" of one title', () => {
    const heading = (h: string, co: string) => `<html><head><title>${h} - Jobmag</title></head><body><h2>${h}</h2>
<p>Posted today - ${co} jobs</p><p>${co} is recruiting to fill the position below.</p><p>Source grains and negotiate prices.</p></body></html>`;
    expect(extract(heading('Procurement Officer at Proseware Agro-Allied Limited', 'Proseware Agro-Allied Limited')).title?.text).toBe('Procurement Officer');
    expect(extract(heading('Attorney at Law', 'Contoso Legal')).title?.text).toBe('Attorney at Law');
  });

  it("reads no row's label as the employer: a \"Listed By\" row's \"Employer\" over the \"Company Size\" row", () => {
    const page = `<html><head><title>Dental Receptionist | Woodgrove Dental Clinic | Classifieds</title></head><body><h1>Dental Receptionist</h1>
<div data-testid="company-name">Woodgrove Dental Clinic</div><div>Al Barsha, Dubai</div>
<div><div><span>Listed By</span><span>Employer</span></div><div><span>Company Size</span><span>11-50 employees</span></div></div>
<h2>Description</h2><p>Greet patients and manage appointments.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Woodgrove Dental Clinic');
  });

  it('reads the employer of a page title\'s "X bij Y in Place" without the place', () => {
    const page = `<html><head><title>Vacature Verpleegkundige Wijkzorg bij Proseware Zorggroep in Utrecht - Vacaturebank</title></head><body>
<h1>Verpleegkundige Wijkzorg</h1><ul><li>Utrecht</li><li>32 - 36 uur</li></ul><p>Wil jij zelfstandig werken in de wijk? Proseware Zorggroep zoekt collega's.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Proseware Zorggroep');
  });

  it('reads "We\'re X, a ..." as an introduction of the employer', () => {
    const page = `<html><head><title>Founding Backend Engineer</title></head><body><div>Founding Backend Engineer</div>
<div>We're Contoso Labs, a seed-stage team building inventory forecasting for independent grocers.</div>
<h2>What you'll do</h2><p>Own the Postgres schema and the APIs of Contoso Labs.</p></body></html>`;
    expect(extract(page).company?.name).toBe('Contoso Labs');
  });
});

describe("an ATS's details table", () => {
  test('an "Organization" row that names a department is no employer', () => {
    const r = extract('<html><body><span class="titlepage">Forklift Driver - Nights</span><div><p><b>Description</b></p><p>We need a forklift driver for nights at our Toledo warehouse.</p></div><table><tr><td>Primary Location</td><td>: United States-Ohio-Toledo</td></tr><tr><td>Organization</td><td>: Operations</td></tr><tr><td>Schedule</td><td>: Full-time</td></tr></table></body></html>');
    expect(r.company).toBeNull();
  });
});

describe("a board's own name in its head", () => {
  const page = (site: string, title: string, body: string) =>
    `<html><head><title>${title}</title><meta property="og:site_name" content="${site}"></head><body><header><a href="/">${site}</a></header><main>${body}</main></body></html>`;
  test('"Fenland Jobs" is the board; the trust under the title, a long name ending in "Trust", is the employer', () => {
    const r = extract(page('Fenland Jobs', 'Staff Nurse - Job Advert - Fenland Jobs', '<h1>Staff Nurse</h1><h2>Ouse Valley and Fenland NHS Foundation Trust</h2><p>Salary: Band 5</p><p>Ouse Valley and Fenland NHS Foundation Trust runs two hospitals. Join our ward team.</p>'));
    expect(r.company?.name).toBe('Ouse Valley and Fenland NHS Foundation Trust');
  });
  test('a board name in capitals with no site name of its own ("FEDJOBS - Job Announcement - ...") is no employer', () => {
    const html = '<html><head><title>FEDJOBS - Job Announcement - Hydrologist</title></head><body><p>Department of Public Lands</p><p>Bureau of Range and Watershed Services</p><h1>Hydrologist</h1><p>This position is located in the Denver office of the Bureau of Range and Watershed Services. You will collect and analyse stream flow data.</p><p>Address: Bureau of Range and Watershed Services, 400 Capitol Mall, Sacramento, CA</p></body></html>';
    // (A body's name of six words opening with a body's word, "Bureau of ...", is a plausible employer's name.)
    expect(extract(html).company?.name).toBe('Bureau of Range and Watershed Services');
  });
  test('a board that disclaims the adverts it carries ("Please mention Fabjobs when applying") is no employer', () => {
    const html = '<html><head><title>DevOps Engineer - Cheltenham - Fabjobs</title></head><body><nav><a href="/">Fabjobs</a> <a href="/my">My Fabjobs</a></nav><h1>DevOps Engineer</h1><p>Posted by Harcourt Lane Technical Ltd</p><p>Our client, a systems integrator, needs a DevOps engineer for a six month contract.</p><p>Please mention Fabjobs when applying. Fabjobs is not responsible for the content of this advertisement.</p></body></html>';
    expect(extract(html).company?.name).toBe('Harcourt Lane Technical Ltd');
  });
  test('the rating and count of reviews after the name under the title are the board\'s ("4,0 ★ (22 valoraciones)")', () => {
    const html = '<html><head><title>Técnico de Soporte - InfoEmpleo</title></head><body><h1>Técnico de Soporte</h1><p>Turiaweb Soluciones 4,0 ★ (22 valoraciones)</p><p>Valencia · Presencial</p><p>Damos soporte a más de 140 empresas. Turiaweb Soluciones busca un técnico de soporte.</p></body></html>';
    expect(extract(html).company?.name).toBe('Turiaweb Soluciones');
  });
  test('"GOVJOBS" is the board; the department under the title is the employer', () => {
    const r = extract(page('GOVJOBS', 'GOVJOBS - Job Announcement', '<h1>Budget Analyst</h1><h2>Department of the Interior</h2><p>Salary $70,000 - $90,000 per year.</p><p>You will prepare budget reports.</p>'));
    expect(r.company?.name).toBe('Department of the Interior');
  });
});

describe('the line under the title that a board fills with other details', () => {
  const meta = { titles: [], siteName: null, employerName: null, markedTitle: null, logos: [], siteLogos: [] };
  test.each([
    // (Named again in the details, as an employer's name would be.)
    ['the pay', 'Weekend Barista\n$29.80 per hour\nFremantle, WA 6160\nSalary\n$29.80 per hour\nWe need a barista for weekends.'],
    ['the terms, two chips run together', 'Senior Frontend Developer\nFull TimeRemote\nNew Cairo, Egypt\nJob type\nFull TimeRemote\nYou will build our web app in React.'],
  ])('%s is no employer', (_what, text) => {
    expect(pickCompany(text, meta, { start: 0, end: text.indexOf('\n') })).toBeNull();
  });

  test("nor is the page title's piece that the text's place line opens with (\"Fremantle\" over \"Fremantle, WA 6160\")", () => {
    const titled = { ...meta, titles: ['Weekend Barista | Hospitality | Fremantle | 1330000042'] };
    const text = 'Home\nFremantle\nJobs\nWeekend Barista\nFremantle, WA 6160\nListed 2 days ago\nHi all! Harbourside Espresso is a busy coffee bar. We need a barista for weekends.';
    const at = text.indexOf('Weekend Barista');
    expect(pickCompany(text, titled, { start: at, end: at + 'Weekend Barista'.length })).toBeNull();
  });
});

describe("a public body's name in its equal-opportunity statement", () => {
  it('keeps its small words, and the city it is named for stays the place ("The City of Springfield is an Equal Opportunity Employer")', () => {
    const text = 'Police Officer\nCity of Springfield, Missouri\n\nLocation: Springfield, MO\nJob Type: Full-Time\n\nThe Springfield Police Department is accepting applications from certified officers. Springfield is just 40 miles from Branson.\n\nThe City of Springfield is an Equal Opportunity Employer.';
    const r = extract(text);
    expect([r.company?.name, r.location?.name, r.location?.region]).toEqual(['City of Springfield', 'Springfield', 'Missouri']);
  });
});

describe('a sentence that opens with a quantifier names no employer', () => {
  it('"All offers are subject to references" is no employer "All"', () => {
    const text = 'Field Coordinator\nKisumu, Kenya\nWe keep rural water points working across Western Kenya.\nAll offers are subject to satisfactory references. All offers are made in writing.';
    expect(extract(text).company?.name).not.toBe('All');
  });
});

describe("the employer's name as a page's images print it", () => {
  it('is read without its logo\'s word or an avatar\'s initials before it', () => {
    expect(extract('Jobs\nSign in\nCivil Engineer II\nTri-Basin Regional Water District logo\nWindsor, CO\nDesign treatment plant upgrades.').company?.name).toBe('Tri-Basin Regional Water District');
    expect(extract('Find Jobs\nLog in\nTravel Nurse RN - ICU\nNC Northstar Clinical Staffing\nBoise, ID\nCare for ICU patients on nights.').company?.name).toBe('Northstar Clinical Staffing');
  });
});

describe("an employer's name before its careers site's words in the page title", () => {
  test.each([
    ['Seasonal Pool Attendant | City of Cedar Falls Job Openings', 'City of Cedar Falls'],
    ['Ironwood Mining Services Jobs and Careers | Heavy Diesel Fitter | JobBoard', 'Ironwood Mining Services'],
  ])('%j', (title, name) => {
    const html = `<html><head><title>${title}</title></head><body><main><h1>${title.includes('Pool') ? 'Seasonal Pool Attendant' : 'Heavy Diesel Fitter'}</h1><p>${name} is hiring for the summer season. Apply online by May 1.</p></main></body></html>`;
    expect(extract(html).company?.name).toBe(name);
  });
});
