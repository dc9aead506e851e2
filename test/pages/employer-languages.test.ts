import { extract } from '../../src';

const page = (body: string, title = 'Stellenportal') => `<html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('the employer on pages in other languages', () => {
  it('the rest of the title line after a slash, when it names a public body', () => {
    const html = page('<h2><span id="lblJobTitle">محاسب أول</span><span> / وزارة المالية</span></h2><p>الراتب : 700</p><p>تفاصيل الوظيفة الشاغرة وشروط التقديم.</p>');
    const r = extract(html);
    expect(r.title?.text).toBe('محاسب أول');
    expect(r.company).toMatchObject({ name: 'وزارة المالية', reason: 'company/title-line-rest' });
    expect(html.slice(r.company!.start, r.company!.end)).toBe('وزارة المالية');
  });

  it('a line near the title that opens with a public body\'s word', () => {
    const r = extract(page('<h1>Sachbearbeiter Bauamt (m/w/d)</h1><p>Stadt Musterhausen</p><p>Wir suchen zum nächsten Termin eine engagierte Person.</p>'));
    expect(r.company?.name).toBe('Stadt Musterhausen');
  });

  it('a registered name with a Spanish or Polish legal form', () => {
    expect(extract(page('<h1>Contable</h1><p>Ejemplo Ibérica SL</p><p>Buscamos una persona para el equipo.</p>')).company?.name).toBe('Ejemplo Ibérica SL');
    expect(extract(page('<h1>Księgowa</h1><p>Przykład Sp. z o.o.</p><p>Szukamy osoby do zespołu.</p>')).company?.name).toBe('Przykład Sp. z o.o.');
  });

  it('a place after the title is no employer', () => {
    const r = extract(page('<h2><span class="job-title">Software Engineer</span> - London</h2><p>We build tools.</p>'));
    expect(r.company).toBeNull();
  });

  it('a details line with a colon is no employer', () => {
    const r = extract(page('<h1>Data Analyst</h1><p>Department: Finance and Operations</p><p>We build tools.</p>'));
    expect(r.company).toBeNull();
  });

  it('a page title "job bei employer" names the employer; the site\'s "Stellenangebote" heading is no title', () => {
    const html =
      '<html><head><title>Buchhalter (m/w/d) bei Kontor Treuhand GmbH | Jobportal</title></head><body><h1>Stellenangebote</h1>' +
      '<h2>Buchhalter (m/w/d)</h2><p>Kontor Treuhand GmbH</p><p>Wir suchen Verstärkung für unser Team.</p></body></html>';
    const r = extract(html);
    expect(r.title?.text).toBe('Buchhalter (m/w/d)');
    expect(r.company?.name).toBe('Kontor Treuhand GmbH');
  });

  it('"Contoso sucht ..." in the page title names the employer the body shows', () => {
    const r = extract(page('<h1>Lagerist (m/w/d)</h1><p>Contoso Logistik</p><p>Wir sind ein Familienbetrieb.</p>', 'Contoso Logistik sucht Lagerist (m/w/d)'));
    expect(r.company?.name).toBe('Contoso Logistik');
  });

  it('an Arabic site heading ("job details") is no title', () => {
    const r = extract(page('<h1>تفاصيل الوظيفة</h1><h2>محاسب</h2><p>المؤهلات المطلوبة وشروط التقديم.</p>'));
    expect(r.title?.text).toBe('محاسب');
  });
});
