import { extract } from '../../src';

const title = (text: string) => extract(text).title;

describe('a short post with no title line: the job its hiring sentence names', () => {
  test.each([
    ["We're hiring a part-time bookkeeper (20 hrs/week) in Austin, TX. QuickBooks required. $28-32/hr.", 'bookkeeper'],
    ['Hiring: Barista in Leeds, £11.44/hr, part-time', 'Barista'],
    ['Looking for a freelance React Native developer for a 3-month contract, fully remote, €500/day', 'React Native developer'],
    ['Northwind Inns are looking for an experienced Deputy Manager to help run the pub.', 'Deputy Manager'],
    ['A busy venue on the coast is seeking their next restaurant manager. Great package.', 'restaurant manager'],
    ['Hi Aroha, Tailspin Limited is hiring a fixed-term Research Fellow in Dunedin. Open to a chat?', 'Research Fellow'],
    // A recruiter's words: "to hire", "an opening for", "working on a ... role"; a contract's length and praise before the job.
    ["We're partnering with a payments company to hire a Senior Product Manager for their lending team.", 'Senior Product Manager'],
    ["I'm working on a Senior Data Engineer role with a health insurer in Melbourne.", 'Senior Data Engineer'],
    ["I'm recruiting for a 6-month contract Business Analyst with a government agency in Wellington.", 'Business Analyst'],
    ["I'm reaching out on behalf of a food group regarding a Supply Chain Manager opening at their head office.", 'Supply Chain Manager'],
    ['A hotel in the Lake District is looking for a highly skilled Head Chef Role: run a busy kitchen.', 'Head Chef'],
    // A recruiter's email: "helping X hire a", "tell you about a ... role", "reach out about a ... opportunity", "a match for a ... search".
    ["Hi Tom,\nI came across your profile. We're helping Contoso Mutual hire a Business Systems Analyst for their policy team.", 'Business Systems Analyst'],
    ["Hi Ravi,\nI'd love to tell you about a Senior DevOps Engineer role with Fabrikam Freight in Calgary.", 'Senior DevOps Engineer'],
    ['Good morning Pete,\nI wanted to reach out about a Plant Maintenance Manager opportunity in central Pennsylvania.', 'Plant Maintenance Manager'],
    ["Hello Renee,\nYou'd be a great match for a Senior Internal Auditor search I'm running right now.", 'Senior Internal Auditor'],
    // A title English took from French, its noun first.
    ["We're hiring: Chef de Partie\n\nOur 60-cover bistro in Galway cooks with the day's catch.", 'Chef de Partie'],
  ])('%j', (text, expected) => {
    const t = title(text);
    expect(t?.text).toBe(expected);
    expect(t?.reason).toBe('title/hiring-sentence');
    expect(text.slice(t!.start, t!.end)).toBe(expected);
  });

  test.each([
    ['Tailspin Toys is hiring Store Assistants! Part-time, £11.50 per hour.', 'Store Assistant', 'Tailspin Toys'],
    ["We're hiring Baristas at Fourth Coffee in Melbourne. Casual roles, $28/hr.", 'Barista', 'Fourth Coffee'],
    ['Wingtip Airlines is looking for Flight Attendants in Doha! Full time.', 'Flight Attendant', 'Wingtip Airlines'],
  ])('a titled plural names the one job each hire takes: %j', (text, job, employer) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([job, employer]);
    expect(text.slice(r.title!.start, r.title!.end)).toBe(job);
  });

  test.each([
    "We're hiring! DM me for details.",
    'Contoso Sports is hiring Coaches for the summer.',
    'We are looking for someone who loves coffee.',
    'Looking for a new challenge? Join Contoso.',
    'Dear Candidate\nWe are hiring nurses.',
  ])('names no job: %j', (text) => expect(title(text)).toBeNull());

  test.each([
    ['Hi Wei Ling, I came across your profile. Wingtip Asia Pte. Ltd. is hiring a permanent Data Engineer in One-North, Singapore (hybrid).', 'Wingtip Asia Pte. Ltd.'],
    ['Hi Sam, Coho Winery FZ-LLC is hiring a Sales Executive in Dubai Marina, Dubai. The package is AED 18,000 per month, tax-free.', 'Coho Winery FZ-LLC'],
    ["Hi Priya, we're partnering with Tailspin Fintech, a Series C payments company, to hire a Senior Product Manager in Bengaluru.", 'Tailspin Fintech'],
    ["Hi Rahul, I'm hiring for a Data Scientist at Northwind Analytics in HITEC City, Hyderabad.", 'Northwind Analytics'],
    ["Hi Liam, I'm working on a Senior Data Engineer role with Adatum Health in Melbourne.", 'Adatum Health'],
    ['Quick one — Proseware Insurance is looking for a Claims Team Lead in Cebu City.', 'Proseware Insurance'],
    ["Hi Thabo,\n\nI'm recruiting for a full-time Credit Analyst on behalf of Woodgrove Bank, based in Sandton, Johannesburg, paying up to R65 000 per month.\n\nKind regards,\nJane Okafor\nSenior Consultant | Adatum Talent", 'Woodgrove Bank'],
  ])('the sentence names its employer: %j', (text, expected) => {
    const company = extract(text).company;
    expect([company?.name, company?.reason]).toEqual([expected, 'company/hiring-sentence']);
  });
  test("a skill named after the job is no employer: \"a Project Manager, with experience with Broadband\"", () => {
    expect(extract('A bank in Livingston is seeking a Project Manager, with experience with Broadband and Telephony.').company).toBeNull();
  });
  test('capitals run into the sentence\'s own "We" are no employer: "High Energy, Great Personality We are looking for"', () => {
    expect(extract('The Person High Energy, Great Personality We are looking for a fantastic General Manager for our restaurant.').company).toBeNull();
  });
  test('a venue the sentence describes is no employer', () => {
    expect(extract('Ambition matters. A busy venue on the coast of Norfolk is looking for their next restaurant manager.').company).toBeNull();
  });

  test('a title line stays the title', () => {
    expect(title('Senior Nurse\nContoso Care\n\nWe are looking for a Chef too.')?.text).toBe('Senior Nurse');
  });
});

describe("a post's first line that announces its job: the job, not the whole line", () => {
  test.each([
    ['We are hiring a Finance Business Partner 💼\n\n📍 Dublin 2 | Hybrid\n💶 €70,000 – €80,000', 'Finance Business Partner'],
    ['Fabrikam is hiring a Developer Advocate (remote, US/Canada) 🥑\n\n$140k-$165k. Apply at fabrikam.example/jobs', 'Developer Advocate'],
    ["We're #hiring a Delivery Manager in Gurugram 🚀\n\n🏢 Proseware Digital\n💰 ₹35-45 LPA", 'Delivery Manager'],
    ['Proseware Bahrain is hiring a Receptionist 📍 Manama\n💰 BHD 350', 'Receptionist'],
    ['[Hiring] Senior React Developer | $60/hr | Remote\n\nWe need a senior React developer for a 3-month contract.', 'Senior React Developer'],
    ["[Hiring][Remote] Illustrator for children's book — $3,000 flat\n\n32 pages, watercolour style.", 'Illustrator'],
    // A banner's dash before the job.
    ['🚚 NOW HIRING – Seasonal Delivery Driver 🚚\n\nFabrikam Fuel is staffing up for heating season!', 'Seasonal Delivery Driver'],
    // A banner's exclamation marks before the job, its place or its need after it.
    ["We're hiring! Medical Billing Specialist in Tampa, FL\n\nOur clinic needs a billing specialist for insurance claims.", 'Medical Billing Specialist'],
    ['HIRING!! Line Cook needed for our Friday nights\n\nOur diner on Route 9 serves breakfast all day.', 'Line Cook'],
    // A chat's banner and its emoji's shortcode before the sentence that hires.
    [':wave: Hiring post! Northwind Analytics is looking for a Data Engineer (contract-to-hire)\n\nWe build demand forecasts for grocery chains.', 'Data Engineer'],
  ])('%j', (text, expected) => {
    const t = title(text);
    expect(t?.text).toBe(expected);
    expect(text.slice(t!.start, t!.end)).toBe(expected);
  });

  test('a tagged line of parts gives its title without the tag, and its employer', () => {
    const r = extract('[Hiring] Line Cook - Tailspin Diner - Portland, OR - $20-23/hr\n\nFull time, mornings.');
    expect([r.title?.text, r.company?.name]).toEqual(['Line Cook', 'Tailspin Diner']);
  });

  test.each(['Recruiting Coordinator\nContoso Ltd\nLeeds', 'Senior Recruiting Coordinator\nWingtip Labs\nDenver, CO'])(
    "a title with a hiring word is the title: %j",
    (text) => expect(title(text)?.text).toBe(text.split('\n')[0]),
  );
});

describe("a post's employer in its hiring sentence", () => {
  test.each([
    ["We're hiring! 🚀\n\nContoso is looking for a Senior Backend Engineer to join our Payments team in Austin, TX.", 'Senior Backend Engineer', 'Contoso'],
    ['Contoso Robotics is #hiring a Mechanical Engineer in Pittsburgh, PA 🤖 $105K-$135K. On-site.', 'Mechanical Engineer', 'Contoso Robotics'],
    ['Hiring: Head of Growth @ Wingtip 🌱 London (hybrid). £90-110k + options.', 'Head of Growth', 'Wingtip'],
    ['My team at Adatum is looking for an iOS engineer (Swift, SwiftUI). Remote within US time zones.', 'iOS engineer', 'Adatum'],
    ['Looking for a Social Media Executive to join us at Tailspin Beauty in Kuala Lumpur 💄\n\n📍 Bangsar South, KL', 'Social Media Executive', 'Tailspin Beauty'],
    ['Is anyone looking for a new role in Leicester? 👀\n\nWe have a vacancy for a Payroll Administrator at Contoso Care Group. It is part time.', 'Payroll Administrator', 'Contoso Care Group'],
    ['📣 Litware is hiring a part-time community manager! 20h/week, fully remote, $35/hr.', 'community manager', 'Litware'],
    ['Hey #jobs 👋 Northwind is hiring a Solutions Engineer in Atlanta (hybrid). $130-150k base.', 'Solutions Engineer', 'Northwind'],
  ])('%j', (text, job, employer) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([job, employer]);
  });

  test("an API's description HTML names its job and employer in the same sentence", () => {
    const html = '<p><strong>About the role</strong></p><p>Contoso Robotics is hiring a <strong>Senior Firmware Engineer</strong> to join our team in Austin, TX.</p><ul><li>5+ years of embedded C</li></ul>';
    const r = extract(html);
    expect([r.title?.text, r.title?.reason, r.company?.name]).toEqual(['Senior Firmware Engineer', 'title/hiring-sentence', 'Contoso Robotics']);
    expect(html.slice(r.title!.start, r.title!.end)).toBe('Senior Firmware Engineer');
  });

  test('a count before the job names jobs: no title', () => {
    expect(title('Fabrikam Salon is looking for 2 experienced NAIL TECHNICIANS 💅 Salary 25k + commission.')).toBeNull();
  });
});

describe('the hiring sentence in other languages', () => {
  test.each([
    ['¡Estamos contratando! 🚀\n\nEn Contoso buscamos un/a Desarrollador/a Backend Senior para nuestro equipo en Madrid.', 'Desarrollador/a Backend Senior', 'Contoso'],
    ['Estamos contratando! 🚀\n\nA Contoso está procurando um(a) Desenvolvedor(a) Full Stack Pleno para o time de São Paulo.', 'Desenvolvedor(a) Full Stack Pleno', 'Contoso'],
    ['🚀 On recrute !\n\nContoso recherche un(e) Développeur(se) Full Stack pour rejoindre notre équipe à Paris.', 'Développeur(se) Full Stack', 'Contoso'],
    ['Nous recrutons ! 🇨🇦\n\nNorthwind cherche un(e) Analyste d\'affaires à Montréal.', "Analyste d'affaires", 'Northwind'],
  ])('%j', (text, job, employer) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([job, employer]);
  });

  test('a verb before words in small letters names no job: "Contoso busca mejorar"', () => {
    expect(title('Contoso busca mejorar la atención a sus clientes.')).toBeNull();
  });
});

describe('the terms in two words before the job in a hiring sentence', () => {
  test.each([
    ['Contoso is hiring a part time Receptionist for our Leeds office.', 'Receptionist'],
    ['Fabrikam Dental have a vacancy for a full time Associate Dentist in Kendal.', 'Associate Dentist'],
    ['We are hiring a Full Stack Developer to join our team.', 'Full Stack Developer'],
  ])('%s', (text, title) => expect(extract(text).title?.text).toBe(title));
});

describe("a post's announcement that names its employer, over its rows", () => {
  test.each([
    ['Litware Studios is hiring! 🎮\nPosition: QA Tester\nLocation: Manila, Philippines\nTesting experience is a plus.', 'QA Tester', 'Litware Studios'],
    ['🚀 Contoso Robotics is now #hiring 🚀\nRole: Field Technician\nLocation: Austin, TX\nApply today.', 'Field Technician', 'Contoso Robotics'],
    ['Our team is hiring!\nPosition: Line Cook\nLocation: Leeds\nEvening shifts.', 'Line Cook', undefined],
  ])('%j', (text, job, employer) => {
    const r = extract(text);
    expect([r.title?.text, r.company?.name]).toEqual([job, employer]);
  });

  test('a pronoun is no employer: "Everyone is hiring!"', () => {
    expect(extract('Everyone is hiring!\nPosition: QA Tester\nLocation: Manila').company).toBeNull();
  });
});

describe('a first line that hires its job at its employer', () => {
  test('the job alone is the title: "We are hiring a Warehouse Supervisor at Northwind Freight"', () => {
    const r = extract('We are hiring a Warehouse Supervisor at Northwind Freight 📦\nLocation: Leeds\nYou will lead a shift of 20 pickers.');
    expect([r.title?.text, r.company?.name]).toEqual(['Warehouse Supervisor', 'Northwind Freight']);
  });

  test('"to join my team at Adatum" names the employer', () => {
    expect(extract("I'm hiring! We're looking for a Product Designer to join my team at Adatum.\nRemote within Germany.").company?.name).toBe('Adatum');
  });
});

describe('what the employer is, said between commas before the hiring verb', () => {
  test.each([
    ['URGENT HIRING!!!\nFabrikam & Co, a chartered accountancy firm in Kano, is hiring a Junior Accountant.\nRequirements: 1-2 years experience.', 'Fabrikam & Co'],
    ['Contoso Freight, the largest haulier in the north, is hiring a Transport Planner in Leeds.', 'Contoso Freight'],
  ])('%j', (text, employer) => {
    const r = extract(text);
    expect(r.company?.name).toBe(employer);
  });
});

describe("a social post copied with its author's block over it", () => {
  test("LinkedIn's: the author's name, headline and the post's age are no title; the headline names the employer", () => {
    const post = ['Dana Whitfield', 'Director of Data Science at Contoso Health | ex-Epic | Stats nerd', '2d · Edited', '', "I'm hiring! 🎉", '', 'My team is looking for a Senior Data Scientist to help us predict which patients will miss follow-up care.', '', 'What you would work on:', '→ Causal inference for outreach programs', '', 'What I am looking for:', '✅ Strong Python and SQL', '✅ Good judgment about when a simple model is the right answer', '', 'The details:', '📍 Remote (US only)'].join('\n');
    const r = extract(post);
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual(['Senior Data Scientist', 'Contoso Health', 'company/post-author']);
  });

  test("Facebook's and X's: the post's age alone or after the author's handle", () => {
    expect(extract(['Tasha Greer ▸ Lima Jobs & Hiring', '5h · 🌎', '', 'Night Shift CNA', 'Contoso Nursing & Rehab is hiring CNAs for 3rd shift.'].join('\n')).title?.text).toBe('Night Shift CNA');
    expect(extract(['Dana Okoro @danaokoro · Apr 3', 'Founding Engineer at Tailspin Labs', 'We make dispatch software for plumbing shops.'].join('\n')).title?.text).not.toMatch(/Okoro/);
  });
});

describe("a group's name or an account's handle and place over a post", () => {
  test.each([
    ['a group', ['Macon Jobs & Gigs group', '', 'Cedar Lane Home Care is hiring a Caregiver in Macon!', '', '$16 - $18 an hour, part time.']],
    ['a public group, and the post\'s author', ['Dayton OH Jobs & Gigs (Public group)', '', 'Posted by Rhonda Voss', '', 'Our bakery is hiring a Cake Decorator. Weekends only, $17/hr.']],
    ["an account's handle and its place", ['hollowoakbakery · Dayton, Ohio', '', 'Our bakery is hiring a Cake Decorator. Weekends only, $17/hr.']],
  ])('%s: no title, the hiring sentence names the job', (_, lines) => {
    expect(extract(lines.join('\n')).title?.text).toMatch(/^(?:Caregiver|Cake Decorator)$/);
  });

  test('a firm\'s name that ends in "Group" is no group\'s', () => {
    expect(extract(['Harrow Search Group', 'Controls Engineer', 'Dayton, OH', '', 'Harrow Search Group is hiring for a client.'].join('\n')).company?.name).toBe('Harrow Search Group');
  });

  test('a handle without a place is no author line', () => {
    expect(extract(['hollowoakbakery · Breads', '', 'We bake bread.'].join('\n')).title?.text).toBe('hollowoakbakery · Breads');
  });
});

test('a banner of the name, a dash and the announcement names the employer: "Crestline Medical Supply – Now Hiring!"', () => {
  const r = extract('Crestline Medical Supply – Now Hiring!\n\nWe are looking for an Inside Sales Representative to join our growing team in Sandy, Utah.');
  expect([r.title?.text, r.company?.name]).toEqual(['Inside Sales Representative', 'Crestline Medical Supply']);
});

describe("a chat's channel and message line, a forum's post and comment lines over the job", () => {
  const header = (text: string) => ({ title: extract(text).title?.text ?? null, company: extract(text).company?.name ?? null });

  test("Slack: the channel and the author's name and time are no title", () => {
    expect(header('#design-gigs\n\nMarta Ilves  9:05 AM\nhi all, we are looking for a contract illustrator for about 2 months to draw an onboarding series.\n• $55/hr\n• remote').title).toBe('illustrator');
  });

  test("Reddit: the subreddit, the poster and the post's age are no title", () => {
    expect(header("r/podcasting • Posted by u/harbor_audio_kim • 3d\n\n[HIRING] Part-time audio editor for a history podcast — remote, $30/hr\n\nWe publish weekly.").title).not.toMatch(/Posted by/);
  });

  test("Hacker News: the commenter's handle, age and links are no title; the line of parts under them is the header", () => {
    expect(header('driftkite_jo 3 hours ago | parent | next [–]\n\nDriftkite | Senior Backend Engineer | REMOTE (EU) | Full-time | €90k–€110k\n\nDriftkite builds kite-surf forecasts.')).toEqual({
      title: 'Senior Backend Engineer',
      company: 'Driftkite',
    });
  });
});

describe("a Discord channel's message line over the job", () => {
  test("the channel and the author's name and time are no title", () => {
    expect(extract('📌 #jobs-and-gigs\nmoonlit_hana — Yesterday at 4:17 PM\n🌙 **Moonlit Games is hiring a full-time QA Tester!** 🌙\n\nWe make cozy games.').title?.text).toBe('QA Tester');
  });
});

describe("the employer a post's owner introduces", () => {
  test.each([
    ['[Hiring] Video editor for our channel - $35/hr - remote\n\nHey all! I run Birchwood Bench Works, a furniture-making channel with about 80k subscribers. We need an editor for two videos a week.', 'Birchwood Bench Works'],
    ["Hiring: part-time dog walker\n\nHi neighbours! I own Muddy Paws Pet Care, a small dog walking business in Frisco. I'm looking for a reliable walker for weekday middays.", 'Muddy Paws Pet Care'],
  ])('%j', (post, employer) => expect(extract(post).company?.name).toBe(employer));
  test('a department the poster runs is no employer', () =>
    expect(extract('[Hiring] Sales assistant\n\nI run Sales, a team of six at a software firm. We need help with our CRM.').company?.name).not.toBe('Sales'));
});

describe("the employer a letter's sender names with their role", () => {
  test("in the sender's introduction: \"I'm <name>, <role> at <employer>\"", () =>
    expect(extract("Hi Jordan,\n\nI hope you're well! I'm Priya Natarajan, Head of Talent at Copperleaf Analytics. Your work on data platforms caught my eye and we are building a new platform team.\n\nWould you be open to a call?").company?.name).toBe('Copperleaf Analytics'));
  test('in the signature, under the sender\'s name', () =>
    expect(extract("Hi Sam,\n\nThanks for applying to be a part-time barista! Your trial shift is on Saturday at 9am.\n\nThanks,\nLena\nStore Manager, Daybreak Coffee Roasters").company?.name).toBe('Daybreak Coffee Roasters'));
  test("the employer on the line under the sender's role, the part after its comma a team", () =>
    expect(extract('Hi there,\n\nPlease find the job description below for a Data Analyst role with our client.\n\nRegards,\nMei Lin\nSenior Consultant, Data & Analytics\nMarina Bay Talent Pte Ltd – Singapore | Jakarta').company?.name).toBe('Marina Bay Talent Pte Ltd'));
  test('a sender whose line names no role names no employer', () =>
    expect(extract('Hi Sam,\n\nSee you on Saturday.\n\nThanks,\nLena\nSaturday, Market Street').company).toBeNull());
});

describe('the employer a post names in brackets after the word for it', () => {
  test.each([
    ["Hiring!! Our team (Keller & Vance Realty Group, we're in Murfreesboro TN) is looking for a part-time virtual assistant to help with listings.", 'Keller & Vance Realty Group'],
    ['[Hiring] Shopify developer for theme cleanup\n\nHey all, I run a small candle company (Green Mountain Wick Co.) out of Burlington, VT.', 'Green Mountain Wick Co.'],
    ["[Hiring] Part-time copy editor\n\nPosted by u/brightwire_ed\n\nI run editorial at a small content agency (we're Brightwire Content, 7 people).", 'Brightwire Content'],
  ])('%j', (post, employer) => expect(extract(post).company?.name).toBe(employer));
  test("a bracket after a firm that lists its tools names no employer, nor does a post's author", () => {
    expect(extract('[HIRING] Part-time remote bookkeeper for a small law firm (QuickBooks Online, trust accounting)\n\nWe need 15 hours a week.').company).toBeNull();
    expect(extract('Independence MO Small Business Network\nPosted by Carla Ostrander · 3h\n\nHi neighbors! Juniper Lane Florist on the Square is looking for a PART-TIME BOOKKEEPER.').company?.name).not.toBe('Carla Ostrander');
  });
});

test("a saint's name opens the employer's: \"St. Brendan's Medical Center is a 412-bed teaching hospital\"", () => {
  const text = "Registered Nurse - Emergency Department (PRN)\nJob ID 2025-11873\nLocation US-OH-Toledo\nCategory Nursing\nPosition Type Per Diem / PRN\n\nOverview\nSt. Brendan's Medical Center is a 412-bed teaching hospital in Toledo, Ohio, headquartered in Detroit. Our Emergency Department sees 68,000 visits a year.";
  expect(extract(text).company?.name).toBe("St. Brendan's Medical Center");
});

describe("a LinkedIn post's author block with bullets, a careers page's hiring line over its employer's", () => {
  test('"Jenna Okafor • 1st" / her headline / "2d • Edited •" are no title', () => {
    const r = extract("Jenna Okafor • 1st\nExecutive Director at Rivermouth Watershed Council\n2d • Edited •\n\n🌊 We're hiring! 🌊\n\nRivermouth Watershed Council is looking for a Communications & Outreach Coordinator to help us tell our story.");
    expect([r.title?.text, r.company?.name]).toEqual(['Communications & Outreach Coordinator', 'Rivermouth Watershed Council']);
  });
  test('"Now hiring: Veterinary Technician" over a blank line and "High Desert Animal Hospital – Bend, OR"', () => {
    const r = extract("Now hiring: Veterinary Technician\n\nHigh Desert Animal Hospital – Bend, OR\n\nWe're a 6-doctor small animal practice on Bend's east side.");
    expect([r.title?.text, r.company?.name]).toEqual(['Veterinary Technician', 'High Desert Animal Hospital']);
  });
});

test('a name joined by an ampersand opens the body\'s first sentence: "Pinewood Home & Hardware is a growing chain"', () => {
  const r = extract('Assistant Store Manager\nJob Locations US-NE-Omaha\nID 2025-7731 | Category Store Management | Position Type Regular Full-Time\n\nOverview\nPinewood Home & Hardware is a growing chain of 86 neighborhood home improvement stores across the Upper Midwest.');
  expect(r.company?.name).toBe('Pinewood Home & Hardware');
});

describe("a recruiter's message whose rows name no job: the job its subject names among its parts", () => {
  test.each([
    ['Subject: Plant Controller opportunity — Opelika, AL — $130-145K + bonus\n\nGood afternoon Renee,\n\nI am conducting a search for a client in Alabama.', 'Plant Controller'],
    ['Subject: Immediate need - Data Engineer (Snowflake/dbt) - 100% Remote - C2C only\n\nHello,\n\nPlease go through the requirement below.', 'Data Engineer (Snowflake/dbt)'],
  ])('%j', (message, title) => expect(extract(message).title?.text).toBe(title));
});

test("a chat's bold round the job in its hiring sentence: \"is hiring an *Analytics Engineer* — full-time\"", () => {
  const r = extract('Hi all, Marigold Ledger is hiring an *Analytics Engineer* for our data team. Fully remote.\n\nWhat we do: bookkeeping software for small shops.');
  expect([r.title?.text, r.company?.name]).toEqual(['Analytics Engineer', 'Marigold Ledger']);
});
