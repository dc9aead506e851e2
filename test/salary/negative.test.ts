import { inField, inText } from './helpers';

/** Numbers that are not pay, read as free text: none may come out as a salary. */
describe('not pay', () => {
  test.each([
    ['phone number', 'Call us on 0161 496 0123 or 07700 900123 to apply.'],
    ['international phone number', 'Telephone +44 20 7946 0958 today.'],
    ['date', 'Closing date 12/03/2024, interviews on 19.03.2024.'],
    ['year', 'Established in 2004, the company has grown every year since 2010.'],
    ['years of experience', 'You will need 3 years experience and at least 5+ years in sales.'],
    ['count of countries', 'Our client operates in over 100 countries.'],
    ['NVQ level', 'Candidates must hold NVQ Level 2 or 3 in Health and Social Care.'],
    ['reference number', 'Ref: 48213 Job ID 99120 Quote reference 55123 when applying.'],
    ['postcode', 'The office is at SW1A 1AA, near M1 2AB.'],
    ['24/7', 'We provide a 24/7 service to 5000 customers.'],
    ['turnover', 'A £5m turnover business, growing to £12 million.'],
    ['discount', 'Enjoy a 10% discount and £50 off your first order.'],
    ['gift card', 'A $25 gift card for completing an interview!'],
    ['count by the day', 'Responsibilities\n- Run discovery and product demos, 8-10 per day\n- Build proposals.'],
    ['zero', 'Try Premium for $0. A $0 deductible on our medical plan.'],
    ['percentage bonus', 'Bonus of up to 20% of salary.'],
    ['hours per week', 'Working hours: 37.5 per week, Monday to Friday.'],
    ['hours per week, the value under its label', 'Expected hours:\n40 per week'],
    ['a range of hours under its label', 'Expected hours:\n40 - 45 per week'],
    ['time of day', 'Shifts run from 8am to 5pm and 9:30 to 17:30.'],
    ['a duration in milliseconds after a rate', 'Our API returns a rate quote in under 300 milliseconds at peak.'],
    ['masked count', 'The hotel has over **** bedrooms and **** covers.'],
    ['masked years', 'Minimum of **** years experience in PHP.'],
    ['a language version', 'Our stack is Php 8, Laravel 10 and MySQL 8.0.'],
    ['masked code', 'Quote Ref ****JC when you apply; up to ****kV plant.'],
    ['standards', 'Knowledge of ISO9001:2008 and BS7671 is essential.'],
    ['pence per mile', 'Mileage is paid at 10p a mile.'],
    ['frequency', 'Staff are supervised on 3 weekly rotas.'],
    ['bed count', 'A 60 bed nursing home with 40 staff.'],
    ['percentage range', 'Pension, bonus (approx 3 - 5%), medical.'],
    ['revenue band', 'Revenue: $10+ billion (USD). Size: 10000+ employees.'],
    ['days of leave', 'An 8% holiday allowance, 25 vacation days and travel reimbursement.'],
    ['rate per distance', 'Penalty rates on weekends, and $0.96/km for client transport.'],
    ['price per weight or volume', 'You notice when a freight invoice is $0.40 a hundredweight higher, or diesel is $3.10 per gallon.'],
    ['sales quota', 'A track record of hitting a $900K+ annual quota, or a £250k sales target.'],
    ['Canadian postcode', 'In person: 3500 Lakeshore Road, Kelowna, BC V1W 3K7, between 2:00 p.m. and 4:00 p.m.'],
  ])('%s', (_name, text) => {
    expect(inText(text).filter((s) => s.reason !== 'salary/descriptive')).toEqual([]);
  });

  test('the kind word of the figure before is no pay word for a count after it, where a flattened text lost its stop', () => {
    expect(inText('$18.00/hour Full-time + $1.00/hr shift differential Tailspin Plastics runs 40 injection molding machines').map((s) => [s.min, s.kind])).toEqual([
      [18, 'base'],
      [1, 'allowance'],
    ]);
  });

  test('in a salary field, a level in brackets is not pay', () => {
    expect(inField('11.22 per hour (Level 2 Coach)').map((s) => s.min)).toEqual([11.22]);
  });
});
