import { extract } from '../../src';

/** Each entity as `label:text`, with what its offsets slice from the input. */
function sliced(html: string): string[] {
  return extract(html).entities.map((e) => `${e.label}:${html.slice(e.start, e.end)}`);
}

describe('messy HTML keeps every offset true', () => {
  it('a stray end tag inside a text node', () => {
    expect(sliced('<p>a</b> London</p>')).toEqual(['location:London']);
    expect(sliced('<p>We need SQL</b> and COBOL skills and Java.</p>')).toEqual(['skill:SQL', 'skill:COBOL', 'skill:Java']);
  });

  it('a lone carriage return, CRLF and a NUL', () => {
    expect(sliced('<p>x\ry London</p>')).toEqual(['location:London']);
    expect(sliced('<p>x\r\ny London</p>')).toEqual(['location:London']);
    expect(sliced('<p>x\0y London</p>')).toEqual(['location:London']);
    expect(sliced('<p>x</p>\r<p><br />\rExperienced Java developer with SQL</p>')).toEqual([
      'skill:Java',
      'occupation:Java developer',
      'skill:SQL',
    ]);
  });

  it('a byte-order mark and text after </head>', () => {
    expect(sliced('\uFEFF<p>We need SQL in London</p>')).toEqual(['skill:SQL', 'location:London']);
    expect(sliced('<html><head><title>t</title></head> Leeds <body><p>Java</p></body></html>')).toEqual([
      'location:Leeds',
      'skill:Java',
    ]);
  });

  it('text the parser moves out of source order never gives a span that ends before it starts', () => {
    const r = extract('<table><td>></td>*');
    for (const s of r.sections) expect(s.start).toBeLessThanOrEqual(s.end);
  });
});

describe('HTML that cannot throw', () => {
  it('reads a numeric reference beyond U+10FFFF as U+FFFD, with a warning', () => {
    for (const html of ['<p>&#' + '9'.repeat(309) + '; Leeds</p>', '<p>&#x' + 'f'.repeat(257) + '; Leeds</p>', '<p>&#99999999; Leeds</p>']) {
      const r = extract(html);
      expect(r.text).toBe('\uFFFD Leeds');
      expect(r.warnings.map((w) => w.code)).toContain('html/invalid-character-reference');
      expect(r.entities.map((e) => html.slice(e.start, e.end))).toEqual(['Leeds']);
    }
  });

  it('flattens thousands of nested elements without recursion, and caps the depth with a warning', () => {
    for (const html of ['<b>'.repeat(7000) + 'Leeds', '<div>'.repeat(7000) + 'Leeds', '<ul><li>'.repeat(4000) + 'Leeds']) {
      const r = extract(html);
      expect(r.location?.name).toBe('Leeds');
      expect(html.slice(r.location!.start, r.location!.end)).toBe('Leeds');
      expect(r.warnings.map((w) => w.code)).toContain('html/too-deep');
    }
  });

  it('a page of ordinary depth gets no depth warning', () => {
    const html = '<div>'.repeat(50) + '<p>Java in Leeds</p>' + '</div>'.repeat(50);
    expect(extract(html).warnings).toEqual([]);
  });
});

describe("a page's text with its scripts (a DOM's textContent, cheerio's .text())", () => {
  test('is read, with a warning that says what to pass instead', () => {
    const text = [
      'Skip to content!function(){try{var d=document.documentElement;var e=localStorage.getItem("theme");d.classList.add(e)}catch(e){}}()',
      'Careers',
      'Data Analyst',
      'Leeds',
      'window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)}',
      'Contoso is hiring a data analyst to build its reporting in SQL.',
    ].join('\n');
    const r = extract(text);
    expect(r.warnings.map((w) => w.code)).toContain('input/page-scripts');
    expect(r.skills.map((s) => s.name)).toContain('SQL');
  });
  test.each([
    'Senior Frontend Engineer\nYou know how document.querySelector and addEventListener work, and when to use neither.',
    'Web Designer\nWrite CSS media queries (@media) for every screen size.',
  ])('a posting that mentions code is no page source: %j', (text) => expect(extract(text).warnings.map((w) => w.code)).not.toContain('input/page-scripts'));
});
