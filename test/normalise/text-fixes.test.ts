import { identity, toSource } from '../../src/normalise/mapped-text';
import { fixCharacters } from '../../src/normalise/text-fixes';

const fix = (s: string) => fixCharacters(identity(s));

describe('fixCharacters', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(fix('the UKâ€™s largest â€“ Â£25k').text).toBe("the UK's largest - £25k");
  });

  it('straightens curly quotes and dashes, and plain-spaces exotic spaces', () => {
    expect(fix('“Sales” – ‘care’\u00a0team — 20–30K').text).toBe('"Sales" - \'care\' team - 20-30K');
  });

  it('drops invisible characters and folds compatibility forms', () => {
    expect(fix('co\u00adordinator\u200b ﬁnance ２０').text).toBe('coordinator finance 20');
  });

  it('reads Arabic-Indic and Persian digits and separators as ASCII, one for one', () => {
    expect(fix('الراتب: ٨٥٠ دينار، ٢٥٬٠٠٠٫٥ و ۱۲').text).toBe('الراتب: 850 دينار، 25,000.5 و 12');
  });

  it("reads the Symbol and Wingdings fonts' bullets that PDF and Word text keeps as private-use characters", () => {
    expect(fixCharacters(identity('\uf0b7 Excel\n\uf0a7 Word')).text).toBe('\u2022 Excel\n\u25aa Word');
  });

  it('turns CRLF into LF and tabs into spaces', () => {
    expect(fix('a\r\nb\tc\rd').text).toBe('a\nb c\nd');
  });

  it('keeps masked numbers as the feed wrote them', () => {
    expect(fix('salary ****K and **** to ****').text).toBe('salary ****K and **** to ****');
  });

  it("reads HTML's character references in text that kept them (a scraped CSV's, an API's plain text)", () => {
    expect(fix('Sales &amp; Marketing Manager').text).toBe('Sales & Marketing Manager');
    expect(fix('£35,000&nbsp;-&nbsp;£40,000').text).toBe('£35,000 - £40,000');
    expect(fix('We&#39;re hiring, you&rsquo;ll lead &#x2013; &quot;now&quot; &#8230;').text).toBe('We\'re hiring, you\'ll lead - "now" ...');
    expect(fix('Caf&eacute; Manager, 10&ndash;12 hours').text).toBe('Café Manager, 10-12 hours');
  });

  it('leaves what is no reference as it is', () => {
    for (const text of ['AT&T and R&D', 'Smith &co; Sons', '&#0; &#xD800; &#99999999;', 'salt & pepper', '&amp']) expect(fix(text).text).toBe(text);
  });

  it("maps a reference's character to the whole reference", () => {
    const src = 'Sales &amp; Marketing';
    const m = fix(src);
    const at = m.text.indexOf('&');
    expect(src.slice(...toSource(m, at, at + 1))).toBe('&amp;');
  });

  it('maps every character back to the source', () => {
    const src = 'UKâ€™s £25k';
    const m = fix(src);
    const at = m.text.indexOf('£25k');
    const [s, e] = toSource(m, at, at + 4);
    expect(src.slice(s, e)).toBe('£25k');
    const apo = m.text.indexOf("'");
    expect(src.slice(...toSource(m, apo, apo + 1))).toBe('â€™');
  });
});
