import { extract } from '../../src';

// A site's menus as a scraper that collapsed the whitespace keeps them: capitalised words no list holds, some ending as
// a job's title does ("Customer", "Careers", "Partner"), run on for far longer than a posting's opening.
const MENU = [
  'Skip to main content Products Overview Cloud Customer Experience Data Platform Partner Network Pricing Docs',
  'Solutions Retail Banking Public Sector Customer Stories Resources Blog Events Webinars Community Forum',
  'Company About Leadership Newsroom Investors Careers Contact Sales Log in Try Contoso Free',
].join(' ');
const LONG_MENU = `${MENU} ${MENU} ${MENU} ${MENU}`;

const read = (text: string) => {
  const r = extract(text);
  return [r.title?.text ?? null, r.company?.name ?? null];
};

describe('a whole job page scraped onto one line (its line breaks lost)', () => {
  test('the title is the phrase that names a role where the board\'s details follow it, past a long menu', () => {
    const page = `${LONG_MENU} Search Careers Data Platform Engineer Seattle, WA Hybrid Apply now About the team Contoso builds storage. We are looking for a Data Platform Engineer to run our clusters.`;
    expect(read(page)[0]).toBe('Data Platform Engineer');
  });

  test.each([
    ['Jobs Careers Director of Product Marketing Contoso Seattle, WA $180,000 - $220,000 a year Full-time About the job Contoso is hiring a Director of Product Marketing to lead our launches.', 'Director of Product Marketing'],
    ['Jobs Careers Head of IT Contoso Seattle, WA Full-time About the job As Head of IT you will run our systems and our service desk.', 'Head of IT'],
  ])('a title goes on through the field after its "of" as far as the text restates it: %j', (post, title) => {
    expect(extract(post).title?.text).toBe(title);
  });

  test('a title through its field after "of" ends where its employer and the details begin', () => {
    const r = extract('Find Jobs Company Reviews Sign in Head of Data Platform Fabrikam 26 reviews Austin, TX Remote Full-time Fabrikam is a software company. As Head of Data Platform you will lead our data teams.');
    expect([r.title?.text, r.company?.name]).toEqual(['Head of Data Platform', 'Fabrikam']);
  });

  test('the title goes on to where the text restates it ("..., Payments, Europe"), a department after it left out', () => {
    const page = `${LONG_MENU} Back to Careers Senior Product Manager, Payments, Europe Product Remote (Germany) Full Time Apply About Contoso: we build checkout tools. Tell us why you would be a good fit for the Senior Product Manager, Payments, Europe role.`;
    expect(read(page)[0]).toBe('Senior Product Manager, Payments, Europe');
  });

  test('a label glued before the title is not part of it: the words the text says again with its noun are', () => {
    const page = 'Position Information Assistant Manager Cleveland, OH Apply Share Every Assistant Manager leads a shift team and trains new staff. You open the shop at six, count the till, set the rota for the week ahead and coach the team on every shift. Position Information Company: Fabrikam Donuts Status: Full time';
    expect(read(page)[0]).toBe('Assistant Manager');
  });

  test('a label glued after the title is not part of it', () => {
    const page = `${LONG_MENU} All Jobs Product Engineer, Growth Location San Francisco Type Full time Fabrikam builds tools for founders.`;
    expect(read(page)[0]).toBe('Product Engineer, Growth');
  });

  test('the employer after "at" is read with the title, past the menus', () => {
    const page = `${LONG_MENU} Apply Now Engineering Manager, Storage at Northwind (View all jobs) Toronto, Canada Northwind is a community of builders. We need an Engineering Manager for our storage team.`;
    expect(read(page)).toEqual(['Engineering Manager, Storage', 'Northwind']);
  });

  test('a label row after the menus ("Location: Remote") does not hide the title before it', () => {
    const page = `${LONG_MENU} Job Search Payroll Operations Manager Remote Job No. 11770326 Full-time Apply Now Location: Remote Wingtip Services runs payroll for clinics. The Payroll Operations Manager leads our payroll team.`;
    expect(read(page)[0]).toBe('Payroll Operations Manager');
  });

  test('the employer the body introduces, its sentences read as lines ("About Northwind: At Northwind, we ...")', () => {
    const page = `${LONG_MENU} Back to Careers Data Engineer Platform Remote (Canada) Full Time Apply About Northwind: At Northwind, we build tools for clinics. As a Data Engineer you will run our pipelines.`;
    expect(read(page)).toEqual(['Data Engineer', 'Northwind']);
  });

  test('the employer the body introduces under a heading run into its sentence ("Job Description Northwind is a ...")', () => {
    const page = `${LONG_MENU} Job Search Director of Claims multiple locations Job No. 11789 Full-time Apply Now Save Job Job Description Northwind is a leading professional services company that helps insurers run their claims. We are a team of 4,000 people. The Director of Claims leads our claims operations.`;
    expect(read(page)).toEqual(['Director of Claims', 'Northwind']);
  });

  test('the employer between the title and its details without the board\'s count of reviews after it', () => {
    const page = `${LONG_MENU} Find Jobs Senior Payroll Analyst Tailspin Freight 1,204 reviews Austin, TX Full-time Apply now Tailspin Freight 1,204 reviews Read what people are saying about working here. Tailspin Freight moves parcels across Texas. The Senior Payroll Analyst runs our payroll.`;
    expect(read(page)).toEqual(['Senior Payroll Analyst', 'Tailspin Freight']);
  });

  test('the title an app announces to screen readers, whatever its words ("X page is loaded X")', () => {
    const page = `${LONG_MENU} English Sign In Careers Page Process Improvement PMO III page is loaded Process Improvement PMO III Apply remote type Hybrid locations Warsaw time type Full time posted on Posted 4 Days Ago Northwind runs twelve plants. You will run the portfolio of improvement projects.`;
    expect(read(page)[0]).toBe('Process Improvement PMO III');
  });

  test('a title whose level ends it, whatever its noun ("Software Engineering II")', () => {
    const page = `${LONG_MENU} Find jobs Show similar jobs Software Engineering II Cambridge, Massachusetts, United States Apply Save Share job Date posted Nov 03 Northwind builds device management tools. You will build our policy engine.`;
    expect(read(page)[0]).toBe('Software Engineering II');
  });

  test('the employer the body introduces right under an "About X" heading run into it ("About Contoso Contoso is ...")', () => {
    const page = 'Jobs Our opportunity Life at Contoso University See open roles Jobs Our opportunity Life at Contoso University See open roles Roles at Contoso Role details Account Executive, Mid Market Who we are About Contoso Contoso is a financial infrastructure platform for businesses. Millions of companies use Contoso to accept payments. As an Account Executive you will sell to mid-market companies in Chicago, IL. Apply now';
    expect(read(page)[1]).toBe('Contoso');
  });

  test.each([
    ['All jobs Company website Senior Staff Accountant Columbus, OH Full-time Department: Finance I\'m interested Refer a friend Company Description Fabrikam Cold Storage Inc. operates eleven warehouses across the Midwest. Job Description We are looking for a Senior Staff Accountant to join our finance team.', 'Fabrikam Cold Storage Inc.'],
    ['View all jobs Data Engineer Hybrid Leeds, England Full time Engineering Apply for this job Description Northwind Analytics helps housing associations understand their repairs data. We are a team of 40. Requirements 3+ years building pipelines', 'Northwind Analytics'],
  ])('the employer that opens the body\'s first sentence, a heading run into it and the next sentence run on after it: %#', (page, company) => {
    expect(read(page)[1]).toBe(company);
  });

  test('a requisition number the board\'s template joins to the title with a dash is no part of it', () => {
    const page = 'Job Search | My Jobpage | Sign Out Forklift Operator - 2nd Shift-(2600123) Apply Online Back to Search Results Description Contoso Foods runs two bakeries in Dallas. We are looking for Forklift Operators to load our trucks on our second shift.';
    expect(read(page)[0]).toBe('Forklift Operator - 2nd Shift');
  });

  test('the employer of several words said again right after its "About" heading ("About Summit Ledger Summit Ledger builds ...")', () => {
    const page = 'Jobs Job Alerts About Us All Jobs Senior Software Engineer, Payments Denver, Colorado Apply Refer a Friend About Summit Ledger Summit Ledger builds accounting software for property managers. More than 9,000 companies use us. About the role You will design our payment services.';
    expect(read(page)[1]).toBe('Summit Ledger');
  });

  test('a gender mark a few words after the noun closes the title; a brand\'s mark ends the employer\'s name', () => {
    const page = `${LONG_MENU} Similar jobs Fullstack Developer Medizintechnik (m/w/d) Contoso® Zürich Apply Save Key information Workload:80 – 100% Contoso® ist ein Schweizer Unternehmen mit Sitz in Zürich. Du entwickelst unsere Plattform weiter.`;
    expect(read(page)).toEqual(['Fullstack Developer Medizintechnik (m/w/d)', 'Contoso®']);
  });

  test.each([
    `${LONG_MENU} All Positions Marketing Coordinator Austin, TX Full-Time Hybrid Apply to Position Proseware Outdoor designs lightweight camping gear for independent retailers. The Marketing Coordinator plans our campaigns.`,
    `${LONG_MENU} Jobs Departments UX Designer Design · Stockholm · Hybrid Apply for this job At Proseware Outdoor we make camping gear. We are looking for a UX Designer to join our studio.`,
  ])('the employer the body introduces right after a button run into its sentence: %#', (page) => {
    expect(read(page)[1]).toBe('Proseware Outdoor');
  });

  test('the employer after "at" without the board\'s note in brackets', () => {
    const page = `${LONG_MENU} Startup Jobs Founding Product Designer at Wingtip (W24) $130K - $150K San Francisco, CA Full-time Apply Now Wingtip builds booking software for clinics. You will design our product.`;
    expect(read(page)).toEqual(['Founding Product Designer', 'Wingtip']);
  });

  test('an opening the body restates that names no role ("the Contoso Store") does not stand for the title', () => {
    const page = `Contoso Store Shop Gifts Find a Store Order Status Trade In Financing ${MENU} Careers at Contoso Engineering Manager, Camera Systems Cupertino, California Software and Services Share Visit the Contoso Store near you. As the Engineering Manager, Camera Systems you lead our camera team.`;
    expect(read(page)[0]).toBe('Engineering Manager, Camera Systems');
  });

  test('a label glued after a title the text opens with is not part of it', () => {
    const page = 'All Jobs Product Engineer, Growth Location San Francisco Type Full time Department Software Overview Application About the role Fabrikam is best known for its programme for founders. We are looking for a Product Engineer to build our tools.';
    expect(read(page)[0]).toBe('Product Engineer, Growth');
  });

  test('a qualifier in brackets right after the noun is the title\'s own', () => {
    const page = `${LONG_MENU} All Jobs Login Customer Support Executive (Night Shift) Date Opened 28/11/2026 Job Type Full time Tailspin Software runs a help desk for shops. You will answer their calls.`;
    expect(read(page)[0]).toBe('Customer Support Executive (Night Shift)');
  });

  test('the employer\'s name the text says again stands between the title\'s qualifier and its details', () => {
    const page = `${LONG_MENU} Jobs Employers Sales Manager - Building Materials Contoso Gulf Trading LLC Dubai, United Arab Emirates Posted 6 days ago Easy Apply Contoso Gulf Trading LLC supplies tiles to builders. You will lead our sales team.`;
    expect(read(page)).toEqual(['Sales Manager - Building Materials', 'Contoso Gulf Trading LLC']);
  });

  test('a listed site word over the title ends the walk back ("Recruiters")', () => {
    const page = `${LONG_MENU} Career advice Companies Recruiters Line Cook - Evenings Portland, OR Part-time Apply Fabrikam Kitchen serves brunch and dinner. You will run the grill station at night.`;
    expect(read(page)[0]).toBe('Line Cook - Evenings');
  });

  test('a seniority or a title\'s own words that open the text stay the title\'s ("Sr.", "Enterprise Payroll", not said again as a name)', () => {
    const body = 'We sell payroll software to hospitals and clinics across the country. As an Account Executive you will own the enterprise pipeline, run demos and close deals with finance teams. Our Data Engineer builds the warehouse.';
    expect(read(`Enterprise Payroll Account Executive Fabrikam Remote Full-time ${body} Our enterprise payroll line grows fastest.`)[0]).toBe('Enterprise Payroll Account Executive');
    expect(read(`Sr. Data Engineer Fabrikam Remote Full-time ${body} Sr. engineers mentor others.`)[0]).toBe('Sr. Data Engineer');
  });

  test('a list\'s card before the title ends the walk back at its date and number', () => {
    const page = `${LONG_MENU} 80 JOBS FOUND Field Technician locations Austin, Texas posted on Posted Today 20230167 Territory Account Manager locations Seattle, Washington posted on Posted 29 Days Ago 20231252 Contoso sells security software. As a Cybersecurity Sales - Territory Account Manager you own a region.`;
    expect(read(page)[0]).not.toMatch(/^(?:Posted|Today|2023)/);
  });

  test('a menu\'s words before the title are no employer ("Companies Recruiters")', () => {
    const page = `${LONG_MENU} Career advice Companies Recruiters Senior Platform Engineer Melbourne VIC (Remote) Full time Companies Recruiters can post jobs here. Wingtip builds cloud tools.`;
    expect(read(page)[1]).not.toBe('Companies Recruiters');
  });

  test('a run-on posting\'s title that opens with a site\'s or a button\'s word keeps it ("Home", "Team")', () => {
    const body = 'We are looking for an experienced manager for a lovely nursing home in the town, fully occupied and well run, with a friendly team of nurses and carers. Apply today for an informal chat.';
    expect(read(`Nursing Home Manager Job Bournemouth Nursing Home Manager Job Bournemouth ${body}`)[0]).toBe('Nursing Home Manager');
    expect(read(`Team Coordinator Job Luton Contoso Care are recruiting team coordinators for a summer project. ${body}`)[0]).toBe('Team Coordinator');
  });

  test('the title\'s own opening said again is no employer ("Senior Process Engineer Senior Process Engineer We ...")', () => {
    const r = read('Senior Process Engineer Senior Process Engineer We are seeking experienced Process Engineers to join a design team working on major projects across the north of England, with hybrid working and a car allowance for the right engineers. Senior Process Engineers lead the design reviews.');
    expect(r[1]).not.toBe('Senior Process');
  });

  test('the employer over its title is no part of it: a name the text says again as written', () => {
    const page = `${LONG_MENU} Jobs Woodgrove Bank Branch Manager Marietta, OH Full-time Apply now Woodgrove Bank serves families in rural Ohio. We are looking for a Branch Manager for our Marietta branch.`;
    expect(read(page)).toEqual(['Branch Manager', 'Woodgrove Bank']);
  });

  test('the employer the title\'s details give with "by" or "at" ("Posted Today by Contoso Ltd")', () => {
    const page = `${LONG_MENU} Job details Regional Care Manager - Children's Services Posted Today by Tailspin Consulting Ltd Easy Apply £52,000 per annum Birmingham, West Midlands Permanent An outstanding agency seeks a manager for its Birmingham office.`;
    expect(read(page)).toEqual(["Regional Care Manager - Children's Services", 'Tailspin Consulting Ltd']);
  });

  test('a breadcrumb\'s last entry run into the title is no part of it: "Marketing Marketing Manager"', () => {
    const page = `${LONG_MENU} All jobs Website VanArsdel › Marketing Marketing Manager Rotterdam · Full-time · €4.000 - €5.200 per month · Hybrid Apply for this job About VanArsdel VanArsdel makes smart thermostats. As Marketing Manager you lead our consumer marketing team of four.`;
    expect(read(page)).toEqual(['Marketing Manager', 'VanArsdel']);
  });

  test('a link back to the listings run into the title is no part of it ("« Back to Job Listings Police Records Technician")', () => {
    const page = `${LONG_MENU} All Categories Public Safety Search « Back to Job Listings Police Records Technician Salary $21.87 - $28.43 Hourly Location Boise, ID Job Type Full-Time The Sheriff's Office is seeking a Police Records Technician to keep its case files.`;
    expect(read(page)[0]).toBe('Police Records Technician');
  });

  test('a title names its noun once: "Pharmacist Pharmacist" is the title said twice', () => {
    const post = 'Pharmacist Pharmacist Suffolk Full time £40,000 per annum Our client, a busy community pharmacy near Ipswich in Suffolk, is looking for a Pharmacist to run the dispensary five days a week. You will check prescriptions, counsel patients and lead a team of two dispensers and a counter assistant.';
    expect(read(post)[0]).toBe('Pharmacist');
  });

  test("the employer before the board's chips, an emoji or a flag opening each, and before a glued rating", () => {
    const chips = `${LONG_MENU} All jobs Senior DevOps Engineer Tailspin Toys 🇺🇸 US-only 💰 $90k - $130k Apply About the role We need a Senior DevOps Engineer to run our cloud. Benefits at Tailspin Toys include equity.`;
    expect(read(chips)).toEqual(['Senior DevOps Engineer', 'Tailspin Toys']);
    const rated = `${LONG_MENU} Find jobs Property Claims Adjuster Humongous Insurance3.9 ★ Remote in Toronto, ON $62,000–$74,000 a year Apply now Job details As a Property Claims Adjuster you will settle home claims. Claims staff at Humongous Insurance get a car allowance.`;
    expect(read(rated)).toEqual(['Property Claims Adjuster', 'Humongous Insurance']);
  });

  test('no run of menu words is the title: where no phrase names a role, there is none', () => {
    expect(read(`${LONG_MENU} Our stores are open every day from nine to five. Visit us soon.`)[0]).toBeNull();
    expect(read('Overview Enterprise Try Contoso Safety Company About Blog Careers Pricing Docs Residency Charter Security Contoso builds tools for teams and ships them fast.')[0]).toBeNull();
  });
});

describe('the place among a run-on title\'s details is the job\'s', () => {
  const place = (text: string) => {
    const loc = extract(text).location;
    return loc && [loc.name, loc.country];
  };

  test('the place right after the title and its employer, over places the body names', () => {
    const page = `${LONG_MENU} Search jobs Site Reliability Engineer Fabrikam Austin, TX Apply Fabrikam runs cloud services. You will support our Tulsa, OK data center and visit our Reston, VA campus. We are looking for a Site Reliability Engineer to keep it running.`;
    expect(place(page)).toEqual(['Austin', 'US']);
  });

  test('after a short posting\'s title and employer, over a distribution center the body names', () => {
    const post = 'Store Manager Tailspin Stores Shreveport, LA $62,000 - $70,000 a year Full-time Tailspin Stores operates 230 variety stores across Texas and Louisiana, supported by our headquarters and main distribution center in Dallas. We are hiring a Store Manager for our Youree Drive location in Shreveport.';
    expect(place(post)).toEqual(['Shreveport', 'US']);
  });

  test('past the employer\'s rating a board prints after its name ("4.1 out of 5 stars")', () => {
    const page =
      'Skip to main content Home Company reviews Find salaries Sign in Sign in 1 new update Post a job Find jobs Company reviews Senior DevOps Engineer Northwind Software 4.14.1 out of 5 stars Camberwell VIC 3124 Hybrid work $130,000 - $160,000 a year Full-time Northwind Software makes print tools used in schools. Still founder-led in Melbourne, we ship to 190 countries. For this role you will need to be Melbourne based. Salaries for Senior DevOps Engineer at Northwind Software.';
    expect(place(page)).toEqual(['Camberwell', 'AU']);
  });

  test('details that start after a comma start inside a place: the region alone is not read as the field', () => {
    const post =
      'RGN s Ilminster, Somerset Nights RGN & Days RGN for a Care Home in Ilminster, Somerset. Tailspin Recruitment are looking for an RGN for a friendly Care Home close to Ilminster in Somerset. The home cares for elderly residents and those living with dementia. Apply today with your CV.';
    expect(place(post)).toEqual(['Ilminster', 'GB']);
  });

  test('a country\'s name in a registered name is no place ("Contoso Uk Ltd")', () => {
    const post =
      'CNC Setter Operator Contoso Uk Ltd Our client in Rotherham is one of the major makers of mechanical seals and support systems used in pumps. We are seeking to recruit a CNC Setter Operator with programming skills on days, with overtime paid at time and a half after forty hours in a week.';
    expect(place(post)).toEqual(['Rotherham', 'GB']);
  });
});

describe("a registered name right after a run-on title", () => {
  test('is the employer, after the title said twice', () => {
    const r = extract('We use cookies to improve your experience. Accept Find JobsEmployersCareer AdviceLog In All Locations Nairobi Mombasa Search Home Jobs Finance Credit Analyst Credit Analyst Northwind Microfinance Kenya Limited FinanceNairobiFull Time KSh 120,000 - 150,000 Monthly Posted 3 days ago Easy Apply Job Summary We are looking for a Credit Analyst to assess loan applications for our branch network.');
    expect([r.title?.text, r.company?.name]).toEqual(['Credit Analyst', 'Northwind Microfinance Kenya Limited']);
  });
  test("is no town and its state's code ('CO' is no 'Co'): the header glued together reads as its lines", () => {
    const r = extract('Line CookNorthwind HospitalityDenver, COJob detailsPay$17 - $20 an hourJob typeFull-timePart-timeFull job descriptionOur restaurant is looking for line cooks who love fast-paced kitchens. Full and part time positions.');
    expect([r.title?.text, r.company?.name ?? null, r.location?.name]).toEqual(['Line Cook', 'Northwind Hospitality', 'Denver']);
  });
  test('is the employer before its place', () => {
    const r = extract('Jobs Companies Salaries Login Register Talentbay > Jobs in Qatar > Doha > Site Engineer Site Engineer Adatum Building WLL - Doha, Qatar Posted on: 2 Dec 2026 Job type: Full time Salary: Competitive Apply Now Job Description We are seeking a Site Engineer for a residential tower in Lusail. The engineer reports to the project manager.');
    expect([r.title?.text, r.company?.name]).toEqual(['Site Engineer', 'Adatum Building WLL']);
  });
});

describe("a run-on title with a qualifier, then the employer's name the body gives", () => {
  test('the name is no part of the title', () => {
    const page = 'Warehouse Associate - 2nd Shift Contoso Logistics Columbus, OH 43219 $18.50 - $20.00 an hour - Full-time Job details Pay $18.50 - $20.00 an hour Job type Full-time Full job description Contoso Logistics is hiring Warehouse Associates for our Columbus distribution center. Must be able to lift up to 50 lbs.';
    expect(read(page)).toEqual(['Warehouse Associate - 2nd Shift', 'Contoso Logistics']);
  });
});

describe("a feed's title run onto its description that says it is wanted", () => {
  test.each([
    ['Care Assistants Required Leeds Care Assistants Required Leeds We are looking for caring people to join our team in Leeds. £10.50 per hour.', 'Care Assistants'],
    ['Deputy Manager Deputy Manager Needed Minehead Our care home in Minehead needs a deputy manager.', 'Deputy Manager'],
  ])('"Required", "Needed" after the title name no employer: %j', (text, title) => {
    const r = extract(text);
    expect([r.title?.text, r.company]).toEqual([title, null]);
  });
});

describe('a short posting run onto one line that never restates its title', () => {
  test('the title ends at its job noun and the name between it and the place is the employer', () => {
    const r = extract('Payroll Clerk Tailspin Homes Boise, ID Pay: $21 - $24 an hour Job type: Full-time Process weekly payroll for 200 field staff and answer timesheet questions.');
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Payroll Clerk', 'Tailspin Homes', 'Boise']);
  });
  test('a title closed by its bracket ends there: one word or a public body after it is the employer', () => {
    const nurse = extract('Registered Nurse (Nights) Fabrikam Dallas, TX $40 - $48 an hour Full-time Care for adult patients on a busy medical floor.');
    expect([nurse.title?.text, nurse.company?.name, nurse.location?.name]).toEqual(['Registered Nurse (Nights)', 'Fabrikam', 'Dallas']);
    const police = extract('Police Officer (Lateral) City of Plano Plano, TX $70,000 a year Patrol assigned beats and answer calls for service.');
    expect([police.title?.text, police.company?.name]).toEqual(['Police Officer (Lateral)', 'City of Plano']);
  });
  test('a dash after the bracket opens a qualifier of its own: the title is not read from its middle', () => {
    const r = extract('Delivery Driver (Non-CDL) - Part Time Fabrikam Courier Henderson, NV $20 - $22 per hour Part-time Fabrikam Courier delivers medical supplies and legal documents for businesses across the valley. Drivers on this route start and end at our Henderson hub and run about 60 stops a day. Fabrikam provides the cargo van. A path to full-time routes as they open.');
    expect(r.title?.text).toMatch(/^Delivery Driver \(Non-CDL\)/);
  });
  test("a title's qualifier runs into the employer's name, which the body says again or which is shaped as an organisation's", () => {
    const plant = extract('Maintenance Technician - 2nd Shift Tailspin Foods Baytown, TX $24 - $31 an hour Full-time Tailspin Foods makes snack mixes at our Baytown plant. We are looking for a Maintenance Technician to keep the lines running.');
    expect([plant.title?.text, plant.company?.name, plant.location?.name]).toEqual(['Maintenance Technician - 2nd Shift', 'Tailspin Foods', 'Baytown']);
    const school = extract('Elementary Teacher - Grade 3 Fabrikam Unified School District Visalia, CA $58,400 - $96,200 a year Full-time Fabrikam Unified serves 14,000 students. We are hiring a third grade teacher for the upcoming school year.');
    expect([school.title?.text, school.company?.name]).toEqual(['Elementary Teacher - Grade 3', 'Fabrikam Unified School District']);
    // "Permanent" after the title's dash is its qualifier, whatever a line of its own ending so is.
    const agent = extract('Inbound Call Centre Agent - Permanent Fabrikam Contact Solutions Cape Town, Western Cape R9 500 per month Full-time Fabrikam Contact Solutions is a BPO in Cape Town. We are looking for inbound agents.');
    expect([agent.title?.text, agent.company?.name]).toEqual(['Inbound Call Centre Agent - Permanent', 'Fabrikam Contact Solutions']);
  });
  test("the name ends where a site's word or a field's label starts", () => {
    const r = extract('Dispatch Clerk Fabrikam Freight Job Type Full-time Pay $19 an hour Schedule Monday to Friday Book collections and keep drivers on time.');
    expect([r.title?.text, r.company?.name]).toEqual(['Dispatch Clerk', 'Fabrikam Freight']);
  });
});

describe('a whole page on one line whose details are labelled rows', () => {
  test('the title before a run of labels the normaliser opens lines at ("Department:", "Type:"), the employer the body introduces', () => {
    const r = extract('View All Jobs Parts Counter Representative Department: Sales Location: Tulsa, OK Type: Full Time Min. Experience: Entry Level Who We Are Northwind Fasteners is a family-owned distributor of bolts and anchors with four branches. The Role Our Tulsa branch needs a Parts Counter Representative to quote and process orders.');
    expect([r.title?.text, r.company?.name]).toEqual(['Parts Counter Representative', 'Northwind Fasteners']);
  });

  test('the labelled details past the first label still follow the title, and the employer\'s name before its department is the employer', () => {
    const r = extract('Contoso Jobs Jobs Careers Advice Job Alerts Recruiters Sign in Search Lecturer in Marine Biology (Coastal Ecology) Fabrikam Coastal University School of Life Sciences Location: Plymouth Salary: £41,000 to £48,000 per annum Hours: Full Time Contract Type: Permanent Apply Save The School of Life Sciences at Fabrikam Coastal University is looking to appoint a Lecturer in Marine Biology to teach our undergraduate programmes.');
    expect([r.title?.text, r.company?.name]).toEqual(['Lecturer in Marine Biology (Coastal Ecology)', 'Fabrikam Coastal University']);
  });
});

describe('a whole page on one line whose title names the genders it is open to', () => {
  const BODY = 'Über uns Die Contoso Handel GmbH beliefert seit 1998 Baumärkte im ganzen Rheinland mit Werkzeug und Gartenbedarf. Ihre Aufgaben Sie bestellen Ware bei unseren Lieferanten und prüfen Rechnungen. Ihr Profil Eine kaufmännische Ausbildung und erste Erfahrung im Einkauf.';
  test('the words before the mark are the title, though no list holds their job noun; the board\'s details may be terms in the page\'s language', () => {
    const r = extract(`Startseite Stellenangebote Jobs suchen Anmelden Sachbearbeiter Einkauf (m/w/d) Contoso Handel GmbH Festanstellung, Vollzeit Jetzt bewerben Merken ${BODY}`);
    expect([r.title?.text, r.company?.name]).toEqual(['Sachbearbeiter Einkauf (m/w/d)', 'Contoso Handel GmbH']);
  });

  test('a word between the mark and the details is the title\'s where the body names another employer', () => {
    const r = extract('All jobs Website Deutsch English Backend Developer (m/f/d) Kotlin Permanent, Full-time · Hamburg Apply now About Fabrikam Systems GmbH Fabrikam Systems GmbH builds software for ports. Your tasks You build our platform with Kotlin and Spring Your profile A degree in computer science. Fabrikam Systems GmbH is an equal opportunity employer.');
    expect([r.title?.text, r.company?.name]).toEqual(['Backend Developer (m/f/d) Kotlin', 'Fabrikam Systems GmbH']);
  });
});

describe("a whole page on one line whose breadcrumb trail's last crumb the heading says again", () => {
  test('the heading is the title, and the name between the crumb and the heading the employer', () => {
    const r = extract('Northwind Jobs Jobs Remote Companies Salaries Sign In Northwind Jobs › Jobs › Finance › Senior Payroll Analyst - Benefits Contoso Mutual Insurance Senior Payroll Analyst - Benefits Posted 3 Days Ago Hybrid Denver, CO 90K-110K Annually Apply Save Contoso Mutual Insurance writes farm and auto policies across the Mountain West. You will run payroll for 900 staff and own our benefits deductions.');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Payroll Analyst - Benefits', 'Contoso Mutual Insurance']);
  });

  test('the crumb said twice in a row: the name after the heading, before the street address, is the employer', () => {
    const r = extract('fabjobs Find jobs Job types Employers Log in Sign up Home > Ohio > Dayton > Prep Cook - Weekends Prep Cook - Weekends Fabrikam Grill 1420 N Main St, Dayton, OH 45402 $15.00 - $17.00 / hr Part-time Apply now About this job Fabrikam Grill has served breakfast in Dayton since 1971. Prep vegetables and sauces for the weekend rush.');
    expect([r.title?.text, r.company?.name]).toEqual(['Prep Cook - Weekends', 'Fabrikam Grill']);
  });
});

describe('a whole page on one line whose crumbs lost their arrows', () => {
  test('the title said twice in a row is the heading; the employer and the place after it are read', () => {
    const r = extract('Fabrikam Careers Search Jobs Benefits Sign in Keywords Location Search jobs Careers Job Search Store Operations Assistant Store Manager Assistant Store Manager Fabrikam Outfitters South Portland, ME, US Full Time On-site Apply About Us Fabrikam Outfitters sells outdoor gear from 140 stores. Our distribution center is in Lewiston, Maine. As Assistant Store Manager you will lead a team of 30 associates.');
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Assistant Store Manager', 'Fabrikam Outfitters', 'South Portland']);
  });
  test('a town and its county\'s "Co." after the employer are no registered name ("Belfast, Co. Antrim")', () => {
    const r = extract('Fabjobs Jobs Companies Sign in Keywords Location Search jobs Home IT Jobs Testing Software Test Engineer Software Test Engineer Contoso Quay Systems Belfast, Co. Antrim £375 - £425 per day Contract 6 months Apply About the role Contoso Quay Systems builds port software. As a Software Test Engineer you will automate our regression suite.');
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Software Test Engineer', 'Contoso Quay Systems', 'Belfast']);
  });
  test('a title whose noun comes before its field ("Research Associate in Flood Hydrology"), the employer before a separator', () => {
    const r = extract('Jobs at Fabrikam All vacancies Research Professional services Applicant login Keywords Faculty All faculties Search Jobs home Research Faculty of Science Research Associate in Flood Hydrology Research Associate in Flood Hydrology Fabrikam University · School of Geography University Park Campus, Nottingham £38,249 - £45,163 per annum Full time Apply now Fabrikam University is a research university in the East Midlands. The Research Associate will build flood models.');
    expect([r.title?.text, r.company?.name]).toEqual(['Research Associate in Flood Hydrology', 'Fabrikam University']);
  });
  test('words said twice that name no job are no title ("About Fabrikam Timber" / "Fabrikam Timber Holdings owns ...")', () => {
    const r = extract('Executive Assistant to the CEO Fabrikam Timber Holdings Florence, SC 29501 On-site · Full-time · $52,000/yr About Fabrikam Timber Fabrikam Timber Holdings owns 310,000 acres of pine timberland. The Executive Assistant supports our CEO.');
    expect(r.title?.text).not.toBe('Fabrikam Timber');
  });
});

describe('a title run onto one line with no details after it', () => {
  test('its qualifier after the comma runs to the section heading that opens the body', () => {
    const r = extract('Jobs Our opportunity Life at Contoso See open roles Roles at Contoso Role details Solutions Engineer, Public Sector Who we are About Contoso Contoso builds payment tools for city and county governments. About the team As a Solutions Engineer on the public sector team, you will help agencies move their payments online.');
    expect(r.title?.text).toBe('Solutions Engineer, Public Sector');
  });
});

describe('a whole page on one line whose menu runs into a title with a dashed qualifier', () => {
  // (The qualifier before the employer's name is the title's: the body says the name again as written, so it ends there.)
  test('it is read as a page, not as a line of parts whose first part is the menu and the title', () => {
    const r = extract('Fabjobs Find Jobs Salaries Career Advice Post a Job Sign In Sign Up Delivery Van Driver - Local Routes Contoso Parcel Services Omaha, NE Full-Time $900 - $1,100/Week Apply Now Save Job Job Description Contoso Parcel Services delivers packages across eastern Nebraska. Our drivers run the same local route every day and are home every night. Requirements A clean driving record and one year of delivery experience.');
    expect([r.title?.text, r.company?.name]).toEqual(['Delivery Van Driver - Local Routes', 'Contoso Parcel Services']);
  });
});

describe("a public board's page on one line: title, employer, then the posting's dates", () => {
  const MENU_LINE = 'Cookies on Find a job We use some essential cookies to make this service work. Accept analytics cookies Reject analytics cookies Skip to main content Find a job Search jobs Job alerts Saved jobs Sign in Home Search results WhatWhere Search';
  const BODY = 'Summary Harbourside District Council is looking for a Payroll Assistant to join the finance team. You will process the monthly payroll for 900 staff and answer pay queries. Apply now Report this job';
  const SIMILAR = 'Similar jobs Finance Officer – Revenues Harbourside District Council Torquay, Devon £27,100 to £29,000 per year Accounts Clerk Moorland Trust Newton Abbot, Devon £22,000 per year Help Privacy Cookies';

  test('"Posting date:" is one of the details after the title, so a similar job below is not taken for it', () => {
    const r = extract(`${MENU_LINE} Payroll Assistant Harbourside District Council Posting date: 3 March 2026 Closing date: 20 March 2026 Salary: £23,500 to £24,900 per year Hours: Full time Location: Exeter, Devon ${BODY} ${SIMILAR}`);
    expect([r.title?.text, r.company?.name]).toEqual(['Payroll Assistant', 'Harbourside District Council']);
  });

  test("a qualifier's team ('– Finance Team') before the employer's name is the title's, though a menu says \"Team\"", () => {
    const r = extract(`${MENU_LINE} Payroll Assistant – Finance Team Harbourside District Council Posting date: 3 March 2026 Closing date: 20 March 2026 Salary: £23,500 to £24,900 per year Location: Exeter, Devon ${BODY} ${SIMILAR}`);
    expect([r.title?.text, r.company?.name]).toEqual(['Payroll Assistant - Finance Team', 'Harbourside District Council']);
  });
});

describe("a board's rating of the employer between the title's employer and its details", () => {
  test('ends the name, so the header is read over a similar job below', () => {
    const page = `${LONG_MENU} Job search Profile Company reviews Sign in < Back to search results Management Accountant Corio Estate Wines Pty Ltd 4.2 ★ 18 reviews · View all jobs Geelong VIC Accounting Full time Competitive salary Posted 4d ago Quick apply About us Corio Estate Wines Pty Ltd makes and sells wine from its own vineyards. The role Reporting to the Finance Manager, you will prepare the monthly accounts and the budget. More about this company Corio Estate Wines Pty Ltd Similar jobs Financial Accountant Barwon Freight Group Geelong VIC Accounting $95,000 – $110,000 per year 2d ago`;
    expect(read(page)).toEqual(['Management Accountant', 'Corio Estate Wines Pty Ltd']);
  });
});

describe("a board's page on one line with a box of similar jobs under the posting", () => {
  test("a card's job the body names too does not outweigh the header's title; the poster's registered name ends with its form", () => {
    const page = `${LONG_MENU} All Job Types Contract Permanent 15 miles 30 miles Job Search > Search Results > Job Details SC Cleared Network Engineer Posted by Kestrel Lane Technical Ltd SC Cleared Network Engineer – 6 month contract – Cheltenham – £525 per day Our client, a systems integrator, is looking for an experienced Network Engineer with active SC clearance to run its secure networks. Similar Jobs Title Location Rate Type Posted Network Engineer - DV Cleared Bristol £600 per day Contract 14/10/2024 Cloud Engineer Corsham £500 per day Contract 14/10/2024`;
    expect(read(page)).toEqual(['SC Cleared Network Engineer', 'Kestrel Lane Technical Ltd']);
  });
});

describe("a whole page on one line whose employer's name a scraper glued to the title", () => {
  test('the title starts at the glue, and the name before it is the employer', () => {
    const r = extract('Fabjobs Home Jobs Events Inbox Career center Profile Contoso Insurance GroupClaims Analyst Intern - Summer 2027 Posted 2 weeks ago · Apply by January 31, 2027 Apply externally Save At a glance $24/hr Onsite, based in Hartford, CT Internship Job description Contoso Insurance Group is a mutual insurer writing home and auto policies across New England. Our interns join a real claims team for the summer.');
    expect([r.title?.text, r.company?.name]).toEqual(['Claims Analyst Intern - Summer 2027', 'Contoso Insurance Group']);
  });
});

describe("a page's details box copied onto one line, its rows run together", () => {
  test("the employer's row is read though its value runs into a label the normaliser does not break at ('Position:')", () => {
    const r = extract('Position Information Shift Supervisor Dayton, OH Apply Share Shift Supervisors keep every guest happy and every shift running on time. You will open and close the bakery, count the tills and coach new team members. Already applied? Apply Share Position Information Company: Northwind Bakery Position: Shift Supervisor Status: Full Time Date Posted: March 3, 2026 Location: 12 Elm Street, Dayton, OH 45402 Powered by Fabrikam Privacy Policy');
    expect(r.company?.name).toBe('Northwind Bakery');
  });
});

describe('a title with a joining word of another language, on a page run onto one line', () => {
  test('"Chef de Partie" keeps the words before its "de"', () => {
    const page = 'Search Jobs Recruiters Career Advice Post a Job Home > Hotel & Catering Jobs > Galway > Chef de Partie Chef de Partie Seafront Hotel Quick Apply Location: Galway City, Galway Salary: €15.50 per hour Job Type: Full Time, Permanent Date Posted: 28/11/2025 Chef de Partie – Seafront Hotel, Galway The Seafront Hotel is a family-run hotel with a busy restaurant. We need a Chef de Partie to run the grill section.';
    expect(extract(page).title?.text).toBe('Chef de Partie');
  });
});

test("a page scraped onto one line: its box of other jobs after the title states none of the posting's terms", () => {
  const line = 'Built In Chicago Jobs Companies Articles Salaries Log In Senior Site Reliability Engineer Parcelwise Chicago, IL 155K-190K Annually Senior level Full-time Parcelwise builds shipping software for online shops. This is a hybrid role: we work from our River North office three days a week. What You\'ll Do Define SLOs with product teams and run our incident reviews. Similar Jobs Staff Platform Engineer Rivetline · Remote 190K-230K Annually · Full-time DevOps Engineer (Contract) Kettle & Co. · Remote 85-95 Hourly · Contract SRE Intern, Summer 2025 Tallgrass Trading · Chicago, IL';
  const r = extract(line);
  expect([r.title?.text, r.employmentType.map((t) => t.value), r.contractType.map((t) => t.value)]).toEqual(['Senior Site Reliability Engineer', ['full_time'], []]);
});

test('a box of other jobs glued to the words on both sides of its heading: "Night ShiftSimilar jobsChat Support Executive"', () => {
  const line = 'Customer Care Executive - Night Shift Orbit CX Gurugram, Haryana ₹22,000 - ₹26,000 per month Full Time Job description We are hiring customer care executives for our international voice process. You will answer calls from customers in the US and resolve their billing questions.Key SkillsCustomer Support, Night ShiftSimilar jobsChat Support Executive - Noida - ₹20,000 per monthTechnical Support Associate (Work From Home) - ₹25,000 per month';
  expect(extract(line).workplace.map((t) => t.value)).toEqual([]);
});

describe("a logo's initials before the title on a page run onto one line", () => {
  test('"HL" of Harbor Lantern Home Care is no part of the title', () => {
    const line = 'Harbor Lantern Careers Search jobs Sign in HL Home Health Aide (HHA) Harbor Lantern Home Care Worcester, MA $20 - $23 per hour Full-Time Apply Job details Position Home Health Aide (HHA) Job type Full-Time Harbor Lantern Home Care is hiring a home health aide to help clients stay safe at home.';
    expect([extract(line).title?.text, extract(line).company?.name]).toEqual(['Home Health Aide (HHA)', 'Harbor Lantern Home Care']);
  });
  test('"IT" that the page says again with the title stays: "IT Support Analyst"', () => {
    const line = 'Careers Search jobs Sign in IT Support Analyst Integrated Transit Systems Denver, CO $60,000 - $70,000 per year Full-Time Apply Job details Position IT Support Analyst We are hiring an IT Support Analyst to run our help desk.';
    expect(extract(line).title?.text).toBe('IT Support Analyst');
  });
});

test("a page run onto one line: its search form's ways of working and terms before the title are the site's, its trail's town the job's", () => {
  const line = 'Jobs Sign in Search Location US-WA-Tacoma US-WA-Olympia US-Remote Category Nursing Pharmacy Job type Full-Time Part-Time Per Diem Temporary Shift Days Evenings Nights Remote / Work from home Search Results > Nursing > Job Details Registered Nurse - Med/Surg Nights Saint Alder Medical Center Lakewood, WA Full-Time Apply Saint Alder Medical Center is hiring a Registered Nurse for nights on our Med/Surg unit in Lakewood.';
  const r = extract(line);
  expect([r.title?.text, r.workplace.map((t) => t.value), r.contractType.map((t) => t.value), r.location?.name]).toEqual(['Registered Nurse - Med/Surg Nights', [], [], 'Lakewood']);
});
