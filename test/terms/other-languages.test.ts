import { extract } from '../../src';

const terms = (text: string) => {
  const r = extract(text);
  const values = (list: { value: string; negated: boolean }[]) => list.filter((t) => !t.negated).map((t) => t.value);
  return { employment: values(r.employmentType), contract: values(r.contractType), workplace: values(r.workplace) };
};

describe('terms in other languages', () => {
  it.each([
    ['Buchhalter (m/w/d)\nAnstellungsart: Vollzeit\nVertrag: unbefristet', { employment: ['full_time'], contract: ['permanent'] }],
    ['Verkäuferin\nTeilzeit, befristet auf 12 Monate', { employment: ['part_time'], contract: ['fixed_term'] }],
    ['Comptable\nType de contrat : CDI\nTemps plein', { employment: ['full_time'], contract: ['permanent'] }],
    ['Vendeur\nPoste en CDD à temps partiel', { employment: ['part_time'], contract: ['fixed_term'] }],
    ['Desarrollador\nContrato indefinido, jornada completa, 100% remoto.', { employment: ['full_time'], contract: ['permanent'], workplace: ['remote'] }],
    ['Verpleegkundige\nDeeltijd, vast contract', { employment: ['part_time'], contract: ['permanent'] }],
    ['Contabile\nContratto a tempo indeterminato, tempo pieno', { employment: ['full_time'], contract: ['permanent'] }],
    ['Analista\nTempo integral, modelo híbrido', { employment: ['full_time'], workplace: ['hybrid'] }],
    ['Analista de Dados\nRegime CLT, tempo integral', { employment: ['full_time'], contract: ['permanent'] }],
    ['Ejecutivo de Ventas\nContrato por tiempo indeterminado', { contract: ['permanent'] }],
    ['Programista\nPraca zdalna, pełny etat, umowa na czas nieokreślony', { employment: ['full_time'], contract: ['permanent'], workplace: ['remote'] }],
    ['محاسب\nدوام كامل', { employment: ['full_time'] }],
    ['Werkstudent\nPraktikum im Marketing', { contract: ['internship'] }],
    // A working student works part-time beside the studies.
    ['Werkstudent Data Analytics (m/w/d)\nWir suchen einen Werkstudenten (20 Std./Woche).', { employment: ['part_time'], contract: [] }],
    ['Desarrollador Backend\nTipo de contrato: Tiempo completo, Indefinido', { employment: ['full_time'], contract: ['permanent'] }],
    // A details box's label and value.
    ['Magazijnmedewerker\nDienstverband: Vast', { contract: ['permanent'] }],
    ['Comptable\nType de contrat:Durée indéterminée', { contract: ['permanent'] }],
    ['Sviluppatore\nGrado di occupazione: 80 - 100%', { employment: ['full_time', 'part_time'] }],
    ['Contable\nTipo de contrato:\nIndefinido\nJornada: Completa', { employment: ['full_time'], contract: ['permanent'] }],
    ['Projektleiter (m/w/d)\nHamburg | Vollzeit | Homeoffice möglich', { employment: ['full_time'], workplace: ['hybrid'] }],
    ['Chef de projet\n2 jours de télétravail par semaine', { workplace: ['hybrid'] }],
    // Days at home in a week: "Homeoffice an 2 Tagen", "3 Tage Homeoffice".
    ['Buchhalter (m/w/d)\nWir bieten: Homeoffice an 2 Tagen pro Woche', { workplace: ['hybrid'] }],
    ['Buchhalter (m/w/d)\nBis zu 3 Tage Homeoffice pro Woche', { workplace: ['hybrid'] }],
    // France's contract codes on a terms line or as a details box's value.
    ['Développeur Full Stack H/F\nLyon (69)\nCDI - Temps plein', { employment: ['full_time'], contract: ['permanent'] }],
    ['Développeur\nType de contrat\nCDI', { contract: ['permanent'] }],
    // A details box's row whose value says no, in its language: no temporary agency work.
    ['Elektroniker (m/w/d)\nArbeitszeit\nVollzeit\nArbeitnehmerüberlassung\nNein', { employment: ['full_time'], contract: [] }],
    ['Elektroniker (m/w/d)\nArbeitnehmerüberlassung: Nein', { contract: [] }],
    ['Vendeur\nType de contrat : CDD', { contract: ['fixed_term'] }],
    // Welcome to the Jungle's tags.
    ['Product Designer\nParis\nTélétravail fréquent', { workplace: ['hybrid'] }],
    ['Product Designer\nTélétravail total', { workplace: ['remote'] }],
    // A post's words: "Remoto" alone, "Modalidad híbrida", Portugal's "contrato sem termo".
    ['Fabrikam | Ingeniera Frontend | Remoto (LATAM) | Tiempo completo', { employment: ['full_time'], workplace: ['remote'] }],
    ['Product Manager\n✅ Modalidad híbrida', { workplace: ['hybrid'] }],
    ['Engenheira de Software\n📍 Lisboa\n📝 Contrato sem termo', { contract: ['permanent'] }],
    ['Administrativo contable\nValencia\nPresencial', { workplace: ['onsite'] }],
    ['Vendeur\nCDD - 6 mois', { contract: ['fixed_term'] }],
    // Nordic, Finnish, Czech and Vietnamese boards' details rows.
    ['Undersköterska\nOmfattning\nHeltid\nVaraktighet\nTills vidare', { employment: ['full_time'], contract: ['permanent'] }],
    ['Elektriker\nAnsettelsesform: Fast\nHeltid/Deltid: Heltid', { employment: ['full_time'], contract: ['permanent'] }],
    ['Butiksmedarbejder\nDeltid, 25 timer om ugen', { employment: ['part_time'] }],
    ['Myyjä\nOsa-aikainen · Toistaiseksi voimassa oleva', { employment: ['part_time'], contract: ['permanent'] }],
    ['Projektipäällikkö\nKokoaikainen, määräaikainen', { employment: ['full_time'], contract: ['fixed_term'] }],
    ['Účetní\nTyp pracovního poměru: Práce na plný úvazek\nDélka pracovního poměru: Na dobu neurčitou', { employment: ['full_time'], contract: ['permanent'] }],
    ['Nhân viên kinh doanh\nHình thức làm việc: Toàn thời gian', { employment: ['full_time'] }],
    ['Verpleegkundige\nContract: Jaarcontract', { contract: ['fixed_term'] }],
  ])('%j', (text, expected) => {
    expect(terms(text)).toMatchObject(expected);
  });

  it.each([
    // English acronyms and words that the French and Dutch terms would otherwise take.
    'CDI Specialist\nClinical documentation improvement across the trust.',
    'KYC Analyst\nRun CDD checks on new clients at every stage of onboarding.',
    'KYC Analyst\nCDD\nSanctions screening',
    // "vast" is an English word too: only a Dutch label's value counts.
    'Consultant\nWe have vast experience in our sector.',
    // A word inside another word is no term.
    'Mechaniker\nUnsere Vollzeitkräftebörse ist ein Projekt.',
  ])('%j states no term', (text) => {
    expect(terms(text)).toEqual({ employment: [], contract: [], workplace: [] });
  });
});
