import { extract } from '../../src';

describe('a job bulletin: the employer, its invitation, the title', () => {
  test('the employer over the invitation, the title under it', () => {
    const r = extract('TARROW COUNTY, SOUTH CAROLINA\ninvites applications for the position of:\nCivil Engineer II\n\nSALARY: $68,432.00 - $89,210.00 Annually\nLOCATION: Columbia, SC\n');
    expect([r.title?.text, r.company?.name, r.company?.reason]).toEqual(['Civil Engineer II', 'TARROW COUNTY', 'company/bulletin']);
  });

  test('the employer opening the invitation\'s line', () => {
    const r = extract('The City of Springfield invites applications for the position of:\nPolice Records Clerk\n\nSALARY: $40,000 - $50,000 Annually\nLOCATION: Springfield, IL\n');
    expect([r.title?.text, r.company?.name]).toEqual(['Police Records Clerk', 'The City of Springfield']);
  });

  test('"is accepting applications for the position of" reads the same', () => {
    const r = extract('Harlow Valley Water District\nis accepting applications for the position of:\nMeter Reader\n\nClosing date: May 1\n');
    expect([r.title?.text, r.company?.name]).toEqual(['Meter Reader', 'Harlow Valley Water District']);
  });

  test('an invitation in a sentence of the body is no header', () => {
    const r = extract('Payroll Officer\nFabrikam Council\n\nThe council invites applications for the position of payroll officer in its finance team.\n');
    expect([r.title?.text, r.company?.name]).toEqual(['Payroll Officer', 'Fabrikam Council']);
  });
});
