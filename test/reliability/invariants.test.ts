import { extract } from '../../src';

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);

describe('spans stay inside the property they start in', () => {
  it('a "c" ending the title is no "circa" for the salary property', () => {
    const r = extract({ title: 'Nurse c', salary: '£25,000' });
    expect(r.salary).toMatchObject({ field: 'salary', start: 0, end: 7, text: '£25,000', min: 25000 });
    expect(codes(r).filter((c) => c.startsWith('result/'))).toEqual([]);
  });
});

describe('matches do not run over a line or list-item break', () => {
  it('"customer service" ending a line and "- Manager" opening an item are not one occupation', () => {
    const r = extract('customer service\n- Manager');
    expect(r.occupations.map((o) => o.name)).not.toContain('Customer Service Manager');
  });

  it('a "k" on the next line does not multiply an amount', () => {
    expect(extract('Hours: 37.5\n* k').salaries).toEqual([]);
  });

  it('a term, a pay period or a phone number is not read across a break', () => {
    expect(extract('Must be able to work part\n• time management skills').employmentType).toEqual([]);
    expect(extract({ company: 'Acme £9.50/', location: 'week' }).salary?.period).not.toBe('week');
    expect(extract('Salary 25,000\nRef 1000000').contact.phones).toEqual([]);
    expect(extract('****K\n- ****K').salaries).toHaveLength(2);
    expect(extract({ company: 'Monday ', location: 'Friday ' }).hours).toBeNull();
    expect(extract({ location: 'Denver, ', text: 'CO' }).warnings).toEqual([]);
    expect(extract({ company: 'competitive', location: 'Salary:' }).salaries).toEqual([]);
    expect(extract('Salary:\nNegotiable').salary).toMatchObject({ negotiable: true, text: 'Salary:\nNegotiable' });
  });

  it('an amount and a "-9" on the next line are not a range', () => {
    const r = extract('£61.20 per annum\r\n*-9');
    expect(r.salaries).toHaveLength(1);
    expect(r.salary).toMatchObject({ min: 61.2, max: 61.2, text: '£61.20 per annum' });
  });
});

describe('numbers are finite', () => {
  const ld = (maxValue: number) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Nurse",` +
    `"baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue","minValue":12,"maxValue":${maxValue},"unitText":"HOUR"}}}</script><p>Nurse</p>`;

  it('a yearly figure past the largest number is left out, with a warning', () => {
    const r = extract(ld(1e308));
    expect(r.salary?.annual).toEqual({ min: 23400, max: null });
    expect(codes(r)).toContain('result/not-finite');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('entities and sections are sorted and well-formed', () => {
  it('holds on a posting with every kind of span', () => {
    const input = 'Care Assistant\nLocation: Leeds\nSalary: £9.50 per hour\n\nEssential:\n- NVQ Level 2\n- 2 years experience\n\nApply to jobs@example.co.uk';
    const r = extract(input);
    for (const list of [r.entities, r.sections]) {
      list.forEach((s, i) => {
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(input.length);
        if (i > 0) expect(list[i - 1].start).toBeLessThanOrEqual(s.start);
      });
    }
  });
});

describe('an input nothing could read', () => {
  it('gives an empty result with a warning, never a throw', () => {
    const analyse = jest.spyOn(jest.requireActual('../../src/pipeline/analyse'), 'analyse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      const r = extract('<p>Nurse in Leeds</p>');
      expect(r).toMatchObject({ inputKind: 'html', text: '', entities: [], warnings: [{ code: 'input/unreadable', message: 'The input could not be read: Maximum call stack size exceeded' }] });
    } finally {
      analyse.mockRestore();
    }
  });
});
