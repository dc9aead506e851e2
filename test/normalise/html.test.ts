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
