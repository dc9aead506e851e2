import fc from 'fast-check';
import { splitFeedJoins } from '../../src/normalise/feed-joins';
import { identity } from '../../src/normalise/mapped-text';
import { splitScrapedJoins } from '../../src/normalise/scraped-joins';

// The label joins read the neighbours of each colon, full stop and label: these are the cases where that could go wrong.
describe('label joins', () => {
  it.each([
    ['experienceSalary: $120,000', 'experience Salary: $120,000'],
    ['ASAPLocation: Leeds', 'ASAP Location: Leeds'],
    ['ABCDEFGHIJSalary: up to 40k', 'ABCDEFGHIJ Salary: up to 40k'],
    // Several labelled fields on one line lost its line breaks: each opens a line again.
    ['dayPay Rate: $25 bonusRate: 2%, plusBase Pay: yes', 'day\nPay Rate: $25 bonus\nRate: 2%, plus\nBase Pay: yes'],
    // (The space before each label stays at the line's end, for the line structure to trim.)
    ['Senior Accountant Company: Acme Location: Dallas, TX Key Responsibilities: close', 'Senior Accountant \nCompany: Acme \nLocation: Dallas, TX \nKey Responsibilities: close'],
    ['month-end close.Requirements: CPA. Benefits: 401k', 'month-end close.\nRequirements: CPA. \nBenefits: 401k'],
    ['As listed under Benefits: all of them', 'As listed under Benefits: all of them'],
    // A figure or a word glued to a long lower-case word.
    ['Accounting4+ years and vision401(k)', 'Accounting 4+ years and vision 401(k)'],
    ['experienceCPA preferredAdvanced Excel', 'experience CPA preferred Advanced Excel'],
    ['PostgreSQL, GraphQL, ServiceNow, SuccessFactors', 'PostgreSQL, GraphQL, ServiceNow, SuccessFactors'],
    ['StocktononTees, BurtonuponTrent, AshbydelaZouch', 'StocktononTees, BurtonuponTrent, AshbydelaZouch'],
    ['abcSalaryLocation: Leeds', 'abcSalary Location: Leeds'],
    ['Salary: at the start, and noLocation here', 'Salary: at the start, and noLocation here'],
    ['from $1,250.50Weekly', 'from $1,250.50 Weekly'],
    ['5-8 Yrs | 20-28 LPAWe are hiring', '5-8 Yrs | 20-28 LPA We are hiring'],
    // A bracket's close glued to the next field's word.
    ['Delivery Driver (CDL Class B)Northwind Produce - Fresno, CA', 'Delivery Driver (CDL Class B) Northwind Produce - Fresno, CA'],
    // A pay's period glued to the next field.
    ['$65K - $75K/yearFull-timeEstimated salary', '$65K - $75K/year Full-time\nEstimated salary'],
    // A chip of the terms glued to what follows: that opens a line, as on the board; not inside a link.
    ['Pretoria, GautengPermanentFabrikam Life provides cover', 'Pretoria, Gauteng\nPermanent\nFabrikam Life provides cover'],
    // A chip glued to the fields either side: a place's name or a postcode before it, a field or a pay after it.
    ['Allentown, PA, United StatesFull-timeCompany Description', 'Allentown, PA, United States\nFull-time\nCompany Description'],
    ['Tuas South Avenue 3, Singapore 637019Full TimePermanentExecutive', 'Tuas South Avenue 3, Singapore 637019\nFull Time\nPermanent\nExecutive'],
    ['Durban, KwaZulu-NatalPermanentFull TimeR8,500 per month', 'Durban, KwaZulu-Natal Permanent Full Time\nR8,500 per month'],
    ['Time Base AnyFull\nTimePart TimeIntermittent', 'Time Base AnyFull\nTimePart Time\nIntermittent'],
    // A long label in lower case glued to the value before it, as Craigslist's attributes are scraped; not one after a space.
    ['compensation: $25/hremployment type: part-timejob title: Mover', 'compensation: $25/hr\nemployment type: part-time\njob title: Mover'],
    ['Key candidate requirements: experience: 2 years', 'Key candidate requirements: experience: 2 years'],
    // Two chips glued to each other stay one line, a space apart, and so does a run of them glued to the word before
    // (LinkedIn's top card scraped); a chip glued to a figure opens a line. A form's row of options glued together
    // stays as it is.
    ['Full TimeRemote Fabrikam Technologies', 'Full Time Remote Fabrikam Technologies'],
    ['· 45 applicantsOn-siteFull-timeAbout the jobFabrikam builds', '· 45 applicants On-site Full-time\nAbout the job\nFabrikam builds'],
    ['· 200 applicantsHybridFull-time501-1,000 employees', '· 200 applicants Hybrid Full-time\n501-1,000 employees'],
    ['SmartContract and GoRemote, PermanentFixtures', 'SmartContract and GoRemote, Permanent\nFixtures'],
    ['HoursAnyFull timePart time and Full timeRemoteContract', 'HoursAnyFull timePart time and Full timeRemoteContract'],
    ['Permanent Full-timeHybridUpdated 3 days ago', 'Permanent Full-time Hybrid\nUpdated 3 days ago'],
    // (Nor after a chip a converter's line wrap broke: "Full" / "timePart time".)
    ['Any job typeFull\ntimePart timeContract/TempCasual', 'Any job typeFull\ntimePart time Contract/TempCasual'],
    ['See totaljobs.com/PartTimePayrollClerk for more', 'See totaljobs.com/PartTimePayrollClerk for more'],
    // A section's heading glued to its first words, and to the sentence before it.
    ['Full-time | On-siteAbout UsFabrikam Marine provides repairs.', 'Full-time | On-site\nAbout Us\nFabrikam Marine provides repairs.'],
    ["both yards.What You'll DoRecord daily cash", "both yards.\nWhat You'll Do\nRecord daily cash"],
    ['SalaryLPA, PayPal and ResponsibilitiesCRM', 'SalaryLPA, PayPal and Responsibilities CRM'],
    ['RequirementsBachelor degree', 'Requirements\nBachelor degree'],
    // Not inside a link, nor a heading of one word in a menu's links run together.
    // (A long word's join gets its space, as before.)
    ['Posted as www.example.co.uk/JobSeeking/SeniorEducationRecruitmentConsultant_job', 'Posted as www.example.co.uk/JobSeeking/SeniorEducationRecruitment Consultant_job'],
    ['CultureLeadershipInnovationBenefitsFrequently Asked Questions', 'CultureLeadership InnovationBenefits Frequently Asked Questions'],
    ['HybridAbout FabrikamFabrikam Software builds lending platforms.', 'Hybrid\nAbout Fabrikam\nFabrikam Software builds lending platforms.'],
    ['$18 an hourPart-time, $20 per hourContract', '$18 an hour Part-time, $20 per hour Contract'],
    ['the dayShift, per diemShift', 'the dayShift, per diemShift'],
    ['$1,2345Weekly or $1234Weekly', '$1,2345Weekly or $1234Weekly'],
    // A label that names both terms, run into the job's.
    ['Full-Time/Part-TimeFull-Time', 'Full-Time/Part-Time\nFull-Time'],
    // Workday's details with their lower-case labels glued between the values: each label and value a line.
    ['Senior AnalystApplylocationsColumbia, SCtime typeFull timeposted onPosted 30+ Days Agojob requisition idJR-2025-0417Fabrikam Utilities delivers power.', 'Senior Analyst\nApply\nlocations\nColumbia, SC\ntime type\nFull time\nposted on\nPosted 30+ Days Ago\njob requisition id\nJR-2025-0417\nFabrikam Utilities delivers power.'],
    ['We have locations in Ohio.', 'We have locations in Ohio.'],
    // iCIMS's labels in title case without colons, glued between the values; the chip that ends them glued to a heading.
    ['Pharmacist - Part TimeJob LocationsUS-TX-LubbockID2025-4412CategoryPharmacyPosition TypeRegular Part-TimeOverviewGreenleaf Pharmacy is a chain.', 'Pharmacist - Part Time\nJob Locations\nUS-TX-Lubbock\nID\n2025-4412\nCategory\nPharmacy\nPosition Type\nRegular Part-Time\nOverview\nGreenleaf Pharmacy is a chain.'],
    ['Our IDs and Category pages', 'Our IDs and Category pages'],
    ['Supervisor - 1st ShiftJob Locations US-NH-ManchesterID 2025-2231Category OperationsType Full-TimeOverview', 'Supervisor - 1st Shift\nJob Locations\n US-NH-Manchester\nID\n 2025-2231\nCategory\n Operations\nType\n Full-Time\nOverview'],
    ['DEVOPS ENGINEER - INSIDE IR35\nDEVOPS ENGINEER - INSIDE IR35 Category', 'DEVOPS ENGINEER - INSIDE IR35\nDEVOPS ENGINEER - INSIDE IR35 Category'],
    // A state's code glued to the next cell's word.
    ['Denver, CORemote (United States)', 'Denver, CO Remote (United States)'],
    ['Austin, TXHybrid; SQLite, NASDAQ', 'Austin, TX Hybrid; SQLite, NASDAQ'],
    ['Portland, ME, USAFull-time', 'Portland, ME, USA Full-time'],
  ])('scraped %j', (input, expected) => {
    expect(splitScrapedJoins(identity(input)).text).toBe(expected);
  });

  it.each([
    ['Leeds, West YorkshireSalary ****K', 'Leeds, West Yorkshire Salary ****K'],
    ['up to ****Hours Monday to Friday', 'up to **** Hours Monday to Friday'],
    ['xxxxxxxxLocation **** abcLocations', 'xxxxxxxx Location **** abcLocations'],
    ['the hospital.The role pays ****, see e.g.This or U.K.The', 'the hospital. The role pays ****, see e.g.This or U.K.The'],
    ['no masks here: hospital.The roleSalary', 'no masks here: hospital.The roleSalary'],
  ])('feed %j', (input, expected) => {
    expect(splitFeedJoins(identity(input)).text).toBe(expected);
  });

  // The rules as patterns, each match followed by a space: what the joins must do on any text.
  const FEED = [/[a-z]{2}\.(?=[A-Z][a-z])/g, /(?:[a-z]{3}|\*{4})(?=(?:Location|Salary|Hours|Description|Requirements|Responsibilities|Benefits|Contract|Closing|Interview|Package|Duties)\b)/g];
  const LABELS = 'Salary|Pay|Pay Range|Pay Rate|Base Pay|Base Salary|Compensation|Wage|Rate|Location|Benefits|Job Type|Position Type|Employment Type|Schedule|Job Summary|Job Description|Responsibilities|Requirements|Qualifications|Education|Experience|Shift|Hours|Contract|Contract Type|Type of Contract|Contract Duration';
  const MODIFIERS = 'Key|Main|Required|Preferred|Minimum|Basic|Desired|Additional|Other|Relevant|Work|Hourly|Annual|Monthly|Estimated|Expected|Starting|Total|Years of|Level of|Highest|Primary|Your|Our|Job|Base|Salary|Shift';
  const CHIP_WORD = '(?:Full[ -]?[Tt]ime|Part[ -]?[Tt]ime|Permanent|Temporary|Contract|Casual|Fixed[ -][Tt]erm|Hybrid|Remote|On-?site|Internship|Seasonal)';
  const CHIP_LEFT = '(?<=^|[\\s·|•,;:()]|[a-z])';
  const [HOURS, WORKPLACE, KIND] = ['Full[ -]?[Tt]ime|Part[ -]?[Tt]ime', 'Hybrid|Remote|On-?site', 'Permanent|Temporary|Contract|Casual|Fixed[ -][Tt]erm|Internship|Seasonal'];
  const chipPair = (first: string, second: string) => `(?<!${CHIP_WORD})(?:${first})(?=(?:${second})(?![a-z])(?!${CHIP_WORD}(?![a-z])))`;
  const SCRAPED = [
    new RegExp(`(?:[a-z]{3}|[A-Z]{2,8})(?=(?:${LABELS}):)`, 'g'),
    // A label's modifier glued to the word before: "per yearWork Location:", "monthJob Type:".
    new RegExp(`(?<=[a-z]{3})(?=(?:${MODIFIERS}) (?:${LABELS}):)`, 'g'),
    /[£$€]\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?(?=[A-Z][a-z])|\d ?LPA(?=[A-Z][a-z])/g,
    /[a-z]{3}(?=\d{1,2}\+?[ ]?(?:years?|yrs)\b|40[13]\(?[kb]\)?)|[a-z]{7}(?<!on|upon|under|la|le|de|en|sur|am|an|im)(?=[A-Z](?:[A-Z]|[a-z]{2}))/g,
    /(?:\/|\b(?:an?|per) )(?:hour|hr|year|yr|annum|month|week|day)(?=[A-Z](?:[A-Z]|[a-z]{2}))/g,
    // Two chips of different kinds glued to each other, no third after them; and a run of chips glued to the word before it.
    new RegExp(`${CHIP_LEFT}(?:${chipPair(HOURS, `${WORKPLACE}|${KIND}`)}|${chipPair(WORKPLACE, `${HOURS}|${KIND}`)}|${chipPair(KIND, `${HOURS}|${WORKPLACE}`)})`, 'g'),
    new RegExp(`[a-z]{3}(?<!${CHIP_LEFT}${CHIP_WORD})(?=${CHIP_WORD}(?:${CHIP_WORD}(?![a-z])|\\d))`, 'g'),
  ];
  const LABEL_COLON = /(?:Salary|Pay|Compensation|Wage|Rate|Location|Benefits|Type|Schedule|Summary|Description|Responsibilities|Requirements|Qualifications|Education|Experience|Shift|Hours|Company|Title|Department|Skills|Contract):/g;
  // A chip of the terms glued to a capitalised word or a figure: a line break, where a space rule may also match.
  const CHIP = new RegExp(`${CHIP_LEFT}${CHIP_WORD}(?:(?=[A-Z][a-z])(?!${CHIP_WORD}(?![a-z]))|(?=\\d))`, 'g');
  // A chip glued to a figure before it, or between a capitalised word and a field: a line break before it too.
  const CHIP_FIELDS = [
    new RegExp(`(?<=\\d)(?=${CHIP_WORD}(?![a-z]))`, 'g'),
    new RegExp(`(?<=\\d${CHIP_WORD})(?=${CHIP_WORD})`, 'g'),
    new RegExp(`(?<=(?:^|[^A-Za-z])[A-Z][a-z]{3,40})(?<!${CHIP_WORD}|(?:Full|Part)\\s[Tt]ime)(?=${CHIP_WORD}(?!${CHIP_WORD})(?:[A-Z][a-z]|[A-Z]?\\d|[$£€]))`, 'g'),
  ];
  const ends = (text: string, patterns: RegExp[]) => new Set(patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m.index! + m[0].length)));
  const spaced = (text: string, patterns: RegExp[], breaking: RegExp[] = []) => {
    const breaks = ends(text, breaking);
    const cuts = [...new Set([...ends(text, patterns), ...breaks])].sort((a, b) => a - b);
    return cuts.reduceRight((s, at) => s.slice(0, at) + (breaks.has(at) ? '\n' : ' ') + s.slice(at), text);
  };

  const GLUED_HEADING = /(?:Salary|Pay|Rate|Location|Hours|Duties|Contract|Type)(?=[A-Z][a-z])/;
  const ROW_RUN_IN = /^(?:Salary|Pay Rate|Base Pay|Location|Job Type|Contract)(?=[A-Z0-9$£€][a-z0-9,.:-])/;

  it.each([
    ['Employment TypeFull Time', 'Employment Type\nFull Time'],
    ['Location TypeOn-site', 'Location Type\nOn-site'],
    ['Compensation$29.00 - $36.00 USD Hourly', 'Compensation\n$29.00 - $36.00 USD Hourly'],
    ['PayPal is a payments company.', 'PayPal is a payments company.'],
    // A board's criteria box flattened into the text: its labels anywhere on the line.
    ['We are hiring. Seniority levelMid-Senior level Employment typeFull-time', 'We are hiring. Seniority level\nMid-Senior level Employment type\nFull-time'],
  ])('a value a row\'s label at the line\'s start runs into goes under it: %j', (text, expected) => {
    expect(splitScrapedJoins(identity(text)).text).toBe(expected);
  });

  it('put a space (a line break after a chip) after each match of the rules, on any text', () => {
    const pieces = fc.constantFrom('a', 'bc', 'xyz', 'A', 'QR', 'ASAP', 'The', '.', ':', ' ', '*', '****', '$', '£', '1', '123', ',000', '.5', '_', '9', 'Salary', 'Pay', 'Pay Rate', 'Base Pay', 'Rate', 'Location', 'Hours', 'Job Type', 'Duties', 'Contract', '/year', 'an hour', ' per day', 'Full', 'LPA', 'Permanent', 'Full-time', 'On-site');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        // Two labels or more on a line also open lines (the examples above), and so does a value a row's label at the
        // line's start runs into (below): here, the spaces alone.
        // (A section's heading glued to a capitalised word opens lines too: the examples above.)
        if ((text.match(LABEL_COLON) ?? []).length < 2 && !ROW_RUN_IN.test(text) && !GLUED_HEADING.test(text)) expect(splitScrapedJoins(identity(text)).text).toBe(spaced(text, SCRAPED, [CHIP, ...CHIP_FIELDS]));
        expect(splitFeedJoins(identity(text)).text).toBe(/\*{3}/.test(text) ? spaced(text, FEED) : text);
      }),
      { numRuns: 2000 },
    );
  });
});
