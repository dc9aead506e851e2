import { extract } from '../../src';

const header = (text: string) => {
  const r = extract(text);
  return { title: r.title?.text ?? null, company: r.company?.name ?? null, reason: r.company?.reason ?? null };
};

describe('plain text pasted from a job board: title line, then the employer', () => {
  test('the line under the title is the employer', () => {
    expect(header('Senior Data Engineer\nNorthwind Traders\nAustin, TX 78701\n\nYou will build our pipelines.')).toEqual({
      title: 'Senior Data Engineer',
      company: 'Northwind Traders',
      reason: 'company/line-under-title',
    });
  });

  test('"Company – Place" gives the company, a dash inside a name stays', () => {
    expect(header('Delivery Driver\nTailspin Couriers – Manchester\n\nCover our routes.').company).toBe('Tailspin Couriers');
    expect(header('Delivery Driver\nTailspin - Couriers Group\n\nCover our routes.').company).toBe('Tailspin - Couriers Group');
  });

  test('"Registered Name, Place" gives the company; a comma after other words ends no name', () => {
    expect(header('Projektmanager Logistik\nContoso GmbH, Hamburg\nVollzeit\n\nIhre Aufgaben: Planung.').company).toBe('Contoso GmbH');
    expect(header('Nursing Home Manager\nCare home manager based in Heywood, Lancashire\n\nJoin us.').company).toBeNull();
  });

  test('"Any Name, Town, Region" gives the name: the place is a town with its region or postcode', () => {
    expect(header('Server\nThe Harbor Grill, Charleston, SC\n$2.13/hr plus tips\n\nWeekends required.').company).toBe('The Harbor Grill');
    expect(header('Pharmacy Technician\nCornerCare Pharmacy, Tucson, AZ 85719\nFull-time\n\nPTCB required.').company).toBe('CornerCare Pharmacy');
  });

  test('a name that ends as a public body\'s or a hospital\'s does is an organisation: its place after a comma is none of it', () => {
    expect(header('Staff Nurse\nEastpoint General Hospital, Singapore\nBasic salary: SGD 3,200 per month\n\nRotating shifts.').company).toBe('Eastpoint General Hospital');
  });

  test('the way of working before the place is no employer: "Onsite — Irvine, California"', () => {
    expect(header('Customer Support Specialist\nOnsite — Irvine, California\nHourly Rate: $22.00 - $26.00\n\nFull-time.').company).toBeNull();
    expect(header('Financial Analyst\nHybrid (3 days in office) – Denver, CO\nSalary: $78,000\n\nExcel required.').company).toBeNull();
  });

  test('"Company – City, state code (way of working)" in other languages: "Tailspin Tecnologia – Rio de Janeiro, RJ (Remoto)"', () => {
    expect(header('Desenvolvedor Back-end\nTailspin Tecnologia – Rio de Janeiro, RJ (Remoto)\n\nRequisitos: Node.js.').company).toBe('Tailspin Tecnologia');
    expect(header('Data Engineer\nWingtip Analytics – Pune, MH\n\nJoin us.').company).toBe('Wingtip Analytics');
  });

  test('"Company - Town (département)", as French boards print it: the company, and the town is the location', () => {
    const r = extract('Développeur Full Stack H/F\nFabrikam - Lyon (69)\nCDI - Temps plein\n\nProfil recherché : React.');
    expect(r.company?.name).toBe('Fabrikam');
    expect(r.location).toMatchObject({ city: 'Lyon', country: 'FR' });
  });

  test('"Company" and its place copied without the break between them: the name, the place read apart', () => {
    const r = extract('Barista\nFabrikam Coffee RoastersMelbourne VIC 3000\n$28 - $32 an hour\n\nFabrikam Coffee Roasters runs three cafes.');
    expect(r.company?.name).toBe('Fabrikam Coffee Roasters');
    expect(r.location?.name).toBe('Melbourne');
    // A place of one word that ends a name is the name's.
    expect(extract('Teller\nBank of Melbourne\n$28 an hour\n\nJoin us.').company?.name).toBe('Bank of Melbourne');
  });

  test('"Company City, Region" on one line, as a social network\'s card is copied: the name before the city', () => {
    expect(header('Data Analyst\nContoso Health Austin, TX\nApply\n\nWe need an analyst.').company).toBe('Contoso Health');
    expect(header('Data Analyst\nTailspin Melbourne, Victoria, Australia\n\nWe need an analyst.').company).toBe('Tailspin');
    // A town whose name opens with a word of places, a joining word, a board's "Jobs": no name before the city.
    expect(header('Data Analyst\nLake Oswego, OR\nApply\n\nWe need an analyst.').company).toBeNull();
    expect(header('Data Analyst\nBank of Melbourne, Victoria\n\nWe need an analyst.').company).toBeNull();
    expect(header('Support Worker\nSupport Worker Jobs Leeds, West Yorkshire\n\nWe need support workers.').company).toBeNull();
    expect(header('Data Analyst\nSanta Clara Valley (Cupertino), California, United States\n\nWe need an analyst.').company).toBeNull();
  });

  test.each([
    ['Commis ChefWingtip Hospitality GroupVancouver, BC$20–$22 an hour - Full-time, PermanentJob detailsPay$20–$22 an hour', 'Commis Chef', 'Wingtip Hospitality Group', 'Vancouver'],
    ['Respiratory Therapist - PRNFabrikam Regional Medical CenterSavannah, GA 31404$38 - $44 an hour - Per diemJob details', 'Respiratory Therapist - PRN', 'Fabrikam Regional Medical Center', 'Savannah'],
    ['Sales Associate - Part TimeTailspin ApparelEl Paso, TX 79912$15.00 an hour - Part-time', 'Sales Associate - Part Time', 'Tailspin Apparel', 'El Paso'],
    ['Paid Media Specialist (Contract)Fabrikam DigitalRemote$35 - $45 an hour - Contract', 'Paid Media Specialist (Contract)', 'Fabrikam Digital', undefined],
    // The next field's label glued to the state's code.
    ['Payroll SpecialistFabrikam Home ServicesAustin, TXPay Range: $52,000 to $60,000Position Type: Full-time', 'Payroll Specialist', 'Fabrikam Home Services', 'Austin'],
    // A town's name with a capital of its own.
    ['Registered NurseContoso HealthMcKinney, TX$48 - $54 per hour', 'Registered Nurse', 'Contoso Health', 'McKinney'],
    ['Heavy Duty Welder - 14/7 RotationFabrikam Earthworks Ltd.Fort McMurray, AB$48 - $54 per hour', 'Heavy Duty Welder - 14/7 Rotation', 'Fabrikam Earthworks Ltd.', 'Fort McMurray'],
    ['Store ManagerTailspin OutfittersDeKalb, IL$60,000 a year', 'Store Manager', 'Tailspin Outfitters', 'DeKalb'],
    // The pay's currency glued to the province's code; an Australian town with its state and postcode; a title that ends at
    // an ampersand's letter.
    ['Accounting ClerkFabrikam Farm Supply Co-operativeSaskatoon, SKCAD 45,000 – 52,000 per year', 'Accounting Clerk', 'Fabrikam Farm Supply Co-operative', 'Saskatoon'],
    ['Marketing ManagerContoso Coffee RoastersAdelaide SA 5000A$95k + super', 'Marketing Manager', 'Contoso Coffee Roasters', 'Adelaide'],
    // An Australian town with its state alone, glued to the board's category.
    ['FIFO Electrician - Iron OreBrightstone Workforce SolutionsPort Hedland WAElectricians (Trades & Services)$55 per hour', 'FIFO Electrician - Iron Ore', 'Brightstone Workforce Solutions', 'Port Hedland'],
    ['Financial Analyst - FP&AFabrikam Medical DevicesRemote (United States)$75,000 - $90,000 per year', 'Financial Analyst - FP&A', 'Fabrikam Medical Devices', null],
    // Indeed's header: the employer's rating glued between its name and the place.
    ['Warehouse Associate - NightsTailspin Logistics4.1 out of 5 starsJoliet, IL 60436$18.50 - $21.00 an hour - Full-time', 'Warehouse Associate - Nights', 'Tailspin Logistics', 'Joliet'],
    // A street address before the place; a title with no role's ending, as the rating is the board's sign.
    ['ServerThe Copper Kettle4.3 out of 5 stars118 W Main St, Savannah, GA 31401$2.13 an hour - Part-time', 'Server', 'The Copper Kettle', 'Savannah'],
    ['Delivery Driver CDL-B - Home DailyFabrikam Foodservice3.8 out of 5 starsWest Sacramento, CA 95691$24.00 an hour', 'Delivery Driver CDL-B - Home Daily', 'Fabrikam Foodservice', 'West Sacramento'],
    ['Software EngineerDoorDash4.0 out of 5 starsSan Francisco, CA$150,000 a year', 'Software Engineer', 'DoorDash', 'San Francisco'],
    // (The rating's figure alone, the place or the way of working glued after it.)
    ['Licensed Practical Nurse (LPN)Fabrikam Senior Living3.6Coffeyville, KS 67337$28 - $34 an hour - Full-time', 'Licensed Practical Nurse (LPN)', 'Fabrikam Senior Living', 'Coffeyville'],
    ['Inside Sales RepresentativeFabrikam Plastics4.0Hybrid remote in Gainesville, GA 30501$52,000 - $60,000 a year', 'Inside Sales Representative', 'Fabrikam Plastics', 'Gainesville'],
    // ZipRecruiter's: the employer, a separator, the place with its pay glued on.
    ['CDL-A Company Driver - Dry VanHollis Freight Lines · Joplin, MO$1,400 - $1,800 a weekFull-time', 'CDL-A Company Driver - Dry Van', 'Hollis Freight Lines', 'Joplin'],
    ['Unarmed Security OfficerBlue Mesa Protective Services · Las Vegas, NV$17 an hourFull-time', 'Unarmed Security Officer', 'Blue Mesa Protective Services', 'Las Vegas'],
    // Glassdoor's: the employer first, its rating glued after it, then the title and the place.
    ['Bright Smile Family Dentistry4.1 ★Dental AssistantFlorence, SC$18.00 - $23.00 Per Hour (Employer est.)', 'Dental Assistant', 'Bright Smile Family Dentistry', 'Florence'],
    // (A label glued to the state's code: "Boise, IDEmployer est.:".)
    ['Juniper Row Home Goods3.7 ★Assistant Store ManagerBoise, IDEmployer est.: $50K - $56KEasy Apply', 'Assistant Store Manager', 'Juniper Row Home Goods', 'Boise'],
    // LinkedIn's: the place with its way of working in brackets, the post's age glued after it.
    ['Customer Success ManagerBrightpath · Denver, CO (Hybrid)1 week ago · 64 applicants$75K/yr - $90K/yr', 'Customer Success Manager', 'Brightpath', 'Denver'],
    // (The title's words after a comma, the pay and the terms glued on after the post's age.)
    ['Marketing Manager, Demand GenerationFabrikam Software · United States (Remote)Reposted 2 days ago · Over 100 applicants$110K/yr - $130K/yrRemoteFull-time', 'Marketing Manager, Demand Generation', 'Fabrikam Software', null],
    // A title ending in an acronym, and whom the role serves, glued to the name.
    ['Executive Assistant to the CEONorland Capital · Greenwich, CT (On-site)2 weeks ago · 87 applicants', 'Executive Assistant to the CEO', 'Norland Capital', 'Greenwich'],
    // Job Bank's and Indeed India's: the employer's legal form glued to the next field or the place.
    ['CookThe Copper Dory Restaurant Ltd.Job detailsLocationHalifax, NSSalary$17.00 hourly', 'Cook', 'The Copper Dory Restaurant Ltd.', 'Halifax'],
    ['Customer Support Executive - International Voice (Night Shift)Tailspin CX Services Pvt. Ltd.Gurugram, Haryana₹22,000 - ₹28,000 a month', 'Customer Support Executive - International Voice (Night Shift)', 'Tailspin CX Services Pvt. Ltd.', 'Gurugram'],
  ])('a board\'s header glued together, title, employer and place, reads as its lines: %j', (text, title, company, city) => {
    const r = extract(`${text}\nFull job description\nJoin our team at our downtown location.`);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual([title, company, city]);
  });
  test("Glassdoor's header with its rating's figure alone, glued between the employer and the title, reads as its lines", () => {
    const r = extract('Harbor Lane Foods3.7Staff AccountantMilwaukee, WI$62K - $75K (Employer est.)Easy ApplyJob descriptionWe make frozen foods and need a staff accountant.');
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Staff Accountant', 'Harbor Lane Foods', 'Milwaukee']);
  });


  test('a separator before no place splits nothing: "Senior DeveloperFabrikam Labs · Apply now"', () => {
    const r = extract('Senior DeveloperFabrikam Labs · Apply now\nWe build apps.');
    expect([r.title?.text, r.company?.name]).toEqual([undefined, undefined]);
  });

  test('"Town, CA$150,000": California\'s code before the dollar, not Canadian dollars; "CA$80,000" alone still is', () => {
    const us = extract('Software Engineer\nContoso Labs\nSan Francisco, CA$150,000 a year - Full-time\n\nWe build apps.').salary;
    expect([us?.min, us?.currency]).toEqual([150000, 'USD']);
    const ca = extract('Analyst\nContoso Labs\nToronto, ON\nCA$80,000 a year - Full-time\n\nWe build apps.').salary;
    expect([ca?.min, ca?.currency]).toEqual([80000, 'CAD']);
  });

  test("a glued header's place with its pay after a space is the job's place, over a branch the body names", () => {
    const r = extract('Mechanical Design EngineerFabrikam Equipment Co.Cedar Rapids, IA 52404 $78,000 - $95,000 a yearAbout UsFabrikam Equipment Co. builds conveyors. Our main plant is in Cedar Rapids, Iowa, and we have a parts and service branch in Joplin, Missouri.');
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Mechanical Design Engineer', 'Fabrikam Equipment Co.', 'Cedar Rapids']);
  });

  test.each([
    // A board's copy that opens with the employer: its rating, the title, the place or the way of working, the pay.
    ['Fabrikam Dental\n4.2 ★\nDental Receptionist\nTulsa, OK\n$18.00 - $21.00 Per Hour (Employer est.)', 'Dental Receptionist', 'Fabrikam Dental'],
    ['Litware Analytics\nData Analyst\nRemote\n$70K - $85K (Employer est.)', 'Data Analyst', 'Litware Analytics'],
    ['Wingtip Federal Services\nCybersecurity Engineer (TS/SCI)\nChantilly, VA\n$150K - $185K (Employer est.)', 'Cybersecurity Engineer (TS/SCI)', 'Wingtip Federal Services'],
    // An apprentice's or trainee's title is a job's title over its employer.
    ['Lineworker Apprentice\nFabrikam Power Cooperative\nBismarck, ND\n$31.20/hr', 'Lineworker Apprentice', 'Fabrikam Power Cooperative'],
  ])('the employer over or under its title: %j', (header, title, company) => {
    const r = extract(`${header}\n\nWe are hiring for our team. Apply today.`);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });

  test('a glued name without a place after it is left as it is: "PowerPoint Trainer", "JavaScript Developer"', () => {
    expect(extract('JavaScript DeveloperContoso\nWe build apps.').title?.text).not.toBe('JavaScript');
    expect(extract('Senior PowerPoint Designer Fabrikam Austin, TX $90,000 a year. Fabrikam is hiring.').title?.text).toBe('Senior PowerPoint Designer');
  });

  test('a title ending in a role word outside the usual endings ("Event Staff", "Home Health Aide", "Line Cook") stays the title over a plural name', () => {
    const r = extract('Event Staff (Temporary)\nWingtip Events\nDenver, CO\n$18/hr\n\nWork our summer concerts.');
    expect([r.title?.text, r.company?.name]).toEqual(['Event Staff (Temporary)', 'Wingtip Events']);
  });

  test('a line of parts ending in "Town, Country" is no place line: "Teller · Fourth Bank · Nairobi, Kenya (On-site)"', () => {
    expect(header('Teller · Fourth Bank · Nairobi, Kenya (On-site)\nFull-time\nServe our customers.')).toEqual({ title: 'Teller', company: 'Fourth Bank', reason: 'company/first-line-part' });
    expect(header('Storyteller | Contoso Museum | Accra, Ghana\nPart-time\nLead our tours.').title).toBe('Storyteller');
  });

  test('of two parts, a plural name is the firm and a job\'s noun the title, whichever comes first', () => {
    expect(header('Mechanic · Contoso Motors · Accra, Ghana (On-site)\nFull-time\nService our vehicles.')).toEqual({ title: 'Mechanic', company: 'Contoso Motors', reason: 'company/first-line-part' });
    expect(header('Contoso Motors · Mechanic · Accra, Ghana\nFull-time\nService our vehicles.')).toEqual({ title: 'Mechanic', company: 'Contoso Motors', reason: 'company/first-line-part' });
    expect(header('Head of Sales | Northwind Traders | Leeds\nFull-time\nLead our sales team.').title).toBe('Head of Sales');
  });

  test('a line of parts whose pay is stated with its currency\'s code gives its parts: "Store Manager - Wingtip Retail - Cebu City - PHP 35,000/month"', () => {
    expect(header('Store Manager - Wingtip Retail - Cebu City - PHP 35,000/month\nFull-time. Run the store.')).toEqual({ title: 'Store Manager', company: 'Wingtip Retail', reason: 'company/first-line-part' });
  });

  test('"Company · Place" gives the company', () => {
    expect(header('Senior Data Engineer\nNorthwind Traders · Austin, TX\n\nYou will build our pipelines.').company).toBe('Northwind Traders');
  });

  test('the employer is no place: its name is not read as the location', () => {
    const r = extract('Warehouse Operative\nContoso Logistics\n\nContoso Logistics is hiring in Leeds.');
    expect(r.company?.name).toBe('Contoso Logistics');
    expect(r.location?.name).toBe('Leeds');
  });

  test.each([
    ['a place', 'Care Assistant\nLeeds\n\nJoin our home in Leeds.'],
    ['a place with its state code', 'Store Manager\nLexington KY\n\nRun a busy store.'],
    ['a place with its province code', 'Customer Service Representative\nToronto, ON\n\nAnswer calls.'],
    ['a place with a dotted code', 'Policy Analyst\nWashington, D.C.\n\nResearch policy.'],
    ['a place with a three-letter state code', 'Chef\nBrisbane QLD\n\nCook for our guests.'],
    ['a place with its province and postcode', 'Nurse\nCalgary, AB T2P 1J9\n\nCare for patients.'],
    ['a city and its Indian state', 'Support Executive\nHyderabad, Telangana\n\nAnswer calls.'],
    ['a city and its South African province', 'Call Centre Agent\nCape Town, Western Cape\n\nAnswer calls.'],
    ['a metropolitan area', 'Account Executive\nGreater Boston Area\n\nSell our software.'],
    ['a place and the way of working', 'Developer\nNYC (Hybrid)\n\nBuild apps.'],
    ['the terms', 'Care Assistant\nFull-time\n\nJoin our friendly team.'],
    ['a section heading', 'Care Assistant\nAbout the job\n\nJoin our friendly team.'],
    ['pay', 'Care Assistant\n£12.50 per hour\n\nJoin our friendly team.'],
  ])('the line under the title is no employer when it is %s', (_, text) => {
    expect(header(text).company).toBeNull();
  });

  test.each([
    ['the title restated at the start of a one-line description', 'Dentist Cumbria\nDentist  Our client is seeking an associate for their practice. Dentist applicants welcome.'],
    ['a sentence', 'Product Designer\nTooling experience is an advantage\nWe design car parts.'],
  ])('no employer from %s', (_, text) => expect(header(text).company).toBeNull());

  test('a registered name over the title is the employer, the line under it the title', () => {
    const r = extract('Northwind Inc.\nWarehouse Associate\nReno, NV\n\nPick and pack orders.');
    expect([r.title?.text, r.title?.reason, r.company?.name, r.company?.reason, r.location?.name]).toEqual([
      'Warehouse Associate',
      'title/under-employer',
      'Northwind Inc.',
      'company/line-over-title',
      'Reno',
    ]);
  });

  test.each([
    ['Proseware Outdoor\nMarketing Coordinator\nAustin, TX\nProseware Outdoor designs camping gear. The Marketing Coordinator supports our Brand Manager.'],
    ['Tailspin Solar\nSenior Accountant\nAccounting Denver, CORemote (United States)\nTailspin Solar installs solar systems. We are looking for a Senior Accountant to close the books.'],
  ])('the employer over the title, where the body names the job with an article and the employer by its name: %j', (text) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([text.split('\n')[1], text.split('\n')[0]]);
  });

  test.each([
    // The site's bar of links between the employer's banner and the title.
    ['Wingtip Behavioral Hospital\nCareers Home | Search Jobs | Join Our Talent Community\n\nBehavioral Health Technician - PRN\nJob ID: 2025-4471\n\nWe are seeking a technician.', 'Behavioral Health Technician - PRN', 'Wingtip Behavioral Hospital'],
    ['WINGTIP WORKFORCE SOLUTIONS\nJobs | Employers | Locations | About\n\nWarehouse Associate (Temp-to-Hire)\nJob #WW-24117 | Allentown, PA 18109\n\nWingtip Workforce Solutions is hiring Warehouse Associates.', 'Warehouse Associate (Temp-to-Hire)', 'WINGTIP WORKFORCE SOLUTIONS'],
    // A careers site's banner: the employer's name and the site's word.
    ['Wingtip Ledger - Careers\n\nSenior Backend Developer\nRemote (Canada) · Engineering · Full-time\n\nWe build bookkeeping software.', 'Senior Backend Developer', 'Wingtip Ledger'],
    ['Wingtip County - Employment Opportunities\nHome | Current Openings | Benefits | FAQ | Contact HR\n\nDETENTION OFFICER TRAINEE\nLocation: Springdale, AR\n\nThe county jail needs trainees.', 'DETENTION OFFICER TRAINEE', 'Wingtip County'],
    // A board's name as its address over its bar of links is the site's, no employer.
    ['WingtipJobs.ie\nFind Jobs | Recruiters | Career Advice | Upload CV | Sign In\nAccounts Payable Specialist\nWingtip Medtech\nGalway\nSalary: Competitive\n\nWe make catheters.', 'Accounts Payable Specialist', 'Wingtip Medtech'],
    // An employer whose name is a site's word, under the title.
    ['Claims Adjuster\nEMPLOYERS\n\nWe insure small businesses. You will settle claims.', 'Claims Adjuster', 'EMPLOYERS'],
    // A name in capitals over one job's line that is not.
    ['WINGTIP METRO POLICE DEPARTMENT\nPolice Records Clerk\nSalary: $19.62 - $25.11 Hourly\nJob Type: Full-time\n\nProcess reports.', 'Police Records Clerk', 'WINGTIP METRO POLICE DEPARTMENT'],
  ])("the employer's banner over the title: %j", (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });

  test('a slogan in capitals over the title is no employer: "DRIVE FOR WINGTIP LANES"', () => {
    expect(extract('DRIVE FOR WINGTIP LANES\nRegional Truck Driver\nPay: $1,400 a week\n\nHaul freight.').company?.name).not.toBe('DRIVE FOR WINGTIP LANES');
  });

  test("a board's rating after the employer over the title is no part of its name", () => {
    const r = extract('Community Jobs Companies Salaries Sign in\nFabrikam Freight 3.9 ★\nData Analyst II\nRemote\nEasy Apply\nFabrikam Freight moves goods for 2,000 shippers. As a Data Analyst II, you will build dashboards.');
    expect([r.title?.text, r.company?.name, r.company?.text]).toEqual(['Data Analyst II', 'Fabrikam Freight', 'Fabrikam Freight']);
  });

  test("the place line under a title that its employer's line opens is the location, over an address in the footer", () => {
    const text = ['Contoso Logistics', 'Senior Backend Engineer (Go)', 'Singapore', 'R&D', 'Full-time', 'Hybrid', 'Description', "Contoso Logistics runs same-day deliveries across six markets. We're looking for a Senior Backend Engineer to design high-throughput Go services.", 'Powered by Fabrikam Hire · Fabrikam Hire Inc., 250 West 40th Street, New York, NY 10036'].join('\n');
    expect(extract(text).location).toMatchObject({ name: 'Singapore', reason: 'location/field' });
  });

  test('a team under the title that the body never repeats yields to the employer the body names by two signs or more', () => {
    const text = 'Product Manager, Mobile\nProduct Management | Seattle, Washington\nAbout Tailspin Toys\nTailspin Toys makes connected toys for families.\nYou will own our app.\nTailspin Toys is an equal opportunity employer.';
    expect(extract(text).company).toMatchObject({ name: 'Tailspin Toys' });
    // One introduction of another name (a client, a partner) is not enough.
    const once = 'Sales Representative\nContoso Staffing\n\nFabrikam Medical is looking for a sales representative in Ohio. You will visit hospitals.';
    expect(extract(once).company).toMatchObject({ name: 'Contoso Staffing', reason: 'company/line-under-title' });
  });

  test('a title over its employer stays so when the body names both with an article', () => {
    const r = extract('Registered Nurse\nNorthwind Medical Center\nPortland, OR\nJoin the Northwind Medical Center family as a Registered Nurse on our ward.');
    expect([r.title?.text, r.company?.name]).toEqual(['Registered Nurse', 'Northwind Medical Center']);
  });

  test('a label or heading on the first line is no title', () => {
    expect(header('Job description:\nWe need a driver for our depot.').title).toBeNull();
    expect(header('About the job\nWe need a driver for our depot.').title).toBeNull();
  });

  test('one line split at an inline label has no title line', () => {
    expect(header('Nice to have: RabbitMQ').title).toBeNull();
  });
});

describe("an emailed job alert's heading over its job", () => {
  test.each([
    ['Naukri Job Alert\nPython Developer\nOrbitfin Technologies\n4-7 Yrs | 10-16 Lacs P.A. | Chennai\nOrbitfin Technologies builds banking software.'],
    ['Job alert: 1 new job for "developer" in Chennai\nPython Developer\nOrbitfin Technologies · Chennai\nOrbitfin Technologies builds banking software.'],
    ['New jobs for you\nPython Developer\nOrbitfin Technologies - Chennai\nOrbitfin Technologies builds banking software.'],
  ])('is no title: %j', (text) => {
    expect(header(text)).toMatchObject({ title: 'Python Developer', company: 'Orbitfin Technologies' });
  });
});

describe("a page's menu and language switcher copied above the title", () => {
  test('a language name or "Languages" on a line of its own is no title', () => {
    for (const switcher of ['Deutsch', 'Languages', 'English']) {
      const r = extract(`All jobs\n${switcher}\nSales Development Representative (m/f/d)\nPermanent employee, Full-time · Munich\nTailspin Analytics helps manufacturers predict machine failures.`);
      expect(r.title?.text).toBe('Sales Development Representative (m/f/d)');
    }
  });

  test("a board's menu of six lines, in German, is read over", () => {
    const r = extract('Jobs\nUnternehmen\nGehalt\nRatgeber\nAnmelden\nFür Arbeitgeber\nElektroniker für Betriebstechnik (m/w/d)\nNorthwind Verpackung GmbH\nHamburg\nWir suchen zum nächstmöglichen Zeitpunkt einen Elektroniker für Betriebstechnik.');
    expect(r.title?.text).toBe('Elektroniker für Betriebstechnik (m/w/d)');
    expect(r.company?.name).toBe('Northwind Verpackung GmbH');
  });

  test.each([
    'Home\nCompany\nJoin Us\nMachine Learning Engineer\nApply\nFabrikam is looking for a Machine Learning Engineer to build our forecasting models.',
    'Company\nJoin Us\nMachine Learning Engineer\nApply\nFabrikam is looking for a Machine Learning Engineer to build our forecasting models.',
  ])('a menu\'s "Company" over a button or the title is no employer field: %#', (text) => {
    expect(extract(text).company?.name).toBe('Fabrikam');
  });

  test('a details box\'s "Company" row under the title stays the employer', () => {
    expect(extract('Machine Learning Engineer\nCompany\nFabrikam Labs\nLocation\nPune\nBuild our models.').company?.name).toBe('Fabrikam Labs');
  });

  test('a menu\'s "Company" over the site\'s contact address is no employer field, nor is the address', () => {
    const r = extract('Home\nServices\nCompany\nJoin us\nhello@fabrikam.example\nSenior Data Engineer\nPune, India\nApply\nFabrikam builds data platforms for retailers. As a Senior Data Engineer you will design our ingestion pipelines.');
    expect(r.title?.text).toBe('Senior Data Engineer');
    expect(r.company?.name).toBe('Fabrikam');
  });
});

describe("a title that ends with its level's abbreviation and full stop", () => {
  test.each([
    ['Data Analyst Sr.\nContoso Inc.\nAustin, TX\nFull-time', 'Data Analyst Sr.', 'Contoso Inc.'],
    ['Analista de Datos Sr.\nContoso México S.A. de C.V.\nCiudad de México, CDMX\nTiempo completo', 'Analista de Datos Sr.', 'Contoso México S.A. de C.V.'],
  ])('%j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
  test('a sentence is still no title', () => expect(extract('We need help.\nContoso Inc.\nAustin, TX').title).toBeNull());
});

describe('the employer and its place after the title, as US postings write them', () => {
  const pick = (text: string) => {
    const r = extract(text);
    return [r.title?.text, r.company?.name, r.location?.name];
  };
  test('"<title> at <employer> in <place>" on the first line', () => {
    expect(pick('Project Manager at Northwind Traders in Chicago, IL\nWe are seeking a Project Manager. Northwind Traders is a leading retailer.')).toEqual(['Project Manager', 'Northwind Traders', 'Chicago']);
  });
  test('... run on into the body: "in" is no part of the name', () => {
    const text =
      "Project Manager (Hybrid) at Northwind Traders in Chicago, IL. Salary: $95,000-$115,000/yr. We are seeking a PMP-certified Project Manager with 5+ years of experience leading cross-functional teams. Hybrid: 3 days in office. Bachelor's degree required.";
    expect(pick(text)[1]).toBe('Northwind Traders');
  });
  test.each([
    'Sales Associate\nPart-time\nFabrikam Outlet · Orlando, FL\n$15/hr\nFlexible schedule, employee discount.',
    'Sales Associate\n$15 - $17 an hour\nFabrikam Outlet\nOrlando, FL\nFlexible schedule, employee discount.',
  ])('a line of the terms or the pay between the title and the employer\'s line: %#', (text) => {
    expect(pick(text)).toEqual(['Sales Associate', 'Fabrikam Outlet', 'Orlando']);
  });
  test("a details list's item under the pay line is no employer's line", () => {
    const text = 'FOUNDING MACHINE LEARNING ENGINEER\n\n$140k – $180k • 0.25% – 1.0%\n * LocationSan Francisco • Remote (United States)\n * Job typeFull Time\n\nLumen Orbit turns satellite imagery into answers for insurers.';
    expect(pick(text)[1]).not.toBe('LocationSan Francisco');
  });
});

describe("a public board's name over its job box's heading", () => {
  const pick = (text: string) => {
    const r = extract(text);
    return [r.title?.text, r.company?.name];
  };

  test.each([
    'Public Sector Recruitment Portal\nVacancy details\nCivil Engineer / Ministry of Public Works\nYears of experience: 5\nSalary: 850.000\nRequirements:\nFive years of site supervision.',
    'Public Sector Recruitment Portal\nJob details\nCivil Engineer\n/ Ministry of Public Works\nYears of experience: 5\nSalary: 850.000',
  ])('the job and the body after its slash are read under the heading: %#', (text) => {
    expect(pick(text)).toEqual(['Civil Engineer', 'Ministry of Public Works']);
  });

  test('in Arabic', () => {
    expect(pick('بوابة التوظيف الحكومية\nتفاصيل الوظيفة\nمحاسب / وزارة المالية\nسنوات الخبرة : 3\nالراتب : 700')).toEqual(['محاسب', 'وزارة المالية']);
  });

  test('a title over the heading stays the title where a row follows the heading', () => {
    expect(pick('Payroll Specialist\nJob details\nLocation: Leeds\nWe run payroll for 400 staff.')[0]).toBe('Payroll Specialist');
  });

  test('two jobs either side of a slash are one title: "Ward Clerk / Hospital Porter"', () => {
    expect(pick('Ward Clerk / Hospital Porter\nWe need help on the wards.\nShifts: nights')[0]).toBe('Ward Clerk / Hospital Porter');
  });
});

describe('the place line under the title of pasted text', () => {
  test.each([
    ['Care Assistant\nSunrise Care Homes Ltd\nBristol BS1\n£11.44 per hour\n\nWe need night carers. You need the right to work in the UK.', 'Bristol'],
    ['Payroll Specialist\nNorthwind Health\nColumbus, OH 43215\n\nRun payroll for our clinics across Ohio.', 'Columbus'],
    ['محاسب\nعمان، الأردن\nالراتب: 650 دينار', 'Jordan'],
  ])('is the location field: %s', (text, place) => {
    const r = extract(text);
    expect(r.location).toMatchObject({ name: place, reason: 'location/field' });
  });
});

describe('the years of experience under the title of pasted text', () => {
  test('a line that is only a number of years is the experience asked for', () => {
    const r = extract('Senior Java Developer\nFabrikam Technologies Pvt Ltd\n3 - 6 years\n₹ 12-18 Lacs P.A.\nBengaluru\n\nBuild services in Spring Boot.');
    expect(r.experience.map((e) => [e.minYears, e.maxYears])).toEqual([[3, 6]]);
    expect(r.company?.name).toBe('Fabrikam Technologies Pvt Ltd');
  });
  test("a details line's part of years is the experience asked for: \"5 - 8 Years | ₹ 18-25 Lacs P.A. | Hybrid\"", () => {
    const text = 'Senior Java Developer\nFabrikam Technologies Pvt Ltd\nBengaluru, Karnataka, India\n5 - 8 Years | ₹ 18-25 Lacs P.A. | Hybrid\nJob description\nBuild services in Spring Boot.';
    const r = extract(text);
    expect(r.experience.map((e) => [e.minYears, e.maxYears, text.slice(e.start, e.end)])).toEqual([[5, 8, '5 - 8 Years']]);
    expect(r.salary).toMatchObject({ min: 1800000, max: 2500000 });
  });
  test('nor is it an employer, and a contract length is no experience', () => {
    expect(header('Java Developer\n3 - 6 years\n\nBuild services.').company).toBeNull();
    expect(extract('Java Developer\n6 months\n\nBuild services.').experience).toEqual([]);
  });
});

describe('a title field further down the pasted text', () => {
  test('names the title; the line under the first line is still the employer', () => {
    const r = extract('Data Engineer - Platform (Remote)\nNorthwind Traders\n\nJob Title: Data Engineer\nBuild our pipelines.');
    expect(r.title?.text).toBe('Data Engineer');
    expect(r.company).toMatchObject({ name: 'Northwind Traders', reason: 'company/line-under-title' });
  });
  test('of another job, leaves the first lines alone', () => {
    expect(extract('Nurse\nAcme Care\n\nJob Title: Plumber\nFix pipes.').company).toBeNull();
  });
});

describe("a description's HTML with no page title or heading is read as pasted text", () => {
  test('"<p>Data Engineer<br>Contoso<br>Denver, CO</p>": title, employer and place', () => {
    const html = '<p>Data Engineer<br>Contoso<br>Denver, CO<br><br>Requirements:<br>- 3+ years with Python</p>';
    const r = extract(html);
    expect(r.title?.text).toBe('Data Engineer');
    expect(r.company?.name).toBe('Contoso');
    expect(r.location?.name).toBe('Denver');
    expect(html.slice(r.company!.start, r.company!.end)).toBe('Contoso');
  });
  test('escaped, as an API carries it', () => {
    expect(extract('&lt;p&gt;Data Engineer&lt;br&gt;Contoso&lt;br&gt;Denver, CO&lt;/p&gt;&lt;p&gt;We build pipelines.&lt;/p&gt;').company?.name).toBe('Contoso');
  });
  test("a forum's comment whose line of parts ends in its pay: the job's part and the employer's", () => {
    const r = extract('<div class="comment"><p>Proseware | Senior Backend Engineer (Rust) | Remote (US) | Full-time | $170k-$210k + equity</p><p>We build document automation for law firms.</p></div>');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Backend Engineer (Rust)', 'Proseware']);
  });
  test('one that opens with a list or a sentence has no title', () => {
    expect(extract('<ul><li>Python</li><li>SQL</li></ul><p>We pay well.</p>').title).toBeNull();
    expect(extract('<p>We are a leading company in Leeds.</p><p>You will manage a team.</p>').title).toBeNull();
  });
});

describe("a letter's greeting is no title", () => {
  test.each(['Hi Sam,\n\nI came across your profile and think you would fit a Java role.', 'Dear Candidate\nWe are hiring nurses.', 'Hello there\nWe are hiring nurses.'])('%s', (text) =>
    expect(extract(text).title).toBeNull(),
  );
});

describe('one line of parts and nothing more', () => {
  test.each([
    ['Data Analyst — Denver, CO — $70k-$85k — Full-time', 'Data Analyst'],
    ['[Hiring] Python developer - $50/hr - Remote', 'Python developer'],
  ])('%s: the job\'s part is the title', (text, title) => expect(extract(text).title?.text).toBe(title));
  test('a sentence is none', () => expect(extract('We need a nurse in Leeds.').title).toBeNull());
  test("a board's pay estimate over the title is no title: \"Estimated: $45,000 - $55,000 a year\" / \"Office Manager\"", () => {
    const r = extract('Estimated: $45,000 - $55,000 a year\nOffice Manager\nNorthwind Dental - Boise, ID\nFull-time\n\nRun our front desk.');
    expect([r.title?.text, r.company?.name, r.salary?.min]).toEqual(['Office Manager', 'Northwind Dental', 45000]);
  });
  test('a pay string alone is none, and keeps its range', () => {
    const r = extract('17000 - 25000/annum 17k - 20k OTE 25k');
    expect(r.title).toBeNull();
    expect(r.salary).toMatchObject({ min: 17000, max: 25000 });
  });
  test('a line that opens with a site word is no site line: "Home Manager"', () => {
    expect(extract('Home Manager\nOur care home in Leeds needs a manager.').title?.text).toBe('Home Manager');
  });
  test('a board\'s name over the title is none of the posting\'s: "Job Bank" / "Cook" / the employer', () => {
    const r = extract('Job Bank\nCook\nMaple Leaf Bistro Inc.\nLocation: Kelowna, BC\nPrepare and cook complete meals.');
    expect([r.title?.text, r.company?.name]).toEqual(['Cook', 'Maple Leaf Bistro Inc.']);
  });
  test('a title with a qualifier over an employer whose name ends as a role word: "Registered Nurse - Med/Surg (Nights)" / "... Medical Center"', () => {
    const r = extract('Registered Nurse - Med/Surg (Nights)\nWoodgrove Regional Medical Center\nSpringfield, IL\n\nProvide direct patient care.');
    expect([r.title?.text, r.company?.name]).toEqual(['Registered Nurse - Med/Surg (Nights)', 'Woodgrove Regional Medical Center']);
  });
  test("a recruiter's email: the message's header is no title, its \"Position:\" row is", () => {
    const r = extract('From: Sam Lee <sam@northwind-recruit.example>\nSent: Tuesday, November 24, 2026 10:14 AM\nTo: Alex Morgan\nSubject: Opportunity\n\nHi Alex,\n\nI thought you might be a fit for the role below.\n\nPosition: Senior QA Engineer\nLocation: Raleigh, NC (Hybrid, 3 days onsite)\nRate: $65/hr on W2');
    expect(r.title?.text).toBe('Senior QA Engineer');
    expect(r.workplace.map((w) => w.value)).toEqual(['hybrid']);
  });
  test('a "Title:" row under a document\'s header ("Contoso Health System   Job Description", as a PDF prints it) is the title', () => {
    const r = extract('Contoso Health System                    Job Description\nTitle: Respiratory Therapist II\nDepartment: Cardiopulmonary\n\nProvides respiratory care.');
    expect(r.title?.text).toBe('Respiratory Therapist II');
  });
  test("a \"Position:\" row under a PDF's running head, its rule and its number (\"Posting No. L-2025-117   Page 1\") is the title", () => {
    const text = ['PINE HOLLOW SCHOOL DISTRICT 12          LICENSED VACANCY ANNOUNCEMENT', '-'.repeat(60), 'Posting No. L-2025-117                                        Page 1', '', 'POSITION:      School Counselor - Middle School', 'LOCATION:      Cedar Middle School, Bend, Oregon', 'SALARY:        $51,208 - $92,570 per year', '', 'The district seeks a licensed counselor for grades 6-8.'].join('\n');
    expect(extract(text).title?.text).toBe('School Counselor - Middle School');
    // A document's number or page is never the title.
    expect(extract('Job Announcement #25-0318\nPage 1 of 2\nCivil Engineer III\nThe county seeks an engineer.').title?.text).toBe('Civil Engineer III');
  });
  test('a "Role:" row under a title and employer leaves the title line alone', () => {
    expect(extract('API Developer\nCognizant\n\nRole: API Developer (Remote)\n\nBuild APIs.').title?.text).toBe('API Developer');
  });
  test('a "Position:" row further down a posting that is no email names no title', () => {
    expect(extract('Our team is growing fast.\nWe build tools for clinics.\nPosition: open until filled').title).toBeNull();
  });
  test('a food bank is no job board', () => expect(extract('Food Bank Coordinator\nHelp us run the food bank.').title?.text).toBe('Food Bank Coordinator'));
  test("a feed's masked count opening the title is no list item", () => {
    expect(extract('**** x Qualified Social Workers\nJoin our child protection team.').title?.text).toBe('*** x Qualified Social Workers');
  });
});

describe('a job description exported from a PDF or Word file', () => {
  test('the name over the document\'s heading is the employer where it ends as a public body\'s does', () => {
    expect(extract('Pine Hollow School District\nJob Description\nTitle: School Counselor\nReports To: Building Principal\nLocation: Bend, Oregon\nSummary: Counsels students in grades 6-8.').company?.name).toBe('Pine Hollow School District');
  });
  test('its rows name the title; a "Reports to:" row that ends as a job does is no title', () => {
    const r = extract('Fabrikam Pharma India\nJOB DESCRIPTION\nJob Title: Quality Analyst\nDepartment: Operations\nGrade: Level 4\nSalary: ₹6,00,000 - ₹8,00,000 per annum\nReports to: Head of Quality Operations\nLocation: Hinjewadi, Pune\n\nThe post holder will run the quality checks of the plant.');
    expect(r.title?.text).toBe('Quality Analyst');
  });
  test('the name over the document\'s heading, which its footer repeats, is the employer', () => {
    const r = extract('Fabrikam Pharma India\nJOB DESCRIPTION AND PERSON SPECIFICATION\nJob Title: Quality Analyst\nGrade: Level 4\n\n1. Run the quality checks of the plant.\nFabrikam Pharma India – Quality Analyst – Page 1 of 2');
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual(['Quality Analyst', 'Fabrikam Pharma India', 'company/document-header']);
  });
  test('a title over a "Job Description" heading and its sentences is no employer', () => {
    const r = extract('Senior Developer NET\nJob Description\nProseware Recruitment is recruiting a senior developer for a client in Belfast.\nEssential Criteria:\nFive years of C#.');
    expect(r.company?.name).not.toBe('Senior Developer NET');
  });
  test('a council\'s job profile in capitals: "Post:" under its heading is the title, the council over it the employer', () => {
    const r = extract('WOODGROVE CITY COUNCIL\nJOB PROFILE\n\nPost: Environmental Health Officer\nGrade: PO2\n\nWoodgrove City Council is committed to safeguarding.');
    expect([r.title?.text, r.company?.name]).toEqual(['Environmental Health Officer', 'WOODGROVE CITY COUNCIL']);
  });
  test('a university\'s further particulars, and India\'s "Designation:"', () => {
    expect(extract('University of Fabrikam\nFurther Particulars\n\nPost: Lecturer in Economics\nSchool: Social Sciences').title?.text).toBe('Lecturer in Economics');
    expect(extract('Litware Technologies Pvt. Ltd.\nJob Description\nDesignation: Senior Software Engineer\nExperience: 5-8 Years').title?.text).toBe('Senior Software Engineer');
  });
  test('an ATS export\'s rows: "Title:" under "Req ID:", and "Job Posting Title:"', () => {
    expect(extract('Req ID: 55120\nTitle: Mechanical Design Engineer\nOrganization: Proseware Engineering Sdn Bhd').title?.text).toBe('Mechanical Design Engineer');
    expect(extract('Job Requisition ID: JR-20931\nJob Posting Title: Regional Sales Manager\nTime Type: Full time').title?.text).toBe('Regional Sales Manager');
  });
  test('a table\'s rows flattened without their colons ("Job Title Senior Accountant") are its rows', () => {
    const r = extract('Contoso Financial Services\nJOB DESCRIPTION\nJob Title Senior Accountant\nDepartment Finance\nReports To Financial Controller\nLocation Leeds\nSalary £45,000 - £50,000\n\nRole purpose\nThe Senior Accountant prepares the monthly accounts.');
    expect([r.title?.text, r.location?.city, r.salary?.min]).toEqual(['Senior Accountant', 'Leeds', 45000]);
  });
  test('one such line among others is no row: "Location Manager" is a title', () => {
    expect(extract('Location Manager\nNorthwind Studios\nLeeds\n\nFind and manage filming locations.').title?.text).toBe('Location Manager');
  });
  test('"Post Title:" is the title\'s label', () => {
    expect(extract('Woodgrove Borough Council\nPost Title: Planning Officer\nGrade: 6\n\nYou will assess planning applications.').title?.text).toBe('Planning Officer');
  });
  test('a document\'s own heading ("Position Profile") over a "Position" label and its value: the value is the title', () => {
    const r = extract('POSITION PROFILE\nPosition\nPayroll Administrator\nCompany\nTailspin (Pty) Ltd\nLocation\nCape Town, Western Cape\n\nPurpose of the role\nTo run the monthly payroll.');
    expect([r.title?.text, r.company?.name]).toEqual(['Payroll Administrator', 'Tailspin (Pty) Ltd']);
  });
});

describe('a social post: an announcement, emoji, "Title @ Employer"', () => {
  test('gives the title and the employer, not the announcement', () => {
    const r = extract("🚀 We're hiring! 🚀\nJunior Frontend Developer @ Wingtip Studio\n📍 Berlin (Hybrid)\n💰 €45k–€55k\nSend your CV to jobs@wingtip.example");
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Junior Frontend Developer', 'Wingtip Studio', 'Berlin']);
  });
  test('"Title at Employer (note)" on the first line gives both, where the text names the employer again', () => {
    const r = extract('Founding Product Designer at Wingtip (W24)\n$130K - $150K\nSan Francisco, CA, US / Remote\nFull-time\n\nWingtip builds booking software for clinics. You will design our product.');
    expect([r.title?.text, r.company?.name]).toEqual(['Founding Product Designer', 'Wingtip']);
  });
  test('"at" is no employer\'s mark where the words before it name no job, or the name is never said again', () => {
    expect(extract('Work at Home Customer Service Agent\nRemote\n\nAnswer calls from our customers.').title?.text).toBe('Work at Home Customer Service Agent');
    expect(extract('Staff Nurse at Leeds General\nLeeds\n\nJoin our surgical ward team.').title?.text).toBe('Staff Nurse at Leeds General');
  });
  test('emoji around the title are not part of it', () => {
    expect(extract('✨ Senior Data Engineer ✨\nContoso Analytics\n\nJoin us.').title?.text).toBe('Senior Data Engineer');
  });
  test.each([
    // An exclamation before the hiring sentence, and the post's hashtag as its tag.
    ['Exciting news! Zuri Pay is hiring a Product Manager 🎉\nLocation: Nairobi, Kenya\nYou will own our merchant payments product.', 'Product Manager', 'Zuri Pay'],
    ['#Hiring Data Scientist at Hartwell Insights 🔍\nLocation: Bengaluru (Hybrid)\nShare your resume with us.', 'Data Scientist', 'Hartwell Insights'],
  ])('a post\'s announcing first line names its job and employer: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
});

describe("a forum post's long line of parts over its text", () => {
  test('gives the employer and the title; the link and the workplace part are no title', () => {
    const r = extract('Tailspin Toys | Senior Frontend Engineer | Remote (US/Canada) or ONSITE Toronto | Full-time | $160k-$200k CAD + equity | https://tailspin.example/careers\n\nWe make browser games for classrooms. Stack: TypeScript, React.');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Frontend Engineer', 'Tailspin Toys']);
  });

  test.each([
    ['Contoso | Senior Backend Engineer | Berlin or REMOTE (EU) | Full-time | €80-100k\n\nWe build payroll APIs.', 'Senior Backend Engineer', 'Contoso', 'Berlin'],
    ['Proseware | Amsterdam | Full-time, onsite | Backend Developer (Elixir) | €65k–€85k + stock options\n\nPort logistics.', 'Backend Developer (Elixir)', 'Proseware', 'Amsterdam'],
    ['Northwind | Senior DevOps Engineer | Remote (Europe) | Contract, 6 months | €600-700/day\n\nMigrating services.', 'Senior DevOps Engineer', 'Northwind', null],
    ['Wingtip Health | Senior Frontend Engineer | NYC (hybrid, 2 days) | $175k–$205k + equity | Full-time\n\nIntake forms.', 'Senior Frontend Engineer', 'Wingtip Health', 'New York City'],
  ])("a choice of places, a list of terms, a place with its way of working are parts too: %j", (post, title, employer, city) => {
    const r = extract(post);
    expect([r.title?.text, r.company?.name, r.location?.city ?? null]).toEqual([title, employer, city]);
  });
});

describe("a board's title line with a shouted pay part", () => {
  test('"CDL A Driver - Earn $1,800/week!" is the title; "We\'re hiring!" still none', () => {
    expect(extract('CDL A Driver - Earn $1,800/week!\nTailspin Freight\n\nHome weekly.').title?.text).toBe('CDL A Driver - Earn $1,800/week!');
    expect(extract("We're hiring!\nJoin our team of drivers.").title).toBeNull();
  });
});

describe('a one-line run of label rows', () => {
  test('leaves its separators out of each value: "Job Title: Data Analyst | Location: Denver, CO | Salary: ..."', () => {
    const r = extract('Job Title: Data Analyst | Location: Denver, CO | Salary: $70,000 - $85,000 | Type: Full-time');
    expect(r.title?.text).toBe('Data Analyst');
    expect(r.location?.name).toBe('Denver');
    expect(r.salary).toMatchObject({ min: 70000, max: 85000 });
  });
  test.each([
    ['Delivery Driver Location: Columbus, OH 43215. $850 - $1,100 weekly. Home daily!', 'Delivery Driver'],
    ['Senior Accountant Salary: £45,000 per annum. We are a growing firm in Leeds.', 'Senior Accountant'],
  ])('a title run onto the first label, with prose after it, is the title: %j', (text, title) => expect(extract(text).title?.text).toBe(title));
  test('a label of several words is no title and label: "Primary Work Location:"', () =>
    expect(extract('Primary Work Location: Columbus, OH 43215. We deliver.').title).toBeNull());
  test('"Position:" opening the text names the title, unless its value is a term', () => {
    expect(extract('Position: Data Analyst; Location: Denver, CO; Pay: $35/hr').title?.text).toBe('Data Analyst');
    expect(extract('Position: Permanent\nWe need a nurse.').title).toBeNull();
  });
});

describe('a "Title:" row', () => {
  test('opening the text names the title: "Title: Registered Nurse"', () => {
    expect(extract('Title: Registered Nurse\nPay: $42 per hour\nA regional hospital.').title?.text).toBe('Registered Nurse');
    expect(extract('Vacancy: Care Assistant\nLocation: Leeds').title?.text).toBe('Care Assistant');
  });
  test("further down it opens another block (an agency's requisition), and the first line stays the title", () => {
    const r = extract('Project Manager (Remote)\nNorthwind Staffing\n\nOur client seeks a project manager.\nRole Title: Project Manager III\nDuration: 6 months');
    expect(r.title?.text).toBe('Project Manager (Remote)');
    expect(r.company?.name).toBe('Northwind Staffing');
  });
});

describe('a title line that names its place after a colon', () => {
  test('"Business Development Representative: Lexington KY" is the title, its place the location, the next line the employer', () => {
    const r = extract('Business Development Representative: Lexington KY\nBluegrass Media\n\nWe sell local advertising.');
    expect(r.title?.text).toBe('Business Development Representative');
    expect(r.company?.name).toBe('Bluegrass Media');
    expect(r.location).toMatchObject({ city: 'Lexington', region: 'Kentucky' });
  });
  test('a label is still a label', () => expect(extract('Location: Leeds\nWe need a nurse.').title).toBeNull());
  test('a line without a word is no title', () => expect(extract('30K\n-\n2. Care').title).toBeNull());
  test('a section heading over the title is neither title nor employer', () => {
    const r = extract('Position Information\nAssistant Manager\nDayton, OH\nWe are looking for an assistant manager to run the shop and train its team.');
    expect([r.title?.text, r.company]).toEqual(['Assistant Manager', null]);
  });
});

describe('a first line of parts: title, employer, place, terms, pay', () => {
  test.each([
    // India's pay in lakhs is a pay part, no employer.
    ['DevOps Engineer | Stackwise | Bengaluru | 18-24 LPA | Hybrid\nStackwise runs a developer platform.', 'DevOps Engineer', 'Stackwise'],
    // "Title at Employer" with the employer's place after a comma.
    ['Store Manager at Pinnacle Pharmacy, Cape Town\nR30 000 per month\nPinnacle Pharmacy has 40 stores.', 'Store Manager', 'Pinnacle Pharmacy'],
    ['Senior Data Engineer | Contoso Analytics | Austin, TX | Full-time', 'Senior Data Engineer', 'Contoso Analytics'],
    ['Senior Data Engineer - Contoso Analytics - Austin, TX', 'Senior Data Engineer', 'Contoso Analytics'],
    // A forum's hiring post puts the employer first.
    ['Contoso Analytics | Senior Data Engineer | Austin, TX (Hybrid) | $140k-$165k', 'Senior Data Engineer', 'Contoso Analytics'],
    ['Northwind Inc. | Product Designer | REMOTE', 'Product Designer', 'Northwind Inc.'],
    // Its forum tag before the employer: "[Hiring] Contoso Health | ...".
    ['[Hiring] Contoso Health | Senior iOS Engineer | REMOTE (US only) | Full-time | $160k-$185k + equity', 'Senior iOS Engineer', 'Contoso Health'],
    // The title's qualifier in brackets after its noun.
    ['Proseware | Senior Backend Engineer (Rust) | Remote (US/Canada) | Full-time', 'Senior Backend Engineer (Rust)', 'Proseware'],
  ])('%s', (line, title, company) => {
    const r = extract(`${line}\n\nWe are hiring for our growing team.`);
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual([title, company, 'company/first-line-part']);
  });
  test('a part that is only a number of years is the experience asked for, as Indian boards print it', () => {
    const r = extract('Data Scientist | Wingtip Analytics | Bengaluru | 3-6 yrs | ₹ 18-28 Lacs P.A.\nMust have: Python, SQL.');
    expect([r.title?.text, r.company?.name, r.location?.city, r.experience[0]?.minYears, r.experience[0]?.maxYears]).toEqual(['Data Scientist', 'Wingtip Analytics', 'Bengaluru', 3, 6]);
  });
  test('the place part is the location', () => expect(extract('Senior Data Engineer | Contoso Analytics | Austin, TX\n\nJoin us.').location).toMatchObject({ city: 'Austin', region: 'Texas' }));
  test.each(['Sr Business Analyst - Remote', 'Claims Underwriter | Buffalo, NY'])('a title with only its place or terms beside it stays whole: %s', (line) =>
    expect(extract(`${line}\n\nWe are hiring for our growing team.`).title?.text).toBe(line),
  );
  test('a title with a dash of its own is no line of parts', () => expect(extract('Registered Nurse - ICU Nights\n\nJoin our ward.').title?.text).toBe('Registered Nurse - ICU Nights'));
  test.each([
    // A title with a dash of its own among bars.
    ['Warehouse Associate - Night Shift | Apex Logistics | Memphis, TN 38118 | $19.50/hr | Full-time\nWe load trucks.', 'Warehouse Associate - Night Shift'],
    // Labelled details among the parts.
    ['Warehouse Associate - Night Shift | Apex Logistics | Memphis, TN | $19.50/hr | Full-time | Benefits: medical, dental | Shift: nights\nWe load trucks.', 'Warehouse Associate - Night Shift'],
    // The job's part names its employer with "at".
    ['Warehouse Associate at Apex Logistics | Memphis, TN | $19.50/hr\nWe load trucks.', 'Warehouse Associate'],
    // An executive's title, its field after its head.
    ['Head of Warehousing at Apex Logistics | Memphis, TN | $95,000\nWe load trucks.', 'Head of Warehousing'],
    // Two parts over a line of the place and terms, the employer named again below.
    ['Warehouse Associate | Apex Logistics\nMemphis, TN · Full-time\nAt Apex Logistics we load trucks.', 'Warehouse Associate'],
  ])('the title and its employer: %j', (text, title) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, 'Apex Logistics']);
  });
  test('two parts over a place are no title and employer where the body never names the second: "Registered Nurse | ICU Nights"', () =>
    expect(extract('Registered Nurse | ICU Nights\nLondon\nJoin our busy ward.').company).toBeNull());
  test.each([
    // A shift is a part of the terms, no employer.
    ['HGV Class 1 Driver | Nights | £18.50ph | Daventry NN11 | Start ASAP. Our client runs a depot.', 'HGV Class 1 Driver', null],
    ['Warehouse Operative | Days/Nights | Apex Logistics | Rugby | £13.50ph\nWe load trucks.', 'Warehouse Operative', 'Apex Logistics'],
    ['Care Assistant · Mon-Fri · Sunrise Care · Bath · £12.50/hr\nWe care.', 'Care Assistant', 'Sunrise Care'],
  ])('%j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name ?? null]).toEqual([title, company]);
  });
});

describe('a title line that goes on to its place and pay with no bars', () => {
  test.each([
    ['Electrician Tampa, FL $30-$38/hour\nCompany: Brightline Electric LLC\nWire new builds.', 'Electrician'],
    ['Electrician (Journeyman) Tampa, FL $30-$38/hour + per diem\nWire new builds.', 'Electrician (Journeyman)'],
    ['Senior Accountant £45,000\nContoso Ltd\nClose the books.', 'Senior Accountant'],
  ])('the title is the words before them: %j', (text, title) => expect(extract(text).title?.text).toBe(title));
  test('or to its employer\'s registered name: "Senior Java Developer Infosys Limited"', () => {
    const r = extract('Senior Java Developer Fabrikam Infotech Limited\nBengaluru\nBuild services in Java.');
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Senior Java Developer', 'Fabrikam Infotech Limited', 'Bengaluru']);
  });
  test('a flattened posting whose title runs into its registered name and place', () => {
    const r = extract('Senior Java Developer Fabrikam Infotech Limited Bengaluru, Karnataka Experience: 5 - 8 Years Salary: ₹ 18,00,000 - 25,00,000 P.A. We build.');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Java Developer', 'Fabrikam Infotech Limited']);
  });
  test('a shouted pay part still leaves the job its line\'s part', () => expect(extract('CDL A Driver - Earn $1,800/week!\nFabrikam Freight\nDrive.').title?.text).toBe('CDL A Driver - Earn $1,800/week!'));
});

describe("an employer's row run on into the posting's sentences", () => {
  test.each([
    ['Electrician\nCompany: Brightline Electric LLC Must have a journeyman license and 4 years commercial experience.', 'Brightline Electric LLC'],
    ['Analyst\nCompany: Northwind Traders, Inc. We build things.', 'Northwind Traders, Inc.'],
  ])('ends with its registered name: %j', (text, company) => expect(extract(text).company?.name).toBe(company));
  test('the experience in the run-on sentence is read', () =>
    expect(extract('Electrician\nCompany: Brightline Electric LLC Must have a journeyman license and 4 years commercial experience.').experience[0]?.minYears).toBe(4));
});

describe('a scraped line of parts that runs on into the description', () => {
  test.each([
    'Senior Data Scientist | Tailspin Analytics | Boston, MA (Hybrid) | $150,000 - $185,000 | Full-time About Tailspin Analytics We help hospitals forecast demand.',
    'Senior Data Scientist · Tailspin Analytics · Boston, MA · $150,000 - $185,000 · Full-time About us We help hospitals forecast demand.',
    // The place is the part that runs on.
    'Senior Data Scientist · Tailspin Analytics · Boston, MA (On-site) About the job Tailspin Analytics helps hospitals forecast demand.',
  ])('%s', (text) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Senior Data Scientist', 'Tailspin Analytics', 'Boston']);
  });
  test('a sentence with a bar or two is no line of parts', () =>
    expect(extract('We are hiring | apply today | our team in Boston is growing fast and we need you now.').title).toBeNull());
});

describe('a line under the title that is a place and nothing else is the location', () => {
  test.each([
    ['Customer Service Representative\nToronto, ON\n\nAnswer calls. Pay $20 an hour.', 'Toronto', 'Ontario'],
    ['Chef\nBrisbane QLD\n\nCook for our guests.', 'Brisbane', 'Queensland'],
    ['Support Executive\nHyderabad, Telangana\n\nAnswer calls.', 'Hyderabad', 'Telangana'],
    ['Call Centre Agent\nCape Town, Western Cape\n\nAnswer calls.', 'Cape Town', 'Western Cape'],
    ['Nurse\nCalgary, AB T2P 1J9\n\nCare for patients.', 'Calgary', 'Alberta'],
    ['Account Executive\nGreater Boston Area\n\nSell our software. Pay $90,000 a year.', 'Boston', 'Massachusetts'],
    ['Marketing Manager\nSan Francisco Bay Area\n\nLead our campaigns.', 'San Francisco', 'California'],
    ['Financial Analyst\nNew York City Metropolitan Area\n\nBuild models.', 'New York City', 'New York'],
    ['Developer\nNYC (Hybrid)\n\nBuild apps.', 'New York City', 'New York'],
    ['Policy Analyst\nWashington, D.C.\n\nResearch policy.', 'Washington', 'District of Columbia'],
    ['Account Executive\nNorthwind Traders\nGreater Boston Area\n\nSell our software. Pay $90,000 a year.', 'Boston', 'Massachusetts'],
    ['Analyst\nDallas-Fort Worth Metroplex\n\nBuild reports. Pay $70,000.', 'Dallas', 'Texas'],
    ['Associate\nWashington DC-Baltimore Area\n\nBuild reports. Pay $60,000.', 'Washington', 'District of Columbia'],
    ['Cook\nSan Antonio, Texas Metropolitan Area\n\nCook. Pay $16 an hour.', 'San Antonio', 'Texas'],
    ['Engineer\nLos Angeles County, CA\n\nDesign bridges. Pay $100,000.', 'California', 'California'],
    // (A place the gazetteer lacks, read with its state's code, is named as written; a county is not.)
    ['Research Scientist\nResearch Triangle Park, NC\n\nRun assays. Pay $110,000.', 'Research Triangle Park', 'North Carolina'],
    ['Pharmacist\nGalway City\n\nDispense medicines. €45,000 per annum.', 'Galway', 'County Galway'],
    ['Administrator\nDublin City Centre\n\nRun the office. €35,000 per annum.', 'Dublin', 'Dublin City'],
    // A city's business district, a district in brackets after the place, a city named "City" after its province.
    ['Barista\nAdelaide CBD\n\nMake coffee. $26 an hour.', 'Adelaide', 'South Australia'],
    ['Receptionist\nSingapore (Tanjong Pagar)\n\nGreet visitors. S$3,000 a month.', 'Singapore', null],
    ['Bookkeeper\nNairobi, Kenya (Westlands)\n\nKeep the books.', 'Nairobi', 'Nairobi County'],
    ['Clerk\nQuébec City, QC\n\nFile records. $24 an hour.', 'Québec', 'Quebec'],
    // The place in brackets after the way of working, as ATS boards print it, under a department's line.
    ['Customer Success Manager\nCustomer Success\nRemote (Queensland)\nFull Time\n\nHelp our customers.', 'Queensland', 'Queensland'],
    // ... and places there that lost the separator between them, as copied.
    ['Sales Engineer, Europe\nSales Engineering\nRemote (GermanyUnited Kingdom)\nFull Time\n\nHelp our customers.', 'Germany', null],
  ])('%s', (text, name, region) => {
    const l = extract(text).location;
    expect([l?.name, l?.region, l?.reason]).toEqual([name, region, 'location/field']);
  });

  test('a sentence with commas is no place line: "Build dashboards in Denver, Boulder or Austin."', () => {
    const r = extract('Data Analyst\nNorthwind\nMultiple Locations\n$80,000\nBuild dashboards in Denver, Boulder or Austin.');
    expect(r.locations.map((l) => l.reason)).not.toContain('location/field');
    expect(extract('Data Analyst\nNorthwind\nFrankfurt am Main, Germany\nBuild dashboards.').location?.reason).toBe('location/field');
  });

  test('a line the normaliser split from a longer one is no place line', () => {
    // The line under the title runs on after the place: the place is read, but as a town named in the text.
    expect(extract('Support Worker\nSupport Worker Jobs Watford, Hertfordshire Northwind Care are hiring now.').location?.reason).not.toBe('location/field');
  });
});

test("another row's value under the title is no place line: \"Skills:\" over \"Java, Spring, Kafka, AWS\"", () => {
  const r = extract('Java Developer\nLitware Consulting\nContract W2 • Remote\nSkills:\nJava, Spring, Kafka, AWS\nDuration: 12 months');
  expect(r.locations.map((l) => l.name)).not.toContain('Spring');
});

describe('a Location row whose value is an address over several lines', () => {
  test('gives the place among its lines, not the building on the first', () => {
    const html = '<h1>Staff Nurse</h1><dl><dt>Location</dt><dd><p>Riverside General Hospital</p><p>Hospital Road</p><p>Derby</p><p>DE22 3NE</p></dd><dt>Salary</dt><dd>£31,049 a year</dd></dl><p>Join our ward.</p>';
    expect(extract(html).location).toMatchObject({ city: 'Derby', reason: 'location/field' });
  });
  test('a way of working or a count of places stays the value', () => {
    const html = '<h1>Analyst</h1><dl><dt>Location</dt><dd><p>Multiple locations</p><p>Leeds</p></dd></dl><p>Join us.</p>';
    expect(extract(html).locations.find((l) => l.reason === 'location/field')?.name ?? null).not.toBe('Leeds');
  });
});

describe('the employer named in the body of pasted text', () => {
  test('a name with its article opening the body is the employer, a job\'s title with its article none', () => {
    expect(extract('Bar Manager\nKilkenny\nThe Anchor Tavern is a family-run pub with live music four nights a week. We need a Bar Manager.').company?.name).toBe('The Anchor Tavern');
    expect(extract('Marketing Coordinator\nAustin, TX\nThe Marketing Coordinator is a key member of our small team. You will plan events.').company).toBeNull();
  });
  test('"X is seeking a <the title>" names the employer, once is enough', () => {
    const r = extract('Senior Financial Analyst\nChicago, IL\n\nSummit Ridge Insurance is seeking a Senior Financial Analyst to join us.');
    expect([r.company?.name, r.company?.reason]).toEqual(['Summit Ridge Insurance', 'company/introduced']);
  });
  test('"X is seeking" someone else, past the body\'s first sentence, needs the name again', () => {
    expect(extract('Senior Financial Analyst\nChicago, IL\n\nYou will build our forecasts and budgets.\nSummit Ridge Insurance is seeking a motivated person.').company).toBeNull();
  });
  test.each([
    ['Office Manager\nBoise, Idaho\nAdatum Architecture is a 40-person design firm in Boise. You will run our studio.', 'Adatum Architecture'],
    ['Head Chef\nHarrogate\nFull Time\n£38,000 a year\nWingtip Pubs runs 18 country pubs across Yorkshire. We need a Head Chef.', 'Wingtip Pubs'],
    ['Store Manager\nTucson, AZ\nAs Store Manager at Proseware Home Stores you run a store of 40 associates.', 'Proseware Home Stores'],
    // A name with its legal form after a comma or with its full stop, and one an ampersand joins.
    ['Analytics Engineer\nRemote - US\nAdatum Health, Inc. is a leading provider of home care software. You will build our dashboards.', 'Adatum Health, Inc.'],
    ['Analytics Engineer\nRemote - US\nAdatum Health Inc. is seeking an Analytics Engineer to join us.', 'Adatum Health Inc.'],
    ['Analytics Engineer\nRemote - US\nWingtip & Co is a leading provider of travel software. You will build our dashboards.', 'Wingtip & Co'],
    // A name that opens with a small letter and a capital.
    ['Analytics Engineer\nRemote - US\neFabrikam is a leading provider of travel software. You will build our dashboards.', 'eFabrikam'],
    // A name introduced by "is the", or described between commas.
    ['Biomedical Technician\nKamloops, BC\nTailspin Health is the health authority for the region. You will repair infusion pumps.', 'Tailspin Health'],
    ['Front Office Manager\nDoha, Qatar\nMarina Pearl Hotel, a 320-room hotel on the Corniche, is looking for a Front Office Manager.', 'Marina Pearl Hotel'],
    // A page taken node by node: the name, set in bold, on a line of its own.
    ['Field Sales Manager\nApply\nDenver, CO\nJob Description:\nContoso Security®\nis a leading provider of endpoint software. You will grow our accounts.', 'Contoso Security'],
  ])('the body\'s first sentence under a pasted page\'s header introduces its employer, once enough: %j', (text, company) => {
    expect(extract(text).company).toMatchObject({ name: company, reason: 'company/introduced' });
  });
  test.each([
    ['Analytics Engineer\nRemote - US\nWe build home care software for the clinics of Contoso Inc.'],
    ['Analytics Engineer\nRemote - US\nWe build home care software (for clinics across the state.)'],
    ['Analytics Engineer\nRemote - US\nOur motto for our clinics is "care first and always."'],
  ])('a first sentence that ends with no full stop and space (a legal form\'s, one in brackets or quotes) is read to its end: %j', (text) => {
    const r = extract(text);
    expect(r.title?.text).toBe('Analytics Engineer');
    expect(r.warnings).toEqual([]);
  });
  test('"X is best known for", "X is headquartered in" and a fair-chance statement name the employer; its initials are its too', () => {
    const text = [
      'Product Engineer, Post Batch',
      'Location',
      'Denver',
      'About the role',
      'You will build the tools our founders use every day, in a small team.',
      'Wingtip Ventures is best known for our seed fund, which has backed over 300 companies.',
      'WV is headquartered in Denver, with employees working from home.',
      'WV was started by engineers, so WV knows good engineers when it sees them.',
      'Wingtip Ventures considers qualified applicants with criminal histories, consistent with applicable law.',
    ].join('\n');
    expect(extract(text).company?.name).toBe('Wingtip Ventures');
  });
  test("a careers page's tagline under the title is no employer; its copyright line gives the body's name in full", () => {
    const page = (copyright: string) =>
      ['Home', 'Company', 'Join Us', 'Machine Learning Engineer', 'Build Reliable Models for Enterprises', 'Apply', 'Fabrikam is looking for a Machine Learning Engineer to build our forecasting models.', 'Fabrikam is committed to an inclusive workplace.', copyright].join('\n');
    expect(extract(page('© Copyright Fabrikam Data Labs 2019')).company).toMatchObject({ name: 'Fabrikam Data Labs', reason: 'company/copyright-full-name' });
    // A legal form adds nothing; a holder that does not open with the name (the board's) is none of it.
    expect(extract(page('© 2024 Fabrikam Inc. All rights reserved.')).company?.name).toBe('Fabrikam');
    expect(extract(page('© 2024 Northwind Job Board')).company?.name).toBe('Fabrikam');
    // Nor is a UK footer's registration: "Registered in England and Wales".
    expect(extract(page('© 2024 Fabrikam Ltd. Registered in England and Wales No. 04417729.')).company?.name).toBe('Fabrikam');
  });

  test('a registered name after its article opens the body in any language: "Die Alpenblick Software GmbH entwickelt ..."', () => {
    const text = 'Alle Stellenangebote\nBackend-Entwickler (m/w/d) Java\nFestanstellung, Vollzeit · München\nJetzt bewerben\nÜber uns\nDie Alpenblick Software GmbH entwickelt seit 2009 Software für Bergbahnen und Skigebiete im ganzen Alpenraum.';
    expect(extract(text).company?.name).toBe('Alpenblick Software GmbH');
  });

  test("a breadcrumb's last crumb on a line of its own over the title, and a trust's full name over a menu's short one", () => {
    const text = 'Home\nLife at Severn\nCareers\nVacancies\n› Housing Officer\nHousing Officer\nLocation\nBristol\nSalary\n£31,500 / year\nAbout us\nSevern Housing Trust owns and manages around 6,500 affordable homes across Bristol.';
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['Housing Officer', 'Severn Housing Trust']);
  });

  test("a board's employer over the title, both in capitals, that the body introduces by its name", () => {
    const text = 'LAKESHORE CLAIMS TECHNOLOGY\nSENIOR PRODUCT MANAGER - CLAIMS\nPosted 5 Days Ago Hybrid Chicago, IL 135K-160K Annually Senior level\nLakeshore Claims Technology builds claims software used by regional insurers. Our platform handles first notice of loss through payment.';
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual(['SENIOR PRODUCT MANAGER - CLAIMS', 'LAKESHORE CLAIMS TECHNOLOGY']);
  });

  test("the body's first sentence wrapped by a converter before a figure introduces the employer", () => {
    const text = 'ACCOUNT EXECUTIVE\nSales·Manchester·Hybrid\nKestrel Payments gives independent venues card terminals and next-day settlement. Since 2019 we have signed up over\n4,000 pubs, cafés and restaurants across the North West.\nWHAT YOU WILL BE DOING\nManaging the full sales cycle.';
    expect(extract(text).company?.name).toBe('Kestrel Payments');
  });

  test("the employer's name in the title's qualifier, its team's ('Contoso Access'), is no title restated", () => {
    const text = 'Software Development Engineer, Contoso Access\nApply now\nDESCRIPTION\nAt Contoso Access, we build tools for underserved customers.\nBASIC QUALIFICATIONS\n- 3+ years of software development experience\nContoso is committed to an inclusive workplace. Contoso is an equal opportunity employer.';
    expect(extract(text).company?.name).toBe('Contoso');
  });
  test('"As <the title> at X you ..." names the employer of this job, once enough, wherever it stands', () => {
    const text = 'Store Manager\nTucson, Arizona\nPay range: $72,000 - $95,000 annually, plus a quarterly bonus.\nAs Store Manager at Proseware Home Stores you run a store of 40 associates.';
    expect(extract(text).company).toMatchObject({ name: 'Proseware Home Stores', reason: 'company/introduced' });
  });
  test('a name of two words or more opening the body\'s first sentence with any verb names the employer; a heading run into it does not', () => {
    const text = 'Maintenance Technician\nGrand Rapids, MI\nLitware Precision Parts machines aluminum housings for the automotive industry. You will fix our CNC lathes.';
    expect(extract(text).company).toMatchObject({ name: 'Litware Precision Parts', reason: 'company/introduced' });
    expect(extract('Support Worker\nLeeds\nBenefits Package includes a pension and 28 days of holiday.').company).toBeNull();
  });
  test('a first line that goes on from a line broken mid-sentence is no opening: "The modern and well equipped" / "Nursing Home provides ..."', () => {
    const text = 'Staff Nurse\nWe are recruiting for a care provider to find a nurse for their\nDementia service.\nThe modern and well equipped\nNursing Home provides care to elderly residents in a homely setting.';
    expect(extract(text).company).toBeNull();
  });
  test('"X is an Equal Opportunity Employer", capitalised, names the employer', () => {
    const text = 'CDL-A Driver\nFull Time\nWe run 450 tractors out of Memphis and our drivers are home every weekend.\nValid Class A CDL\nAdatum Freight Lines is an Equal Opportunity Employer.';
    expect(extract(text).company).toMatchObject({ name: 'Adatum Freight Lines', reason: 'company/equal-opportunity' });
  });
  test('"X is an equal opportunity employer" after a list item the text ran into it names the employer', () => {
    const text = 'CDL-A Driver\nFull Time\nWe run 450 tractors out of Memphis. Benefits Health insurance Paid time off Home every weekend Adatum Freight Lines is an equal opportunity employer.';
    expect(extract(text).company).toMatchObject({ name: 'Adatum Freight Lines', reason: 'company/equal-opportunity' });
  });
  test('a heading run into "X is an equal opportunity employer" is no part of the name the text says elsewhere', () => {
    const text = 'CDL-A Driver\nFull Time\nDrive for Adatum Freight out of Memphis and be home every weekend. Equal Employment Opportunity Statement Adatum Freight is an equal opportunity employer.';
    expect(extract(text).company).toMatchObject({ name: 'Adatum Freight' });
  });
  test('an "About X" heading under the title is no employer\'s name: X is', () => {
    expect(extract('Analyst\nAbout Summit Ridge\nSummit Ridge builds tools for teams.').company?.name).toBe('Summit Ridge');
  });
  test('a careers page\'s heading "Careers at X" over its openings names the employer', () => {
    const text = '# Careers at Litware\n\nWe build observability tools.\n\n## Open positions\n\n### Backend Engineer\n\n**Location:** Berlin\n\nYou will build our ingestion pipeline.';
    expect(extract(text).company).toMatchObject({ name: 'Litware', reason: 'company/careers-heading' });
  });
});

describe('a run-together title line', () => {
  test('a board heading that lost its line break does not open the title: "About the job Senior Analyst Location: ..."', () => {
    const r = extract('About the job Senior Analyst Location: Toronto, ON Salary: $85,000 - $95,000 CAD');
    expect([r.title?.text, r.location?.name]).toEqual(['Senior Analyst', 'Toronto']);
  });
  test('a title opening with a one-word heading stays whole: "Requirements Engineer"', () => {
    expect(extract('Requirements Engineer Location: Toronto, ON Salary: $85,000').title?.text).toBe('Requirements Engineer');
  });
  test.each([
    ["Senior Software Engineer, Payments Remote (US) $165,000 - $195,000 a year Full-time Contoso is hiring a Senior Software Engineer to join our Payments team. What you'll do Design and build APIs.", 'Senior Software Engineer, Payments'],
    ['Registered Nurse Full-time Night shift at Fabrikam Hospital. We need you on our ward.', 'Registered Nurse'],
    ['Quality Improvement Manager North West England Specialist Services Our client, a care provider, requires a manager.', 'Quality Improvement Manager'],
  ])('scraped text that lost its line breaks opens with the title, then the place, the way of working, the pay or the terms: %j', (text, title) => {
    expect(extract(text).title?.text).toBe(title);
  });
  test('a site\'s menu opens a title line that runs into its labelled fields: "View All Jobs Office Manager Location: ..."', () => {
    expect(extract('View All Jobs Office Manager Location: Boise, Idaho Salary: $24 - $28 an hour Adatum Architecture is a design firm in Boise.').title?.text).toBe('Office Manager');
  });
  test('the employer\'s rating between its name and the place is no part of the name', () => {
    const r = extract('Forklift Operator Litware Logistics 4.1 ★ Cincinnati, OH 45202 $19 - $22 an hour - Full-time Litware Logistics is hiring a Forklift Operator for our dock.');
    expect([r.title?.text, r.company?.name]).toEqual(['Forklift Operator', 'Litware Logistics']);
  });
  test('an employer between the title and the place, as a board\'s header reads scraped, when the text restates the title', () => {
    const r = extract('Medical Assistant Proseware Health Partners Phoenix, AZ 85016 $19 - $23 an hour - Full-time Job details We are seeking a Medical Assistant to support our providers.');
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Medical Assistant', 'Proseware Health Partners', 'Phoenix']);
  });
  test('a title that goes on in brackets is restated by its core: "Police Officer (Lateral)" by "lateral police officers"', () => {
    const r = extract('Police Officer (Lateral) City of Plano Plano, TX $68,294.40 - $89,939.20 Annually. The City of Plano is accepting applications for lateral police officers.');
    expect([r.title?.text, r.company?.name, r.location?.city]).toEqual(['Police Officer (Lateral)', 'City of Plano', 'Plano']);
  });
  test('with no details after it, the opening the text restates is the title, and the name it repeats the employer', () => {
    const r = extract('Senior Application Security Engineer Wingtip Labs Wingtip Labs is more than a security company. As a Senior Application Security Engineer you will review our code.');
    expect([r.title?.text, r.company?.name]).toEqual(['Senior Application Security Engineer', 'Wingtip Labs']);
    const chef = extract('Senior Chef De Partie Busy High Street restaurant Looking for a natural leader to join a brigade as Senior Chef De Partie.');
    expect(chef.company).toBeNull();
  });
  test.each([
    ['Director, Software Engineering Litware The Director of Software Engineering at Litware will lead our teams. Litware builds accounting software.', 'Director, Software Engineering', 'Litware'],
    ['Federal Sales Director, DoD (Remote) Tailspin Join Tailspin and be a force for good. At Tailspin, we build safety tools.', 'Federal Sales Director, DoD (Remote)', 'Tailspin'],
    ['Manager Engineering Proseware Company Description We are Proseware. We connect shops and shoppers.', 'Manager Engineering', 'Proseware'],
    ['Head of Partner Alliances WalkTech WalkTech pioneered the digital adoption platform for banks.', 'Head of Partner Alliances', 'WalkTech'],
    ['Software Engineer eShop eShop is a marketplace for collectors.', 'Software Engineer', 'eShop'],
    ['Development Manager (Solar + Wind) Fabrikam Energy Fabrikam Energy builds wind farms.', 'Development Manager (Solar + Wind)', 'Fabrikam Energy'],
    ['Project Engineer Litware Construction Litware Construction builds hospitals. As a Project Engineer at Litware Construction, you will support project managers in Raleigh, NC.', 'Project Engineer', 'Litware Construction'],
  ])('the employer the text introduces ends the title it follows: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
  test.each([
    ['Careers Home View All Jobs Office Manager Boise, Idaho Adatum Architecture is a design firm in Boise. You will run our studio.', 'Office Manager'],
    ['All jobs Team Leader Leeds, West Yorkshire Full-time We need a Team Leader for our warehouse.', 'Team Leader'],
    ['We use cookies to improve your experience. Accept all Stores Corporate Benefits Store Manager Tucson, Arizona Full-time As Store Manager at Proseware Home Stores you run a store.', 'Store Manager'],
    ['Proseware Outdoor All Positions Marketing Coordinator Austin, TX Full-Time Proseware Outdoor designs camping gear. The Marketing Coordinator supports our brand team.', 'Marketing Coordinator'],
    ['Jobs About Team Backend Developer (Go) Amsterdam Hybrid Full-time We are looking for a Backend Developer to build our APIs.', 'Backend Developer (Go)'],
  ])('a whole page scraped onto one line: the title after its menu, or the one the body names as a job with its details after it: %j', (text, title) => {
    expect(extract(text).title?.text).toBe(title);
  });
  test.each([
    ['Proseware OutdoorAll PositionsMarketing CoordinatorAustin, TXFull-TimeProseware Outdoor designs camping gear.The RoleThe Marketing Coordinator supports our brand team.', 'Marketing Coordinator'],
    ['View All JobsDental Assistant Raleigh, NC Full Time We are looking for a Dental Assistant for our office.', 'Dental Assistant'],
    ['All jobsAbout usSenior Payroll Specialist4830 W Kennedy Blvd, Tampa, FL 33609Full-time We are looking for a Senior Payroll Specialist to run payroll.', 'Senior Payroll Specialist'],
  ])('the same with the blocks glued together, word to word: %j', (text, title) => {
    expect(extract(text).title?.text).toBe(title);
  });
  test.each([
    ['Northwind Robotics Robotics Software Engineer Boston, MA Full-time Apply for this job Northwind Robotics builds robots. We are looking for a Robotics Software Engineer.', 'Robotics Software Engineer', 'Northwind Robotics'],
    ['Woodgrove Bank Branch Manager Apply now Woodgrove Bank serves families in rural Ohio. We are looking for a Branch Manager for our Marietta branch.', 'Branch Manager', 'Woodgrove Bank'],
    ['Senior Data Analyst at Fabrikam Health (View all jobs) Chicago, IL Apply Fabrikam Health runs clinics. As a Senior Data Analyst you will own our reporting.', 'Senior Data Analyst', 'Fabrikam Health'],
    ['Community Jobs Sign in Fabrikam Dental Group 4.3 ★ Dental Hygienist Columbus, OH $38.00 - $46.00 Per Hour Easy Apply Fabrikam Dental Group runs twelve practices. We are looking for a Dental Hygienist for our office.', 'Dental Hygienist', 'Fabrikam Dental Group'],
  ])('on one line, the name before the title or after its "at" that the text repeats is the employer: %j', (text, title, company) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([title, company]);
  });
  test('a menu\'s last word before the title is no employer, nor a word the text repeats only inside another ("Deutsch", "Deutschlandticket")', () => {
    const signIn = extract('Accept Decline Search Jobs Job Alerts Sign In Senior Research Technician Cambridge, England Full-time In this role you work in our lab. We are looking for a Senior Research Technician.');
    expect([signIn.title?.text, signIn.company]).toEqual(['Senior Research Technician', null]);
    const language = extract('All jobs Deutsch Sales Representative (m/f/d) Munich Full-time We are looking for a Sales Representative. A Deutschlandticket is paid.');
    expect(language.company).toBeNull();
  });
  test('a sentence opening the text is no title line: "Contoso is hiring a Senior Engineer in Austin."', () => {
    // The job the sentence names is the title, not the sentence.
    expect(extract('Contoso is hiring a Senior Engineer in Austin. Apply now, full time.').title).toMatchObject({ text: 'Senior Engineer', reason: 'title/hiring-sentence' });
    expect(extract('Senior engineers in Austin earn well. Full-time roles are open.').title).toBeNull();
    expect(extract('Headquartered in Denver, Colorado, we are hiring for our Boise, Idaho office.').title).toBeNull();
  });
});


describe("a classified's title line names the job it wants", () => {
  test.each([
    ['Experienced Line Cook Wanted - Fabrikam Grill (Mission District)\n\ncompensation: $24-27/hr DOE + tips', 'Line Cook'],
    ['Cleaner required – Glasgow West End\n\nPart-time cleaner wanted for a small office, 15 hours per week.', 'Cleaner'],
    ["Nanny wanted in Sydney's Inner West - 3 days/week, $35/hr\n\nLooking for a warm and reliable nanny.", 'Nanny'],
  ])('%j', (post, title) => {
    const r = extract(post);
    expect(r.title?.text).toBe(title);
    expect(post.slice(r.title!.start, r.title!.end)).toBe(title);
  });

  test('a clause after it stays in the title: "Practice Nurse Required for Locum Work in Bristol"', () => {
    expect(extract('Practice Nurse Required for Locum Work in Bristol\nWe need a practice nurse for two days a week.').title?.text).toBe('Practice Nurse Required for Locum Work in Bristol');
  });
});

describe("a forum's hiring post whose first line of parts states its pay in words and its link with no scheme", () => {
  test('"Competitive salary + equity" and "contoso.example.com/jobs" are parts of the line', () => {
    const r = extract('Contoso Bio | Computational Biologist | Boulder, CO | ONSITE | Full-time | Competitive salary + equity | contoso.example.com/jobs\n\nContoso designs enzymes. You would build our protein-design models.');
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual(['Computational Biologist', 'Contoso Bio', 'Boulder']);
  });
});

describe('a scraped header run together, beyond a town and its state code', () => {
  test.each([
    ['a saint\'s town', 'Marketing ManagerPelican Bay Credit UnionSt. Petersburg, FLFull-time · HybridWho We ArePelican Bay Credit Union serves its members.', 'Marketing Manager', 'Pelican Bay Credit Union', 'St. Petersburg'],
    ['a town and its country', 'Intermediate Software Developer (.NET)Kōwhai Software LtdWellington, New ZealandFull time · PermanentKia ora! Kōwhai Software builds payroll tools.', 'Intermediate Software Developer (.NET)', 'Kōwhai Software Ltd', 'Wellington'],
    ['a town and its area before a chip', 'Financial Analyst (FP&A)Straits Harbour Capital Pte. Ltd.Singapore (Raffles Place) · Full Time · HybridAbout UsStraits Harbour Capital manages infrastructure funds.', 'Financial Analyst (FP&A)', 'Straits Harbour Capital Pte. Ltd.', 'Singapore'],
    ['a title that ends in its year', 'Line Cook - Summer Season 2026Rundle Creek LodgeBanff, ABSeasonal (May - October) · Full-timeAbout usRundle Creek Lodge is a mountain hotel.', 'Line Cook - Summer Season 2026', 'Rundle Creek Lodge', 'Banff'],
    ['a title that ends in its season', 'Snow Plow Operator - Winter 2026/27Fabrikam Snow ServicesWasilla, AK 99654$27.00 - $30.00 an hourFabrikam Snow Services plows parking lots.', 'Snow Plow Operator - Winter 2026/27', 'Fabrikam Snow Services', 'Wasilla'],
    ["a region's name with a small word", 'Crane OperatorContoso Stevedoring LtdTauranga, Bay of PlentyFull time · PermanentWe load container ships at the port.', 'Crane Operator', 'Contoso Stevedoring Ltd', 'Tauranga'],
    ['a region and the way of working', 'QA EngineerContoso Cloud Pvt. Ltd.Hyderabad, Telangana (Hybrid)Full-time | ₹12-18 LPAAbout usContoso Cloud builds logistics software.', 'QA Engineer', 'Contoso Cloud Pvt. Ltd.', 'Hyderabad'],
    // The chip glued to the body's first sentence opens no name there.
    ['a chip glued to the body', 'Actuarial AnalystFabrikam Life Assurance LtdPretoria, GautengPermanentFabrikam Life provides life cover to 900,000 people.', 'Actuarial Analyst', 'Fabrikam Life Assurance Ltd', 'Pretoria'],
    // A public board's: the employer glued between the title and the details' rows.
    ['a public body between the title and the rows', 'Permit TechnicianMarsh Creek Water DistrictSalary: $22.10 - $27.80 HourlyLocation: Salina, KSJob Type: Full-timeDescriptionThe district serves 20,000 accounts.', 'Permit Technician', 'Marsh Creek Water District', 'Salina'],
    ["a public body named by its office", 'Program Analyst IIOhio Office of Rural Water ServicesSalary$4,200 - $5,100 a monthLocationColumbus, OHJob TypeFull-TimeDescriptionThe office funds rural water systems.', 'Program Analyst II', 'Ohio Office of Rural Water Services', 'Columbus'],
    ["a title with its note in brackets, any row's label after the body", 'Policy Analyst (Term)Prairie Grain AgencyCompetition Number: PGA-2025-041Location: Regina, SKAbout UsThe agency runs grain programs.', 'Policy Analyst (Term)', 'Prairie Grain Agency', 'Regina'],
  ])('%s', (_what, text, title, company, place) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name, r.location?.name]).toEqual([title, company, place]);
  });
});

describe('a title glued to the details\' rows, no employer between them', () => {
  test('"Deputy Clerk IMarion County, ORSalary$3,412.80 ...": a title ending in "I", the county and its state glued after it', () => {
    const r = extract('Records Clerk ILane County, ORSalary$3,412.80 - $4,570.40 MonthlyLocation Eugene, ORJob Type Full-TimeDescriptionThe clerk keeps county records.');
    expect([r.title?.text, r.location?.name]).toEqual(['Records Clerk I', 'Eugene']);
  });

  test('"Survey TechnicianSalary$24.18 - $29.40 HourlyLocation Bellingham, WA": the title, its pay and its place', () => {
    const r = extract('Survey Technician (Part-Time)Salary$24.18 - $29.40 HourlyLocation Bellingham, WAJob TypePart-Time, RegularDescriptionThe county surveys its roads.');
    expect([r.title?.text, r.salary && [r.salary.min, r.salary.max], r.location?.name]).toEqual(['Survey Technician (Part-Time)', [24.18, 29.4], 'Bellingham']);
  });
});

describe("a board's line of details opening a text that has no title line", () => {
  test.each([
    'Fort Wayne, IN · Hybrid · Full-time\n\nAbout Prairie Wind\nPrairie Wind Power builds wind farms. We are hiring a Procurement Specialist to buy turbines.',
    'Remote (US) · Temporary · Full-time · $25/hr\n\nPrairie Wind Power builds wind farms. We are hiring a Procurement Specialist to buy turbines.',
  ])('is no title: %j', (text) => {
    const r = extract(text);
    expect(r.title?.text).toBe('Procurement Specialist');
    expect(r.company?.name).toBe('Prairie Wind Power');
  });
});

test("Naukri's header: the employer's rating with its count of reviews glued after its name; \"Work From Office\" is the way of working, no employer", () => {
  const r = extract('Java Developer - Work From Office - Bengaluru (Whitefield)Infoweave Technologies3.6 | 214 Reviews3 - 6 years₹ 8-12 Lacs P.A.\nWe build payments software.');
  expect([r.title?.text, r.company?.name]).toEqual(['Java Developer - Work From Office - Bengaluru (Whitefield)', 'Infoweave Technologies']);
});

test("a title line's parts beside the title are its qualifiers where the line under it names the employer", () => {
  const r = extract('Registered Nurse - ICU - Nights - $15K Sign-On Bonus\nHarborline Health\nOak Lawn, IL\nOur 32-bed ICU is a Level I trauma partner unit.');
  expect([r.title?.text, r.company?.name]).toEqual(['Registered Nurse', 'Harborline Health']);
  // Without a name under it, the part after the title is still its employer: "Senior Data Engineer | Contoso | Austin, TX".
  expect(extract('Senior Data Engineer | Contoso | Austin, TX\nWe build data platforms for hospitals.').company?.name).toBe('Contoso');
});

describe("a page's cookie buttons and its state board's rows", () => {
  test('"Create Account" and a cookie banner\'s "Manage" are no title', () => {
    expect(extract('We use cookies to keep you signed in.\nHelp\nLog In\nCreate Account\nHome\nJob Search\nBudget Analyst\nJob Posting Details\nJob Control: JC-447215\nThe analyst prepares budget proposals.').title?.text).toBe('Budget Analyst');
    expect(extract('We use cookies.\nAccept\nManage\nFind Jobs\nNurse RN - ICU\nNorthstar Staffing\nBoise, ID\n$2,418/wk\nCare for patients.').title?.text).toBe('Nurse RN - ICU');
  });

  test('a "Working Title:" row names the title', () => {
    expect(extract('Job Control: JC-40112\nWorking Title: Budget Analyst\nClassification: ASSOCIATE GOVERNMENTAL PROGRAM ANALYST\nThe analyst prepares budget proposals.').title?.text).toBe('Budget Analyst');
  });
});

describe('the invitation under a title names the employer', () => {
  test('"Join the team at Croagh Coffee Co.", under the title or over it', () => {
    expect(extract('Barista\nJoin the team at Croagh Coffee Co.\nWestport, Co. Mayo\n\nWe roast coffee.').company?.name).toBe('Croagh Coffee Co.');
    expect(extract('Join the team at Croagh Coffee Co. ☕\n\nBarista\nWestport, Co. Mayo\n\nWe roast coffee.')).toMatchObject({ title: { text: 'Barista' }, company: { name: 'Croagh Coffee Co.' } });
  });
});

describe("the employer's name over the job's line and its details, as an ATS's page is copied", () => {
  test('"Obsidian Owl Software" / "Technical Writer" / "Remote · United States · Part time": the employer, then the title', () => {
    const r = extract('Larkspur Analytics\nData Engineer (Contract)\nRemote · United States · Contract · Engineering\n\nDescription\nLarkspur builds forecasting tools for grocery chains.');
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual(['Data Engineer (Contract)', 'Larkspur Analytics', 'company/line-over-title']);
  });

  test('over a details row\'s label ("Location" / "Houston, TX")', () => {
    const r = extract('Fernleaf Robotics\nMechanical Engineering Intern\nLocation\nAustin, TX\nEmployment Type\nIntern\n\nAbout Fernleaf\nFernleaf designs warehouse robots.');
    expect([r.title?.text, r.company?.name]).toEqual(['Mechanical Engineering Intern', 'Fernleaf Robotics']);
  });

  test('not a longer title over the job\'s line, nor a name the posting never repeats', () => {
    expect(extract("Consultant Social Worker Children s\nConsultant Social Worker\nPermanent · Full time · Leeds\nConsultant Social Worker for our children's team.").company?.name).not.toBe('Consultant Social Worker Children s');
    expect(extract('Quarterly Update\nData Engineer\nRemote · United States · Contract\nBuild pipelines for our grocery clients.').company?.name).not.toBe('Quarterly Update');
  });
});

describe("a board's header whose title line ends with its cry after a dash, and a document's registered name under its title", () => {
  test('"School Bus Driver – Paid CDL Training!" is the title over its employer', () => {
    const r = extract('School Bus Driver – Paid CDL Training!\nInland Crest Student Transportation\nSpokane, WA\nPart-time\n$21.15 an hour\n\nInland Crest Student Transportation provides school bus service to four districts.');
    expect([r.title?.text, r.company?.name]).toEqual(['School Bus Driver - Paid CDL Training!', 'Inland Crest Student Transportation']);
  });
  test('a sentence that ends with "!" is still no title: "We are hiring now!"', () => expect(extract('We are hiring now!\nSend your CV to jobs@example.com').title?.text).not.toBe('We are hiring now!'));
  test('"Millwright" / "Escarpment Steel Fabricators Inc." / "Job details" / rows: the registered name is the employer', () => {
    const r = extract('Millwright\nEscarpment Steel Fabricators Inc.\nJob details\nLocation: Hamilton, ON L8L 4X5\nOverview\nInstall and repair industrial machinery. Industrial Mechanic (Millwright) Certificate required.');
    expect([r.title?.text, r.company?.name]).toEqual(['Millwright', 'Escarpment Steel Fabricators Inc.']);
  });
});

test('a place\'s office under the title says where the job is, not who employs: "Chicago office"', () => {
  const r = extract('Litigation Paralegal\nChicago office\nFull-time | Hybrid\n\nOsgood & Ferrante is a business litigation firm with offices in Chicago and Milwaukee. The position is based in our Chicago office.\n\nThe Milwaukee office has a separate posting for a part-time paralegal.');
  expect([r.company?.name ?? null, r.location?.name]).toEqual(['Osgood & Ferrante', 'Chicago']);
});

describe("a careers site's banner over its breadcrumb trail or bar of links, as its page is copied", () => {
  test('a name in capitals over a trail: the title under the trail, the name the employer the body names again', () => {
    const r = extract(
      'HARLOW & VANE WEALTH ADVISORS\nCareers > Open Positions\nClient Service Associate\nDenver, CO 80202  |  Full-Time\n\nHarlow & Vane Wealth Advisors manages money for families in Colorado.',
    );
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual(['Client Service Associate', 'HARLOW & VANE WEALTH ADVISORS', 'company/line-over-title']);
  });

  test('a name over a bar of the site\'s links ("Careers | Store Locator | Shop")', () => {
    const r = extract('FENWICK TRAIL OUTFITTERS\nCareers | Store Locator | Shop\n\nStore Manager\nLincoln, NE\nFull-time\n\nFenwick Trail Outfitters sells workwear in 30 stores.');
    expect([r.title?.text, r.company?.name]).toEqual(['Store Manager', 'FENWICK TRAIL OUTFITTERS']);
  });

  test('an agency\'s name over its trail, named again in the body', () => {
    const r = extract('Bluefin Travel Nursing\nJobs > Arizona > Tucson > Telemetry\n\nTravel RN - Telemetry\nTucson, AZ\n13 weeks | Nights\n\nBluefin Travel Nursing places nurses across the Southwest.');
    expect([r.title?.text, r.company?.name]).toEqual(['Travel RN - Telemetry', 'Bluefin Travel Nursing']);
  });

  test("a board's address over the job is the board's, not the employer: the employer is the line under the title", () => {
    const r = extract('CinderJobs.ie\nBarista\nKilcarra Coffee\nGalway\n€13.50 per hour\nPart Time\n\nWe roast coffee and run two cafés.');
    expect([r.title?.text, r.company?.name]).toEqual(['Barista', 'Kilcarra Coffee']);
  });

  test('"<name> Careers" over the job is the site\'s line: the line under the title names the employer', () => {
    const r = extract('Maplewood Family Dental Careers\nSearch Jobs | Benefits | Sign In\n\nDental Hygienist\nMaplewood Family Dental - Easton\nColumbus, OH\nJob ID: 5521\n\nWe are hiring a dental hygienist for our practice.');
    expect([r.title?.text, r.company?.name]).toEqual(['Dental Hygienist', 'Maplewood Family Dental - Easton']);
  });

  test("a crumb over the trail's last is no employer, though the body names it", () => {
    const r = extract(
      'Skip to main content\nSearch jobs\nMy account\nHome\n›\nVacancies\n›\nChildren\'s Services\n› Family Support Worker\nFamily Support Worker - Children\'s Services\nWrekin County Council · Children\'s Services\nTelford, Shropshire\n\nOur Children\'s Services team supports families across the county.',
    );
    expect([r.title?.text, r.company?.name]).toEqual(["Family Support Worker - Children's Services", 'Wrekin County Council']);
  });

  test('a job\'s reference over its title ("Job #24-7731") is no title', () => {
    const r = extract('ELMSTEAD LABOR PARTNERS\nFind Work | For Employers | Locations | About | Apply Now\n\nJob #24-7731\nForklift Operator - Temp to Hire\nAllentown, PA 18109\nPay: $20.50/hr\n\nElmstead Labor Partners is hiring forklift operators.');
    expect([r.title?.text, r.company?.name]).toEqual(['Forklift Operator - Temp to Hire', 'ELMSTEAD LABOR PARTNERS']);
  });

  test('"Volunteer Opportunity:" before the title is no part of it', () => {
    expect(extract('Volunteer Opportunity: Literacy Tutor\n\nAbout us\nWe teach adults to read. You will tutor one learner each week.').title?.text).toBe('Literacy Tutor');
  });

  test.each([
    ['a job over its buttons', 'Store Manager\nApply | Save | Share\nLincoln, NE\n\nRun our store.', 'Store Manager'],
    ['a job over the trail to it', 'Executive Assistant\nJobs > Administration\nDenver, CO\n\nSupport our CEO.', 'Executive Assistant'],
    ['"Head of Careers", a job', 'Head of Careers\nRiverside Academy\nLeeds\n\nLead our careers programme for students.', 'Head of Careers'],
  ])('no banner: %s', (_, text, title) => expect(extract(text).title?.text).toBe(title));
});

describe("a board's logo over the title, the employer and the place", () => {
  test('"SEEK" / "Site Supervisor" / "Wattle Builders" / "Ballarat, Ballarat & Central Highlands VIC"', () => {
    const r = extract(
      'SEEK\nSite Supervisor\nWattle Builders\nBallarat, Ballarat & Central Highlands VIC\nConstruction (Supervisors)\nFull time\n$120,000 - $130,000 + super\nPosted 4d ago\n\nAbout Wattle Builders\nWattle is a builder of schools in western Victoria.\n\nThe role\nRun our school projects.',
    );
    expect([r.title?.text, r.company?.name]).toEqual(['Site Supervisor', 'Wattle Builders']);
  });

  test('"What\'s on offer" is a heading, not the title of a one-word job', () => {
    const r = extract(
      'SEEK\nJobs > Trades & Services > Electricians > Bendigo\nIronbark Electrical Pty Ltd\nElectrician\nIronbark Electrical Pty Ltd\nView all jobs\nBendigo VIC\nFull time\n\nAbout the role\nWe wire homes.\n\nWhat\'s on offer\n$45 - $50 per hour plus super\nA ute and a phone',
    );
    expect(r.title?.text).toBe('Electrician');
    expect(r.sections.some((s) => s.kind === 'benefits' && s.heading?.text === "What's on offer")).toBe(true);
  });
});

describe("a careers page copied in a Nordic language: the site's heading and menu over the title", () => {
  test.each([
    [
      'Danish',
      'Spring til indhold\nBirkely Trælast - Karriere\nLedige stillinger\nOm os\nMedarbejdere fortæller\nKontakt\nDansk\nEnglish\nLog ind\nLagermedarbejder til aftenholdet\nBirkely Trælast A/S\nVejle\nFuldtid\n\nVi søger en stabil lagermedarbejder til vores lager.',
      'Lagermedarbejder til aftenholdet',
    ],
    ['Swedish', 'Norrbacka Bygg - Lediga jobb\nOm oss\nKontakt\nLogga in\nSnickare till vårt team i Gävle\nNorrbacka Bygg AB\nGävle\nHeltid\n\nVi söker en snickare.', 'Snickare till vårt team i Gävle'],
  ])('%s: the title is the job\'s line, its noun before "til"/"till"', (_, text, title) => {
    expect(extract(text).title?.text).toBe(title);
  });
});

describe("a first line's part that states the terms is no employer", () => {
  test.each([
    ['Warehouse Associate | Temp to Hire | Allentown, PA | $18.50/hr\n\nBrookfield Labor Partners is hiring warehouse associates for a client in Allentown.', 'Brookfield Labor Partners'],
    ['Travel RN - Med/Surg - 13 Weeks - Tucson, AZ\n\nSaguaro Travel Nursing places nurses on 13-week assignments across Arizona.', 'Saguaro Travel Nursing'],
    ['Front Desk Agent - Overnight - Lake Geneva, WI\n\nHarbor Pines Inn & Suites is hiring a night auditor for our lakefront hotel.', 'Harbor Pines Inn & Suites'],
  ])('%j', (text, company) => expect(extract(text).company?.name).toBe(company));
});

describe("the body's introduction of its employer: a street between its name and its hiring verb, more kinds of business", () => {
  test('"Juniper Fork Kitchen on South Lamar is hiring line cooks"', () => {
    const text = 'Line Cook - $17-20/hr + tips (South Austin)\nemployment type: full-time\n\nJuniper Fork Kitchen on South Lamar is hiring experienced line cooks for our grill station. Come cook with us.';
    expect(extract(text).company?.name).toBe('Juniper Fork Kitchen');
  });
  test('not a town: "Private Clinic in Central London is looking for" names no employer', () => {
    expect(extract('Senior Nurse\nPrivate Clinic in Central London is looking for an experienced nurse to lead its day unit.').company).toBeNull();
  });
  test.each([
    ['carrier', 'Prairie Ridge Freight is a family-owned carrier founded in 1987 with 220 trucks.', 'Prairie Ridge Freight'],
    ['bakery', 'Sweet Birch Bakehouse is a neighbourhood bakery in Fargo. We bake everything from scratch.', 'Sweet Birch Bakehouse'],
  ])('"is a ... %s", the name said again', (_, body, company) => {
    expect(extract(`CDL-A Driver\nFargo, ND\n\nYou will work for ${company} from day one.\n\n${body}`).company?.name).toBe(company);
  });
});
