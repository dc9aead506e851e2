import { extract } from '../../src';

const pay = (text: string) => {
  const s = extract(text).salary;
  return s && { currency: s.currency, min: s.min, max: s.max, period: s.period, periodInferred: s.periodInferred };
};

describe('pay in other languages', () => {
  it.each([
    ['Buchhalter\nGehalt: 45.000 € brutto pro Jahr', { currency: 'EUR', min: 45000, max: 45000, period: 'year', periodInferred: false }],
    ['Buchhalter\nGehalt: 3.500,50 EUR brutto monatlich', { currency: 'EUR', min: 3500.5, period: 'month', periodInferred: false }],
    ['Buchhalter\nMonatsgehalt: 4.000 €', { currency: 'EUR', min: 4000, period: 'month', periodInferred: false }],
    ['Comptable\nSalaire : 2 800 € par mois', { currency: 'EUR', min: 2800, period: 'month' }],
    // French Canada writes the dollar after the figure.
    ['Conseiller\nMontréal, QC\nSalaire : 22,50 $ à 25,00 $ de l\'heure', { currency: 'CAD', min: 22.5, max: 25, period: 'hour', periodInferred: false }],
    ['Analyste\nQuébec, QC\nSalaire : 55 000 $ par année', { currency: 'CAD', min: 55000, period: 'year', periodInferred: false }],
    ['Desarrollador\nSalario: 30.000 € brutos al año', { currency: 'EUR', min: 30000, period: 'year', periodInferred: false }],
    ['Ontwikkelaar\nSalaris: € 3.500 - € 4.500 per maand', { currency: 'EUR', min: 3500, max: 4500, period: 'month' }],
    ['Contabile\nRAL: 35.000 €', { currency: 'EUR', min: 35000, period: 'year', periodInferred: false }],
    ['Analista\nSalário: R$ 5.000 por mês', { currency: 'BRL', min: 5000, period: 'month', periodInferred: false }],
    ['Programista\nWynagrodzenie: 120 zł za godzinę', { currency: 'PLN', min: 120, period: 'hour' }],
    // Poland quotes pay by the month: a figure with no period is monthly up to its pay-words.json bound.
    ['Programista\nWynagrodzenie: 12 000 - 15 000 PLN', { currency: 'PLN', min: 12000, max: 15000, period: 'month', periodInferred: true }],
    // Ranges joined by words: "bis", "à", "do"; "und", "y" after a "between" word.
    ['Buchhalter\nGehalt: zwischen 40.000 und 50.000 € pro Jahr', { currency: 'EUR', min: 40000, max: 50000, period: 'year' }],
    ['Buchhalter\nGehalt: 45.000 bis 55.000 €', { currency: 'EUR', min: 45000, max: 55000 }],
    ['Comptable\nSalaire : de 30 000 à 35 000 € par an', { currency: 'EUR', min: 30000, max: 35000, period: 'year' }],
    ['Contable\nSalario: entre 30.000 y 35.000 € brutos al año', { currency: 'EUR', min: 30000, max: 35000, period: 'year' }],
    ['Programista\nWynagrodzenie: od 8000 do 10000 zł', { currency: 'PLN', min: 8000, max: 10000, period: 'month' }],
    // Vietnam counts pay in millions ("triệu").
    ['Nhân viên kinh doanh\nMức lương: 15 - 25 triệu VND', { currency: 'VND', min: 15000000, max: 25000000, period: 'month' }],
    // The "K" of the Czech crown's "Kč" is no thousand.
    ['Účetní\nBrno\n35 000 – 45 000 Kč / měsíc', { currency: 'CZK', min: 35000, max: 45000, period: 'month' }],
    ['Contable\nSalario: 24.000 - 28.000 € brutos/año', { currency: 'EUR', min: 24000, max: 28000, period: 'year', periodInferred: false }],
    ['Księgowa\nWynagrodzenie: 7 000 – 9 000 zł brutto / mies.', { currency: 'PLN', min: 7000, max: 9000, period: 'month', periodInferred: false }],
    ['Analista\nSalário: R$ 8.000 a R$ 10.000 por mês', { currency: 'BRL', min: 8000, max: 10000, period: 'month' }],
    ['Contabile\nRetribuzione: da 30.000 a 35.000 € annui', { currency: 'EUR', min: 30000, max: 35000, period: 'year' }],
    // A decimal comma beside a currency.
    ['Magazijnmedewerker\nSalaris: €14,50 per uur', { currency: 'EUR', min: 14.5, period: 'hour', periodInferred: false }],
    ['Kellner\nStundenlohn: 14,50 EUR', { currency: 'EUR', min: 14.5, period: 'hour', periodInferred: false }],
    ['Engineer\nSalary: ₹12,00,000 per annum', { currency: 'INR', min: 1200000, period: 'year' }],
    // Lakhs and crores: "6-9 Lacs P.A.", "12 LPA" (lakhs per annum), "1.2 Crore".
    ['Engineer\nSalary: ₹ 6-9 Lacs P.A.', { currency: 'INR', min: 600000, max: 900000, period: 'year' }],
    ['Engineer\nCTC: ₹ 12 LPA', { currency: 'INR', min: 1200000, max: 1200000, period: 'year' }],
    ['Director\nPackage: INR 1.2 Crore per annum', { currency: 'INR', min: 12000000, period: 'year' }],
    ['Analyst\nSalary: AED 15,000 per month', { currency: 'AED', min: 15000, period: 'month' }],
    // Dollars named by a prefix: Singapore, Australia, Canada ("C$", not a "c." circa), Hong Kong, New Zealand, the US.
    ['Analyst\nSalary: S$6,000 - S$8,000 per month', { currency: 'SGD', min: 6000, max: 8000, period: 'month' }],
    ['Analyst\nSalary: A$90,000 - A$100,000', { currency: 'AUD', min: 90000, max: 100000, period: 'year' }],
    ['Analyst\nRate: C$40 - C$50/hr', { currency: 'CAD', min: 40, max: 50, period: 'hour' }],
    ['Analyst\nSalary: HK$30,000 per month', { currency: 'HKD', min: 30000, period: 'month' }],
    ['Analyst\nSalary: NZ$70k - NZ$80k', { currency: 'NZD', min: 70000, max: 80000, period: 'year' }],
    ['Analyst\nRate: US$50 - US$60 per hour', { currency: 'USD', min: 50, max: 60, period: 'hour' }],
    ['Developer\nSalaris tussen € 4.000 en € 5.500 bruto per maand', { currency: 'EUR', min: 4000, max: 5500, period: 'month' }],
    // ... or by a code after them.
    ['Analyst\nSalary: $150,000 - $180,000 CAD', { currency: 'CAD', min: 150000, max: 180000, period: 'year' }],
    ['Analyst\nSalary: $95,000 AUD per annum', { currency: 'AUD', min: 95000, period: 'year' }],
    // ... or by a code before the sign, on one end or both.
    ['Analyst\nSalary: CAD $90,000 per year', { currency: 'CAD', min: 90000, period: 'year' }],
    ['Analyst\nSalary: SGD $8,000 - $11,000 monthly', { currency: 'SGD', min: 8000, max: 11000, period: 'month' }],
    ['Engineer\nThe salary range is USD $210,000 to USD $260,000.', { currency: 'USD', min: 210000, max: 260000, period: 'year' }],
    ['محاسب\nالراتب: 9000 درهم شهريا', { currency: 'AED', min: 9000, period: 'month', periodInferred: false }],
    // Three decimals: dinars and fils.
    ['محاسب\nالراتب: 650.000 دينار', { currency: 'JOD', min: 650, period: 'month', periodInferred: true }],
    ['محاسب\nالراتب :\n850.000', { currency: null, min: 850, period: 'month', periodInferred: true }],
    // Arabic-Indic digits.
    ['محاسب\nالراتب: ٩٠٠٠ درهم شهريا', { currency: 'AED', min: 9000, period: 'month', periodInferred: false }],
  ])('%j', (text, expected) => {
    expect(pay(text)).toMatchObject(expected);
  });

  it.each([
    ['Head of Sales\nSalary: R900k - R1.1m per annum', { currency: 'ZAR', min: 900000, max: 1100000, period: 'year' }],
    ['Managing Director\nPackage: R1.1m per annum', { currency: 'ZAR', min: 1100000, max: 1100000, period: 'year' }],
    ['Chief Technology Officer\nSalary: $1.2M - $1.5M', { currency: 'USD', min: 1200000, max: 1500000 }],
  ])('pay in millions, a range\'s end or with its year: %j', (text, expected) => expect(pay(text)).toMatchObject(expected));

  it.each(["Engineer\nWe've raised $20M from top investors.", 'Engineer\nYou will manage a $5M budget.', 'Engineer\nSell into $10M-$50M revenue companies.'])(
    'a sum in millions alone is no pay: %j',
    (text) => expect(extract(text).salary).toBeNull(),
  );

  it('Chinese, Japanese and Korean punctuation reads as its ASCII form with a space: "薪资：25-35K" is a range, no clock time', () => {
    const r = extract('高级数据分析师\n薪资：25-35K·14薪');
    expect(r.salary).toMatchObject({ min: 25000, max: 35000 });
    expect(r.text).toContain('薪资: 25-35K');
  });

  it.each([
    ['バックエンドエンジニア\n年収：600万円〜900万円', { currency: 'JPY', min: 6000000, max: 9000000, period: 'year' }],
    ['프론트엔드 개발자\n연봉 5,000만원 ~ 7,000만원', { currency: 'KRW', min: 50000000, max: 70000000, period: 'year' }],
    ['数据分析师\n月薪：1.5万元', { currency: 'CNY', min: 15000, period: 'month' }],
    ['Warehouse Staff\n時給：1,200円', { currency: 'JPY', min: 1200, period: 'hour' }],
    ['Analyst\nSalary: 20,000 ~ 30,000 per month', { min: 20000, max: 30000, period: 'month' }],
  ])('East Asian pay, counted in ten thousands and joined by a tilde: %j', (text, expected) => {
    expect(extract(text).salary).toMatchObject(expected);
  });

  it('a pay scale\'s grade is no pay: "(FWG 45)", "(schaal 8)"', () => {
    const r = extract('Verpleegkundige\nSalaris: € 3.200 – € 4.600 bruto per maand (FWG 45)\nSalaris: max € 4.000 (schaal 8)');
    expect(r.salaries.map((s) => s.max)).toEqual([4600, 4000]);
  });

  it('a "Salary Scale:" label still introduces the pay', () => {
    expect(extract('Research Administrator\nSalary Scale: £30,000 - £35,000 per annum').salary).toMatchObject({ min: 30000, max: 35000 });
  });

  it('a dollar after a figure written in English is no pay: "Top 10 $ deals"', () => {
    expect(extract('Top 10 $ deals for our shoppers.').salary).toBeNull();
  });

  it('a rupee is the country\'s rupee, India\'s where no country says (flagged inferred)', () => {
    expect(extract('Accountant\nSalary: Rs. 75,000 per month').salary).toMatchObject({ currency: 'INR', currencyInferred: true, min: 75000, period: 'month' });
    expect(extract('Accountant\nSalary: Rs. 75,000 per month', { defaultCountry: 'LK' }).salary?.currency).toBe('LKR');
    expect(extract('Accountant\nKarachi, Pakistan\nSalary: Rs. 150,000 per month').salary?.currency).toBe('PKR');
  });

  it('"kr" after the figure is the krona of the posting\'s country, and the Nordic periods are read', () => {
    expect(extract('Selger\nOslo, Norway\nLønn: 45 000 - 55 000 kr/mnd').salary).toMatchObject({ currency: 'NOK', min: 45000, max: 55000, period: 'month' });
    expect(extract('Säljare\nLön: 40 000 kr i månaden').salary).toMatchObject({ currency: 'SEK', currencyInferred: true, period: 'month' });
    expect(extract('Sælger\nKøbenhavn\nLøn: 42.000 kr. om måneden').salary).toMatchObject({ currency: 'DKK', min: 42000, period: 'month' });
    expect(extract('Analyst\nSalary: 35 000 - 45 000 SEK per månad').salary).toMatchObject({ currency: 'SEK', period: 'month', periodInferred: false });
    expect(extract('Tips add 3 kr more.').salary).toBeNull();
  });

  it('"¥" is the yen, or the yuan where the posting is in China; a range in it stays one range', () => {
    expect(extract('Backend Engineer\nSalary: ¥7,000,000 - ¥10,000,000 per year').salary).toMatchObject({ currency: 'JPY', currencyInferred: true, min: 7000000, max: 10000000, period: 'year' });
    expect(extract('Backend Engineer\nShanghai, China\nSalary: ¥20,000 - ¥30,000 per month').salary).toMatchObject({ currency: 'CNY', min: 20000, max: 30000, period: 'month' });
  });

  it.each([
    ['Data Analyst\nSalary: 12-15 lakhs per annum', { currency: 'INR', min: 1200000, max: 1500000, period: 'year' }],
    ['Engineer\nCTC: 6-8 LPA', { currency: 'INR', min: 600000, max: 800000, period: 'year' }],
    // Scraped text that glued the next sentence onto the unit.
    ['Data Analyst - Pune | 3-5 Yrs | 9-14 LPAWe are hiring an analyst.', { currency: 'INR', min: 900000, max: 1400000, period: 'year' }],
    // Figures grouped in lakhs are South Asia's.
    ['Engineer\nSalary: 12,00,000 - 15,00,000 PA', { currency: 'INR', min: 1200000, max: 1500000, period: 'year' }],
  ])('lakhs with no currency are rupees: %j', (text, expected) => {
    expect(extract(text).salary).toMatchObject({ ...expected, currencyInferred: true });
  });

  it.each([
    // South Africa's rand, "R" before a figure that reads as money: grouped thousands, a k or a period.
    ['Accountant\nR35 000 per month', { currency: 'ZAR', min: 35000, max: 35000, period: 'month' }],
    ['Agent\nSalary: R8,500 - R10,000 per month + commission', { currency: 'ZAR', min: 8500, max: 10000, period: 'month' }],
    ['Manager\nPackage: R450k per annum', { currency: 'ZAR', min: 450000, period: 'year' }],
    ['Tutor\nRate: R180 per hour', { currency: 'ZAR', min: 180, period: 'hour' }],
    // Rand, Singapore and Hong Kong dollars and rupees are quoted by the month: a figure with no period is monthly up to 100,000 (30,000 S$).
    ['Agent\nSalary: R 25 000 - R 30 000', { currency: 'ZAR', min: 25000, max: 30000, period: 'month', periodInferred: true }],
    ['Executive\nSalary: S$6,500', { currency: 'SGD', min: 6500, period: 'month', periodInferred: true }],
    ['Executive\nSalary: ₹40,000', { currency: 'INR', min: 40000, period: 'month', periodInferred: true }],
    ['Executive\nSalary: ₹8,00,000', { currency: 'INR', min: 800000, period: 'year', periodInferred: true }],
    // A sign that opens the next figure is not the one before's: "Dublin 2 €45,000" is a district, then the pay.
    ['Payroll Specialist Liffey Financial Services Dublin 2 €45,000 DOE Permanent', { currency: 'EUR', min: 45000, max: 45000, period: 'year' }],
    // A period label with "gross" or "base" in it: "The annual gross salary for this role is".
    ['Data Engineer\nThe annual gross salary for this role is €60.000 – €70.000.', { currency: 'EUR', min: 60000, max: 70000, period: 'year', periodInferred: false }],
    // Superannuation on top is Australia's: its dollars are AUD where nothing else says.
    ['Accounts Payable Officer\n$90k + super', { currency: 'AUD', min: 90000 }],
    ['Engineer\nSalary: $95,000 - $105,000 + 11% super', { currency: 'AUD', min: 95000, max: 105000 }],
    // Singapore's "x 13 months": a monthly figure paid thirteen times, not a product.
    ['Executive\nSalary: S$5,000 x 13 months + AWS', { currency: 'SGD', min: 5000, period: 'month' }],
    // South-east Asia, Turkey and Latin America: quoted by the month.
    ['Executive\nSalary: RM 4,000 - RM 5,000', { currency: 'MYR', min: 4000, max: 5000, period: 'month', periodInferred: true }],
    ['Agent\nSalary: ₱25,000 - ₱30,000 monthly', { currency: 'PHP', min: 25000, max: 30000, period: 'month' }],
    ['Analyst\nSalary: PHP 25,000 - 30,000', { currency: 'PHP', min: 25000, max: 30000, period: 'month' }],
    ['Analyst\nSalary: Php 45k - 55k/month', { currency: 'PHP', min: 45000, max: 55000, period: 'month' }],
    // Kenya's shillings as Kenyan ads write them.
    ['Accountant\nSalary: Ksh 150,000 - 200,000 per month', { currency: 'KES', min: 150000, max: 200000, period: 'month' }],
    ['Accountant\nSalary: KSh. 80,000 gross monthly', { currency: 'KES', min: 80000, period: 'month' }],
    ['Analyst\nGaji: Rp 10.000.000', { currency: 'IDR', min: 10000000, period: 'month' }],
    ['Analyst\nSalary: ฿50,000', { currency: 'THB', min: 50000, period: 'month' }],
    ['Engineer\nSalary: ₩50,000,000', { currency: 'KRW', min: 50000000, period: 'year' }],
    ['Engineer\nSalary: RMB 30,000', { currency: 'CNY', min: 30000, period: 'month' }],
    ['Accountant\nAccra, Ghana\nGH₵ 6,000 monthly', { currency: 'GHS', min: 6000, period: 'month' }],
    ['Accountant\nDhaka\nBDT 60,000 per month', { currency: 'BDT', min: 60000, period: 'month' }],
    ['Muhasebeci\nIstanbul\n60.000 TL net', { currency: 'TRY', min: 60000, period: 'month' }],
    ['Analista\nSalario: COP 5.000.000', { currency: 'COP', min: 5000000, period: 'month' }],
    // West and East Africa quote by the month too, and name their currencies so: "FCFA", "S/" (Peru's soles), "Br".
    ['Accountant\nLocation: Abuja\nSalary: ₦350,000 - ₦400,000', { currency: 'NGN', min: 350000, max: 400000, period: 'month', periodInferred: true }],
    // Nigeria's "N" for the naira, where the figure reads as money.
    ['Sales Representative\nIbadan, Oyo State\nSalary: N150,000 monthly + commission', { currency: 'NGN', min: 150000, period: 'month' }],
    ['Front Desk Officer\nNairobi CBD\nKES 35,000 - 45,000', { currency: 'KES', min: 35000, max: 45000, period: 'month' }],
    ['Clinical Officer\nKampala\nSalary: UGX 1,800,000', { currency: 'UGX', min: 1800000, period: 'month' }],
    ['Comptable\nAbidjan, Cocody\nSalaire : 450 000 FCFA / mois', { currency: 'XOF', min: 450000, period: 'month' }],
    // Central Africa's franc is written "FCFA" too: the country says which.
    ['Comptable\nDouala, Cameroun\nSalaire : 250 000 FCFA par mois', { currency: 'XAF', min: 250000, period: 'month' }],
    ['Accountant\nGaborone, Botswana\nSalary: BWP 12,000', { currency: 'BWP', min: 12000, period: 'month' }],
    ['Software Engineer\nTaipei, Taiwan\nSalary: NT$60,000 - 80,000', { currency: 'TWD', min: 60000, max: 80000, period: 'month' }],
    ['Cashier\nKathmandu, Nepal\nSalary: Rs 25,000 per month', { currency: 'NPR', min: 25000, period: 'month' }],
    ['Accounts Executive\nColombo 03\nSalary: LKR 80,000 - 120,000', { currency: 'LKR', min: 80000, max: 120000, period: 'month' }],
    ['Backend Developer\nTel Aviv\n₪18,000 - ₪24,000', { currency: 'ILS', min: 18000, max: 24000, period: 'month' }],
    ['Contador General\nLima, Miraflores\nSueldo: S/ 5,000 - S/ 6,500', { currency: 'PEN', min: 5000, max: 6500, period: 'month' }],
    ['Graphic Designer\nAddis Ababa\nSalary: ETB 25,000 - 30,000', { currency: 'ETB', min: 25000, max: 30000, period: 'month' }],
    ['Chef de projet IT\nCasablanca\n15 000 – 20 000 MAD net / mois', { currency: 'MAD', min: 15000, max: 20000, period: 'month' }],
    // Peso countries write "$": the posting's country says whose.
    ['Chofer\nMonterrey, Nuevo León\nSueldo: $14,000 mensuales', { currency: 'MXN', min: 14000, period: 'month' }],
    ['Ayudante de cocina\nSantiago, Chile\nSueldo líquido $650.000', { currency: 'CLP', min: 650000, period: 'month' }],
    // An employer's legal form that names one country says whose dollars and figures they are.
    ['Operations Executive\nLion City Freight Pte. Ltd.\nSalary: $4,000 to $6,000 Monthly', { currency: 'SGD', min: 4000, max: 6000, period: 'month' }],
    ['Clerk\nKaroo Foods (Pty) Ltd\nSalary: 18 000 - 22 000 per month', { currency: 'ZAR', min: 18000, max: 22000 }],
    ['Clerk\nBondi Pty Ltd\nSalary: $60,000', { currency: 'AUD', min: 60000 }],
    ['Clerk\nAcme Ltd\nSalary: $60,000', { currency: 'USD', min: 60000 }],
    // Also where a word-named town of another country stands in the header.
    ['Data Analyst\nAdatum Pte. Ltd.\nCentral, Tampines\n$5,000 to $6,500 Monthly', { currency: 'SGD', min: 5000, max: 6500, period: 'month' }],
    // Gross or net before the period: "€4,000 gross/month", "£30k gross per annum".
    ['Engineer\nSalary: from €4,000 gross/month', { currency: 'EUR', min: 4000, max: null, period: 'month', periodInferred: false }],
    ['Engineer\nSalary: £30k gross per annum', { currency: 'GBP', min: 30000, period: 'year', periodInferred: false }],
    // A code after the period says which dollars.
    ['Warehouse Associate\nPay: $25/hr CAD', { currency: 'CAD', min: 25, period: 'hour' }],
    ['Warehouse Associate\nPay: $25 - $30 per hour (CAD)', { currency: 'CAD', min: 25, max: 30, period: 'hour' }],
  ])('%j', (text, expected) => {
    expect(pay(text)).toMatchObject(expected);
  });

  it.each([
    'Skills: R 4.3, Python and SQL',
    'Job Requisition ID R12345',
    'Grades R2 and R3 apply.',
    'Use form N400 and section N 4.3.',
    // Codes that are words or acronyms too: a language, a conference, a regulation.
    'Skills: PHP 7.4, Laravel',
    'We have 5 PHP developers and 10 PEN testers.',
    'Delegates at COP 28 agreed.',
    'Knowledge of the 10 CLP hazard classes.',
  ])('a sign or code that is a word too, before or after a figure that is no money, is no pay: %j', (text) => {
    expect(extract(text).salary).toBeNull();
  });

  it('"850.000" outside Arabic text and three-decimal currencies is 850,000', () => {
    expect(pay('Ingenieur\nJahresgehalt: 85.000 CHF')).toMatchObject({ currency: 'CHF', min: 85000, period: 'year' });
    expect(pay('Directeur\nSalaire : 850.000 € par an')).toMatchObject({ currency: 'EUR', min: 850000, period: 'year' });
  });

  it('"a" between two figures is no range: "£10 a 20 minute walk"', () => {
    expect(pay('Cleaner. Pay £10 a 20 minute walk from the station.')).toMatchObject({ min: 10, max: 10 });
  });

  it.each([
    // Not pay: a version, a phone number, a count grouped by spaces.
    'Developer\nWe use Python 3.120 and more.',
    'Call us on 020 7946 0000 today.',
    'Over 12 000 employees work with us.',
    // A decimal comma with no currency: sizes, a list.
    'Sizes 10,12 and 14 in stock.',
  ])('%j has no pay', (text) => {
    expect(extract(text).salary).toBeNull();
  });

  it.each([
    ['Salary: Market related', true],
    ['Market related salary', true],
    ['Salary: Best in industry', true],
    ['Remuneration: Negotiable', false],
  ])('pay described in other markets\' words: %j', (text, competitive) => {
    expect(extract(text).salaries[0]).toMatchObject({ reason: 'salary/descriptive', competitive, negotiable: !competitive });
  });

  it('"super" as a word of praise says no country: "$60,000 and super benefits" stays USD', () => {
    expect(extract('Salary: $60,000 and super benefits').salary?.currency).toBe('USD');
  });
});


describe('pay as the Nordic boards print it', () => {
  it.each([
    ['Lagermedarbejder\nTimeløn 172,50 kr. + nattillæg', { min: 172.5, max: 172.5, period: 'hour' }],
    ['Bussförare\nMånadslön 31 000 – 33 500 kr', { min: 31000, max: 33500, period: 'month' }],
  ])('%j', (text, expected) => expect(pay(text)).toMatchObject(expected));

  it('a wellness allowance is no pay', () => {
    const r = extract('Bussförare\nVi erbjuder\nFriskvårdsbidrag 3 000 kr per år\nLön\n31 000 - 33 500 kr/mån, enligt kollektivavtal');
    expect(r.salary).toMatchObject({ min: 31000, max: 33500, period: 'month' });
    expect(r.salaries.find((s) => s.min === 3000)?.kind).toBe('allowance');
  });
});

describe("a board's estimate and benefits' amounts in other languages are not the pay", () => {
  it.each([
    ['Sachbearbeiter Zollabwicklung\nGehaltsschätzung 44.500 € – 52.000 € / Jahr\nGeschätztes Gehalt basierend auf vergleichbaren Jobs. Kein Angebot des Arbeitgebers.'],
    ['Projektleiter\nLohnschätzung CHF 105’000 – 125’000 / Jahr'],
    ['Sachbearbeiter\nWir bieten: Deutschlandticket als Jobticket (Zuschuss 25 €/Monat)'],
    ['Projektleiter\nWir bieten: Beitrag von CHF 3’000 pro Jahr an Weiterbildungen'],
    ['Développeur\nLes avantages : tickets restaurant de 10 € par jour, forfait mobilités durables de 700 € par an'],
    ['Comptable\nSalaire selon expérience, avec des avantages extralégaux : chèques-repas de 8 €, éco-chèques de 250 €'],
  ])('%j', (text) => expect(pay(text)).toBeNull());
});
