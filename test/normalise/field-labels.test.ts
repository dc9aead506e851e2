import { extract } from '../../src';
import { labelField } from '../../src/normalise/field-labels';

describe('field labels in other languages', () => {
  it.each([
    ['Arbeitsort', 'location'],
    ['Standort:', 'location'],
    ['Lieu de travail', 'location'],
    ['UBICACIÓN', 'location'],
    ['Ubicacion', 'location'],
    ['Plaats', 'location'],
    ['Sede di lavoro', 'location'],
    ['Lokalizacja', 'location'],
    ['الموقع', 'location'],
    ['Job Location', 'location'],
    ['Gehalt', 'salary'],
    ['Rémunération :', 'salary'],
    ['Sueldo', 'salary'],
    ['Salaris', 'salary'],
    ['Retribuzione annua lorda', 'salary'],
    ['Salário', 'salary'],
    ['Wynagrodzenie', 'salary'],
    ['الراتب :', 'salary'],
    ['Annual Salary', 'salary'],
    ['Arbeitgeber', 'company'],
    ['Employeur', 'company'],
    ['Werkgever', 'company'],
    ['Pracodawca', 'company'],
    ['جهة العمل', 'company'],
    ['Stellenbezeichnung', 'title'],
    ['Intitulé du poste', 'title'],
    ['المسمى الوظيفي', 'title'],
    ['Arbetsort', 'location'],
    ['Arbeidsgiver', 'company'],
    ['Työnantaja', 'company'],
    ['Místo pracoviště', 'location'],
    ['Mức lương', 'salary'],
    // Two labels of one field joined by a slash.
    ['Organisation/Company', 'company'],
    ['City / Location', 'location'],
  ])('%j is a %s label', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it.each([
    'Ort der Begegnung',
    'Jahres Ort',
    'Annual Ort',
    'Unser Gehalt ist fair',
    'Location Location Location',
    // Words that open English lines too: "Cargo: general and hazardous", "Position: permanent".
    'Cargo',
    'Position',
    // A slash between two labels of different fields, or a label and another word.
    'Company/Location',
    'Organisation/Department',
  ])('%j is no label', (line) => {
    expect(labelField(line)).toBeUndefined();
  });

  it('a German details box gives the place and the pay', () => {
    const html =
      '<html><body><h1>Buchhalter (m/w/d)</h1><dl><dt>Arbeitsort</dt><dd>Wien</dd><dt>Arbeitgeber</dt><dd>Kontor Treuhand GmbH</dd>' +
      '<dt>Gehalt</dt><dd>EUR 52000</dd></dl><p>Wir suchen eine erfahrene Person für unser Team.</p></body></html>';
    const r = extract(html);
    expect(r.company?.name).toBe('Kontor Treuhand GmbH');
    expect(r.salary).toMatchObject({ currency: 'EUR', min: 52000 });
    expect(html.slice(r.company!.start, r.company!.end)).toBe('Kontor Treuhand GmbH');
  });

  it("a research portal's details box: the employer under a label of two, not the department under it", () => {
    const html =
      '<html><body><h1>PhD Position in Computational Hydrology</h1><dl><dt>Organisation/Company</dt><dd>Wingtip University of Technology</dd>' +
      '<dt>Department</dt><dd>Department of Civil Engineering</dd><dt>Country</dt><dd>Netherlands</dd></dl><p>We invite applications for a four-year PhD position.</p></body></html>';
    expect(extract(html).company?.name).toBe('Wingtip University of Technology');
  });

  it('a Swedish posting names its employer and place in its rows', () => {
    const r = extract('Undersköterska till hemtjänsten\nArbetsgivare: Adatum Omsorg AB\nArbetsort: Uppsala\n\nVi söker undersköterskor till våra grupper.');
    expect(r.company?.name).toBe('Adatum Omsorg AB');
    expect(r.location).toMatchObject({ city: 'Uppsala', country: 'SE' });
  });

  it('"Ort" inside a sentence is no label', () => {
    const r = extract('Lagerist\nDer Ort unseres Lagers ist gut erreichbar.\nBewerben Sie sich jetzt.');
    expect(r.locations).toEqual([]);
  });
});

describe("a post's rows under its announcement", () => {
  it.each([
    ['URGENT HIRING!!! 📢📢\n\nPosition: SALES REPRESENTATIVE\n📍 Location: Lagos (Ikeja)\n💰 Salary: ₦250,000 monthly', 'SALES REPRESENTATIVE'],
    ['🔴 Urgent Opening 🔴\nCompany: Wingtip Infotech Pvt Ltd\nPosition: Python Developer\nLocation: Hyderabad', 'Python Developer'],
    ['Remote job 🌍\nCompany: Proseware\nRole: Customer Support Agent\nPay: $4/hour', 'Customer Support Agent'],
    ['VAGA URGENTE\nEmpresa: Tailspin Supermercados\nCargo: Auxiliar Administrativo\nLocal: Belo Horizonte', 'Auxiliar Administrativo'],
    ['AVIS DE RECRUTEMENT 🔔\nEntreprise : Tailspin Distribution SARL\nOffre : Comptable\nLieu : Abidjan', 'Comptable'],
  ])('the title is the Position row: %j', (post, title) => {
    const r = extract(post);
    expect(r.title?.text).toBe(title);
    expect(post.slice(r.title!.start, r.title!.end)).toBe(title);
  });

  it('a row of another block is no title: "Position:" under a paragraph', () => {
    const r = extract('Warehouse Operative\nWe pack orders for shops across the region and need help for the winter.\nPosition: Permanent\nLocation: Leeds');
    expect(r.title?.text).toBe('Warehouse Operative');
  });
});

describe('emoji as labels, as social posts print them', () => {
  it.each([
    ['We are hiring a Finance Business Partner 💼\n\n📍 Dublin 2 | Hybrid\n🏢 Proseware\n💶 €70,000 – €80,000', 'Proseware'],
    ['💼 Vacancy: Graphic Designer\n🏢 Wingtip Media, Addis Ababa\n💵 Salary: ETB 25,000 - 30,000', 'Wingtip Media'],
    ['💼 Offre : Chargé(e) de clientèle\n🏢 Wingtip Télécom – Dakar\n💰 300 000 FCFA + primes', 'Wingtip Télécom'],
  ])('🏢 names the employer: %j', (post, employer) => {
    const r = extract(post);
    expect(r.company?.name).toBe(employer);
    expect(post.slice(r.company!.start, r.company!.end)).toBe(employer);
  });

  it('a row with its own label is that label\'s: "📍 Location: Lagos"', () => {
    expect(extract('Position: Sales Representative\n📍 Location: Lagos (Ikeja)\n💰 Salary: ₦250,000 monthly').location?.city).toBe('Lagos');
  });
});

describe("a title's row among other rows, where nothing else names the title", () => {
  it.each([
    ['#jobs\nKit (Pixelforge) — Today at 11:02 AM\nHey all! The server keeps growing, and we need another paid moderator to keep it fun and safe.\n\n**Role:** Community Moderator (paid, part-time)\n**Company:** Pixelforge Studios (the folks behind Hollowmere)\n**Where:** Remote\n**Hours:** ~20 hrs/week', 'Community Moderator (paid, part-time)', 'Pixelforge Studios'],
    ['Hello,\n\nOne of our teachers retires this summer after 31 years, and the school has an opening for the new year.\n\nPosition: 5th Grade Teacher\nSchool: Prairie Ridge Elementary\nStart date: August 18\nContract: 190 days', '5th Grade Teacher', undefined],
  ])('%j', (post, title, employer) => {
    const r = extract(post);
    expect([r.title?.text, r.title?.reason, r.company?.name]).toEqual([title, 'title/row-among-rows', employer]);
    expect(post.slice(r.title!.start, r.title!.end)).toBe(title);
  });
  it.each([
    ['A category in capitals', 'We build learning products for universities.\n\nJob: ENGINEERING\nOrganization: Higher Education\nSchedule: FULL_TIME\nReq ID: 14113'],
    ['A sentence', 'We build learning products for universities.\n\nRole: You will lead our audit team and report to the CFO.\nLocation: Denver, CO\nSalary: $90,000'],
  ])('is no title: %s', (_, post) => expect(extract(post).title).toBeNull());
});

describe("a Location label over an address's rows", () => {
  it('gives the City row\'s place, not the county\'s name ("County" / "Ulster" in New York is no Irish province)', () => {
    const text = ['Permit Reviewer', 'Oklahoma Division of Water Quality', 'Location', 'County', 'Ulster', 'Street Address', '300 Flatbush Avenue', 'City', 'Kingston', 'State', 'NY', 'Zip Code', '12401', 'Review discharge permits for treatment plants.'].join('\n');
    expect(extract(text).location?.name).toBe('Kingston');
  });
  it('reads a City row over State and Zip Code rows, which make no menu column', () => {
    const text = ['Permit Reviewer', 'Oklahoma Division of Water Quality', 'City', 'Kingston', 'State', 'NY', 'Zip Code', '12401', 'Review discharge permits for treatment plants in Albany.'].join('\n');
    const r = extract(text);
    expect(r.location?.name).toBe('Kingston');
    expect(r.location?.reason).toBe('location/field');
  });
});

describe("a board's marks beside the employer's name", () => {
  test('a logo drawn as an initial between the Company label and the name is none of it', () => {
    const text = ['Software Engineer II, Platform', 'Overland Park, KS', 'Full-time', 'Build the core platform services behind our clinic software.', 'Company', 'T', 'Tallgrass Data Systems', 'Practice-management and billing software for independent clinics.'].join('\n');
    expect(extract(text).company?.name).toBe('Tallgrass Data Systems');
  });
  test('a "Verified Employer" badge is no part of the name', () => {
    expect(extract('Registered Nurse\nCovington Valley Medical Center Verified Employer\nLexington, KY\nWe are building our per diem pool.').company?.name).toBe('Covington Valley Medical Center');
  });
});
