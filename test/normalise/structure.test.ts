import { normalise } from '../../src/normalise';

function blocks(input: string) {
  const n = normalise(input);
  return n.blocks.map((b) => [b.kind, n.mapped.text.slice(b.start, b.end)]);
}

describe('document structure', () => {
  it('splits the feed header block into fields and the description', () => {
    const n = normalise('Title: Chef de Partie\nWebindex: 123\nCompany: The Old Inn\nDescription: We need a chef. Apply now.');
    expect(n.inputKind).toBe('feed');
    expect(n.header.title?.text).toBe('Chef de Partie');
    expect(n.header.company?.text).toBe('The Old Inn');
    expect(n.mapped.text).toBe('Chef de Partie\n123\nThe Old Inn\nWe need a chef. Apply now.');
  });

  it('splits run-together lists joined by double spaces', () => {
    expect(blocks('Requirements  Excellent telephone manner  Previous sales experience  Good admin skills')).toEqual([
      ['heading', 'Requirements'],
      ['list_item', 'Excellent telephone manner'],
      ['list_item', 'Previous sales experience'],
      ['list_item', 'Good admin skills'],
    ]);
  });

  it('splits items the feed joined with a single space once a list has started', () => {
    expect(blocks('The role includes the following  The ability to be self motivated The ability to plan Good time management')).toEqual([
      ['paragraph', 'The role includes the following'],
      ['list_item', 'The ability to be self motivated'],
      ['list_item', 'The ability to plan'],
      ['list_item', 'Good time management'],
    ]);
  });

  it('does not split before names that continue a phrase', () => {
    const out = blocks('Duties  Report to the Operations Director weekly  Use Excel and Word daily');
    expect(out).toContainEqual(['list_item', 'Report to the Operations Director weekly']);
  });

  it('keeps a masked range together: the double space stands for a stripped hyphen', () => {
    expect(blocks('Salary ****  ****k Wilmslow')).toEqual([['paragraph', 'Salary ****  ****k Wilmslow']]);
  });

  it('splits inline headings out of a paragraph', () => {
    expect(blocks('We are growing. KEY ACCOUNTABILITIES: To work within the team. Key Responsibilities: Be the first point of contact.')).toEqual([
      ['paragraph', 'We are growing.'],
      ['heading', 'KEY ACCOUNTABILITIES:'],
      ['paragraph', 'To work within the team.'],
      ['heading', 'Key Responsibilities:'],
      ['paragraph', 'Be the first point of contact.'],
    ]);
  });

  it('strips bullets and keeps bulleted labels in the item', () => {
    expect(blocks('• Computer skills: Microsoft Office\n- Driving licence\n1) Forklift')).toEqual([
      ['list_item', 'Computer skills: Microsoft Office'],
      ['list_item', 'Driving licence'],
      ['list_item', 'Forklift'],
    ]);
  });
});

describe('words the feed glued together', () => {
  it('puts back the space after a full stop and before a glued field label, in feed text only', () => {
    const n = normalise('Title: Nurse\nDescription: Based in SurreySalary upto ****Hours flexible. A hospital.The position is full time.');
    expect(n.mapped.text).toContain('Surrey Salary upto **** Hours flexible. A hospital. The position');
    expect(normalise('Visit node.Js and SurreySalary').mapped.text).toBe('Visit node.Js and SurreySalary');
  });
});

describe('labelled fields in a text posting', () => {
  it('reads "Company:", "Location:" and "Salary:" lines as the header fields', () => {
    const n = normalise('Warehouse Operative\nCompany: Acme Logistics Ltd\nLocation: Leeds\nSalary: 22000 - 24000\nWe need pickers.');
    expect(n.header.company?.text).toBe('Acme Logistics Ltd');
    expect(n.header.location?.text).toBe('Leeds');
    expect(n.header.salary?.text).toBe('22000 - 24000');
  });

  it("a reference's code under an employer's label is no employer", () => {
    const n = normalise('Responsable contrôle de gestion\nRéf. Contoso : 176543210W · Réf. Société : FAB-CDG-2026-07\nNous recherchons un contrôleur de gestion.');
    expect(n.header.company).toBeUndefined();
  });
});
