import { createExtractor } from '../../src';

const jobsift = createExtractor();

describe("the place on a posting's opening lines is where the job is", () => {
  it.each([
    [
      'a scraped header, run together',
      'Payroll CoordinatorHarborview Logistics LLCSavannah, GA 31401Full-time | On-siteAbout UsHarborview Logistics moves freight for importers across the Southeast, with a small sales office in Atlanta.',
      'Savannah',
    ],
    [
      'the employer at its legal form, the place glued to it',
      'Warehouse Lead Hand - Night ShiftRiverside Crossdock Inc.Brampton, ON Full-time · PermanentAbout UsRiverside Crossdock handles freight for retailers. Our sales team is based in Toronto.',
      'Brampton',
    ],
    [
      'a chip among the details, run together',
      'Senior Data EngineerKestrel Analytics Pvt. Ltd.Experience: 5 - 9 Years | ₹28 - 35 LPA | Pune, Maharashtra (Hybrid)About usWe are a team of 200, with our sales office in Mumbai and a data team in Hyderabad.',
      'Pune',
    ],
    [
      'a chip among the details, on its line',
      'Senior Data Engineer\nKestrel Analytics Pvt. Ltd.\n5 - 9 Years | ₹28 - 35 LPA | Pune, Maharashtra\nAbout us\nWe are a team of 200, with our sales office in Mumbai.',
      'Pune',
    ],
  ])('%s', (_name, text, city) => {
    expect(jobsift.extract(text).location?.city).toBe(city);
  });

  it('reads the opening of the text after the fields the caller gave', () => {
    const r = jobsift.extract({
      title: 'Procurement Specialist',
      company: 'Prairie Wind Power',
      text: 'Fort Wayne, IN · Hybrid · Full-time\n\nAbout us\nWe build wind farms across the Midwest, with a small field office based in Indianapolis.',
    });
    expect(r.location?.city).toBe('Fort Wayne');
  });

  it('a sentence that says where this role is based still wins', () => {
    const r = jobsift.extract('Payroll Coordinator Harborview Logistics Savannah, GA Full-time About us We run two terminals on the coast. This position is based in Brunswick, GA, at our port office.');
    expect(r.location?.city).toBe('Brunswick');
  });

  it('a place whose name goes on into a longer name is no place line', () => {
    const r = jobsift.extract('Santa Clara Valley Water Partners is hiring a Water Quality Technician based in Morgan Hill, CA.');
    expect(r.location?.city).toBe('Morgan Hill');
  });
});

describe('a scraped header whose place is glued to the next chip', () => {
  it('splits the title, the employer at its legal form in capitals, and the place', () => {
    const r = jobsift.extract('Staff AccountantBayline Marine Services, LLCMobile, AL 36602Full-time | On-siteAbout UsBayline Marine Services repairs vessels.');
    expect(r.title?.text).toBe('Staff Accountant');
    expect(r.company?.name).toBe('Bayline Marine Services, LLC');
    expect(r.location?.city).toBe('Mobile');
  });

  it("reads a chip glued to the province's code", () => {
    const r = jobsift.extract('Co-op Student, Data (Winter Term)Maplecrest Software Inc.Kitchener, ONCo-op · Full-time · HybridAbout usMaplecrest Software builds lending platforms.');
    expect(r.title?.text).toBe('Co-op Student, Data (Winter Term)');
    expect(r.company?.name).toBe('Maplecrest Software Inc.');
    expect(r.location?.city).toBe('Kitchener');
  });
});

describe("a post's hiring sentence names its job's place after the job", () => {
  it('"HIRING!! Part-time Bookkeeper at <employer> in <town>" is in that town, not the city the post names as context', () => {
    const r = jobsift.extract("HIRING!! Part-time Bookkeeper at Cedar Flats Feed & Supply in Granbury\n\nWe're a family-owned feed store about an hour southwest of Fort Worth. We need someone three days a week for invoices and payroll.\nPay: $21/hr");
    expect([r.title?.text, r.location?.city]).toEqual(['Bookkeeper', 'Granbury']);
  });
});
