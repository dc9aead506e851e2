import { normalise } from '../../src/normalise';
import { toSource } from '../../src/normalise/mapped-text';

describe('HTML input', () => {
  const html = [
    '<h2>Care Assistant</h2>',
    '<div><p>Join Smith &amp; Co&nbsp;today.<br>We pay well.</p>',
    '<ul><li>NVQ Level 2</li><li>Driving <b>licence</b></li></ul>',
    '<script>var x = "<p>not text</p>";</script><style>p{}</style><!-- hidden -->',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Care Assistant","hiringOrganization":{"@type":"Organization","name":"Smith & Co"},"employmentType":["FULL_TIME"]}</script>',
    '</div>',
  ].join('\n');
  const n = normalise(html);

  it('detects HTML and turns blocks, <br> and <li> into structure', () => {
    expect(n.inputKind).toBe('html');
    expect(n.mapped.text).toBe('Care Assistant\nJoin Smith & Co today.\nWe pay well.\nNVQ Level 2\nDriving licence');
    expect(n.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'list_item', 'list_item']);
    expect(n.header.title?.text).toBe('Care Assistant');
  });

  it('maps decoded entities and inline tags back into the HTML source', () => {
    const at = n.mapped.text.indexOf('Smith & Co');
    const [s, e] = toSource(n.mapped, at, at + 'Smith & Co'.length);
    expect(html.slice(s, e)).toBe('Smith &amp; Co');
    const lic = n.mapped.text.indexOf('licence');
    expect(html.slice(...toSource(n.mapped, lic, lic + 7))).toBe('licence');
  });

  it('reads a schema.org JobPosting from JSON-LD', () => {
    expect(n.jsonLd?.title).toBe('Care Assistant');
    expect(n.jsonLd?.hiringOrganization).toBe('Smith & Co');
    expect(n.jsonLd?.employmentType).toEqual(['FULL_TIME']);
  });

  it('warns about broken JSON-LD instead of failing', () => {
    const bad = normalise('<p>Hello</p><script type="application/ld+json">{oops</script>');
    expect(bad.warnings.map((w) => w.code)).toEqual(['html/invalid-json-ld']);
    expect(bad.mapped.text).toBe('Hello');
  });
});

describe('HTML edge cases', () => {
  it('reads JSON-LD from the <head>', () => {
    const page = '<html><head><title>x</title><script type="application/ld+json">{"@type":"JobPosting","title":"Welder"}</script></head><body><p>Welder wanted</p></body></html>';
    expect(normalise(page).jsonLd?.title).toBe('Welder');
  });

  it.each([
    ['a legacy reference without a semicolon', '<p>Pay &pound25,000 and Excel</p>'],
    ['a reference that decodes to two characters', '<p>&fjlig;ord and Excel</p>'],
    ['numeric references', '<p>&#163;25k &#x2013; Excel</p>'],
  ])('keeps later offsets exact after %s', (_, html) => {
    const n = normalise(html);
    const at = n.mapped.text.indexOf('Excel');
    expect(html.slice(...toSource(n.mapped, at, at + 5))).toBe('Excel');
  });
});

describe('inline elements side by side', () => {
  it('are the items of a details bar on lines of their own', () => {
    const n = normalise('<div><span>Austin, Texas, United States</span><span>Hybrid</span><span>Full time</span></div>');
    expect(n.mapped.text).toBe('Austin, Texas, United States\nHybrid\nFull time');
  });

  it.each([
    ['a word split by markup', '<p><b>Sen</b><i>ior</i> Welder</p>', 'Senior Welder'],
    ['elements apart by a space', '<p><a>Acme</a> <span>Corp</span></p>', 'Acme Corp'],
    ['punctuation before the second', '<p><b>Pay:</b><span>£30,000</span></p>', 'Pay:£30,000'],
  ])('stay on one line: %s', (_, html, text) => {
    expect(normalise(html).mapped.text).toBe(text);
  });
});

describe('values read only from JSON-LD', () => {
  it('keep an empty span at 0 and empty text', () => {
    const { extract } = require('../../src') as typeof import('../../src');
    const page =
      '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Welder","baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue","minValue":25000,"maxValue":28000,"unitText":"YEAR"}},"jobLocation":{"@type":"Place","address":{"addressLocality":"Leeds","addressCountry":"GB"}}}</script></head><body><p>We need a welder.</p></body></html>';
    const r = extract(page);
    expect(r.salary).toMatchObject({ min: 25000, max: 28000, currency: 'GBP', start: 0, end: 0, text: '' });
    expect(r.location).toMatchObject({ name: 'Leeds', start: 0, end: 0, text: '' });
  });

  it('give a town the gazetteer does not list as the address states it', () => {
    const { extract } = require('../../src') as typeof import('../../src');
    const ld = (address: object) =>
      `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Clerk","jobLocation":{"@type":"Place","address":${JSON.stringify(address)}}}</script></head><body><p>We need a clerk.</p></body></html>`;
    expect(extract(ld({ addressLocality: 'Nugegoda', addressRegion: 'Western', addressCountry: 'LK' })).location).toMatchObject({
      name: 'Nugegoda', city: 'Nugegoda', region: 'Western', country: 'LK', lat: null, start: 0, end: 0, reason: 'location/json-ld',
    });
    expect(extract(ld({ addressLocality: 'Horgen', addressCountry: 'Switzerland' })).location).toMatchObject({ city: 'Horgen', country: 'CH' });
    expect(extract(ld({ addressLocality: 'Remote', addressCountry: 'US' })).location).toMatchObject({ name: 'United States', city: null });
  });
});
