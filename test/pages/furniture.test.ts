import { extract } from '../../src';

const skills = (html: string) => extract(html).skills.map((s) => s.name);

describe('page furniture without telling class names', () => {
  it('the link that skips to the content is no duty', () => {
    const html = `<html><body><a href="https://example.com/careers/analyst#content"><span>Skip to main content</span></a><h1>Data Analyst</h1>
      <p>Build reports in SQL for our finance team in Leeds.</p></body></html>`;
    expect(skills(html)).toContain('SQL');
    expect(skills(html)).not.toContain('Skip to main content');
  });

  it("a search's filter chips (aria-label \"Filters\") name no place of the job", () => {
    const html = '<html><body><div aria-label="Filters"><span>Job type: Internship</span><span>Location: Portland, OR</span><span>Remote: Any</span></div><main><h1>Software Engineering Intern</h1><p>VanArsdel</p><div><div>Work location</div><div>Seattle, WA</div></div><p>Join our cloud team for the summer and ship code to production with a mentor.</p></main></body></html>';
    expect(extract(html).locations.map((l) => l.name)).toEqual(['Seattle']);
  });

  it('a breadcrumb trail (class "crumbs") names no place of the job', () => {
    const html = `<html><body><div class="crumbs"><a href="/">Home</a> &gt; <a href="/leeds">Jobs in Leeds</a> &gt; Care Assistant</div>
      <h1>Care Assistant</h1><p>Support residents with personal care in our care home in Bristol.</p></body></html>`;
    expect(extract(html).locations.map((l) => l.name)).toEqual(['Bristol']);
  });

  it('a box opened by a "People also viewed" heading gives nothing', () => {
    const html = `<html><body><h1>Care Assistant</h1><p>Support residents with personal care in our Leeds home.</p>
      <div><h3>People also viewed</h3><p>Python Developer in Bristol, £60,000 a year, SQL and Java</p></div></body></html>`;
    const r = extract(html);
    expect(skills(html)).not.toEqual(expect.arrayContaining(['Python']));
    expect(r.salaries).toEqual([]);
  });

  it('an application form that is no <form> gives nothing: its labels are questions to the applicant', () => {
    const html = `<html><body><h1>Account Executive</h1><p>Win new mid-market customers and forecast in Salesforce. You run full-cycle sales
      from discovery to close, build pipeline with partners and our SDR team, and grow a book of 40 accounts across the Midwest.</p>
      <div class="apply"><h3>Apply</h3><label>Full name</label><input><label>Email</label><input><label>Current location</label><input>
      <label>Are you legally authorized to work in the United States?</label><select><option>Yes</option><option>No</option></select>
      <label>How many years of experience do you have with Python?</label><textarea></textarea></div></body></html>`;
    const r = extract(html);
    expect(skills(html)).toContain('Salesforce');
    expect(skills(html)).not.toContain('Python');
    expect(r.text).not.toContain('legally authorized');
  });

  it("a page without an <h1> keeps the job's row whose title is its first <h2>, among the row's tag links", () => {
    const html = `<html><head><title>Fabrikam is hiring a Senior DevOps Engineer | Remotely</title></head><body>
      <table><tr class="job"><td><a href="/j/1"><h2>Senior DevOps Engineer</h2></a><h3>Fabrikam</h3><div>Europe</div></td>
      <td><a class="tag">devops</a> <a class="tag">terraform</a> <a class="tag">aws</a> <a class="tag">kubernetes</a></td></tr>
      <tr><td><p>Fabrikam runs the billing platform for European energy suppliers. Own our AWS infrastructure with Terraform.</p></td></tr>
      <tr class="job"><td><a href="/j/2"><h2>Frontend Engineer</h2></a><h3>Contoso</h3><div>Worldwide</div></td></tr></table></body></html>`;
    const r = extract(html);
    expect(r.title?.text).toBe('Senior DevOps Engineer');
    expect(r.company?.name).toBe('Fabrikam');
  });
  it("a board's pay statistics for the occupation are not the job's pay", () => {
    const html = `<html><body><h1>Truck Driver</h1><p>Pay: $1,600 - $1,900 per week. Home every weekend.</p>
      <div><h3>How much does a truck driver make in Phoenix, AZ?</h3><p>Average $74,300 per year, 3% above the national average.</p></div>
      <div class="salary-insights"><p>Average salary: $71,912</p></div></body></html>`;
    expect(extract(html).salaries.map((s) => s.min)).toEqual([1600]);
  });
  it('nor is a table under "Product Designer salaries at Northwind"', () => {
    const html = `<html><body><h1>Product Designer</h1><p>Design our checkout for small businesses. The employer has not provided a pay range.</p>
      <div><h2>Product Designer salaries at Northwind</h2><table><tr><td>Product Designer</td><td>$96K - $121K/yr</td></tr></table></div></body></html>`;
    expect(extract(html).salaries.filter((s) => s.min !== null)).toEqual([]);
  });
  it("nor is such a table inside the description's element", () => {
    const html = `<html><body><h1>Product Designer</h1><div class="job-description"><p>Design our checkout for small businesses. You will run research with shop owners, prototype flows in Figma and work with two engineering squads to ship every two weeks. The employer has not provided a pay range.</p>
      <section><h2>Product Designer salaries at Northwind</h2><table><tr><td>Product Designer</td><td>$96K - $121K/yr</td></tr></table></section></div></body></html>`;
    expect(extract(html).salaries.filter((s) => s.min !== null)).toEqual([]);
  });
  it('nor is what a box headed "Salary insight" says', () => {
    const html = `<html><body><h1>HSE Engineer</h1><p>Lead site safety on our marine projects in Abu Dhabi. Salary not disclosed.</p>
      <div><h3>Salary insight</h3><p>Typical pay for HSE Engineer in Abu Dhabi: AED 18,000 - 24,000 per month.</p></div></body></html>`;
    expect(extract(html).salaries.filter((s) => s.min !== null)).toEqual([]);
  });
  it('nor is what a box headed "Salary insights: Backend Developer in Berlin" says', () => {
    const html = `<html><body><h1>Backend Developer</h1><p>Build our payment services in Go. Salary not disclosed.</p>
      <div><h3>Salary insights: Backend Developer in Berlin</h3><table><tr><td>Less than 3 years</td><td>€52,400 / year</td></tr></table></div></body></html>`;
    expect(extract(html).salaries.filter((s) => s.min !== null)).toEqual([]);
  });
  it('nor is the answer under "What is the salary of a ...?" or "Average salary for ..."', () => {
    const html = (heading: string) => `<html><body><h1>Claims Adjuster</h1><p>Salary: $52,000 - $64,000 per year. Settle property claims.</p>
      <section><h2>${heading}</h2><p>The average salary for a Claims Adjuster in Omaha, NE is $58,400 per year.</p></section></body></html>`;
    expect(extract(html('What is the salary of a Claims Adjuster?')).salaries.map((s) => s.min)).toEqual([52000]);
    expect(extract(html('Average salary for Claims Adjusters')).salaries.map((s) => s.min)).toEqual([52000]);
  });

  it("the employer's reviews and its people name other jobs: no occupation or benefit from them", () => {
    const html = `<html><body><h1>Senior Business Analyst</h1><p>Document requirements and lead UAT for our payments team in Charlotte.</p>
      <div class="reviews"><h2>Contoso Bank reviews</h2><p>"Great work-life balance" - Operations Manager in Dallas, TX. Pros: 401k match.</p></div>
      <section class="colleagues"><h2>Colleagues</h2><div>Anna Lindqvist, Engineering Manager</div></section></body></html>`;
    const r = extract(html);
    expect(r.occupations.map((o) => o.name)).not.toEqual(expect.arrayContaining(['Operations Manager']));
    expect(r.occupations.map((o) => o.name)).not.toEqual(expect.arrayContaining(['Engineering Manager']));
    expect(r.benefits).toEqual([]);
  });

  it("the software's credit line names no place or employer: \"Powered by Dover\"", () => {
    const html = `<html><body><h1>Staff Product Designer</h1><div><span>Remote in United States</span><span>Full-time</span></div>
      <p>Lead design for our clinician mobile app, from research to shipped UI in Figma.</p><div class="powered">Powered by Dover</div></body></html>`;
    const r = extract(html);
    expect(r.locations.map((l) => l.name)).not.toContain('Dover');
    expect(r.text).not.toContain('Powered by');
  });

  it('a block that is mostly links is a menu', () => {
    const links = ['Excel jobs', 'SQL jobs', 'Python jobs', 'Nursing jobs', 'Driving jobs'].map((t) => `<a href="/${t}">${t}</a>`).join(' ');
    const html = `<html><body><div>${links}</div><h1>Receptionist</h1><p>Greet visitors and answer the phones at our Leeds office.</p></body></html>`;
    expect(extract(html).text).not.toContain('SQL jobs');
  });

  it('never drops the description, even inside a wrapper named like a sidebar', () => {
    const html = `<html><body><div class="layout-with-sidebar"><h1>Data Analyst</h1>
      <div class="job-description"><p>You will build reports in SQL and Excel for our finance team in Leeds.</p></div></div>
      <div class="sidebar"><p>Upload your CV</p></div></body></html>`;
    const r = extract(html);
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['SQL', 'Microsoft Excel']));
    expect(r.text).not.toContain('Upload your CV');
  });

  it("keeps a part of the posting whose class names it the posting's footer, and drops the site's footer", () => {
    const html = `<html><body><h1>Payroll Clerk</h1><div class="job-description"><p>Run the monthly payroll for 300 staff in Leeds.</p>
      <div class="posting-extra-footer"><h2>Pay and benefits</h2><p>The salary for this role is between £26,000 and £29,000.</p></div></div>
      <div class="page-footer"><p>Payroll jobs in Leeds paying £40,000</p><a href="/about">About us</a></div></body></html>`;
    const r = extract(html);
    expect(r.salary).toMatchObject({ min: 26000, max: 29000 });
    expect(r.salaries).toHaveLength(1);
    expect(r.sections.map((s) => s.kind)).toContain('benefits');
  });
});

describe("an article's own footer", () => {
  it("is the posting's meta, not the site's footer: the employer it names is read", () => {
    const html = `<html><body><article><h1>WASH Officer</h1><footer class="entity-meta"><dl><dt>Organization</dt><dd>Proseware Aid International</dd>
      <dt>Closing date</dt><dd>21 Dec 2026</dd></dl></footer><p>The officer leads water supply and sanitation work in the camps.</p></article>
      <footer><p>ReliefHub is a service of Contoso Humanitarian.</p><a href="/about">About</a></footer></body></html>`;
    expect(extract(html).company?.name).toBe('Proseware Aid International');
  });
});

describe('a box of other jobs under its heading, in any language', () => {
  it.each([
    ['Jobs near Memphis, TN', '<li>Forklift Operator - Contoso Freight - Southaven, MS - $19/hr</li>'],
    ['Ces offres pourraient aussi vous intéresser', '<li>Data Engineer H/F - Fabrikam - CDI - Bordeaux - 50K €</li>'],
    ['Ähnliche Jobs', '<li>Data Engineer (m/w/d) - Tailspin GmbH - Kiel - 60.000 €</li>'],
    ['Related remote jobs', '<li>Data Engineer - Fabrikam - Remote, US - $90,000</li>'],
    ['Jobs like this', '<li>Senior Data Engineer - Contoso - Manchester - $70,000</li>'],
    ['Remote companies like Contoso', '<li>Tailspin (Austin, TX) - Forklift Operator - $19/hr</li>'],
    ['Jobs you might be interested in', '<li>Senior Data Engineer - Fabrikam - 5-8 Yrs - $70,000</li>'],
    ['Recommended for you', '<li>Forklift Operator - Contoso Freight - $19/hr</li>'],
    ['Otras búsquedas', '<li>Data Engineer - Fabrikam - Córdoba - ARS 900.000</li>'],
  ])('%s: no pay or occupation from its cards', (heading, card) => {
    const html = `<html><body><main><h1>Warehouse Associate</h1><div class="job-body"><p>Pick and pack orders at our Memphis distribution center for $18.50 per hour.</p></div>
      <section><h2>${heading}</h2><ul>${card}</ul></section></main></body></html>`;
    const r = extract(html);
    expect(r.salaries.map((s) => s.min)).toEqual([18.5]);
    expect(r.occupations.map((o) => o.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Forklift|Data Engineer/)]));
  });
});

describe('a page behind an open modal', () => {
  it('is read though aria-hidden, and hidden icons are still left out', () => {
    const html = `<html><body><div id="app" aria-hidden="true"><h1>Van Driver</h1>
      <p><span aria-hidden="true">★★★★</span>Deliver parcels around Leeds in a company van, £12.50 per hour.</p></div>
      <div role="dialog" aria-modal="true"><p>Accept cookies?</p><button>OK</button></div></body></html>`;
    const r = extract(html);
    expect(r.title?.text).toBe('Van Driver');
    expect(r.salary).toMatchObject({ min: 12.5, period: 'hour' });
    expect(r.text).not.toContain('★');
    expect(r.text).not.toContain('Accept cookies');
  });
});

describe('a form around the page', () => {
  it('is read when it has no field to fill in (a page framework wraps every page in one)', () => {
    const html = `<html><body><div id="header"><h1>Public Sector Jobs Portal</h1></div>
      <form id="PageForm"><input type="hidden" name="state" value="x">
      <table><tr><td>Vacancy: Site Surveyor</td></tr><tr><td>Salary: £31,000 a year</td></tr>
      <tr><td>Survey road works across the county and write up the results in AutoCAD.</td></tr></table>
      <input type="submit" value="Apply"></form></body></html>`;
    const r = extract(html);
    expect(r.text).toContain('Survey road works');
    expect(r.salary).toMatchObject({ min: 31000 });
  });

  it('is dropped when it is an application form beside the posting', () => {
    const html = `<html><body><h1>Site Surveyor</h1><p>Survey road works across the county for our Leeds office.</p>
      <form><label>Your name</label><input type="text" name="n"><label>Expected salary</label><input name="s" placeholder="£45,000"><textarea name="m">Tell us about yourself and your work on bridges, tunnels and railways</textarea></form></body></html>`;
    expect(extract(html).text).not.toContain('Your name');
  });
});

describe('a posting shown in a dialog box', () => {
  it('is read when the box is most of the page, and a small dialog beside it is dropped', () => {
    const html = `<html><body><div role="dialog" class="cookie-box"><p>We use cookies to improve this site.</p></div>
      <div role="dialog" id="job-view"><div class="modal-content">
      <h5>Tailspin Toys (Pvt) Ltd</h5><p>Leeds, United Kingdom</p><p>Closing date: 30 June</p><p>Full Time</p>
      <h3>Inventory Clerk</h3><p>Apply for jobs from your Boardly account</p>
      <p>Count and record the stock of our Leeds toy warehouse every week, and order what runs low from suppliers.</p>
      </div></div></body></html>`;
    const r = extract(html);
    expect(r.text).not.toContain('cookies');
    expect(r.title).toMatchObject({ text: 'Inventory Clerk' });
    expect(r.company).toMatchObject({ name: 'Tailspin Toys (Pvt) Ltd', reason: 'company/legal-name-by-title' });
    expect(r.location).toMatchObject({ city: 'Leeds' });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
  });
});

describe('page title', () => {
  it('is never the site name or a form label, whatever comes first', () => {
    const html = `<html><head><title>Staff Nurse | Careboard</title></head><body><h1>Careboard</h1><h2>Search for:</h2>
      <h1>Staff Nurse</h1><p>Join our ward team in York.</p></body></html>`;
    expect(extract(html).title).toMatchObject({ text: 'Staff Nurse', reason: 'title/heading-agrees-with-page-title' });
  });

  it("is the title the markup names where the only heading repeats the site's one-piece page title", () => {
    const html = `<html><head><title>County Jobs Portal</title></head><body><h1>County Jobs Portal</h1>
      <table><tr><td><span id="Main_lblJobTitle">Bridge Inspector</span> / <span>Roads Department</span></td></tr>
      <tr><td>Inspect the county's bridges twice a year.</td></tr></table></body></html>`;
    expect(extract(html).title).toMatchObject({ text: 'Bridge Inspector', reason: 'title/marked-in-markup' });
  });

  it('keeps a heading that agrees with a page title of several parts over another marked title, and a related-jobs box is no title', () => {
    const html = `<html><head><title>Bridge Inspector | County Jobs</title></head><body><h1>Bridge Inspector</h1>
      <p>Inspect the county's bridges twice a year.</p><div class="next"><p>Next:</p><p class="job-title">Road Planner</p></div></body></html>`;
    expect(extract(html).title).toMatchObject({ text: 'Bridge Inspector', reason: 'title/heading-agrees-with-page-title' });
    const related = `<html><body><h2>Bridge Inspector</h2><p>Inspect bridges.</p><div class="job-title">Related jobs</div></body></html>`;
    expect(extract(related).title?.text).toBe('Bridge Inspector');
  });

  it("is never the site's name inside a sentence", () => {
    const html = `<html><head><meta property="og:title" content="Boardly - jobs and careers"></head><body>
      <h3>Inventory Clerk</h3><p>Apply for jobs from your Boardly account.</p></body></html>`;
    expect(extract(html).title).toMatchObject({ text: 'Inventory Clerk', reason: 'title/heading' });
  });

  it('is a page title the body shows when no heading agrees', () => {
    const html = `<html><head><meta property="og:title" content="Staff Nurse"></head><body>
      <div class="job-title">Staff Nurse</div><p>Join our ward team in York.</p></body></html>`;
    expect(extract(html).title).toMatchObject({ text: 'Staff Nurse', reason: 'title/page-title-in-text' });
  });
});

describe('a page passed as the html property of an object', () => {
  it('is read the same way, with offsets into that property', () => {
    const html = `<html><head><title>Staff Nurse - St Mary's Hospital</title></head><body><nav><a href="/">Home</a></nav>
      <h1>Staff Nurse</h1><h2>About St Mary's Hospital</h2><p>Join our ward team in York.</p></body></html>`;
    const r = extract({ html });
    expect(r.title?.text).toBe('Staff Nurse');
    expect(r.company).toMatchObject({ name: "St Mary's Hospital", field: 'html' });
    expect(html.slice(r.company!.start, r.company!.end)).toBe("St Mary's Hospital");
  });
});

describe("a details box in a sidebar, its rows each marked as the sidebar's", () => {
  it('keeps the pay and the terms of rows marked "sidebar-item"', () => {
    const r = extract('<html><body><header><a href="/careers">View all open positions</a></header><main><h2>Dental Nurse</h2><p>Harbour Dental Practice is a four-surgery practice in Truro. We need a dental nurse to support our dentists chairside.</p></main><aside class="sidebar"><div class="sidebar-item"><span>Employment Type</span><span>Part-Time</span></div><div class="sidebar-item"><span>Compensation</span><span>£12.50 - £14.00 / hour</span></div><div class="sidebar-item"><span>Location</span><span>Truro, Cornwall</span></div></aside></body></html>');
    expect([r.salary && [r.salary.min, r.salary.max, r.salary.period], r.employmentType.map((t) => t.value)]).toEqual([[12.5, 14, 'hour'], ['part_time']]);
  });
});

describe("the years asked, printed under a page's title", () => {
  it('is the experience asked for, as Indian boards print it', () => {
    const html = `<html><head><title>Java Developer - Fabrikam</title></head><body><nav><a href="/">Jobs</a><a href="/login">Login</a></nav>
      <main><h1>Java Developer</h1><div><a href="/fabrikam">Fabrikam Infotech</a></div><div><span>3 - 6 years</span></div><div><span>6-12 Lacs P.A.</span></div>
      <div><a>Hyderabad</a></div><section><p>Build services in Java and Spring Boot for our banking clients.</p></section></main></body></html>`;
    expect(extract(html).experience[0]).toMatchObject({ minYears: 3, maxYears: 6 });
  });
});

describe('a list of other jobs that no heading or class names', () => {
  const job = `<main><h1>Dental Receptionist</h1><div>Harbour Dental Practice</div><div>Truro, Cornwall</div><div>Full-time</div>
    <p>Greet patients, book appointments and keep our records in order. You work on site at our practice five days a week.</p></main>`;

  it('gives no term, place or remote work of its cards beside the job (search results)', () => {
    const html = `<html><body><section>
      <div><h2><a href="/j/1">Dental Nurse</a></h2><div>Smile Clinic</div><div>Remote in Plymouth</div><div>Part-time · Temporary</div></div>
      <div><h2><a href="/j/2">Practice Manager</a></h2><div>Bright Teeth</div><div>Exeter</div><div>Contract</div></div>
      <div><h2><a href="/j/3">Treatment Coordinator</a></h2><div>Molar Care</div><div>Remote</div><div>Part-time</div></div>
      </section>${job}</body></html>`;
    const r = extract(html);
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.contractType).toEqual([]);
    expect(r.workplace.filter((w) => w.value === 'remote')).toEqual([]);
    expect(r.locations.map((l) => l.name)).toEqual(['Truro']);
  });

  it('nor does a table of other vacancies, each row opening with its link', () => {
    const html = `<html><body>${job}<table>
      <tr><th>Vacancy</th><th>Location</th><th>Type</th></tr>
      <tr><td><a href="/v/1">Hygienist</a></td><td>Bristol</td><td>Part-time</td></tr>
      <tr><td><a href="/v/2">Orthodontic Therapist</a></td><td>Bath</td><td>Temporary</td></tr>
      <tr><td><a href="/v/3">Dentist</a></td><td>Remote consultations</td><td>Contract</td></tr></table></body></html>`;
    const r = extract(html);
    expect([r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual([['full_time'], []]);
  });

  it("keeps a list in the description whose links have one piece after them (the practice's sites)", () => {
    const html = `<html><body><main><h1>Dental Receptionist</h1><p>You will cover our sites:</p><ul>
      <li><a href="/truro">Truro</a> (main practice)</li><li><a href="/falmouth">Falmouth</a> (Mondays)</li><li><a href="/newquay">Newquay</a> (cover)</li></ul>
      <p>Greet patients, book appointments and keep our records in order.</p></main></body></html>`;
    expect(extract(html).locations.map((l) => l.name)).toEqual(expect.arrayContaining(['Truro', 'Falmouth', 'Newquay']));
  });
});

describe("the posting's header under a layout's class word", () => {
  it('keeps the page\'s one main heading, the employer and the place though a class names a menu ("menu_top")', () => {
    const html = `<html><head><title>Auxiliar Contable - León - Tepeyac S.A. de C.V. | Empleos</title></head><body><nav><a href="/">Inicio</a><a href="/ofertas">Ofertas</a></nav>
      <main><div class="box_border menu_top" id="offer-header"><h1>Auxiliar Contable</h1><p><a href="/tepeyac">Tepeyac S.A. de C.V.</a></p><p>León, Guanajuato</p></div>
      <div><h3>Descripción de la oferta</h3><p>Registro de pólizas y conciliaciones bancarias para nuestra sucursal.</p></div></main></body></html>`;
    const r = extract(html);
    expect([r.title?.text, r.location?.name]).toEqual(['Auxiliar Contable', 'León']);
  });
});
