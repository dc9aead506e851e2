import { extract } from '../../src';
import { isEscapedHtml, unescapeHtml } from '../../src/normalise/escaped-html';

// A posting body as a job board's API returns it: the HTML escaped inside a JSON string.
const BODY = [
  '&lt;p&gt;&lt;strong&gt;About Northwind&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Northwind makes scheduling software for clinics.&lt;/p&gt;',
  '&lt;h3&gt;What you&#39;ll need&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;4+ years of experience with PostgreSQL&lt;/li&gt;&lt;li&gt;Experience with Kafka&lt;/li&gt;&lt;/ul&gt;',
  '&lt;div class=&quot;pay&quot;&gt;&lt;span&gt;$150,000&lt;/span&gt;&lt;span&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$180,000 CAD&lt;/span&gt;&lt;/div&gt;',
].join('');

describe('HTML passed escaped', () => {
  test('is told from text and from markup', () => {
    expect(isEscapedHtml(BODY)).toBe(true);
    expect(isEscapedHtml('Use the &lt;div&gt; element for layout.')).toBe(false);
    expect(isEscapedHtml('<p>Use the &lt;p&gt; and &lt;li&gt; elements.</p>')).toBe(false);
  });

  test('unescapes the markup once, each character mapped to where it starts', () => {
    const source = 'a&lt;b&gt;&amp;mdash;';
    const { text, at } = unescapeHtml(source);
    expect(text).toBe('a<b>&mdash;');
    expect([...at]).toEqual([0, 1, 5, 6, 10, 15, 16, 17, 18, 19, 20, source.length]);
  });

  test('is read as the page it is, with spans into the escaped input', () => {
    const r = extract(BODY);
    expect(r.inputKind).toBe('html');
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['PostgreSQL', 'Apache Kafka']));
    for (const s of r.skills) for (const m of s.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
    expect(r.experience[0]).toMatchObject({ minYears: 4 });
    expect(r.salary).toMatchObject({ min: 150000, max: 180000, currency: 'CAD' });
    expect(r.sections.map((s) => s.kind)).toContain('requirements');
  });
});

test('a currency code inside the pay is no skill', () => {
  const r = extract('Experience with CAD tools.\nBase salary: $150,000 - $180,000 CAD');
  expect(r.skills.find((s) => s.name === 'Computer-aided design')?.mentions.map((m) => m.start)).toEqual([16]);
});

describe('HTML in the text property', () => {
  const html = '<h3>Requirements</h3><ul><li>5+ years of Python</li><li>SQL</li></ul><p>Salary: $120,000</p>';
  test.each([
    ['as markup', html],
    ['escaped', html.replace(/</g, '&lt;').replace(/>/g, '&gt;')],
  ])('%s is read as HTML, with a warning that says so', (_how, text) => {
    const r = extract({ title: 'Data Engineer', text });
    expect(r.warnings.map((w) => w.code)).toEqual(['input/html-in-text']);
    expect(r.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
    expect(r.experience[0].subject?.text).toBe('Python');
    for (const s of r.skills) for (const m of s.mentions) expect([m.field, text.slice(m.start, m.end)]).toEqual(['text', m.text]);
  });
  test('plain text in it gives no warning', () => expect(extract({ text: 'Requirements: Python and SQL.' }).warnings).toEqual([]));
});

describe("an XML feed's CDATA sections", () => {
  const xml = '<job><title><![CDATA[Registered Nurse]]></title><city>Denver</city><state>CO</state><description><![CDATA[<p>ICU nursing. A BSN is required.</p>]]></description></job>';

  test('are read as their text, the description as the HTML it holds, spans into the caller\'s characters', () => {
    const r = extract(xml);
    expect(r.title?.text).toBe('Registered Nurse');
    expect(xml.slice(r.title!.start, r.title!.end)).toBe('Registered Nurse');
    const [bsn] = r.education;
    expect(xml.slice(bsn.start, bsn.end)).toBe('BSN');
    expect(r.location?.name).toBe('Denver');
  });

  test('escaped too', () => {
    const escaped = '&lt;job&gt;&lt;title&gt;&lt;![CDATA[Nurse &amp; Midwife]]&gt;&lt;/title&gt;&lt;description&gt;&lt;![CDATA[&lt;p&gt;A BSN is required.&lt;/p&gt;]]&gt;&lt;/description&gt;&lt;/job&gt;';
    const r = extract(escaped);
    expect(escaped.slice(r.title!.start, r.title!.end)).toBe('Nurse &amp; Midwife');
    expect(r.education.map((e) => escaped.slice(e.start, e.end))).toEqual(['BSN']);
  });
});
