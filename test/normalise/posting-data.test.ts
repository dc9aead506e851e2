import fc from 'fast-check';
import { extract } from '../../src';

/** A page as a scraper's fetch() returns it from a single-page app: an empty root and the app's state. */
const appShell = (state: string, body = '<div id="root"></div>') =>
  `<!DOCTYPE html><html><head><title>Careers</title><script src="/static/app.js" defer></script></head><body>${body}${state}</body></html>`;

const DESCRIPTION_HTML =
  '<h2>About the role</h2><p>Tailspin Toys is hiring a Data Engineer to design and run the pipelines behind our stores.</p>' +
  '<h2>Requirements</h2><ul><li>4+ years of experience in data engineering</li><li>Strong SQL and Python</li>' +
  "<li>Bachelor's degree in Computer Science</li></ul><h2>Benefits</h2><ul><li>401(k) matching</li><li>Dental insurance</li></ul>";

const spanText = (input: string, span: { start: number; end: number }) => input.slice(span.start, span.end);

describe('a page whose posting is in its data, not its markup', () => {
  it("reads a Next.js page's state: title, employer, place, pay and text, every span in the page", () => {
    const job = { id: 7, title: 'Data Engineer', company: { name: 'Tailspin Toys' }, location: { city: 'Denver' }, compensation: '$110,000 - $135,000 per year', employmentType: 'Full-time', descriptionHtml: DESCRIPTION_HTML };
    const page = appShell(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { job } }, page: '/jobs/[id]' })}</script>`);
    const r = extract(page);
    expect(r.warnings.map((w) => w.code)).toContain('html/posting-from-data');
    expect(r.title?.text).toBe('Data Engineer');
    expect(r.company?.name).toBe('Tailspin Toys');
    expect(r.location?.name).toBe('Denver');
    expect(r.salary?.annual).toMatchObject({ min: 110000, max: 135000 });
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.experience[0]?.text).toBe('4+ years');
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(r.benefits.length).toBeGreaterThan(0);
    for (const span of [r.title!, r.company!, r.location!, r.experience[0]]) expect(spanText(page, span)).toBe(span.text);
  });

  it("reads the pay an app's state gives as numbers, as an API's JSON does, only where the text states none", () => {
    const job = { title: 'Data Engineer', company: { name: 'Tailspin Toys' }, compensation: { min: 120000, max: 150000, currency: 'USD', interval: 'year' }, descriptionHtml: DESCRIPTION_HTML };
    const similar = { title: 'Cashier', compensation: { min: 20000, max: 25000, currency: 'USD' } };
    const page = appShell(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { job, similar: [similar] } } })}</script>`);
    expect(extract(page).salary).toMatchObject({ min: 120000, max: 150000, currency: 'USD', period: 'year', reason: 'salary/page-data', text: '' });
    const stated = { ...job, descriptionHtml: `${DESCRIPTION_HTML}<p>Pay: $125,000 - $140,000 a year.</p>` };
    expect(extract(appShell(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { job: stated } } })}</script>`)).salary).toMatchObject({ min: 125000, max: 140000 });
  });

  it('reads escaped characters and escaped HTML in JSON, each span covering its escape in the page', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Payroll Specialist',
      hiringOrganization: { '@type': 'Organization', name: 'Northwind Traders' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Columbus', addressRegion: 'OH', addressCountry: 'US' } },
      description: '&lt;p&gt;Northwind Traders runs payroll for 2,000 people in our café chain.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;3+ years of payroll experience&lt;/li&gt;&lt;li&gt;Advanced Excel and ADP&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Pay range: $58,000 - $70,000 per year.&lt;/p&gt;',
    };
    // Browsers' JSON-LD often escapes "<" and "/" as \u003c and \/.
    const script = JSON.stringify(ld).replace(/\//g, '\\/').replace(/é/g, '\\u00e9');
    const page = appShell(`<script type="application/ld+json">${script}</script>`);
    const r = extract(page);
    expect(r.title?.text).toBe('Payroll Specialist');
    expect(r.location?.name).toBe('Columbus');
    expect(r.experience[0]?.text).toBe('3+ years');
    expect(spanText(page, r.experience[0])).toBe('3+ years');
    expect(r.salary?.annual).toMatchObject({ min: 58000, max: 70000 });
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Microsoft Excel']));
    expect(r.text).toContain('our café chain');
    expect(r.warnings.find((w) => w.code === 'html/posting-from-data')?.message).toMatch(/JSON-LD/);
  });

  it("reads state a script assigns (window.__appData = {...}), once though it holds the text as HTML and as plain text", () => {
    const plain = DESCRIPTION_HTML.replace(/<[^>]+>/g, '\n');
    const state = { organization: { name: 'Fabrikam' }, posting: { title: 'Data Engineer', locationName: 'Boise, ID', descriptionPlain: plain, descriptionHtml: DESCRIPTION_HTML } };
    const r = extract(appShell(`<script>window.__appData = ${JSON.stringify(state)};</script>`));
    expect(r.title?.text).toBe('Data Engineer');
    expect(r.company?.name).toBe('Fabrikam');
    expect(r.location?.name).toBe('Boise');
    expect(r.experience.map((e) => e.text)).toEqual(['4+ years']);
  });

  it('finds the title beside the text, not in the same object, and state given to JSON.parse as a string', () => {
    const state = { jobInfo: { header: { jobTitle: 'Data Engineer', companyName: 'Wingtip Partners' }, description: { content: DESCRIPTION_HTML } } };
    const r = extract(appShell(`<script>window._initialData = JSON.parse(${JSON.stringify(JSON.stringify(state))});</script>`));
    expect(r.title?.text).toBe('Data Engineer');
    expect(r.company?.name).toBe('Wingtip Partners');
    expect(r.experience[0]?.text).toBe('4+ years');
  });

  it("reads a posting kept in pieces: the job's name as its text, each list apart, escaped HTML in JSON", () => {
    const posting = {
      text: 'Warehouse Lead',
      categories: { commitment: 'Full-time', location: 'Burlington, VT' },
      content: {
        description: '<div>Wingtip Toys makes wooden toys. We are hiring a Warehouse Lead to run our shipping floor.</div>',
        lists: [{ text: 'What you bring', content: '&lt;li&gt;2+ years of warehouse experience&lt;/li&gt;&lt;li&gt;Forklift certification&lt;/li&gt;' }],
        closing: '<div>Pay: $22 - $26 per hour.</div>',
      },
    };
    const r = extract(appShell(`<script>window.__PRELOADED_STATE__ = ${JSON.stringify({ posting })}</script>`));
    expect(r.title?.text).toBe('Warehouse Lead');
    expect(r.location?.name).toBe('Burlington');
    expect(r.employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(r.experience[0]?.text).toBe('2+ years');
    expect(r.salary?.min).toBe(22);
  });

  it("reads a rich-text tree's paragraphs and list items, a paragraph's pieces joined", () => {
    const paragraph = (...values: string[]) => ({ nodeType: 'paragraph', content: values.map((value) => ({ nodeType: 'text', value })) });
    const body = {
      nodeType: 'document',
      content: [
        paragraph('Proseware builds billing software for clinics. Our data team of six turns what clinics bill, chase and collect into the numbers they plan by, and it is growing: you would own the models behind our revenue reports.'),
        { nodeType: 'unordered-list', content: [paragraph('You have ', '3+ years', ' of experience with dbt'), paragraph('You write clear SQL')] },
      ],
    };
    const r = extract(appShell(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { position: { title: 'Analytics Engineer', description: body } } })}</script>`));
    expect(r.title?.text).toBe('Analytics Engineer');
    expect(r.text).toContain('You have 3+ years of experience with dbt\nYou write clear SQL');
    expect(r.experience[0]?.text).toBe('3+ years');
  });

  it('leaves a page whose markup shows the posting to its markup: nothing is read twice', () => {
    const job = { title: 'Data Engineer', descriptionHtml: DESCRIPTION_HTML };
    const page = appShell(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { job } })}</script>`, `<main><h1>Data Engineer</h1>${DESCRIPTION_HTML}</main>`);
    const r = extract(page);
    expect(r.warnings.map((w) => w.code)).not.toContain('html/posting-from-data');
    expect(r.experience.map((e) => e.text)).toEqual(['4+ years']);
  });

  it('says so when a page is drawn by script and its data holds no posting', () => {
    const r = extract(appShell('<script>window.__CONFIG__ = {"apiBase": "/api", "locale": "en-US"};</script>'));
    expect(r.warnings.map((w) => w.code)).toContain('html/no-posting-text');
    expect(r.title).toBeNull();
  });

  it("names the frame a careers page shows its posting in, as the page to fetch", () => {
    const r = extract('<!DOCTYPE html><html><head><title>Careers at Contoso</title></head><body><h1>Careers</h1><iframe src="https://jobs.example.com/contoso/4021?in_iframe=1"></iframe></body></html>');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'html/no-posting-text', message: expect.stringContaining('https://jobs.example.com/contoso/4021?in_iframe=1') })]);
  });

  it('takes no title from data that holds no text: a list of jobs is not a posting', () => {
    const jobs = { jobs: [{ title: 'Cashier', id: 1 }, { title: 'Stocker', id: 2 }] };
    const r = extract(appShell(`<script type="application/json">${JSON.stringify(jobs)}</script>`));
    expect(r.title).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('html/no-posting-text');
  });
});

describe('page data of any shape', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('<p>5+ years of SQL</p>', '\\u003cli\\u003eExcel\\u003c/li\\u003e', '\\"', '\\', '\\u00', "'", '{', '}', '[', ']', ':', ','),
  );
  const script = fc
    .tuple(fc.constantFrom('window.s = {"', 'x=JSON.parse("', '{"', 'a = {"job": {"title": "'), fc.array(value, { maxLength: 40 }))
    .map(([opening, parts]) => opening + parts.join(''));
  it('never throws, and every span lies in the page', () => {
    fc.assert(
      fc.property(script, fc.boolean(), (body, json) => {
        const page = appShell(json ? `<script type="application/json">${body}</script>` : `<script>${body}</script>`);
        const r = extract(page);
        expect(r.warnings.filter((w) => w.code.startsWith('result/') || w.code.endsWith('/failed'))).toEqual([]);
        for (const e of r.entities) {
          expect(0 <= e.start && e.start <= e.end && e.end <= page.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a job whose strings hold any escapes, broken ones too, every span in the page', () => {
    const raw = fc.array(fc.oneof(fc.constantFrom('\\n', '\\u003cb\\u003e', '\\u00', '\\x3c', '\\/', '\\"', '&lt;li&gt;', ' SQL ', ' 3 years '), fc.string({ maxLength: 8 }).map((t) => t.replace(/["\\]/g, ''))), { maxLength: 30 });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).map((t) => t.replace(/["\\<]/g, '')), raw, (title, text) => {
        const body = `window.s = {"job": {"title": "Chef ${title}", "description": "<p>${'Tailspin Toys is hiring. '.repeat(3)}${text.join('')}</p>"}};`;
        const page = appShell(`<script>${body}</script>`);
        const r = extract(page);
        expect(r.warnings.map((w) => w.code)).toContain('html/posting-from-data');
        expect(r.warnings.filter((w) => w.code.startsWith('result/') || w.code.endsWith('/failed'))).toEqual([]);
        for (const e of r.entities) expect(0 <= e.start && e.start <= e.end && e.end <= page.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
