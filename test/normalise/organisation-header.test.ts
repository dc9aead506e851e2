import { extract } from '../../src';
import { isOrganisation } from '../../src/normalise/page/company';

const header = (text: string) => {
  const r = extract(text);
  return { title: r.title?.text ?? null, company: r.company?.name ?? null, place: r.location?.name ?? null };
};

describe("an employer's heading over the job in pasted text", () => {
  test('a public body\'s name over its notice\'s number, then a "Position:" row: the row names the title, the name the employer', () => {
    const text = ['HARBOUR VALLEY SOCIAL SERVICES BOARD', 'Employment Opportunity – Posting #HV-25-114', '', 'Position: Benefits Caseworker', 'Status: Temporary Full-Time', 'Location: Timmins, ON', '', 'The Harbour Valley Social Services Board delivers income support across the district.'].join('\n');
    expect(header(text)).toEqual({ title: 'Benefits Caseworker', company: 'HARBOUR VALLEY SOCIAL SERVICES BOARD', place: 'Timmins' });
  });

  test("an agency's or a council's name over a job's line is the employer, its second name after a bar aside", () => {
    expect(header('Kestrel Bay Arts Agency\nOfficer, Community Programmes\n\nLocation: Tampines, Singapore\n\nThe agency brings arts to the heartlands.')).toMatchObject({
      title: 'Officer, Community Programmes',
      company: 'Kestrel Bay Arts Agency',
    });
    expect(header('Tararua District Council | Te Kaunihera o Tararua\n\nSenior Planner – Freshwater\nPermanent, full-time | Dannevirke, Manawatū-Whanganui\n\nOur council plans the district.')).toEqual({
      title: 'Senior Planner - Freshwater',
      company: 'Tararua District Council',
      place: 'Dannevirke',
    });
  });

  test('a title whose qualifier is plural stays the title over a registered name', () => {
    expect(header('Sales Representative – Welding Consumables\nRidgeback Abrasives (Pty) Ltd\nBoksburg, Gauteng\n\nWe supply grinding discs to mines.')).toMatchObject({
      title: 'Sales Representative - Welding Consumables',
      company: 'Ridgeback Abrasives (Pty) Ltd',
    });
  });

  test("a careers site's heading names the employer and no title", () => {
    expect(header('Corrib Medical Devices Ltd – Careers\n\nQuality Engineer\nGalway | Permanent | Full-time\n\nWe make catheter components.')).toMatchObject({
      title: 'Quality Engineer',
      company: 'Corrib Medical Devices Ltd',
    });
    expect(header('Careers – Skagen Tankers\n\nMarine Superintendent\nSingapore | Full-time\n\nWe operate chemical tankers.')).toMatchObject({
      title: 'Marine Superintendent',
      company: 'Skagen Tankers',
    });
    expect(header('Waalhaven Logistics B.V. – Working at Waalhaven\n\nLogistics Planner\nTilburg · Full-time\n\nWe run cross-dock warehouses.')).toMatchObject({
      title: 'Logistics Planner',
      company: 'Waalhaven Logistics B.V.',
    });
  });

  test("a sentence that ends with an organisation's word is no employer", () => {
    expect(header('Branch Manager Home Care Agency\nWe are recruiting a Branch Manager in the Wirral area. You will be responsible for;  Managing the day to day running of the agency  Growing contracts').company).toBeNull();
  });
});

describe('the place among the terms on the line under the title', () => {
  test("the line's one place is the location, over a town that ends the title", () => {
    expect(extract('Senior Planner – Freshwater\nPermanent, full-time | Dannevirke, Manawatū-Whanganui\n\nOur council plans the district.').location?.name).toBe('Dannevirke');
    expect(extract('Field Technician\nFull-time · Boise, ID · $28/hr\n\nService irrigation systems.').location?.name).toBe('Boise');
  });
});

describe('the way of working is no employer', () => {
  test('an emoji row with a label of its own, or a line that says where the work is done', () => {
    const post = ['📢 Hiring: Data Engineer | Pune | Hybrid', '', 'My team at Velankar Analytics is growing!', '', '🏢 Work mode: Hybrid – 3 days from our Baner office', '📍 Pune'].join('\n');
    expect(extract(post).company?.name ?? '').not.toMatch(/Work mode/);
    expect(extract('Walk-in drive\n🏢 Work from office only – no WFH\n📍 Chennai\nRole: Customer Support Associate').company?.name ?? null).toBeNull();
    expect(extract('HIRING: Part-time Virtual Assistant (Property Management)\nWork from home | Philippines-based applicants only\n\nWe manage rentals in Brisbane.').company?.name ?? null).toBeNull();
  });
});

describe("more employers' headings over the job", () => {
  test("a medical center's name over the title, its rating between", () => {
    expect(header('Lakeview Medical Center\n4.1 ★\nRespiratory Therapist - PRN\nSpokane, WA\n$34.00 - $45.00 Per Hour\n\nJob description\nLakeview Medical Center is a 300-bed hospital.')).toEqual({
      title: 'Respiratory Therapist - PRN',
      company: 'Lakeview Medical Center',
      place: 'Spokane',
    });
  });

  test('a name and its slogan ("— Join the Flock") name the employer and no title', () => {
    expect(header('Wrenfield Tea Company — Join the Team!\n\nCustomer Care Associate (Part-Time)\nLocation: Remote (Oregon residents)\n\nWe blend tea in Bend.')).toMatchObject({
      title: 'Customer Care Associate (Part-Time)',
      company: 'Wrenfield Tea Company',
    });
  });

  test("a state's department under its government's heading; its \"Job Posting:\" row names the title", () => {
    expect(header('STATE OF NEBRASKA\nNEBRASKA DEPARTMENT OF ROADS & BRIDGES\n\nJob Posting: Bridge Inspector II\nRequisition ID: 44120\nLocation: Kearney, NE\n\nThe department inspects bridges.')).toEqual({
      title: 'Bridge Inspector II',
      company: 'NEBRASKA DEPARTMENT OF ROADS & BRIDGES',
      place: 'Kearney',
    });
  });
});

describe("an employer's heading with its department, number or notice", () => {
  test("a school district's name over its department and a hiring banner: the banner names the job", () => {
    expect(header('PINE RIDGE ISD\nTransportation Department\n\nNOW HIRING: SCHOOL BUS DRIVERS\nLocation: Transportation Center, Commerce, TX\nEarn up to $23.50/hr!\n\nWe train you for your CDL.')).toMatchObject({
      title: 'SCHOOL BUS DRIVERS',
      company: 'PINE RIDGE ISD',
    });
  });

  test('a district\'s name over its office and posting number; the "Position:" row names the title', () => {
    expect(header('CEDAR VALLEY COMMUNITY SCHOOL DISTRICT\nHuman Resources Office • Posting #CV-25-112\n\nPosition: Special Education Paraprofessional\nLocation: Marion, Iowa\n\nSupport students in the classroom.')).toMatchObject({
      title: 'Special Education Paraprofessional',
      company: 'CEDAR VALLEY COMMUNITY SCHOOL DISTRICT',
    });
  });

  test("a public body's name over its notice's heading is the employer, over an equal-opportunity sentence", () => {
    expect(header('NORTH BAY EMERGENCY COMMUNICATIONS DISTRICT\nJob Announcement\n\nEMERGENCY DISPATCHER (Trainee / Certified)\nLocation: Florence, OR\nEmployment Type: Full-Time\n\nThe District is an equal opportunity employer.').company).toBe(
      'NORTH BAY EMERGENCY COMMUNICATIONS DISTRICT',
    );
  });

  test("a name and the job's number beside it name the employer and no title", () => {
    expect(header('Keystone Travel Nursing | Job #KTN-448213\n\nTravel RN – ICU\n📍 Marion, OH\n💵 $2,150/week')).toMatchObject({ title: 'Travel RN - ICU', company: 'Keystone Travel Nursing' });
  });

  test("a business's name that opens with its article is no job over a one-word title", () => {
    expect(header('The Copper Pot Diner\n4.4 ★\nDishwasher\nLiberty, MO\n$15.00 Per Hour\n\nWe serve breakfast on the square.')).toMatchObject({ title: 'Dishwasher', company: 'The Copper Pot Diner' });
  });
});

describe('a notice forwarded, announced or under a vacancy heading', () => {
  test('a forwarded message\'s separator over its header: the "POSITION:" row names the title', () => {
    const text = ['---------- Forwarded message ---------', 'From: Wanjiru Kamau <gm@acacia.example>', 'Date: Mon, 7 Apr 2025 at 09:14', 'Subject: Vacancy – Front Office Manager', 'To: Hospitality Network <members@rvhn.example>', '', 'Dear colleagues, please circulate.', '', 'POSITION: Front Office Manager', 'PROPERTY: Acacia Shores Lodge'].join('\n');
    expect(header(text).title).toBe('Front Office Manager');
  });

  test('"<Name> – VACANCY" names the employer, and the "Position:" row under it the title', () => {
    expect(header('KALAHARI IRON ORE (PTY) LTD – VACANCY\n\nPosition: Mine Surveyor\nOperation: North Pit, Kathu, Northern Cape\n\nWe mine iron ore.')).toMatchObject({
      title: 'Mine Surveyor',
      company: 'KALAHARI IRON ORE (PTY) LTD',
    });
  });

  test('a title line that opens with its label names the title without it; a walk-in drive\'s banner is none', () => {
    expect(header('🚨 JOB VACANCY 🚨 – PORT HARCOURT\n\n🏢 Company: Creek Marine Services Ltd\n(marine logistics for operators)\n💼 Position: Accountant\n📍 Location: Port Harcourt, Rivers State').title).toBe('Accountant');
    expect(header('🔥🔥 WALK-IN DRIVE 🔥🔥\n📣 *Adyar Voice Services Pvt Ltd* is hiring!!\n\n🎧 Role: Customer Support Associate\n💰 Salary: 2.4 – 3.6 LPA').title).toBe('Customer Support Associate');
  });
});

describe("a recruiter's email pasted with its subject", () => {
  test('"Subject:" over "Confidential - Controller opportunity with X (Place)": the job, its employer and its place', () => {
    const r = extract('Subject: Confidential - Controller opportunity with Meadowlark Foods (Lancaster, PA)\n\nGood afternoon Ms. Ortiz,\n\nI am a partner with Keel Search, an executive search firm in Philadelphia. We have been retained by Meadowlark Foods.');
    expect({ title: r.title?.text, company: r.company?.name, place: r.location?.name }).toEqual({ title: 'Controller', company: 'Meadowlark Foods', place: 'Lancaster' });
  });

  test("a subject that offers no job with its employer leaves the header to the message's body", () => {
    const r = extract("Subject: 6-month W2 contract - Business Analyst (Jackson, MS - hybrid) - $55-62/hr\n\nHi Jordan,\n\nI'm a senior recruiter with Pinnacle Talent Partners and I'm working on a Business Analyst opening with one of our clients.");
    expect({ title: r.title?.text, company: r.company?.name }).toEqual({ title: 'Business Analyst', company: 'Pinnacle Talent Partners' });
  });
});

describe("a recruiter's email pasted from its subject line, over a greeting", () => {
  test('takes its "Title:" row for the title, and its own agency where it names no client', () => {
    const r = extract("Subject: W2 Contract - Python Developer - Raleigh, NC - 6 months\n\nHi there,\n\nMy name is Deepa and I'm a technical recruiter with Northgate Talent Group. One of our banking clients needs a developer.\n\nTitle: Python Developer\nLocation: Raleigh, NC (hybrid)\nRate: $60-$65/hr on W2");
    expect({ title: r.title?.text, company: r.company?.name, reason: r.company?.reason }).toEqual({ title: 'Python Developer', company: 'Northgate Talent Group', reason: 'company/recruiter-message' });
  });

  test('names the client it recruits for over its own agency ("partnering with", "on behalf of our client,")', () => {
    const partner = extract("Subject: Risk Manager - Dallas\n\nHello,\n\nI'm a consultant at Harbourline Search in London, and we're partnering with Cobaltpay, a payments company, on a Risk Manager hire.\n\n- Role: Risk Manager\n- Location: Dallas, TX");
    expect([partner.title?.text, partner.company?.name]).toEqual(['Risk Manager', 'Cobaltpay']);
    const client = extract('Subject: Confidential - Plant Controller search\n\nGood afternoon,\n\nI am reaching out on behalf of our client, Riverbend Castings, a family-owned foundry. They are searching for a Plant Controller to be based at their plant in Peoria, IL.');
    expect([client.title?.text, client.company?.name]).toEqual(['Plant Controller', 'Riverbend Castings']);
  });

  test('a subject that offers the job with its employer stays the header over a "Title:" row with a note', () => {
    const r = extract('Subject: Confidential - Controller opportunity with Harvest Moon Foods (Lancaster, PA)\n\nGood afternoon Ms. Alvarado,\n\nI am a partner with Keel Search. We have been retained by Harvest Moon Foods.\n\nAbout the role\n- Title: Controller (reports to the CFO)\n- Location: Lancaster, PA');
    expect([r.title?.text, r.company?.name]).toEqual(['Controller', 'Harvest Moon Foods']);
  });

  test('a subject line without a greeting under it is no message: its "Role:" further down is a word of the text', () => {
    const r = extract('Subject: Mathematics\nKey Stage 3 and 4 teacher wanted for our academy in Leeds.\n\nYour role: plan and teach lessons.\nRole: you will also tutor a Year 9 form.');
    expect(r.title?.text).not.toBe('you will also tutor a Year 9 form.');
  });
});

describe("a social post's hiring sentence", () => {
  test('names the employer before a bracketed note and the verb: "Blue Bonnet Therapy (we\'re a small clinic in Plano) is looking for"', () => {
    const r = extract("Plano Moms Connect\nHeather Lindqvist · April 11 at 9:42 PM\nHi ladies! Posting for my business 💙 Blue Bonnet Therapy (we're a small speech clinic in Plano) is looking for a part-time bookkeeper.\n\n- About 10 hours a week");
    expect(r.company?.name).toBe('Blue Bonnet Therapy');
  });
  test('and after an emoji glued to it: "🕯️Hollow Pine Candle Co. (a small candle company) is looking for"', () => {
    const r = extract("Remote Jobs Group\nJess Tremblay · 5h\n🕯️ WE'RE HIRING 🕯️Hollow Pine Candle Co. (we're a small candle company in Burlington, VT) is looking for a part-time remote customer care rep!\n✔️ 15-20 hours a week");
    expect(r.company?.name).toBe('Hollow Pine Candle Co.');
  });
});

describe('more ways an employer or agency is named', () => {
  test('"We\'re hiring at Lumio Logiciels!" names the employer', () => {
    expect(header("🚀 We're hiring at Lumio Logiciels!\n\nWe're growing our team and I'm looking for a Bilingual Customer Success Manager (French/English).\n\n📍 100% remote, anywhere in Canada.")).toMatchObject({
      title: 'Bilingual Customer Success Manager',
      company: 'Lumio Logiciels',
    });
  });

  test("an agency's opening of its advert names it: \"Liffey Talent Partners are delighted to be working with ...\"", () => {
    expect(header('Accounts Payable Specialist\n€45,000 per annum | Naas, Co. Kildare | Hybrid | Permanent\n\nLiffey Talent Partners are delighted to be working with a leading food distributor.').company).toBe('Liffey Talent Partners');
  });

  test("an agency's name over its division's line, then a \"Job title:\" row", () => {
    expect(header('Murray Basin Rivers Agency\nWater Policy Division – Catchment Partnerships Branch\n\nJob title: Policy Officer\nLocation: Canberra ACT\n\nWe protect rivers.')).toMatchObject({
      title: 'Policy Officer',
      company: 'Murray Basin Rivers Agency',
    });
  });
});

describe('guards found on fresh postings', () => {
  test('a job\'s title with its site after a dash is no organisation over the employer\'s line', () => {
    expect(header('Operations Supervisor - Distribution Center\nRidgeback Freight · Dublin, OH (On-site) · 5 days ago · Over 200 applicants\nFull-time · Associate\n\nAbout the job\nWe move parcels.')).toMatchObject({
      title: 'Operations Supervisor - Distribution Center',
      company: 'Ridgeback Freight',
    });
  });

  test('a board\'s "Posted 2 days ago" is no commenter\'s line: the title over it stands', () => {
    expect(header('Dental Insurance Coordinator (Remote)\nJuniper Dental Group · St. George, UT\nFull-Time · $19 - $23/hr\nPosted 2 days ago\n\nJob Description\nWe run dental offices.').title).toBe('Dental Insurance Coordinator (Remote)');
  });

  test('under a notice\'s "Position:" row, the body\'s equal-opportunity statement still names the employer', () => {
    expect(header('CITY OF LIBERTY, KANSAS\nEMPLOYMENT OPPORTUNITY\n\nPosition: Equipment Operator II\nDepartment: Public Works\n\nOperates heavy equipment. The City of Liberty is an Equal Opportunity Employer.')).toMatchObject({
      title: 'Equipment Operator II',
      company: 'City of Liberty',
    });
  });

  test("a menu's links on one line over the posting are the site's", () => {
    expect(header('Find Jobs Travel Jobs Staff Jobs Per Diem Salary Data Resources For Employers\nLog in\nTravel Nurse RN - ICU\nNorthstar Clinical Staffing\nBoise, ID\nCare for patients.').title).toBe('Travel Nurse RN - ICU');
  });
});

describe("a government's heading over the job's line", () => {
  test.each([
    ['a council "of" a region, over a title with its office after a dash', 'Cascadia Coast Council of Governments\nPlanner II - Coastal Field Office\nSalary: $71,240 - $90,918 annually\nLocation: Florence, OR', 'Planner II - Coastal Field Office', 'Cascadia Coast Council of Governments'],
    ['a county in capitals, over a sheriff\'s post', 'SANDHILL RIDGE COUNTY\nDeputy Sheriff - Lateral\nSalary: $28.40 - $37.95 Hourly\nLocation: Broken Bow, NE', 'Deputy Sheriff - Lateral', 'SANDHILL RIDGE COUNTY'],
    ['a city "of" its name, over a lifeguard\'s post', 'City of Liberty\nSeasonal Lifeguard\nPay: $15.50 per hour\nLocation: Liberty, MO', 'Seasonal Lifeguard', 'City of Liberty'],
  ])('%s', (_, text, title, company) => {
    expect(header(text)).toMatchObject({ title, company });
  });

  test('its state after a comma is no part of its name: "SANDUSKY COUNTY, OHIO"', () => {
    const text = 'SANDUSKY COUNTY, OHIO\nBoard of Commissioners / Emergency Communications\n\nJob Title: Public Safety Telecommunicator\nLocation: Fremont, Ohio\n\nSandusky County is an Equal Opportunity Employer.';
    expect(header(text).company).toBe('Sandusky County');
  });

  test('a job\'s title naming its department is no government, nor is a county in a sentence\'s case (it may be the place)', () => {
    for (const line of ['Professor, Department of Medicine', 'Head of Department of Surgery', 'Director of Finance', 'City Planner', 'Orange County']) expect(isOrganisation(line)).toBe(false);
    for (const line of ['Cascadia Coast Council of Governments', 'City of Liberty', 'County of Sonoma', 'SANDHILL RIDGE COUNTY']) expect(isOrganisation(line)).toBe(true);
  });
});
