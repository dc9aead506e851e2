import { CUE_REACH, TERM_PATTERNS } from '../../src/extractors/terms/patterns';

// One example or more for every cue: each pattern must match one, and each match must hold a cue near its start.
const EXAMPLES = [
  'Full or part time hours. Workload: 80 - 100%. Pensum 100 %. Taux d\'activité: 60%. Work load: 40% (80%-100%) (100%) (60%)',
  'Full-time role, part time welcome. Temp to perm, contract-to-hire. 1099 contract, W-2 contractor, paid via C2C.',
  'Job Type: Contract. Employment status: Temporary. Contract duration: 6 months. Assignment length: 12 weeks.',
  'We are seeking an interim senior level accountant. We are seeking an Interim Finance Director. Fixed term contract, FTC, maternity cover, 6 months fixed.',
  'Per diem shifts. PRN. Bank staff and locums. Supply teaching. Summer internship programme, an intern, sandwich placement.',
  'An apprenticeship scheme. Apprentice Electrician. Electrician Apprentice. A volunteer role. Seasonal staff for the summer season. Seasonal Sales Associate.',
  'Freelance trainers, as a freelancer, self-employed. Contract role, IR35, interim manager, on a rolling contract.',
  'A temporary post, temp cover, (temp). Permanent role, perm/contract, (perm).',
  'We need an experienced remote contract litigation attorney.',
  'This is a direct-hire role.',
  'Type: Regular Full-Time. Worker Type: Regular\nTime Type: Full time',
  'Telework eligible: Yes. Situational telework. This is a full-time telework position.',
  'Work from anywhere in the UK. Remote (US)',
  'Senior Engineer, Payments Remote (United States) $165,000 a year',
  'Hybrid working, 2 days in the office, some home working, flexibility for remote work. Remote/Hybrid.',
  'Fully remote, WFH, telecommuting, virtual position, home based, from a home office.',
  'Location: Remote\nRemote Insurance Specialist\nOn-site role, office based, 100% onsite.',
  'Nature of employment: Contract\nJob Type: Full-time, Internship\nEngagement: Freelance\nType: Seasonal\nPosition type: Volunteer\nJob type: Apprenticeship',
  'Employment type: Casual\nA casual role, Casual/Vacation, part time or casual. Casual Barista.',
  'Staff Nurse, permanent whole-time. Whole time post.',
  'Work arrangement: Onsite. Work from office, five days a week.',
  'Nurse, 1.0 FTE or 0.6 FTE. Midwife, 1.0 WTE or 0.8 WTE. FT/PT hours, PT/FT. A zero hours contract, zero-hour.',
  'Ongoing, full-time. An ongoing position. Employment type: Ongoing. Non-ongoing, maximum term, a term position.',
  'Indeterminate, Term, Acting. Tenure: Indeterminate. An indeterminate position.',
  'Location Type Hybrid\nWork model Remote\nWorkplace type On-site\n',
  'Berlin Hybrid Full-time Professional. Austin, TX Remote Full-time Mid-Senior level',
  'This is an on-site, classroom-based position. Work location is on-site at our office. Deployed full-time on-site at a client plant.',
  'A mix of office working at our Leeds office and working from home. A combination of remote and office work.',
  // The other languages' words (src/data/words/employment-terms.json).
  'Vollzeit oder temps partiel. Type de contrat : CDI, contrat à durée déterminée, lavoro interinale, Praktikum, Ausbildung zum Koch.',
  'Co-op Student (Winter term). A 4-month co-op term, co-op work terms.',
  'A 3-month assignment, a six week contract engagement. Position Type: Limited Term. Seasonal (Summer 2027)\nSeasonal\n',
  'Data Analyst\nContract\n$45/hr\nContract, 6 months, W2\nFull-time, Contract\nContract · Remote',
  'Unity Developer - freelance, 3 months\nData Engineer - Contract\nBarista | Seasonal\nCook - Temp\nDesigner · Internship\n',
  'Modalidad: presencial. Travail en présentiel. Lavoro in presenza, praca stacjonarna, op kantoor werken.',
  'Développeur\nCDI - Temps plein\nType de contrat : CDD\nCDD de 6 mois',
  '雇用形態: 正社員, フルタイム, 兼职, 实习, 계약직, 远程办公.',
  'Praca zdalna, modelo híbrido, دوام كامل, czas nieokreślony. Grado di occupazione: 80 - 100%. Grado di occupazione: 100%. Grado di occupazione: 60%.',
];

describe('term cues', () => {
  it.each(TERM_PATTERNS.map((tp, i) => [i, tp.reason, tp] as const))('pattern %i (%s): a match always holds one of its cues, near its start', (_i, _reason, tp) => {
    for (const cue of tp.cues) expect(cue).toMatch(/^[^\sA-Z]+$/);
    let matches = 0;
    for (const text of EXAMPLES) {
      for (const m of text.matchAll(new RegExp(tp.pattern.source, tp.pattern.flags))) {
        matches++;
        expect(tp.cues.some((cue) => m[0].toLowerCase().includes(cue))).toBe(true);
        // The text is scanned only near its cues: a match whose cue stands further in would be missed.
        expect(tp.cues.some((cue) => m[0].toLowerCase().indexOf(cue) <= CUE_REACH && m[0].toLowerCase().includes(cue))).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});
